"""The legal clock on real 2026 dates: Nyepi, Idul Fitri and its cuti bersama, Good Friday."""

from __future__ import annotations

import dataclasses

import pytest
from request_cases import JAKARTA, D, objection, request, wib

from ckanext.ppid.calendar.core.workdays import RECEIVED_AFTER_HOURS, RECEIVED_DAY_OFF, Calendar, Override
from ckanext.ppid.requests.core import clock
from ckanext.ppid.requests.core.clock import ClockSettings


def test_notice_due_skips_nyepi_idul_fitri_and_good_friday():
    due = clock.request_due_dates(request(), JAKARTA)[clock.NOTICE]
    assert (due.start, due.due) == (D(2026, 3, 13), D(2026, 4, 6))
    assert (due.deadline.amount, due.deadline.legal_basis, due.deadline.confidence) == (
        10,
        "UU 14/2008 Ps 22(7)",
        "C",
    )
    assert due.party == "ppid" and due.start_reason == clock.START_RECEIVED
    skipped = {off.day: off.name for off in due.explained.skipped}
    assert skipped[D(2026, 3, 19)] == "Hari Suci Nyepi"
    assert skipped[D(2026, 3, 21)] == "Hari Raya Idul Fitri"
    assert skipped[D(2026, 3, 23)] == "Cuti Bersama Hari Raya Idul Fitri"
    assert skipped[D(2026, 4, 3)] == "Wafat Yesus Kristus"


def test_request_on_the_day_before_idul_fitri_counts_from_after_the_cuti_bersama():
    case = request(received_at=wib(2026, 3, 20, 10))  # Friday, cuti bersama
    reception = JAKARTA.received(case.received_at)
    assert (reception.day, reception.reason) == (D(2026, 3, 25), RECEIVED_DAY_OFF)
    assert clock.notice_due(case, JAKARTA).due == D(2026, 4, 9)
    # Where the body counts cuti bersama as working days, the same request counts from that Friday.
    counting = ClockSettings(Calendar(cuti_bersama_is_holiday=False), "Asia/Jakarta")
    assert counting.received(case.received_at).day == D(2026, 3, 20)
    assert clock.notice_due(case, counting).due == D(2026, 4, 6)


def test_friday_after_office_hours_counts_from_monday():
    case = request(received_at=wib(2026, 3, 13, 16, 45))
    due = clock.notice_due(case, JAKARTA)
    assert (due.start, due.due) == (D(2026, 3, 16), D(2026, 4, 7))
    assert (due.reception.moment, due.reception.reason) == (case.received_at, RECEIVED_AFTER_HOURS)


def test_the_body_s_time_zone_decides_office_hours():
    moment = wib(2026, 3, 13, 16, 0)  # 16:00 WIB is 17:00 WITA, after a Makassar office closed
    makassar = ClockSettings(Calendar(), "Asia/Makassar")
    assert JAKARTA.received(moment).day == D(2026, 3, 13)
    assert makassar.received(moment).day == D(2026, 3, 16)


def test_extension_adds_seven_working_days_to_the_first_deadline():
    case = request(extended_at=wib(2026, 4, 2), extension_reasons="Dokumen tersebar di 3 bidang")
    found = clock.request_due_dates(case, JAKARTA)
    assert found[clock.NOTICE].done_on == D(2026, 4, 2)  # the extension met the first deadline
    extension = found[clock.EXTENSION]
    assert (extension.start, extension.due, extension.start_reason) == (
        D(2026, 4, 6),
        D(2026, 4, 15),
        clock.START_NOTICE_DUE,
    )
    assert extension.deadline.legal_basis == "UU 14/2008 Ps 22(8)"
    assert clock.notice_due(case, JAKARTA) == extension
    assert extension.due == JAKARTA.calendar.add_working_days(D(2026, 3, 13), 17).due


def test_a_late_notice_meets_its_deadline_late():
    due = clock.notice_due(request(notice_sent_at=wib(2026, 4, 8), outcome="dikabulkan_seluruhnya"), JAKARTA)
    assert due.done_on == D(2026, 4, 8) and due.met_late and not due.is_open
    on_time = clock.notice_due(request(notice_sent_at=wib(2026, 4, 6, 23, 59)), JAKARTA)
    assert not on_time.met_late


def test_withdrawal_ends_the_body_s_duty():
    case = request(status="selesai", outcome="dibatalkan_pemohon", closed_at=wib(2026, 3, 17))
    assert clock.notice_due(case, JAKARTA).done_on == D(2026, 3, 17)


