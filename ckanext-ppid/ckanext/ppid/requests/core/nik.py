"""Whether a NIK (Nomor Induk Kependudukan) is plausible: its format only, never a population lookup.

Layout (docs/personal-data.md, NIK [M]): 16 digits; 1-2 province, 3-4 regency or city, 5-6 district (the
region where the NIK was issued); 7-12 date of birth DDMMYY, with 40 added to the day for women; 13-16 a
serial. Province codes are the Kemendagri codes (not the BPS ones), including the Papua provinces formed in
2022 [S]. Querying Dukcapil needs an agreement (PKS) with Ditjen Dukcapil and is out of scope
(UU 27/2022 Ps 16).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ckanext.ppid.law.confidence import Confidence
from ckanext.ppid.law.markers import N_
from ckanext.ppid.law.problems import Problem

PROVINCES = {
    "11": "Aceh",
    "12": "Sumatera Utara",
    "13": "Sumatera Barat",
    "14": "Riau",
    "15": "Jambi",
    "16": "Sumatera Selatan",
    "17": "Bengkulu",
    "18": "Lampung",
    "19": "Kepulauan Bangka Belitung",
    "21": "Kepulauan Riau",
    "31": "DKI Jakarta",
    "32": "Jawa Barat",
    "33": "Jawa Tengah",
    "34": "DI Yogyakarta",
    "35": "Jawa Timur",
    "36": "Banten",
    "51": "Bali",
    "52": "Nusa Tenggara Barat",
    "53": "Nusa Tenggara Timur",
    "61": "Kalimantan Barat",
    "62": "Kalimantan Tengah",
    "63": "Kalimantan Selatan",
    "64": "Kalimantan Timur",
    "65": "Kalimantan Utara",
    "71": "Sulawesi Utara",
    "72": "Sulawesi Tengah",
    "73": "Sulawesi Selatan",
    "74": "Sulawesi Tenggara",
    "75": "Gorontalo",
    "76": "Sulawesi Barat",
    "81": "Maluku",
    "82": "Maluku Utara",
    "91": "Papua",
    "92": "Papua Barat",
    "93": "Papua Selatan",
    "94": "Papua Tengah",
    "95": "Papua Pegunungan",
    "96": "Papua Barat Daya",
}
PROVINCES_BASIS = "Kepmendagri 050-145/2022 on region codes, and later updates for the 2022 Papua provinces"
PROVINCES_CONFIDENCE: Confidence = "S"
LAYOUT_BASIS = "UU 24/2013 (Adminduk); layout from practice"
LAYOUT_CONFIDENCE: Confidence = "M"
# Women's birth day is stored as day + 40 (docs/personal-data.md, NIK).
FEMALE_DAY_OFFSET = 40

NOT_16_DIGITS = N_("A NIK has exactly 16 digits.")
UNKNOWN_PROVINCE = N_("A NIK starts with a province code; {code} is not one.")
ZERO_REGION = N_("Digits 3 to 6 of a NIK (regency and district) cannot be zero.")
BAD_BIRTH_DATE = N_("Digits 7 to 12 of a NIK are a date of birth (women: day + 40); {value} is not a date.")
ZERO_SERIAL = N_("The last 4 digits of a NIK cannot be 0000.")

_SEPARATORS = re.compile(r"[\s.\-]")
_DIGITS = re.compile(r"^\d{16}$")


@dataclass(frozen=True)
class NikParts:
    province: str
    regency: str
    district: str
    # The day and month of birth, and the last two digits of the year (the century is not in the NIK).
    birth_day: int
    birth_month: int
    birth_year_2: int
    female: bool
    serial: str


def normalise(value: str) -> str:
    """The NIK without the spaces, dots and dashes people type between its groups."""
    return _SEPARATORS.sub("", value or "")


def parts(nik: str) -> NikParts:
    """The fields of a 16-digit NIK (normalised); ValueError if it is not 16 digits."""
    nik = normalise(nik)
    if not _DIGITS.match(nik):
        raise ValueError(NOT_16_DIGITS)
    day = int(nik[6:8])
    return NikParts(
        nik[0:2],
        nik[2:4],
        nik[4:6],
        day - FEMALE_DAY_OFFSET if day > FEMALE_DAY_OFFSET else day,
        int(nik[8:10]),
        int(nik[10:12]),
        day > FEMALE_DAY_OFFSET,
        nik[12:16],
    )


def _real_date(day: int, month: int, year_2: int) -> bool:
    """A real date in 19YY or 20YY (29 February of 2000 and of 1900 differ)."""
    for century in (1900, 2000):
        try:
            dt.date(century + year_2, month, day)
        except ValueError:
            continue
        return True
    return False


def problems(value: str) -> list[Problem]:
    """What makes ``value`` an implausible NIK; empty when it is plausible."""
    nik = normalise(value)
    if not _DIGITS.match(nik):
        return [Problem(NOT_16_DIGITS, field="nik")]
    found = parts(nik)
    result = []
    if found.province not in PROVINCES:
        result.append(Problem(UNKNOWN_PROVINCE, {"code": found.province}, field="nik"))
    if found.regency == "00" or found.district == "00":
        result.append(Problem(ZERO_REGION, field="nik"))
    if not _real_date(found.birth_day, found.birth_month, found.birth_year_2):
        result.append(Problem(BAD_BIRTH_DATE, {"value": nik[6:12]}, field="nik"))
    if found.serial == "0000":
        result.append(Problem(ZERO_SERIAL, field="nik"))
    return result
