"""The request state machine: who may do what and when, what each step sets, and what it refuses."""

from __future__ import annotations

import dataclasses

import pytest
from request_cases import GRANT, JAKARTA, REFUSAL, D, request, wib

from ckanext.ppid.register.core.consequence import PARENT_GROUND, UNKNOWN_GROUND
from ckanext.ppid.requests.core import machine, notice, transitions
from ckanext.ppid.requests.core.machine import TransitionRefused
from ckanext.ppid.requests.core.states import Notice, ObjectionCase


def _codes(case, role, at=None):
    return {entry.code for entry in transitions.available(case, role, at or wib(2026, 3, 16), JAKARTA)}


def _apply(case, code, role, at=None, **params):
    return transitions.apply(case, code, role, params, at or wib(2026, 3, 16), JAKARTA)


def _refusal(case, code, role, at=None, **params) -> TransitionRefused:
    with pytest.raises(TransitionRefused) as raised:
        _apply(case, code, role, at, **params)
    return raised.value


def test_each_role_sees_its_own_actions():
    case = request(status="diterima")
    assert _codes(case, "ppid_utama") == {
        "verifikasi",
        "proses",
        "teruskan",
        "perpanjang",
        "kirim_pemberitahuan",
        "rujuk",
        "batalkan",
        "ajukan_keberatan",  # staff record objections made at the desk; ground b is always open
    }
    assert _codes(case, "ppid_pelaksana") == _codes(case, "ppid_utama") - {"teruskan"}
    assert _codes(case, "petugas_layanan") == {"verifikasi", "batalkan", "ajukan_keberatan"}
    assert _codes(case, "pemohon") == {"batalkan", "ajukan_keberatan"}
    assert _codes(case, "atasan_ppid") == set()
    assert _codes(case, "sistem") == set()
    # Once the deadline has passed the scheduler records it and extension is no longer offered.
    late = wib(2026, 4, 7)
    assert _codes(case, "sistem", late) == {"catat_batas_terlewati"}
    assert "perpanjang" not in _codes(case, "ppid_pelaksana", late)


def test_forwarding_to_an_opd_keeps_the_clock():
    case = request(status="diterima", unit="ppid_utama")
    applied = _apply(case, "teruskan", "ppid_utama", unit="dinkes")
    assert (applied.case.status, applied.case.unit, applied.case.received_at) == (
        "diterima",
        "dinkes",
        case.received_at,
    )
    assert (applied.event.transition, applied.event.status_before, applied.event.status_after) == (
        "teruskan",
        "diterima",
        "diterima",
    )
    refused = _refusal(applied.case, "teruskan", "ppid_utama", unit="dinkes")
    assert refused.message == machine.INVALID
    assert [(p.field, p.message) for p in refused.problems] == [("unit", transitions.SAME_UNIT)]
    assert _refusal(case, "teruskan", "ppid_pelaksana", unit="x").message == machine.ROLE_NOT_ALLOWED


def test_extension_once_before_the_deadline_with_written_reasons():
    case = request()
    missing = _refusal(case, "perpanjang", "ppid_pelaksana", reasons="  ")
    assert [p.message for p in missing.problems] == [transitions.MISSING_EXTENSION_REASONS]

    applied = _apply(case, "perpanjang", "ppid_pelaksana", wib(2026, 4, 6, 15), reasons="Data di 3 bidang")
    assert applied.case.extended_at == wib(2026, 4, 6, 15)
    assert applied.case.extension_reasons == "Data di 3 bidang"

    again = _refusal(applied.case, "perpanjang", "ppid_pelaksana", wib(2026, 4, 7), reasons="lagi")
    assert again.message == transitions.ALREADY_EXTENDED
    late = _refusal(case, "perpanjang", "ppid_pelaksana", wib(2026, 4, 7), reasons="terlambat")
    assert (late.message, late.params) == (transitions.TOO_LATE_TO_EXTEND, {"due": D(2026, 4, 6)})
    assert str(late) == "An extension must be decided by the notice deadline, 2026-04-06."


