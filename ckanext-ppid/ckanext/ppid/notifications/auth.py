"""Who may read the outbox and send a message again.

- A request's messages: the applicant (their own) and the staff handling the case (all, with the errors);
  the Atasan PPID and the assessor review the case without them (rule ``request.messages``).
- The outbox page, and sending a pending or failed message again now: sysadmins and the PPID Utama's staff,
  who coordinate every unit's work (rule ``outbox.manage``; docs/authorization.md).
"""

from __future__ import annotations

from typing import Any

from ckanext.ppid.authorization.answers import may, may_on_case
from ckanext.ppid.law.markers import N_
from ckanext.ppid.requests.auth import NO_SUCH_REQUEST, row_of
from ckanext.ppid.requests.model.information_request import InformationRequest
from ckanext.ppid.shell.auth_answers import allowed, user_of

NOT_OUTBOX_STAFF = N_("Only sysadmins and the PPID Utama's staff see the outbox.")
NOT_CASE_READER = N_("Only the applicant and the staff handling it see the messages of this request.")


def manages_outbox(user: Any) -> bool:
    """Sysadmins and the PPID Utama's admins and editors."""
    return may("outbox.manage", user)


def ppid_notification_list(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    user = user_of(context)
    if data_dict.get("request_id"):
        case = row_of(InformationRequest, data_dict["request_id"], NO_SUCH_REQUEST)
        return allowed(may_on_case("request.messages", user, case), NOT_CASE_READER)
    return allowed(manages_outbox(user), NOT_OUTBOX_STAFF)


def ppid_notification_retry(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    return allowed(manages_outbox(user_of(context)), NOT_OUTBOX_STAFF)


AUTH = {
    "ppid_notification_list": ppid_notification_list,
    "ppid_notification_retry": ppid_notification_retry,
}
