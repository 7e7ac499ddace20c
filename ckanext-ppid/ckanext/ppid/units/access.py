"""Answers about the register and the roles ckanext-ppid adds, taken from the authorization table.

Who may do what is stated once, in :mod:`ckanext.ppid.authorization.table` (docs/authorization.md); who a
user is to an object is found once, in :mod:`ckanext.ppid.authorization.personas`. This module keeps the
questions the register's code asks:

- the files of exempted information in force are served only to the staff who handle the documents: the
  owning unit's admins and editors (and those of a unit above it), the PPID Utama's admins and editors,
  and sysadmins; never a plain member, the Atasan PPID or the Komisi Informasi assessor;
- the Atasan PPID (decides objections, UU 14/2008 Ps 35-36) and the assessor (monev) are roles granted by
  a sysadmin and kept in ``ppid_role_assignment``; they read the whole register, private items included.
"""

from __future__ import annotations

from typing import Any

from ckanext.ppid.authorization import personas
from ckanext.ppid.authorization.answers import may
from ckanext.ppid.authorization.personas import ppid_utama_ids, user_object
from ckanext.ppid.law.markers import N_
from ckanext.ppid.units.model import RoleAssignment

ATASAN_PPID = personas.ATASAN_ROLE
ASSESSOR = personas.ASSESSOR_ROLE
ROLE_LABELS = {
    ATASAN_PPID: N_("Atasan PPID (decides objections)"),
    ASSESSOR: N_("Komisi Informasi assessor (read-only)"),
}
PPID_UTAMA = personas.PPID_UTAMA
# Permission label of register items for the roles that read the whole register.
REGISTER_REVIEW_LABEL = "ppid-register-review"

__all__ = ["ppid_utama_ids", "user_object"]


def may_see_withheld_files(user: Any, owner_org: str | None) -> bool:
    """Whether ``user`` may see the files of a withheld item of ``owner_org`` (none: no unit's staff may)."""
    return may("register.withheld_files", user, {owner_org} if owner_org else set())


def administers_ppid_utama(user: Any) -> bool:
    """Sysadmins and the admins of the PPID Utama unit: they keep the body's calendar."""
    return may("calendar.keep", user)


def roles_of(user: Any) -> set[str]:
    user_obj = user_object(user)
    return RoleAssignment.roles_of(user_obj.id if user_obj else None)


def reads_whole_register(user: Any) -> bool:
    """Assessors and the Atasan PPID read every register item, private ones included."""
    return bool(roles_of(user) & {ASSESSOR, ATASAN_PPID})
