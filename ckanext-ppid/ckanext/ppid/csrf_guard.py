"""CSRF checks for logged-in browser sessions on every form, whatever CKAN exempted while running.

CKAN 2.12 exempts a view from Flask-WTF's CSRF check, for the rest of the process, the first time an
anonymous visitor or an API-token caller reaches it (``ckan_before_request``): neither has a session cookie
to abuse. From then on a forged form post riding on a logged-in user's cookie passes too. This hook runs after
CKAN's, notes the views CKAN exempts that way, and checks the token again for session users on them. Views
exempted in code (``@csrf.exempt``; CKAN 2.12 itself has none) stay exempt until a token caller reaches them.
"""

from __future__ import annotations

from flask import Flask, g, request

# Views CKAN exempted because a token caller or an anonymous visitor reached them (shared by every app in
# the process, as CKAN's own exemptions are).
exempted_at_run_time: set[str] = set()


def install(app: Flask) -> None:
    """Register the check on ``app``, after CKAN's own request set-up."""
    # Imported here: this module is imported while CKAN builds that very application.
    from ckan.config.middleware.flask_app import csrf

    def protect_session_users() -> None:
        config = app.config
        if not config.get("WTF_CSRF_ENABLED") or not config.get("WTF_CSRF_CHECK_DEFAULT", True):
            return
        if request.method not in config["WTF_CSRF_METHODS"] or g.get("csrf_valid"):
            return
        view = app.view_functions.get(request.endpoint or "")
        if view is None:
            return
        name = f"{view.__module__}.{view.__name__}"
        # Anonymous visitors and API-token callers carry no session to abuse (CKAN's own rule).
        if g.get("login_via_auth_header"):
            exempted_at_run_time.add(name)
            return
        if name in csrf._exempt_views and name not in exempted_at_run_time:
            return
        if app.blueprints.get(request.blueprint or "") in csrf._exempt_blueprints:
            return
        csrf.protect()

    app.before_request(protect_session_users)
