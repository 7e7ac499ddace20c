"""A forged form post riding on a logged-in user's session is refused, even after CKAN has exempted the
view because an anonymous visitor or an API-token caller reached it (with any method)."""

from __future__ import annotations

import re

import pytest
from ckan import model
from ckan.common import config
from ckan.config.middleware import flask_app
from ckan.tests import factories

from ckanext.ppid.calendar.model import CalendarOverride

pytestmark = [
    pytest.mark.usefixtures("with_plugins", "clean_db"),
    pytest.mark.ckan_config("WTF_CSRF_ENABLED", True),
]

DECLARE = "/ppid/kalender/tetapkan"
FORM = {
    "day": "2026-06-10",
    "kind": "holiday",
    "reason": "Hari Jadi Kabupaten",
    "decree": "Kep. Bupati 1/2026",
}


def _log_in(app, user):
    with app.client.session_transaction(base_url=config["ckan.site_url"]) as session:
        session["_user_id"] = model.User.get(user["id"]).get_id()


@pytest.fixture(autouse=True)
def fresh_process(monkeypatch):
    """No view exempted yet, as in a portal just started (runs before the ``app`` fixture builds it)."""
    monkeypatch.setattr(flask_app.csrf, "_exempt_views", set())


def test_a_forged_post_is_refused_after_an_anonymous_visit(app):
    admin = factories.Sysadmin()
    # An anonymous visitor posts first: CKAN exempts the view from CSRF checks from now on.
    app.post(DECLARE, data=FORM, status=403)

    _log_in(app, admin)
    forged = app.post(DECLARE, data=FORM, follow_redirects=False)
    assert forged.status_code == 400
    assert model.Session.query(CalendarOverride).count() == 0

    token = re.search(r'name="_csrf_token" value="([^"]+)"', app.get("/ppid/kalender/").body).group(1)
    genuine = app.post(DECLARE, data=dict(FORM, _csrf_token=token), follow_redirects=False)
    assert genuine.status_code == 302
    assert model.Session.query(CalendarOverride).count() == 1


def test_api_token_callers_and_the_api_keep_working(app):
    admin = factories.Sysadmin()
    headers = {"Authorization": factories.APIToken(user=admin["name"])["token"]}
    assert app.post(DECLARE, data=FORM, headers=headers, follow_redirects=False).status_code == 302
    response = app.post("/api/3/action/ppid_calendar_override_list", json={"year": 2026}, headers=headers)
    assert response.status_code == 200 and len(response.json["result"]) == 1


def test_one_get_with_an_api_token_does_not_open_a_form_to_forged_posts(app):
    """The probe's case: /user/edit refused a post without a token until one GET with an API token."""
    user = factories.User(fullname="Siti Aminah")
    _log_in(app, user)
    forged = {"name": user["name"], "fullname": "Nama Palsu", "email": user["email"], "save": ""}
    assert app.post("/user/edit", data=forged, follow_redirects=False).status_code == 400

    token = factories.APIToken(user=user["name"])["token"]
    assert app.get(f"/user/edit/{user['name']}", headers={"Authorization": token}).status_code == 200
    assert app.post("/user/edit", data=forged, follow_redirects=False).status_code == 400
    assert model.User.get(user["id"]).fullname == "Siti Aminah"


def test_views_exempted_in_code_stay_exempt(make_app):
    """An exemption made in code before the application is built (``@csrf.exempt``) is kept."""
    flask_app.csrf.exempt("ckan.views.user.edit")
    app = make_app()
    user = factories.User(fullname="Siti Aminah")
    _log_in(app, user)
    # As CKAN's profile form sends it: the old-password field is always there, empty unless it is needed.
    form = {
        "name": user["name"],
        "fullname": "Siti Aminah, S.H.",
        "email": user["email"],
        "old_password": "",
        "save": "",
    }
    assert app.post("/user/edit", data=form, follow_redirects=False).status_code == 302
    assert model.User.get(user["id"]).fullname == "Siti Aminah, S.H."
