"""The import screen of a budget resource: its status and the file's problems row by row, the column
mapping that makes an unrecognised file importable, and only the dataset's editors let in."""

from __future__ import annotations

import pytest
from budget_page_cast import KOMINFO_JULY, csv_file, document, log_in, table_rows, text
from ckan.tests import factories

from ckanext.ppid.budget import views
from ckanext.ppid.budget.model import imports

pytestmark = pytest.mark.usefixtures("with_plugins")

# The budget of the second line (row 3 of the file) is written in words.
BAD_FILE = csv_file(
    [
        KOMINFO_JULY[0],
        KOMINFO_JULY[1].replace("3.000.000,00", "tiga juta"),
        KOMINFO_JULY[2],
    ]
)
# Headers nobody could guess: the columns must be mapped by hand.
ODD_FILE = csv_file(
    ["2.16.01;Program Penunjang;1.000.000;250.000", "2.16.02;Program Informasi;10.000.000;0"],
    header="Prog;Nama;Nilai A;Nilai B",
)
ODD_MAPPING = {"Prog": "kode_program", "Nama": "uraian", "Nilai A": "anggaran", "Nilai B": "realisasi"}


def test_every_import_status_has_a_label():
    assert tuple(views.STATUS_LABELS) == imports.STATUSES


def screen(resource: dict) -> str:
    return f"/anggaran/impor/{resource['id']}"


@pytest.fixture
def kominfo_file(cast):
    """Upload a file to a new Kominfo budget dataset; the import job has not run yet."""

    def upload(data: bytes, filename: str = "realisasi.csv") -> dict:
        return cast.upload(cast.dataset("realisasi-juli", cast.kominfo), data, filename)

    return upload


def test_a_refused_file_shows_its_problems_row_by_row(app, cast, kominfo_file, job_worker):
    resource = kominfo_file(BAD_FILE)
    job_worker()
    log_in(app, cast.editor)

    page = document(app.get(screen(resource)))

    assert page.xpath("//*[@data-status]/@data-status") == ["failed"]
    # The row as the officer counts it in the file (the header is row 1), the column as the file names it.
    ((row, column, message),) = table_rows(page, "ppid-budget-problems")
    assert (row, column) == ("3", "Anggaran")
    assert "tiga juta" in message


def test_a_done_import_shows_its_counts(app, cast, kominfo_file, job_worker):
    resource = kominfo_file(csv_file(KOMINFO_JULY))
    job_worker()
    log_in(app, cast.editor)

    page = document(app.get(screen(resource)))

    assert page.xpath("//*[@data-status]/@data-status") == ["done"]
    assert text(page.xpath('//*[@data-figure="line_count"]')[0]) == "4"
    # The mapping form only when asked for.
    assert not page.find_class("ppid-budget-mapping-form")
    assert document(app.get(f"{screen(resource)}?petakan=1")).find_class("ppid-budget-mapping-form")


def test_the_mapping_screen_posts_a_mapping_that_then_imports(app, cast, kominfo_file, job_worker):
    resource = kominfo_file(ODD_FILE, "lra.csv")
    job_worker()
    log_in(app, cast.editor)

    page = document(app.get(screen(resource)))
    labels = {
        text(row.xpath("./th")[0]): row
        for row in page.xpath('//table[contains(@class, "ppid-budget-columns")]/tbody/tr')
    }
    assert set(labels) == set(ODD_MAPPING)
    assert "2.16.01" in text(labels["Prog"])  # the sample values
    form = {
        field.get("name"): field.get("value")
        for field in page.xpath("//form[contains(@class, 'ppid-budget-mapping-form')]//input[@type='hidden']")
    }
    for label, row in labels.items():
        select = row.xpath(".//select")[0]
        form[select.get("name")] = ODD_MAPPING[label]

    checked = app.post(screen(resource), data={**form, "aksi": "periksa"})
    assert checked.status_code == 200
    assert [row[:1] for row in table_rows(document(checked), "ppid-budget-preview-lines")] == [
        ["2026"],
        ["2026"],
    ]
    queued = app.post(screen(resource), data={**form, "aksi": "impor"}, follow_redirects=False)
    assert queued.status_code == 302
    job_worker()

    done = document(app.get(screen(resource)))
    assert done.xpath("//*[@data-status]/@data-status") == ["done"]
    programs = table_rows(document(app.get("/anggaran/opd/dinas-kominfo")), "ppid-budget-rows")
    assert [row[:3] for row in programs] == [
        ["2.16.01", "Program Penunjang", "Rp1.000.000"],
        ["2.16.02", "Program Informasi", "Rp10.000.000"],
    ]


def test_a_post_without_a_mapping_is_refused_with_a_message(app, cast, kominfo_file, job_worker):
    resource = kominfo_file(ODD_FILE, "lra.csv")
    job_worker()
    log_in(app, cast.editor)

    response = app.post(screen(resource), data={"aksi": "impor"})

    assert response.status_code == 400
    assert document(response).find_class("ppid-budget-errors")


def test_only_the_datasets_editors_may_open_the_import_screen(app, cast, kominfo_file, job_worker):
    resource = kominfo_file(csv_file(KOMINFO_JULY))
    job_worker()

    log_in(app, None)
    anonymous = app.get(screen(resource))
    anonymous_post = app.post(screen(resource), data={"label-1": "Prog", "column-1": "kode_program"})
    log_in(app, cast.outsider)
    outsider = app.get(screen(resource))
    log_in(app, cast.editor)
    editor = app.get(screen(resource))

    assert (anonymous.status_code, anonymous_post.status_code, outsider.status_code, editor.status_code) == (
        403,
        403,
        403,
        200,
    )


def test_an_unknown_resource_is_not_found(app, cast):
    log_in(app, cast.editor)

    assert app.get("/anggaran/impor/tidak-ada").status_code == 404


def test_a_resource_of_another_dataset_type_is_not_found(app, cast):
    dataset = factories.Dataset(owner_org=cast.kominfo["id"])
    resource = factories.Resource(package_id=dataset["id"])
    log_in(app, cast.editor)

    assert app.get(screen(resource)).status_code == 404


def test_the_resource_page_leads_its_editors_to_the_import_screen(app, cast, kominfo_file):
    resource = kominfo_file(csv_file(KOMINFO_JULY))
    resource_page = f"/anggaran/{resource['package_id']}/resource/{resource['id']}"

    log_in(app, cast.editor)
    editor = document(app.get(resource_page))
    log_in(app, None)
    anonymous = document(app.get(resource_page))

    assert editor.xpath(f'//a[@href="{screen(resource)}"]')
    assert not anonymous.xpath(f'//a[@href="{screen(resource)}"]')


def test_the_dataset_page_leads_everyone_to_the_opds_figures(app, cast, kominfo_file):
    resource = kominfo_file(csv_file(KOMINFO_JULY))

    page = document(app.get(f"/anggaran/{resource['package_id']}"))

    assert page.xpath('//a[@href="/anggaran/opd/dinas-kominfo?tahun=2026&tahapan=realisasi"]')
