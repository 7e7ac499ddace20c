"""The service standards a body must set and publish (Perki 1/2021 Ps 23(2)) and its announcement channels."""

from __future__ import annotations

from dataclasses import dataclass

from ckanext.ppid.law.confidence import Confidence
from ckanext.ppid.law.markers import N_


@dataclass(frozen=True)
class Standard:
    code: str
    label: str
    legal_basis: str
    confidence: Confidence


STANDARDS = (
    Standard("pengumuman", N_("Announcement standard"), "Perki 1/2021 Ps 23(2)", "C"),
    Standard("permintaan", N_("Request standard"), "Perki 1/2021 Ps 23(2)", "C"),
    Standard("keberatan", N_("Objection standard"), "Perki 1/2021 Ps 23(2)", "C"),
    Standard(
        "penetapan_pemutakhiran_dip",
        N_("Standard for establishing and updating the list of public information"),
        "Perki 1/2021 Ps 23(2)",
        "C",
    ),
    Standard("pendokumentasian", N_("Documentation standard"), "Perki 1/2021 Ps 23(2)", "C"),
    Standard("maklumat", N_("Service charter"), "Perki 1/2021 Ps 23(2), Ps 47-48", "C"),
    Standard("uji_konsekuensi", N_("Consequence test standard"), "Perki 1/2021 Ps 23(2), Ps 49", "C"),
)
_BY_CODE = {entry.code: entry for entry in STANDARDS}


def standard(code: str) -> Standard:
    """The service standard with this code; KeyError if there is none."""
    return _BY_CODE[code]


@dataclass(frozen=True)
class Channel:
    code: str
    label: str
    legal_basis: str
    confidence: Confidence


# Announcements must also be accessible to persons with disabilities, at least by audio, visual and/or
# braille (Ps 24), which the portal's pages meet through WCAG 2.1 AA.
ANNOUNCEMENT_CHANNELS = (
    Channel("papan_pengumuman", N_("Notice board"), "Perki 1/2021 Ps 24", "C"),
    Channel("laman_resmi", N_("Official website of the PPID or the body"), "Perki 1/2021 Ps 24", "C"),
    Channel("media_sosial", N_("Social media of the PPID or the body"), "Perki 1/2021 Ps 24", "C"),
    Channel("portal_satu_data", N_("Portal Satu Data Indonesia"), "Perki 1/2021 Ps 24", "C"),
    Channel("aplikasi", N_("Information technology applications"), "Perki 1/2021 Ps 24", "C"),
)
