"""CSRF checks for logged-in browser sessions on every form, whatever CKAN exempted while running.

CKAN 2.12 exempts a view from Flask-WTF's CSRF check, for the rest of the process, the first time an
anonymous visitor or an API-token caller reaches it with any method (``ckan_before_request`` calls
``csrf.exempt``): neither carries a session cookie to abuse. From then on a forged form post riding on a
logged-in user's cookie would pass too; one GET of ``/user/edit`` with a token was enough.

This check runs after CKAN's and Flask-WTF's. It takes the views and blueprints exempted in code once, when
the application is built (IMiddleware runs after every blueprint is registered and after ``csrf.init_app``),
and checks the token on every state-changing request of a session user unless the view was among those.
Nothing a request does changes what it checks.
"""

from __future__ import annotations

from flask import Flask, g, request


def install(app: Flask) -> None:
    """Register the check on ``app``, after CKAN's own request set-up."""
    # Imported here: this module is imported while CKAN builds that very application.
    from ckan.config.middleware.flask_app import csrf

    exempt_in_code = frozenset(csrf._exempt_views)
    blueprints_exempt_in_code = frozenset(csrf._exempt_blueprints)

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
        if view is None:
            return
        if f"{view.__module__}.{view.__name__}" in exempt_in_code:
            return
        if app.blueprints.get(request.blueprint or "") in blueprints_exempt_in_code:
            return
        csrf.protect()

    app.before_request(protect_session_users)
