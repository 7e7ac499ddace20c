"""The audit log: every state change, and every read of personal data or withheld files, append-only.

Two ways in, with the same arguments:

- :func:`record` for a **change**. The event joins the change's database transaction and is written when
  that transaction commits: a committed change always has its event, a change rolled back (or a savepoint
  rolled back) leaves none. Call it before or after making the change, within the same transaction.
- :func:`record_access` for a **read**. The event is written and committed at once, in a transaction of
  its own, before the data is handed out; if it cannot be written, the read fails.

``action`` is a dotted lower-case code (``role.grant``, ``register.item.update``,
``request.personal_data.read``); ``object_type`` and ``object_id`` name what it is about, ``unit`` the PPID
unit concerned (organization id or name), ``details`` a JSON object (for a change, e.g.
``{"changes": {field: {"before": ..., "after": ...}}}``).
``actor`` is a user (name, id or object); by default the logged-in user of the current request, an
anonymous visitor's request is recorded with an empty name, and work outside any request (commands, jobs)
is recorded as the site user.

PostgreSQL keeps the log append-only and chains each event to the one before it (migration b5e1f0a7c3d2);
:func:`verify` walks the chain. Events are only ever inserted at commit, after the change itself is
flushed, so the chain's lock is the last one a transaction takes and is held only while it commits.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import sqlalchemy as sa
from ckan import model
from ckan.plugins import toolkit as tk
from flask import has_request_context, request
from sqlalchemy.orm import Session, SessionTransaction

from ckanext.ppid.audit.model import audit_event

ACTION_CODE = re.compile(r"[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+")
USER_AGENT_LENGTH = 500
PENDING = "ppid_audit_pending"


@dataclass(frozen=True)
class _Pending:
    """An event waiting for its transaction's commit, and the (sub)transaction it was recorded in."""

    row: dict[str, Any]
    transaction: SessionTransaction


def record(
    action: str,
    object_type: str,
    object_id: str,
    unit: str | None = None,
    details: dict[str, Any] | None = None,
    actor: Any = None,
) -> None:
    """Record a change; the event is written when the current transaction commits, or never."""
    row = _row(action, object_type, object_id, unit, details, actor)
    session = model.Session()
    transaction = session.get_nested_transaction() or session.get_transaction() or session.begin()
    session.info.setdefault(PENDING, []).append(_Pending(row, transaction))


def record_access(
    action: str,
    object_type: str,
    object_id: str,
    unit: str | None = None,
    details: dict[str, Any] | None = None,
    actor: Any = None,
) -> None:
    """Record a read now, committed on its own, whatever becomes of the current transaction."""
    row = _row(action, object_type, object_id, unit, details, actor)
    with model.ensure_engine().begin() as connection:
        connection.execute(audit_event.insert().values(**row))


def _row(
    action: str, object_type: str, object_id: str, unit: str | None, details: dict | None, actor: Any
) -> dict[str, Any]:
    if not ACTION_CODE.fullmatch(action or ""):
        raise ValueError(f"audit action {action!r} is not a dotted lower-case code")
    actor_id, actor_name = _actor(actor)
    ip_address, user_agent = _origin()
    return {
        "occurred_at": dt.datetime.now(dt.timezone.utc),
        "actor_id": actor_id,
        "actor_name": actor_name,
        "action": action,
        "object_type": object_type,
        "object_id": str(object_id),
        "unit_id": _unit_id(unit),
        # Dates and other values JSON has no type for are kept as their text.
        "details": json.loads(json.dumps(details or {}, default=str)),
        "ip_address": ip_address,
        "user_agent": user_agent,
    }


def _actor(actor: Any) -> tuple[str | None, str]:
    if actor:
        user = actor if isinstance(actor, model.User) else model.User.get(str(actor))
        return (user.id, user.name) if user else (None, str(actor))
    if has_request_context():
        current = tk.current_user
        return (current.id, current.name) if current.is_authenticated else (None, "")
    site_id = tk.config.get("ckan.site_id")
    site_user = model.User.get(site_id)
    return (site_user.id, site_user.name) if site_user else (None, site_id)


def _origin() -> tuple[str | None, str | None]:
    if not has_request_context():
        return None, None
    agent = request.headers.get("User-Agent")
    return request.remote_addr, agent[:USER_AGENT_LENGTH] if agent else None


def _unit_id(unit: str | None) -> str | None:
    if not unit:
        return None
    group = model.Group.get(unit)
    return group.id if group is not None else unit


