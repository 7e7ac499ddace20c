"""The OPDs, people, budget datasets and files the budget integration tests use (fixtures: conftest)."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import sqlalchemy as sa
from ckan import model
from ckan.tests import factories, helpers
from werkzeug.datastructures import FileStorage

from ckanext.ppid.budget import register_item

# Real files (../shared/data/budget beside the repository); tests that read them skip when it is absent.
SHARED_BUDGET = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "budget"
HEADER = (
    "Kode Program;Nama Program;Kode Kegiatan;Nama Kegiatan;Kode Sub Kegiatan;Nama Sub Kegiatan;"
    "Kode Rekening;Uraian Rekening;Anggaran;Realisasi"
)
# Two programs of the Dinas Kominfo, three lines (amounts as SIPD writes them, id-ID).
KOMINFO_JULY = [
    "2.16.01;Program Penunjang;2.16.01.2.01;Perencanaan;2.16.01.2.01.0001;Penyusunan Dokumen;"
    "5.1.02.01.01.0024;Alat Tulis Kantor;1.000.000,00;250.000,00",
    "2.16.01;Program Penunjang;2.16.01.2.01;Perencanaan;2.16.01.2.01.0001;Penyusunan Dokumen;"
    "5.1.02.02.01.0026;Honorarium;3.000.000,00;1.500.000,00",
    "2.16.02;Program Informasi;2.16.02.2.01;Pengelolaan Informasi;2.16.02.2.01.0002;Layanan Media;"
    "5.2.02.05.01.0001;Komputer;10.000.000,00;0,00",
]


def csv_file(rows: list[str]) -> bytes:
    return ("\n".join([HEADER, *rows]) + "\n").encode()


@dataclass
class Cast:
    editor: dict
    outsider: dict
    kominfo: dict
    dinkes: dict


def build_cast() -> Cast:
    editor = factories.User(name="kominfo-editor")
    outsider = factories.User(name="warga")
    kominfo = factories.Organization(
        name="dinas-kominfo",
        title="Dinas Komunikasi dan Informatika",
        kode_unit="2.16.2.20.2.21.01.0000",
        pejabat_ppid="Sekretaris Dinas Kominfo",
        users=[{"name": editor["name"], "capacity": "editor"}],
    )
    dinkes = factories.Organization(
        name="dinas-kesehatan",
        title="Dinas Kesehatan",
        users=[{"name": editor["name"], "capacity": "editor"}],
    )
    return Cast(editor, outsider, kominfo, dinkes)


def budget_dataset(cast: Cast, name: str, org: dict | None = None, **fields) -> dict:
    """A budget dataset of ``org`` (the Dinas Kominfo), realisation of July 2026 unless told otherwise."""
    data = {
        "type": "anggaran",
        "name": name,
        "title": name.replace("-", " ").title(),
        "owner_org": (org or cast.kominfo)["id"],
        "tahun_anggaran": 2026,
        "tahapan": "realisasi",
        "jenis_periode": "bulanan",
        "periode_ke": 7,
        **fields,
    }
    return helpers.call_action("package_create", {"user": cast.editor["name"]}, **data)


def upload(data: bytes, filename: str) -> FileStorage:
    return FileStorage(io.BytesIO(data), filename=filename)


def add_file(cast: Cast, dataset: dict, data: bytes, filename: str = "realisasi.csv") -> dict:
    """Upload a file as a new resource of ``dataset`` (as the dataset form does)."""
    return helpers.call_action(
        "resource_create",
        {"user": cast.editor["name"]},
        package_id=dataset["id"],
        name=filename,
        upload=upload(data, filename),
    )


def replace_file(cast: Cast, resource: dict, data: bytes, filename: str = "realisasi.csv") -> dict:
    return helpers.call_action(
        "resource_patch", {"user": cast.editor["name"]}, id=resource["id"], upload=upload(data, filename)
    )


def imports(jobs: list) -> list:
    """The budget import jobs among ``jobs`` (others keep register items in step)."""
    return [job for job in jobs if (job.meta.get("title") or "").startswith("ppid budget import")]


def import_status(resource: dict) -> dict:
    return helpers.call_action("ppid_budget_import_show", resource_id=resource["id"])


def datastore_records(resource: dict) -> list[dict]:
    found = helpers.call_action("datastore_search", resource_id=resource["id"], limit=1000, sort="_id")
    return found["records"]


def stored_lines(resource: dict) -> list[tuple]:
    rows = model.Session.execute(
        sa.text(
            "SELECT kode_rekening, anggaran, realisasi FROM ppid_budget_line WHERE resource_id = :id"
            " ORDER BY kode_rekening"
        ),
        {"id": resource["id"]},
    )
    return [tuple(row) for row in rows]


def register_item_of(dataset: dict) -> dict:
    return helpers.call_action("package_show", id=register_item.item_id(dataset["id"]))
