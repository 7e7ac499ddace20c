"""``package_search`` takes an empty number as no number, as Solr does.

CKAN's search schema runs ``natural_number_validator`` on ``start`` and ``facet.mincount``: an empty value
(``?facet.mincount=``, what a form with an empty field sends) reached it as None and ended in a TypeError.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ckan.plugins.toolkit as tk

NUMBERS = ("start", "rows", "facet.mincount", "facet.limit")


@tk.chained_action
@tk.side_effect_free
def package_search(up_func: Callable, context: dict[str, Any], data_dict: dict[str, Any]) -> Any:
    """CKAN's ``package_search``, an empty ``start``, ``rows``, ``facet.mincount`` or ``facet.limit`` left
    out."""
    given = {key: value for key, value in (data_dict or {}).items() if not (key in NUMBERS and value == "")}
    return up_func(context, given)
