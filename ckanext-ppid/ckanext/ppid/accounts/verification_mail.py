"""The mail that carries the verification link, through the notification outbox.

A row is added in the transaction that creates the account (or asks for the link again), so a sign-up
rolled back mails nobody and a mail that fails is retried. The link is signed when the row is sent, so it is
valid for ``ckanext.ppid.accounts.verify_hours`` from then; a row whose account is verified (or gone) by
then is skipped.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.accounts import limits, verification
from ckanext.ppid.notifications import outbox
from ckanext.ppid.notifications.channels import EMAIL
from ckanext.ppid.notifications.kinds import Obsolete
from ckanext.ppid.notifications.model import Notification
from ckanext.ppid.notifications.outbox import Outgoing
from ckanext.ppid.shell import settings

KIND = "account_verification"
SUBJECT_TYPE = "user"


def add(user: model.User, next_page: str | None, occasion: str) -> int | None:
    """Add the mail to the outbox in the current transaction; the row's id (None if it was there already)."""
    payload = {"recipient_name": user.fullname or user.name, "next": next_page or ""}
    # To a would-be applicant: the staff's outbox page shows "the applicant", never the address.
    row = Outgoing(
        KIND,
        EMAIL,
        user.email,
        SUBJECT_TYPE,
        user.id,
        dt.date.today(),
        payload,
        to_applicant=True,
        occasion=occasion,
    )
    limits.count_mail(user.email)
    return outbox.add(row)


def template_vars(row: Notification) -> dict[str, Any]:
    """The link, signed now for the account as it is now (``notifications.kinds``)."""
    user = model.User.get(row.subject_id)
    if user is None or not user.is_pending():
        raise Obsolete("the account is verified already, or gone")
    if (user.email or "").strip().lower() != row.recipient.strip().lower():
        raise Obsolete("the account's address changed since")
    link = verification.token(user.id, user.email, row.payload.get("next"))
    return {
        "user_name": user.name,
        "verify_url": tk.url_for("ppid_accounts.verify", token=link, _external=True),
        "hours": settings.verify_seconds() // 3600,
    }
