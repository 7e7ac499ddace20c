from __future__ import annotations

import pytest

from ckanext.ppid.law import berkala


def test_the_perki_list_in_order():
    assert [item.code for item in berkala.BERKALA_ITEMS] == [
        "profil",
        "program_kegiatan",
        "kinerja",
        "laporan_keuangan",
        "laporan_akses",
        "regulasi",
        "prosedur_informasi",
        "pengaduan_wewenang",
        "pengadaan",
        "ketenagakerjaan",
        "peringatan_dini",
        "berkala_lainnya",
    ]
    assert all(item.description for item in berkala.BERKALA_ITEMS)


def test_the_list_is_practice_but_other_regulation_is_the_act_itself():
    # The Perki list was not read in the primary text (docs/law.md, Periodic information); UU Ps 9(2)(d) was.
    assert berkala.berkala_item("ketenagakerjaan").confidence == "S"
    assert berkala.berkala_item("berkala_lainnya").legal_basis == "UU 14/2008 Ps 9(2)(d)"
    assert berkala.berkala_item("berkala_lainnya").confidence == "C"


def test_periodicities_in_months():
    assert {p.code: p.months for p in berkala.PERIODICITIES} == {
        "bulanan": 1,
        "triwulanan": 3,
        "semesteran": 6,
        "tahunan": 12,
    }
    assert berkala.periodicity("tahunan").months == 12


def test_six_months_at_most_is_ps_9_3():
    # "paling singkat 6 (enam) bulan sekali" is ayat (3) of Pasal 9.
    assert berkala.MAX_AGE_MONTHS == 6
    assert berkala.MAX_AGE_BASIS == "UU 14/2008 Ps 9(3)"
    assert berkala.MAX_AGE_CONFIDENCE == "C"


def test_unknown_codes():
    with pytest.raises(KeyError):
        berkala.berkala_item("gaji")
    with pytest.raises(KeyError):
        berkala.periodicity("mingguan")
