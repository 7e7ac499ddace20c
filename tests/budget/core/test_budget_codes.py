"""Budget codes (levels, parents, shapes) and the spending groups and types as data."""

from __future__ import annotations

import pytest

from ckanext.ppid.budget.core import codes, spending


@pytest.mark.parametrize(
    ("code", "level", "parent"),
    [
        ("2", codes.URUSAN, None),
        ("2.16", codes.BIDANG_URUSAN, "2"),
        ("2.16.01", codes.PROGRAM, "2.16"),
        ("2.16.01.2.01", codes.KEGIATAN, "2.16.01"),
        ("2.16.01.2.01.0001", codes.SUB_KEGIATAN, "2.16.01.2.01"),  # current SIPD: 4 digits
        ("1.01.01.2.01.01", codes.SUB_KEGIATAN, "1.01.01.2.01"),  # the original annex: 2 digits
        ("X.XX.01", codes.PROGRAM, "X.XX"),  # cross-cutting support program
    ],
)
def test_program_chain_codes_have_a_level_and_a_parent(code, level, parent):
    assert codes.program_level(code) == level
    assert codes.parent(code) == parent
    assert codes.classify(code)[0] == "program"


@pytest.mark.parametrize(
    ("code", "chain"),
    [
        ("5.1.02", ("5", "5.1", "5.1.02")),
        ("5.1.02.01.01.0001", ("5", "5.1", "5.1.02", "5.1.02.01", "5.1.02.01.01", "5.1.02.01.01.0001")),
        ("5.1.02.01.001.00024", ("5", "5.1", "5.1.02", "5.1.02.01", "5.1.02.01.001", "5.1.02.01.001.00024")),
    ],
)
def test_accounts_in_both_numberings_have_their_ancestors(code, chain):
    assert codes.rekening_chain(code) == chain
    assert codes.classify(code) == ("rekening", chain)
    assert codes.parent(code) == chain[-2]


def test_organisation_codes_are_recognised():
    assert codes.classify("2.16.2.20.2.21.01.0000") == ("skpd", ("2.16.2.20.2.21.01.0000",))
    assert codes.parent("2.16.2.20.2.21.01.0000") is None


@pytest.mark.parametrize("code", ["2.1", "2.16.1", "1.01.01.2.01.001", "5.1.2", "abc", "0", "2.16.01.2"])
def test_codes_of_no_known_shape_are_not_classified(code):
    assert codes.classify(code) is None


def test_a_lone_digit_in_a_mixed_code_column_is_an_urusan():
    assert codes.classify("5") == ("program", ("5",))
    assert codes.rekening_chain("5") == ("5",)


def test_codes_are_normalised_as_typed():
    assert codes.normalise(" 2.16. 01 .") == "2.16.01"
    assert codes.normalise("x.xx.01") == "X.XX.01"


def test_placeholders_stand_for_any_urusan_and_bidang():
    assert codes.same_code("X.XX.01", "2.16.01")
    assert not codes.same_code("2.16.01", "2.17.01")
    assert not codes.same_code("2.16", "2.16.01")


@pytest.mark.parametrize(
    ("name", "code", "group"),
    [
        ("Pegawai", "5.1.01", "operasi"),
        ("Barang dan Jasa", "5.1.02", "operasi"),
        ("Belanja Barang & Jasa", "5.1.02", "operasi"),
        ("Hibah", "5.1.05", "operasi"),
        ("Bantuan Sosial", "5.1.06", "operasi"),
        ("Belanja Modal", "5.2", "modal"),
        ("Belanja Tidak Terduga", "5.3", "tidak_terduga"),
        ("Tak Terduga", "5.3", "tidak_terduga"),
        ("Belanja Transfer", "5.4", "transfer"),
        ("Belanja Modal Peralatan dan Mesin", "5.2.02", "modal"),
    ],
)
def test_spending_names_give_their_account_and_group(name, code, group):
    found = spending.by_name(name)
    assert (found.code, found.group) == (code, group)


def test_every_spending_type_lies_in_its_group():
    for spending_type in spending.TYPES:
        assert spending.group_of_account(spending_type.code) == spending_type.group
        assert codes.rekening_chain(spending_type.code) is not None


@pytest.mark.parametrize(
    ("text", "group"),
    [
        ("Belanja Operasi", "operasi"),
        ("modal", "modal"),
        ("tidak_terduga", "tidak_terduga"),
        ("5.4", "transfer"),
    ],
)
def test_spending_group_cells_are_read(text, group):
    assert spending.group_value(text) == group


def test_accounts_outside_spending_have_no_group():
    assert spending.group_of_account("4.1.01") is None
    assert spending.group_value("Pegawai") is None  # a type, not a group
