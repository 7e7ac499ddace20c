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


def test_the_unit_list_gives_every_active_unit_by_title_to_anyone(cast):
    for number in range(30):
        factories.Organization(name=f"unit-{number:02}", title=f"Unit {number:02}", kode_unit=f"X{number:02}")
    helpers.call_action("organization_delete", {"user": cast.sysadmin["name"]}, id="unit-29")

    units = helpers.call_action("ppid_unit_list", {"user": ""})

    names = [unit["name"] for unit in units]
    # More than CKAN's organization_list gives with titles (25), deleted units left out, by title.
    assert len(units) == 32 and "unit-29" not in names
    assert [unit["title"] for unit in units] == sorted(unit["title"] for unit in units)
    assert set(units[0]) == {"id", "name", "title"}
