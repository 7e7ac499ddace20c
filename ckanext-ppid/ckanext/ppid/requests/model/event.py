"""A case's history: each state change with who, when, from and to, its parameters and due-date changes."""

from __future__ import annotations

import sqlalchemy as sa
from ckan import model
from ckan.plugins import toolkit as tk
from sqlalchemy.dialects import postgresql

TABLE_NAME = "ppid_request_event"


class RequestEvent(tk.BaseModel):
    """Append-only: rows are added with the change they record, in its transaction, and never updated."""

    __tablename__ = TABLE_NAME

    id = sa.Column(sa.BigInteger, sa.Identity(), primary_key=True)
    request_id = sa.Column(sa.Text, sa.ForeignKey("ppid_request.id", ondelete="CASCADE"), nullable=False)
    # Which case of the request the entry is about: the request itself, one of its objections or disputes.
    machine = sa.Column(sa.Text, nullable=False, default="permohonan")
    subject_id = sa.Column(sa.Text, nullable=True)
    occurred_at = sa.Column(sa.DateTime(timezone=True), nullable=False)
    actor_id = sa.Column(sa.Text, sa.ForeignKey("user.id", ondelete="SET NULL"), nullable=True)
    # The core's role code (``pemohon``, ``ppid_pelaksana``, ``sistem``...).
    actor_role = sa.Column(sa.Text, nullable=False)
    transition = sa.Column(sa.Text, nullable=False)
    status_before = sa.Column(sa.Text, nullable=True)
    status_after = sa.Column(sa.Text, nullable=False)
    params = sa.Column(postgresql.JSONB, nullable=False, default=dict)
    # [{"key", "old", "new"}] for each due date the change set or moved.
    due_date_changes = sa.Column(postgresql.JSONB, nullable=False, default=list)

    @classmethod
    def of_request(cls, request_id: str) -> list[RequestEvent]:
        return model.Session.query(cls).filter(cls.request_id == request_id).order_by(cls.id).all()
