"""A request that fails in the database leaves nothing behind: the next logged-in requests all answer 200.

Before, CKAN removed the session only in its after-request hook, which an error escaping the view (the
debugger, an error page that itself read the database) skipped: PostgreSQL had aborted the transaction,
and every following request of a logged-in user failed on it until an anonymous request cleared it.
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from ckan import model
from ckan.common import config
from ckan.tests import factories
from fuzz_world import PORTAL_PLUGINS

pytestmark = [pytest.mark.usefixtures("with_plugins")]

FAILING = "/testing/fails-in-the-database"


@pytest.fixture
def failing_app(app):
    def fails_in_the_database():
        model.Session.execute(sa.text("SELECT 1 / 0"))
        return "never"

    app.flask_app.add_url_rule(FAILING, "fails_in_the_database", fails_in_the_database)
    return app


def _logged_in(app, user):
    client = app.test_client()
    with client.session_transaction(base_url=config["ckan.site_url"]) as session:
        session["_user_id"] = model.User.get(user["id"]).get_id()
    return client


def test_an_error_that_escapes_every_handler_breaks_no_later_request(failing_app, clean_db):
    client = _logged_in(failing_app, factories.User())
    # As under the debugger or a WSGI server that receives the exception: it reaches the client.
    with pytest.raises(sa.exc.DataError):
        client.get(FAILING, base_url=config["ckan.site_url"])
    statuses = [
        client.get("/ppid/permohonan/saya", base_url=config["ckan.site_url"]).status_code for _ in range(20)
    ]
    assert statuses == [200] * 20


@pytest.mark.ckan_config("ckan.plugins", PORTAL_PLUGINS)
def test_the_error_page_of_a_logged_in_user_renders_and_the_next_requests_work(
    failing_app, clean_db, migrate_db_for
):
    migrate_db_for("activity")
    # As in production: the error handler answers 500 (with the activity plugin, its page reads the
    # database for the logged-in user's dashboard count).
    failing_app.flask_app.testing = False
    client = _logged_in(failing_app, factories.User())
    failed = client.get(FAILING, base_url=config["ckan.site_url"])
    assert failed.status_code == 500
    statuses = [
        client.get("/ppid/permohonan/saya", base_url=config["ckan.site_url"]).status_code for _ in range(20)
    ]
    assert statuses == [200] * 20
