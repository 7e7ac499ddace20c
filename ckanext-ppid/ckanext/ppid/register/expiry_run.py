"""The scheduled expiry of exemptions (``ckan ppid register expire``): flag, then open, by the calendar."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from collections.abc import Iterator
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.calendar.configured import current_calendar
from ckanext.ppid.notifications import outbox as notification_outbox
from ckanext.ppid.register.core import expiry
from ckanext.ppid.register.core.restriction import DATASET_TYPE, EXEMPTED
from ckanext.ppid.register.notices import add_notice
from ckanext.ppid.shell import settings
from ckanext.ppid.shell.site_context import site_context


def _exempted_in_force(context: dict[str, Any]) -> list[dict[str, Any]]:
    query = {
        # An item saved without a status is in force (the status is set only when it changes).
        "fq": f'dataset_type:"{DATASET_TYPE}" AND kategori:"{EXEMPTED}" '
        "AND -status_pengecualian:(berakhir OR dibuka_persetujuan OR dibuka_putusan)",
        "rows": 1000,
        "include_private": True,
        "include_drafts": False,
    }
    items: list[dict[str, Any]] = []
    while True:
        found = tk.get_action("package_search")(dict(context), dict(query, start=len(items)))
        items += found["results"]
        if len(items) >= found["count"] or not found["results"]:
            return items


def run_expiry(today: dt.date | None = None, dry_run: bool = False) -> Iterator[str]:
    """Apply PP 61/2010 Ps 11 to every exemption in force; yields one line per change.

    Each change adds its e-mail notices to the outbox (``register.notices``); a dry run changes and adds
    nothing.
    """
    today = today or dt.datetime.now(zoneinfo.ZoneInfo(settings.timezone())).date()
    context = site_context()
    calendar = current_calendar()
    changed = 0
    for item in _exempted_in_force(context):
        state = expiry.exemption_status(item, today, calendar)
        if state.status == (item.get("status_pengecualian") or "berlaku"):
            continue
        changed += 1
        was = item.get("status_pengecualian") or "berlaku"
        line = f"{item['name']}: {was} -> {state.status} (ends {item.get('tanggal_berakhir')})"
        if dry_run:
            yield line
            continue
        # The notices are committed with the new status: a later run finds nothing to change and tells nobody.
        try:
            notices = add_notice(item, state.status, today)
            patch = {"id": item["id"], "status_pengecualian": state.status}
            tk.get_action("package_patch")(dict(context), patch)
        except Exception:
            model.Session.rollback()
            raise
        notification_outbox.enqueue(notices)
        yield f"{line}, {len(notices)} notice(s) queued" if notices else line
    yield f"{changed} exemption(s) {'would change' if dry_run else 'changed'} on {today.isoformat()}"
