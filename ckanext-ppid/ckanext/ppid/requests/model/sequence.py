"""Registration-number sequences: one row per year, gapless even under concurrent filing.

The increment is an upsert whose row lock is held until the filing transaction ends: a second filer waits
for the first to commit (then takes the next value) or to roll back (then takes the same value), so no
number is skipped or given twice. A PostgreSQL sequence would not do: it never gives back a value.
"""

from __future__ import annotations

import sqlalchemy as sa
from ckan import model
from ckan.plugins import toolkit as tk

TABLE_NAME = "ppid_request_sequence"


class RequestSequence(tk.BaseModel):
    __tablename__ = TABLE_NAME

    year = sa.Column(sa.Integer, primary_key=True)
    last_value = sa.Column(sa.Integer, nullable=False)


_NEXT = sa.text(
    "INSERT INTO ppid_request_sequence (year, last_value) VALUES (:year, 1) "
    "ON CONFLICT (year) DO UPDATE SET last_value = ppid_request_sequence.last_value + 1 "
    "RETURNING last_value"
)


def next_value(year: int) -> int:
    """The next number of ``year``, taken in the current transaction (which then holds the year's row)."""
    return model.Session.execute(_NEXT, {"year": year}).scalar_one()
