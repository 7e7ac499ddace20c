"""Letter numbers (written notices, extension notices, objection registrations, the Atasan's decisions).

One row per kind of letter and year, taken under its row lock in the transaction that issues the letter, so
the numbers of each kind have no gap and no duplicate (as ``requests.model.sequence`` for registration
numbers).
"""

from __future__ import annotations

import sqlalchemy as sa
from ckan import model
from ckan.plugins import toolkit as tk

TABLE_NAME = "ppid_letter_sequence"


class LetterSequence(tk.BaseModel):
    __tablename__ = TABLE_NAME

    kind = sa.Column(sa.Text, primary_key=True)
    year = sa.Column(sa.Integer, primary_key=True)
    last_value = sa.Column(sa.Integer, nullable=False)


_NEXT = sa.text(
    "INSERT INTO ppid_letter_sequence (kind, year, last_value) VALUES (:kind, :year, 1) "
    "ON CONFLICT (kind, year) DO UPDATE SET last_value = ppid_letter_sequence.last_value + 1 "
    "RETURNING last_value"
)


def next_value(kind: str, year: int) -> int:
    """The next number of letters of ``kind`` in ``year``, taken in the current transaction."""
    return model.Session.execute(_NEXT, {"kind": kind, "year": year}).scalar_one()
