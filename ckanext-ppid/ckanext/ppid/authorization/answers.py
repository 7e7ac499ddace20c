"""May this user do that to this object? The table's answer for a user, a unit and a request."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from ckanext.ppid.authorization import personas as personas_of
from ckanext.ppid.authorization.table import Persona, permits


def case_units(case: Any) -> set[str]:
    """The units a request belongs to: the one it was filed with and the one handling it now."""
    return {unit for unit in (case.unit_id, case.current_unit_id) if unit}


def case_personas(user: Any, case: Any) -> set[Persona]:
    """What ``user`` is to the request ``case``."""
    applicant = case.applicant
    return personas_of.personas(user, case_units(case), applicant.user_id if applicant is not None else None)


def may(rule: str, user: Any, units: Collection[str] | None = None) -> bool:
    """Whether ``user`` holds ``rule`` on an object of ``units`` (None: on no object in particular)."""
    return permits(rule, personas_of.personas(user, units))


def may_on_case(rule: str, user: Any, case: Any) -> bool:
    """Whether ``user`` holds ``rule`` on the request ``case`` (or on its objections and disputes)."""
    return permits(rule, case_personas(user, case), personas_of.case_facts(case))
