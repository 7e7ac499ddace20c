"""What CKAN's pages call our dataset types: "Informasi Publik", not "Informasi-publiks".

CKAN names a dataset type on its pages through the ``humanize_entity_type`` helper, which builds English
from the type's code ("{object_type}s found", "Search {object_type}s..."). Each plugin names its own types
with :func:`namer` (chained, as CKAN's helper is meant to be); the sentences, one per purpose CKAN asks
for, are translated here once, with the singular ``{one}`` and the plural ``{many}`` filled in.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import ckan.plugins.toolkit as tk

from ckanext.ppid.law.markers import N_

# A type's names: (one, many), msgids.
Names = tuple[str, str]

PURPOSES = {
    "add link": N_("Add {one}"),
    "add association link": N_("Add to {one}"),
    "breadcrumb": "{many}",
    "content tab": "{many}",
    "create label": N_("Create {one}"),
    "create title": N_("Create {one}"),
    "delete confirmation": N_("Are you sure you want to delete this {one}?"),
    "description placeholder": N_("A short description of this {one}..."),
    "edit label": N_("Edit {one}"),
    "facet label": "{many}",
    "form label": N_("{one} form"),
    "main nav": "{many}",
    "my label": N_("My {many}"),
    "view label": N_("View {one}"),
    "name placeholder": N_("My {one}"),
    "no any objects": N_("There are no {many} yet."),
    "no description": N_("There is no description for this {one}."),
    "no label": N_("No {one}"),
    "page title": "{many}",
    "save label": N_("Save {one}"),
    "search placeholder": N_("Search {many}..."),
    "update label": N_("Update {one}"),
    # Ours, for the count above search results (snippets/search_result_text.html).
    "found one": N_("{{number}} {one} found"),
    "found many": N_("{{number}} {many} found"),
    "found one for query": N_('{{number}} {one} found for "{{query}}"'),
    "found many for query": N_('{{number}} {many} found for "{{query}}"'),
    "found none": N_("No {many} found"),
    "found none for query": N_('No {many} found for "{{query}}"'),
}


def namer(names: Mapping[str, Names]) -> Callable[..., Any]:
    """A chained ``humanize_entity_type`` that names the dataset types in ``names`` and passes on the rest."""

    @tk.chained_helper
    def humanize_entity_type(
        next_helper: Callable[..., Any], entity_type: str, object_type: str, purpose: str
    ):
        if entity_type != "package" or object_type not in names or purpose not in PURPOSES:
            return next_helper(entity_type, object_type, purpose)
        one, many = names[object_type]
        return tk._(PURPOSES[purpose]).format(one=tk._(one), many=tk._(many))

    return humanize_entity_type
