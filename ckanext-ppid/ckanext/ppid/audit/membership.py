"""Audit events for who can act on a PPID unit: a user joining or leaving its organization, or changing role,
and the unit's type or parent unit changing (they decide whose staff act on it, docs/authorization.md).

Memberships change through many doors: ``member_create``/``member_delete`` and the
``organization_member_*`` actions built on them, the ``users`` list of ``organization_create`` and
``organization_update``, ``user_delete``. All of them end in ``Member`` rows flushed by the session, so the
events are taken there, in the transaction of the change. No action context reaches a flush: the actor is
the request's user, or the site user for commands.
"""

from __future__ import annotations

from typing import Any

import ckan.plugins as p
import sqlalchemy as sa
from ckan import model
from sqlalchemy.orm import Session

from ckanext.ppid.audit import log

ACTIVE = "active"
# The fields that decide who acts on a unit: the PPID Utama's staff act on all, a unit's on those below.
STRUCTURE = ("jenis_unit", "unit_induk")


def listen() -> None:
    """Start recording (idempotent; the plugin calls it whenever it is loaded)."""
    if not sa.event.contains(model.Session, "after_flush", record_membership_changes):
        sa.event.listen(model.Session, "after_flush", record_membership_changes)


def _before_and_after(row: Any, attribute: str) -> tuple[Any, Any]:
    history = sa.inspect(row).attrs[attribute].history
    current = getattr(row, attribute)
    if not history.has_changes():
        return current, current
    return (history.deleted[0] if history.deleted else None), current


def _unit_of(session: Session, member: Any) -> model.Group | None:
    """The organization of a user's membership (groups are not PPID units)."""
    if not isinstance(member, model.Member) or member.table_name != "user":
        return None
    group = session.get(model.Group, member.group_id)
    return group if group is not None and group.is_organization else None


def _record(action: str, member: model.Member, unit: model.Group, details: dict[str, Any]) -> None:
    user = model.User.get(member.table_id)
    details = {"user": user.name if user else member.table_id, "unit": unit.name, **details}
    log.record(action, "user", member.table_id, unit=unit.id, details=details)


def record_membership_changes(session: Session, flush_context: Any) -> None:
    """``after_flush``: the session still lists what it flushed, with each attribute's history."""
    if not p.plugin_loaded("ppid"):
        return
    for member in session.new:
        unit = _unit_of(session, member)
        if unit is not None and member.state == ACTIVE:
            _record("unit.member.add", member, unit, {"capacity": member.capacity})
    for member in session.dirty:
        unit = _unit_of(session, member)
        if unit is None:
            continue
        was_state, state = _before_and_after(member, "state")
        was_capacity, capacity = _before_and_after(member, "capacity")
        if was_state != ACTIVE and state == ACTIVE:
            _record("unit.member.add", member, unit, {"capacity": capacity})
        elif was_state == ACTIVE and state != ACTIVE:
            _record("unit.member.remove", member, unit, {"capacity": was_capacity})
        elif state == ACTIVE and was_capacity != capacity:
            _record("unit.member.capacity", member, unit, {"before": was_capacity, "after": capacity})
    for member in session.deleted:
        unit = _unit_of(session, member)
        if unit is not None and member.state == ACTIVE:
            _record("unit.member.remove", member, unit, {"capacity": member.capacity})
    record_structure_changes(session)


def _structure(extras: Any) -> dict[str, Any]:
    return {key: (extras or {}).get(key) for key in STRUCTURE}


def record_structure_changes(session: Session) -> None:
    """A unit created, or its type or parent changed (the organization's ``extras`` history)."""
    for group in session.new:
        if isinstance(group, model.Group) and group.is_organization:
            details = {"unit": group.name, "before": None, "after": _structure(group.extras)}
            log.record("unit.structure", "organization", group.id, unit=group.id, details=details)
    for group in session.dirty:
        if not isinstance(group, model.Group) or not group.is_organization:
            continue
        was, now = _before_and_after(group, "extras")
        if _structure(was) != _structure(now):
            details = {"unit": group.name, "before": _structure(was), "after": _structure(now)}
            log.record("unit.structure", "organization", group.id, unit=group.id, details=details)
