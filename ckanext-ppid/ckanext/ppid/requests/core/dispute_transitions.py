"""The dispute (sengketa) state machine: what the portal records of proceedings at the KI and the courts.

UU 14/2008 Ps 37-50. Mediation only for grounds b-g (Ps 40(2)); adjudication after failed mediation, or at
once for a refusal on exemption (Ps 42); a mediated agreement is final (Ps 39); an adjudication decision may
go to the PTUN or PN (Ps 47-48) and their decision to cassation (Ps 50). The applicant, the PPID Utama and
the Atasan PPID record the steps; deadlines of the Commission and the courts are theirs to enforce.
"""

from __future__ import annotations

from ckanext.ppid.law import disputes, objections
from ckanext.ppid.law.basis import PRACTICE
from ckanext.ppid.law.markers import N_
from ckanext.ppid.law.problems import Problem
from ckanext.ppid.requests.core.machine import (
    APPLICANT,
    ATASAN,
    SYSTEM,
    UTAMA,
    Effect,
    Guard,
    Moment,
    Params,
    Transition,
    Value,
    at_now,
    const,
    param,
    sets,
    text,
)
from ckanext.ppid.requests.core.states import DisputeCase

NO_MEDIABLE_GROUND = N_("Only grounds b to g can be mediated (UU 14/2008 Ps 40(2)).")
MEDIATION_FIRST = N_(
    "Adjudication follows failed mediation, except for a refusal on exemption (UU 14/2008 Ps 42)."
)
MISSING_RESULT = N_("Choose the decision's result.")
NOT_A_DECISION_RESULT = N_("{result} is not a result of a decision.")
NOT_APPEALABLE = N_(
    "Only an adjudication decision of the Information Commission goes to court (UU 14/2008 Ps 47)."
)
NOT_CASSABLE = N_("Only a PTUN or PN decision goes to cassation (UU 14/2008 Ps 50).")
MISSING_COURT = N_("Choose the court: PTUN for a state public body, PN otherwise (UU 14/2008 Ps 47).")
RECORDERS = frozenset({APPLICANT, UTAMA, ATASAN})
# Results a decision gives; a mediated agreement and a withdrawal are recorded by their own transitions.
DECISION_RESULTS = frozenset(
    entry.code for entry in disputes.RESULTS if not entry.by_mediation and entry.code != "dicabut"
)


def _all_mediable(dispute: DisputeCase) -> bool:
    return all(objections.ground(code).mediable for code in dispute.grounds)


def _mediation_guard(dispute: DisputeCase, now: Moment) -> Problem | None:
    mediable = any(objections.ground(code).mediable for code in dispute.grounds)
    return None if mediable else Problem(NO_MEDIABLE_GROUND)


def _adjudication_guard(dispute: DisputeCase, now: Moment) -> Problem | None:
    skips_mediation = dispute.status == "didaftarkan" and _all_mediable(dispute)
    return Problem(MEDIATION_FIRST) if skips_mediation else None


def _result_check(dispute: DisputeCase, params: Params, now: Moment) -> list[Problem]:
    code = text(params, "result")
    return (
        [] if code in DECISION_RESULTS else [Problem(NOT_A_DECISION_RESULT, {"result": code}, field="result")]
    )


def _court_check(dispute: DisputeCase, params: Params, now: Moment) -> list[Problem]:
    return [] if text(params, "court") in {"ptun", "pn"} else [Problem(MISSING_COURT, field="court")]


def _decided_at(stage: str, problem: str) -> Guard:
    """Allowed only after a decision taken at ``stage``."""
    return lambda dispute, now: None if dispute.decided_stage == stage else Problem(problem)


def _decision(result: Value) -> Effect:
    """Record a result, when and at which stage it was decided."""
    return sets(result=result, decided_at=at_now, decided_stage=lambda case, params, now: case.status)


DISPUTE_TRANSITIONS = (
    Transition(
        code="mulai_mediasi",
        label=N_("Mediation starts"),
        sources=frozenset({"didaftarkan"}),
        target="mediasi",
        roles=RECORDERS,
        legal_basis="UU 14/2008 Ps 38-40",
        guard=_mediation_guard,
    ),
    Transition(
        code="mulai_ajudikasi",
        label=N_("Adjudication starts"),
        sources=frozenset({"didaftarkan", "mediasi"}),
        target="ajudikasi",
        roles=RECORDERS,
        legal_basis="UU 14/2008 Ps 42",
        guard=_adjudication_guard,
    ),
    Transition(
        code="catat_kesepakatan",
        label=N_("Record the mediated agreement"),
        sources=frozenset({"mediasi"}),
        target="selesai",
        roles=RECORDERS,
        legal_basis="UU 14/2008 Ps 39",
        effect=_decision(const("kesepakatan_mediasi")),
    ),
    Transition(
        code="catat_putusan",
        label=N_("Record the decision"),
        sources=frozenset({"ajudikasi", "pengadilan", "kasasi"}),
        target="putusan",
        roles=RECORDERS,
        legal_basis="UU 14/2008 Ps 46, 49, 50",
        effect=_decision(param("result")),
        requires=(("result", MISSING_RESULT),),
        check=_result_check,
    ),
    Transition(
        code="ajukan_gugatan",
        label=N_("Record the appeal to court"),
        sources=frozenset({"putusan"}),
        target="pengadilan",
        roles=RECORDERS,
        legal_basis="UU 14/2008 Ps 47-48",
        effect=sets(court=param("court")),
        guard=_decided_at("ajudikasi", NOT_APPEALABLE),
        check=_court_check,
    ),
    Transition(
        code="ajukan_kasasi",
        label=N_("Record the cassation"),
        sources=frozenset({"putusan"}),
        target="kasasi",
        roles=RECORDERS,
        legal_basis="UU 14/2008 Ps 50",
        guard=_decided_at("pengadilan", NOT_CASSABLE),
    ),
    Transition(
        code="tetapkan_final",
        label=N_("Record that the decision is final"),
        sources=frozenset({"putusan"}),
        target="selesai",
        roles=RECORDERS | {SYSTEM},
        legal_basis="UU 14/2008 Ps 48(1), 50",
    ),
    Transition(
        code="cabut",
        label=N_("Record the withdrawal of the dispute"),
        sources=frozenset({"didaftarkan", "mediasi", "ajudikasi"}),
        target="selesai",
        roles=RECORDERS,
        legal_basis=PRACTICE,
        effect=_decision(const("dicabut")),
    ),
)
