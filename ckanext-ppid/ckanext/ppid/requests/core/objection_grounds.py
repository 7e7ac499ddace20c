"""Which Pasal 35(1) objection grounds apply to a request today, and until when the applicant may object.

UU 14/2008 Ps 36(1): the objection is filed within 30 working days of discovering the ground (D7). When a
ground is discovered is a question of fact the law leaves open; the days used here [M] are:

* a, f: the day the applicant received the written notice refusing (wholly or partly) or charging costs;
* b: periodic information not provided is a continuing failure, discovered again each day it lasts;
* c: the notice deadline (extended deadline when extended) passing without a written notice;
* d: the day the information was delivered, or the notice received when nothing was delivered yet;
* e: the day the notice was received that answers without the information (not held, not documented,
  not eligible), or that grants information not yet delivered;
* g: the day the late notice was received, or the late information delivered, whichever is later.

Ground c lapses once a (late) notice is sent: from then on ground g applies.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from ckanext.ppid.law import objections
from ckanext.ppid.law import requests as law_requests
from ckanext.ppid.law.markers import N_
from ckanext.ppid.law.objections import Ground
from ckanext.ppid.requests.core import clock
from ckanext.ppid.requests.core.clock import ClockSettings, DueDate
from ckanext.ppid.requests.core.states import RequestCase

GroundState = Literal["belum_berlaku", "terbuka", "lewat_waktu", "sudah_diajukan"]

OPEN = N_("You may object on this ground until {due}.")
# The reasons as the staff read them: the applicant is not "you" to them.
TO_STAFF = {OPEN: N_("The applicant may object on this ground until {due}.")}
WINDOW_PASSED = N_("The {n} working days to object on this ground ended on {due}.")
ALREADY_RAISED = N_("This ground was already raised in an objection on this request.")
WITHDRAWN = N_("The request was withdrawn.")
NOT_YET_A = N_("Applies once the request is refused, wholly or in part, on an Article 17 ground.")
NOT_YET_C = N_("Applies if the notice deadline, {due}, passes without a written notice.")
ANSWERED_C = N_("Does not apply: the written notice was sent.")
NOT_YET_D = N_("Applies once the request is answered with information.")
NOT_YET_E = N_("Applies once the request is answered without the information it asks for.")
NOT_YET_F = N_("Applies only when the written notice charges costs.")
NOT_YET_G = N_("Applies only when the notice or the information comes after the deadline, {due}.")
_NOT_YET = {
    objections.A: NOT_YET_A,
    objections.D: NOT_YET_D,
    objections.E: NOT_YET_E,
    objections.F: NOT_YET_F,
    objections.G: NOT_YET_G,
}


@dataclass(frozen=True)
class GroundStatus:
    """A ground of Ps 35(1) on one request today: whether it applies, why, and its objection window."""

    ground: Ground
    state: GroundState
    # An N_ msgid filled with ``params``.
    reason: str
    params: Mapping[str, Any] = field(default_factory=dict)
    window: DueDate | None = None

    @property
    def available(self) -> bool:
        return self.state == "terbuka"


def ground_statuses(case: RequestCase, settings: ClockSettings, today: dt.date) -> tuple[GroundStatus, ...]:
    """Every ground of Ps 35(1), in the law's order, as it stands for ``case`` on ``today``."""
    return tuple(_status(ground, case, settings, today) for ground in objections.GROUNDS)


def available_grounds(case: RequestCase, settings: ClockSettings, today: dt.date) -> tuple[GroundStatus, ...]:
    """The grounds the applicant may object on today."""
    return tuple(entry for entry in ground_statuses(case, settings, today) if entry.available)


def window_key(code: str) -> str:
    """The key of a ground's objection window among a case's due dates."""
    return f"{clock.OBJECTION_WINDOW}.{code}"


def open_windows(case: RequestCase, settings: ClockSettings, today: dt.date) -> dict[str, DueDate]:
    """The applicant's open objection windows, keyed by :func:`window_key`, to store with the due dates."""
    return {
        window_key(entry.ground.code): entry.window
        for entry in available_grounds(case, settings, today)
        if entry.window is not None
    }


def _status(ground: Ground, case: RequestCase, settings: ClockSettings, today: dt.date) -> GroundStatus:
    if case.outcome == "dibatalkan_pemohon":
        return GroundStatus(ground, "belum_berlaku", WITHDRAWN)
    if ground.code in case.grounds_raised:
        return GroundStatus(ground, "sudah_diajukan", ALREADY_RAISED)
    found = _discovery(ground.code, case, settings, today)
    if isinstance(found, GroundStatus):
        return found
    start, start_reason = found
    window = clock.count_from(
        window_key(ground.code), clock.OBJECTION_WINDOW, "pemohon", start, start_reason, settings
    )
    if today > window.due:
        return GroundStatus(
            ground, "lewat_waktu", WINDOW_PASSED, {"n": window.deadline.amount, "due": window.due}, window
        )
    return GroundStatus(ground, "terbuka", OPEN, {"due": window.due}, window)


def _discovery(
    code: str, case: RequestCase, settings: ClockSettings, today: dt.date
) -> tuple[dt.date, str] | GroundStatus:
    """Day 0 of the ground's window and why, or the ground's status when it does not apply."""
    ground = objections.ground(code)
    due = clock.notice_due(case, settings).due
    reached = case.notice_reached_applicant_at
    noticed = settings.local_day(reached) if reached else None
    sent = settings.local_day(case.notice_sent_at) if case.notice_sent_at else None
    delivered = settings.local_day(case.delivered_at) if case.delivered_at else None
    grants = case.outcome is not None and law_requests.outcome(case.outcome).grants

    def not_yet(reason: str) -> GroundStatus:
        return GroundStatus(ground, "belum_berlaku", reason, {"due": due})

    if code == objections.B:
        return today, clock.START_CONTINUING
    if code == objections.C:
        if sent is not None:
            return not_yet(ANSWERED_C)
        return (due, clock.START_NOTICE_LAPSED) if today > due else not_yet(NOT_YET_C)
    if noticed is None or sent is None:
        return not_yet(_NOT_YET[code])
    if code == objections.A:
        applies = case.outcome in law_requests.REFUSED_ON_EXEMPTION
        return (noticed, clock.START_NOTICE_RECEIVED) if applies else not_yet(NOT_YET_A)
    if code == objections.D:
        if not grants and case.outcome != "sudah_diumumkan":
            return not_yet(NOT_YET_D)
        return (delivered, clock.START_DELIVERED) if delivered else (noticed, clock.START_NOTICE_RECEIVED)
    if code == objections.E:
        applies = case.outcome in law_requests.NOT_FULFILLED or (grants and delivered is None)
        return (noticed, clock.START_NOTICE_RECEIVED) if applies else not_yet(NOT_YET_E)
    if code == objections.F:
        costs = case.notice.costs if case.notice else None
        return (noticed, clock.START_NOTICE_RECEIVED) if costs else not_yet(NOT_YET_F)
    late = [
        (day, reason)
        for day, reason, when in (
            (noticed, clock.START_NOTICE_RECEIVED, sent),
            (delivered, clock.START_DELIVERED, delivered),
        )
        if day is not None and when > due
    ]
    return max(late) if late else not_yet(NOT_YET_G)
