"""The demo OPDs' budget figures: what each line of their budget plans and how much of it is spent by the
end of each month (pure: no CKAN import).

Figures are drawn from a random generator seeded with the OPD and the year, so every run writes the
same files. A year's budget is enacted as murni; the perubahan (APBD-P, enacted by the end of
September) moves some lines up or down, and the realisation reports (LRA) from October on set the
realisation against it. Money is spent along a curve that depends on the account: salaries month by
month (with the holiday and thirteenth payments), routine spending along a gentle S, capital works late
in the year, grants and transfers in tranches, the contingency fund when something happens. Each OPD
and year has its own absorption (realisasi / anggaran by December, between about 80 and 97 percent);
lines vary around it.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from ckanext.ppid.demo.budget_nomenclature import (
    CAPITAL,
    CONTINGENCY,
    ROUTINE,
    SALARY,
    TRANCHES,
    Activity,
    Program,
    SubActivity,
    UnitBudget,
    curve_of,
)

MURNI, PERUBAHAN, REALISASI = "murni", "perubahan", "realisasi"
# The first month whose realisation report sets the realisation against the perubahan.
PERUBAHAN_MONTH = 10
# Budgets grow by about this much a year.
GROWTH = 0.06
FIRST_YEAR = 2023
# Cumulative share of the year's spending at the end of each month (index 0 = January).
CURVES = {
    SALARY: tuple((month + (month >= 4) + (month >= 6)) / 14 for month in range(1, 13)),
    ROUTINE: tuple((month / 12) ** 1.5 for month in range(1, 13)),
    CAPITAL: (0.0, 0.0, 0.02, 0.05, 0.1, 0.18, 0.27, 0.36, 0.48, 0.62, 0.78, 1.0),
    TRANCHES: (0.0, 0.0, 0.15, 0.4, 0.4, 0.55, 0.8, 0.8, 0.8, 0.9, 0.9, 1.0),
    CONTINGENCY: (0.0, 0.05, 0.2, 0.2, 0.35, 0.35, 0.45, 0.5, 0.6, 0.7, 0.8, 1.0),
}
# Where each kind of money comes from (the CSV files' "Sumber Dana").
FUNDS = {
    SALARY: ("DAU",),
    ROUTINE: ("PAD", "DAU", "PAD"),
    CAPITAL: ("DAK Fisik", "PAD", "DBH"),
    TRANCHES: ("DAU", "PAD"),
    CONTINGENCY: ("PAD",),
}
CENT = Decimal("0.01")


@dataclass(frozen=True)
class Leaf:
    """One account of one sub kegiatan: what the murni and the perubahan give it, and the share of the
    perubahan spent by December."""

    program: Program
    activity: Activity
    sub: SubActivity
    account: str
    curve: str
    sumber_dana: str
    murni: Decimal
    perubahan: Decimal
    absorption: float


def _rupiah(value: float, step: int) -> Decimal:
    """``value`` rounded to a multiple of ``step`` rupiah (budgets are set in round figures)."""
    return Decimal(max(1, round(value / step)) * step).quantize(CENT)


def year_absorption(unit: str, year: int) -> float:
    """The OPD's absorption in ``year`` by December (before the lines' own variation)."""
    return random.Random(f"absorption-{unit}-{year}").uniform(0.8, 0.96)


def leaves(budget: UnitBudget, year: int) -> tuple[Leaf, ...]:
    """The OPD's budget lines of ``year``, in code order."""
    rnd = random.Random(f"budget-{budget.unit}-{year}")
    subs = [
        (program, activity, sub)
        for program in budget.programs
        for activity in program.activities
        for sub in activity.subs
    ]
    total_weight = sum(sub.weight for _, _, sub in subs)
    scale = budget.billions * 1e9 * (1 + GROWTH) ** (year - FIRST_YEAR)
    absorption = year_absorption(budget.unit, year)
    found = []
    for program, activity, sub in subs:
        sub_budget = scale * sub.weight / total_weight * rnd.uniform(0.85, 1.15)
        shares = sum(share for _, share in sub.accounts)
        for account, share in sorted(sub.accounts):
            curve = curve_of(account)
            step = 1_000_000 if curve == CAPITAL else 1_000
            murni = _rupiah(sub_budget * share / shares * rnd.uniform(0.9, 1.1), step)
            change = rnd.random()
            factor = (
                1.0 if change < 0.7 else rnd.uniform(0.8, 0.95) if change < 0.85 else rnd.uniform(1.05, 1.25)
            )
            found.append(
                Leaf(
                    program=program,
                    activity=activity,
                    sub=sub,
                    account=account,
                    curve=curve,
                    sumber_dana=rnd.choice(FUNDS[curve]),
                    murni=murni,
                    perubahan=_rupiah(float(murni) * factor, step),
                    absorption=_line_absorption(curve, absorption, rnd),
                )
            )
    return tuple(found)


def _line_absorption(curve: str, absorption: float, rnd: random.Random) -> float:
    if curve == SALARY:
        return rnd.uniform(0.96, 0.995)
    if curve == CONTINGENCY:
        return rnd.uniform(0.15, 0.6)
    if curve == CAPITAL:
        return min(0.99, max(0.4, absorption + rnd.uniform(-0.15, 0.03)))
    return min(0.995, max(0.5, absorption + rnd.uniform(-0.08, 0.06)))


def amounts(leaf: Leaf, phase: str, month: int = 12) -> tuple[Decimal, Decimal | None]:
    """(anggaran, realisasi) of ``leaf`` in the file of ``phase``; for a realisation, cumulative to the end
    of ``month``. A plan has no realisasi."""
    if phase == MURNI:
        return leaf.murni, None
    if phase == PERUBAHAN:
        return leaf.perubahan, None
    budget = leaf.perubahan if month >= PERUBAHAN_MONTH else leaf.murni
    spent = float(leaf.perubahan) * leaf.absorption * CURVES[leaf.curve][month - 1]
    realised = Decimal(round(spent)).quantize(CENT, rounding=ROUND_HALF_UP)
    return budget, min(realised, budget)
