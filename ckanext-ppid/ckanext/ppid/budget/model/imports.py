"""The import of one budget resource: its status, what the file was refused for, and what is stored.

One row per resource. ``problems`` and ``notices`` hold the core's messages as msgids with parameters
(translated when shown); ``slices`` lists the (fiscal year, phase, period) the stored lines cover, so
the summary finds the current lines without scanning them. A failed import leaves the counts and slices
of the lines still stored from the last successful one.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import sqlalchemy as sa
from ckan import model
from ckan.plugins import toolkit as tk
from sqlalchemy.dialects import postgresql

TABLE_NAME = "ppid_budget_import"
QUEUED, RUNNING, DONE, FAILED = "queued", "running", "done", "failed"
STATUSES = (QUEUED, RUNNING, DONE, FAILED)


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class BudgetImport(tk.BaseModel):
    __tablename__ = TABLE_NAME

    resource_id = sa.Column(sa.Text, sa.ForeignKey("resource.id", ondelete="CASCADE"), primary_key=True)
    package_id = sa.Column(sa.Text, sa.ForeignKey("package.id", ondelete="CASCADE"), nullable=False)
    status = sa.Column(sa.Text, nullable=False, default=QUEUED)
    job_id = sa.Column(sa.Text)
    file_name = sa.Column(sa.Text)
    # The resource's last_modified when its file was queued: a newer upload is imported again.
    source_modified = sa.Column(sa.Text)
    # Source column label -> normalised column ("" ignores it); None matches headers automatically.
    mapping = sa.Column(postgresql.JSONB)
    problems = sa.Column(postgresql.JSONB, nullable=False, default=list)
    notices = sa.Column(postgresql.JSONB, nullable=False, default=list)
    line_count = sa.Column(sa.Integer, nullable=False, default=0)
    checked_totals = sa.Column(sa.Integer, nullable=False, default=0)
    skipped_subtotals = sa.Column(sa.Integer, nullable=False, default=0)
    slices = sa.Column(postgresql.JSONB, nullable=False, default=list)
    queued_by = sa.Column(sa.Text, sa.ForeignKey("user.id", ondelete="SET NULL"))
    queued_at = sa.Column(sa.DateTime(timezone=True), nullable=False, default=now)
    started_at = sa.Column(sa.DateTime(timezone=True))
    finished_at = sa.Column(sa.DateTime(timezone=True))
    imported_at = sa.Column(sa.DateTime(timezone=True))

    @classmethod
    def get(cls, resource_id: str) -> BudgetImport | None:
        return model.Session.get(cls, resource_id)

    def as_dict(self) -> dict[str, Any]:
        """The stored values, timestamps as ISO strings (messages untranslated: see budget_actions)."""
        stamps = ("queued_at", "started_at", "finished_at", "imported_at")
        values = {column.name: getattr(self, column.name) for column in self.__table__.columns}
        return {
            key: (value.isoformat() if key in stamps and value else value) for key, value in values.items()
        }
