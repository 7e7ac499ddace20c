"""The activity plugin's pages and actions answer what a visitor may see, never 500: ``activity_show``
without ``include_data``, and the history page of an exempted item's document (refused, 403)."""

from __future__ import annotations

import pytest
from fuzz_world import PORTAL_PLUGINS, build_world

pytestmark = [
    pytest.mark.usefixtures("with_plugins"),
    pytest.mark.ckan_config("ckan.plugins", PORTAL_PLUGINS),
]


@pytest.fixture
def world(clean_db, migrate_db_for):
    migrate_db_for("activity")
    return build_world()


def test_activity_show_without_include_data(app, world):
    response = app.get(f"/api/3/action/activity_show?id={world.activity_id}")
    assert response.status_code == 200
    assert response.json["result"]["object_id"] == world.dataset["id"]


def test_the_history_of_an_exempted_document_is_refused_not_broken(app, world):
    item, resource = world.item, world.item["resources"][0]
    response = app.get(f"/dataset/{item['name']}/resources/{resource['id']}/history/{world.item_activity_id}")
    assert response.status_code == 403
    assert "dikecualikan" in response.body
