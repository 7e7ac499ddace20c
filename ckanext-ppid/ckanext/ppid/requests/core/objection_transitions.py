"""The objection (keberatan) state machine: registration, the Atasan PPID's decision, the way to the KI.

UU 14/2008 Ps 35-37. The Atasan PPID answers within 30 working days (D8), with written reasons when
upholding (Ps 36(3)); the applicant may take the dispute to the Komisi Informasi within 14 working days of
the answer (D9) or, when none came, of the Atasan's deadline (D9b, Perki 1/2013 practice [C2]).
"""

from __future__ import annotations

import datetime as dt

from ckanext.ppid.law import disputes, objections
from ckanext.ppid.law.basis import PRACTICE
from ckanext.ppid.law.markers import N_
from ckanext.ppid.law.problems import Problem
from ckanext.ppid.requests.core import clock, states
from ckanext.ppid.requests.core.machine import (
    APPLICANT,
    ATASAN,
    PELAKSANA,
    PETUGAS,
    SYSTEM,
    UTAMA,
    Moment,
    Params,
    Transition,
    at_now,
    lapse,
    param,
    sets,
    text,
    withdrawal_check,
)
from ckanext.ppid.requests.core.states import DisputeCase, ObjectionCase

MISSING_NUMBER = N_("Enter the objection's registration number.")
MISSING_DECISION = N_("Choose the Atasan PPID's decision.")
UNKNOWN_DECISION = N_("{decision} is not a decision of the Atasan PPID.")
MISSING_DECISION_REASONS = N_("Upholding the PPID's decision needs written reasons (UU 14/2008 Ps 36(3)).")
NOT_MEDIABLE = N_("Only grounds b to g can be settled by deliberation (UU 14/2008 Ps 35(2)).")
DISPUTE_TOO_EARLY = N_(
    "A dispute can be filed after the Atasan PPID's response, or once its deadline, {due}, has passed."
)
DISPUTE_TOO_LATE = N_(
    "The {n} working days to take the dispute to the Information Commission ended on {due}."
)
MISSING_FORUM = N_("Choose the Information Commission the dispute is filed with.")
NOT_A_COMMISSION = N_("{forum} is not an Information Commission.")
WINDOW_OPEN = N_("The applicant may still take the dispute to the Information Commission until {due}.")


def _decision_check(objection: ObjectionCase, params: Params, now: Moment) -> list[Problem]:
    code = params.get("decision")
    if not code:
        return [Problem(MISSING_DECISION, field="decision")]
    decision = next((entry for entry in objections.DECISIONS if entry.code == code), None)
    if decision is None:
        return [Problem(UNKNOWN_DECISION, {"decision": code}, field="decision")]
    found = []
    if decision.reasons_required and not text(params, "reasons"):
        found.append(Problem(MISSING_DECISION_REASONS, field="reasons"))
    if decision.mediable_grounds_only and not all(objections.ground(g).mediable for g in objection.grounds):
        found.append(Problem(NOT_MEDIABLE, field="decision"))
    return found


def _due_dates(objection: ObjectionCase, now: Moment) -> dict[str, clock.DueDate]:
    return clock.objection_due_dates(objection, now.settings, now.today)


def _dispute_window(objection: ObjectionCase, now: Moment) -> clock.DueDate | None:
    found = _due_dates(objection, now)
    return found.get(clock.DISPUTE) or found.get(clock.DISPUTE_AFTER_LAPSE)


def _dispute_guard(objection: ObjectionCase, now: Moment) -> Problem | None:
    window = _dispute_window(objection, now)
    if window is None:
        return Problem(DISPUTE_TOO_EARLY, {"due": _due_dates(objection, now)[clock.DECISION].due})
    if now.today <= window.due:
        return None
    return Problem(DISPUTE_TOO_LATE, {"n": window.deadline.amount, "due": window.due})


def _forum_check(objection: ObjectionCase, params: Params, now: Moment) -> list[Problem]:
    code = text(params, "forum")
    if any(entry.code == code and not entry.court for entry in disputes.FORUMS):
        return []
    return [Problem(NOT_A_COMMISSION, {"forum": code}, field="forum")]


def _decision_due(objection: ObjectionCase, now: Moment) -> dt.date:
    return _due_dates(objection, now)[clock.DECISION].due


def _close_guard(objection: ObjectionCase, now: Moment) -> Problem | None:
    window = _dispute_window(objection, now)
    return Problem(WINDOW_OPEN, {"due": window.due}) if window and now.today <= window.due else None


def _open_dispute(objection: ObjectionCase, params: Params, now: Moment) -> DisputeCase:
    return DisputeCase(states.DISPUTE_INITIAL, text(params, "forum"), objection.grounds, now.at)


OBJECTION_TRANSITIONS = (
    Transition(
        code="registrasi",
        label=N_("Register the objection"),
        sources=frozenset({"diajukan"}),
        target="diregistrasi",
        roles=frozenset({PETUGAS, PELAKSANA, UTAMA, ATASAN, SYSTEM}),
        legal_basis="Perki 1/2021 objection register",
        effect=sets(number=param("number")),
        requires=(("number", MISSING_NUMBER),),
    ),
    Transition(
        code="tanggapi",
        label=N_("Decide on the objection"),
        sources=states.AWAITING_DECISION,
        target="ditanggapi",
        roles=frozenset({ATASAN}),
        legal_basis="UU 14/2008 Ps 36(2)-(3)",
        effect=sets(
            decision=param("decision"),
            decision_reasons=lambda case, params, now: text(params, "reasons"),
            decided_at=at_now,
        ),
        check=_decision_check,
    ),
    lapse(
        N_("Record that the Atasan PPID's deadline passed unanswered"),
        states.AWAITING_DECISION,
        "UU 14/2008 Ps 36(2)",
        _decision_due,
    ),
    Transition(
        code="ajukan_sengketa",
        label=N_("Take the dispute to the Information Commission"),
        sources=states.AWAITING_DECISION | {"ditanggapi"},
        target="sengketa",
        roles=frozenset({APPLICANT, PETUGAS, UTAMA, ATASAN}),
        legal_basis="UU 14/2008 Ps 37(2); Perki 1/2013",
        effect=sets(dispute_filed_at=at_now),
        guard=_dispute_guard,
        requires=(("forum", MISSING_FORUM),),
        check=_forum_check,
        opens=_open_dispute,
    ),
    Transition(
        code="terima_tanggapan",
        label=N_("Accept the Atasan PPID's decision"),
        sources=frozenset({"ditanggapi"}),
        target="selesai",
        roles=frozenset({APPLICANT, PETUGAS}),
        legal_basis="UU 14/2008 Ps 37(1)",
    ),
    Transition(
        code="tutup",
        label=N_("Close the objection"),
        sources=frozenset({"ditanggapi"}),
        target="selesai",
        roles=frozenset({SYSTEM, UTAMA}),
        legal_basis="UU 14/2008 Ps 37(2)",
        guard=_close_guard,
    ),
    Transition(
        code="cabut",
        label=N_("Withdraw the objection"),
        sources=states.AWAITING_DECISION,
        target="dicabut",
        roles=frozenset({APPLICANT, PETUGAS}),
        legal_basis=PRACTICE,
        check=withdrawal_check,
    ),
)
