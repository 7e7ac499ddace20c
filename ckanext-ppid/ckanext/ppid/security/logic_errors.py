"""CKAN's logic exceptions that escape a page's view answer with their HTTP status, not 500.

CKAN's API maps ``NotFound`` to 404, ``NotAuthorized`` to 403, ``ValidationError`` and search errors to
4xx; many of its views (and those of activity and dcat) forget to catch them for some input: a group
deleted under an unknown name, the history of an exempted document, ``/feeds/custom.atom?sort=…``. Here the
application does it for every page, with CKAN's error page. Two more errors that only input causes are
answered 400: a number too large for Python's C types and a password longer than the hasher accepts.
"""

from __future__ import annotations

from typing import Any

import ckan.plugins.toolkit as tk
from ckan.lib.search.common import SearchError, SearchQueryError
from flask import Flask
from passlib.exc import PasswordSizeError
from werkzeug.exceptions import BadRequest, Forbidden, HTTPException, NotFound

from ckanext.ppid.law.markers import N_

BAD_QUERY = N_("The search query cannot be read.")


def install(app: Flask) -> None:
    """Register the mapping on ``app``."""

    def answer(http_error: type[HTTPException], message: Any) -> Any:
        return app.handle_http_exception(http_error(description=message or None))

    app.register_error_handler(tk.ObjectNotFound, lambda error: answer(NotFound, str(error) or None))
    app.register_error_handler(tk.NotAuthorized, lambda error: answer(Forbidden, str(error) or None))
    app.register_error_handler(tk.ValidationError, lambda error: answer(BadRequest, _summary(error)))
    app.register_error_handler(SearchQueryError, lambda error: answer(BadRequest, tk._(BAD_QUERY)))
    app.register_error_handler(SearchError, lambda error: answer(BadRequest, tk._(BAD_QUERY)))
    app.register_error_handler(OverflowError, lambda error: answer(BadRequest, None))
    app.register_error_handler(PasswordSizeError, lambda error: answer(BadRequest, None))


def _summary(error: tk.ValidationError) -> str:
    parts = []
    for field, messages in (error.error_dict or {}).items():
        texts = messages if isinstance(messages, list) else [messages]
        parts.append(f"{field}: {' '.join(str(text) for text in texts)}")
    return "; ".join(parts)
