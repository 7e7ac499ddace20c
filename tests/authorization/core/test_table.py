"""The authorization table's answers, without CKAN: who holds what, vetoes, conditions."""

from __future__ import annotations

import pytest

from ckanext.ppid.authorization.table import (
    BY_NAME,
    CASE_HAS_OBJECTION,
    NEVER,
    PERSONAS,
    RULES,
    Persona,
    permits,
)

P = Persona


def test_rule_names_are_unique_and_every_rule_says_why():
    assert len(BY_NAME) == len(RULES)
    assert all(rule.covers and rule.why and rule.who for rule in RULES)


@pytest.mark.parametrize("persona", [P.UNIT_MEMBER, P.ATASAN, P.ASSESSOR, P.OTHER_UNIT_STAFF, P.CITIZEN])
def test_withheld_files_are_for_the_staff_who_handle_them_only(persona):
    assert not permits("register.withheld_files", {P.CITIZEN, persona})


@pytest.mark.parametrize("persona", [P.UNIT_ADMIN, P.UNIT_EDITOR, P.UTAMA_ADMIN, P.UTAMA_EDITOR, P.SYSADMIN])
def test_the_handling_staff_see_withheld_files(persona):
    assert permits("register.withheld_files", {P.CITIZEN, persona})


@pytest.mark.parametrize("rule", ["register.withheld_files", "request.personal_data", "audit.read"])
def test_an_assessor_given_a_staff_role_still_may_not(rule):
    assert permits(rule, {P.CITIZEN, P.UTAMA_EDITOR})
    assert not permits(rule, {P.CITIZEN, P.UTAMA_EDITOR, P.ASSESSOR})


def test_the_atasan_reads_personal_data_only_once_there_is_an_objection():
    assert not permits("request.personal_data", {P.CITIZEN, P.ATASAN})
    assert permits("request.personal_data", {P.CITIZEN, P.ATASAN}, {CASE_HAS_OBJECTION})
    assert permits("request.read", {P.CITIZEN, P.ATASAN})


def test_only_the_atasan_decides_objections_not_even_a_sysadmin():
    assert permits("objection.decide", {P.CITIZEN, P.ATASAN})
    assert not permits("objection.decide", {P.CITIZEN, P.SYSADMIN})


def test_anonymous_visitors_read_public_things_only():
    held = {rule.name for rule in RULES if permits(rule.name, {P.ANONYMOUS})}
    assert held == {"public.read"}


def test_units_are_restructured_only_by_the_ppid_utama_admins_and_sysadmins():
    holders = {persona for persona in PERSONAS if permits("unit.structure", {persona})}
    assert holders == {P.UTAMA_ADMIN, P.SYSADMIN}


def test_no_rule_grants_by_a_veto():
    for rule in RULES:
        for persona, cell in rule.who.items():
            if cell is NEVER:
                assert not permits(rule.name, {persona})
