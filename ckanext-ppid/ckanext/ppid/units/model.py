"""A person's PPID role beyond CKAN's organization roles (Atasan PPID, Komisi Informasi assessor)."""

from __future__ import annotations

import datetime as dt
import uuid

import sqlalchemy as sa
from ckan import model
from ckan.plugins import toolkit as tk

TABLE_NAME = "ppid_role_assignment"


class RoleAssignment(tk.BaseModel):
    """One role held by one user; granted by a sysadmin with the decree that appoints the person."""

    __tablename__ = TABLE_NAME

    id = sa.Column(sa.Text, primary_key=True, default=lambda: str(uuid.uuid4()))
    user_id = sa.Column(sa.Text, sa.ForeignKey("user.id", ondelete="CASCADE"), nullable=False)
    role = sa.Column(sa.Text, nullable=False)
    decree = sa.Column(sa.Text, nullable=False, default="")
    granted_by = sa.Column(sa.Text, sa.ForeignKey("user.id"), nullable=True)
    granted_at = sa.Column(
        sa.DateTime(timezone=True), nullable=False, default=lambda: dt.datetime.now(dt.timezone.utc)
    )

    @classmethod
    def roles_of(cls, user_id: str | None) -> set[str]:
        if not user_id:
            return set()
        rows = model.Session.query(cls.role).filter(cls.user_id == user_id)
        return {role for (role,) in rows}

    @classmethod
    def holders(cls, role: str) -> list[RoleAssignment]:
        return model.Session.query(cls).filter(cls.role == role).order_by(cls.granted_at).all()

    def as_dict(self) -> dict[str, str | None]:
        user = model.User.get(self.user_id)
        return {
            "user": user.name if user else self.user_id,
            "role": self.role,
            "decree": self.decree,
            "granted_at": self.granted_at.isoformat() if self.granted_at else None,
        }
