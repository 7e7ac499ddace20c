"""Reading the audit log through the API: ``ppid_audit_list``."""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.audit import log as audit_log
from ckanext.ppid.shell import schema, settings
from ckanext.ppid.shell.parameters import validated

DEFAULT_LIMIT = 50
MAX_LIMIT = 1000
DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _moment(text: str, *, end_of_day: bool) -> dt.datetime:
    """A date (the whole day, in the body's time zone) or an ISO 8601 moment. Raises ``ValueError``."""
    zone = zoneinfo.ZoneInfo(settings.timezone())
    if DATE.fullmatch(text):
        day = dt.date.fromisoformat(text)
        return dt.datetime.combine(day, dt.time.max if end_of_day else dt.time.min, tzinfo=zone)
    moment = dt.datetime.fromisoformat(text)
    return moment if moment.tzinfo else moment.replace(tzinfo=zone)


def _text(data_dict: dict[str, Any], key: str) -> str | None:
    value = data_dict.get(key)
    text = "" if value is None else str(value).strip()
    return text or None


def _parse(data_dict: dict[str, Any]) -> tuple[audit_log.Filters, int, int]:
    errors: dict[str, list[str]] = {}
    unit_id = None
    if _text(data_dict, "unit"):
        unit = model.Group.get(_text(data_dict, "unit"))
        if unit is None or not unit.is_organization:
            errors["unit"] = [tk._("No such unit")]
        else:
            unit_id = unit.id
    moments = {}
    for key in ("since", "until"):
        if _text(data_dict, key):
            try:
                moments[key] = _moment(_text(data_dict, key), end_of_day=key == "until")
            except ValueError:
                errors[key] = [tk._("Give the date as YYYY-MM-DD")]
    # The schema checked both (``parameters.paging``: 1-1000, 0-1,000,000).
    limit = min(data_dict.get("limit", DEFAULT_LIMIT), MAX_LIMIT)
    offset = data_dict.get("offset", 0)
    if errors:
        raise tk.ValidationError(errors)
    action = _text(data_dict, "action")
    filters = audit_log.Filters(
        actor=_text(data_dict, "actor"),
        action=action.rstrip(".") if action else None,
        object_id=_text(data_dict, "object_id"),
        unit_id=unit_id,
        since=moments.get("since"),
        until=moments.get("until"),
    )
    return filters, limit, offset


def _event_dict(event: dict[str, Any], units: dict[str, model.Group]) -> dict[str, Any]:
    unit = units.get(event["unit_id"])
    return {
        "id": event["id"],
        "occurred_at": event["occurred_at"].astimezone(dt.timezone.utc).isoformat(),
        "actor": event["actor_name"],
        "actor_id": event["actor_id"],
        "action": event["action"],
        "object_type": event["object_type"],
        "object_id": event["object_id"],
        "unit_id": event["unit_id"],
        "unit": unit.name if unit else None,
        "unit_title": unit.title if unit else None,
        "details": event["details"],
        "ip_address": event["ip_address"],
        "user_agent": event["user_agent"],
        "hash": event["hash"],
    }


@tk.side_effect_free
@validated(schema.audit_list)
def ppid_audit_list(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """List the events of the audit log, newest first (sysadmins and the PPID Utama's officers only).

    The log records every change to the information register, the PPID roles and the membership of PPID
    units, and every read of withheld (exempted) files: who, when, what, which unit, the details (for a
    change, each field's value before and after) and, for a request, its IP address and user agent.
    PostgreSQL keeps it append-only and hash-chained (``ckan ppid audit verify`` checks the chain).

    :param actor: only events by this user (name or id) (optional)
    :type actor: string
    :param action: only events whose action code is this, or starts with it and a dot, e.g.
        ``register`` or ``register.item.update`` (optional)
    :type action: string
    :param object_id: only events about this object (a dataset, resource or user id) (optional)
    :type object_id: string
    :param unit: only events concerning this PPID unit (name or id) (optional)
    :type unit: string
    :param since: only events on or after this day (``YYYY-MM-DD``, in the body's time zone) or
        ISO 8601 moment (optional)
    :type since: string
    :param until: only events on or before this day (the whole day) or moment (optional)
    :type until: string
    :param limit: how many events to return (optional, default 50, at most 1000)
    :type limit: int
    :param offset: how many of the newest matching events to skip (optional, default 0)
    :type offset: int

    :returns: ``count`` (every matching event) and ``results``: the events, each with ``id``,
        ``occurred_at`` (ISO 8601, UTC), ``actor``, ``actor_id``, ``action``, ``object_type``,
        ``object_id``, ``unit``, ``unit_id``, ``unit_title``, ``details``, ``ip_address``,
        ``user_agent`` and ``hash`` (its link in the chain)
    :rtype: dictionary
    """
    tk.check_access("ppid_audit_list", context, data_dict)
    filters, limit, offset = _parse(data_dict)
    count, events = audit_log.search(filters, limit, offset)
    unit_ids = {event["unit_id"] for event in events if event["unit_id"]}
    units = {unit.id: unit for unit in model.Session.query(model.Group).filter(model.Group.id.in_(unit_ids))}
    return {"count": count, "results": [_event_dict(event, units) for event in events]}


ACTIONS = {"ppid_audit_list": ppid_audit_list}
