"""E-mail notices of the exemptions the expiry command flags or opens (PP 61/2010 Ps 11), and of those an
objection or dispute decision opens (UU 14/2008 Ps 36, 46; ``requests.disputes.register_feed``).

The command (or the feed) adds the notices to the outbox (``notifications.outbox``) just before it saves the
item's new status, so they are committed with it: one row per person to tell (the owning unit's admins and
editors, its PPID contact and the PPID Utama's admins, ``units.recipients``), one job per row. The status
change is the guard against telling twice: a run that changes nothing adds nothing. A row whose item has
left that status by the time it is sent (a later run opened it, or the PPID extended it) is skipped: that
change has its own notice, or needs none.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Mapping
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.calendar.configured import current_calendar
from ckanext.ppid.calendar.core.workdays import Explained
from ckanext.ppid.documents.dates import Locale, format_date, parse_date
from ckanext.ppid.law import exemptions
from ckanext.ppid.notifications import mail as notice_mail
from ckanext.ppid.notifications import outbox as notification_outbox
from ckanext.ppid.notifications.channels import EMAIL
from ckanext.ppid.notifications.kinds import Obsolete
from ckanext.ppid.notifications.model import Notification
from ckanext.ppid.notifications.outbox import Outgoing
from ckanext.ppid.register.core import expiry
from ckanext.ppid.shell.site_context import site_context
from ckanext.ppid.units.recipients import unit_recipients

log = logging.getLogger(__name__)

# The template of each status the command moves an exemption to.
TEMPLATES = {
    "akan_berakhir": "exemption_ending",
    "berakhir": "exemption_opened",
    "dibuka_persetujuan": "exemption_opened",
    "dibuka_putusan": "exemption_opened",
}
SUBJECT_TYPE = "dataset"


def add_notice(item: Mapping[str, Any], status: str, today: dt.date) -> list[int]:
    """Add the notices of ``item`` moving to ``status`` on ``today`` in the current transaction (the one
    that saves the status); the new rows' ids.

    An item back in force (its end moved beyond the flag date) needs none: the PPID who recorded the
    extension knows. Then nothing is added.
    """
    if status not in TEMPLATES:
        return []
    owner = item.get("owner_org")
    if not owner:
        owner = tk.get_action("package_show")(site_context(), {"id": item["id"]})["owner_org"]
    unit = tk.get_action("organization_show")(site_context(), {"id": owner})
    payload = {"status": status, "item_name": item["name"]}
    return notification_outbox.add_all(
        Outgoing(
            TEMPLATES[status],
            EMAIL,
            person.email,
            SUBJECT_TYPE,
            item["id"],
            today,
            {**payload, "recipient_name": person.name},
            occasion=f"{status}:{today.isoformat()}",
        )
        for person in unit_recipients(unit)
    )


def template_vars(row: Notification) -> dict[str, Any]:
    """The notice's values, from the item as it is now; :class:`Obsolete` if it has left the status since."""
    context = site_context()
    status = row.payload["status"]
    try:
        item = tk.get_action("package_show")(dict(context), {"id": row.subject_id})
    except tk.ObjectNotFound as missing:
        raise Obsolete("the register item no longer exists") from missing
    now = item.get("status_pengecualian") or "berlaku"
    if now != status:
        raise Obsolete(f"the item is now {now}, no longer {status}")
    unit = tk.get_action("organization_show")(dict(context), {"id": item["owner_org"]})
    day = dt.date.fromisoformat(row.payload["due"])
    state = expiry.exemption_status(item, day, current_calendar())
    return _template_vars(item, unit, status, state)


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


def send_exemption_notice(item_id: str, status: str, day: str) -> list[int]:
    """A job queued before the outbox existed (or a failed one requeued): add its notices, queue them."""
    item = tk.get_action("package_show")(site_context(), {"id": item_id})
    new_ids = add_notice(item, status, dt.date.fromisoformat(day))
    model.Session.commit()
    return notification_outbox.enqueue(new_ids)
