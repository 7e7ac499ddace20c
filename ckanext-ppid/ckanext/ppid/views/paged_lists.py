"""The parts of the paged list pages (work queue, request register, objection register): the visitor's
context for the actions, filters and page numbers from the query string, the action's page of results, and
CKAN's pager over it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ckan.plugins.toolkit as tk
from ckan.lib.pagination import Page


def context() -> dict[str, Any]:
    """The action context of the visitor (anonymous visitors included)."""
    user = tk.current_user
    return {"user": user.name if user.is_authenticated else "", "auth_user_obj": user}


def filters(names: tuple[str, ...]) -> dict[str, str]:
    """The filters ``names`` the query string gives, trimmed; empty ones left out."""
    return {name: tk.request.args[name].strip() for name in names if tk.request.args.get(name, "").strip()}


def page_number(name: str, errors: dict[str, list[str]]) -> int:
    """The page number in ``name``; 1 with a message in ``errors`` when it is not a number from 1."""
    text = tk.request.args.get(name, "1")
    if text.isdigit() and int(text) >= 1:
        return int(text)
    errors[name] = [tk._("Give a page number from 1")]
    return 1


def listed(
    action: str,
    filters: dict[str, str],
    page_number: int,
    size: int,
    errors: dict[str, list[str]],
) -> dict[str, Any]:
    """The action's page of results; its validation errors go into ``errors``."""
    try:
        return tk.get_action(action)(context(), dict(filters, limit=size, offset=(page_number - 1) * size))
    except tk.ValidationError as error:
        errors.update(error.error_dict)
        return {"count": 0, "results": []}


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
