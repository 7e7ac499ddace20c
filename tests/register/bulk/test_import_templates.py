"""The import form offers a template per category (XLSX and CSV): its columns carry the Indonesian names the
importer reads and its example row imports as it is, through the preview and the commit."""

from __future__ import annotations

import csv
import io

import pytest
from bulk_pages import location, log_in, register_items, text
from openpyxl import load_workbook

from ckanext.ppid.register.core.importing.sheet_template import EXAMPLES

pytestmark = pytest.mark.usefixtures("with_plugins")
CATEGORIES = ("berkala", "serta_merta", "setiap_saat", "dikecualikan")


def _rows(data: bytes, fmt: str) -> list[list[str]]:
    if fmt == "csv":
        return list(csv.reader(io.StringIO(data.decode("utf-8-sig")), delimiter=";"))
    sheet = load_workbook(io.BytesIO(data)).active
    return [[cell.value or "" for cell in row] for row in sheet.iter_rows()]


@pytest.mark.parametrize("fmt", ["xlsx", "csv"])
@pytest.mark.parametrize("category", CATEGORIES)
def test_each_downloaded_template_imports_its_example_row(app, cast, storage, category, fmt):
    log_in(app, cast.unit_editor)
    form = text(app.get("/ppid/import/"))
    url = f"/ppid/import/templat/{category}.{fmt}"
    assert url in form

    download = app.get(url)
    assert download.status_code == 200
    assert f"templat-impor-{category.replace('_', '-')}.{fmt}" in download.headers["Content-Disposition"]
    header, example = _rows(download.get_data(), fmt)
    assert header[:2] == ["Judul Informasi", "Ringkasan Isi Informasi"]  # the form's labels, not field names
    assert not any("_" in name for name in header)
    title = EXAMPLES[category]["title"]
    assert title in example

    before = set(register_items())
    upload = {"file": (io.BytesIO(download.get_data()), f"templat.{fmt}"), "owner_org": "dinkes"}
    preview_url = location(
        app.post("/ppid/import/", data=upload, content_type="multipart/form-data", follow_redirects=False)
    )
    preview = app.get(preview_url)
    assert preview.status_code == 200
    assert "ppid-row-error" not in preview.body, text(preview)[-3000:]

    done = app.post(preview_url)
    assert done.status_code == 200, text(done)[-2000:]
    created = set(register_items()) - before
    assert created == {title}
    assert register_items()[title].extras["kategori"] == category


def test_a_template_of_no_category_is_not_found(app, cast, storage):
    log_in(app, cast.unit_editor)
    assert app.get("/ppid/import/templat/rahasia.xlsx", expect_errors=True).status_code == 404
    assert app.get("/ppid/import/templat/berkala.pdf", expect_errors=True).status_code == 404
    log_in(app, None)
    assert app.get("/ppid/import/templat/berkala.xlsx", expect_errors=True).status_code == 403
