"""Who may read the outbox and send a message again.

- A request's messages: the applicant (their own) and the staff handling the case (all, with the errors);
  the Atasan PPID and the assessor review the case without them.
- The outbox page, and sending a pending or failed message again now: sysadmins and the PPID Utama's staff,
  who coordinate every unit's work (``request_access.staff_role``).
"""

from __future__ import annotations

from typing import Any

from ckanext.ppid import request_access
from ckanext.ppid.logic.auth_answers import allowed, user_of
from ckanext.ppid.logic.request_auth import NO_SUCH_REQUEST, row_of
from ckanext.ppid.markers import N_
from ckanext.ppid.model.information_request import InformationRequest
from ckanext.ppid.requests.machine import ATASAN, UTAMA

NOT_OUTBOX_STAFF = N_("Only sysadmins and the PPID Utama's staff see the outbox.")
NOT_CASE_READER = N_("Only the applicant and the staff handling it see the messages of this request.")


def manages_outbox(user: Any) -> bool:
    """Sysadmins and the PPID Utama's admins and editors."""
    return request_access.staff_role(user, set()) == UTAMA


def case_role(user: Any, case: InformationRequest) -> str | None:
    """The role in which ``user`` sees the case's messages: the applicant's or a handling staff role."""
    role = request_access.role_on(user, case)
    return None if role == ATASAN else role


def ppid_notification_list(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    user = user_of(context)
    if data_dict.get("request_id"):
        case = row_of(InformationRequest, data_dict["request_id"], NO_SUCH_REQUEST)
        return allowed(case_role(user, case) is not None, NOT_CASE_READER)
    return allowed(manages_outbox(user), NOT_OUTBOX_STAFF)


def ppid_notification_retry(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    return allowed(manages_outbox(user_of(context)), NOT_OUTBOX_STAFF)


AUTH = {
    "ppid_notification_list": ppid_notification_list,
    "ppid_notification_retry": ppid_notification_retry,
}
