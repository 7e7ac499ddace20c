"""What a request, an objection and a dispute are at a moment: their lifecycle status and their facts.

As in Froide, the lifecycle status (where the case is) is kept apart from its outcome (how it was answered:
``law.requests.OUTCOMES``, ``law.objections.DECISIONS``, ``law.disputes.RESULTS``); who may see a case is the
shell's business. Times are aware datetimes (the shell stores UTC); the clock reads them in the body's zone.
The shell builds these values from its tables, hands them to ``transitions`` and stores what comes back.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ckanext.ppid.law import disputes
from ckanext.ppid.law.basis import PRACTICE
from ckanext.ppid.law.confidence import Confidence
from ckanext.ppid.law.markers import N_


@dataclass(frozen=True)
class Status:
    code: str
    label: str
    legal_basis: str
    confidence: Confidence
    # Nothing more happens to the case (an objection or a dispute may still follow a closed request).
    final: bool = False


# docs/law.md [S]: the statuses are common practice, the events they follow are the law's.
REQUEST_STATUSES = (
    Status("diterima", N_("Received"), "UU 14/2008 Ps 22(4)", "C"),
    Status("verifikasi", N_("Checking the applicant's identity"), "UU 14/2008 Ps 1 angka 12; practice", "S"),
    Status("diproses", N_("Being processed"), "UU 14/2008 Ps 22(7)-(8)", "S"),
    Status("pemberitahuan_dikirim", N_("Written notice sent"), "UU 14/2008 Ps 22(7)", "C"),
    Status("selesai", N_("Closed"), PRACTICE, "S", final=True),
)
REQUEST_INITIAL = "diterima"
# The body still owes its written notice.
AWAITING_NOTICE = frozenset({"diterima", "verifikasi", "diproses"})

OBJECTION_STATUSES = (
    Status("diajukan", N_("Objection filed"), "UU 14/2008 Ps 35(1), 36(1)", "C"),
    Status("diregistrasi", N_("Objection registered"), "Perki 1/2021 objection register", "C2"),
    Status("ditanggapi", N_("Answered by the Atasan PPID"), "UU 14/2008 Ps 36(2)-(3)", "C"),
    Status("sengketa", N_("Taken to the Information Commission"), "UU 14/2008 Ps 37", "C", final=True),
    Status("selesai", N_("Closed"), PRACTICE, "S", final=True),
    Status("dicabut", N_("Withdrawn by the applicant"), PRACTICE, "S", final=True),
)
OBJECTION_INITIAL = "diajukan"
AWAITING_DECISION = frozenset({"diajukan", "diregistrasi"})

# A dispute's status is its stage (law/disputes.py).
DISPUTE_STATUSES = tuple(
    Status(stage.code, stage.label, stage.legal_basis, stage.confidence, final=stage.code == "selesai")
    for stage in disputes.STAGES
)
DISPUTE_INITIAL = "didaftarkan"

_STATUSES = {
    "permohonan": {entry.code: entry for entry in REQUEST_STATUSES},
    "keberatan": {entry.code: entry for entry in OBJECTION_STATUSES},
    "sengketa": {entry.code: entry for entry in DISPUTE_STATUSES},
}


def status(machine: str, code: str) -> Status:
    """The status ``code`` of ``machine`` (``permohonan``, ``keberatan``, ``sengketa``); KeyError if none."""
    return _STATUSES[machine][code]


@dataclass(frozen=True)
class Notice:
    """What a written notice states (UU 14/2008 Ps 22(7) a-g); which items it needs depends on the outcome."""

    held: bool | None = None  # (a) whether the body holds the information
    holder: str = ""  # (b) the body that holds it, when known
    reasons: str = ""  # (c) reasons for the answer
    exemption_grounds: tuple[str, ...] = ()  # (c) Pasal 17 codes (law.exemptions)
    register_items: tuple[str, ...] = ()  # (c) the exempted-register items the refusal rests on
    material: str = ""  # (d) the information to be given
    redactions: str = ""  # (e) what was blacked out and why
    delivery_method: str = ""  # (f) a cara_pengiriman code
    copy_format: str = ""  # (f) a format_salinan code; empty when the information is seen on site
    costs: int | None = None  # (g) in Rupiah; 0 when free
    payment_method: str = ""  # (g) how to pay, when there are costs
    documentation_due: dt.date | None = None  # when undocumented information will be documented
    published_at: str = ""  # where the information is already published


@dataclass(frozen=True)
class RequestCase:
    status: str
    received_at: dt.datetime
    unit: str
    outcome: str | None = None
    notice: Notice | None = None
    notice_sent_at: dt.datetime | None = None
    # When the applicant received the notice; the day it was sent when unknown (portal, e-mail).
    notice_received_at: dt.datetime | None = None
    extended_at: dt.datetime | None = None
    extension_reasons: str = ""
    delivered_at: dt.datetime | None = None
    closed_at: dt.datetime | None = None
    # When the scheduler recorded that the notice deadline passed unanswered.
    lapse_recorded_at: dt.datetime | None = None
    # Objection grounds already raised in an objection on this request.
    grounds_raised: frozenset[str] = frozenset()

    @property
    def notice_reached_applicant_at(self) -> dt.datetime | None:
        return self.notice_received_at or self.notice_sent_at


@dataclass(frozen=True)
class ObjectionCase:
    status: str
    received_at: dt.datetime
    grounds: tuple[str, ...]
    number: str = ""
    decision: str | None = None
    decision_reasons: str = ""
    decided_at: dt.datetime | None = None
    # When the applicant received the decision; the day it was given when unknown.
    decision_received_at: dt.datetime | None = None
    lapse_recorded_at: dt.datetime | None = None
    dispute_filed_at: dt.datetime | None = None

    @property
    def decision_reached_applicant_at(self) -> dt.datetime | None:
        return self.decision_received_at or self.decided_at


@dataclass(frozen=True)
class DisputeCase:
    status: str
    forum: str
    grounds: tuple[str, ...]
    filed_at: dt.datetime
    result: str | None = None
    decided_at: dt.datetime | None = None
    # The stage whose decision ``result`` is (mediasi, ajudikasi, pengadilan or kasasi).
    decided_stage: str | None = None
    court: str | None = None
