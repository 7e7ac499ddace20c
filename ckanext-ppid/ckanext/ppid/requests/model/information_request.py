"""An information request (permohonan informasi) and its applicant's personal data, in two tables.

The case holds what the public register may later show (number, unit, dates, status, outcome); the
applicant's row holds the personal data UU 27/2022 protects (name, NIK, address, contact, identity
document), read only by the applicant and the staff handling the case (``requests.access``).
Lifecycle ``status`` and ``outcome`` are kept apart, as the core's ``states`` has them.
"""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from ckan.plugins import toolkit as tk
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import relationship

CASE_TABLE = "ppid_request"
APPLICANT_TABLE = "ppid_request_applicant"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class InformationRequest(tk.BaseModel):
    __tablename__ = CASE_TABLE

    id = sa.Column(sa.Text, primary_key=True, default=lambda: str(uuid.uuid4()))
    registration_number = sa.Column(sa.Text, nullable=False, unique=True)
    year = sa.Column(sa.Integer, nullable=False)
    sequence = sa.Column(sa.Integer, nullable=False)
    channel = sa.Column(sa.Text, nullable=False)
    applicant_type = sa.Column(sa.Text, nullable=False)
    # The unit the applicant chose, and the unit that has the case now (the PPID Utama may forward it).
    unit_id = sa.Column(sa.Text, sa.ForeignKey("group.id"), nullable=False)
    current_unit_id = sa.Column(sa.Text, sa.ForeignKey("group.id"), nullable=False)
    information = sa.Column(sa.Text, nullable=False)
    purpose = sa.Column(sa.Text, nullable=False)
    way_to_obtain = sa.Column(sa.Text, nullable=False)
    copy_format = sa.Column(sa.Text, nullable=True)
    delivery_method = sa.Column(sa.Text, nullable=False)
    received_at = sa.Column(sa.DateTime(timezone=True), nullable=False)
    # Day 0 of the clock: the day the request counts as received (office hours, days off).
    received_day = sa.Column(sa.Date, nullable=False)
    status = sa.Column(sa.Text, nullable=False)
    outcome = sa.Column(sa.Text, nullable=True)
    # The due days as last computed ({key: ISO date}), and the earliest open one for the work queue.
    due_dates = sa.Column(postgresql.JSONB, nullable=False, default=dict)
    next_due = sa.Column(sa.Date, nullable=True, index=True)
    filed_by = sa.Column(sa.Text, sa.ForeignKey("user.id"), nullable=True)
    # The receipt PDF's name in private storage, set by the background job that builds it.
    receipt_file = sa.Column(sa.Text, nullable=True)
    receipt_created_at = sa.Column(sa.DateTime(timezone=True), nullable=True)
    # The written notice (Ps 22(7) a-g, the core's ``states.Notice`` as JSON), its letter number and PDF.
    notice = sa.Column(postgresql.JSONB, nullable=True)
    notice_number = sa.Column(sa.Text, nullable=True, unique=True)
    notice_sent_at = sa.Column(sa.DateTime(timezone=True), nullable=True)
    notice_received_at = sa.Column(sa.DateTime(timezone=True), nullable=True)
    notice_file = sa.Column(sa.Text, nullable=True)
    # The one extension (Ps 22(8)): when, its written reasons, its letter number and PDF.
    extended_at = sa.Column(sa.DateTime(timezone=True), nullable=True)
    extension_reasons = sa.Column(sa.Text, nullable=True)
    extension_number = sa.Column(sa.Text, nullable=True, unique=True)
    extension_file = sa.Column(sa.Text, nullable=True)
    delivered_at = sa.Column(sa.DateTime(timezone=True), nullable=True)
    closed_at = sa.Column(sa.DateTime(timezone=True), nullable=True)
    # When the scheduler recorded that the notice deadline passed unanswered (opens objection ground c).
    lapse_recorded_at = sa.Column(sa.DateTime(timezone=True), nullable=True)
    # Objection grounds already raised on this request.
    grounds_raised = sa.Column(postgresql.JSONB, nullable=False, default=list)
    # When the retention command removed the applicant's personal data.
    anonymised_at = sa.Column(sa.DateTime(timezone=True), nullable=True)
    created_at = sa.Column(sa.DateTime(timezone=True), nullable=False, default=_now)
    updated_at = sa.Column(sa.DateTime(timezone=True), nullable=False, default=_now, onupdate=_now)

    applicant = relationship(
        "RequestApplicant", uselist=False, back_populates="request", cascade="all, delete-orphan"
    )
    objections = relationship(
        "Objection", back_populates="request", order_by="Objection.received_at", cascade="all, delete-orphan"
    )


class RequestApplicant(tk.BaseModel):
    __tablename__ = APPLICANT_TABLE

    id = sa.Column(sa.Text, primary_key=True, default=lambda: str(uuid.uuid4()))
    request_id = sa.Column(
        sa.Text, sa.ForeignKey(f"{CASE_TABLE}.id", ondelete="CASCADE"), nullable=False, unique=True
    )
    # The applicant's CKAN account, when they filed on the web; None for requests staff recorded.
    user_id = sa.Column(sa.Text, sa.ForeignKey("user.id", ondelete="SET NULL"), nullable=True, index=True)
    name = sa.Column(sa.Text, nullable=False)
    nik = sa.Column(sa.Text, nullable=True)
    address = sa.Column(sa.Text, nullable=False)
    phone = sa.Column(sa.Text, nullable=True)
    email = sa.Column(sa.Text, nullable=True)
    legal_entity_decree = sa.Column(sa.Text, nullable=True)
    proxy_name = sa.Column(sa.Text, nullable=True)
    # The scan's name in private storage (``requests.private_files``) and its content type.
    identity_document = sa.Column(sa.Text, nullable=True)
    identity_document_type = sa.Column(sa.Text, nullable=True)
    created_at = sa.Column(sa.DateTime(timezone=True), nullable=False, default=_now)
    updated_at = sa.Column(sa.DateTime(timezone=True), nullable=False, default=_now, onupdate=_now)

    request = relationship("InformationRequest", back_populates="applicant")
