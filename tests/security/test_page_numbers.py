"""A page number no list can have is a 400 with a message, never a database error (the offset of page
99999999999999999999 overflowed PostgreSQL's bigint, and left the session broken for the next requests)."""

from __future__ import annotations

import pytest
from ckan import model
from ckan.common import config
from ckan.tests import factories

pytestmark = [pytest.mark.usefixtures("with_plugins", "clean_db")]

HUGE = "99999999999999999999"
LISTS = ("/ppid/register-permohonan", "/ppid/keberatan/register", "/ppid/antrian", "/ppid/audit")


def _logged_in(app, user):
    client = app.test_client()
    with client.session_transaction(base_url=config["ckan.site_url"]) as session:
        session["_user_id"] = model.User.get(user["id"]).get_id()
    return client


@pytest.mark.parametrize("path", LISTS)
def test_a_huge_page_number_is_refused_and_breaks_nothing(app, path):
    client = _logged_in(app, factories.Sysadmin())
    refused = client.get(f"{path}?page={HUGE}", base_url=config["ckan.site_url"])
    assert refused.status_code == 400
    assert "10.000" in refused.get_data(as_text=True)
    again = [client.get(path, base_url=config["ckan.site_url"]).status_code for _ in range(3)]
    assert again == [200, 200, 200]


def test_a_page_past_the_last_says_how_many_pages_there_are(app):
    client = _logged_in(app, factories.Sysadmin())
    past = client.get("/ppid/register-permohonan?page=3", base_url=config["ckan.site_url"])
    assert past.status_code == 400
    assert "Tuliskan nomor halaman dari 1 sampai 1." in past.get_data(as_text=True)


def test_ckan_pages_refuse_a_huge_page_number_too(app):
    response = app.get(f"/dataset/?page={HUGE}")
    assert response.status_code == 400
    response = app.get(f"/user/?page={HUGE}")
    assert response.status_code == 400
