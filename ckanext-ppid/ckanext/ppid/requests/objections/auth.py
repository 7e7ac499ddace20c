"""Who may object, decide and read objections (UU 14/2008 Ps 35-36; the rules are in ``units.access``).

- Objecting: the applicant on the web, or the desk staff of the case's units (and the PPID Utama's)
  recording an objection that came on paper. Which grounds are open is the core's business (a 4xx with the
  law's reason).
- Deciding: only a holder of the Atasan PPID role.
- Recording that the applicant received the decision, withdrawing, accepting: those acting on the case (the
  applicant, its staff, the Atasan PPID); which of them may take each step is the core's business.
- Reading an objection: whoever may read its request (the applicant, the handling staff, the Atasan PPID, the
  Komisi Informasi assessor). The decision letter names the applicant: only those who may read their
  personal data (not the assessor).
- The objection register: everyone; its rows carry the applicant's identity only for those who may read it.
"""

from __future__ import annotations

from typing import Any

import ckan.plugins.toolkit as tk

from ckanext.ppid.authorization.answers import may
from ckanext.ppid.law.markers import N_
from ckanext.ppid.requests import access
from ckanext.ppid.requests.auth import case_of, row_of
from ckanext.ppid.requests.core.machine import APPLICANT
from ckanext.ppid.requests.core.transitions import DESK
from ckanext.ppid.requests.model.objection import Objection
from ckanext.ppid.shell.auth_answers import allowed, anyone, refused, user_of

NOT_LOGGED_IN = N_("Log in to object.")
NOT_APPLICANT = N_("Only the applicant, or the staff handling the request, may object to its answer.")
NOT_ATASAN = N_("Only the Atasan PPID decides on objections.")
NOT_ACTING = N_(
    "Only the applicant, the staff handling the request and the Atasan PPID act on its objections."
)
NOT_READING = N_(
    "Only the applicant, the staff handling it, the Atasan PPID and the assessor see this objection."
)
NOT_LETTER = N_(
    "Only the applicant, the staff handling the request and the Atasan PPID get the decision letter."
)
NO_SUCH_OBJECTION = N_("No such objection")


def objection_of(data_dict: dict[str, Any]) -> Objection:
    """The objection named by ``id``; ObjectNotFound when there is none."""
    return row_of(Objection, data_dict.get("id"), NO_SUCH_OBJECTION)


def ppid_objection_grounds(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    case = case_of({"id": data_dict.get("request_id")})
    return allowed(access.may_read_case(user_of(context), case), NOT_READING)


def ppid_request_objections(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """The objections of a request, on its page: whoever may read the request."""
    return allowed(access.may_read_case(user_of(context), case_of(data_dict)), NOT_READING)


def ppid_objection_create(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    user = user_of(context)
    if user is None:
        return refused(NOT_LOGGED_IN)
    role = access.role_on(user, case_of({"id": data_dict.get("request_id")}))
    return allowed(role == APPLICANT or role in DESK, NOT_APPLICANT)


def ppid_objection_show(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    case = objection_of(data_dict).request
    return allowed(access.may_read_case(user_of(context), case), NOT_READING)


def ppid_objection_letter_show(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """The decision letter (it names the applicant)."""
    case = objection_of(data_dict).request
    return allowed(access.may_see_personal_data(user_of(context), case), NOT_LETTER)


# Sysadmins pass CKAN's auth functions unless told otherwise; only the Atasan PPID decides (UU 14/2008 Ps 36).
@tk.auth_sysadmins_check
def ppid_objection_decide(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    objection_of(data_dict)
    return allowed(may("objection.decide", user_of(context)), NOT_ATASAN)


def acting_on_objection(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """Steps on an objection by those acting on its request."""
    case = objection_of(data_dict).request
    return allowed(bool(access.objection_roles(user_of(context), case)), NOT_ACTING)


def ppid_objection_letter_status(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """Whether the decision letter is ready: those who may download it."""
    return ppid_objection_letter_show(context, data_dict)


AUTH = {
    "ppid_objection_letter_status": ppid_objection_letter_status,
    "ppid_objection_grounds": ppid_objection_grounds,
    "ppid_request_objections": ppid_request_objections,
    "ppid_objection_create": ppid_objection_create,
    "ppid_objection_show": ppid_objection_show,
    "ppid_objection_letter_show": ppid_objection_letter_show,
    # The register is public; what each row shows depends on who asks (ppid_objection_list).
    "ppid_objection_list": anyone,
    "ppid_objection_decide": ppid_objection_decide,
    "ppid_objection_decision_received": acting_on_objection,
    "ppid_objection_withdraw": acting_on_objection,
    "ppid_objection_accept": acting_on_objection,
}
