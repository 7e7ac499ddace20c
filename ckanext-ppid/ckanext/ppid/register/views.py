"""The public PPID pages: the landing page, the DIP (per unit and consolidated) and the exempted register."""

from __future__ import annotations

import datetime as dt
from typing import Any

import ckan.plugins as plugins
import ckan.plugins.toolkit as tk
from flask import Blueprint

from ckanext.ppid.law import categories, sop
from ckanext.ppid.register import exports
from ckanext.ppid.register.core.restriction import DATASET_TYPE, EXEMPTED
from ckanext.ppid.shell.action_context import may, visitor_context

register_pages = Blueprint("ppid", __name__, url_prefix="/ppid")
FILTERS = ("unit", "category", "year")


def _units() -> list[dict[str, str]]:
    return tk.get_action("ppid_unit_list")(visitor_context(), {})


def _filters() -> dict[str, str]:
    return {name: tk.request.args[name] for name in FILTERS if tk.request.args.get(name)}


def _register(filters: dict[str, str]) -> list[dict[str, Any]]:
    try:
        return tk.get_action("ppid_register_list")(visitor_context(), filters)["results"]
    except tk.ValidationError as error:
        tk.abort(400, "; ".join(f"{key}: {' '.join(messages)}" for key, messages in error.error_dict.items()))


def _labels() -> dict[str, dict[str, str]]:
    return {
        "category": {c.code: tk._(c.label) for c in categories.CATEGORIES},
    }


def landing() -> str:
    """What the PPID is, how to ask for information, and the seven service standards as register slots."""
    slots = {standard.code: None for standard in sop.STANDARDS}
    for entry in tk.get_action("ppid_register_list")(visitor_context(), {}).get("results", []):
        code = entry.get("standar_layanan")
        if code in slots and slots[code] is None:
            slots[code] = entry
    standards = [{"standard": standard, "item": slots[standard.code]} for standard in sop.STANDARDS]
    requests = plugins.plugin_loaded("ppid_requests")
    # The staff who record requests are those with a work queue (the rule ``request.record``).
    staff = requests and may("ppid_request_queue")
    return tk.render(
        "ppid/landing.html",
        {"standards": standards, "dataset_type": DATASET_TYPE, "requests": requests, "staff": staff},
    )


def dip(unit: str | None = None) -> str:
    """The Daftar Informasi Publik: one table per public category, filterable by unit, category and year."""
    filters = _filters()
    shown = exports.unit_or_404(unit) if unit else None
    if unit:
        filters["unit"] = unit
    category = filters.get("category")
    if category == EXEMPTED:
        return tk.redirect_to("ppid.dik", **{k: v for k, v in filters.items() if k != "category"})
    entries = [entry for entry in _register(filters) if entry.get("kategori") != EXEMPTED]
    sections = [
        {"category": c, "entries": [e for e in entries if e.get("kategori") == c.code]}
        for c in categories.CATEGORIES
        if c.code != EXEMPTED and (not category or category == c.code)
    ]
    return tk.render(
        "ppid/dip.html",
        {
            "sections": sections,
            "filters": filters,
            "unit": shown,
            "units": _units(),
            "labels": _labels(),
            "years": sorted({e["tahun"] for e in entries if e.get("tahun")}, reverse=True),
            "today": dt.date.today(),
        },
    )


def dik() -> str:
    """The exempted register (DIK): each item's decision, publicly, without its documents."""
    filters = {k: v for k, v in _filters().items() if k != "category"}
    entries = _register(dict(filters, category=EXEMPTED))
    return tk.render(
        "ppid/dik.html",
        {"entries": entries, "filters": filters, "units": _units(), "labels": _labels()},
    )


register_pages.add_url_rule("/", view_func=landing, endpoint="landing")
register_pages.add_url_rule("/dip", view_func=dip, endpoint="dip")
register_pages.add_url_rule("/dip/<unit>", view_func=dip, endpoint="dip_unit")
register_pages.add_url_rule("/dik", view_func=dik, endpoint="dik")
register_pages.add_url_rule("/<kind>.<fmt>", view_func=exports.export, endpoint="export")
