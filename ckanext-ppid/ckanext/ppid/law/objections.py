"""Objections (keberatan) to the Atasan PPID as data: the Pasal 35(1) grounds and the Atasan's decisions.

UU 14/2008 Ps 35-36 (docs/law.md, Objections). Grounds b-g may be settled by deliberation (Ps 35(2)) and
mediated at the Komisi Informasi (Ps 40(2)); ground a (refusal on exemption) only by adjudication.
"""

from __future__ import annotations

from dataclasses import dataclass

from ckanext.ppid.law.confidence import Confidence
from ckanext.ppid.law.markers import N_


@dataclass(frozen=True)
class Ground:
    code: str
    letter: str
    label: str
    mediable: bool
    legal_basis: str
    confidence: Confidence


def _ground(letter: str, code: str, label: str, *, mediable: bool = True) -> Ground:
    basis = f"UU 14/2008 Ps 35(1) huruf {letter}" + ("; Ps 35(2), 40(2)" if mediable else "")
    return Ground(f"{letter}_{code}", letter, label, mediable, basis, "C")


GROUNDS = (
    _ground("a", "penolakan_ps17", N_("Request refused on an Article 17 exemption"), mediable=False),
    _ground("b", "berkala_tidak_disediakan", N_("Periodic information (Article 9) not provided")),
    _ground("c", "tidak_ditanggapi", N_("Request not responded to")),
    _ground("d", "tidak_sebagaimana_diminta", N_("Request answered but not as requested")),
    _ground("e", "tidak_dipenuhi", N_("Request not fulfilled")),
    _ground("f", "biaya_tidak_wajar", N_("Unreasonable costs charged")),
    _ground("g", "melebihi_waktu", N_("Information given later than the law allows")),
)
A, B, C, D, E, F, G = (entry.code for entry in GROUNDS)
_GROUNDS = {entry.code: entry for entry in GROUNDS}


def ground(code: str) -> Ground:
    """The objection ground with this code; KeyError if there is none."""
    return _GROUNDS[code]


@dataclass(frozen=True)
class Decision:
    """A decision of the Atasan PPID on an objection (putusan atasan)."""

    code: str
    label: str
    legal_basis: str
    confidence: Confidence
    # Ps 36(3): upholding the PPID's decision needs written reasons.
    reasons_required: bool = False
    # Ps 35(2): settlement by deliberation only where every ground is mediable (b-g).
    mediable_grounds_only: bool = False
    # The information must now be given: the register item it concerns opens (register status dibuka_putusan).
    opens_information: bool = False


# The list of decisions is practice [S]; the duty to give reasons when upholding is the law [C].
DECISIONS = (
    Decision(
        "menguatkan",
        N_("Uphold the PPID's decision"),
        "UU 14/2008 Ps 36(3) (reasons [C]); decision list [S]",
        "S",
        reasons_required=True,
    ),
    Decision(
        "membatalkan_perintah_memberikan",
        N_("Overturn the decision and order the information given"),
        "UU 14/2008 Ps 36; decision list [S]",
        "S",
        opens_information=True,
    ),
    Decision(
        "memerintahkan_kewajiban",
        N_("Order the PPID to meet its duties (deadline, costs, form)"),
        "UU 14/2008 Ps 36; decision list [S]",
        "S",
    ),
    Decision(
        "musyawarah_selesai",
        N_("Settled by deliberation"),
        "UU 14/2008 Ps 35(2); decision list [S]",
        "S",
        mediable_grounds_only=True,
    ),
)
_DECISIONS = {entry.code: entry for entry in DECISIONS}


def decision(code: str) -> Decision:
    """The Atasan PPID decision with this code; KeyError if there is none."""
    return _DECISIONS[code]
