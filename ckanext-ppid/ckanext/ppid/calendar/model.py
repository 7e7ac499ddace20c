"""Days the administrator declares holidays or working days, each with its decree, kept with their history."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any

import sqlalchemy as sa
from ckan import model
from ckan.plugins import toolkit as tk

from ckanext.ppid.calendar.core.workdays import Override

TABLE_NAME = "ppid_calendar_override"


class CalendarOverride(tk.BaseModel):
    """One declared day. Revoking keeps the row (who, when, why); only unrevoked rows join the calendar."""

    __tablename__ = TABLE_NAME

    id = sa.Column(sa.Text, primary_key=True, default=lambda: str(uuid.uuid4()))
    day = sa.Column(sa.Date, nullable=False)
    kind = sa.Column(sa.Text, nullable=False)
    reason = sa.Column(sa.Text, nullable=False)
    decree = sa.Column(sa.Text, nullable=False)
    created_by = sa.Column(sa.Text, sa.ForeignKey("user.id"), nullable=True)
    created_at = sa.Column(
        sa.DateTime(timezone=True), nullable=False, default=lambda: dt.datetime.now(dt.timezone.utc)
    )
    revoked_by = sa.Column(sa.Text, sa.ForeignKey("user.id"), nullable=True)
    revoked_at = sa.Column(sa.DateTime(timezone=True), nullable=True)
    revoke_reason = sa.Column(sa.Text, nullable=True)

    @classmethod
    def in_force(cls) -> list[CalendarOverride]:
        return model.Session.query(cls).filter(cls.revoked_at.is_(None)).order_by(cls.day).all()

    @classmethod
    def in_force_on(cls, day: dt.date) -> CalendarOverride | None:
        return model.Session.query(cls).filter(cls.day == day, cls.revoked_at.is_(None)).one_or_none()

    @classmethod
    def of_year(cls, year: int, include_revoked: bool = False) -> list[CalendarOverride]:
        query = model.Session.query(cls).filter(
            cls.day >= dt.date(year, 1, 1), cls.day <= dt.date(year, 12, 31)
        )
        if not include_revoked:
            query = query.filter(cls.revoked_at.is_(None))
        return query.order_by(cls.day, cls.created_at).all()

    def as_override(self) -> Override:
        return Override(self.day, self.kind, self.reason, self.decree)

    def as_dict(self) -> dict[str, Any]:
        def user_name(user_id: str | None) -> str | None:
            user = model.User.get(user_id) if user_id else None
            return user.name if user else user_id

        return {
            "id": self.id,
            "day": self.day.isoformat(),
            "kind": self.kind,
            "reason": self.reason,
            "decree": self.decree,
            "created_by": user_name(self.created_by),
            "created_at": self.created_at.isoformat() if self.created_at else None,
            "revoked_by": user_name(self.revoked_by),
            "revoked_at": self.revoked_at.isoformat() if self.revoked_at else None,
            "revoke_reason": self.revoke_reason,
        }
