"""Who a user is to an object: the personas of :mod:`ckanext.ppid.authorization.table`, found once here.

An object belongs to units: a dataset to its owning unit, a request to the unit it was filed with and the
unit handling it now. ``units=None`` asks about no object at all (a page such as the work queue): then a
user is ``unit_admin``, ``unit_editor`` or ``unit_member`` if they are so in any unit. An empty set of
units is an object that no unit owns: nobody is its unit's staff.

Organization roles come from CKAN's member table (active rows only). Admins and editors of a unit above
the object's unit act on it too, as ``ckan.auth.roles_that_cascade_to_sub_groups`` has them do in CKAN;
plain members do not. The PPID Utama's staff are ``utama_admin`` / ``utama_editor`` whatever the object.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from typing import Any

from ckan import model

from ckanext.ppid.authorization.table import CASE_HAS_OBJECTION, Persona
from ckanext.ppid.units.model import RoleAssignment

PPID_UTAMA = "ppid_utama"
ATASAN_ROLE = "atasan_ppid"
ASSESSOR_ROLE = "penilai_komisi_informasi"
STAFF_CAPACITIES = ("admin", "editor")
_ROLE_PERSONAS = {ATASAN_ROLE: Persona.ATASAN, ASSESSOR_ROLE: Persona.ASSESSOR}
_UNIT_PERSONAS = {"admin": Persona.UNIT_ADMIN, "editor": Persona.UNIT_EDITOR, "member": Persona.UNIT_MEMBER}
_UTAMA_PERSONAS = {"admin": Persona.UTAMA_ADMIN, "editor": Persona.UTAMA_EDITOR}


def user_object(user: Any) -> model.User | None:
    """A user given by name, id or object (CKAN passes any of them in contexts); None if there is none."""
    if user is None or user == "":
        return None
    if isinstance(user, model.User):
        return user
    if not isinstance(user, str):
        return None
    return model.User.get(user)


def logged_in(user: Any) -> model.User | None:
    """The user if they are logged in (an active account), else None."""
    user_obj = user_object(user)
    if user_obj is None or not user_obj.is_authenticated or user_obj.state != "active":
        return None
    return user_obj


def ppid_utama_ids() -> set[str]:
    """Ids of the active organizations whose unit type is the PPID Utama."""
    rows = model.Session.query(model.Group.id, model.Group.extras).filter(
        model.Group.is_organization.is_(True), model.Group.state == "active"
    )
    return {group_id for group_id, extras in rows if (extras or {}).get("jenis_unit") == PPID_UTAMA}


def capacities_of(user: model.User) -> dict[str, str]:
    """The user's capacity in each organization they are an active member of."""
    rows = (
        model.Session.query(model.Member.group_id, model.Member.capacity)
        .join(model.Group, model.Group.id == model.Member.group_id)
        .filter(
            model.Member.table_name == "user",
            model.Member.table_id == user.id,
            model.Member.state == "active",
            model.Group.state == "active",
            model.Group.is_organization.is_(True),
        )
    )
    return {group_id: capacity for group_id, capacity in rows}


def _with_ancestors(units: Iterable[str]) -> set[str]:
    lineage: set[str] = set()
    for unit_id in units:
        if not unit_id:
            continue
        lineage.add(unit_id)
        group = model.Group.get(unit_id)
        if group is not None:
            lineage.update(parent.id for parent in group.get_parent_group_hierarchy(type="organization"))
    return lineage


def personas(
    user: Any, units: Collection[str] | None = None, applicant_user_id: str | None = None
) -> set[Persona]:
    """What ``user`` is to an object of ``units`` (None: to no object) filed by ``applicant_user_id``."""
    user_obj = logged_in(user)
    if user_obj is None:
        return {Persona.ANONYMOUS}
    found = {Persona.CITIZEN}
    if user_obj.sysadmin:
        found.add(Persona.SYSADMIN)
    found.update(
        _ROLE_PERSONAS[role] for role in RoleAssignment.roles_of(user_obj.id) if role in _ROLE_PERSONAS
    )
    if applicant_user_id and applicant_user_id == user_obj.id:
        found.add(Persona.APPLICANT)
    capacities = capacities_of(user_obj)
    if not capacities:
        return found
    utama = ppid_utama_ids()
    found.update(
        _UTAMA_PERSONAS[c] for group, c in capacities.items() if group in utama and c in _UTAMA_PERSONAS
    )
    if units is None:
        found.update(
            _UNIT_PERSONAS[c] for group, c in capacities.items() if group not in utama and c in _UNIT_PERSONAS
        )
        return found
    own = set(units)
    above = _with_ancestors(own) - own - utama
    for group, capacity in capacities.items():
        if capacity not in _UNIT_PERSONAS:
            continue
        if group in own or (group in above and capacity in STAFF_CAPACITIES):
            found.add(_UNIT_PERSONAS[capacity])
        elif group not in utama and capacity in STAFF_CAPACITIES:
            found.add(Persona.OTHER_UNIT_STAFF)
    if found & {Persona.UNIT_ADMIN, Persona.UNIT_EDITOR}:
        found.discard(Persona.OTHER_UNIT_STAFF)
    return found


def case_facts(case: Any) -> set[str]:
    """What is true of a request that some cells of the table ask about."""
    return {CASE_HAS_OBJECTION} if case is not None and case.objections else set()
