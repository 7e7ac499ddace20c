"""An exempted item's activity never carries its documents to those who may not see them: not the package
the activity stored (resource names and addresses), nor its resource views (title, description, image
address), by any activity action or page, for the item's, the unit's, the editor's or the follower's stream.
"""

from __future__ import annotations

import pytest
from ckan.tests import helpers
from register_cast import SECRET, build_cast, headers_for

BASE = "ppid ppid_search scheming_datasets scheming_organizations"
VIEW_TITLE = "Rahasia-tampilan-5k2"
VIEW_NOTE = "Keterangan-tampilan-9w4"
IMAGE_URL = f"https://berkas.example/{SECRET}-foto.png"
MARKERS = (SECRET, VIEW_TITLE, VIEW_NOTE, IMAGE_URL)
EDITOR = "dinkes-editor"


@pytest.mark.ckan_config("ckan.plugins", f"{BASE} activity image_view")
@pytest.mark.usefixtures("with_plugins")
class TestResourceViewActivity:
    @pytest.fixture
    def cast(self, clean_db, clean_index, migrate_db_for):
        # The activity table's columns come from the plugin's migrations, after the database is reset.
        migrate_db_for("activity")
        return build_cast()

    @pytest.fixture
    def stream(self, cast):
        """The item's activities by a person (the site user's own are hidden): its views made and changed,
        the item changed; and an outsider following the item (their dashboard)."""
        editor = {"user": EDITOR}
        resource_id = cast.item["resources"][0]["id"]
        view = helpers.call_action(
            "resource_view_create",
            editor,
            resource_id=resource_id,
            view_type="image_view",
            title=VIEW_TITLE,
            description=VIEW_NOTE,
            image_url=IMAGE_URL,
        )
        helpers.call_action(
            "resource_view_update",
            editor,
            id=view["id"],
            view_type="image_view",
            resource_id=resource_id,
            title=f"{VIEW_TITLE} baru",
            image_url=IMAGE_URL,
        )
        helpers.call_action("package_patch", editor, id=cast.item["id"], notes="Baru")
        helpers.call_action("package_patch", editor, id=cast.item["id"], notes="Lebih baru")
        helpers.call_action("follow_dataset", {"user": cast.outsider["name"]}, id=cast.item["id"])
        activities = helpers.call_action("package_activity_list", {"ignore_auth": True}, id=cast.item["id"])
        # Newest first: the later change of the item comes before the earlier one.
        by_type = {}
        for activity in activities:
            by_type.setdefault(activity["activity_type"], []).append(activity["id"])
        assert {"new resource view", "changed resource view", "changed package"} <= set(by_type)
        return {kind: ids[0] for kind, ids in by_type.items()} | {
            "earlier change": by_type["changed package"][1]
        }

    def routes(self, cast, stream) -> dict[str, str]:
        item = cast.item
        new_view, changed_view = stream["new resource view"], stream["changed resource view"]
        changed, earlier = stream["changed package"], stream["earlier change"]
        api = "/api/3/action"
        return {
            "package_activity_list": f"{api}/package_activity_list?id={item['id']}",
            "organization_activity_list": f"{api}/organization_activity_list?id=dinkes",
            "user_activity_list": f"{api}/user_activity_list?id={EDITOR}",
            "recently_changed": f"{api}/recently_changed_packages_activity_list",
            "dashboard_activity_list": f"{api}/dashboard_activity_list",
            "activity_show view": f"{api}/activity_show?id={new_view}&include_data=true",
            "activity_show view, no data": f"{api}/activity_show?id={new_view}",
            "activity_show package": f"{api}/activity_show?id={changed}&include_data=true",
            "activity_data_show view": f"{api}/activity_data_show?id={new_view}",
            "activity_data_show view title": f"{api}/activity_data_show?id={new_view}&object_type=title",
            "activity_data_show view config": f"{api}/activity_data_show?id={new_view}&object_type=config",
            "activity_data_show package": f"{api}/activity_data_show?id={changed}&object_type=package",
            "activity_diff views": f"{api}/activity_diff?id={changed_view}&object_type=title",
            "activity_diff views config": f"{api}/activity_diff?id={changed_view}&object_type=config",
            "activity_diff package": f"{api}/activity_diff?id={changed}&object_type=package",
            "dataset activity page": f"/dataset/activity/{item['name']}",
            "register activity page": f"/informasi-publik/activity/{item['name']}",
            "organization activity page": "/organization/activity/dinkes",
            "user activity page": f"/user/activity/{EDITOR}",
            "dashboard page": "/dashboard/",
            "changes page": f"/dataset/changes/{changed}",
            "changes_multiple": f"/dataset/changes_multiple?new_id={changed}&old_id={earlier}",
        }

    @pytest.mark.parametrize("who", ("anonymous", "other_unit_editor", "outsider", "assessor"))
    def test_refused_viewers_see_no_view_nor_document_in_any_activity(self, app, cast, stream, who):
        leaked, errors = {}, {}
        for route, url in self.routes(cast, stream).items():
            response = app.get(url, headers=headers_for(cast, who), expect_errors=True)
            if response.status_code >= 500:
                errors[route] = response.status_code
            found = [marker for marker in MARKERS if marker in response.body]
            if found:
                leaked[route] = found
        assert (leaked, errors) == ({}, {})

    def test_the_actions_called_in_code_are_scrubbed_too(self, cast, stream):
        anonymous = {"user": "", "ignore_auth": False}
        for action, params in (
            ("package_activity_list", {"id": cast.item["id"]}),
            ("organization_activity_list", {"id": "dinkes"}),
            ("recently_changed_packages_activity_list", {}),
        ):
            listed = repr(helpers.call_action(action, dict(anonymous), **params))
            assert not [marker for marker in MARKERS if marker in listed], action
        followed = repr(helpers.call_action("dashboard_activity_list", {"user": cast.outsider["name"]}))
        assert "resource view" in followed
        assert not [marker for marker in MARKERS if marker in followed]
        # Without include_data CKAN still hands out the stored data, to anyone who may see the item.
        changed = stream["changed package"]
        shown = helpers.call_action("activity_show", dict(anonymous), id=changed, include_data=False)
        assert shown["data"]["package"]["resources"] == []
        assert not [marker for marker in MARKERS if marker in repr(shown)]

    def test_the_owning_unit_keeps_the_whole_history(self, app, cast, stream):
        headers = headers_for(cast, "unit_editor")
        body = app.get(self.routes(cast, stream)["package_activity_list"], headers=headers).body
        assert VIEW_TITLE in body and IMAGE_URL in body and SECRET in body
        # CKAN shows a view's activity data to sysadmins only.
        url = self.routes(cast, stream)["activity_data_show view title"]
        assert app.get(url, headers=headers_for(cast, "sysadmin")).json["result"] == VIEW_TITLE

    def test_an_open_item_s_views_stay_public(self, app, cast):
        resource_id = cast.open_item["resources"][0]["id"]
        helpers.call_action(
            "resource_view_create",
            {"user": EDITOR},
            resource_id=resource_id,
            view_type="image_view",
            title="Foto profil",
            image_url="https://berkas.example/profil.png",
        )
        url = f"/api/3/action/package_activity_list?id={cast.open_item['id']}"
        body = app.get(url).body
        assert "Foto profil" in body and "https://berkas.example/profil.png" in body
