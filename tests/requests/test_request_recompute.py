"""A calendar change moves the due dates of open requests, and each case's history says so."""

from __future__ import annotations

import datetime as dt

import pytest
from ckan import model
from ckan.tests import helpers
from filing_cast import as_user, desk_form

from ckanext.ppid.requests.model.event import RequestEvent
from ckanext.ppid.requests.model.information_request import InformationRequest

pytestmark = pytest.mark.usefixtures("with_plugins")


def _desk_filing(cast, **changes):
    return helpers.call_action("ppid_request_create", as_user(cast.unit_officer), **desk_form(**changes))


def _declare(cast, day):
    return helpers.call_action(
        "ppid_calendar_override_create",
        as_user(cast.utama_admin),
        day=day,
        kind="holiday",
        reason="Hari Jadi Kabupaten",
        decree="Kep. Bupati 1/2026",
    )


def _case(case_id):
    model.Session.expire_all()
    return model.Session.get(InformationRequest, case_id)


def test_a_declared_holiday_moves_open_due_dates_and_is_recorded(cast):
    filed = _desk_filing(cast)  # a letter received on Friday 12 June 2026 at 10:00
    closed = _desk_filing(cast)
    _case(closed["id"]).status = "selesai"
    model.Session.commit()
    assert _case(filed["id"]).due_dates["pemberitahuan_tertulis"] == "2026-06-29"

    _declare(cast, "2026-06-22")

    case = _case(filed["id"])
    assert case.due_dates["pemberitahuan_tertulis"] == "2026-06-30"
    assert case.next_due == dt.date(2026, 6, 30)
    last = RequestEvent.of_request(case.id)[-1]
    assert (last.transition, last.actor_role, last.status_after) == (
        "hitung_ulang_tenggat",
        "sistem",
        case.status,
    )
    assert last.due_date_changes == [
        {"key": "pemberitahuan_tertulis", "old": "2026-06-29", "new": "2026-06-30"}
    ]
    # A closed case keeps the dates it was closed with.
    assert _case(closed["id"]).due_dates["pemberitahuan_tertulis"] == "2026-06-29"
    assert len(RequestEvent.of_request(closed["id"])) == 1


def test_a_holiday_on_the_day_of_receipt_moves_the_received_day(cast):
    filed = _desk_filing(cast)
    _declare(cast, "2026-06-12")
    case = _case(filed["id"])
    assert case.received_day == dt.date(2026, 6, 15)
    assert RequestEvent.of_request(case.id)[-1].params["received_day"] == {
        "old": "2026-06-12",
        "new": "2026-06-15",
    }


def test_revoking_moves_them_back_and_a_change_outside_the_window_records_nothing(cast):
    filed = _desk_filing(cast)
    declared = _declare(cast, "2026-06-22")
    helpers.call_action(
        "ppid_calendar_override_revoke", as_user(cast.utama_admin), id=declared["id"], reason="Keliru"
    )
    assert _case(filed["id"]).due_dates["pemberitahuan_tertulis"] == "2026-06-29"
    events = len(RequestEvent.of_request(filed["id"]))
    _declare(cast, "2026-09-09")
    assert len(RequestEvent.of_request(filed["id"])) == events
