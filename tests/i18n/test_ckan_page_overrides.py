"""What CKAN writes as literal English or raw keys on its pages, in Indonesian on ours."""

from __future__ import annotations

import pytest
from ckan.tests import factories
from i18n_support import visible_text

pytestmark = pytest.mark.usefixtures("with_plugins", "clean_db", "clean_index")


def test_open_data_badges_read_indonesian(app):
    dataset = factories.Dataset(license_id="cc-by")
    text = visible_text(app.get(f"/dataset/{dataset['name']}").body)
    assert "Data Terbuka" in text  # the badge beside the licence and the one in the footer
    assert "Open Data" not in text.replace("Open Data Commons", "")
    assert "Asosiasi CKAN" in text


def test_resource_page_lists_only_what_a_reader_understands(app):
    dataset = factories.Dataset()
    resource = factories.Resource(package_id=dataset["id"], size=2048, mimetype="text/csv", format="CSV")
    text = visible_text(app.get(f"/dataset/{dataset['name']}/resource/{resource['id']}").body)
    assert "Ukuran Berkas" in text and "2 KiB" in text.replace("2,0", "2")
    assert "Tipe MIME" in text
    for key in ("Package id", "Position", "State", "Url type", "Has views", "Datastore active"):
        assert key not in text, key


def test_user_page_names_the_accounts_state(app):
    user = factories.User()
    token = factories.APIToken(user=user["name"])["token"]
    text = visible_text(app.get(f"/user/{user['name']}", headers={"Authorization": token}).body)
    assert "Status\naktif" in text
    assert "active" not in text
