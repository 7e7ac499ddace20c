"""Register import benchmark: the preview and the commit of a 5,000-row register file, as an officer runs.

Runs in a database of its own (``ckan_ppid_bench_import``, created with scripts/database.sh and emptied at
each run) and Redis database 6, with a CKAN configuration written at run time on top of test.ini. A unit and
its PPID officer are created; the file is the import template of a category (what ``/ppid/import/templat``
gives the officer: its Indonesian headers and example row) with --rows items, each a different title: by
default a 5,000-row file, its header and 4,999 items (the limit counts every row of the sheet). Through
the portal's own pages, in this process (Flask's test client, no network):

  (a) upload: POST /ppid/import/ (the file is read and kept)
  (b) preview: GET /ppid/import/<token>, --repeat times: the file read and mapped, every row checked as the
      commit checks it (package_create's access check and the item schema, nothing created), the page
      rendered; seconds per run (p50, max) and rows per second
  (c) commit: POST /ppid/import/<token>: every item created in one transaction, or none; seconds and items
      per second

for CSV and XLSX, with the load average before and after (the machine is shared: compare runs made under a
similar load). The limit is ``ckanext.ppid.input.max_register_rows`` (5,000 by default).

Usage: .venv/bin/python bench/register_import.py [--rows 4999] [--repeat 3] [--category berkala]
       [--formats csv,xlsx]
"""

from __future__ import annotations

import argparse
import csv
import io
import os
import re
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATABASE = "ckan_ppid_bench_import"
DATABASE_URL = f"postgresql://ckan_ppid:ckan_ppid@127.0.0.1:5432/{DATABASE}"
DATASTORE_WRITE_URL = f"postgresql://ckan_ppid:ckan_ppid@127.0.0.1:5432/{DATABASE}_datastore"
DATASTORE_READ_URL = f"postgresql://ckan_ppid_reader:ckan_ppid_reader@127.0.0.1:5432/{DATABASE}_datastore"
REDIS_URL = "redis://127.0.0.1:6379/6"
# Never another database, whatever the shell exports.
os.environ["CKAN_SQLALCHEMY_URL"] = DATABASE_URL
os.environ["CKAN_REDIS_URL"] = REDIS_URL
os.environ["CKAN_DATASTORE_WRITE_URL"] = DATASTORE_WRITE_URL
os.environ["CKAN_DATASTORE_READ_URL"] = DATASTORE_READ_URL

import redis  # noqa: E402
from ckan import model  # noqa: E402
from ckan.cli import CKANConfigLoader  # noqa: E402
from ckan.config.middleware import make_app  # noqa: E402
from ckan.plugins import toolkit  # noqa: E402
from openpyxl import Workbook, load_workbook  # noqa: E402

from ckanext.ppid.register.core.restriction import DATASET_TYPE  # noqa: E402
from ckanext.ppid.shell.migrations import upgrade_plugin_tables  # noqa: E402

OFFICER = "petugas-bench"
UNIT = "dinas-bench"
TOKEN = re.compile(r"/ppid/import/([A-Za-z0-9_-]{10,64})")


def _load() -> str:
    return "load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


def write_ini(directory: Path) -> Path:
    ini = directory / "bench-import.ini"
    ini.write_text(
        "[app:main]\n"
        f"use = config:{ROOT / 'test.ini'}\n"
        f"sqlalchemy.url = {DATABASE_URL}\n"
        f"ckan.redis.url = {REDIS_URL}\n"
        f"ckan.datastore.write_url = {DATASTORE_WRITE_URL}\n"
        f"ckan.datastore.read_url = {DATASTORE_READ_URL}\n"
        f"ckan.storage_path = {directory / 'storage'}\n"
    )
    return ini


def set_up() -> str:
    """An empty portal with one unit and its officer; returns the officer's API token."""
    model.repo.clean_db()
    model.repo.init_db()
    upgrade_plugin_tables()
    redis.Redis.from_url(REDIS_URL).flushdb()
    site = {"user": toolkit.get_action("get_site_user")({"ignore_auth": True}, {})["name"]}
    toolkit.get_action("user_create")(
        site, {"name": OFFICER, "email": "petugas@bench.example", "password": "Sandi-Bench-2026"}
    )
    toolkit.get_action("organization_create")(
        site,
        {
            "name": UNIT,
            "title": "Dinas Bench",
            "kode_unit": "B1",
            "users": [{"name": OFFICER, "capacity": "editor"}],
        },
    )
    token = toolkit.get_action("api_token_create")(site, {"user": OFFICER, "name": "bench"})["token"]
    model.Session.remove()
    return token


def _rows(template: list[list[str]], rows: int) -> list[list[str]]:
    """The template's header, then ``rows`` copies of its example row, each with its own title."""
    header, example = template[0], template[1]
    title = header.index(next(cell for cell in header if cell.lower().startswith("judul")))
    lines = [header]
    for number in range(1, rows + 1):
        line = list(example)
        line[title] = f"{example[title]} ({number})"
        lines.append(line)
    return lines


