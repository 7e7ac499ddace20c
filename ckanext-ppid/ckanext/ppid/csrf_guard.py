"""CSRF checks for logged-in browser sessions on every form, whatever CKAN exempted while running.

CKAN 2.12 exempts a view from Flask-WTF's CSRF check, for the rest of the process, the first time an
anonymous visitor or an API-token caller reaches it (``ckan_before_request``): neither has a session cookie
to abuse. From then on a forged form post riding on a logged-in user's cookie passes too. This hook runs after
CKAN's and checks the token again for session users, unless the view was exempt when the portal started
(the API's views are, by design).
"""

from __future__ import annotations

from flask import Flask, g, request


def install(app: Flask) -> None:
    """Register the check on ``app``; call it once the blueprints are registered."""
    # Imported here: this module is imported while CKAN builds that very application.
    from ckan.config.middleware.flask_app import csrf

    exempt_at_start = frozenset(csrf._exempt_views)

    def protect_session_users() -> None:
        config = app.config
        if not config.get("WTF_CSRF_ENABLED") or not config.get("WTF_CSRF_CHECK_DEFAULT", True):
            return
        if request.method not in config["WTF_CSRF_METHODS"] or g.get("csrf_valid"):
            return
        # Anonymous visitors and API-token callers carry no session to abuse (CKAN's own rule).
        if g.get("login_via_auth_header"):
            return
        view = app.view_functions.get(request.endpoint or "")
        if view is None or f"{view.__module__}.{view.__name__}" in exempt_at_start:
            return
        if app.blueprints.get(request.blueprint or "") in csrf._exempt_blueprints:
            return
        csrf.protect()

    app.before_request(protect_session_users)
