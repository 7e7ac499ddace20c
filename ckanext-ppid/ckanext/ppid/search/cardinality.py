"""Whether a set of columns takes few combinations of values, from PostgreSQL's planner statistics.

Counting facets over a large matched set costs one hash lookup per value per row. When the facet
columns together take few combinations of values (an organization and its groups), grouping the matched
rows by combination first and counting each facet over the combinations gives the same counts for far
less work; when they take many (tags), that first grouping is pure overhead. ANALYZE's ``n_distinct``
tells which. The answer only chooses between two statements with the same results, so it may be a
little stale: it is kept for a minute per process.
"""

from __future__ import annotations

import time
from collections.abc import Sequence

import sqlalchemy as sa
from ckan import model

from ckanext.ppid.search.model import TABLE_NAME

REFRESH_SECONDS = 60.0
# Grouping by combination first pays off when it shrinks the rows to count at least this many times.
MIN_SHRINK = 20
STATISTICS = sa.text(
    """
    SELECT s.n_distinct, c.reltuples
    FROM pg_stats AS s
    JOIN pg_class AS c ON c.relname = s.tablename AND c.relnamespace = to_regnamespace(s.schemaname)
    WHERE s.schemaname = current_schema() AND s.tablename = :table AND s.attname = ANY(:columns)
    """
)

_answers: dict[tuple[str, ...], tuple[float, bool]] = {}


def few_combinations(columns: Sequence[str]) -> bool:
    """True if the statistics say ``columns`` take together far fewer combinations than there are rows."""
    key = tuple(sorted(set(columns)))
    now = time.monotonic()
    known = _answers.get(key)
    if known is not None and now - known[0] < REFRESH_SECONDS:
        return known[1]
    answer = _estimate(key)
    _answers[key] = (now, answer)
    return answer


def _estimate(columns: tuple[str, ...]) -> bool:
    rows = model.Session.execute(STATISTICS, {"table": TABLE_NAME, "columns": list(columns)}).all()
    if len(rows) != len(columns):
        # A column not analysed yet: nothing to go by.
        return False
    tuples = rows[0].reltuples
    combinations = 1.0
    for row in rows:
        # A negative n_distinct is a fraction of the rows (the number grows with the table).
        distinct = row.n_distinct if row.n_distinct >= 0 else -row.n_distinct * tuples
        combinations *= max(distinct, 1.0)
    return tuples > 0 and combinations * MIN_SHRINK <= tuples
