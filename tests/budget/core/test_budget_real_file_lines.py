"""The importer on every budget file of ../shared/data/budget (real files; skipped when absent).

The expected figures were read off the files themselves: Lampung Selatan's "Jumlah" row, Tangerang
Selatan's "Total" row, Banten's 44 OPD names.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from ckanext.ppid.budget.core.importing import ImportDefaults, UnreadableFile, read_budget_file

BUDGET = Path(__file__).resolve().parents[3] / "shared" / "data" / "budget"
LAMPUNG = BUDGET / "apbd_lampungselatan_diskominfo_lra_jul2026.xlsx"
TANGSEL = BUDGET / "apbd_tangsel_realisasi_jenis_belanja_2021_2022.csv"
BANTEN = BUDGET / "apbd_banten_anggaran_realisasi_per_opd_2018.json"
BANTEN_MALFORMED = BUDGET / "apbd_banten_anggaran_realisasi_per_opd_MALFORMED.json"


def real_file(path: Path) -> bytes:
    if not path.is_file():
        pytest.skip(
            f"real budget data not available: {path} is missing (the shared data folder is not mounted)"
        )
    return path.read_bytes()


def sums(lines, *keys):
    found: Counter = Counter()
    for line in lines:
        group = tuple(getattr(line, key) for key in keys)
        found[(*group, "anggaran")] += line.anggaran or Decimal(0)
        found[(*group, "realisasi")] += line.realisasi or Decimal(0)
    return found


def test_every_real_file_is_read_or_refused_with_a_reason():
    if not BUDGET.is_dir():
        pytest.skip(f"real budget data not available: {BUDGET} is missing")
    for path in sorted(BUDGET.iterdir()):
        try:
            result = read_budget_file(
                path.read_bytes(), path.name, ImportDefaults(None, "realisasi", None, None, None)
            )
        except UnreadableFile:
            assert "MALFORMED" in path.name
            continue
        assert result.problems == () and result.lines, path.name


@pytest.fixture(scope="module")
def lampung():
    defaults = ImportDefaults(2026, "realisasi", "2026-07", None, None)
    return read_budget_file(real_file(LAMPUNG), LAMPUNG.name, defaults)


def test_lampung_selatan_gives_one_line_per_deepest_account(lampung):
    sheet = openpyxl.load_workbook(LAMPUNG, read_only=True).active
    accounts = [row[3] for row in sheet.iter_rows(min_row=10, values_only=True) if row[3]]
    deepest = [code for code in accounts if code.count(".") == 5]
    assert lampung.problems == ()
    assert len(lampung.lines) == len(deepest) == 192
    assert Counter(line.kode_rekening for line in lampung.lines) == Counter(deepest)


def test_lampung_selatan_lines_add_up_to_its_jumlah_row(lampung):
    found = sums(lampung.lines, "kelompok_belanja")
    assert found["operasi", "anggaran"] == Decimal("10701893800.00")
    assert found["modal", "anggaran"] == Decimal("109048100.00")
    assert found["operasi", "realisasi"] == Decimal("643531783.00")
    assert found["modal", "realisasi"] == Decimal("0.00")
    total = sum((line.anggaran for line in lampung.lines), Decimal(0))
    assert total == Decimal("10810941900.00")
    assert {line.kelompok_belanja for line in lampung.lines} == {"operasi", "modal"}


def test_lampung_selatan_checks_every_subtotal(lampung):
    # 490 rows: 9 of title and header, 192 lines, and every other row a subtotal or the Jumlah.
    assert lampung.skipped_subtotals == 490 - 9 - 192
    assert lampung.checked_totals == lampung.skipped_subtotals


def test_lampung_selatan_lines_know_their_programs(lampung):
    found = sums(lampung.lines, "kode_bidang_urusan", "kode_program")
    assert found["2.16", "2.16.01", "anggaran"] == Decimal("3569304500.00") + Decimal("109048100.00")
    assert found["2.20", "2.20.02", "realisasi"] == Decimal("16366123.00")
    assert found["2.21", "2.21.02", "anggaran"] == Decimal("168979300.00")
    relasi = [line for line in lampung.lines if line.kode_sub_kegiatan == "2.16.02.2.01.0014"]
    assert {line.nama_sub_kegiatan for line in relasi} == {"Relasi Media"}
    assert {line.nama_skpd for line in lampung.lines} == {"Dinas Komunikasi dan Informatika"}
    assert {line.kode_skpd for line in lampung.lines} == {"2.16.2.20.2.21.01.0000"}


def test_banten_2018_gives_44_opd_lines_with_plan_and_actual():
    result = read_budget_file(
        real_file(BANTEN), BANTEN.name, ImportDefaults(2018, "realisasi", None, None, None)
    )
    assert result.problems == ()
    assert len(result.lines) == 44
    assert len({line.nama_skpd for line in result.lines}) == 44
    assert all(line.anggaran is not None and line.realisasi is not None for line in result.lines)
    dindik = result.lines[0]
    assert (dindik.nama_skpd, dindik.anggaran, dindik.realisasi) == (
        "Dindik",
        Decimal("1472743026394.00"),
        Decimal("1336405639551.00"),
    )
    assert {line.tahun_anggaran for line in result.lines} == {2018}


def test_the_malformed_banten_file_is_refused_saying_where():
    with pytest.raises(UnreadableFile) as raised:
        read_budget_file(
            real_file(BANTEN_MALFORMED),
            BANTEN_MALFORMED.name,
            ImportDefaults(2018, "realisasi", None, None, None),
        )
    assert str(raised.value) == "The file is not valid JSON: Expecting ',' delimiter at line 174, column 12."


def test_tangerang_selatan_gives_seven_types_for_two_years_checked_against_total():
    result = read_budget_file(
        real_file(TANGSEL), TANGSEL.name, ImportDefaults(2022, "realisasi", "2022", None, None)
    )
    assert result.problems == ()
    assert len(result.lines) == 7 * 2
    assert (result.checked_totals, result.skipped_subtotals) == (1, 1)
    found = sums(result.lines, "tahun_anggaran")
    assert found[2021, "realisasi"] == Decimal("3193509491949.00")
    assert found[2022, "realisasi"] == Decimal("3690617520397.00")
    assert {line.kode_rekening for line in result.lines} == {
        "5.1.01",
        "5.1.02",
        "5.1.05",
        "5.1.06",
        "5.2",
        "5.3",
        "5.4",
    }


def test_a_wrong_tangerang_selatan_total_is_a_row_error():
    data = (
        real_file(TANGSEL)
        .replace(b"Rp3.193.509.491.949", b"Rp3.193.509.491.948")
        .replace(b"Rp3.690.617.520.397", b"Rp3.690.617.520.300")
    )
    result = read_budget_file(data, TANGSEL.name, ImportDefaults(2022, "realisasi", "2022", None, None))
    assert result.lines == ()
    # One rupiah off is rounding; 97 rupiah is not.
    assert [(problem.row, problem.column) for problem in result.problems] == [(11, "2022")]
