"""What the portal's front page shows: the PPID's services, its register by category, the latest periodic
information, the year's service figures and the PPID's profile.

Every figure is read through an action in the visitor's own context, so a visitor sees counts and items only
of what they may see; a section whose action is refused, or whose plugin is not loaded, is left out.
"""

from __future__ import annotations

from typing import Any

import ckan.plugins as plugins
from flask import current_app

from ckanext.ppid.authorization.personas import ppid_utama_ids
from ckanext.ppid.home.sections import read
from ckanext.ppid.law import categories
from ckanext.ppid.register import service_standards
from ckanext.ppid.register.core.restriction import DATASET_TYPE, EXEMPTED
from ckanext.ppid.shell import settings

LATEST = 5
# Where a visitor checks a request's status by its number and receipt code (ppid_requests).
STATUS_ROUTE = "ppid_requests.status"
# The tag a body gives the decree appointing its PPID (SK PPID), in the register or as a dataset.
DECREE_TAG = "sk ppid"


def _search(fq: str, **params: Any) -> dict[str, Any] | None:
    return read("package_search", {"fq": fq, "include_private": True, **params})


def register_by_category() -> list[dict[str, Any]]:
    """The four categories of the register with the number of items the visitor may see in each."""
    found = _search(
        f"+dataset_type:{DATASET_TYPE}", rows=0, **{"facet.field": ["kategori"], "facet.limit": -1}
    )
    counts = (found or {}).get("facets", {}).get("kategori", {})
    return [
        {"category": category, "count": counts.get(category.code, 0)} for category in categories.CATEGORIES
    ]


def latest_periodic() -> list[dict[str, Any]]:
    """The periodic information updated last."""
    found = _search(
        f"+dataset_type:{DATASET_TYPE} +kategori:berkala", rows=LATEST, sort="metadata_modified desc"
    )
    return (found or {}).get("results", [])


def service_figures() -> dict[str, Any] | None:
    """This year's request figures (the annual report's), or last year's while this year has none."""
    figures = read("ppid_request_statistics", {})
    if figures and not figures["requests"]["total"]:
        figures = read("ppid_request_statistics", {"year": figures["year"] - 1}) or figures
    return figures


def _first(fq: str) -> dict[str, Any] | None:
    found = _search(fq, rows=1, sort="metadata_modified desc")
    results = (found or {}).get("results", [])
    return results[0] if results else None


def profile() -> dict[str, Any]:
    """The PPID's profile: its body's profile item, the decree appointing it, the seven service standards
    (the service charter among them) and how to reach it, from the register and the configuration."""
    utama = " OR ".join(ppid_utama_ids())
    return {
        "body_profile": _first(f"+dataset_type:{DATASET_TYPE} +item_berkala:profil +owner_org:({utama})")
        if utama
        else None,
        "decree": _first(f'+tags:"{DECREE_TAG}" -kategori:{EXEMPTED}'),
        "standards": service_standards.slots(),
        "address": settings.body_address(),
        "phone": settings.contact_phone(),
        "email": settings.contact_email(),
        "hours": settings.service_hours(),
        "copy_costs": settings.copy_costs(),
    }


def front_page() -> dict[str, Any]:
    return {
        "categories": register_by_category(),
        "latest": latest_periodic(),
        "figures": service_figures(),
        "profile": profile(),
        "dataset_type": DATASET_TYPE,
        "exempted": EXEMPTED,
        "requests": plugins.plugin_loaded("ppid_requests"),
        "status_route": STATUS_ROUTE if STATUS_ROUTE in current_app.view_functions else None,
    }
