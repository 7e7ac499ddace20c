from __future__ import annotations

import pytest

from ckanext.ppid.law import exemptions

SUB_GROUNDS = {"a": 5, "c": 7, "e": 7, "f": 4, "h": 5}


def test_every_pasal_17_code():
    expected = []
    for letter in "abcdefghij":
        expected.append(f"17.{letter}")
        expected += [f"17.{letter}.{n}" for n in range(1, SUB_GROUNDS.get(letter, 0) + 1)]
    assert [g.code for g in exemptions.GROUNDS] == expected
    assert exemptions.ground("17.h.3").parent == "17.h"
    assert exemptions.ground("17.b").parent is None


def test_grounds_with_sub_grounds_are_chosen_through_them():
    selectable = {g.code for g in exemptions.selectable_grounds()}
    assert not selectable & {"17.a", "17.c", "17.e", "17.f", "17.h"}
    assert {"17.a.1", "17.b", "17.d", "17.g", "17.h.5", "17.i", "17.j"} <= selectable
    assert len(selectable) == 33


@pytest.mark.parametrize(
    ("code", "rule", "basis"),
    [
        ("17.a.2", exemptions.AT_MOST_30_YEARS, "PP 61/2010 Ps 5"),
        ("17.b", exemptions.PER_LEGISLATION, "PP 61/2010 Ps 6"),
        ("17.c.4", exemptions.AS_LONG_AS_NEEDED_BY_HEAD, "PP 61/2010 Ps 7(1), 7(5)"),
        ("17.d", exemptions.AS_LONG_AS_NEEDED_BY_HEAD, "PP 61/2010 Ps 7(2), 7(5)"),
        ("17.e.1", exemptions.AS_LONG_AS_NEEDED_BY_HEAD, "PP 61/2010 Ps 7(3), 7(5)"),
        ("17.f.2", exemptions.AS_LONG_AS_NEEDED_BY_HEAD, "PP 61/2010 Ps 7(4), 7(5)"),
        ("17.g", exemptions.PER_LEGISLATION, "PP 61/2010 Ps 8(1)"),
        ("17.h.1", exemptions.AS_LONG_AS_NEEDED, "PP 61/2010 Ps 8(2)"),
        ("17.i", exemptions.PER_LEGISLATION, "PP 61/2010 Ps 9"),
    ],
)
def test_periods_of_pp_61_2010(code, rule, basis):
    ground = exemptions.ground(code)
    assert ground.period_rule == rule
    assert ground.period_basis == basis


def test_period_rules():
    assert exemptions.AT_MOST_30_YEARS.max_years == 30
    assert not exemptions.AT_MOST_30_YEARS.allows_as_long_as_needed
    assert exemptions.AS_LONG_AS_NEEDED_BY_HEAD.set_by_head
    assert exemptions.AS_LONG_AS_NEEDED.allows_as_long_as_needed
    assert not exemptions.PER_LEGISLATION.allows_as_long_as_needed


def test_17_j_period_is_an_inference_and_says_so():
    assert exemptions.ground("17.j").confidence == "M"


def test_consent_opens_only_17_g_and_17_h():
    opened = {g.code for g in exemptions.GROUNDS if g.consent_may_open}
    assert opened == {"17.g", "17.h", "17.h.1", "17.h.2", "17.h.3", "17.h.4", "17.h.5"}


def test_never_exempt_covers_every_letter_of_ps_18_1():
    letters = {kind.legal_basis.split("Ps 18(1)(")[1][0] for kind in exemptions.NEVER_EXEMPT}
    assert letters == set("abcdefg")
    for kind in exemptions.NEVER_EXEMPT:
        assert kind.keywords and all(k == k.lower().strip() for k in kind.keywords)


def test_unknown_ground():
    with pytest.raises(KeyError):
        exemptions.ground("17.k")
