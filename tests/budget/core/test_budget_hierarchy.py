"""Subtotals are never stored as lines, in any row order, and every total the file gives is checked."""

from __future__ import annotations

from decimal import Decimal

from ckanext.ppid.budget.core.importing import ImportDefaults, read_budget_file

MURNI = ImportDefaults(2026, "murni", None, "1.02.0.00.0.00.01.0000", "Dinas Kesehatan")


def read(text: str, mapping=None):
    return read_budget_file(text.encode(), "anggaran.csv", MURNI, mapping)


def test_subtotals_may_come_after_their_lines():
    result = read(
        "Kode;Uraian;Pagu\n"
        "5.1.02.01.01.0024;Alat Tulis Kantor;100\n"
        "5.1.02.01.01.0025;Kertas dan Cover;50\n"
        "5.1.02.01.01;Belanja Barang Pakai Habis;150\n"
        "5.1.02.01;Belanja Barang;150\n"
        "5.1.02.02.01.0071;Belanja Lembur;30\n"
        "5.1.02;Belanja Barang dan Jasa;180\n"
    )
    assert result.problems == ()
    assert [(line.kode_rekening, line.anggaran) for line in result.lines] == [
        ("5.1.02.01.01.0024", Decimal("100.00")),
        ("5.1.02.01.01.0025", Decimal("50.00")),
        ("5.1.02.02.01.0071", Decimal("30.00")),
    ]
    assert (result.checked_totals, result.skipped_subtotals) == (3, 3)
    assert {(line.kode_skpd, line.nama_skpd) for line in result.lines} == {
        ("1.02.0.00.0.00.01.0000", "Dinas Kesehatan")
    }


def test_a_subtotal_row_without_lines_below_is_a_line():
    # A sub kegiatan given without its accounts is the deepest the file goes for it.
    result = read(
        "Kode;Uraian;Pagu\n"
        "1.02.02.2.01;Pelayanan Kesehatan;300\n"
        "1.02.02.2.01.0001;Ibu Hamil;100\n"
        "1.02.02.2.01.0002;Imunisasi;200\n"
        "1.02.02.2.01.0002;Imunisasi (DAK);0\n"
    )
    assert [line.nama_sub_kegiatan for line in result.lines] == ["Ibu Hamil", "Imunisasi", "Imunisasi (DAK)"]
    assert {line.nama_kegiatan for line in result.lines} == {"Pelayanan Kesehatan"}


def test_a_section_total_counts_the_lines_since_the_previous_total():
    result = read(
        "OPD;Anggaran;Realisasi\n"
        "Dindik;100;90\nDinkes;50;40\nJumlah Urusan Wajib;150;130\n"
        "Bappeda;20;10\nJumlah Urusan Pilihan;20;10\n"
        "Total;170;140\n"
    )
    assert result.problems == ()
    assert [line.nama_skpd for line in result.lines] == ["Dindik", "Dinkes", "Bappeda"]
    assert (result.checked_totals, result.skipped_subtotals) == (3, 3)


def test_a_total_that_matches_neither_the_section_nor_the_file_is_an_error():
    result = read("OPD;Anggaran\nDindik;100\nDinkes;50\nTotal;160\n")
    assert [problem.message.format(**problem.params) for problem in result.problems] == [
        'Row 4, column "Anggaran": the total 160,00 is not the sum of the lines under it (150,00).'
    ]


def test_a_row_with_amounts_in_several_groups_becomes_a_line_per_group():
    result = read(
        "Kode;Uraian;Operasi;Modal;Tidak Terduga\n"
        "1.02.02.2.01.0001;Ibu Hamil;100;250;0\n"
        "1.02.02.2.01.0002;Imunisasi;0;0;0\n"
    )
    assert [(line.nama_sub_kegiatan, line.kelompok_belanja, line.anggaran) for line in result.lines] == [
        ("Ibu Hamil", "operasi", Decimal("100.00")),
        ("Ibu Hamil", "modal", Decimal("250.00")),
        ("Imunisasi", "operasi", Decimal("0.00")),  # nothing anywhere: one line, of the first group
    ]
