"""E-mail notices of the exemptions the expiry command flags or opens (PP 61/2010 Ps 11), and of those an
objection or dispute decision opens (UU 14/2008 Ps 36, 46; ``dispute_register_feed``).

The command (or the feed) queues one job per status it changes; the job tells the owning unit's admins and
editors, its PPID contact and the PPID Utama's admins (``unit_recipients``). The status change is the guard
against telling twice: a run that changes nothing queues nothing.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from typing import Any

import ckan.plugins.toolkit as tk

from ckanext.ppid import notice_mail
from ckanext.ppid.documents.dates import Locale, format_date, parse_date
from ckanext.ppid.law import exemptions
from ckanext.ppid.register import expiry
from ckanext.ppid.site_context import site_context
from ckanext.ppid.unit_recipients import unit_recipients
from ckanext.ppid.workdays import Explained
from ckanext.ppid.working_calendar import current_calendar

log = logging.getLogger(__name__)

# The template of each status the command moves an exemption to.
TEMPLATES = {
    "akan_berakhir": "exemption_ending",
    "berakhir": "exemption_opened",
    "dibuka_persetujuan": "exemption_opened",
    "dibuka_putusan": "exemption_opened",
}


def enqueue_notice(item: Mapping[str, Any], status: str, today: dt.date) -> str | None:
    """Queue the notice of ``item`` moving to ``status`` on ``today``; returns the job's id.

    An item back in force (its end moved beyond the flag date) needs none: the PPID who recorded the
    extension knows. Then nothing is queued and the result is None.
    """
    if status not in TEMPLATES:
        return None
    job = tk.enqueue_job(
        send_exemption_notice,
        [item["id"], status, today.isoformat()],
        title=f"ppid exemption notice: {item['name']} -> {status}",
    )
    return job.id


def send_exemption_notice(item_id: str, status: str, day: str) -> list[str]:
    """Background job: mail the people responsible for the item that it moved to ``status`` on ``day``.

    Returns the addresses mailed. Nothing is sent if the item has left that status since (a later run
    opened it, or the PPID extended it): that change has its own notice, or needs none.
    """
    context = site_context()
    item = tk.get_action("package_show")(dict(context), {"id": item_id})
    now = item.get("status_pengecualian") or "berlaku"
    if now != status:
        log.info("Notice of %s -> %s not sent: the item is now %s", item["name"], status, now)
        return []
    unit = tk.get_action("organization_show")(dict(context), {"id": item["owner_org"]})
    state = expiry.exemption_status(item, dt.date.fromisoformat(day), current_calendar())
    recipients = unit_recipients(unit)
    sent = notice_mail.send(TEMPLATES[status], recipients, _template_vars(item, unit, status, state))
    log.info("Notice of %s -> %s sent to %s", item["name"], status, ", ".join(sent) or "nobody")
    return sent


def _template_vars(
    item: Mapping[str, Any], unit: Mapping[str, Any], status: str, state: expiry.ExpiryState
) -> dict[str, Any]:
    locale = notice_mail.date_locale()
    try:
        ground_label = exemptions.ground(str(item.get("dasar_pengecualian"))).label
    except KeyError:
        ground_label = ""
    decided = parse_date(item.get("tanggal_penetapan"))
    return {
        "item": item,
        "unit": unit,
        "status": status,
        "ground_label": ground_label,
        "decided_on": format_date(decided, locale) if decided else "",
        "ends_on": format_date(state.ends_on, locale) if state.ends_on else "",
        "flag": _explanation(state.flag_explained, locale) if state.flag_explained else None,
    }


def _explanation(explained: Explained, locale: Locale) -> dict[str, Any]:
    """How the flag date was counted back from the end: the rule's msgid with its values, the days skipped."""
    return {
        "due": format_date(explained.due, locale),
        "rule": explained.rule,
        "rule_params": {
            "start": format_date(explained.start, locale),
            "n": explained.working_days,
            "due": format_date(explained.due, locale),
        },
        "calendar_rule": explained.calendar_rule,
        # Weekends go without saying; holidays and leave days are what a reader checks, in calendar order.
        "days_off": [
            {"date": format_date(off.day, locale), "name": off.name, "label": off.label}
            for off in sorted(explained.skipped, key=lambda off: off.day)
            if off.kind != "akhir_pekan"
        ],
    }
