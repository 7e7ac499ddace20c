"""Transitions on stored cases: the core's decision stored with its history, due dates and audit events."""

from __future__ import annotations

import datetime as dt

import pytest
from ckan import model
from ckan.plugins import toolkit as tk
from ckan.tests import helpers
from filing_cast import as_user, desk_form

from ckanext.ppid.audit import log
from ckanext.ppid.requests import transitions
from ckanext.ppid.requests.model.event import RequestEvent
from ckanext.ppid.requests.model.information_request import InformationRequest

pytestmark = pytest.mark.usefixtures("with_plugins")
JAKARTA = dt.timezone(dt.timedelta(hours=7))


def _filed(cast) -> InformationRequest:
    # A letter received on Friday 12 June 2026 at 10:00: the notice is due on Monday 29 June.
    filed = helpers.call_action("ppid_request_create", as_user(cast.unit_officer), **desk_form())
    return model.Session.get(InformationRequest, filed["id"])


def _user(person) -> model.User:
    return model.User.get(person["name"])


def test_an_extension_moves_the_due_date_and_the_history_says_so(cast):
    case = _filed(cast)
    at = dt.datetime(2026, 6, 26, 9, 0, tzinfo=JAKARTA)
    transitions.on_request(
        case, "perpanjang", _user(cast.unit_admin), "ppid_pelaksana", {"reasons": "Dokumen di arsip"}, at
    )
    model.Session.commit()

    model.Session.expire_all()
    case = model.Session.get(InformationRequest, case.id)
    assert case.status == "diproses"
    assert case.extension_reasons == "Dokumen di arsip"
    assert case.due_dates == {"pemberitahuan_tertulis": "2026-06-29", "perpanjangan": "2026-07-08"}
    assert case.next_due == dt.date(2026, 7, 8)
    last = RequestEvent.of_request(case.id)[-1]
    assert (last.transition, last.actor_role, last.status_before, last.status_after) == (
        "perpanjang",
        "ppid_pelaksana",
        "diterima",
        "diproses",
    )
    assert {"key": "perpanjangan", "old": None, "new": "2026-07-08"} in last.due_date_changes
    _count, audit = log.search(log.Filters(object_id=case.id), limit=50)
    assert "permohonan.perpanjang" in {event["action"] for event in audit}


def test_a_second_extension_is_refused_with_the_law_s_reason_and_changes_nothing(cast):
    case = _filed(cast)
    admin = _user(cast.unit_admin)
    at = dt.datetime(2026, 6, 26, 9, 0, tzinfo=JAKARTA)
    transitions.on_request(case, "perpanjang", admin, "ppid_pelaksana", {"reasons": "Arsip"}, at)
    model.Session.commit()
    events = len(RequestEvent.of_request(case.id))

    with pytest.raises(tk.ValidationError) as refused:
        transitions.on_request(case, "perpanjang", admin, "ppid_pelaksana", {"reasons": "Lagi"}, at)
    model.Session.rollback()

    assert "Ps 22(8)" in refused.value.error_dict["message"][0]
    assert len(RequestEvent.of_request(case.id)) == events


def test_an_objection_after_the_deadline_lapsed_opens_an_objection_with_its_own_clock(cast):
    case = _filed(cast)
    applicant = _user(cast.unit_officer)
    at = dt.datetime(2026, 7, 1, 10, 0, tzinfo=JAKARTA)  # after 29 June, no notice

    taken = transitions.on_request(
        case,
        "ajukan_keberatan",
        applicant,
        "petugas_layanan",
        {"grounds": ["c_tidak_ditanggapi"], "statement": "Tidak ada jawaban"},
        at,
    )
    model.Session.commit()

    objection = taken.opened
    assert objection.status == "diajukan"
    assert objection.grounds == ["c_tidak_ditanggapi"]
    assert objection.received_day == dt.date(2026, 7, 1)
    # 30 working days from 1 July 2026 (no holidays in between but 17 August is later).
    assert objection.due_dates["tanggapan_atasan"] == "2026-08-12"
    assert case.grounds_raised == ["c_tidak_ditanggapi"]
    machines = [(event.machine, event.transition) for event in RequestEvent.of_request(case.id)]
    assert ("keberatan", "ajukan_keberatan") in machines