def test_objection_clock_answer_then_dispute_window():
    case = objection()
    found = clock.objection_due_dates(case, JAKARTA, D(2026, 5, 4))
    answer = found[clock.DECISION]
    assert answer.reception.day == D(2026, 5, 4)
    assert (answer.due, answer.party, answer.deadline.legal_basis) == (
        D(2026, 6, 23),
        "atasan_ppid",
        "UU 14/2008 Ps 36(2)",
    )
    skipped = {off.day for off in answer.explained.skipped}
    assert {
        D(2026, 5, 14),
        D(2026, 5, 15),
        D(2026, 5, 27),
        D(2026, 5, 28),
        D(2026, 6, 1),
        D(2026, 6, 16),
    } <= skipped
    assert set(found) == {clock.DECISION}

    decided = dataclasses.replace(case, status="ditanggapi", decided_at=wib(2026, 6, 10))
    window = clock.objection_due_dates(decided, JAKARTA, D(2026, 6, 10))[clock.DISPUTE]
    assert (window.start, window.due, window.party) == (D(2026, 6, 10), D(2026, 7, 1), "pemohon")
    # A response that reached the applicant later by post starts the window later.
    posted = dataclasses.replace(decided, decision_received_at=wib(2026, 6, 15))
    assert clock.objection_due_dates(posted, JAKARTA, D(2026, 6, 15))[clock.DISPUTE].start == D(2026, 6, 15)


def test_dispute_window_after_the_atasan_stays_silent():
    case = objection()
    assert clock.DISPUTE_AFTER_LAPSE not in clock.objection_due_dates(case, JAKARTA, D(2026, 6, 23))
    lapsed = clock.objection_due_dates(case, JAKARTA, D(2026, 6, 24))[clock.DISPUTE_AFTER_LAPSE]
    assert (lapsed.start, lapsed.due, lapsed.start_reason) == (
        D(2026, 6, 23),
        D(2026, 7, 13),
        clock.START_DECISION_LAPSED,
    )
    assert lapsed.deadline.confidence == "C2"


def test_a_new_regional_holiday_moves_open_due_dates_and_says_how():
    case = request()
    stored = clock.stored_dates(clock.request_due_dates(case, JAKARTA))
    assert clock.changes(stored, clock.request_due_dates(case, JAKARTA)) == ()

    decree = Override(D(2026, 3, 31), "holiday", "Hari Jadi Kota", "Keputusan Wali Kota No. 12/2026")
    moved = ClockSettings(Calendar(overrides=(decree,)), "Asia/Jakarta")
    (change,) = clock.changes(stored, clock.request_due_dates(case, moved))
    assert (change.key, change.old, change.new) == (clock.NOTICE, D(2026, 4, 6), D(2026, 4, 7))
    declared = next(off for off in change.explained.skipped if off.kind == "penetapan")
    assert (declared.day, declared.decree) == (D(2026, 3, 31), "Keputusan Wali Kota No. 12/2026")


def test_changes_report_due_dates_that_appear_or_disappear():
    stored = {clock.NOTICE: D(2026, 4, 6), "gone": D(2026, 1, 1)}
    extended = request(extended_at=wib(2026, 4, 1))
    keys = {
        (c.key, c.old is None, c.new is None)
        for c in clock.changes(stored, clock.request_due_dates(extended, JAKARTA))
    }
    assert keys == {("gone", False, True), (clock.EXTENSION, True, False)}


@pytest.mark.parametrize(
    ("due", "level", "left"),
    [
        (D(2026, 3, 16), "hari_ini", 0),
        (D(2026, 3, 17), "segera", 1),
        (D(2026, 3, 26), "segera", 3),  # 17, 25 and 26 March: Nyepi and Idul Fitri between
        (D(2026, 3, 27), "berjalan", 4),
        (D(2026, 3, 13), "terlambat", -1),
        (D(2026, 3, 12), "terlambat", -2),
    ],
)
def test_urgency_counts_working_days(due, level, left):
    assert clock.urgency(due, D(2026, 3, 16), JAKARTA.calendar) == clock.Urgency(level, left)


def test_work_queue_puts_overdue_first_then_soonest_then_undated():
    cases = {"a": D(2026, 4, 9), "b": None, "c": D(2026, 3, 2), "d": D(2026, 4, 6), "e": D(2026, 3, 10)}
    assert clock.by_urgency(cases, cases.get) == ["c", "e", "d", "a", "b"]


def test_next_open_due_date_of_a_party():
    case = request(extended_at=wib(2026, 4, 2), extension_reasons="x")
    found = clock.request_due_dates(case, JAKARTA)
    assert clock.next_open(found, "ppid") == found[clock.EXTENSION]
    assert clock.next_open(found, "pemohon") is None


def test_the_clock_refuses_naive_times():
    with pytest.raises(ValueError):
        JAKARTA.local_day(wib(2026, 3, 13).replace(tzinfo=None))
