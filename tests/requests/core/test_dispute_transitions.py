"""The dispute record: mediation or adjudication, appeal, cassation, and the results that open information."""

from __future__ import annotations

import pytest
from request_cases import JAKARTA, wib

from ckanext.ppid.law import disputes
from ckanext.ppid.requests.core import dispute_transitions, transitions
from ckanext.ppid.requests.core.machine import TransitionRefused
from ckanext.ppid.requests.core.states import DisputeCase

AT = wib(2026, 8, 3)


def _dispute(*grounds: str) -> DisputeCase:
    return DisputeCase("didaftarkan", "ki_provinsi", grounds or ("c_tidak_ditanggapi",), wib(2026, 7, 1))


def _step(case, code, role="ppid_utama", **params):
    return transitions.apply(case, code, role, params, AT, JAKARTA).case


def _refusal(case, code, role="ppid_utama", **params) -> TransitionRefused:
    with pytest.raises(TransitionRefused) as raised:
        transitions.apply(case, code, role, params, AT, JAKARTA)
    return raised.value


def test_mediable_grounds_are_mediated_first():
    case = _dispute()
    assert {entry.code for entry in transitions.available(case, "pemohon", AT, JAKARTA)} == {
        "mulai_mediasi",
        "cabut",
    }
    assert _refusal(case, "mulai_ajudikasi").message == dispute_transitions.MEDIATION_FIRST
    mediating = _step(case, "mulai_mediasi")
    settled = _step(mediating, "catat_kesepakatan", "pemohon")
    assert (settled.status, settled.result, settled.decided_stage, settled.decided_at) == (
        "selesai",
        "kesepakatan_mediasi",
        "mediasi",
        AT,
    )
    # Failed mediation goes to adjudication.
    assert _step(mediating, "mulai_ajudikasi").status == "ajudikasi"


def test_a_refusal_on_exemption_goes_straight_to_adjudication():
    case = _dispute("a_penolakan_ps17")
    assert _refusal(case, "mulai_mediasi").message == dispute_transitions.NO_MEDIABLE_GROUND
    assert _step(case, "mulai_ajudikasi").status == "ajudikasi"


def test_adjudication_appeal_and_cassation():
    decided = _step(
        _step(_dispute("a_penolakan_ps17"), "mulai_ajudikasi"), "catat_putusan", result="dibuka_sebagian"
    )
    assert (decided.status, decided.result, decided.decided_stage) == (
        "putusan",
        "dibuka_sebagian",
        "ajudikasi",
    )
    assert disputes.result(decided.result).opens_information
    assert _refusal(decided, "ajukan_kasasi").message == dispute_transitions.NOT_CASSABLE
    assert _refusal(decided, "ajukan_gugatan").problems[0].message == dispute_transitions.MISSING_COURT

    in_court = _step(decided, "ajukan_gugatan", "atasan_ppid", court="ptun")
    assert (in_court.status, in_court.court) == ("pengadilan", "ptun")
    judged = _step(in_court, "catat_putusan", result="penolakan_dikuatkan")
    assert judged.decided_stage == "pengadilan" and not disputes.result(judged.result).opens_information
    assert _refusal(judged, "ajukan_gugatan", court="pn").message == dispute_transitions.NOT_APPEALABLE
    final = _step(
        _step(_step(judged, "ajukan_kasasi"), "catat_putusan", result="dibuka_seluruhnya"),
        "tetapkan_final",
        "sistem",
    )
    assert (final.status, final.result, final.decided_stage) == ("selesai", "dibuka_seluruhnya", "kasasi")


def test_a_decision_records_a_result_of_a_decision():
    hearing = _step(_dispute("a_penolakan_ps17"), "mulai_ajudikasi")
    assert _refusal(hearing, "catat_putusan").problems[0].message == dispute_transitions.MISSING_RESULT
    for wrong in ("kesepakatan_mediasi", "dicabut", "menang"):
        assert _refusal(hearing, "catat_putusan", result=wrong).problems[0].params == {"result": wrong}


def test_withdrawal_and_who_records():
    withdrawn = _step(_dispute(), "cabut", "pemohon")
    assert (withdrawn.status, withdrawn.result) == ("selesai", "dicabut")
    assert (
        _refusal(_dispute(), "mulai_mediasi", "ppid_pelaksana").params["roles"]
        == "atasan_ppid, pemohon, ppid_utama"
    )
