"""An objection (keberatan, UU 14/2008 Ps 35-36) to the Atasan PPID, on one information request.

Like the request, lifecycle ``status`` and the Atasan's ``decision`` are kept apart (the core's
``states.ObjectionCase``). The applicant's personal data stays on the request's applicant row.
"""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from ckan.plugins import toolkit as tk
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import relationship

TABLE_NAME = "ppid_objection"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class Objection(tk.BaseModel):
    __tablename__ = TABLE_NAME

    id = sa.Column(sa.Text, primary_key=True, default=lambda: str(uuid.uuid4()))
    request_id = sa.Column(sa.Text, sa.ForeignKey("ppid_request.id", ondelete="CASCADE"), nullable=False)
    # The objection register's number, given when it is registered (gapless per year).
    number = sa.Column(sa.Text, nullable=True, unique=True)
    year = sa.Column(sa.Integer, nullable=True)
    sequence = sa.Column(sa.Integer, nullable=True)
    status = sa.Column(sa.Text, nullable=False)
    received_at = sa.Column(sa.DateTime(timezone=True), nullable=False)
    received_day = sa.Column(sa.Date, nullable=False)
    # Ps 35(1) ground codes (law.objections) and the applicant's statement of the case.
    grounds = sa.Column(postgresql.JSONB, nullable=False, default=list)
    statement = sa.Column(sa.Text, nullable=False, default="")
    filed_by = sa.Column(sa.Text, sa.ForeignKey("user.id", ondelete="SET NULL"), nullable=True)
    filer_role = sa.Column(sa.Text, nullable=False)
    decision = sa.Column(sa.Text, nullable=True)
    decision_reasons = sa.Column(sa.Text, nullable=True)
    decided_at = sa.Column(sa.DateTime(timezone=True), nullable=True)
    decided_by = sa.Column(sa.Text, sa.ForeignKey("user.id", ondelete="SET NULL"), nullable=True)
    decision_received_at = sa.Column(sa.DateTime(timezone=True), nullable=True)
    # The Atasan's decision letter: its number and its PDF in private storage.
    decision_number = sa.Column(sa.Text, nullable=True, unique=True)
    decision_file = sa.Column(sa.Text, nullable=True)
    lapse_recorded_at = sa.Column(sa.DateTime(timezone=True), nullable=True)
    dispute_filed_at = sa.Column(sa.DateTime(timezone=True), nullable=True)
    due_dates = sa.Column(postgresql.JSONB, nullable=False, default=dict)
    next_due = sa.Column(sa.Date, nullable=True)
    created_at = sa.Column(sa.DateTime(timezone=True), nullable=False, default=_now)
    updated_at = sa.Column(sa.DateTime(timezone=True), nullable=False, default=_now, onupdate=_now)

    request = relationship("InformationRequest", back_populates="objections")
    dispute = relationship("Dispute", uselist=False, back_populates="objection", cascade="all, delete-orphan")
