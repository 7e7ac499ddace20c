"""Who may read the lists of cases: the work queues, the public request register and the statistics.

- The request work queue: the staff of a unit (its admins and editors) see the open requests their units
  have; the PPID Utama's staff and sysadmins see every unit's (``units.access.staff_role``).
- The objection queue: the Atasan PPID (the role ``atasan_ppid``) and the PPID Utama's staff.
- The public request register and the service statistics (docs/personal-data.md): anyone, anonymous
  visitors included; they carry no personal data.
"""

from __future__ import annotations

from typing import Any

from ckanext.ppid.authorization import personas
from ckanext.ppid.authorization.answers import may
from ckanext.ppid.law.markers import N_
from ckanext.ppid.requests import access
from ckanext.ppid.requests.core.machine import UTAMA
from ckanext.ppid.shell.auth_answers import allowed, anyone, user_of

NOT_STAFF = N_("Only the staff of a PPID unit see the work queue.")
NOT_ATASAN = N_("Only the Atasan PPID and the PPID Utama's staff see the objections awaiting a decision.")


def queue_units(user: Any) -> frozenset[str] | None:
    """The units whose open requests ``user`` works on: None for every unit (PPID Utama, sysadmins)."""
    if access.staff_role(user, set()) == UTAMA:
        return None
    user_obj = personas.logged_in(user)
    if user_obj is None:
        return frozenset()
    capacities = personas.capacities_of(user_obj)
    return frozenset(unit for unit, capacity in capacities.items() if capacity in personas.STAFF_CAPACITIES)


def sees_objection_queue(user: Any) -> bool:
    """The Atasan PPID decides objections; the PPID Utama's staff (and sysadmins) follow them."""
    return may("objection.queue", user)


def ppid_request_queue(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    return allowed(access.is_staff_anywhere(user_of(context)), NOT_STAFF)


def ppid_objection_queue(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    return allowed(sees_objection_queue(user_of(context)), NOT_ATASAN)


AUTH = {
    "ppid_request_queue": ppid_request_queue,
    "ppid_request_queue_units": ppid_request_queue,
    "ppid_objection_queue": ppid_objection_queue,
    "ppid_request_register_list": anyone,
    "ppid_request_statistics": anyone,
    "ppid_request_years": anyone,
}
