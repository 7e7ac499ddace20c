"""The budget pages' downloads hold exactly the figures the pages show: CSV for spreadsheets (UTF-8 with a
byte-order mark, codes quoted as text, plain numbers) and JSON (the action's answer)."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal

import pytest
from budget_page_cast import document, table_rows, text

pytestmark = pytest.mark.usefixtures("with_plugins")

DRILLED = "tingkat=kegiatan&induk=2.16.01"


def page_number(shown: str) -> Decimal | None:
    """A figure as the Indonesian page writes it ("Rp9.000.000", "63,89%") as a number."""
    if shown == "–":
        return None
    return Decimal(shown.removeprefix("Rp").removesuffix("%").replace(".", "").replace(",", "."))


def csv_table(response) -> list[list[str]]:
    data = response.get_data()
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def test_the_opd_csv_holds_the_rows_of_the_page(app, published):
    shown = document(app.get(f"/anggaran/opd/dinas-kominfo?{DRILLED}"))
    page = table_rows(shown, "ppid-budget-rows")
    phase = text(shown.xpath('//select[@name="tahapan"]/option[@selected]')[0])
    response = app.get(f"/anggaran/opd/dinas-kominfo.csv?{DRILLED}")

    header, *rows = csv_table(response)
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert "attachment" in response.headers["Content-Disposition"]
    assert len(header) == 9
    kominfo = "Dinas Komunikasi dan Informatika"
    assert {tuple(row[:4]) for row in rows} == {(kominfo, "2026", phase, "2026-07")}
    assert [row[4:6] for row in rows] == [cells[:2] for cells in page]
    assert [[Decimal(value) for value in row[6:]] for row in rows] == [
        [page_number(value) for value in cells[2:]] for cells in page
    ]
    # Codes are quoted text, amounts plain numbers.
    assert '"2.16.01.2.01","Perencanaan",4000000,1750000,43.75' in response.get_data(as_text=True)


def test_the_opd_json_is_the_summary_the_page_shows(app, published):
    page = table_rows(document(app.get(f"/anggaran/opd/dinas-kominfo?{DRILLED}")), "ppid-budget-rows")

    found = json.loads(app.get(f"/anggaran/opd/dinas-kominfo.json?{DRILLED}").get_data())

    assert (found["level"], found["parent"], found["period"]) == ("kegiatan", "2.16.01", "2026-07")
    assert [
        [row["code"], row["name"], row["anggaran"], row["realisasi"], row["persentase"]]
        for row in found["rows"]
    ] == [[shown[0], shown[1], *(float(page_number(value)) for value in shown[2:])] for shown in page]


def test_the_trend_csv_holds_the_trend_of_the_page(app, published):
    page = table_rows(document(app.get("/anggaran/opd/dinas-kominfo")), "ppid-budget-trend")

    _, *rows = csv_table(app.get("/anggaran/opd/dinas-kominfo/tren.csv"))

    assert [row[2] for row in rows] == ["2026-06", "2026-07"]
    assert [[Decimal(value) for value in row[3:]] for row in rows] == [
        [page_number(value) for value in shown[1:]] for shown in page
    ]


def test_the_ranking_downloads_hold_the_ranking(app, published):
    page = table_rows(document(app.get("/anggaran/opd")), "ppid-budget-ranking")

    _, *rows = csv_table(app.get("/anggaran/opd.csv"))
    found = json.loads(app.get("/anggaran/opd.json").get_data())

    assert [row[:2] for row in rows] == [shown[:2] for shown in page]
    assert [[Decimal(value) if value else None for value in row[5:]] for row in rows] == [
        [page_number(value) for value in shown[4:]] for shown in page
    ]
    assert [row["organization"]["name"] for row in found["rows"]] == [
        "dinas-kesehatan",
        "dinas-kominfo",
        "dinas-pendidikan",
    ]


@pytest.mark.parametrize(
    "path", ["/anggaran/opd.csv?tahun=20x6", "/anggaran/opd/dinas-kominfo.json?tingkat=provinsi"]
)
def test_a_bad_query_gets_a_message_not_a_file(app, published, path):
    response = app.get(path)

    assert response.status_code == 400
    assert response.headers["Content-Type"].startswith("text/plain")
    assert response.get_data(as_text=True).strip()


def test_the_download_of_an_unknown_opd_is_not_found(app, published):
    assert app.get("/anggaran/opd/dinas-tidak-ada.csv").status_code == 404
