"""The public PPID pages: the landing page, the DIP (per unit and consolidated) and the exempted register."""

from __future__ import annotations

import datetime as dt
from typing import Any

import ckan.plugins as plugins
import ckan.plugins.toolkit as tk
from ckan.lib.pagination import Page
from flask import Blueprint

from ckanext.ppid.law import categories
from ckanext.ppid.register import exports, service_standards
from ckanext.ppid.register.core.restriction import DATASET_TYPE, EXEMPTED
from ckanext.ppid.shell import paged_lists
from ckanext.ppid.shell.action_context import may, visitor_context

register_pages = Blueprint("ppid", __name__, url_prefix="/ppid")
FILTERS = ("unit", "category", "year", "q")
# Rows per page of each DIP category table and of the DIK.
PAGE_SIZE = 25


def _units() -> list[dict[str, str]]:
    return tk.get_action("ppid_unit_list")(visitor_context(), {})


def _filters() -> dict[str, str]:
    return paged_lists.filters(FILTERS)


def _page_name(code: str) -> str:
    """The query parameter holding the page number of category ``code``'s table on the DIP."""
    return f"page_{code}"


def _paged(
    entries: list[dict[str, Any]], page_name: str, kept: dict[str, Any], errors: dict[str, list[str]]
) -> Page:
    """One page of ``entries``; its pager's links keep ``kept`` (the filters and the other tables' pages)
    and lead back to the table (its anchor)."""
    number = paged_lists.page_number(page_name, errors)
    found = {"count": len(entries), "results": entries}
    paged_lists.beyond_the_last(found, number, PAGE_SIZE, page_name, errors)
    if page_name in errors:
        number = 1
    start = (number - 1) * PAGE_SIZE
    endpoint, route = tk.request.endpoint, dict(tk.request.view_args or {})
    anchor = page_name.replace("page_", "kategori-") if page_name != "page" else None

    def url(page: int, **params: Any) -> str:
        return tk.url_for(endpoint, **route, **params, **{page_name: page}, _anchor=anchor)

    shown = {"count": len(entries), "results": entries[start : start + PAGE_SIZE]}
    return paged_lists.page_of(shown, number, PAGE_SIZE, url=url, **kept)


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
    requests = plugins.plugin_loaded("ppid_requests")
    # The staff who record requests are those with a work queue (the rule ``request.record``).
    staff = requests and may("ppid_request_queue")
    return tk.render(
        "ppid/landing.html",
        {
            "standards": service_standards.slots(),
            "dataset_type": DATASET_TYPE,
            "requests": requests,
            "staff": staff,
        },
    )


def dip(unit: str | None = None) -> str:
    """The Daftar Informasi Publik: one table per public category, each paged, filterable by unit,
    category, year and words."""
    filters = _filters()
    shown = exports.unit_or_404(unit) if unit else None
    if unit:
        filters["unit"] = unit
    category = filters.get("category")
    if category == EXEMPTED:
        return tk.redirect_to("ppid.dik", **{k: v for k, v in filters.items() if k != "category"})
    entries = [entry for entry in _register(filters) if entry.get("kategori") != EXEMPTED]
    shown_categories = [
        c for c in categories.CATEGORIES if c.code != EXEMPTED and (not category or category == c.code)
    ]
    # The pager of one table keeps the filters and the page the reader is on in the other tables.
    kept = {k: v for k, v in filters.items() if not (unit and k == "unit")}
    for c in shown_categories:
        if tk.request.args.get(_page_name(c.code)):
            kept[_page_name(c.code)] = tk.request.args[_page_name(c.code)]
    errors: dict[str, list[str]] = {}
    sections = []
    for c in shown_categories:
        name = _page_name(c.code)
        others = {k: v for k, v in kept.items() if k != name}
        found = [e for e in entries if e.get("kategori") == c.code]
        sections.append({"category": c, "page": _paged(found, name, others, errors)})
    return tk.render(
        "ppid/dip.html",
        {
            "sections": sections,
            "filters": filters,
            "errors": errors,
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
    errors: dict[str, list[str]] = {}
    page = _paged(_register(dict(filters, category=EXEMPTED)), "page", filters, errors)
    return tk.render(
        "ppid/dik.html",
        {"page": page, "filters": filters, "errors": errors, "units": _units(), "labels": _labels()},
    )


register_pages.add_url_rule("/", view_func=landing, endpoint="landing")
register_pages.add_url_rule("/dip", view_func=dip, endpoint="dip")
register_pages.add_url_rule("/dip/<unit>", view_func=dip, endpoint="dip_unit")
register_pages.add_url_rule("/dik", view_func=dik, endpoint="dik")
register_pages.add_url_rule("/<kind>.<fmt>", view_func=exports.export, endpoint="export")
