"""Pager arrows that screen readers can name (WCAG 2.4.4): CKAN's are bare icons."""

from __future__ import annotations

import ckan.plugins.toolkit as tk
from markupsafe import Markup, escape


def _arrow(icon: str, label: str) -> Markup:
    return Markup(
        '<i class="fa-solid {}" aria-hidden="true"></i><span class="visually-hidden">{}</span>'
    ).format(icon, escape(label))


def ppid_pager_symbols() -> dict[str, Markup]:
    """``symbol_previous`` and ``symbol_next`` for ``page.pager(...)``."""
    return {
        "symbol_previous": _arrow("fa-chevron-left", tk._("Previous page")),
        "symbol_next": _arrow("fa-chevron-right", tk._("Next page")),
    }
