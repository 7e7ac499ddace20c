"""When exemptions end (PP 61/2010 Ps 11), for the register and the scheduled command that applies it.

The PPID must decide to open exempted information at the latest 30 working days before its period ends
(Ps 11(2)); an item is flagged "akan_berakhir" from that day. If no decision is made, the information
becomes public when the period ends (Ps 11(3)): the item is "berakhir" and its files are released.
Consent or a public office (UU 14/2008 Ps 18(2)) opens 17.g/17.h information at once.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, NamedTuple

from ckanext.ppid.calendar.core.workdays import Calendar, Explained
from ckanext.ppid.law import deadlines
from ckanext.ppid.register.core.consequence import opened_by_consent, period_end
from ckanext.ppid.register.core.restriction import EXEMPTED, WITHHOLDING

# Statuses an exemption does not leave on its own: it has ended, or a decision opened it.
FINAL = ("berakhir", "dibuka_persetujuan", "dibuka_putusan")
OPENING_DECISION = deadlines.deadline("penetapan_pembukaan_pengecualian")


@dataclass(frozen=True)
class ExpiryState:
    """An exemption's status on a day, with its end and the day the PPID's decision falls due."""

    status: str
    ends_on: dt.date | None
    flag_from: dt.date | None
    # How flag_from was counted back from ends_on (the working days and the days skipped).
    flag_explained: Explained | None


class Change(NamedTuple):
    item: Mapping[str, Any]
    state: ExpiryState


def exemption_status(item: Mapping[str, Any], today: dt.date, calendar: Calendar) -> ExpiryState:
    """The status the item should have on ``today``."""
    ends_on = period_end(item)
    explained = calendar.subtract_working_days(ends_on, OPENING_DECISION.amount) if ends_on else None
    flag_from = explained.due if explained else None
    current = item.get("status_pengecualian") or "berlaku"
    if current in FINAL:
        status = current
    elif opened_by_consent(item):
        status = "dibuka_persetujuan"
    elif ends_on is not None and today >= ends_on:
        status = "berakhir"
    elif flag_from is not None and today >= flag_from:
        status = "akan_berakhir"
    else:
        status = "berlaku"
    return ExpiryState(status, ends_on, flag_from, explained)


def _changes(items: Iterable[Mapping[str, Any]], today: dt.date, calendar: Calendar) -> Iterable[Change]:
    for item in items:
        if item.get("kategori", EXEMPTED) != EXEMPTED:
            continue
        if (item.get("status_pengecualian") or "berlaku") in WITHHOLDING:
            yield Change(item, exemption_status(item, today, calendar))


def due_for_opening(items: Iterable[Mapping[str, Any]], today: dt.date, calendar: Calendar) -> list[Change]:
    """Exemptions in force that must now be opened: their period ended, or consent opened them."""
    return [change for change in _changes(items, today, calendar) if change.state.status not in WITHHOLDING]


def due_for_flagging(items: Iterable[Mapping[str, Any]], today: dt.date, calendar: Calendar) -> list[Change]:
    """Exemptions still marked in force that reached the 30-working-day window before their end."""
    return [
        change
        for change in _changes(items, today, calendar)
        if change.state.status == "akan_berakhir"
        and change.item.get("status_pengecualian") != "akan_berakhir"
    ]
