"""A CSV or XLSX document uploaded to a register item is shown as a table on its page (CKAN's table
preview on a DataStore table); an exempted item's document never reaches the DataStore, and a private
item's table is read by no one outside its unit."""

from __future__ import annotations

import io
import json

import pytest
from ckan import model
from ckan.tests import factories, helpers
from exemption_fields import EXEMPTED
from openpyxl import Workbook
from register_cast import register_item
from werkzeug.datastructures import FileStorage

pytestmark = pytest.mark.usefixtures("with_plugins")
CSV = (
    "Nama Puskesmas;Alamat;Jumlah Dokter\n"
    "Puskesmas Sukamaju;Jl. Mawar 1;4\n"
    "Puskesmas Cibeureum;Jl. Melati 2;3\n"
)
FIRST_PAGE = {"draw": "1", "start": "0", "length": "10", "search[value]": ""}


def _xlsx() -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    for row in (["Nama Puskesmas", "Jumlah Dokter"], ["Puskesmas Sukamaju", 4], ["Puskesmas Cibeureum", 3]):
        sheet.append(row)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def _dinkes() -> str:
    return model.Group.get("dinkes").id


def _upload(item: dict, data: bytes, name: str) -> dict:
    return helpers.call_action(
        "resource_create",
        {"user": helpers.call_action("get_site_user", {"ignore_auth": True})["name"]},
        package_id=item["id"],
        name=name,
        upload=FileStorage(io.BytesIO(data), filename=name),
    )


def _rows(app, view_id: str, headers: dict | None = None):
    return app.post(f"/datatables/ajax/{view_id}", data=FIRST_PAGE, headers=headers or {})


@pytest.mark.parametrize(("name", "data"), [("puskesmas.csv", CSV.encode()), ("puskesmas.xlsx", _xlsx())])
def test_an_uploaded_sheet_is_shown_as_a_table(app, cast, job_worker, name, data):
    item = register_item(_dinkes(), name="daftar-puskesmas", title="Daftar Puskesmas")
    resource = _upload(item, data, name)
    job_worker()

    (view,) = helpers.call_action("resource_view_list", id=resource["id"])
    assert view["view_type"] == "datatables_view"
    found = json.loads(_rows(app, view["id"]).body)
    assert found["recordsTotal"] == 2
    assert {row["Nama Puskesmas"] for row in found["data"]} == {"Puskesmas Sukamaju", "Puskesmas Cibeureum"}
    page = app.get(f"/informasi-publik/daftar-puskesmas/resource/{resource['id']}").body
    assert f"/view/{view['id']}" in page


def test_an_exempted_items_sheet_never_reaches_the_datastore(app, cast, job_worker):
    item = register_item(_dinkes(), name="data-rahasia", title="Data Rahasia", **EXEMPTED)
    resource = _upload(item, CSV.encode(), "rahasia.csv")
    job_worker()

    assert helpers.call_action("resource_view_list", id=resource["id"]) == []
    search = app.post("/api/3/action/datastore_search", json={"resource_id": resource["id"]})
    assert search.status_code in (403, 404)
    assert "Sukamaju" not in search.body


@pytest.mark.parametrize("who", ["anonymous", "applicant"])
def test_a_private_items_table_is_read_by_no_one_outside_its_unit(app, cast, job_worker, who):
    item = register_item(_dinkes(), name="draf-puskesmas", title="Draf Puskesmas", private=True)
    resource = _upload(item, CSV.encode(), "draf.csv")
    job_worker()
    (view,) = helpers.call_action("resource_view_list", id=resource["id"])
    headers = {}
    if who == "applicant":
        headers = {"Authorization": factories.APIToken(user=factories.User()["name"])["token"]}

    preview = _rows(app, view["id"], headers)
    assert preview.status_code == 403 and "Sukamaju" not in preview.body
    search = app.post("/api/3/action/datastore_search", json={"resource_id": resource["id"]}, headers=headers)
    assert search.status_code == 403 and "Sukamaju" not in search.body
