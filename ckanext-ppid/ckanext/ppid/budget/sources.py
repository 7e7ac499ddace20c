"""Which stored budget lines count: the current import of each (OPD, fiscal year, phase, period).

Only imports of active resources of active, public budget datasets count. When two resources hold the same
OPD's lines for the same year, phase and period (a corrected file uploaded as a new dataset), the one
imported last counts and the other is ignored, so nothing is counted twice. Each import lists the slices
its lines cover with their sums (``ppid_budget_import.slices``), so this reads no lines.

The phase shown by default is the realisation of the latest period when there is one (a realisation
report holds the budget and the realisation up to its period), else the latest plan: perubahan before
pergeseran before murni.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

import sqlalchemy as sa
from ckan import model

from ckanext.ppid.budget import periods
from ckanext.ppid.budget.core.table_format import PHASES

REALISASI = "realisasi"
# The phase shown when none is asked for: the first one the data has.
DEFAULT_ORDER = ("realisasi", "perubahan", "pergeseran", "murni")
CENT = Decimal("0.01")

_CURRENT = """
SELECT DISTINCT ON (p.owner_org, s.fiscal_year, s.phase, s.period)
       p.owner_org, s.fiscal_year, s.phase, s.period, i.resource_id, p.id, p.name, p.title,
       s.anggaran, s.realisasi
FROM ppid_budget_import i
JOIN resource r ON r.id = i.resource_id AND r.state = 'active'
JOIN package p ON p.id = r.package_id AND p.state = 'active' AND NOT p.private AND p.type = 'anggaran'
CROSS JOIN LATERAL jsonb_to_recordset(i.slices)
     AS s(fiscal_year int, phase text, period text, anggaran numeric, realisasi numeric)
WHERE i.imported_at IS NOT NULL AND (CAST(:org AS text) IS NULL OR p.owner_org = :org)
  AND (CAST(:year AS int) IS NULL OR s.fiscal_year = :year)
ORDER BY p.owner_org, s.fiscal_year, s.phase, s.period, i.imported_at DESC
"""


@dataclass(frozen=True)
class Slice:
    """The lines of one OPD, year, phase and period that count, the dataset they come from, their sums."""

    owner_org: str
    fiscal_year: int
    phase: str
    period: str
    resource_id: str
    package_id: str
    package_name: str
    package_title: str
    anggaran: Decimal | None
    realisasi: Decimal | None


def current(owner_org: str | None = None, year: int | None = None) -> list[Slice]:
    """The slices that count, of one OPD and/or one year (all when None)."""
    rows = model.Session.execute(sa.text(_CURRENT), {"org": owner_org, "year": year})
    return [Slice(*row) for row in rows]


def years(slices: Sequence[Slice]) -> list[int]:
    """The fiscal years the slices cover, latest first."""
    return sorted({piece.fiscal_year for piece in slices}, reverse=True)


def phases(slices: Sequence[Slice]) -> list[str]:
    """The phases the slices cover, in the law's order."""
    found = {piece.phase for piece in slices}
    return [phase for phase in PHASES if phase in found]


def default_phase(slices: Sequence[Slice]) -> str | None:
    found = {piece.phase for piece in slices}
    return next((phase for phase in DEFAULT_ORDER if phase in found), None)


def chosen(slices: Sequence[Slice], phase: str | None) -> tuple[str | None, str | None, list[Slice]]:
    """(phase, period, slices) shown for ``phase`` (None: the default phase): its latest period's slices."""
    phase = phase or default_phase(slices)
    of_phase = [piece for piece in slices if piece.phase == phase]
    period = periods.latest([piece.period for piece in of_phase])
    return phase, period, [piece for piece in of_phase if piece.period == period]


def total(values: Iterable[Decimal | None]) -> Decimal | None:
    """The sum of the amounts given; None when none is (a plan has no realisation)."""
    present = [value for value in values if value is not None]
    return sum(present, Decimal(0)) if present else None


def percentage(anggaran: Decimal | None, realisasi: Decimal | None) -> float | None:
    """Realisasi as a percentage of anggaran, two decimals; None without a budget to divide by."""
    if not anggaran or realisasi is None:
        return None
    return float((realisasi * 100 / anggaran).quantize(CENT, rounding=ROUND_HALF_UP))


def amount(value: Decimal | None) -> float | None:
    """An amount as a JSON number (rupiah, two decimals)."""
    return None if value is None else float(value)


def measures(anggaran: Decimal | None, realisasi: Decimal | None) -> dict[str, float | None]:
    return {
        "anggaran": amount(anggaran),
        "realisasi": amount(realisasi),
        "persentase": percentage(anggaran, realisasi),
    }
