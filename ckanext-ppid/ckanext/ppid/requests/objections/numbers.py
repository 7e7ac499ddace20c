"""Numbers of the objection register and of the Atasan PPID's decision letters, without gaps per year.

Each number is taken from its kind's row of ``ppid_letter_sequence`` inside the transaction that registers the
objection or records the decision, so a change that rolls back gives its number back. The formats are the
body's (``ckanext.ppid.objections.number_format`` and ``.decision_number_format``), written with the fields
of registration numbers (``requests.core.registration_number``); the unit is the code of the request's unit.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.requests.core import registration_number
from ckanext.ppid.requests.filing.store import unit_code
from ckanext.ppid.requests.model.information_request import InformationRequest
from ckanext.ppid.requests.model.letter_sequence import next_value
from ckanext.ppid.shell import messages, settings

OBJECTION = "keberatan"
DECISION = "putusan_keberatan"


@dataclass(frozen=True)
class Number:
    number: str
    year: int
    sequence: int


def _format(kind: str) -> str:
    if kind == OBJECTION:
        return settings.objection_number_format()
    return settings.objection_decision_number_format()


def problems(template: str) -> list[str]:
    """Translated problems of a number format; empty when it can number letters year after year."""
    return [messages.text(problem) for problem in registration_number.problems(template)]


def take(kind: str, case: InformationRequest, day: dt.date) -> Number:
    """The next number of ``kind`` (:data:`OBJECTION` or :data:`DECISION`) issued on ``day``.

    Raises ``ValidationError`` when the configured format cannot make one; the caller rolls back.
    """
    template = _format(kind)
    found = problems(template)
    if found:
        raise tk.ValidationError({"message": found})
    sequence = next_value(kind, day.year)
    unit = model.Group.get(case.current_unit_id)
    try:
        number = registration_number.render(template, sequence, unit_code(unit) if unit else "", day)
    except registration_number.NumberFormatError as error:
        raise tk.ValidationError({"message": [messages.text(error.problem)]}) from error
    return Number(number, day.year, sequence)
