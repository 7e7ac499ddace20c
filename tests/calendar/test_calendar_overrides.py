"""The body's calendar: declared days change the deadlines, only the PPID Utama's admins declare them,
every declaration stays in the history, and anyone can read the year's days off."""

from __future__ import annotations

import datetime as dt

import ckan.plugins.toolkit as tk
import pytest
from ckan.tests import factories, helpers

from ckanext.ppid.calendar.configured import calendar_changed, current_calendar

pytestmark = pytest.mark.usefixtures("with_plugins")

PLAIN_WEDNESDAY = "2026-06-10"
SATURDAY = "2026-06-13"
DECLARATION = {
    "day": PLAIN_WEDNESDAY,
    "kind": "holiday",
    "reason": "Hari Jadi Kabupaten Lembah Hijau",
    "decree": "Keputusan Bupati Nomor 003/45/2026",
}


@pytest.fixture
def people(clean_db):
    admin, member, editor = factories.User(), factories.User(), factories.User()
    factories.Organization(
        name="ppid-utama",
        jenis_unit="ppid_utama",
        kode_unit="U",
        users=[{"name": admin["name"], "capacity": "admin"}, {"name": member["name"], "capacity": "member"}],
    )
    factories.Organization(
        name="dinkes",
        kode_unit="D1",
        unit_induk="ppid-utama",
        users=[{"name": editor["name"], "capacity": "admin"}],
    )
    return {"admin": admin, "member": member, "unit_admin": editor}


def _as(user: dict) -> dict:
    return {"user": user["name"], "ignore_auth": False}


def test_a_declared_holiday_moves_due_dates_and_is_listed(people):
    before = current_calendar().add_working_days(dt.date(2026, 6, 8), 10).due
    helpers.call_action("ppid_calendar_override_create", _as(people["admin"]), **DECLARATION)

    calendar = current_calendar()
    assert not calendar.is_working_day(dt.date(2026, 6, 10))
    explained = calendar.add_working_days(dt.date(2026, 6, 8), 10)
    assert explained.due == before + dt.timedelta(days=1)
    skipped = {off.day: off for off in explained.skipped}
    assert skipped[dt.date(2026, 6, 10)].decree == DECLARATION["decree"]

    days = helpers.call_action("ppid_calendar_days_off", {"user": ""}, year=2026)["days"]
    declared = [d for d in days if d["day"] == PLAIN_WEDNESDAY]
    assert declared == [
        {
            "day": PLAIN_WEDNESDAY,
            "kind": "penetapan",
            "name": DECLARATION["reason"],
            "decree": DECLARATION["decree"],
            "counts": False,
        }
    ]


def test_a_saturday_declared_a_working_day_counts(people):
    helpers.call_action(
        "ppid_calendar_override_create",
        _as(people["admin"]),
        day=SATURDAY,
        kind="working_day",
        reason="Pengganti cuti",
        decree="SE Sekda 800/12/2026",
    )
    assert current_calendar().is_working_day(dt.date(2026, 6, 13))
    days = helpers.call_action("ppid_calendar_days_off", {"user": ""}, year=2026)["days"]
    assert {"day": SATURDAY, "kind": "hari_kerja", "counts": True}.items() <= next(
        d for d in days if d["day"] == SATURDAY
    ).items()


def test_national_days_and_cuti_bersama_are_listed_for_everyone(people):
    days = {
        d["day"]: d for d in helpers.call_action("ppid_calendar_days_off", {"user": ""}, year=2026)["days"]
    }
    assert days["2026-08-17"]["kind"] == "libur_nasional"
    assert days["2026-03-23"]["kind"] == "cuti_bersama"
    assert days["2026-03-23"]["counts"] is False
    # Ordinary weekends are not listed; a national holiday on a Saturday is.
    assert "2026-06-06" not in days
    assert days["2026-03-21"]["name"] == "Hari Raya Idul Fitri"


@pytest.mark.ckan_config("ckanext.ppid.cuti_bersama_is_holiday", "false")
def test_cuti_bersama_counted_when_the_body_says_so(people):
    days = {
        d["day"]: d for d in helpers.call_action("ppid_calendar_days_off", {"user": ""}, year=2026)["days"]
    }
    assert days["2026-03-23"]["counts"] is True
    assert current_calendar().is_working_day(dt.date(2026, 3, 23))


