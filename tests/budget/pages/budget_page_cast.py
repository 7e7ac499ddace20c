"""The OPDs, editors and budget files the budget page tests publish, through the store's own path: a budget
dataset, a CSV uploaded as its resource, the import job (helpers; fixtures in conftest).

The Dinas Kominfo's July 2026 realisation, worked out by hand:

  2.16.01 Program Penunjang                       9.000.000 /   5.750.000   63,89%
    2.16.01.2.01 Perencanaan                      4.000.000 /   1.750.000   43,75%
    2.16.01.2.02 Administrasi Keuangan            5.000.000 /   4.000.000   80,00%
  2.16.02 Program Informasi                  10.701.893.800 / 643.183.817    6,01%
  OPD                                        10.710.893.800 / 648.933.817    6,06%

June has half of July's realisation of the support program (2.875.000 + 643.183.817 = 646.058.817).
The Dinas Kesehatan spent 15.000.000 of 20.000.000 (75%); the Dinas Pendidikan has only its plan.
"""

from __future__ import annotations

import html
import io
from typing import Any

import lxml.html
from ckan import model
from ckan.common import config
from ckan.tests import factories, helpers
from werkzeug.datastructures import FileStorage

HEADER = (
    "Kode Program;Nama Program;Kode Kegiatan;Nama Kegiatan;Kode Sub Kegiatan;Nama Sub Kegiatan;"
    "Kode Rekening;Uraian Rekening;Anggaran;Realisasi"
)
PENUNJANG = "2.16.01;Program Penunjang"
PERENCANAAN = "2.16.01.2.01;Perencanaan;2.16.01.2.01.0001;Penyusunan Dokumen"
KEUANGAN = "2.16.01.2.02;Administrasi Keuangan;2.16.01.2.02.0001;Penyediaan Gaji"
INFORMASI = "2.16.02;Program Informasi;2.16.02.2.01;Pengelolaan Informasi;2.16.02.2.01.0002;Layanan Media"
KOMINFO_JULY = [
    f"{PENUNJANG};{PERENCANAAN};5.1.02.01.01.0024;Alat Tulis Kantor;1.000.000,00;250.000,00",
    f"{PENUNJANG};{PERENCANAAN};5.1.02.02.01.0026;Honorarium;3.000.000,00;1.500.000,00",
    f"{PENUNJANG};{KEUANGAN};5.1.01.01.01.0001;Gaji Pokok;5.000.000,00;4.000.000,00",
    f"{INFORMASI};5.2.02.05.01.0001;Komputer;10.701.893.800,00;643.183.817,00",
]
KOMINFO_JUNE = [
    f"{PENUNJANG};{PERENCANAAN};5.1.02.01.01.0024;Alat Tulis Kantor;1.000.000,00;125.000,00",
    f"{PENUNJANG};{PERENCANAAN};5.1.02.02.01.0026;Honorarium;3.000.000,00;750.000,00",
    f"{PENUNJANG};{KEUANGAN};5.1.01.01.01.0001;Gaji Pokok;5.000.000,00;2.000.000,00",
    f"{INFORMASI};5.2.02.05.01.0001;Komputer;10.701.893.800,00;643.183.817,00",
]
DINKES_JULY = [
    "1.02.01;Program Kesehatan;1.02.01.2.01;Pelayanan;1.02.01.2.01.0001;Imunisasi;"
    "5.1.02.01.01.0052;Vaksin;20.000.000,00;15.000.000,00"
]
DISDIK_PLAN = [
    "1.01.01;Program Pendidikan;1.01.01.2.01;Sekolah;1.01.01.2.01.0001;Buku;"
    "5.1.02.01.01.0024;Buku Pelajaran;50.000.000,00;"
]


def csv_file(rows: list[str], header: str = HEADER) -> bytes:
    return ("\n".join([header, *rows]) + "\n").encode()


class Cast:
    """The OPDs and people of the budget page tests."""

    def __init__(self) -> None:
        self.editor = factories.User(name="kominfo-editor")
        self.outsider = factories.User(name="warga")
        editors = [{"name": self.editor["name"], "capacity": "editor"}]
        self.kominfo = factories.Organization(
            name="dinas-kominfo", title="Dinas Komunikasi dan Informatika", users=editors
        )
        self.dinkes = factories.Organization(name="dinas-kesehatan", title="Dinas Kesehatan", users=editors)
        self.disdik = factories.Organization(name="dinas-pendidikan", title="Dinas Pendidikan", users=editors)

    def dataset(self, name: str, org: dict, **fields: Any) -> dict:
        """A budget dataset of ``org``: the realisation of July 2026 unless told otherwise."""
        data = {
            "type": "anggaran",
            "name": name,
            "title": name.replace("-", " ").title(),
            "owner_org": org["id"],
            "tahun_anggaran": 2026,
            "tahapan": "realisasi",
            "jenis_periode": "bulanan",
            "periode_ke": 7,
            **fields,
        }
        return helpers.call_action("package_create", {"user": self.editor["name"]}, **data)

    def upload(self, dataset: dict, data: bytes, filename: str = "realisasi.csv") -> dict:
        """Upload a file as a new resource of ``dataset``, as the dataset form does (the import is queued)."""
        return helpers.call_action(
            "resource_create",
            {"user": self.editor["name"]},
            package_id=dataset["id"],
            name=filename,
            upload=FileStorage(io.BytesIO(data), filename=filename),
        )

    def publish_all(self) -> dict:
        """Every OPD's files; the job worker must run afterwards. Returns the Kominfo July dataset."""
        july = self.dataset("realisasi-kominfo-juli", self.kominfo)
        self.upload(july, csv_file(KOMINFO_JULY))
        june = self.dataset("realisasi-kominfo-juni", self.kominfo, periode_ke=6)
        self.upload(june, csv_file(KOMINFO_JUNE))
        dinkes = self.dataset("realisasi-dinkes-juli", self.dinkes)
        self.upload(dinkes, csv_file(DINKES_JULY))
        plan = self.dataset(
            "apbd-disdik", self.disdik, tahapan="murni", jenis_periode="tahunan", periode_ke=None
        )
        self.upload(plan, csv_file(DISDIK_PLAN))
        return july


def log_in(app: Any, user: dict | None) -> None:
    """Later requests of ``app`` carry ``user``'s browser session (None: no session)."""
    with app.client.session_transaction(base_url=config["ckan.site_url"]) as session:
        session.clear()
        if user is not None:
            session["_user_id"] = model.User.get(user["id"]).get_id()


def document(response: Any) -> lxml.html.HtmlElement:
    return lxml.html.fromstring(response.body)


def text(element: Any) -> str:
    """An element's text as a person reads it, whitespace folded."""
    return " ".join(html.unescape(element.text_content()).split())


def table_rows(page: lxml.html.HtmlElement, table_class: str) -> list[list[str]]:
    """The body rows of the table with ``table_class``, cell by cell."""
    return [
        [text(cell) for cell in row.xpath("./th|./td")]
        for row in page.find_class(table_class)[0].xpath("./tbody/tr")
    ]
