"""The parameters of the handling actions, read from the API or a form: units, days, notices, deliveries.

Forms send text, the API may send lists and booleans; both come out as the core's values, with a
:class:`~ckanext.ppid.law.problems.Problem` per field for what cannot be read. The written notice
is checked here as a whole before anything is stored (the core's ``requests.core.notice`` for what its outcome
needs, ``requests.handling.register_items`` for the exempted-register items), so a form shows every problem at
once; the machine checks it again when the notice is sent.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.law import requests as law_requests
from ckanext.ppid.law.markers import N_
from ckanext.ppid.law.problems import Problem
from ckanext.ppid.requests.core import machine, notice
from ckanext.ppid.requests.core.states import Notice
from ckanext.ppid.requests.filing.identity_documents import is_upload
from ckanext.ppid.requests.handling import register_items as request_register_items
from ckanext.ppid.requests.transitions import refusal

UNKNOWN_UNIT = N_("There is no PPID unit {unit}.")
BAD_DAY = N_("Write the date as YYYY-MM-DD.")
BAD_COSTS = N_("Write the costs as a whole number of Rupiah, 0 when free.")
BAD_HELD = N_("Answer whether the body holds the information with yes or no.")
_SEPARATORS = re.compile(r"[\s,;]+")
_THOUSANDS = re.compile(r"^\d{1,3}([.\s]\d{3})+$")
TRUE_WORDS, FALSE_WORDS = frozenset({"true", "ya", "yes", "1"}), frozenset({"false", "tidak", "no", "0"})
# The parameter of the notice form each Ps 22(7) item of the core is entered in.
NOTICE_FIELDS = {
    "outcome": "outcome",
    "penguasaan": "held",
    "badan_publik_penguasa": "holder",
    "alasan": "reasons",
    "dasar_pengecualian": "exemption_grounds",
    "materi_informasi": "material",
    "penghitaman": "redactions",
    "media_format": "delivery_method",
    "biaya": "costs",
    "waktu_pendokumentasian": "documentation_due",
    "lokasi_publikasi": "published_at",
}


def invalid(problems: list[Problem]) -> tk.ValidationError:
    """Problems as the ValidationError the machine's refusals are, each message translated."""
    return refusal(machine.TransitionRefused(machine.INVALID, problems))


def text(data: dict[str, Any], name: str) -> str:
    value = data.get(name)
    return value.strip() if isinstance(value, str) else ""


def listed(value: Any) -> list[str]:
    """A list parameter: a list (API, repeated form fields) or text separated by commas or spaces."""
    values = value if isinstance(value, list | tuple) else [value]
    found: list[str] = []
    for entry in values:
        if isinstance(entry, str):
            found += [part for part in _SEPARATORS.split(entry) if part and part not in found]
    return found


def uploads(value: Any) -> list[Any]:
    """The uploaded files of a parameter (one, or a list)."""
    values = value if isinstance(value, list | tuple) else [value]
    return [entry for entry in values if is_upload(entry)]


def unit(data: dict[str, Any]) -> model.Group:
    """The PPID unit named by ``unit`` (name or id); ValidationError if there is none."""
    ref = text(data, "unit")
    group = model.Group.get(ref) if ref else None
    if ref and (group is None or not group.is_organization or group.state != "active"):
        raise invalid([Problem(UNKNOWN_UNIT, {"unit": ref}, field="unit")])
    return group


def day(data: dict[str, Any], name: str, problems: list[Problem]) -> dt.date | None:
    """A date parameter; a problem is added when it is given but not a date."""
    value = data.get(name)
    if isinstance(value, dt.date):
        return value
    given = text(data, name)
    if not given:
        return None
    try:
        return dt.date.fromisoformat(given)
    except ValueError:
        problems.append(Problem(BAD_DAY, field=name))
        return None


def _held(data: dict[str, Any], problems: list[Problem]) -> bool | None:
    value = data.get("held")
    if isinstance(value, bool) or value is None:
        return value
    given = text(data, "held").lower()
    if not given:
        return None
    if given in TRUE_WORDS | FALSE_WORDS:
        return given in TRUE_WORDS
    problems.append(Problem(BAD_HELD, field="held"))
    return None


def rupiah(given: str) -> int | None:
    """An amount of Rupiah written as digits, with dots or spaces between thousands; None if it is not."""
    given = given.strip()
    digits = re.sub(r"[.\s]", "", given) if _THOUSANDS.match(given) else given
    return int(digits) if digits.isascii() and digits.isdigit() else None


def _costs(data: dict[str, Any], problems: list[Problem]) -> int | None:
    value = data.get("costs")
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    given = text(data, "costs")
    if not given:
        return None
    amount = rupiah(given)
    if amount is None:
        problems.append(Problem(BAD_COSTS, field="costs"))
    return amount


def _core_problems(outcome: str, written: Notice) -> list[Problem]:
    found = []
    for problem in notice.problems(outcome, written):
        field = NOTICE_FIELDS.get(problem.field, problem.field)
        if problem.field == "dasar_pengecualian" and written.exemption_grounds and not written.register_items:
            field = "register_items"
        found.append(Problem(problem.message, problem.params, field=field))
    return found


def _visible(context: dict[str, Any], items: list[Any]) -> tuple[list[Any], list[Problem]]:
    """The items the caller may see; one the caller may not see is named as missing (not confirmed)."""
    shown, problems = [], []
    for item in items:
        try:
            tk.check_access("package_show", {"user": context.get("user")}, {"id": item.id})
        except tk.NotAuthorized:
            missing = Problem(request_register_items.NOT_FOUND, {"item": item.name}, field="register_items")
            problems.append(missing)
        else:
            shown.append(item)
    return shown, problems


def written_notice(data: dict[str, Any], context: dict[str, Any]) -> tuple[str, Notice]:
    """The outcome and the notice the parameters describe; ValidationError listing every problem.

    Only the parts of the notice its outcome asks for are read (``law.requests.notice_fields``): what was
    entered for another outcome is ignored, never a reason to refuse.
    """
    problems: list[Problem] = []
    outcome = text(data, "outcome")
    asked = {part.name for part in law_requests.notice_fields(outcome)}
    data = {name: value for name, value in data.items() if name in asked}
    items, item_problems = request_register_items.exempted(
        listed(data.get("register_items")), "register_items"
    )
    items, hidden = _visible(context, items)
    item_problems += hidden
    written = Notice(
        held=_held(data, problems),
        holder=text(data, "holder"),
        reasons=text(data, "reasons"),
        exemption_grounds=tuple(listed(data.get("exemption_grounds"))),
        register_items=tuple(item.id for item in items),
        material=text(data, "material"),
        redactions=text(data, "redactions"),
        delivery_method=text(data, "delivery_method"),
        copy_format=text(data, "copy_format"),
        costs=_costs(data, problems),
        payment_method=text(data, "payment_method"),
        documentation_due=day(data, "documentation_due", problems),
        published_at=text(data, "published_at"),
    )
    core = _core_problems(outcome, written)
    if item_problems:  # the items named are wrong, rather than missing
        core = [problem for problem in core if problem.field != "register_items"]
    problems += item_problems + core
    if problems:
        raise invalid(problems)
    return outcome, written
