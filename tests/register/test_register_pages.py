"""The public register pages, their downloads, the register actions and the expiry command."""

from __future__ import annotations

import csv
import io
import re

import pytest
from ckan.tests import helpers
from pypdf import PdfReader
from register_cast import SECRET, register_item

pytestmark = pytest.mark.usefixtures("with_plugins")


def pdf_text(body: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(body)).pages)


def test_dip_lists_public_items_and_dik_the_exempted(app, cast):
    dip = app.get("/ppid/dip").body
    assert "Profil Dinas Kesehatan" in dip and "Rekam Medis Pasien" not in dip
    dik = app.get("/ppid/dik").body
    assert "Rekam Medis Pasien" in dik and "Profil Dinas Kesehatan" not in dik
    assert "Profil Dinas Kesehatan" in app.get("/ppid/dip/dinkes").body
    assert "Profil Dinas Kesehatan" not in app.get("/ppid/dip/dishub").body


def test_the_register_pages_write_their_cells_as_the_pdf_does(app, cast):
    dik = " ".join(re.sub(r"<[^>]+>", " ", app.get("/ppid/dik").body).split())
    assert "Selama diperlukan" in dik and "selama_diperlukan" not in dik
    assert "17.h.2 " in dik and "Berlaku" in dik
    pdf = " ".join(pdf_text(app.get("/ppid/dik.pdf").get_data()).split())
    assert "Selama diperlukan" in pdf


def test_unknown_unit_is_404_and_bad_year_400(app, cast):
    assert app.get("/ppid/dip/tidak-ada", expect_errors=True).status_code == 404
    assert app.get("/ppid/dip?year=abc", expect_errors=True).status_code == 400


def test_pdf_exports(app, cast):
    response = app.get("/ppid/dip.pdf")
    assert response.headers["Content-Type"] == "application/pdf"
    text = pdf_text(response.get_data())
    assert "Profil Dinas Kesehatan" in text and "Rekam Medis" not in text
    dik = pdf_text(app.get("/ppid/dik.pdf?unit=dinkes").get_data())
    assert "Rekam Medis Pasien" in dik and "17.h.2" in dik and SECRET not in dik


def test_csv_and_xlsx_exports(app, cast):
    from openpyxl import load_workbook

    rows = list(csv.reader(io.StringIO(app.get("/ppid/dik.csv").get_data().decode("utf-8-sig"))))
    assert any("Rekam Medis Pasien" in row for row in rows) and SECRET not in str(rows)
    workbook = load_workbook(io.BytesIO(app.get("/ppid/dip.xlsx?unit=dinkes").get_data()))
    cells = [cell.value for sheet in workbook for row in sheet.iter_rows() for cell in row]
    assert "Profil Dinas Kesehatan" in cells


def test_register_list_filters_and_summary(cast):
    register_item(
        cast.item["owner_org"],
        name="lk-2025",
        title="Laporan Keuangan 2025",
        kategori="berkala",
        item_berkala="laporan_keuangan",
        periodisitas="tahunan",
        tanggal_pemutakhiran="2024-01-15",
    )
    listed = helpers.call_action("ppid_register_list", {}, unit="dinkes", category="berkala")
    assert [entry["name"] for entry in listed["results"]] == ["lk-2025"]
    assert listed["results"][0]["out_of_date"] is True
    assert helpers.call_action("ppid_register_list", {}, out_of_date=True)["count"] == 1
    summary = {row["unit"]: row for row in helpers.call_action("ppid_register_summary", {})}
    assert summary["dinkes"]["counts"] == {
        "berkala": 1,
        "serta_merta": 0,
        "setiap_saat": 1,
        "dikecualikan": 1,
    }
    assert "laporan_keuangan" not in summary["dinkes"]["missing_berkala"]
    assert "profil" in summary["dinkes"]["missing_berkala"]
    with pytest.raises(helpers.logic.ValidationError):
        helpers.call_action("ppid_register_list", {}, category="rahasia")


def test_berkala_item_needs_its_periodic_fields(cast):
    with pytest.raises(helpers.logic.ValidationError) as refused:
        register_item(cast.item["owner_org"], name="tanpa-periode", title="Tanpa Periode", kategori="berkala")
    assert set(refused.value.error_dict) >= {"item_berkala", "periodisitas"}


def test_exemption_on_a_never_exempt_ground_is_refused(cast):
    with pytest.raises(helpers.logic.ValidationError) as refused:
        register_item(
            cast.item["owner_org"],
            name="putusan",
            title="Putusan Pengadilan Negeri",
            kategori="dikecualikan",
            dasar_pengecualian="17.a.1",
        )
    assert refused.value.error_dict


def test_expiry_command_opens_ended_exemptions(cli, cast):
    from ckan.cli.cli import ckan

    helpers.call_action(
        "package_patch",
        {"user": cast.sysadmin["name"]},
        id=cast.item["id"],
        jangka_waktu_pengecualian="",
        tanggal_berakhir="2026-01-02",
    )
    result = cli.invoke(ckan, ["ppid", "register", "expire", "--today", "2026-01-05"])
    assert result.exit_code == 0, result.output
    assert "rekam-medis: berlaku -> berakhir" in result.output
    shown = helpers.call_action("package_show", {"user": ""}, id=cast.item["id"])
    assert shown["status_pengecualian"] == "berakhir" and shown["resources"]


def test_the_register_search_names_its_facet_values_in_the_laws_words(app, cast):
    register_item(
        cast.item["owner_org"],
        name="lk-2026",
        title="Laporan Keuangan 2026",
        kategori="berkala",
        item_berkala="laporan_keuangan",
        periodisitas="tahunan",
    )
    page = app.get("/informasi-publik/", extra_environ={"HTTP_ACCEPT_LANGUAGE": "id"}).body
    labels = re.findall(r'<span class="item-label">([^<]+)</span>', page)
    assert "Informasi Berkala" in labels
    assert not {"berkala", "laporan_keuangan", "dikecualikan", "setiap_saat"} & set(labels)
    found = helpers.call_action(
        "package_search", fq="dataset_type:informasi-publik", **{"facet.field": '["kategori"]'}
    )
    names = {item["name"]: item["display_name"] for item in found["search_facets"]["kategori"]["items"]}
    assert names["berkala"] == "Periodic information"


def test_the_register_search_calls_its_items_public_information(app, cast):
    page = app.get("/informasi-publik/", extra_environ={"HTTP_ACCEPT_LANGUAGE": "id"}).body
    text = re.sub(r"<[^>]+>", " ", page)
    assert re.search(r"\b\d+ Informasi Publik ditemukan", text)
    assert 'placeholder="Cari Informasi Publik..."' in page
    assert not re.search(r"(?i)informasi-publiks|informasi-publik\.\.\.", text)
    english = re.sub(r"<[^>]+>", " ", app.get("/en/informasi-publik/").body)
    assert re.search(r"\b\d+ Public Information Items? found", english)
    assert "Home Public Information Items" in " ".join(english.split())
