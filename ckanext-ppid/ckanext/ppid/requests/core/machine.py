"""How a state machine of this package works: transitions, their guards and checks, events, refusals.

A transition names the statuses it leaves, the status it leads to (None: unchanged), the roles allowed, a
guard (what must hold of the case for it to be offered now), the text parameters it requires, a check of
its parameters, what it sets on the case, and the case it opens (an objection, a dispute). The machines
themselves are in ``transitions``, ``objection_transitions`` and ``dispute_transitions``.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from ckanext.ppid.law import requests as law_requests
from ckanext.ppid.law.markers import N_
from ckanext.ppid.law.problems import Problem, Refused
from ckanext.ppid.requests.core.clock import ClockSettings

APPLICANT = law_requests.APPLICANT.code
# The scheduled command (``ckan ppid ...``) acting on the clock.
SYSTEM = "sistem"
UTAMA, PELAKSANA, PETUGAS, ATASAN = "ppid_utama", "ppid_pelaksana", "petugas_layanan", "atasan_ppid"

Params = Mapping[str, Any]

UNKNOWN = N_("There is no action {transition} on this case.")
WRONG_STATUS = N_("This cannot be done while the case is in status {status}.")
ROLE_NOT_ALLOWED = N_("Your role may not do this: it is for {roles}.")
INVALID = N_("Correct the marked fields.")
MISSING_WITHDRAWAL = N_("Record how the applicant's withdrawal was received.")
NOT_LAPSED = N_("The deadline, {due}, has not passed.")
LAPSE_RECORDED = N_("The lapse of the deadline is already recorded.")
# The scheduled command records, once, that a deadline passed unanswered: on a request and on an objection.
LAPSE = "catat_batas_terlewati"


class TransitionRefused(Refused):
    """A transition the law or the machine does not allow; ``problems`` are the parameters to correct."""


@dataclass(frozen=True)
class Moment:
    """When a transition happens, who does it, and the body's clock."""

    at: dt.datetime
    role: str
    settings: ClockSettings

    @property
    def today(self) -> dt.date:
        return self.settings.local_day(self.at)


Guard = Callable[[Any, Moment], Problem | None]
Check = Callable[[Any, Params, Moment], list[Problem]]
Value = Callable[[Any, Params, Moment], Any]
Effect = Callable[[Any, Params, Moment], dict[str, Any]]


@dataclass(frozen=True)
class Transition:
    code: str
    label: str
    sources: frozenset[str]
    target: str | None
    roles: frozenset[str]
    legal_basis: str
    # The case's fields the transition sets, besides its status.
    effect: Effect | None = None
    guard: Guard | None = None
    # Text parameters that must not be blank, each with the msgid saying so.
    requires: tuple[tuple[str, str], ...] = ()
    check: Check | None = None
    # The objection or dispute the transition opens.
    opens: Value | None = None


@dataclass(frozen=True)
class Event:
    """One append-only entry of a case's history."""

    transition: str
    role: str
    at: dt.datetime
    status_before: str
    status_after: str
    params: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class Applied:
    """A transition done: the case after it, the event to record, and the case it opened, if any."""

    case: Any
    event: Event
    opened: Any = None


def text(params: Params, name: str) -> str:
    """A text parameter, stripped; empty when missing or not text."""
    value = params.get(name)
    return value.strip() if isinstance(value, str) else ""


def sets(**fields: Value) -> Effect:
    """An effect setting each named field of the case to what its function gives."""
    return lambda case, params, now: {name: value(case, params, now) for name, value in fields.items()}


def at_now(case: Any, params: Params, now: Moment) -> dt.datetime:
    return now.at


def param(name: str) -> Value:
    """The parameter ``name`` (stripped when it is text)."""
    return lambda case, params, now: text(params, name) if isinstance(params.get(name), str) else params[name]


def const(value: Any) -> Value:
    return lambda case, params, now: value


def withdrawal_check(case: Any, params: Params, now: Moment) -> list[Problem]:
    """Staff recording a withdrawal say how it came; the applicant's own withdrawal needs nothing."""
    if now.role == APPLICANT or text(params, "reasons"):
        return []
    return [Problem(MISSING_WITHDRAWAL, field="reasons")]


def lapse(
    label: str, sources: frozenset[str], legal_basis: str, due: Callable[[Any, Moment], dt.date]
) -> Transition:
    """The transition recording that the case's deadline, ``due(case, now)``, passed unanswered."""

    def guard(case: Any, now: Moment) -> Problem | None:
        if case.lapse_recorded_at is not None:
            return Problem(LAPSE_RECORDED)
        day = due(case, now)
        return None if now.today > day else Problem(NOT_LAPSED, {"due": day})

    return Transition(
        code=LAPSE,
        label=label,
        sources=sources,
        target=None,
        roles=frozenset({SYSTEM}),
        legal_basis=legal_basis,
        effect=sets(lapse_recorded_at=at_now),
        guard=guard,
    )


def offered(machine: tuple[Transition, ...], case: Any, now: Moment) -> tuple[Transition, ...]:
    """The transitions of ``machine`` the role of ``now`` may take on ``case`` now."""
    return tuple(
        entry
        for entry in machine
        if case.status in entry.sources
        and now.role in entry.roles
        and (entry.guard is None or entry.guard(case, now) is None)
    )


def perform(machine: tuple[Transition, ...], case: Any, code: str, params: Params, now: Moment) -> Applied:
    """Take transition ``code`` of ``machine`` on ``case``; raises :class:`TransitionRefused`."""
    entry = next((item for item in machine if item.code == code), None)
    if entry is None:
        raise TransitionRefused(UNKNOWN, transition=code)
    if case.status not in entry.sources:
        raise TransitionRefused(WRONG_STATUS, transition=code, status=case.status)
    if now.role not in entry.roles:
        raise TransitionRefused(ROLE_NOT_ALLOWED, transition=code, roles=", ".join(sorted(entry.roles)))
    blocked = entry.guard(case, now) if entry.guard else None
    if blocked is not None:
        raise TransitionRefused.because(blocked)
    problems = [Problem(message, field=name) for name, message in entry.requires if not text(params, name)]
    if not problems and entry.check is not None:
        problems = entry.check(case, params, now)
    if problems:
        raise TransitionRefused(INVALID, problems, transition=code)
    after = entry.target or case.status
    new = dataclasses.replace(case, status=after, **(entry.effect(case, params, now) if entry.effect else {}))
    event = Event(code, now.role, now.at, case.status, after, dict(params))
    return Applied(new, event, entry.opens(case, params, now) if entry.opens else None)
