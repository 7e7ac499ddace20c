"""Who may file, record and read information requests (the rules are in ``units.access``).

- Filing on the web: anyone logged in, for themself.
- Recording a request that came in person, by letter, e-mail, telephone or SP4N-LAPOR!: the staff of the
  unit it is for (its admins and editors) and the PPID Utama's staff.
- Reading a case: the applicant, the staff handling it, the Atasan PPID and the Komisi Informasi
  assessor; personal data, the identity document and the receipt only the applicant and the handling staff.
"""

from __future__ import annotations

from typing import Any, TypeVar

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.law.markers import N_
from ckanext.ppid.requests import access
from ckanext.ppid.requests.model.information_request import InformationRequest
from ckanext.ppid.shell.auth_answers import allowed, refused, user_of

WEB = "web"
NOT_STAFF = N_("Only the staff of a unit and of the PPID Utama record requests for it.")
NOT_LOGGED_IN = N_("Log in to file a request for information.")
NOT_HANDLING = N_("Only the applicant and the staff handling it may see this request.")
NOT_LOGGED_IN_LIST = N_("Log in to see your requests.")
NO_SUCH_REQUEST = N_("No such request")

Row = TypeVar("Row")


def row_of(table: type[Row], row_id: Any, missing: str) -> Row:
    """The row of ``table`` with the id ``row_id``; ObjectNotFound with ``missing`` (a msgid) when none."""
    row = model.Session.get(table, row_id) if isinstance(row_id, str) else None
    if row is None:
        raise tk.ObjectNotFound(tk._(missing))
    return row


def case_of(data_dict: dict[str, Any]) -> InformationRequest:
    """The case named by ``id``; ObjectNotFound when there is none."""
    return row_of(InformationRequest, data_dict.get("id"), NO_SUCH_REQUEST)


def ppid_request_create(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    user = user_of(context)
    if user is None:
        return refused(NOT_LOGGED_IN)
    channel = data_dict.get("channel")
    if not channel or channel == WEB:
        return {"success": True}
    unit = model.Group.get(data_dict.get("unit")) if isinstance(data_dict.get("unit"), str) else None
    # An unknown unit is the form's problem (a field error), not a refusal.
    if unit is None or access.staff_role(user, {unit.id}) is not None:
        return {"success": True}
    return refused(NOT_STAFF)


def ppid_request_show(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    return allowed(access.may_read_case(user_of(context), case_of(data_dict)), NOT_HANDLING)


def ppid_request_personal_data_show(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """The applicant's personal data, identity document and receipt."""
    return allowed(access.may_see_personal_data(user_of(context), case_of(data_dict)), NOT_HANDLING)


def ppid_request_list_mine(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    return allowed(user_of(context) is not None, NOT_LOGGED_IN_LIST)


AUTH = {
    "ppid_request_create": ppid_request_create,
    "ppid_request_show": ppid_request_show,
    "ppid_request_personal_data_show": ppid_request_personal_data_show,
    "ppid_request_list_mine": ppid_request_list_mine,
}
