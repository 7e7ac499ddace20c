from __future__ import annotations

import pytest

from ckanext.ppid.law import deadlines


@pytest.mark.parametrize(
    ("code", "amount", "unit", "basis"),
    [
        ("pemberitahuan_tertulis", 10, "working_days", "UU 14/2008 Ps 22(7)"),
        ("perpanjangan", 7, "working_days", "UU 14/2008 Ps 22(8)"),
        ("pengajuan_keberatan", 30, "working_days", "UU 14/2008 Ps 36(1)"),
        ("tanggapan_atasan", 30, "working_days", "UU 14/2008 Ps 36(2)"),
        ("pengajuan_sengketa", 14, "working_days", "UU 14/2008 Ps 37(2)"),
        ("mulai_penyelesaian_sengketa", 14, "working_days", "UU 14/2008 Ps 38(1)"),
        ("penyelesaian_sengketa", 100, "working_days", "UU 14/2008 Ps 38(2)"),
        ("keberatan_putusan_ajudikasi", 14, "working_days", "UU 14/2008 Ps 48(1)"),
        ("kasasi", 14, "calendar_days", "UU 14/2008 Ps 50"),
        ("penetapan_pembukaan_pengecualian", 30, "working_days", "PP 61/2010 Ps 11(2)"),
        ("pengecualian_penegakan_hukum", 30, "years", "PP 61/2010 Ps 5(1)"),
        ("pemutakhiran_berkala", 6, "months", "UU 14/2008 Ps 9(3)"),
        ("laporan_tahunan", 3, "months", "Perki 1/2021 Ps 56"),
        ("pdp_akses", 72, "hours", "UU 27/2022 Ps 32(2)"),
    ],
)
def test_statutory_periods(code, amount, unit, basis):
    entry = deadlines.deadline(code)
    assert (entry.amount, entry.unit, entry.legal_basis) == (amount, unit, basis)


def test_only_the_opening_decision_counts_backwards():
    assert [d.code for d in deadlines.DEADLINES if d.before] == ["penetapan_pembukaan_pengecualian"]


def test_units_and_immediate_duties():
    assert {d.unit for d in deadlines.DEADLINES} <= set(deadlines.UNITS)
    immediate = [d for d in deadlines.DEADLINES if d.unit == "immediately"]
    assert immediate and all(d.amount == 0 for d in immediate)
    assert all(d.amount > 0 for d in deadlines.DEADLINES if d.unit != "immediately")


def test_the_lapse_rule_is_marked_as_secondary():
    assert deadlines.deadline("pengajuan_sengketa_tanpa_tanggapan").confidence == "C2"


def test_unknown_deadline():
    with pytest.raises(KeyError):
        deadlines.deadline("banding")