def files(client, headers: dict[str, str], category: str, rows: int) -> dict[str, tuple[str, bytes]]:
    """The category's CSV and XLSX templates as served to the officer, grown to ``rows`` rows."""
    made = {}
    for fmt in ("csv", "xlsx"):
        with client.application.test_request_context():
            url = toolkit.url_for("ppid_import.template", category=category, fmt=fmt)
        response = client.get(url, headers=headers)
        if response.status_code != 200:
            raise SystemExit(f"the {fmt} template answered {response.status_code}")
        if fmt == "csv":
            text = response.data.decode("utf-8-sig")
            dialect = csv.Sniffer().sniff(text.splitlines()[0], delimiters=",;")
            template = [line for line in csv.reader(io.StringIO(text), dialect) if any(line)]
            out = io.StringIO()
            csv.writer(out, dialect).writerows(_rows(template, rows))
            made[fmt] = (f"register-{category}.csv", out.getvalue().encode("utf-8"))
        else:
            sheet = load_workbook(io.BytesIO(response.data), read_only=True).active
            template = [
                ["" if cell is None else str(cell) for cell in line]
                for line in sheet.iter_rows(values_only=True)
                if any(cell not in (None, "") for cell in line)
            ]
            book = Workbook(write_only=True)
            grown = book.create_sheet()
            for line in _rows(template, rows):
                grown.append(line)
            out = io.BytesIO()
            book.save(out)
            made[fmt] = (f"register-{category}.xlsx", out.getvalue())
    return made


def run(client, headers: dict[str, str], name: str, data: bytes, rows: int, repeat: int) -> None:
    started = time.perf_counter()
    uploaded = client.post(
        "/ppid/import/",
        data={"file": (io.BytesIO(data), name), "owner_org": UNIT},
        headers=headers,
        content_type="multipart/form-data",
    )
    upload_s = time.perf_counter() - started
    found = TOKEN.search(uploaded.headers.get("Location", ""))
    if uploaded.status_code != 302 or not found:
        raise SystemExit(f"upload of {name} answered {uploaded.status_code}")
    token = found.group(1)
    preview = []
    for _ in range(repeat):
        started = time.perf_counter()
        page = client.get(f"/ppid/import/{token}", headers=headers)
        preview.append(time.perf_counter() - started)
        if page.status_code != 200:
            raise SystemExit(f"preview answered {page.status_code}: {page.data[:300]!r}")
    started = time.perf_counter()
    committed = client.post(f"/ppid/import/{token}", headers=headers)
    commit_s = time.perf_counter() - started
    if committed.status_code != 302 or "/ppid/dip/" not in committed.headers.get("Location", ""):
        raise SystemExit(f"the commit was refused ({committed.status_code}): read the preview of {name}")
    with client.application.test_request_context():
        query = {"fq": f"+organization:{UNIT} +dataset_type:{DATASET_TYPE}", "include_private": True}
        query["rows"] = 0
        created = toolkit.get_action("package_search")({"ignore_auth": True}, query)["count"]
    p50 = statistics.median(preview)
    print(f"  {name}: {len(data) / 1e6:.1f} MB, {rows:,} rows", flush=True)
    print(f"    (a) upload   {upload_s:6.2f} s", flush=True)
    rate = f"{rows / p50:,.0f} rows/s, {repeat} runs"
    print(f"    (b) preview  p50 {p50:6.2f} s  max {max(preview):6.2f} s  ({rate})", flush=True)
    print(
        f"    (c) commit   {commit_s:6.2f} s  ({rows / commit_s:,.0f} items/s; {created:,} items now)",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=4999)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--category", default="berkala")
    parser.add_argument("--formats", default="csv,xlsx", help="which of the two files to import (csv, xlsx)")
    args = parser.parse_args()
    subprocess.run([str(ROOT / "scripts/database.sh"), DATABASE], check=True, stdout=subprocess.DEVNULL)
    with tempfile.TemporaryDirectory(prefix="ppid-bench-import-") as directory:
        app = make_app(CKANConfigLoader(str(write_ini(Path(directory)))).get_config())
        print(f"register import benchmark on {os.cpu_count()} cores; {_load()}", flush=True)
        with app._wsgi_app.test_request_context():
            token = set_up()
        client = app._wsgi_app.test_client()
        made = files(client, {"Authorization": token}, args.category, args.rows)
        for name, data in (made[fmt] for fmt in args.formats.split(",")):
            # Each file into an empty portal: the second file's items would take the first's names.
            with app._wsgi_app.test_request_context():
                token = set_up()
            run(client, {"Authorization": token}, name, data, args.rows, args.repeat)
        print(_load(), flush=True)


if __name__ == "__main__":
    main()
