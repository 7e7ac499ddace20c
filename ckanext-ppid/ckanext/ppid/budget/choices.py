"""Choices of the budget dataset's select fields and the names of budget phases, translated for the reader.

The codes come from the core (``budget.core.table_format.PHASES``) and the law (``law.berkala.PERIODICITIES``:
a budget is reported monthly, quarterly, by semester or yearly).
"""

from __future__ import annotations

from typing import Any

import ckan.plugins.toolkit as tk

from ckanext.ppid.budget.core.table_format import PHASES
from ckanext.ppid.law import berkala
from ckanext.ppid.law.markers import N_

PHASE_LABELS = {
    "murni": N_("Original budget (murni)"),
    "pergeseran": N_("Shifted budget (pergeseran)"),
    "perubahan": N_("Amended budget (perubahan)"),
    "realisasi": N_("Realisation (realisasi)"),
}
assert tuple(PHASE_LABELS) == PHASES, "a phase without a label"


def phase_label(code: str) -> str:
    return tk._(PHASE_LABELS[code]) if code in PHASE_LABELS else code


def ppid_budget_phase_choices(field: dict[str, Any]) -> list[dict[str, str]]:
    return [{"value": code, "label": phase_label(code)} for code in PHASES]


def ppid_budget_period_kind_choices(field: dict[str, Any]) -> list[dict[str, str]]:
    return [{"value": kind.code, "label": tk._(kind.label)} for kind in berkala.PERIODICITIES]


HELPERS = {
    "ppid_budget_phase_choices": ppid_budget_phase_choices,
    "ppid_budget_period_kind_choices": ppid_budget_period_kind_choices,
    "ppid_budget_phase_label": phase_label,
}
