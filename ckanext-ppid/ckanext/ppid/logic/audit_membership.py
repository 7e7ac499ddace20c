"""Audit events for who can act on a PPID unit: a user joining or leaving its organization, or changing role.

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

from ckanext.ppid import audit_log

ACTIVE = "active"


def listen() -> None:
    """Start recording (idempotent; the plugin calls it whenever it is loaded)."""
    if not sa.event.contains(model.Session, "after_flush", record_membership_changes):
        sa.event.listen(model.Session, "after_flush", record_membership_changes)


def _before_and_after(member: model.Member, attribute: str) -> tuple[Any, Any]:
    history = sa.inspect(member).attrs[attribute].history
    current = getattr(member, attribute)
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
    audit_log.record(action, "user", member.table_id, unit=unit.id, details=details)


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
