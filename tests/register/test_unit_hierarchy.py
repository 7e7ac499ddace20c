"""PPID units: the parent unit in the hierarchy, the PPID Utama acting on every unit, unique unit codes."""

from __future__ import annotations

import pytest
from ckan import model
from ckan.tests import factories, helpers

pytestmark = pytest.mark.usefixtures("with_plugins")


def test_parent_unit_is_the_hierarchy_parent(cast):
    parents = model.Group.get("dinkes").get_parent_groups(type="organization")
    assert [group.name for group in parents] == ["ppid-utama"]
    helpers.call_action("organization_patch", {"user": cast.sysadmin["name"]}, id="dinkes", unit_induk="")
    assert model.Group.get("dinkes").get_parent_groups(type="organization") == []


def test_ppid_utama_editors_act_on_every_unit(cast):
    editor = factories.User(name="utama-editor")
    helpers.call_action(
        "organization_member_create",
        {"user": cast.sysadmin["name"]},
        id="ppid-utama",
        username=editor["name"],
        role="editor",
    )
    helpers.call_action(
        "package_patch", {"user": editor["name"]}, id=cast.open_item["id"], notes="Diperbarui"
    )
    with pytest.raises(helpers.logic.NotAuthorized):
        helpers.call_action(
            "package_patch",
            {"user": cast.other_unit_editor["name"], "ignore_auth": False},
            id=cast.open_item["id"],
            notes="x",
        )


def test_unit_codes_are_unique_and_editing_by_name_works(cast):
    helpers.call_action("organization_patch", {"user": cast.sysadmin["name"]}, id="dinkes", title="Dinkes")
    with pytest.raises(helpers.logic.ValidationError) as refused:
        helpers.call_action(
            "organization_patch", {"user": cast.sysadmin["name"]}, id="dishub", kode_unit="D1"
        )
    assert "kode_unit" in refused.value.error_dict


def test_a_unit_cannot_be_its_own_ancestor(cast):
    with pytest.raises(helpers.logic.ValidationError) as refused:
        helpers.call_action(
            "organization_patch", {"user": cast.sysadmin["name"]}, id="ppid-utama", unit_induk="dinkes"
        )
    assert "unit_induk" in refused.value.error_dict
