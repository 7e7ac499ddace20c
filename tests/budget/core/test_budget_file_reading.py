"""The budget importer on each layout bodies publish (committed imitations of the real files)."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from budget_workbooks import DINAS, FIRST_DATA_ROW, LEAF_CODES, ROWS, SKPD, sipd_workbook

from ckanext.ppid.budget.core.importing import ImportDefaults, UnreadableFile, read_budget_file

FIXTURES = Path(__file__).parent / "fixtures"
REALISASI_JULI = ImportDefaults(2026, "realisasi", "2026-07", None, None)
OPERASI_ANGGARAN = "Kelompok Belanja / Operasi / Anggaran"


def messages(result) -> list[str]:
    return [problem.message.format(**problem.params) for problem in result.problems]


def total(lines, field):
    return sum((getattr(line, field) or Decimal(0) for line in lines), Decimal(0))


# --- SIPD rekapitulasi belanja (XLSX, merged header, a subtotal row for every level) ---


@pytest.fixture(scope="module")
def sipd():
    return read_budget_file(sipd_workbook(), "lra_jul2026.xlsx", REALISASI_JULI)


def test_sipd_lines_are_the_deepest_accounts_and_add_up_to_jumlah(sipd):
    assert sipd.problems == ()
    assert [line.kode_rekening for line in sipd.lines] == list(LEAF_CODES)
    assert total(sipd.lines, "anggaran") == Decimal("53500000.00")  # operasi 33.5 M + modal 20 M
    assert total(sipd.lines, "realisasi") == Decimal("23950000.00")
    # Every other row (urusan, bidang, SKPD twice, programs, kegiatan, sub kegiatan, accounts, Jumlah)
    # is a subtotal, checked against its lines and not stored.
    assert sipd.skipped_subtotals == len(ROWS) - len(LEAF_CODES)
    assert sipd.checked_totals == sipd.skipped_subtotals


def test_sipd_lines_carry_their_ancestors_and_spending_group(sipd):
    computer = next(line for line in sipd.lines if line.kode_rekening == "5.2.02.10.001.00002")
    assert (computer.kode_skpd, computer.nama_skpd) == (SKPD, DINAS)
    assert (computer.kode_urusan, computer.kode_bidang_urusan) == ("2", "2.16")
    assert computer.nama_bidang_urusan == "URUSAN PEMERINTAHAN BIDANG KOMUNIKASI DAN INFORMATIKA"
    assert computer.kode_program == "2.16.01"
    assert computer.nama_program == "PROGRAM PENUNJANG URUSAN PEMERINTAHAN DAERAH KABUPATEN/KOTA"
    assert (computer.kode_kegiatan, computer.kode_sub_kegiatan) == ("2.16.01.2.07", "2.16.01.2.07.0006")
    assert computer.nama_sub_kegiatan == "Pengadaan Peralatan dan Mesin Lainnya"
    assert computer.uraian_rekening == "Belanja Modal Personal Computer"
    assert computer.kelompok_belanja == "modal"
    assert (computer.anggaran, computer.realisasi) == (Decimal("20000000.00"), Decimal("5000000.00"))
    assert (computer.tahun_anggaran, computer.tahapan, computer.periode) == (2026, "realisasi", "2026-07")
    overtime = sipd.lines[-1]
    assert overtime.nama_bidang_urusan == "URUSAN PEMERINTAHAN BIDANG STATISTIK"
    assert overtime.kelompok_belanja == "operasi"


def test_sipd_columns_are_listed_with_what_they_fill(sipd):
    columns = {column.label: column for column in sipd.columns}
    assert [columns[f"Kode{suffix}"].column for suffix in ("", " (2)", " (3)", " (4)")] == ["kode"] * 4
    modal = columns["Kelompok Belanja / Modal / Realisasi"]
    assert (modal.column, modal.kelompok_belanja) == ("realisasi", "modal")
    assert columns[OPERASI_ANGGARAN].samples == ("33.500.000,00", "31.500.000,00", "30.000.000,00")
    assert not sipd.needs_mapping


def test_sipd_amounts_written_as_numbers_give_the_same_lines(sipd):
    numbers = read_budget_file(sipd_workbook(as_numbers=True), "lra.xlsx", REALISASI_JULI)
    assert numbers.lines == sipd.lines


def test_sipd_year_comes_from_the_title_when_the_dataset_has_none():
    result = read_budget_file(sipd_workbook(), "lra.xlsx", ImportDefaults(None, "murni", None, None, None))
    assert {(line.tahun_anggaran, line.periode) for line in result.lines} == {(2026, "2026")}


def with_row(index, **changes):
    rows = list(ROWS)
    row = list(rows[index])
    for position, value in changes.items():
        row[int(position[1:])] = value
    rows[index] = tuple(row)
    return rows


def test_a_subtotal_that_does_not_add_up_is_an_error_of_its_row():
    program = next(index for index, row in enumerate(ROWS) if row[2] == "2.16.02")
    rows = with_row(program, c5=1_600_000)
    result = read_budget_file(sipd_workbook(rows), "lra.xlsx", REALISASI_JULI)
    assert result.lines == ()
    [problem] = result.problems
    assert (problem.row, problem.column) == (FIRST_DATA_ROW + program, OPERASI_ANGGARAN)
    assert messages(result) == [
        f'Row {FIRST_DATA_ROW + program}, column "{OPERASI_ANGGARAN}": the total 1.600.000,00 '
        "is not the sum of the lines under it (1.500.000,00)."
    ]


def test_a_wrong_jumlah_is_an_error():
    rows = with_row(len(ROWS) - 1, c8=4_000_000)
    result = read_budget_file(sipd_workbook(rows), "lra.xlsx", REALISASI_JULI)
    [problem] = result.problems
    assert problem.row == FIRST_DATA_ROW + len(ROWS) - 1
    assert problem.column == "Kelompok Belanja / Modal / Realisasi"


def test_a_difference_of_one_rupiah_is_rounding():
    rows = with_row(0, c5=33_500_001)
    assert read_budget_file(sipd_workbook(rows), "lra.xlsx", REALISASI_JULI).problems == ()


def test_a_wrong_amount_or_code_names_the_row_column_and_value():
    leaf = ROWS.index(next(row for row in ROWS if row[3] == "5.1.02.01.001.00025"))
    rows = with_row(leaf, c3="5.1.2.01", c6="lima ratus ribu")
    result = read_budget_file(sipd_workbook(rows), "lra.xlsx", REALISASI_JULI)
    row = FIRST_DATA_ROW + leaf
    assert messages(result)[:2] == [
        f'Row {row}, column "Kode (4)": "5.1.2.01" is not a budget code '
        "(urusan, bidang, program, kegiatan, sub kegiatan, rekening or organisation).",
        f'Row {row}, column "Kelompok Belanja / Operasi / Realisasi": "lima ratus ribu" '
        "is not an amount in rupiah.",
    ]
    assert result.lines == ()


def test_an_account_under_the_wrong_spending_group_is_an_error():
    computer = ROWS.index(next(row for row in ROWS if row[3] == "5.2.02.10.001.00002"))
    rows = with_row(computer, c3="5.1.02.10.001.00002")
    result = read_budget_file(sipd_workbook(rows), "lra.xlsx", REALISASI_JULI)
    assert any(
        problem.row == FIRST_DATA_ROW + computer and 'belongs to the spending group "operasi"' in text
        for problem, text in zip(result.problems, messages(result), strict=True)
    )


def test_a_file_of_another_year_than_the_dataset_is_refused():
    result = read_budget_file(
        sipd_workbook(), "lra.xlsx", ImportDefaults(2025, "realisasi", None, None, None)
    )
    assert result.lines == ()
    assert messages(result) == [
        "The file is for 2026, but the dataset is for 2025: "
        "upload the file of 2025, or correct the fiscal year of the dataset."
    ]


# --- realisation per type of spending (CSV with ";", a title, Rp amounts, a column per year) ---


def tangsel(data=None, defaults=ImportDefaults(2024, "realisasi", "2024-12", "1.20.01", "BPKAD")):
    data = data or (FIXTURES / "realisasi_jenis_belanja.csv").read_bytes()
    return read_budget_file(data, "realisasi_jenis_belanja.csv", defaults)


def test_year_columns_become_a_line_per_type_and_year():
    result = tangsel()
    assert result.problems == ()
    assert len(result.lines) == 5 * 2
    assert (result.checked_totals, result.skipped_subtotals) == (1, 1)  # the Total row
    by_key = {(line.uraian_rekening, line.tahun_anggaran): line for line in result.lines}
    pegawai = by_key["Pegawai", 2023]
    assert (pegawai.kode_rekening, pegawai.kelompok_belanja) == ("5.1.01", "operasi")
    assert (pegawai.realisasi, pegawai.anggaran) == (
        Decimal("847542209097.00"),
        None,
    )  # the title says Realisasi
    assert by_key["Belanja Modal", 2024].kelompok_belanja == "modal"
    assert by_key["Belanja Tidak Terduga", 2024].kode_rekening == "5.3"
    assert {line.periode for line in result.lines} == {"2023", "2024-12"}
    assert {(line.kode_skpd, line.nama_skpd) for line in result.lines} == {("1.20.01", "BPKAD")}
    assert total([line for line in result.lines if line.tahun_anggaran == 2024], "realisasi") == Decimal(
        "3576311627313.00"
    )


def test_a_wrong_total_row_is_a_row_error():
    data = (
        (FIXTURES / "realisasi_jenis_belanja.csv")
        .read_bytes()
        .replace(b"Rp3.576.311.627.313", b"Rp3.576.311.627.000")
    )
    result = tangsel(data)
    assert result.lines == ()
    assert [(problem.row, problem.column) for problem in result.problems] == [(9, "2024")]
    assert "3.576.311.627.000,00" in messages(result)[0]


def test_a_windows_csv_is_read_with_a_notice():
    data = (FIXTURES / "realisasi_jenis_belanja.csv").read_text("utf-8").replace("Pegawai", "Pegawai Négeri")
    result = tangsel(data.encode("cp1252"))
    assert len(result.lines) == 10
    assert [notice.message for notice in result.notices] == [
        "The file is not UTF-8; it was read as Windows-1252."
    ]


def test_a_multi_year_file_must_include_the_datasets_year():
    result = tangsel(defaults=ImportDefaults(2022, "realisasi", None, None, None))
    assert result.lines == ()
    assert "The file is for 2023, 2024, but the dataset is for 2022" in messages(result)[0]


# --- JSON ---


def test_chart_json_gives_a_line_per_opd():
    data = (FIXTURES / "chart_per_opd.json").read_bytes()
    result = read_budget_file(data, "per_opd.json", ImportDefaults(2018, "realisasi", None, None, None))
    assert result.problems == ()
    assert [(line.nama_skpd, line.anggaran, line.realisasi) for line in result.lines] == [
        ("Dindik", Decimal("1472743026394.00"), Decimal("1336405639551.00")),
        ("Dinkes", Decimal("125231681550.00"), Decimal("108465658375.00")),
        ("DPRD+(KD-WKD)", Decimal("53807380157.00"), Decimal("49723227313.00")),
    ]
    assert {(line.tahun_anggaran, line.periode, line.kode_program) for line in result.lines} == {
        (2018, "2018", None)
    }


def test_malformed_json_is_unreadable_with_its_line_and_column():
    with pytest.raises(UnreadableFile) as raised:
        read_budget_file((FIXTURES / "chart_malformed.json").read_bytes(), "x.json", REALISASI_JULI)
    assert raised.value.params["line"] == 9
    assert raised.value.params["column"] == 12
    assert str(raised.value) == "The file is not valid JSON: Expecting ',' delimiter at line 9, column 12."


def test_chart_blocks_of_unequal_length_are_unreadable():
    chart = json.loads((FIXTURES / "chart_per_opd.json").read_text())
    chart[1]["series"][0]["data"].pop()
    with pytest.raises(UnreadableFile, match="Chart block 2 names 3 OPDs but gives 2 amounts"):
        read_budget_file(json.dumps(chart).encode(), "x.json", REALISASI_JULI)


def test_a_list_of_rows_in_json_gives_lines_with_derived_codes():
    result = read_budget_file((FIXTURES / "row_list.json").read_bytes(), "apbd.json", REALISASI_JULI)
    assert result.problems == ()
    first, second = result.lines
    assert (first.kode_urusan, first.kode_bidang_urusan, first.kode_program) == ("1", "1.02", "1.02.02")
    assert first.kode_kegiatan == "1.02.02.2.01"
    assert (first.kelompok_belanja, first.sumber_dana) == ("operasi", "DAK Non-Fisik")
    assert (first.anggaran, first.realisasi) == (Decimal("12500000.50"), Decimal("3250000.00"))
    assert (second.kelompok_belanja, second.realisasi) == ("modal", None)


def test_datastore_fields_and_records_are_read():
    document = {
        "fields": [
            {"id": "_id"},
            {"id": "kode_sub_kegiatan"},
            {"id": "nama_sub_kegiatan"},
            {"id": "anggaran"},
        ],
        "records": [
            [1, "1.02.02.2.01.0001", "Pelayanan Ibu Hamil", 1000],
            [2, "1.02.02.2.01.0002", "Imunisasi", 2500],
        ],
    }
    result = read_budget_file(json.dumps({"result": document}).encode(), "ds.json", REALISASI_JULI)
    assert [(line.kode_sub_kegiatan, line.anggaran) for line in result.lines] == [
        ("1.02.02.2.01.0001", Decimal("1000.00")),
        ("1.02.02.2.01.0002", Decimal("2500.00")),
    ]


def test_json_without_a_table_is_unreadable():
    with pytest.raises(UnreadableFile, match="holds no budget table"):
        read_budget_file(b'{"status": "ok"}', "x.json", REALISASI_JULI)


# --- flat tables, column mapping, unreadable files, dataset values ---

FLAT = (
    "\ufeffkode_program,nama_program,kode_sub_kegiatan,kode_rekening,anggaran,realisasi\n"
    '1.02.02,Program Pemenuhan Upaya Kesehatan,1.02.02.2.01.0001,5.1.02.01.01.0024,"1.000.000,00",250000\n'
    '1.02.02,Program Pemenuhan Upaya Kesehatan,1.02.02.2.01.0001,5.1.02.01.01.0025,"500.000,00",0\n'
    '1.02.02,Program Pemenuhan Upaya Kesehatan,,,"1.500.000,00",250000\n'
)


def test_a_flat_table_with_its_subtotal_last_is_not_double_counted():
    result = read_budget_file(FLAT.encode(), "dpa.csv", REALISASI_JULI)
    assert result.problems == ()
    assert [line.kode_rekening for line in result.lines] == ["5.1.02.01.01.0024", "5.1.02.01.01.0025"]
    assert (result.checked_totals, result.skipped_subtotals) == (1, 1)
    assert {line.nama_program for line in result.lines} == {"Program Pemenuhan Upaya Kesehatan"}


def test_codes_of_one_row_must_lie_on_one_chain():
    data = FLAT.replace(
        "1.02.02,Program Pemenuhan Upaya Kesehatan,1.02.02.2.01.0001,5.1.02.01.01.0025",
        "1.02.03,Program Pemenuhan Upaya Kesehatan,1.02.02.2.01.0001,5.1.02.01.01.0025",
    )
    result = read_budget_file(data.encode(), "dpa.csv", REALISASI_JULI)
    assert 'Row 3: code "1.02.02.2.01.0001" does not lie under "1.02.03" given in the same row.' in messages(
        result
    )


def test_a_code_in_a_column_of_another_level_is_an_error():
    data = FLAT.replace(",1.02.02.2.01.0001,5.1.02.01.01.0024", ",1.02.02.2.01,5.1.02.01.01.0024")
    result = read_budget_file(data.encode(), "dpa.csv", REALISASI_JULI)
    assert (
        messages(result)[0] == 'Row 2, column "kode_sub_kegiatan": "1.02.02.2.01" is not a sub kegiatan code.'
    )


def test_a_row_with_amounts_but_no_code_is_an_error_in_a_coded_file():
    data = FLAT + ',,,,"75.000,00",0\n'
    result = read_budget_file(data.encode(), "dpa.csv", REALISASI_JULI)
    assert messages(result) == [
        "Row 5 has amounts but no code: give the line's code, or remove the row if it is a heading."
    ]


UNNAMED = (
    "Laporan Dinas\n\nA;B;C\n"
    "1.02.02.2.01.0001;Pelayanan Ibu Hamil;Rp1.000\n"
    "1.02.02.2.01.0002;Imunisasi;Rp2.500\n"
)


def test_unknown_headers_ask_for_a_mapping_and_the_mapping_reads_the_file():
    first = read_budget_file(UNNAMED.encode(), "x.csv", REALISASI_JULI)
    assert first.needs_mapping and first.lines == ()
    assert [(column.label, column.column) for column in first.columns] == [
        ("A", None),
        ("B", None),
        ("C", None),
    ]
    assert first.columns[2].samples == ("Rp1.000", "Rp2.500")
    assert messages(first) == ["No column holds amounts: map a column to anggaran or realisasi."]
    mapped = read_budget_file(
        UNNAMED.encode(), "x.csv", REALISASI_JULI, {"A": "kode", "B": "uraian", "C": "anggaran"}
    )
    assert mapped.problems == () and not mapped.needs_mapping
    assert [(line.kode_sub_kegiatan, line.nama_sub_kegiatan, line.anggaran) for line in mapped.lines] == [
        ("1.02.02.2.01.0001", "Pelayanan Ibu Hamil", Decimal("1000.00")),
        ("1.02.02.2.01.0002", "Imunisasi", Decimal("2500.00")),
    ]


def test_a_mapping_can_ignore_a_column_and_must_name_known_targets():
    result = read_budget_file(
        FLAT.encode(),
        "dpa.csv",
        REALISASI_JULI,
        {"realisasi": "", "nama_program": "judul", "Kolom X": "anggaran"},
    )
    assert messages(result) == [
        'Column "nama_program" is mapped to "judul", which is not a column of the budget table.',
        'The mapping names column "Kolom X", which the file does not have.',
    ]
    ignored = read_budget_file(FLAT.encode(), "dpa.csv", REALISASI_JULI, {"realisasi": ""})
    assert {line.realisasi for line in ignored.lines} == {None}


def test_a_second_column_for_the_same_target_is_reported_and_not_used():
    data = "kode_sub_kegiatan;pagu;anggaran\n1.02.02.2.01.0001;100;200\n"
    result = read_budget_file(data.encode(), "x.csv", REALISASI_JULI)
    assert [line.anggaran for line in result.lines] == [Decimal("100.00")]
    assert [notice.message.format(**notice.params) for notice in result.notices] == [
        'Column "anggaran" was not used: column "pagu" already fills "anggaran".'
    ]


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "The file is empty."),
        (b"  \n", "The file is empty."),
        (
            b"%PDF-1.7 ...",
            "The file is PDF, which cannot be read: save it as XLSX or CSV, or export it as JSON.",
        ),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64,
            "The file is Excel 97-2003 (.xls), which cannot be read",
        ),
        (b"satu baris saja\n", "The file holds no table: no row has two or more cells."),
    ],
)
def test_unreadable_files_say_why(data, message):
    with pytest.raises(UnreadableFile) as raised:
        read_budget_file(data, "apbd.xlsx", REALISASI_JULI)
    assert str(raised.value).startswith(message)


def test_what_neither_file_nor_dataset_says_is_a_problem():
    result = read_budget_file(FLAT.encode(), "dpa.csv", ImportDefaults(None, None, None, None, None))
    assert result.lines == ()
    assert len(result.problems) == 2
    assert {problem.message.split(":")[0] for problem in result.problems} == {
        "The file does not say its fiscal year",
        "The file does not say its budget phase",
    }


def test_dataset_values_are_checked():
    result = read_budget_file(FLAT.encode(), "dpa.csv", ImportDefaults(2026, "final", "Juli", None, None))
    assert messages(result) == [
        'The budget phase "final" of the dataset is not one of murni, pergeseran, perubahan, realisasi.',
        'The reporting period "Juli" of the dataset is not a month (2026-07), quarter (2026-Q2), '
        "semester (2026-S1) or year (2026).",
        "The file does not say its budget phase: set the phase of the dataset "
        "(murni, pergeseran, perubahan or realisasi).",
    ]


def test_row_values_override_the_dataset():
    data = (
        "tahun;tahapan;periode;kode_sub_kegiatan;kelompok belanja;anggaran\n"
        "2026;APBD-P;Triwulan II;1.02.02.2.01.0001;Belanja Operasi;100\n"
        "2026;Perubahan;Juni;1.02.02.2.01.0002;bukan kelompok;100\n"
    )
    result = read_budget_file(data.encode(), "x.csv", ImportDefaults(2026, "murni", None, None, None))
    assert messages(result) == [
        'Row 3, column "kelompok belanja": "bukan kelompok" is not a spending group '
        "(operasi, modal, tidak terduga, transfer)."
    ]
    fixed = read_budget_file(data.replace("bukan kelompok", "Modal").encode(), "x.csv", REALISASI_JULI)
    assert [(line.tahapan, line.periode, line.kelompok_belanja) for line in fixed.lines] == [
        ("perubahan", "2026-Q2", "operasi"),
        ("perubahan", "2026-06", "modal"),
    ]
