"""The core's messages (N_ msgids with parameters) in the reader's language, dates as letters write them.

The core fills its refusals and explanations with dates (``{due}``, ``{day}``); a reader sees
"8 Januari 2027", not "2027-01-08", as the letters write it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

import ckan.plugins.toolkit as tk

from ckanext.ppid.documents.dates import format_date
from ckanext.ppid.law.markers import N_
from ckanext.ppid.law.problems import Problem

# A msgid every catalog of ours translates: whether it comes out translated says which language the
# messages are in (outside a request, as in a test calling an action, they stay English whatever the locale).
_PROBE = N_("working days")


def _locale() -> str:
    return "en" if tk._(_PROBE) == _PROBE else "id"


def filled(message: str, params: Mapping[str, Any]) -> str:
    """``message`` translated, with its parameters filled in; dates written out in the reader's language."""
    locale = _locale()
    shown = {
        key: format_date(value, locale) if isinstance(value, dt.date) else value
        for key, value in params.items()
    }
    return tk._(message).format(**shown)


def text(problem: Problem) -> str:
    """A core's problem, or the reason of its refusal (``refused.problem``), in the reader's language."""
    return filled(problem.message, problem.params)
