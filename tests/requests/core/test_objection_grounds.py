"""Which Pasal 35(1) grounds an applicant may object on, from when, and until when."""

from __future__ import annotations

import dataclasses

from request_cases import GRANT, JAKARTA, REFUSAL, D, request, wib

from ckanext.ppid.requests.core import clock, objection_grounds
from ckanext.ppid.requests.core.objection_grounds import available_grounds, ground_statuses


def _states(case, today):
    return {entry.ground.letter: entry.state for entry in ground_statuses(case, JAKARTA, today)}


def _status(case, today, letter):
    return next(entry for entry in ground_statuses(case, JAKARTA, today) if entry.ground.letter == letter)


def test_before_the_deadline_only_the_continuing_ground_b_applies():
    case = request()
    assert _states(case, D(2026, 4, 6)) == {
        "a": "belum_berlaku",
        "b": "terbuka",
        "c": "belum_berlaku",
        "d": "belum_berlaku",
        "e": "belum_berlaku",
        "f": "belum_berlaku",
        "g": "belum_berlaku",
    }
    not_yet = _status(case, D(2026, 4, 6), "c")
    assert (not_yet.reason, not_yet.params) == (objection_grounds.NOT_YET_C, {"due": D(2026, 4, 6)})
    b = _status(case, D(2026, 4, 6), "b")
    assert b.window.start == D(2026, 4, 6) and b.window.start_reason == clock.START_CONTINUING


def test_not_answered_opens_the_day_after_the_deadline_for_30_working_days():
    case = request()
    c = _status(case, D(2026, 4, 7), "c")
    assert c.available and c.ground.code == "c_tidak_ditanggapi" and c.ground.mediable
    assert (c.window.start, c.window.due, c.window.start_reason) == (
        D(2026, 4, 6),
        D(2026, 5, 21),
        clock.START_NOTICE_LAPSED,
    )
    assert (c.window.deadline.legal_basis, c.window.deadline.amount) == ("UU 14/2008 Ps 36(1)", 30)
    assert {off.name for off in c.window.explained.skipped} >= {
        "Hari Buruh Internasional",
        "Kenaikan Yesus Kristus",
    }
    assert c.params == {"due": D(2026, 5, 21)}
    assert _status(case, D(2026, 5, 21), "c").available
    passed = _status(case, D(2026, 5, 22), "c")
    assert (passed.state, passed.reason) == ("lewat_waktu", objection_grounds.WINDOW_PASSED)


def test_after_an_extension_not_answered_waits_for_the_extended_deadline():
    case = request(extended_at=wib(2026, 4, 1), extension_reasons="x")
    assert not _status(case, D(2026, 4, 15), "c").available
    assert _status(case, D(2026, 4, 16), "c").window.start == D(2026, 4, 15)


def test_refusal_on_exemption_opens_ground_a_from_the_notice():
    case = request(
        status="pemberitahuan_dikirim",
        outcome="ditolak_dikecualikan",
        notice=REFUSAL,
        notice_sent_at=wib(2026, 4, 2),
    )
    assert {entry.ground.letter for entry in available_grounds(case, JAKARTA, D(2026, 4, 3))} == {"a", "b"}
    a = _status(case, D(2026, 4, 3), "a")
    assert (a.window.start, a.window.start_reason) == (D(2026, 4, 2), clock.START_NOTICE_RECEIVED)
    assert not a.ground.mediable
    assert _status(case, D(2026, 4, 3), "c").reason == objection_grounds.ANSWERED_C
    # A notice that came by post counts from the day it reached the applicant.
    posted = request(
        status="pemberitahuan_dikirim",
        outcome="ditolak_dikecualikan",
        notice=REFUSAL,
        notice_sent_at=wib(2026, 4, 2),
        notice_received_at=wib(2026, 4, 9),
    )
    assert _status(posted, D(2026, 4, 10), "a").window.start == D(2026, 4, 9)


def test_partial_grant_is_a_partial_refusal():
    case = request(outcome="dikabulkan_sebagian", notice=GRANT, notice_sent_at=wib(2026, 4, 2))
    assert {entry.ground.letter for entry in available_grounds(case, JAKARTA, D(2026, 4, 3))} == {
        "a",
        "b",
        "d",
        "e",
    }


def test_late_costly_delivery_opens_d_f_and_g():
    notice = dataclasses.replace(GRANT, costs=25_000, payment_method="Transfer Bank Jateng")
    case = request(
        status="selesai",
        outcome="dikabulkan_seluruhnya",
        notice=notice,
        notice_sent_at=wib(2026, 4, 8),
        delivered_at=wib(2026, 4, 10),
    )
    today = D(2026, 4, 13)
    assert {entry.ground.letter for entry in available_grounds(case, JAKARTA, today)} == {"b", "d", "f", "g"}
    assert _status(case, today, "d").window.start == D(2026, 4, 10)
    assert _status(case, today, "f").window.start == D(2026, 4, 8)
    g = _status(case, today, "g")
    assert (g.window.start, g.window.start_reason) == (D(2026, 4, 10), clock.START_DELIVERED)


def test_granted_but_not_delivered_is_not_fulfilled():
    case = request(outcome="dikabulkan_seluruhnya", notice=GRANT, notice_sent_at=wib(2026, 4, 2))
    assert _status(case, D(2026, 4, 3), "e").available
    assert not _status(case, D(2026, 4, 3), "g").available


def test_not_held_is_not_fulfilled():
    case = request(outcome="tidak_dikuasai", notice_sent_at=wib(2026, 4, 2))
    assert {entry.ground.letter for entry in available_grounds(case, JAKARTA, D(2026, 4, 3))} == {"b", "e"}


def test_withdrawn_requests_and_raised_grounds_offer_nothing_more():
    withdrawn = request(status="selesai", outcome="dibatalkan_pemohon", closed_at=wib(2026, 3, 16))
    assert available_grounds(withdrawn, JAKARTA, D(2026, 4, 7)) == ()
    assert _status(withdrawn, D(2026, 4, 7), "b").reason == objection_grounds.WITHDRAWN
    raised = request(grounds_raised=frozenset({"c_tidak_ditanggapi"}))
    assert _status(raised, D(2026, 4, 7), "c").state == "sudah_diajukan"


def test_open_windows_are_keyed_for_the_case_s_due_dates():
    windows = objection_grounds.open_windows(request(), JAKARTA, D(2026, 4, 7))
    assert set(windows) == {
        "pengajuan_keberatan.b_berkala_tidak_disediakan",
        "pengajuan_keberatan.c_tidak_ditanggapi",
    }
    assert windows["pengajuan_keberatan.c_tidak_ditanggapi"].party == "pemohon"
