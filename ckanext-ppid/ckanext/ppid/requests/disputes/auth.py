"""Who may record and read disputes at the Komisi Informasi (UU 14/2008 Ps 37-50).

- Recording that the dispute was taken to the Commission, and its stages: those acting on the request (the
  applicant, its staff, the Atasan PPID); which of them may record each step is the core's business.
- Reading a dispute: whoever may read its request. It carries no personal data.
- The list of disputes: everyone (what the Commission and the courts hear is public; no personal data).
"""

from __future__ import annotations

from typing import Any

from ckanext.ppid.law.markers import N_
from ckanext.ppid.requests import access
from ckanext.ppid.requests.auth import row_of
from ckanext.ppid.requests.model.dispute import Dispute
from ckanext.ppid.requests.objections.auth import NOT_ACTING, NOT_READING, objection_of
from ckanext.ppid.shell.auth_answers import allowed, anyone, user_of

NO_SUCH_DISPUTE = N_("No such dispute")


def dispute_of(data_dict: dict[str, Any]) -> Dispute:
    """The dispute named by ``id``; ObjectNotFound when there is none."""
    return row_of(Dispute, data_dict.get("id"), NO_SUCH_DISPUTE)


def ppid_dispute_create(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    case = objection_of({"id": data_dict.get("objection_id")}).request
    return allowed(bool(access.objection_roles(user_of(context), case)), NOT_ACTING)


def ppid_dispute_show(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    case = dispute_of(data_dict).objection.request
    return allowed(access.may_read_case(user_of(context), case), NOT_READING)


def ppid_dispute_update(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    case = dispute_of(data_dict).objection.request
    return allowed(bool(access.objection_roles(user_of(context), case)), NOT_ACTING)


AUTH = {
    "ppid_dispute_create": ppid_dispute_create,
    "ppid_dispute_show": ppid_dispute_show,
    "ppid_dispute_update": ppid_dispute_update,
    "ppid_dispute_list": anyone,
}
