"""Information disputes (sengketa informasi) as data: where they are heard, their stages and outcomes.

UU 14/2008 Ps 37-50 (docs/law.md, Disputes). The portal does not run these proceedings; it records them for
the applicant, the body and the annual report.
"""

from __future__ import annotations

from dataclasses import dataclass

from ckanext.ppid.law.confidence import Confidence
from ckanext.ppid.law.markers import N_


@dataclass(frozen=True)
class Forum:
    code: str
    label: str
    legal_basis: str
    confidence: Confidence
    # A court (after adjudication) rather than a Komisi Informasi.
    court: bool = False


FORUMS = (
    Forum("ki_pusat", N_("Central Information Commission"), "UU 14/2008 Ps 26(2)(b), 27(2)", "C"),
    # Kab/kota bodies without a KI of their own go to the provincial KI in practice [S].
    Forum("ki_provinsi", N_("Provincial Information Commission"), "UU 14/2008 Ps 27(3)", "C"),
    Forum("ki_kabupaten_kota", N_("Regency or city Information Commission"), "UU 14/2008 Ps 27(4)", "C"),
    Forum("ptun", N_("State Administrative Court (PTUN)"), "UU 14/2008 Ps 47(1)", "C", court=True),
    Forum("pn", N_("District Court (PN)"), "UU 14/2008 Ps 47(2)", "C", court=True),
    Forum("mahkamah_agung", N_("Supreme Court (cassation)"), "UU 14/2008 Ps 50", "C", court=True),
)


@dataclass(frozen=True)
class Stage:
    code: str
    label: str
    legal_basis: str
    confidence: Confidence


STAGES = (
    Stage(
        "didaftarkan", N_("Registered at the Information Commission"), "UU 14/2008 Ps 37; Perki 1/2013", "C2"
    ),
    Stage("mediasi", N_("Mediation"), "UU 14/2008 Ps 39-41", "C"),
    Stage("ajudikasi", N_("Adjudication"), "UU 14/2008 Ps 42-46", "C"),
    Stage("putusan", N_("Decided, open to appeal"), "UU 14/2008 Ps 46, 48(1), 50", "C"),
    Stage("pengadilan", N_("Court (PTUN or PN)"), "UU 14/2008 Ps 47-49", "C"),
    Stage("kasasi", N_("Cassation at the Supreme Court"), "UU 14/2008 Ps 50", "C"),
    Stage("selesai", N_("Final"), "UU 14/2008 Ps 39, 46, 50", "C"),
)


@dataclass(frozen=True)
class Result:
    code: str
    label: str
    legal_basis: str
    confidence: Confidence
    # The information must be given: the register item it concerns opens (register status dibuka_putusan).
    opens_information: bool = False
    # Only mediation reaches it.
    by_mediation: bool = False


RESULTS = (
    Result(
        "kesepakatan_mediasi",
        N_("Settled by mediation (final and binding)"),
        "UU 14/2008 Ps 39",
        "C",
        by_mediation=True,
    ),
    Result("dibuka_seluruhnya", N_("Information to be given in full"), "UU 14/2008 Ps 46(1)(a)", "C", True),
    Result("dibuka_sebagian", N_("Information to be given in part"), "UU 14/2008 Ps 46(1)(a)", "C", True),
    Result("penolakan_dikuatkan", N_("Refusal upheld"), "UU 14/2008 Ps 46(1)(b)", "C"),
    Result(
        "perintah_kewajiban",
        N_("PPID ordered to meet its duties, deadlines or costs"),
        "UU 14/2008 Ps 46(2)",
        "C",
    ),
    Result("tidak_diterima", N_("Application not admissible"), "Komisi Informasi practice", "S"),
    Result("dicabut", N_("Withdrawn by the applicant"), "Komisi Informasi practice", "S"),
)
_FORUMS = {entry.code: entry for entry in FORUMS}
_RESULTS = {entry.code: entry for entry in RESULTS}


def forum(code: str) -> Forum:
    """The forum with this code; KeyError if there is none."""
    return _FORUMS[code]


def result(code: str) -> Result:
    """The dispute result with this code; KeyError if there is none."""
    return _RESULTS[code]
