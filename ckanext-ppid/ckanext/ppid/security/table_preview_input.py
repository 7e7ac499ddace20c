"""CKAN's table preview (``datatables_view``) reads its form without checking it: a draw counter, an offset
or a sort column that is not a number, a column past the last or JSON that does not parse ended as a
server error. Here its two views answer such a request with 400 and a message instead. Who may read the
rows is not decided here: the views read them through ``resource_view_show`` and ``datastore_search`` as
the visitor, whose checks refuse a private or withheld document (``register.auth``)."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import ckan.plugins.toolkit as tk
from flask import Flask

from ckanext.ppid.law.markers import N_

ENDPOINTS = ("datatablesview.ajax", "datatablesview.filtered_download")
UNREADABLE = N_("The table preview's request cannot be read.")
# What the views raise on a form they cannot read (json.JSONDecodeError is a ValueError).
INPUT_ERRORS = (ValueError, IndexError, KeyError, TypeError, AttributeError)


def install(app: Flask) -> None:
    """Wrap the table preview's views on ``app`` (nothing to do when the plugin is not loaded)."""
    for endpoint in ENDPOINTS:
        view = app.view_functions.get(endpoint)
        if view is not None:
            app.view_functions[endpoint] = _guarded(view)


def _guarded(view: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(view)
    def guarded(*args: Any, **kwargs: Any) -> Any:
        try:
            return view(*args, **kwargs)
        except INPUT_ERRORS:
            return tk.abort(400, tk._(UNREADABLE))

    return guarded
