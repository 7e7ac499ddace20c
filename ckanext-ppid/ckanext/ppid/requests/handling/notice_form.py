"""The written-notice form on the case page: one group of inputs per outcome, and its exempted-item choices.

Each outcome a notice can give has its own group of inputs, named ``<outcome>-<part>`` (the parts of
``law.requests.notice_fields``): without JavaScript every group shows under its outcome and only the chosen
outcome's group is read; with JavaScript (``assets/request-forms.js``) only the chosen group shows. The
action (``ppid_request_notice_send``) takes the parts by their own names, as the API does.
"""

from __future__ import annotations

from typing import Any

import ckan.plugins.toolkit as tk

from ckanext.ppid.law import requests as law_requests
from ckanext.ppid.register.core.restriction import DATASET_TYPE, EXEMPTED, WITHHOLDING
from ckanext.ppid.shell.action_context import visitor_context

CODE = "kirim_pemberitahuan"
# Parts that take several values (a multiple select).
MANY = frozenset({"exemption_grounds", "register_items"})
# How many of a unit's exempted items the form lists without a search (the script searches the rest).
LISTED = 100
SEARCHED = 20
# What the list shows of an item (CKAN's index keeps the schema's own fields as ``extras_``).
FIELDS = "id,name,title,extras_nomor_sk_ppid,extras_dasar_pengecualian"


def outcomes() -> list[law_requests.Outcome]:
    """The outcomes a written notice can give, in the law's order."""
    return [outcome for outcome in law_requests.OUTCOMES if outcome.by_notice]


def input_name(outcome: str, part: str) -> str:
    """The name of the input of ``part`` in the group of ``outcome``."""
    return f"{outcome}-{part}"


def submitted(form: Any) -> tuple[dict[str, Any], dict[str, Any]]:
    """What the form sent: every group's values (to show again), and the chosen outcome's as parameters."""
    chosen = form.get("outcome", "")
    entered: dict[str, Any] = {"outcome": chosen}
    for outcome in outcomes():
        for part in law_requests.notice_fields(outcome.code):
            name = input_name(outcome.code, part.name)
            entered[name] = form.getlist(name) if part.name in MANY else form.get(name, "")
    data = {
        "outcome": chosen,
        **{part.name: entered[input_name(chosen, part.name)] for part in law_requests.notice_fields(chosen)},
    }
    return entered, data


def errors_by_input(outcome: str, errors: dict[str, list[str]]) -> dict[str, list[str]]:
    """The action's errors (by part) under the names of the chosen outcome's inputs."""
    parts = {part.name for part in law_requests.notice_fields(outcome)}
    return {
        (input_name(outcome, name) if name in parts else name): messages for name, messages in errors.items()
    }


def exempted_filter(unit_id: str) -> str:
    """The search filter (``package_search`` ``fq``) of a unit's exempted items whose exemption stands."""
    statuses = " OR ".join(sorted(WITHHOLDING))
    return (
        f'+dataset_type:"{DATASET_TYPE}" +kategori:"{EXEMPTED}" +owner_org:"{unit_id}"'
        f" +(status_pengecualian:({statuses}) OR (*:* -status_pengecualian:[* TO *]))"
    )


def _found(fq: str, rows: int) -> tuple[int, list[dict[str, Any]]]:
    found = tk.get_action("package_search")(
        visitor_context(),
        {
            "fq": fq,
            "rows": rows,
            "sort": "title_string asc",
            "include_private": True,
            "fl": FIELDS,
        },
    )
    return found["count"], found["results"]


def exempted_choices(unit_id: str, chosen: list[str]) -> dict[str, Any]:
    """The exempted items the form offers: the unit's first ``LISTED`` by title and those already chosen,
    as far as the visitor may see them (``package_search`` shows a private item to its unit's staff only)."""
    fq = exempted_filter(unit_id)
    count, items = _found(fq, LISTED)
    listed = {item["id"] for item in items}
    missing = [ref for ref in chosen if ref not in listed and ref.replace("-", "").isalnum()]
    if missing:
        ids = " OR ".join(f'"{ref}"' for ref in missing[:LISTED])
        items += _found(f'+dataset_type:"{DATASET_TYPE}" +kategori:"{EXEMPTED}" +id:({ids})', LISTED)[1]
    return {
        "options": [(item["id"], _described(item)) for item in items],
        "count": count,
        "more": max(count - LISTED, 0),
        "filter": fq,
        "rows": SEARCHED,
        "fields": FIELDS,
    }


def _described(item: dict[str, Any]) -> str:
    details = [item.get(key) for key in ("dasar_pengecualian", "nomor_sk_ppid") if item.get(key)]
    title = item.get("title") or item.get("name") or item["id"]
    return f"{title} ({', '.join(details)})" if details else title
