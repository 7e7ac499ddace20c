"""An outbox row as the API and the pages show it: to the applicant, to the staff handling the case, and on
the staff's outbox page.

The applicant sees their own messages: what, by which channel, to which address, and whether and when it
was sent (or that it waits, or failed). The staff see every message of the case and why the last attempt
failed, but not the applicant's address, not even inside an error: they read it in the applicant's
section of the case page, where each read is audited.
"""

from __future__ import annotations

from typing import Any

import ckan.plugins.toolkit as tk

from ckanext.ppid.law.markers import N_
from ckanext.ppid.notifications import kinds
from ckanext.ppid.notifications.channels import EMAIL, WEBHOOK
from ckanext.ppid.notifications.model import FAILED, PENDING, SENT, SKIPPED, Notification
from ckanext.ppid.shell import settings

STATUS_LABELS = {
    PENDING: N_("Waiting to be sent"),
    SENT: N_("Sent"),
    FAILED: N_("Not sent: failed"),
    SKIPPED: N_("Not sent: no longer applies"),
}
# What the staff's outbox page lists: the messages not sent yet and those that failed.
OUTBOX_STATUSES = (PENDING, FAILED)
CHANNEL_LABELS = {EMAIL: N_("E-mail"), WEBHOOK: N_("SMS/WhatsApp")}
APPLICANT = N_("The applicant")
HIDDEN_ADDRESS = "[…]"

# Who is looking: the applicant, the staff handling the case, the staff on the outbox page.
FOR_APPLICANT, FOR_CASE_STAFF, FOR_OUTBOX = "applicant", "case_staff", "outbox"


def _iso(value: Any) -> str | None:
    return value.isoformat() if value else None


def message_dict(row: Notification, seen_by: str, registration_number: str | None = None) -> dict[str, Any]:
    """``row`` for ``seen_by`` (:data:`FOR_APPLICANT`, :data:`FOR_CASE_STAFF` or :data:`FOR_OUTBOX`)."""
    shown: dict[str, Any] = {
        "id": row.id,
        "kind": row.kind,
        "kind_label": tk._(kinds.label(row.kind)),
        "channel": row.channel,
        "channel_label": tk._(CHANNEL_LABELS.get(row.channel, row.channel)),
        "status": row.status,
        "status_label": tk._(STATUS_LABELS[row.status]),
        "to_applicant": row.to_applicant,
        "request_id": row.request_id,
        "created_at": _iso(row.created_at),
        "sent_at": _iso(row.sent_at),
        "last_attempt_at": _iso(row.last_attempt_at),
        "next_attempt_at": _iso(row.next_attempt_at) if row.status == PENDING else None,
        "attempts": row.attempts,
        "max_attempts": settings.notify_max_attempts(),
    }
    if seen_by == FOR_APPLICANT:
        return {**shown, "recipient": row.recipient}
    error = row.last_error
    if row.to_applicant:
        shown["recipient"] = tk._(APPLICANT)
        error = error.replace(row.recipient, HIDDEN_ADDRESS) if error else error
    else:
        shown["recipient"] = row.recipient
    if seen_by == FOR_OUTBOX:
        shown["registration_number"] = registration_number
        shown["item_name"] = (row.payload or {}).get("item_name")
    return {**shown, "last_error": error}
