"""Immediate information (serta-merta): the kinds of threat a body must announce without delay."""

from __future__ import annotations

from dataclasses import dataclass

from ckanext.ppid.law.confidence import Confidence
from ckanext.ppid.law.markers import N_

# UU 14/2008 Ps 10 sets the duty; the list of kinds is Perki 1/2021 as quoted by PPID pages (docs/law.md).
_BASIS = "UU 14/2008 Ps 10; Perki 1/2021 Ps 25 (kinds as quoted by SRC-SM)"


@dataclass(frozen=True)
class SertaMertaKind:
    code: str
    label: str
    legal_basis: str
    confidence: Confidence
    description: str


SERTA_MERTA_KINDS = (
    SertaMertaKind(
        "bencana_alam",
        N_("Natural disaster"),
        _BASIS,
        "C2",
        N_("Drought, forest fires, crop pests and diseases, epidemics, outbreaks, space events"),
    ),
    SertaMertaKind(
        "bencana_nonalam",
        N_("Non-natural disaster"),
        _BASIS,
        "C2",
        N_("Industrial or technological failure, nuclear explosion, environmental pollution"),
    ),
    SertaMertaKind(
        "bencana_sosial",
        N_("Social disaster"),
        _BASIS,
        "C2",
        N_("Riots, conflict between groups or communities, terror"),
    ),
    SertaMertaKind(
        "penyakit_menular",
        N_("Contagious disease"),
        _BASIS,
        "C2",
        N_("Type, spread and source areas of a potentially contagious disease"),
    ),
    SertaMertaKind(
        "racun_makanan",
        N_("Poison in food"),
        _BASIS,
        "C2",
        N_("Poisons in food consumed by the public"),
    ),
    SertaMertaKind(
        "gangguan_utilitas",
        N_("Planned disruption of public utilities"),
        _BASIS,
        "C2",
        N_("Planned interruptions of water, electricity and other public utilities"),
    ),
)
_BY_CODE = {entry.code: entry for entry in SERTA_MERTA_KINDS}


def serta_merta_kind(code: str) -> SertaMertaKind:
    """The kind with this code; KeyError if there is none."""
    return _BY_CODE[code]
