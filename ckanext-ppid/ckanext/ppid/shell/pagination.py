"""Pager arrows that screen readers can name (WCAG 2.4.4): CKAN's are bare icons.

CKAN's pager builds its links with dominate, which escapes text: the arrows are dominate nodes too, or the
page would print their HTML.
"""

from __future__ import annotations

import ckan.plugins.toolkit as tk
from dominate import tags
from dominate.util import container


def _arrow(icon: str, label: str) -> container:
    return container(
        tags.i(cls=f"fa-solid {icon}", aria_hidden="true"), tags.span(label, cls="visually-hidden")
    )


def ppid_pager_symbols() -> dict[str, container]:
    """``symbol_previous`` and ``symbol_next`` for ``page.pager(...)``."""
    return {
        "symbol_previous": _arrow("fa-chevron-left", tk._("Previous page")),
        "symbol_next": _arrow("fa-chevron-right", tk._("Next page")),
    }
