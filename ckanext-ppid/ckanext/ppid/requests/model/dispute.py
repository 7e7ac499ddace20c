"""A dispute (sengketa informasi, UU 14/2008 Ps 37-50) taken to the Komisi Informasi after an objection.

The portal records the proceedings (stages, the Commission's case number, the result); the Commission and
the courts keep their own deadlines. A result that opens information names the register item it opened.
"""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from ckan.plugins import toolkit as tk
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import relationship

TABLE_NAME = "ppid_dispute"


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class Dispute(tk.BaseModel):
    __tablename__ = TABLE_NAME

    id = sa.Column(sa.Text, primary_key=True, default=lambda: str(uuid.uuid4()))
    objection_id = sa.Column(
        sa.Text, sa.ForeignKey("ppid_objection.id", ondelete="CASCADE"), nullable=False, unique=True
    )
    request_id = sa.Column(sa.Text, sa.ForeignKey("ppid_request.id", ondelete="CASCADE"), nullable=False)
    # The stage (law.disputes.STAGES), the Commission (law.disputes.FORUMS) and the grounds carried over.
    status = sa.Column(sa.Text, nullable=False)
    forum = sa.Column(sa.Text, nullable=False)
    grounds = sa.Column(postgresql.JSONB, nullable=False, default=list)
    filed_at = sa.Column(sa.DateTime(timezone=True), nullable=False)
    case_number = sa.Column(sa.Text, nullable=False, default="")
    result = sa.Column(sa.Text, nullable=True)
    decided_at = sa.Column(sa.DateTime(timezone=True), nullable=True)
    decided_stage = sa.Column(sa.Text, nullable=True)
    decision_reference = sa.Column(sa.Text, nullable=False, default="")
    court = sa.Column(sa.Text, nullable=True)
    # The register item a result that opens information opened.
    opened_item_id = sa.Column(sa.Text, nullable=True)
    created_at = sa.Column(sa.DateTime(timezone=True), nullable=False, default=_now)
    updated_at = sa.Column(sa.DateTime(timezone=True), nullable=False, default=_now, onupdate=_now)

    objection = relationship("Objection", back_populates="dispute")
