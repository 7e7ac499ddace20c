"""The activity stream and the DCAT feeds never carry an exempted item's documents to the public."""

from __future__ import annotations

import pytest
from ckan.tests import helpers
from register_cast import SECRET, build_cast, headers_for

BASE = "ppid ppid_search scheming_datasets scheming_organizations"


@pytest.mark.ckan_config("ckan.plugins", f"{BASE} activity")
@pytest.mark.usefixtures("with_plugins")
class TestActivityStream:
    @pytest.fixture
    def cast(self, clean_db, clean_index, migrate_db_for):
        # The activity table's columns come from the plugin's migrations, after the database is reset.
        migrate_db_for("activity")
        return build_cast()

    def activity_routes(self, cast):
        item = cast.item
        # The site user's own edits record no activity: a person edits the item.
        helpers.call_action("package_patch", {"user": cast.unit_editor["name"]}, id=item["id"], notes="Baru")
        activities = helpers.call_action("package_activity_list", {"ignore_auth": True}, id=item["id"])
        assert activities, "creating the item recorded an activity"
        activity_id = activities[0]["id"]
        return {
            "package_activity_list": f"/api/3/action/package_activity_list?id={item['id']}",
            "organization_activity_list": "/api/3/action/organization_activity_list?id=dinkes",
            "recently_changed": "/api/3/action/recently_changed_packages_activity_list",
            "activity_show": f"/api/3/action/activity_show?id={activity_id}&include_data=true",
            "activity_data_show": f"/api/3/action/activity_data_show?id={activity_id}",
            "dataset activity page": f"/dataset/activity/{item['name']}",
            "changes page": f"/dataset/changes/{activity_id}",
        }

    @pytest.mark.parametrize("who", ("anonymous", "other_unit_editor", "outsider"))
    def test_refused_viewers_see_no_document_in_activities(self, app, cast, who):
        leaked = {}
        for route, url in self.activity_routes(cast).items():
            response = app.get(url, headers=headers_for(cast, who), expect_errors=True)
            assert response.status_code < 500, (route, response.status_code)
            if SECRET in response.body:
                leaked[route] = response.status_code
        assert leaked == {}

    def test_the_owning_unit_keeps_the_history(self, app, cast):
        url = self.activity_routes(cast)["package_activity_list"]
        body = app.get(url, headers=headers_for(cast, "unit_editor")).body
        assert SECRET in body


@pytest.mark.ckan_config("ckan.plugins", f"{BASE} dcat")
@pytest.mark.ckan_config("ckanext.dcat.rdf.profiles", "euro_dcat_ap_2 ppid_register")
@pytest.mark.usefixtures("with_plugins")
class TestDcat:
    ROUTES = (
        "/catalog.ttl",
        "/catalog.rdf",
        "/catalog.jsonld",
        "/informasi-publik/rekam-medis.ttl",
        "/dataset/rekam-medis.rdf",
        "/dataset/rekam-medis.jsonld",
    )

    @pytest.mark.parametrize("who", ("anonymous", "assessor"))
    def test_feeds_carry_the_decision_not_the_document(self, app, cast, who):
        for url in self.ROUTES:
            response = app.get(url, headers=headers_for(cast, who), expect_errors=True)
            assert response.status_code < 500, (url, response.status_code)
            assert SECRET not in response.body, url
        turtle = app.get("/dataset/rekam-medis.ttl").body
        assert "access-right/NON_PUBLIC" in turtle and "/ppid/kategori/dikecualikan" in turtle

    def test_open_items_are_public_with_their_documents(self, app, cast):
        turtle = app.get("/dataset/profil-dinkes.ttl").body
        assert "access-right/PUBLIC" in turtle and "berkas.example/profil.pdf" in turtle
