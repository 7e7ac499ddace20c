"""Working days between stored days, counted once per span so lists and SQL need no day-by-day walk.

The work queue shows how many working days each case has left, the public register and the annual
statistics how many each request took; walking the calendar for each of thousands of cases is slow. A
:class:`WorkingDayIndex` numbers the days of a span once (the working days up to each day), so the working
days between two days are one subtraction, in Python or in SQL (:meth:`WorkingDayIndex.sql_table`). The
counting is the clock's: day 0 is not counted, the due day is
(``calendar.core.workdays.Calendar.add_working_days``).
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from ckanext.ppid.calendar.core.workdays import Calendar
from ckanext.ppid.requests.core import clock
from ckanext.ppid.requests.core.clock import Urgency


@dataclass(frozen=True)
class WorkingDayIndex:
    """The days ``first``..``last``, each with the number of working days in (``first``, day]."""

    first: dt.date
    ordinals: tuple[int, ...]

    @property
    def last(self) -> dt.date:
        return self.first + dt.timedelta(days=len(self.ordinals) - 1)

    def ordinal(self, day: dt.date) -> int:
        offset = (day - self.first).days
        if not 0 <= offset < len(self.ordinals):
            raise ValueError(f"{day.isoformat()} is outside the counted span")
        return self.ordinals[offset]

    def between(self, start: dt.date, end: dt.date) -> int:
        """Working days in (start, end]; negative (the working days in (end, start]) when end is earlier."""
        return self.ordinal(end) - self.ordinal(start)

    def urgency(self, due: dt.date, today: dt.date, soon: int = clock.DUE_SOON_WORKING_DAYS) -> Urgency:
        """``clock.urgency`` without walking the calendar."""
        if due == today:
            return Urgency("hari_ini", 0)
        days = self.between(today, due)
        if due < today:
            return Urgency("terlambat", days)
        return Urgency("segera" if days <= soon else "berjalan", days)

    def sql_table(self, name: str = "working_day") -> sa.TableValuedAlias:
        """The index as a table ``(day, ordinal)`` for joins in SQL, its rows bound as two arrays."""
        days = [self.first + dt.timedelta(days=offset) for offset in range(len(self.ordinals))]
        return (
            sa.func.unnest(
                sa.bindparam(f"{name}_days", days, type_=postgresql.ARRAY(sa.Date)),
                sa.bindparam(f"{name}_ordinals", list(self.ordinals), type_=postgresql.ARRAY(sa.Integer)),
            )
            .table_valued(sa.column("day", sa.Date), sa.column("ordinal", sa.Integer))
            .render_derived(name=name)
        )


@functools.lru_cache(maxsize=32)
def index_for(calendar: Calendar, first: dt.date, last: dt.date) -> WorkingDayIndex:
    """Number the working days of ``first``..``last`` (one walk of the calendar).

    Kept for the next call with an equal calendar (same declarations, same cuti bersama policy) and span:
    a queue reloaded all day walks its span once.
    """
    if last < first:
        last = first
    ordinals, counted = [0], 0
    day = first
    while day < last:
        day += dt.timedelta(days=1)
        counted += calendar.is_working_day(day)
        ordinals.append(counted)
    return WorkingDayIndex(first, tuple(ordinals))
