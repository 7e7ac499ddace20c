"""Where sign-up meets CKAN's own pages: its register form and its login form.

- Over the sign-up limit, the register form is answered with HTTP 429 before CKAN creates anything.
- CKAN's register view answers a successful sign-up by logging the new account in and sending it to the
  dashboard; a pending account is not logged in (Flask-Login refuses an inactive user), so the person is sent
  to the page that tells them to check their e-mail instead, and the sign-up is counted.
- The login form of an account that is not verified yet, with the right password, answers with what to do
  (open the link, or have it sent again) instead of CKAN's "bad username or password". A wrong password
  takes CKAN's way, and counts as a failed login.
"""

from __future__ import annotations

import ckan.plugins.toolkit as tk
from ckan import model
from flask import Flask, Response, make_response, redirect, request

from ckanext.ppid.accounts import limits
from ckanext.ppid.accounts.sign_up import local_page
from ckanext.ppid.shell import settings

REGISTER = "user.register"


def _signing_up() -> bool:
    return request.endpoint == REGISTER and request.method == "POST"


def _refuse_over_limit() -> Response | None:
    if not _signing_up() or not limits.sign_up_limited(limits.client_ip()):
        return None
    response = make_response(tk.render("ppid/accounts/limited.html", {"message": limits.message()}), 429)
    response.headers["Retry-After"] = str(settings.accounts_window_seconds())
    return response


def _after_sign_up(response: Response) -> Response:
    if not _signing_up() or response.status_code != 302 or tk.current_user.is_authenticated:
        return response
    limits.count_sign_up(limits.client_ip())
    return redirect(tk.url_for("ppid_accounts.check_email"))


def install(app: Flask) -> None:
    app.before_request(_refuse_over_limit)
    app.after_request(_after_sign_up)


def refuse_unverified() -> Response | None:
    """``IAuthenticator.login``: the login form of a pending account with its right password."""
    if request.method != "POST":
        return None
    login, password = request.form.get("login"), request.form.get("password")
    if not login or not password:
        return None
    user = model.User.by_name(login) or model.User.by_email(login)
    if user is None or not user.is_pending() or not user.validate_password(password):
        return None
    next_page = local_page(request.args.get("next"))
    return make_response(tk.render("ppid/accounts/unverified.html", {"next": next_page}), 403)
