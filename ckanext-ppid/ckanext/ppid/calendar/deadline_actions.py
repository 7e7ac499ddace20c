"""``ppid_deadline_calculate``: the public deadline calculator, on the same clock as the cases."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

import ckan.plugins.toolkit as tk

from ckanext.ppid.calendar import deadline_calculator
from ckanext.ppid.calendar.configured import current_calendar
from ckanext.ppid.calendar.due_dates import due_date_dict
from ckanext.ppid.requests.core.clock import ClockSettings
from ckanext.ppid.shell import schema, settings
from ckanext.ppid.shell.parameters import validated


def _moment(value: Any, tz: str) -> dt.datetime:
    raw = str(value or "").strip()
    try:
        moment = dt.datetime.fromisoformat(raw) if "T" in raw or " " in raw else None
        if moment is None:
            moment = dt.datetime.combine(dt.date.fromisoformat(raw), dt.time(9))
    except ValueError:
        raise tk.ValidationError(
            {"moment": [tk._("Give the date (and time) as YYYY-MM-DD or YYYY-MM-DDTHH:MM")]}
        ) from None
    if not 2000 <= moment.year <= 2100:
        raise tk.ValidationError({"moment": [tk._("Give a year between 2000 and 2100")]})
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zoneinfo.ZoneInfo(tz))
    return moment


@tk.side_effect_free
@validated(schema.deadline_calculate)
def ppid_deadline_calculate(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """The due dates that follow an event of a case, each explained day by day (anyone may ask).

    Uses the body's calendar (national holidays, cuti bersama policy, declared days), time zone and
    office hours, as the cases do.

    :param event: ``permohonan_diterima`` (a request is received), ``pemberitahuan_diterima`` (the
        applicant receives the written notice), ``keberatan_diterima`` (an objection is received) or
        ``tanggapan_atasan_diterima`` (the applicant receives the Atasan PPID's response)
    :type event: string
    :param moment: when, ``YYYY-MM-DDTHH:MM`` (in the body's time zone unless an offset is given) or a date
        (taken as 09:00)
    :type moment: string

    :returns: ``event``, ``moment``, ``received_on`` and ``received_reason`` (for events received at the
        desk: a request after office hours counts from the next working day) and ``due_dates``: each with
        ``label``, ``legal_basis``, ``start``, ``due``, the ``rule`` applied and the ``steps`` walked
        (each day counted, or skipped with the reason and decree)
    :rtype: dictionary
    """
    tk.check_access("ppid_deadline_calculate", context, data_dict)
    event = data_dict.get("event")
    if event not in deadline_calculator.EVENT_CODES:
        raise tk.ValidationError(
            {
                "event": [
                    tk._("Choose one of: {events}").format(events=", ".join(deadline_calculator.EVENT_CODES))
                ]
            }
        )
    tz = settings.timezone()
    answer = deadline_calculator.calculate(
        event, _moment(data_dict.get("moment"), tz), ClockSettings(current_calendar(), tz)
    )
    reception = answer.reception
    return {
        "event": event,
        "event_label": tk._(answer.event.label),
        "moment": answer.moment.isoformat(),
        "time_zone": tz,
        "received_on": reception.day.isoformat() if reception else None,
        "received_reason": tk._(reception.reason).format(day=reception.day.isoformat())
        if reception
        else None,
        "due_dates": [due_date_dict(entry) for entry in answer.due_dates],
    }


@tk.auth_allow_anonymous_access
def ppid_deadline_calculate_auth(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    return {"success": True}


ACTIONS = {"ppid_deadline_calculate": ppid_deadline_calculate}
AUTH_FUNCTIONS = {"ppid_deadline_calculate": ppid_deadline_calculate_auth}
