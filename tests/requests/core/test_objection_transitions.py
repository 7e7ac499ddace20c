"""The objection state machine: registration, the Atasan PPID's decision, and the way to the KI."""

from __future__ import annotations

import dataclasses

import pytest
from request_cases import JAKARTA, D, objection, wib

from ckanext.ppid.requests.core import machine, objection_transitions, transitions
from ckanext.ppid.requests.core.machine import TransitionRefused
from ckanext.ppid.requests.core.states import DisputeCase

DECIDED = wib(2026, 6, 10, 14)


def _codes(case, role, at):
    return {entry.code for entry in transitions.available(case, role, at, JAKARTA)}


def _apply(case, code, role, at, **params):
    return transitions.apply(case, code, role, params, at, JAKARTA)


def _refusal(case, code, role, at, **params) -> TransitionRefused:
    with pytest.raises(TransitionRefused) as raised:
        _apply(case, code, role, at, **params)
    return raised.value


def _decided(**facts):
    return dataclasses.replace(
        objection(), status="ditanggapi", decision="menguatkan", decided_at=DECIDED, **facts
    )


def test_registration_needs_a_number():
    filed = objection(status="diajukan")
    assert _refusal(filed, "registrasi", "sistem", wib(2026, 5, 4)).problems[0].message == (
        objection_transitions.MISSING_NUMBER
    )
    assert (
        _apply(filed, "registrasi", "sistem", wib(2026, 5, 4), number="K-0012/2026").case.number
        == "K-0012/2026"
    )


def test_who_may_act_while_the_atasan_decides():
    case = objection()
    may = wib(2026, 5, 5)
    assert _codes(case, "atasan_ppid", may) == {"tanggapi"}
    assert _codes(case, "pemohon", may) == {"cabut"}
    assert _codes(case, "sistem", may) == set()
    lapsed = wib(2026, 6, 24, 8)
    assert _codes(case, "sistem", lapsed) == {"catat_batas_terlewati"}
    assert _codes(case, "pemohon", lapsed) == {"cabut", "ajukan_sengketa"}
    early = _refusal(case, "ajukan_sengketa", "pemohon", may, forum="ki_provinsi")
    assert (early.message, early.params) == (objection_transitions.DISPUTE_TOO_EARLY, {"due": D(2026, 6, 23)})


def test_upholding_needs_written_reasons():
    case = objection()
    refused = _refusal(case, "tanggapi", "atasan_ppid", DECIDED, decision="menguatkan")
    assert [(p.field, p.message) for p in refused.problems] == [
        ("reasons", objection_transitions.MISSING_DECISION_REASONS)
    ]
    applied = _apply(
        case, "tanggapi", "atasan_ppid", DECIDED, decision="menguatkan", reasons="Sesuai Ps 17 huruf h"
    )
    assert (applied.case.status, applied.case.decision, applied.case.decided_at) == (
        "ditanggapi",
        "menguatkan",
        DECIDED,
    )
    assert applied.case.decision_reasons == "Sesuai Ps 17 huruf h"
    order = _apply(case, "tanggapi", "atasan_ppid", DECIDED, decision="membatalkan_perintah_memberikan")
    assert order.case.decision == "membatalkan_perintah_memberikan"
    unknown = _refusal(case, "tanggapi", "atasan_ppid", DECIDED, decision="menolak")
    assert unknown.problems[0].params == {"decision": "menolak"}
    assert (
        _refusal(case, "tanggapi", "ppid_utama", DECIDED, decision="menguatkan").message
        == machine.ROLE_NOT_ALLOWED
    )


def test_deliberation_settles_only_mediable_grounds():
    mixed = objection(grounds=("a_penolakan_ps17", "f_biaya_tidak_wajar"))
    refused = _refusal(mixed, "tanggapi", "atasan_ppid", DECIDED, decision="musyawarah_selesai")
    assert refused.problems[0].message == objection_transitions.NOT_MEDIABLE
    assert _apply(
        objection(), "tanggapi", "atasan_ppid", DECIDED, decision="musyawarah_selesai"
    ).case.status == ("ditanggapi")


def test_dispute_within_14_working_days_of_the_response():
    case = _decided()
    applied = _apply(case, "ajukan_sengketa", "pemohon", wib(2026, 7, 1, 21), forum="ki_provinsi")
    assert applied.case.status == "sengketa" and applied.case.dispute_filed_at == wib(2026, 7, 1, 21)
    assert applied.opened == DisputeCase(
        "didaftarkan", "ki_provinsi", ("c_tidak_ditanggapi",), wib(2026, 7, 1, 21)
    )
    late = _refusal(case, "ajukan_sengketa", "pemohon", wib(2026, 7, 2), forum="ki_provinsi")
    assert (late.message, late.params) == (
        objection_transitions.DISPUTE_TOO_LATE,
        {"n": 14, "due": D(2026, 7, 1)},
    )
    court = _refusal(case, "ajukan_sengketa", "pemohon", wib(2026, 6, 11), forum="ptun")
    assert court.problems[0].message == objection_transitions.NOT_A_COMMISSION


def test_dispute_when_the_atasan_stays_silent():
    case = objection()
    assert (
        _apply(case, "ajukan_sengketa", "pemohon", wib(2026, 7, 13), forum="ki_provinsi").case.status
        == "sengketa"
    )
    late = _refusal(case, "ajukan_sengketa", "pemohon", wib(2026, 7, 14), forum="ki_provinsi")
    assert late.params == {"n": 14, "due": D(2026, 7, 13)}


def test_closing_waits_for_the_dispute_window():
    case = _decided()
    still = _refusal(case, "tutup", "sistem", wib(2026, 7, 1))
    assert (still.message, still.params) == (objection_transitions.WINDOW_OPEN, {"due": D(2026, 7, 1)})
    assert _apply(case, "tutup", "sistem", wib(2026, 7, 2)).case.status == "selesai"
    assert _apply(case, "terima_tanggapan", "pemohon", wib(2026, 6, 11)).case.status == "selesai"


def test_withdrawal_of_an_objection():
    assert _apply(objection(), "cabut", "pemohon", wib(2026, 5, 6)).case.status == "dicabut"
    staff = _refusal(objection(), "cabut", "petugas_layanan", wib(2026, 5, 6))
    assert staff.problems[0].message == machine.MISSING_WITHDRAWAL
