"""Plan versus actual across OPDs for one fiscal year, ranked by absorption (realisasi / anggaran).

Each OPD is read like its own summary: the phase asked for, or its default phase (its latest realisation,
else its latest plan), at that phase's latest period; the period is given with each OPD, since OPDs
report at different times. The sums come with the current slices (``sources``): no line is read.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from ckan import model

from ckanext.ppid.budget import sources


def _rank(row: dict[str, Any]) -> tuple[bool, float, str]:
    # Highest absorption first; OPDs without a percentage last; ties by name.
    share = row["persentase"]
    return share is None, -(share or 0.0), row["organization"]["title"] or row["organization"]["name"]


def compare(year: int | None, phase: str | None) -> dict[str, Any]:
    """The comparison ``ppid_budget_compare`` returns (see its docstring)."""
    everything = sources.current()
    years = sources.years(everything)
    year = year or (years[0] if years else None)
    by_org: dict[str, list[sources.Slice]] = defaultdict(list)
    for piece in everything:
        if piece.fiscal_year == year:
            by_org[piece.owner_org].append(piece)
    shown = {org: sources.chosen(slices, phase) for org, slices in by_org.items()}
    units = {
        unit.id: unit
        for unit in model.Session.query(model.Group).filter(
            model.Group.id.in_(list(shown)), model.Group.state == "active"
        )
    }
    rows, amounts = [], []
    for org, (org_phase, period, pieces) in shown.items():
        if org not in units or not pieces:
            continue
        anggaran = sources.total(piece.anggaran for piece in pieces)
        realisasi = sources.total(piece.realisasi for piece in pieces)
        amounts.append((anggaran, realisasi))
        unit = units[org]
        rows.append(
            {
                "organization": {"id": unit.id, "name": unit.name, "title": unit.title},
                **sources.measures(anggaran, realisasi),
                "phase": org_phase,
                "period": period,
            }
        )
    return {
        "year": year,
        "phase": phase,
        "rows": sorted(rows, key=_rank),
        "totals": sources.measures(
            sources.total(value for value, _ in amounts),
            sources.total(value for _, value in amounts),
        ),
        "years": years,
    }