def test_the_notice_needs_an_outcome_and_what_ps_22_7_requires_of_it():
    case = request()
    assert [p.message for p in _refusal(case, "kirim_pemberitahuan", "ppid_pelaksana").problems] == [
        notice.MISSING_OUTCOME
    ]
    bare = _refusal(case, "kirim_pemberitahuan", "ppid_pelaksana", outcome="dikabulkan_seluruhnya")
    assert [p.field for p in bare.problems] == ["penguasaan", "materi_informasi", "media_format", "biaya"]
    withdrawn = _refusal(case, "kirim_pemberitahuan", "ppid_pelaksana", outcome="dibatalkan_pemohon")
    assert withdrawn.problems[0].message == notice.NOT_A_NOTICE_OUTCOME

    applied = _apply(
        case, "kirim_pemberitahuan", "ppid_pelaksana", outcome="dikabulkan_seluruhnya", notice=GRANT
    )
    assert (applied.case.status, applied.case.outcome, applied.case.notice) == (
        "pemberitahuan_dikirim",
        "dikabulkan_seluruhnya",
        GRANT,
    )
    assert applied.case.notice_sent_at == wib(2026, 3, 16)


def test_costs_need_a_payment_method_and_the_format_must_be_known():
    costly = dataclasses.replace(GRANT, costs=15_000, copy_format="mikrofilm")
    assert {p.field for p in notice.problems("dikabulkan_seluruhnya", costly)} == {"biaya", "media_format"}


def test_a_refusal_on_exemption_needs_a_selectable_article_17_ground_and_a_register_item():
    assert notice.problems("ditolak_dikecualikan", REFUSAL) == []
    no_item = dataclasses.replace(REFUSAL, register_items=())
    assert [p.field for p in notice.problems("ditolak_dikecualikan", no_item)] == ["dasar_pengecualian"]
    parent = dataclasses.replace(REFUSAL, exemption_grounds=("17.h",))
    assert [(p.message, p.params) for p in notice.problems("ditolak_dikecualikan", parent)] == [
        (PARENT_GROUND, {"code": "17.h"})
    ]
    unknown = dataclasses.replace(REFUSAL, exemption_grounds=("17.z",))
    assert notice.problems("ditolak_dikecualikan", unknown)[0].message == UNKNOWN_GROUND
    # Blacking out parts is a partial refusal: ground, item and the blacked-out parts explained.
    partial = notice.problems("dikabulkan_sebagian", GRANT)
    assert {p.field for p in partial} == {"penghitaman", "dasar_pengecualian"}


def test_not_held_must_say_so():
    assert notice.problems("tidak_dikuasai", Notice(held=False)) == []
    assert notice.problems("tidak_dikuasai", Notice(held=True))[0].message == notice.HELD_MISMATCH
    assert notice.problems("belum_didokumentasikan", Notice(held=True, reasons="x"))[0].field == (
        "waktu_pendokumentasian"
    )


def test_referral_to_another_body_is_a_notice_of_not_held():
    applied = _apply(request(), "rujuk", "ppid_utama", holder="BPN Kota Semarang", reasons="Sertifikat tanah")
    assert (applied.case.status, applied.case.outcome) == ("pemberitahuan_dikirim", "tidak_dikuasai")
    assert (applied.case.notice.held, applied.case.notice.holder) == (False, "BPN Kota Semarang")
    assert _refusal(request(), "rujuk", "ppid_utama").problems[0].message == transitions.MISSING_HOLDER


