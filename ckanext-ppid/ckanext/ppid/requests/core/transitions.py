"""The request state machine, and the entry to all three machines: what a role may do now, and doing it.

As in Alaveteli the machine lives in one place, out of models and views (``machine`` says how transitions
work; objections and disputes have their own modules). :func:`available` lists what a role may do on a
case now; :func:`apply` performs one transition and returns the new case, the event to append to the
case's history and, for an objection or a dispute, the case it opens, or raises
:class:`~ckanext.ppid.requests.core.machine.TransitionRefused`.

The PPID Utama may forward a request to a PPID Pelaksana of the same body (the clock keeps running); a
request for information another public body holds is answered by referral, a written notice saying who
holds it (Ps 22(7)(a)(b)).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

from ckanext.ppid.law import requests as law_requests
from ckanext.ppid.law.basis import PRACTICE
from ckanext.ppid.law.markers import N_
from ckanext.ppid.law.problems import Problem
from ckanext.ppid.requests.core import (
    clock,
    dispute_transitions,
    notice,
    objection_grounds,
    objection_transitions,
)
from ckanext.ppid.requests.core.clock import ClockSettings
from ckanext.ppid.requests.core.machine import (
    APPLICANT,
    PELAKSANA,
    PETUGAS,
    SYSTEM,
    UTAMA,
    Applied,
    Moment,
    Params,
    Transition,
    at_now,
    const,
    lapse,
    offered,
    param,
    perform,
    sets,
    text,
    withdrawal_check,
)
from ckanext.ppid.requests.core.states import (
    AWAITING_NOTICE,
    REQUEST_STATUSES,
    DisputeCase,
    Notice,
    ObjectionCase,
    RequestCase,
)

STAFF = frozenset({PELAKSANA, UTAMA})
DESK = STAFF | {PETUGAS}

MISSING_UNIT = N_("Choose the unit to forward the request to.")
SAME_UNIT = N_("The request is already with this unit.")
ALREADY_EXTENDED = N_("The request was already extended once: UU 14/2008 Ps 22(8) allows one extension.")
TOO_LATE_TO_EXTEND = N_("An extension must be decided by the notice deadline, {due}.")
MISSING_EXTENSION_REASONS = N_("Give the written reasons for the extension (UU 14/2008 Ps 22(8)).")
MISSING_HOLDER = N_("Name the public body that holds the information.")
NOTHING_TO_DELIVER = N_("Only granted information is handed over.")
MISSING_DELIVERED = N_("List the files or register items handed over.")
MUST_DELIVER = N_("Granted information is handed over, not closed without it.")
NO_GROUND = N_("No objection ground applies to this request today.")
MISSING_GROUNDS = N_("Choose at least one ground of objection.")
GROUND_NOT_AVAILABLE = N_("Ground {ground} does not apply to this request today.")


def _forward_check(case: RequestCase, params: Params, now: Moment) -> list[Problem]:
    return [Problem(SAME_UNIT, field="unit")] if text(params, "unit") == case.unit else []


def _extension_guard(case: RequestCase, now: Moment) -> Problem | None:
    if case.extended_at is not None:
        return Problem(ALREADY_EXTENDED)
    due = clock.notice_due(case, now.settings).due
    return Problem(TOO_LATE_TO_EXTEND, {"due": due}) if now.today > due else None


def _notice_check(case: RequestCase, params: Params, now: Moment) -> list[Problem]:
    return notice.problems(params.get("outcome"), params.get("notice") or Notice())


def _referral(case: RequestCase, params: Params, now: Moment) -> Notice:
    return Notice(held=False, holder=text(params, "holder"), reasons=text(params, "reasons"))


def _grants(case: RequestCase) -> bool:
    return case.outcome is not None and law_requests.outcome(case.outcome).grants


def _notice_due(case: RequestCase, now: Moment) -> dt.date:
    return clock.notice_due(case, now.settings).due


def _open_grounds(case: RequestCase, now: Moment) -> set[str]:
    return {entry.ground.code for entry in objection_grounds.available_grounds(case, now.settings, now.today)}


def _objection_check(case: RequestCase, params: Params, now: Moment) -> list[Problem]:
    grounds = params.get("grounds") or ()
    if not grounds:
        return [Problem(MISSING_GROUNDS, field="grounds")]
    open_ = _open_grounds(case, now)
    return [
        Problem(GROUND_NOT_AVAILABLE, {"ground": code}, field="grounds")
        for code in grounds
        if code not in open_
    ]


def _open_objection(case: RequestCase, params: Params, now: Moment) -> ObjectionCase:
    return ObjectionCase("diajukan", now.at, tuple(sorted(set(params["grounds"]))))


REQUEST_TRANSITIONS = (
    Transition(
        code="verifikasi",
        label=N_("Check the applicant's identity"),
        sources=frozenset({"diterima"}),
        target="verifikasi",
        roles=DESK,
        legal_basis="UU 14/2008 Ps 1 angka 12",
    ),
    Transition(
        code="proses",
        label=N_("Start processing"),
        sources=frozenset({"diterima", "verifikasi"}),
        target="diproses",
        roles=STAFF,
        legal_basis="UU 14/2008 Ps 22(7)",
    ),
    Transition(
        code="teruskan",
        label=N_("Forward to a PPID Pelaksana"),
        sources=AWAITING_NOTICE,
        target=None,
        roles=frozenset({UTAMA}),
        legal_basis="Permendagri 3/2017 (koordinasi oleh PPID Utama; pasal belum diverifikasi)",
        effect=sets(unit=param("unit")),
        requires=(("unit", MISSING_UNIT),),
        check=_forward_check,
    ),
    Transition(
        code="perpanjang",
        label=N_("Extend the deadline"),
        sources=AWAITING_NOTICE,
        target="diproses",
        roles=STAFF,
        legal_basis="UU 14/2008 Ps 22(8)",
        effect=sets(extended_at=at_now, extension_reasons=param("reasons")),
        guard=_extension_guard,
        requires=(("reasons", MISSING_EXTENSION_REASONS),),
    ),
    Transition(
        code="kirim_pemberitahuan",
        label=N_("Send the written notice"),
        sources=AWAITING_NOTICE,
        target="pemberitahuan_dikirim",
        roles=STAFF,
        legal_basis="UU 14/2008 Ps 22(7)",
        effect=sets(
            outcome=param("outcome"),
            notice=lambda case, params, now: params.get("notice") or Notice(),
            notice_sent_at=at_now,
        ),
        check=_notice_check,
    ),
    Transition(
        code="rujuk",
        label=N_("Refer to the public body that holds the information"),
        sources=AWAITING_NOTICE,
        target="pemberitahuan_dikirim",
        roles=STAFF,
        legal_basis="UU 14/2008 Ps 22(7)(a)(b)",
        effect=sets(outcome=const("tidak_dikuasai"), notice=_referral, notice_sent_at=at_now),
        requires=(("holder", MISSING_HOLDER),),
    ),
    Transition(
        code="serahkan_informasi",
        label=N_("Hand over the information"),
        sources=frozenset({"pemberitahuan_dikirim"}),
        target="selesai",
        roles=DESK,
        legal_basis="UU 14/2008 Ps 22(7)(d)(f)",
        effect=sets(delivered_at=at_now, closed_at=at_now),
        guard=lambda case, now: None if _grants(case) else Problem(NOTHING_TO_DELIVER),
        check=lambda case, params, now: (
            [] if params.get("items") else [Problem(MISSING_DELIVERED, field="items")]
        ),
    ),
    Transition(
        code="tutup",
        label=N_("Close the request"),
        sources=frozenset({"pemberitahuan_dikirim"}),
        target="selesai",
        roles=STAFF | {SYSTEM},
        legal_basis=PRACTICE,
        effect=sets(closed_at=at_now),
        guard=lambda case, now: Problem(MUST_DELIVER) if _grants(case) else None,
    ),
    Transition(
        code="batalkan",
        label=N_("Withdraw the request"),
        sources=AWAITING_NOTICE,
        target="selesai",
        roles=DESK | {APPLICANT},
        legal_basis=PRACTICE,
        effect=sets(outcome=const("dibatalkan_pemohon"), closed_at=at_now),
        check=withdrawal_check,
    ),
    lapse(
        N_("Record that the notice deadline passed unanswered"),
        AWAITING_NOTICE,
        "UU 14/2008 Ps 35(1)(c)",
        _notice_due,
    ),
    Transition(
        code="ajukan_keberatan",
        label=N_("Object to the Atasan PPID"),
        sources=frozenset(entry.code for entry in REQUEST_STATUSES),
        target=None,
        roles=DESK | {APPLICANT},
        legal_basis="UU 14/2008 Ps 35-36",
        effect=sets(grounds_raised=lambda case, params, now: case.grounds_raised | set(params["grounds"])),
        guard=lambda case, now: None if _open_grounds(case, now) else Problem(NO_GROUND),
        check=_objection_check,
        opens=_open_objection,
    ),
)

MACHINES: Mapping[type, tuple[Transition, ...]] = {
    RequestCase: REQUEST_TRANSITIONS,
    ObjectionCase: objection_transitions.OBJECTION_TRANSITIONS,
    DisputeCase: dispute_transitions.DISPUTE_TRANSITIONS,
}
Case = RequestCase | ObjectionCase | DisputeCase


def available(case: Case, role: str, at: dt.datetime, settings: ClockSettings) -> tuple[Transition, ...]:
    """The transitions ``role`` may take on ``case`` at ``at`` (parameters are checked by :func:`apply`)."""
    return offered(MACHINES[type(case)], case, Moment(at, role, settings))


def apply(
    case: Case, code: str, role: str, params: Params, at: dt.datetime, settings: ClockSettings
) -> Applied:
    """Take transition ``code`` on ``case`` as ``role`` at ``at``; raises ``TransitionRefused``."""
    return perform(MACHINES[type(case)], case, code, params, Moment(at, role, settings))
