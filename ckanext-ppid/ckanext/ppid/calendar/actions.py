"""Actions on the body's working-day calendar: declared days (with their decrees), a year's days off."""

from __future__ import annotations

import datetime as dt
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.audit import log
from ckanext.ppid.calendar.configured import calendar_changed, current_calendar
from ckanext.ppid.calendar.model import CalendarOverride
from ckanext.ppid.shell import schema
from ckanext.ppid.shell.parameters import validated
from ckanext.ppid.units import access

KINDS = ("holiday", "working_day")
YEARS = range(2000, 2101)


def _day(value: Any, errors: dict[str, list[str]]) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value or "").strip())
    except ValueError:
        errors["day"] = [tk._("Give the date as YYYY-MM-DD")]
        return None


def _year(data_dict: dict[str, Any]) -> int:
    raw = data_dict.get("year") or dt.date.today().year
    try:
        year = int(raw)
    except (TypeError, ValueError):
        year = 0
    if year not in YEARS:
        raise tk.ValidationError({"year": [tk._("Give a year between 2000 and 2100")]})
    return year


def _user_id(context: dict[str, Any]) -> str | None:
    user = access.user_object(context.get("auth_user_obj") or context.get("user"))
    return user.id if user else None


@validated(schema.calendar_override_create)
def ppid_calendar_override_create(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """Declare a day a holiday or a working day by decree (sysadmins and PPID Utama admins).

    Due dates of open cases are recomputed with the new calendar.

    :param day: the date, ``YYYY-MM-DD``
    :type day: string
    :param kind: ``holiday`` (e.g. a regional holiday) or ``working_day`` (e.g. a Saturday made a working day)
    :type kind: string
    :param reason: what the day is, as the decree names it
    :type reason: string
    :param decree: the decree (number and date) that declares it
    :type decree: string

    :returns: the declaration
    :rtype: dictionary
    """
    tk.check_access("ppid_calendar_override_create", context, data_dict)
    errors: dict[str, list[str]] = {}
    day = _day(data_dict.get("day"), errors)
    kind = data_dict.get("kind")
    if kind not in KINDS:
        errors["kind"] = [tk._("Choose holiday or working day")]
    reason = (data_dict.get("reason") or "").strip()
    decree = (data_dict.get("decree") or "").strip()
    if not reason:
        errors["reason"] = [tk._("Missing value")]
    if not decree:
        errors["decree"] = [tk._("Name the decree that declares the day")]
    if day is not None and day.year not in YEARS:
        errors["day"] = [tk._("Give a year between 2000 and 2100")]
    if day is not None and "day" not in errors and kind in KINDS:
        if CalendarOverride.in_force_on(day) is not None:
            errors["day"] = [tk._("A declaration for this day is already in force; revoke it first")]
        else:
            is_working = current_calendar().is_working_day(day)
            if kind == "working_day" and is_working:
                errors["day"] = [tk._("This day is already a working day")]
            if kind == "holiday" and not is_working:
                errors["day"] = [tk._("This day is already a day off")]
    if errors:
        raise tk.ValidationError(errors)
    row = CalendarOverride(day=day, kind=kind, reason=reason, decree=decree, created_by=_user_id(context))
    model.Session.add(row)
    model.Session.flush()
    log.record(
        "calendar.override.create",
        "calendar_override",
        row.id,
        details={"day": day.isoformat(), "kind": kind, "reason": reason, "decree": decree},
        actor=context.get("auth_user_obj") or context.get("user"),
    )
    calendar_changed.send("ppid_calendar_override_create", day=day, calendar=current_calendar())
    if not context.get("defer_commit"):
        model.Session.commit()
    return row.as_dict()


@validated(schema.calendar_override_revoke)
def ppid_calendar_override_revoke(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """Revoke a declaration (sysadmins and PPID Utama admins); it stays in the history.

    :param id: the declaration's id
    :type id: string
    :param reason: why it is revoked
    :type reason: string

    :returns: the revoked declaration
    :rtype: dictionary
    """
    tk.check_access("ppid_calendar_override_revoke", context, data_dict)
    row = model.Session.get(CalendarOverride, str(data_dict.get("id") or ""))
    if row is None:
        raise tk.ObjectNotFound(tk._("No such declaration"))
    reason = (data_dict.get("reason") or "").strip()
    if not reason:
        raise tk.ValidationError({"reason": [tk._("Say why the declaration is revoked")]})
    if row.revoked_at is not None:
        raise tk.ValidationError({"id": [tk._("This declaration is already revoked")]})
    row.revoked_at = dt.datetime.now(dt.timezone.utc)
    row.revoked_by = _user_id(context)
    row.revoke_reason = reason
    model.Session.flush()
    log.record(
        "calendar.override.revoke",
        "calendar_override",
        row.id,
        details={"day": row.day.isoformat(), "kind": row.kind, "decree": row.decree, "reason": reason},
        actor=context.get("auth_user_obj") or context.get("user"),
    )
    calendar_changed.send("ppid_calendar_override_revoke", day=row.day, calendar=current_calendar())
    if not context.get("defer_commit"):
        model.Session.commit()
    return row.as_dict()


@validated(schema.calendar_override_list)
def ppid_calendar_override_list(context: dict[str, Any], data_dict: dict[str, Any]) -> list[dict[str, Any]]:
    """The declarations of a year (anyone may read them; they are public decrees).

    :param year: the year (default: this year)
    :type year: int
    :param include_revoked: also list revoked declarations (default: false)
    :type include_revoked: bool

    :rtype: list of dictionaries
    """
    tk.check_access("ppid_calendar_override_list", context, data_dict)
    include_revoked = tk.asbool(data_dict.get("include_revoked", False))
    return [row.as_dict() for row in CalendarOverride.of_year(_year(data_dict), include_revoked)]


@validated(schema.calendar_year)
def ppid_calendar_days_off(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """The days off of a year other than ordinary weekends, and the days declared working days.

    National holidays and cuti bersama come from the ``holidays`` package (country ID), declarations from
    this body's decrees.

    :param year: the year (default: this year)
    :type year: int

    :returns: ``year``, ``cuti_bersama_is_holiday`` and ``days``: each with ``day``, ``kind``
        (``libur_nasional``, ``cuti_bersama``, ``penetapan`` or ``hari_kerja``), ``name``, ``decree``
        and ``counts`` (whether deadlines count it as a working day)
    :rtype: dictionary
    """
    tk.check_access("ppid_calendar_days_off", context, data_dict)
    year = _year(data_dict)
    calendar = current_calendar()
    days = []
    day = dt.date(year, 1, 1)
    while day.year == year:
        declared = calendar.declared(day)
        national = calendar.national(year).get(day)
        off = calendar.non_working_reason(day)
        if declared is not None and declared.kind == "working_day":
            days.append(_day_entry(day, "hari_kerja", declared.reason, declared.decree, True))
        elif off is not None and off.kind != "akhir_pekan":
            days.append(_day_entry(day, off.kind, off.name, off.decree, False))
        elif national is not None and day.weekday() < 5:
            # A cuti bersama day the body counts as a working day: shown, and marked as counted.
            days.append(_day_entry(day, national.kind, national.name, "", True))
        day += dt.timedelta(days=1)
    return {"year": year, "cuti_bersama_is_holiday": calendar.cuti_bersama_is_holiday, "days": days}


def _day_entry(day: dt.date, kind: str, name: str, decree: str, counts: bool) -> dict[str, Any]:
    return {"day": day.isoformat(), "kind": kind, "name": name, "decree": decree, "counts": counts}


ACTIONS = {
    "ppid_calendar_override_create": ppid_calendar_override_create,
    "ppid_calendar_override_revoke": ppid_calendar_override_revoke,
    "ppid_calendar_override_list": ppid_calendar_override_list,
    "ppid_calendar_days_off": ppid_calendar_days_off,
}
