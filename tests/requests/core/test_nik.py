"""NIK plausibility: 16 digits, a province code, non-zero region, a real birth date, a serial."""

from __future__ import annotations

import pytest

from ckanext.ppid.requests.core import nik

# Made-up numbers in valid shape: Kota Semarang, Kec. 01; born 17 August 1990, a woman's born 29 Feb 2000.
MAN = "3374011708900001"
WOMAN = "3374016902000002"


def _messages(value):
    return [problem.message for problem in nik.problems(value)]


def test_plausible_numbers_pass_with_their_parts():
    assert nik.problems(MAN) == [] and nik.problems(WOMAN) == []
    man = nik.parts(MAN)
    assert (man.province, man.regency, man.district, man.birth_day, man.birth_month, man.female) == (
        "33",
        "74",
        "01",
        17,
        8,
        False,
    )
    woman = nik.parts(WOMAN)
    assert (woman.birth_day, woman.birth_month, woman.birth_year_2, woman.female, woman.serial) == (
        29,
        2,
        0,
        True,
        "0002",
    )


def test_separators_people_type_are_ignored():
    assert nik.problems("3374 0117 0890 0001") == []
    assert nik.problems("33.74.01-170890-0001") == []


@pytest.mark.parametrize("value", ["", "337401170890000", "33740117089000011", "33740117O8900001", None])
def test_sixteen_digits(value):
    assert _messages(value) == [nik.NOT_16_DIGITS]


def test_province_codes_are_kemendagri_codes():
    assert _messages("9974011708900001") == [nik.UNKNOWN_PROVINCE]
    assert nik.problems("9974011708900001")[0].params == {"code": "99"}
    assert nik.problems("9601011708900001") == []  # Papua Barat Daya, formed in 2022
    assert nik.PROVINCES["92"] == "Papua Barat"


@pytest.mark.parametrize(
    "value",
    [
        "3300011708900001",  # regency 00
        "3374001708900001",  # district 00
    ],
)
def test_region_parts_are_not_zero(value):
    assert _messages(value) == [nik.ZERO_REGION]


@pytest.mark.parametrize(
    "birth",
    ["000190", "320190", "400190", "720190", "171390", "170090", "290201", "310490"],
)
def test_birth_date_must_be_real(birth):
    assert _messages(f"337401{birth}0001") == [nik.BAD_BIRTH_DATE]


def test_leap_day_of_a_leap_century_year_passes():
    assert nik.problems("3374012902000001") == []  # 29 Feb 2000
    assert nik.problems("3374012902960001") == []  # 29 Feb 1996


def test_serial_is_not_zero_and_problems_add_up():
    assert _messages("3374011708900000") == [nik.ZERO_SERIAL]
    assert _messages("0000003213990000") == [
        nik.UNKNOWN_PROVINCE,
        nik.ZERO_REGION,
        nik.BAD_BIRTH_DATE,
        nik.ZERO_SERIAL,
    ]