def test_granted_information_is_handed_over_and_refusals_are_closed():
    granted = request(status="pemberitahuan_dikirim", outcome="dikabulkan_seluruhnya", notice=GRANT)
    assert _refusal(granted, "tutup", "ppid_pelaksana").message == transitions.MUST_DELIVER
    assert _refusal(granted, "serahkan_informasi", "petugas_layanan").problems[0].field == "items"
    done = _apply(granted, "serahkan_informasi", "petugas_layanan", items=["resource:rka-2026.pdf"])
    assert (done.case.status, done.case.delivered_at, done.case.closed_at) == (
        "selesai",
        wib(2026, 3, 16),
        wib(2026, 3, 16),
    )

    refused = request(status="pemberitahuan_dikirim", outcome="ditolak_dikecualikan", notice=REFUSAL)
    assert _refusal(refused, "serahkan_informasi", "ppid_pelaksana").message == transitions.NOTHING_TO_DELIVER
    assert _apply(refused, "tutup", "sistem").case.status == "selesai"
    closed = dataclasses.replace(refused, status="selesai")
    assert _refusal(closed, "tutup", "sistem").message == machine.WRONG_STATUS


def test_withdrawal_by_the_applicant_or_recorded_by_staff():
    applied = _apply(request(), "batalkan", "pemohon")
    assert (applied.case.status, applied.case.outcome) == ("selesai", "dibatalkan_pemohon")
    assert (
        _refusal(request(), "batalkan", "petugas_layanan").problems[0].message == machine.MISSING_WITHDRAWAL
    )
    assert _apply(request(), "batalkan", "petugas_layanan", reasons="Surat pencabutan 20/3").case.outcome == (
        "dibatalkan_pemohon"
    )


def test_the_scheduler_records_a_lapse_once():
    early = _refusal(request(), "catat_batas_terlewati", "sistem", wib(2026, 4, 6, 20))
    assert (early.message, early.params) == (machine.NOT_LAPSED, {"due": D(2026, 4, 6)})
    applied = _apply(request(), "catat_batas_terlewati", "sistem", wib(2026, 4, 7, 0, 5))
    assert applied.case.lapse_recorded_at == wib(2026, 4, 7, 0, 5) and applied.case.status == "diproses"
    assert (
        _refusal(applied.case, "catat_batas_terlewati", "sistem", wib(2026, 4, 8)).message
        == machine.LAPSE_RECORDED
    )


def test_objecting_opens_an_objection_on_the_grounds_that_apply():
    case = request()
    at = wib(2026, 4, 8, 11)
    early = _refusal(case, "ajukan_keberatan", "pemohon", wib(2026, 4, 6), grounds=["c_tidak_ditanggapi"])
    assert (early.problems[0].message, early.problems[0].params) == (
        transitions.GROUND_NOT_AVAILABLE,
        {"ground": "c_tidak_ditanggapi"},
    )
    assert (
        _refusal(case, "ajukan_keberatan", "pemohon", at).problems[0].message == transitions.MISSING_GROUNDS
    )

    applied = _apply(case, "ajukan_keberatan", "pemohon", at, grounds=["c_tidak_ditanggapi"])
    assert applied.opened == ObjectionCase("diajukan", at, ("c_tidak_ditanggapi",))
    assert applied.case.grounds_raised == {"c_tidak_ditanggapi"}
    assert applied.case.status == "diproses"
    again = _refusal(applied.case, "ajukan_keberatan", "pemohon", at, grounds=["c_tidak_ditanggapi"])
    assert again.problems[0].message == transitions.GROUND_NOT_AVAILABLE


def test_unknown_transitions_and_wrong_statuses_are_refused_with_message_keys():
    unknown = _refusal(request(), "setujui", "ppid_utama")
    assert (unknown.message, unknown.params) == (machine.UNKNOWN, {"transition": "setujui"})
    wrong = _refusal(request(status="selesai"), "perpanjang", "ppid_utama", reasons="x")
    assert wrong.params == {"transition": "perpanjang", "status": "selesai"}
    role = _refusal(request(), "kirim_pemberitahuan", "petugas_layanan")
    assert role.params["roles"] == "ppid_pelaksana, ppid_utama"
