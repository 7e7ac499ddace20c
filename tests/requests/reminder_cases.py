"""Cases on a known clock and the commands of ``ckan ppid requests``, for the reminder and retention tests.

The SKB 2026 calendar with cuti bersama as days off (the default): a letter received on Monday 9 March 2026
is due on Monday 30 March, the Nyepi and Idul Fitri days (18-24 March) skipped; ground c may then be
raised until 13 May 2026.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from ckan import model
from ckan.cli.cli import ckan
from ckan.tests import helpers
from filing_cast import as_user, desk_form

from ckanext.ppid.notifications.model import Notification
from ckanext.ppid.requests import transitions
from ckanext.ppid.requests.model.information_request import InformationRequest

JAKARTA = dt.timezone(dt.timedelta(hours=7))
RECEIVED = "2026-03-09 10:00"
APPLICANT_EMAIL = "budi@warga.example"
APPLICANT_PHONE = "0812-3456-7890"
UNIT_STAFF = ("dinkes-admin@lembahhijau.example", "dinkes-petugas@lembahhijau.example")
UNIT_CONTACT = "ppid@dinkes.lembahhijau.example"
UTAMA_ADMIN = "utama-admin@lembahhijau.example"
ATASAN = "atasan@lembahhijau.example"


def file_letter(cast, received: str = RECEIVED, **changes: Any) -> InformationRequest:
    """A letter the unit's officer records for Budi Santoso, who gave an e-mail address and a phone."""
    form = desk_form(received_at=received, email=APPLICANT_EMAIL, phone=APPLICANT_PHONE, **changes)
    filed = helpers.call_action("ppid_request_create", as_user(cast.unit_officer), **form)
    return model.Session.get(InformationRequest, filed["id"])


def at(day: str, hour: int = 10) -> dt.datetime:
    return dt.datetime.combine(dt.date.fromisoformat(day), dt.time(hour), JAKARTA)


def staff(person: dict) -> model.User:
    return model.User.get(person["name"])


def take(case: InformationRequest, code: str, person: dict, role: str, params: dict, day: str):
    """A transition on the request at 10:00 on ``day``, committed."""
    taken = transitions.on_request(case, code, staff(person), role, params, at(day))
    model.Session.commit()
    return taken


def run(cli, *args: str) -> str:
    """``ckan ppid requests ARGS``; fails the test unless it succeeds. The session is fresh afterwards."""
    result = cli.invoke(ckan, ["ppid", "requests", *args])
    model.Session.remove()
    assert result.exit_code == 0, result.output
    return result.output


def remind(cli, day: str, *args: str) -> str:
    return run(cli, "remind", "--today", day, *args)


REMINDER_KINDS = ("reminder_%", "escalation_%", "lapse_%")


def outbox(**filters: Any) -> list[Notification]:
    """The reminder command's rows in the outbox (which holds the filing's own mails too)."""
    query = model.Session.query(Notification).filter_by(**filters).populate_existing()
    query = query.filter(sa.or_(*(Notification.kind.like(kind) for kind in REMINDER_KINDS)))
    return query.order_by(Notification.id).all()


def make_due(rows: list[Notification]) -> None:
    """Time passes: the rows' next attempts have come."""
    for row in rows:
        model.Session.merge(row).next_attempt_at = dt.datetime.now(dt.timezone.utc) - dt.timedelta(seconds=1)
    model.Session.commit()
