"""Facets of the register search in the law's words: "Informasi Setiap Saat", not ``setiap_saat``.

CKAN shows a facet value's code unless something names it; the register's coded fields are named by
``ckanext.ppid.law`` through the same cells the register's pages and downloads write.
"""

from __future__ import annotations

from typing import Any

import ckan.plugins.toolkit as tk

from ckanext.ppid.documents.register_cells import LOOKUPS, Cells


def name_facet_values(search_results: dict[str, Any]) -> dict[str, Any]:
    """Give the items of every coded facet in ``search_results`` the law's label as ``display_name``."""
    facets = search_results.get("search_facets") or {}
    # The coded fields hold no dates, the one thing whose writing depends on the locale.
    cells = Cells(tk._, "id")
    for field in LOOKUPS.keys() & facets.keys():
        for item in facets[field].get("items") or []:
            item["display_name"] = cells.cell(field, {field: item["name"]})
    return search_results
