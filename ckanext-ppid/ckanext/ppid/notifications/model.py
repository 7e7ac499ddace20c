"""The notification outbox: every message to a person (receipts, letters' mails, objections, reminders,
escalations, the register's exemption notices), by e-mail or webhook, until sent.

A row is written in the transaction that decides it is due (so a crash loses nothing) and sent by a job;
failures are retried with back-off and never touch the case. ``dedupe_key`` makes each notice once-only.
``request_id`` names the request whose case page shows the row; ``to_applicant`` marks the applicant's own.
A row whose message no longer applies when its turn comes (the exemption it announced was changed since) is
``skipped``, with the reason in ``last_error``.
"""

from __future__ import annotations

import datetime as dt

import sqlalchemy as sa
from ckan.plugins import toolkit as tk
from sqlalchemy.dialects import postgresql

TABLE_NAME = "ppid_notification"
PENDING, SENT, FAILED, SKIPPED = "pending", "sent", "failed", "skipped"
STATUSES = (PENDING, SENT, FAILED, SKIPPED)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class Notification(tk.BaseModel):
    __tablename__ = TABLE_NAME

    id = sa.Column(sa.BigInteger, sa.Identity(), primary_key=True)
    kind = sa.Column(sa.Text, nullable=False)
    channel = sa.Column(sa.Text, nullable=False)
    recipient = sa.Column(sa.Text, nullable=False)
    subject_type = sa.Column(sa.Text, nullable=False)
    subject_id = sa.Column(sa.Text, nullable=False)
    dedupe_key = sa.Column(sa.Text, nullable=False, unique=True)
    payload = sa.Column(postgresql.JSONB, nullable=False, default=dict)
    status = sa.Column(sa.Text, nullable=False, default=PENDING)
    attempts = sa.Column(sa.Integer, nullable=False, default=0)
    last_error = sa.Column(sa.Text, nullable=True)
    next_attempt_at = sa.Column(sa.DateTime(timezone=True), nullable=False, default=_now)
    sent_at = sa.Column(sa.DateTime(timezone=True), nullable=True)
    last_attempt_at = sa.Column(sa.DateTime(timezone=True), nullable=True)
    request_id = sa.Column(sa.Text, nullable=True)
    to_applicant = sa.Column(sa.Boolean, nullable=False, default=False)
    created_at = sa.Column(sa.DateTime(timezone=True), nullable=False, default=_now)
