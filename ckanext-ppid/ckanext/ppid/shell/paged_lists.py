"""The parts of the paged list pages (work queue, request register, objection register): filters and page
numbers from the query string, the action's page of results for the visitor, and CKAN's pager over it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ckan.plugins.toolkit as tk
from ckan.lib.formatters import localised_number
from ckan.lib.pagination import Page

from ckanext.ppid.law.markers import N_
from ckanext.ppid.shell import settings
from ckanext.ppid.shell.action_context import visitor_context


def filters(names: tuple[str, ...]) -> dict[str, str]:
    """The filters ``names`` the query string gives, trimmed; empty ones left out."""
    return {name: tk.request.args[name].strip() for name in names if tk.request.args.get(name, "").strip()}


PAGE_RANGE = N_("Give a page number from 1 to {highest}.")


def page_number(name: str, errors: dict[str, list[str]]) -> int:
    """The page number in ``name``; 1 with a message in ``errors`` when it is not a whole number from 1 to
    ``ckanext.ppid.input.max_page`` (a larger one only made the database skip rows it cannot count)."""
    text = tk.request.args.get(name, "1").strip()
    highest = settings.input_max_page()
    if text.isdigit() and len(text) <= len(str(highest)) and 1 <= int(text) <= highest:
        return int(text)
    errors[name] = [tk._(PAGE_RANGE).format(highest=localised_number(highest))]
    return 1


def beyond_the_last(
    found: dict[str, Any], number: int, size: int, name: str, errors: dict[str, list[str]]
) -> None:
    """A message in ``errors`` when page ``number`` lies past the last page of ``found``."""
    last = max(1, -(-found["count"] // size))
    if number > last:
        errors[name] = [tk._(PAGE_RANGE).format(highest=localised_number(last))]


def listed(
    action: str,
    filters: dict[str, str],
    page_number: int,
    size: int,
    errors: dict[str, list[str]],
    page_name: str = "page",
) -> dict[str, Any]:
    """The action's page of results; its validation errors, and a page past the last, go into ``errors``."""
    try:
        found = tk.get_action(action)(
            visitor_context(), dict(filters, limit=size, offset=(page_number - 1) * size)
        )
    except tk.ValidationError as error:
        errors.update(error.error_dict)
        return {"count": 0, "results": []}
    beyond_the_last(found, page_number, size, page_name, errors)
    return found


def page_of(
    found: dict[str, Any], number: int, size: int, url: Callable | None = None, **kwargs: Any
) -> Page:
    """CKAN's pager over the action's page of results; ``kwargs`` are kept in the pager's links."""
    return Page(
        collection=found["results"],
        page=number,
        item_count=found["count"],
        items_per_page=size,
        presliced_list=True,
        url=url,
        **kwargs,
    )
