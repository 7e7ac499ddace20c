"""Who may handle an information request (the rules are in ``units.access``; the machine has the rest).

- Every handling action: the staff handling the case, that is the staff of the units it is routed to
  (``units.access.case_units``: a unit's admins act as PPID Pelaksana, its editors as service officers)
  and the PPID Utama's staff and sysadmins (as PPID Utama). Which of them may take which transition
  (only the PPID Utama forwards; officers verify and hand over but do not send notices) is the state
  machine's decision (``requests.core.transitions``), refused with the law's reason as a validation error.
- Withdrawing: the applicant, or staff recording how the withdrawal came.
- Listing what one may do on a case: whoever may read it (the list is empty for those with no role on it).
"""

from __future__ import annotations

from typing import Any

from ckanext.ppid.law.markers import N_
from ckanext.ppid.requests import access
from ckanext.ppid.requests.auth import NOT_HANDLING, case_of
from ckanext.ppid.shell.auth_answers import allowed, user_of

NOT_STAFF = N_("Only the staff handling this request may do this.")
NOT_PARTY = N_("Only the applicant and the staff handling this request may withdraw it.")


def handles(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """The staff handling the case (its units' admins and editors, the PPID Utama's staff, sysadmins)."""
    case = case_of(data_dict)
    return allowed(access.staff_role(user_of(context), access.case_units(case)) is not None, NOT_STAFF)


def ppid_request_withdraw(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """The applicant, or the staff handling the case."""
    return allowed(access.role_on(user_of(context), case_of(data_dict)) is not None, NOT_PARTY)


def ppid_request_transitions(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """Whoever may read the case."""
    return allowed(access.may_read_case(user_of(context), case_of(data_dict)), NOT_HANDLING)


# Actions only the staff handling the case take (the machine decides which of them may take each).
STAFF_ACTIONS = (
    "ppid_request_verify",
    "ppid_request_process",
    "ppid_request_forward",
    "ppid_request_extend",
    "ppid_request_notice_send",
    "ppid_request_refer",
    "ppid_request_notice_received",
    "ppid_request_deliver",
    "ppid_request_close",
)


def ppid_request_letters_status(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """Those who may download the case's files: the applicant and the staff handling it."""
    return allowed(access.may_see_personal_data(user_of(context), case_of(data_dict)), NOT_HANDLING)


AUTH = {
    **dict.fromkeys(STAFF_ACTIONS, handles),
    "ppid_request_letters_status": ppid_request_letters_status,
    "ppid_request_withdraw": ppid_request_withdraw,
    "ppid_request_transitions": ppid_request_transitions,
}