# --------------------------------------------------------------------- the transaction of the change
@sa.event.listens_for(model.Session, "before_commit")
def _write_pending(session: Session) -> None:
    """Insert the events of the transaction (or savepoint) being committed, after its last flush."""
    session.flush()
    pending = session.info.pop(PENDING, None)
    for event in pending or ():
        session.execute(audit_event.insert().values(**event.row))


@sa.event.listens_for(model.Session, "after_soft_rollback")
def _discard_rolled_back(session: Session, previous_transaction: SessionTransaction) -> None:
    pending = session.info.get(PENDING)
    if pending:
        session.info[PENDING] = [
            event for event in pending if not _within(event.transaction, previous_transaction)
        ]


@sa.event.listens_for(model.Session, "after_transaction_end")
def _forget_at_end(session: Session, transaction: SessionTransaction) -> None:
    """A session closed without committing drops its events with its changes."""
    if transaction.parent is None:
        session.info.pop(PENDING, None)


def _within(transaction: SessionTransaction | None, outer: SessionTransaction) -> bool:
    while transaction is not None:
        if transaction is outer:
            return True
        transaction = transaction.parent
    return False


# ----------------------------------------------------------------------------------------- reading
@dataclass(frozen=True)
class Filters:
    """Which events to read; every filter is optional. ``since`` and ``until`` are inclusive."""

    actor: str | None = None
    action: str | None = None
    object_id: str | None = None
    unit_id: str | None = None
    since: dt.datetime | None = None
    until: dt.datetime | None = None


def _conditions(filters: Filters) -> list[Any]:
    column = audit_event.c
    conditions = []
    if filters.actor:
        conditions.append(sa.or_(column.actor_name == filters.actor, column.actor_id == filters.actor))
    if filters.action:
        # A prefix of whole segments: "register" finds "register.item.update", "reg" finds nothing.
        conditions.append(
            sa.or_(column.action == filters.action, sa.func.starts_with(column.action, filters.action + "."))
        )
    if filters.object_id:
        conditions.append(column.object_id == filters.object_id)
    if filters.unit_id:
        conditions.append(column.unit_id == filters.unit_id)
    if filters.since:
        conditions.append(column.occurred_at >= filters.since)
    if filters.until:
        conditions.append(column.occurred_at <= filters.until)
    return conditions


def search(filters: Filters, limit: int, offset: int = 0) -> tuple[int, list[dict[str, Any]]]:
    """The number of matching events and a page of them, newest first."""
    conditions = _conditions(filters)
    count = model.Session.execute(
        sa.select(sa.func.count()).select_from(audit_event).where(*conditions)
    ).scalar_one()
    rows = model.Session.execute(
        sa.select(audit_event)
        .where(*conditions)
        .order_by(audit_event.c.id.desc())
        .limit(limit)
        .offset(offset)
    )
    return count, [dict(row) for row in rows.mappings()]


# ------------------------------------------------------------------------------------ the chain
@dataclass(frozen=True)
class ChainCheck:
    """What :func:`verify` found: how many events, the last one's hash, and the first broken link."""

    count: int
    last_hash: str | None
    broken_at: int | None = None
    problem: str | None = None

    @property
    def intact(self) -> bool:
        return self.broken_at is None


# The hash function is the one the append trigger uses (see the migration).
CHAIN_QUERY = sa.text(
    "SELECT id, prev_hash, hash, ppid_audit_event_hash(event) FROM ppid_audit_event AS event ORDER BY id"
)


def verify() -> ChainCheck:
    """Recompute every event's hash and check that each links to the one before it."""
    with model.ensure_engine().connect() as connection:
        return check_chain(connection.execution_options(yield_per=1000).execute(CHAIN_QUERY))


def check_chain(rows: Iterable[tuple[int, str | None, str, str]]) -> ChainCheck:
    """Walk ``(id, prev_hash, hash, recomputed hash)`` rows in id order."""
    count, last_id, last_hash = 0, 0, None
    broken_at = problem = None
    for event_id, prev_hash, stored, recomputed in rows:
        count += 1
        if broken_at is None:
            if event_id != last_id + 1:
                problem = "the events before it are missing"
            elif prev_hash != last_hash:
                problem = "it does not link to the event before it"
            elif recomputed != stored:
                problem = "its content does not match its hash"
            if problem:
                broken_at = event_id
        last_id, last_hash = event_id, stored
    return ChainCheck(count, last_hash, broken_at, problem)
