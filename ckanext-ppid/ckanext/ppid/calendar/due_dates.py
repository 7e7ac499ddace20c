"""A due date of the legal clock as the API and the pages show it: translated, with every day walked."""

from __future__ import annotations

from typing import Any

import ckan.plugins.toolkit as tk

from ckanext.ppid.requests.core.clock import DueDate
from ckanext.ppid.shell import messages


def due_date_dict(entry: DueDate) -> dict[str, Any]:
    """The due date, its rule translated, and each day walked: counted, or skipped with the reason."""
    explained = entry.explained
    return {
        "key": entry.key,
        "label": tk._(entry.deadline.label),
        "legal_basis": entry.deadline.legal_basis,
        "working_days": explained.working_days,
        "party": entry.party,
        "start": explained.start.isoformat(),
        "start_reason": tk._(entry.start_reason),
        "due": explained.due.isoformat(),
        "rule": messages.filled(explained.rule, explained.rule_params),
        "calendar_rule": tk._(explained.calendar_rule),
        "steps": [
            {
                "day": step.day.isoformat(),
                "count": step.count,
                "off": None
                if step.off is None
                else {
                    "kind": step.off.kind,
                    "label": tk._(step.off.label),
                    "name": step.off.name,
                    "decree": step.off.decree,
                },
            }
            for step in explained.steps
        ],
    }
