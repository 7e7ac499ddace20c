"""PPID units, the roles of a Pemda's PPID structure, and Indonesia's time zones."""

from __future__ import annotations

from dataclasses import dataclass

from ckanext.ppid.law.confidence import Confidence
from ckanext.ppid.law.markers import N_

# Permendagri 3/2017 replaced Permendagri 35/2010; its article numbers on the structure were not read.
_PMDN = "Permendagri 3/2017 (pasal belum diverifikasi)"


@dataclass(frozen=True)
class UnitType:
    code: str
    label: str
    legal_basis: str
    confidence: Confidence


UNIT_TYPES = (
    UnitType("ppid_utama", N_("PPID Utama"), f"UU 14/2008 Ps 13; PP 61/2010 Ps 12; {_PMDN}", "S"),
    UnitType("opd", N_("PPID Pelaksana of a regional agency (OPD)"), _PMDN, "S"),
    UnitType("kecamatan", N_("PPID Pelaksana of a district (kecamatan)"), _PMDN, "S"),
    UnitType("kelurahan", N_("PPID Pelaksana of a sub-district (kelurahan)"), _PMDN, "M"),
    UnitType("upt", N_("PPID Pelaksana of a technical implementation unit (UPT)"), _PMDN, "M"),
)


@dataclass(frozen=True)
class Role:
    code: str
    label: str
    legal_basis: str
    confidence: Confidence


ROLES = (
    Role("pembina", N_("Supervisor (head of region)"), _PMDN, "M"),
    Role("atasan_ppid", N_("Atasan PPID (decides objections)"), f"UU 14/2008 Ps 35-36; {_PMDN}", "S"),
    Role("tim_pertimbangan", N_("Advisory team"), _PMDN, "S"),
    Role("ppid_utama", N_("PPID Utama"), f"PP 61/2010 Ps 12-14; {_PMDN}", "S"),
    Role("ppid_pelaksana", N_("PPID Pelaksana"), _PMDN, "S"),
    Role("petugas_layanan", N_("Information service officer"), _PMDN, "S"),
    Role("petugas_pdp", N_("Personal data protection officer"), "UU 27/2022 Ps 53-54", "C"),
)


@dataclass(frozen=True)
class TimeZone:
    code: str
    tz: str
    utc_offset: str
    label: str
    legal_basis: str
    confidence: Confidence


# No daylight saving. Deadlines are computed in the receiving body's zone ("zona waktu setempat",
# Perpres 21/2023). Asia/Pontianak is also WIB; one IANA name per zone is enough to compute with.
TIME_ZONES = (
    TimeZone("WIB", "Asia/Jakarta", "+07:00", N_("Western Indonesia Time"), "Keppres 41/1987", "M"),
    TimeZone("WITA", "Asia/Makassar", "+08:00", N_("Central Indonesia Time"), "Keppres 41/1987", "M"),
    TimeZone("WIT", "Asia/Jayapura", "+09:00", N_("Eastern Indonesia Time"), "Keppres 41/1987", "M"),
)
