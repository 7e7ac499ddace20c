"""``ckan search-index`` over this backend."""

from __future__ import annotations

import pytest
from ckan import model
from ckan.cli.cli import ckan
from ckan.tests import factories, helpers

pytestmark = pytest.mark.usefixtures("with_plugins", "clean_db", "clean_index")


def count():
    return helpers.call_action("package_search", include_private=True)["count"]


def run(cli, *args):
    result = cli.invoke(ckan, ["search-index", *args])
    assert result.exit_code == 0, result.output
    model.Session.remove()
    return result.output


def test_clear_check_rebuild_show(cli):
    first = factories.Dataset(name="laporan-keuangan", title="Laporan Keuangan")
    factories.Dataset(
        name="peta-jalan", title="Peta Jalan", private=True, owner_org=factories.Organization()["id"]
    )
    assert count() == 2

    run(cli, "clear")
    assert count() == 0
    assert "Packages not indexed = 2 out of 2" in run(cli, "check")

    run(cli, "rebuild")
    assert count() == 2
    assert "Packages not indexed = 0 out of 2" in run(cli, "check")

    shown = run(cli, "show", "laporan-keuangan")
    assert first["id"] in shown and "validated_data_dict" in shown

    run(cli, "clear", "laporan-keuangan")
    assert count() == 1
    assert helpers.call_action("package_search", q="name:laporan-keuangan")["count"] == 0

    run(cli, "rebuild", "--only-missing")
    assert count() == 2


def test_rebuild_single_dataset_and_commit_each(cli):
    dataset = factories.Dataset(name="laporan-keuangan", title="Laporan Keuangan")
    run(cli, "clear")
    run(cli, "rebuild", dataset["id"])
    assert count() == 1
    run(cli, "clear")
    run(cli, "rebuild", "--commit-each")
    assert count() == 1


def test_rebuild_removes_orphans(cli):
    dataset = factories.Dataset(name="sementara")
    model.Session.execute(model.package_table.delete().where(model.package_table.c.id == dataset["id"]))
    model.Session.commit()
    assert count() == 1
    run(cli, "rebuild")
    assert count() == 0