@pytest.mark.parametrize("who", ["member", "unit_admin"])
def test_only_ppid_utama_admins_declare(people, who):
    with pytest.raises(tk.NotAuthorized):
        helpers.call_action("ppid_calendar_override_create", _as(people[who]), **DECLARATION)
    with pytest.raises(tk.NotAuthorized):
        helpers.call_action(
            "ppid_calendar_override_create", {"user": "", "ignore_auth": False}, **DECLARATION
        )
    assert current_calendar().is_working_day(dt.date(2026, 6, 10))


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"decree": " "}, "decree"),
        ({"reason": ""}, "reason"),
        ({"day": "10-06-2026"}, "day"),
        ({"kind": "libur"}, "kind"),
        ({"day": "2026-06-06"}, "day"),  # a Sunday is already a day off
        ({"day": "2026-06-06", "kind": "working_day", "reason": "x", "decree": "y"}, None),
        ({"kind": "working_day"}, "day"),  # a Wednesday is already a working day
    ],
)
def test_bad_declarations_are_refused_and_change_nothing(people, change, field):
    data = {**DECLARATION, **change}
    if field is None:
        helpers.call_action("ppid_calendar_override_create", _as(people["admin"]), **data)
        return
    with pytest.raises(tk.ValidationError) as raised:
        helpers.call_action("ppid_calendar_override_create", _as(people["admin"]), **data)
    assert field in raised.value.error_dict
    assert helpers.call_action("ppid_calendar_override_list", {"user": ""}, year=2026) == []


def test_one_declaration_per_day_and_revoking_keeps_the_history(people):
    created = helpers.call_action("ppid_calendar_override_create", _as(people["admin"]), **DECLARATION)
    with pytest.raises(tk.ValidationError) as raised:
        helpers.call_action("ppid_calendar_override_create", _as(people["admin"]), **DECLARATION)
    assert "day" in raised.value.error_dict

    with pytest.raises(tk.ValidationError):
        helpers.call_action(
            "ppid_calendar_override_revoke", _as(people["admin"]), id=created["id"], reason=""
        )
    revoked = helpers.call_action(
        "ppid_calendar_override_revoke", _as(people["admin"]), id=created["id"], reason="SK dicabut"
    )
    assert revoked["revoked_by"] == people["admin"]["name"]
    assert current_calendar().is_working_day(dt.date(2026, 6, 10))
    assert helpers.call_action("ppid_calendar_override_list", {"user": ""}, year=2026) == []
    history = helpers.call_action(
        "ppid_calendar_override_list", {"user": ""}, year=2026, include_revoked=True
    )
    assert [(row["decree"], row["revoke_reason"]) for row in history] == [
        (DECLARATION["decree"], "SK dicabut")
    ]
    # The day can be declared again once the old declaration is revoked.
    helpers.call_action("ppid_calendar_override_create", _as(people["admin"]), **DECLARATION)


def test_every_change_tells_the_open_cases(people):
    heard = []

    def listener(sender, **kwargs):
        heard.append((sender, kwargs["day"], kwargs["calendar"].is_working_day(kwargs["day"])))

    calendar_changed.connect(listener)
    try:
        created = helpers.call_action("ppid_calendar_override_create", _as(people["admin"]), **DECLARATION)
        helpers.call_action(
            "ppid_calendar_override_revoke", _as(people["admin"]), id=created["id"], reason="x"
        )
    finally:
        calendar_changed.disconnect(listener)
    day = dt.date(2026, 6, 10)
    assert heard == [
        ("ppid_calendar_override_create", day, False),
        ("ppid_calendar_override_revoke", day, True),
    ]


def test_declaring_and_revoking_are_audited(people):
    created = helpers.call_action("ppid_calendar_override_create", _as(people["admin"]), **DECLARATION)
    helpers.call_action(
        "ppid_calendar_override_revoke", _as(people["admin"]), id=created["id"], reason="SK dicabut"
    )
    sysadmin = factories.Sysadmin()
    events = helpers.call_action(
        "ppid_audit_list",
        {"user": sysadmin["name"], "ignore_auth": False},
        action="calendar.override",
        actor=people["admin"]["name"],
    )
    assert [(e["action"], e["actor"], e["details"]["decree"]) for e in reversed(events["results"])] == [
        ("calendar.override.create", people["admin"]["name"], DECLARATION["decree"]),
        ("calendar.override.revoke", people["admin"]["name"], DECLARATION["decree"]),
    ]
