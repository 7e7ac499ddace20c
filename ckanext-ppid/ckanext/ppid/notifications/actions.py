"""Actions on the outbox: the messages of a request or those not sent yet, and sending one again now.

Every message to a person goes through the outbox (``notifications.outbox``); these actions show its state
to the applicant (their own messages), to the staff handling the case, and to the PPID Utama's staff, who
may send a pending or failed message again at once instead of waiting for its next attempt.
"""

from __future__ import annotations

from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.law.markers import N_
from ckanext.ppid.notifications import dicts
from ckanext.ppid.notifications import outbox as notification_outbox
from ckanext.ppid.notifications.model import FAILED, PENDING, STATUSES, Notification
from ckanext.ppid.requests import access, schema
from ckanext.ppid.requests.auth import NO_SUCH_REQUEST, row_of
from ckanext.ppid.requests.model.information_request import InformationRequest
from ckanext.ppid.shell.auth_answers import user_of
from ckanext.ppid.shell.parameters import validated

DEFAULT_LIMIT, MAX_LIMIT = 50, 100
UNSETTLED = (PENDING, FAILED)
NOT_RETRIABLE = N_("Only a message waiting to be sent or one that failed can be sent again.")
NO_SUCH_MESSAGE = N_("No such message")

NO_SUCH_STATUS = N_("Give one of these states: {statuses}")


@tk.side_effect_free
@validated(schema.notification_list)
def ppid_notification_list(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """Messages in the outbox, newest first.

    With ``request_id``: the request's messages, as its case page shows them (the applicant: their own,
    with the address they went to; the staff handling the case: all, with why the last attempt failed).
    Without: the messages of every case and register item (sysadmins and the PPID Utama's staff), by
    default those waiting to be sent and those that failed.

    :param request_id: a request's id (optional)
    :type request_id: string
    :param status: only the messages in this state: ``pending``, ``sent``, ``failed`` or ``skipped``
        (optional)
    :type status: string
    :param limit: how many (default 50, at most 100)
    :type limit: int
    :param offset: how many to skip (default 0)
    :type offset: int

    :returns: ``count`` and ``results``: each message's ``kind`` and ``kind_label``, ``channel``,
        ``recipient``, ``status`` and ``status_label``, ``attempts``, ``created_at``, ``sent_at``,
        ``last_attempt_at``, ``next_attempt_at`` and, for the staff, ``last_error``
    :rtype: dictionary
    """
    tk.check_access("ppid_notification_list", context, data_dict)
    given = data_dict
    if given.get("status") and given["status"] not in STATUSES:
        raise tk.ValidationError({"status": [tk._(NO_SUCH_STATUS).format(statuses=", ".join(STATUSES))]})
    query = model.Session.query(Notification, InformationRequest.registration_number).outerjoin(
        InformationRequest, InformationRequest.id == Notification.request_id
    )
    if given.get("request_id"):
        case = row_of(InformationRequest, given["request_id"], NO_SUCH_REQUEST)
        seen_by = (
            dicts.FOR_APPLICANT
            if access.role_on(user_of(context), case) == access.APPLICANT
            else dicts.FOR_CASE_STAFF
        )
        query = query.filter(Notification.request_id == case.id)
        if seen_by == dicts.FOR_APPLICANT:
            query = query.filter(Notification.to_applicant.is_(True))
    else:
        seen_by = dicts.FOR_OUTBOX
    statuses = [given["status"]] if given.get("status") else None
    if statuses is None and seen_by == dicts.FOR_OUTBOX:
        statuses = list(UNSETTLED)
    if statuses:
        query = query.filter(Notification.status.in_(statuses))
    limit = min(given.get("limit", DEFAULT_LIMIT), MAX_LIMIT)
    rows = query.order_by(Notification.id.desc()).limit(limit).offset(given.get("offset", 0)).all()
    return {
        "count": query.count(),
        "results": [dicts.message_dict(row, seen_by, number) for row, number in rows],
    }


@validated(schema.notification_retry)
def ppid_notification_retry(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """Send a message waiting to be sent, or one that failed, again now (one more attempt, by a job).

    A failed message gets one attempt: failing again, it is failed again, with the new error.

    :param id: the message's id
    :type id: int

    :returns: the message as the outbox page shows it
    :rtype: dictionary
    """
    tk.check_access("ppid_notification_retry", context, data_dict)
    row = model.Session.get(Notification, data_dict["id"])
    if row is None:
        raise tk.ObjectNotFound(tk._(NO_SUCH_MESSAGE))
    if row.status not in UNSETTLED:
        raise tk.ValidationError({"id": [tk._(NOT_RETRIABLE)]})
    retried = notification_outbox.retry(row.id)
    if retried is None:  # sent (or skipped) meanwhile by a worker
        raise tk.ValidationError({"id": [tk._(NOT_RETRIABLE)]})
    number = None
    if retried.request_id:
        case = model.Session.get(InformationRequest, retried.request_id)
        number = case.registration_number if case else None
    return dicts.message_dict(retried, dicts.FOR_OUTBOX, number)


ACTIONS = {
    "ppid_notification_list": ppid_notification_list,
    "ppid_notification_retry": ppid_notification_retry,
}
