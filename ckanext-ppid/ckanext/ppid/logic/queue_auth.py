"""Who may read the lists of cases: the work queues, the public request register and the statistics.

- The request work queue: the staff of a unit (its admins and editors) see the open requests their units
  have; the PPID Utama's staff and sysadmins see every unit's (``request_access.staff_role``).
- The objection queue: the Atasan PPID (the role ``atasan_ppid``) and the PPID Utama's staff.
- The public request register and the service statistics (kip-domain 15.5, 10): anyone, anonymous
  visitors included; they carry no personal data.
"""

from __future__ import annotations

from typing import Any

from ckan import model

from ckanext.ppid import access, request_access
from ckanext.ppid.logic.auth_answers import allowed, anyone, user_of
from ckanext.ppid.markers import N_
from ckanext.ppid.requests.machine import UTAMA

NOT_STAFF = N_("Only the staff of a PPID unit see the work queue.")
NOT_ATASAN = N_("Only the Atasan PPID and the PPID Utama's staff see the objections awaiting a decision.")


def queue_units(user: Any) -> frozenset[str] | None:
    """The units whose open requests ``user`` works on: None for every unit (PPID Utama, sysadmins)."""
    if request_access.staff_role(user, set()) == UTAMA:
        return None
    user_obj = access.user_object(user)
    if user_obj is None or not user_obj.is_authenticated:
        return frozenset()
    rows = model.Session.query(model.Member.group_id).filter(
        model.Member.table_name == "user",
        model.Member.table_id == user_obj.id,
        model.Member.state == "active",
        model.Member.capacity.in_(request_access.STAFF_CAPACITIES),
    )
    return frozenset(group_id for (group_id,) in rows)


def sees_objection_queue(user: Any) -> bool:
    """The Atasan PPID decides objections; the PPID Utama's staff (and sysadmins) follow them."""
    return access.ATASAN_PPID in access.roles_of(user) or request_access.staff_role(user, set()) == UTAMA


def ppid_request_queue(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    return allowed(request_access.is_staff_anywhere(user_of(context)), NOT_STAFF)


def ppid_objection_queue(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    return allowed(sees_objection_queue(user_of(context)), NOT_ATASAN)


AUTH = {
    "ppid_request_queue": ppid_request_queue,
    "ppid_objection_queue": ppid_objection_queue,
    "ppid_request_register_list": anyone,
    "ppid_request_statistics": anyone,
}
