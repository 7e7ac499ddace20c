"""Budget benchmark: importing a 100,000-row SIPD file; plan-versus-actual latency at 50 OPDs x 5 years.

Runs in a database of its own (``ckan_ppid_bench_budget`` and its DataStore database
``ckan_ppid_bench_budget_datastore``, created with scripts/database.sh and emptied at each run) and Redis
database 10, with a CKAN configuration written at run time on top of test.ini (files stored on disk, uploads
of up to 50 MB):

  (a) import: a generated SIPD "rekapitulasi belanja" (the layout of the real exports: titles, a merged
      header, four cumulative code columns, a subtotal row at every level, id-ID text amounts per kelompok
      belanja) of --rows rows for 50 SKPD, as CSV and as XLSX (--xlsx-rows), uploaded as the resource of a
      budget dataset through ``resource_create``, then imported by the import job's own function
      (``import_job.run_import``, what the worker runs) in this process, timed per stage: reading the
      stored file, reading and normalising it (the core), storing the lines (COPY into ppid_budget_line),
      writing the DataStore table; rows per second for each and in total (target: 5,000 rows/s)
  (b) ``ppid_budget_summary`` p50/p95/p99 over --repeat runs (after a warm-up run on each OPD), the OPD
      changing at every run, with --opds OPDs x --years years of budget lines bulk-loaded with COPY (then
      VACUUM ANALYZE, as autovacuum would): per OPD and year a murni plan and a realisation report for every
      month (cumulative, each month its own dataset, the current year up to the current month), --lines
      lines each; at every level of the hierarchy, drilling down from a parent, a plan phase and a past
      year (target: p95 < 100 ms)
  (c) ``ppid_budget_compare`` for the current year, a past year and a plan phase
  (d) the OPD page over HTTP (``GET /anggaran/opd/<OPD>``), when the pages are installed

Usage: .venv/bin/python bench/budget_pipeline.py [--rows 100000] [--xlsx-rows 20000] [--opds 50] [--years 5]
       [--lines 2000] [--repeat 200]
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import itertools
import os
import random
import statistics
import subprocess
import tempfile
import time
import uuid
import zoneinfo
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DATABASE = "ckan_ppid_bench_budget"
DATABASE_URL = f"postgresql://ckan_ppid:ckan_ppid@127.0.0.1:5432/{DATABASE}"
DATASTORE_WRITE_URL = f"postgresql://ckan_ppid:ckan_ppid@127.0.0.1:5432/{DATABASE}_datastore"
DATASTORE_READ_URL = f"postgresql://ckan_ppid_reader:ckan_ppid_reader@127.0.0.1:5432/{DATABASE}_datastore"
REDIS_URL = "redis://127.0.0.1:6379/10"
# Never another database, whatever the shell exports.
os.environ["CKAN_SQLALCHEMY_URL"] = DATABASE_URL
os.environ["CKAN_REDIS_URL"] = REDIS_URL
os.environ["CKAN_DATASTORE_WRITE_URL"] = DATASTORE_WRITE_URL
os.environ["CKAN_DATASTORE_READ_URL"] = DATASTORE_READ_URL

import redis  # noqa: E402
import sqlalchemy as sa  # noqa: E402
from ckan import model  # noqa: E402
from ckan.cli import CKANConfigLoader  # noqa: E402
from ckan.config.middleware import make_app  # noqa: E402
from ckan.plugins import toolkit  # noqa: E402
from werkzeug.datastructures import FileStorage  # noqa: E402

from ckanext.datastore.backend.postgres import get_write_engine  # noqa: E402
from ckanext.ppid.budget import datastore as budget_datastore  # noqa: E402
from ckanext.ppid.budget import files as budget_files  # noqa: E402
from ckanext.ppid.budget import import_job  # noqa: E402
from ckanext.ppid.budget import lines as budget_lines  # noqa: E402
from ckanext.ppid.budget.core.spending import group_of_account  # noqa: E402
from ckanext.ppid.budget.model.imports import BudgetImport  # noqa: E402
from ckanext.ppid.budget.model.lines import TABLE_NAME  # noqa: E402
from ckanext.ppid.demo import budget_figures  # noqa: E402
from ckanext.ppid.demo.budget_files import Entry, sipd_csv, sipd_rows, sipd_workbook  # noqa: E402
from ckanext.ppid.demo.budget_nomenclature import (  # noqa: E402
    ACCOUNT_NAMES,
    BIDANG_NAMES,
    UNIT_BUDGETS,
    URUSAN_NAMES,
    UnitBudget,
)
from ckanext.ppid.demo.units import REGION, UNITS  # noqa: E402
from ckanext.ppid.shell.migrations import upgrade_plugin_tables  # noqa: E402

TZ = zoneinfo.ZoneInfo("Asia/Jakarta")
TITLES = {unit.name: unit.title for unit in UNITS}
SKPDS = 50
TARGET_ROWS_PER_SECOND = 5000
TARGET_P95_MS = 100
LEVELS = ("urusan", "bidang_urusan", "program", "kegiatan", "sub_kegiatan", "rekening", "kelompok_belanja")
CENT = Decimal("0.01")


def percentiles(samples: list[float]) -> tuple[float, float, float]:
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return cuts[49], cuts[94], cuts[98]


def timed(call: Callable[[], Any], repeat: int, warmups: int = 5) -> list[float]:
    for _ in range(warmups):
        call()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def report(name: str, samples: list[float], target: float | None = TARGET_P95_MS) -> None:
    p50, p95, p99 = percentiles(samples)
    verdict = "" if target is None else ("  ok" if p95 < target else f"  MISSED (p95 target {target} ms)")
    print(f"  {name:<60} p50 {p50:7.1f} ms  p95 {p95:7.1f} ms  p99 {p99:7.1f} ms{verdict}", flush=True)


def _load() -> str:
    return "load average {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


# ----------------------------------------------------------------------------------------------- set-up
def write_ini(directory: Path) -> Path:
    ini = directory / "bench-budget.ini"
    ini.write_text(
        "[app:main]\n"
        f"use = config:{ROOT / 'test.ini'}\n"
        f"sqlalchemy.url = {DATABASE_URL}\n"
        f"ckan.redis.url = {REDIS_URL}\n"
        f"ckan.datastore.write_url = {DATASTORE_WRITE_URL}\n"
        f"ckan.datastore.read_url = {DATASTORE_READ_URL}\n"
        f"ckan.storage_path = {directory / 'storage'}\n"
        # Uploaded files on disk, as in production (test.ini keeps them in memory).
        "ckan.files.storage.resources.type = ckan:fs\n"
        f"ckan.files.storage.resources.path = {directory / 'storage' / 'resources'}\n"
        "ckan.files.storage.resources.initialize = true\n"
        "ckan.max_resource_size = 50\n"
        "ckanext.ppid.budget.max_upload_mb = 50\n"
    )
    return ini


def reset_database() -> None:
    """Empty the portal's database, the DataStore's resource tables and the Redis database."""
    model.repo.clean_db()
    model.repo.init_db()
    upgrade_plugin_tables()
    with get_write_engine().begin() as connection:
        tables = connection.execute(
            sa.text(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_table_stats'"
            )
        ).scalars()
        for table in list(tables):
            connection.execute(sa.text(f'DROP TABLE "{table}" CASCADE'))
        connection.execute(sa.text('DELETE FROM "_table_stats"'))
    redis.Redis.from_url(REDIS_URL).flushdb()


def create_opds(count: int) -> list[dict]:
    """A sysadmin and ``count`` OPDs, each named after a demo OPD whose budget structure it has."""
    action = toolkit.get_action
    action("user_create")(
        {"ignore_auth": True},
        {
            "name": "bench-admin",
            "email": "bench-admin@lembahhijau.example",
            "password": "bench-password-2026",
        },
    )
    model.User.by_name("bench-admin").sysadmin = True
    model.Session.commit()
    opds = []
    for index in range(count):
        budget = UNIT_BUDGETS[index % len(UNIT_BUDGETS)]
        number = index // len(UNIT_BUDGETS) + 1
        title = TITLES[budget.unit] + (f" {number}" if number > 1 else "")
        opds.append(
            action("organization_create")(
                {"user": "bench-admin"},
                {"name": f"opd-{index + 1:02d}", "title": title, "kode_unit": skpd_code(budget, index)[:-5]},
            )
        )
    return opds


def skpd_code(budget: UnitBudget, index: int) -> str:
    """A SIPD organisation code for the ``index``-th SKPD of a given structure."""
    return f"{budget.programs[0].code[:4]}.0.00.0.00.{index + 1:02d}.0000"


# ------------------------------------------------------------------------------------ generated budgets
def structure(index: int, repeat: int, year: int) -> list[tuple[budget_figures.Leaf, tuple[str, str], float]]:
    """The leaves of the ``index``-th SKPD: a demo OPD's, each sub kegiatan repeated ``repeat`` times (with
    its own number and a "Paket" suffix) and scaled by a factor of its own."""
    budget = UNIT_BUDGETS[index % len(UNIT_BUDGETS)]
    rnd = random.Random(f"bench-{index}-{year}")
    found = []
    for leaf in budget_figures.leaves(budget, year):
        for copy in range(repeat):
            code = leaf.sub.code
            sub = (
                f"{code[:-4]}{int(code[-4:]) + 100 * copy:04d}",
                leaf.sub.name + (f" (Paket {copy + 1})" if copy else ""),
            )
            found.append((leaf, sub, rnd.uniform(0.6, 1.4) / repeat))
    return found


def _scaled(value: Decimal | None, factor: float) -> Decimal | None:
    return None if value is None else (value * Decimal(factor)).quantize(CENT)


def sipd_entries(skpds: int, repeat: int, year: int, month: int) -> list[Entry]:
    """The lines of a Pemda-wide realisation report to the end of ``month``."""
    entries = []
    for index in range(skpds):
        budget = UNIT_BUDGETS[index % len(UNIT_BUDGETS)]
        skpd = (skpd_code(budget, index), TITLES[budget.unit])
        for leaf, sub, factor in structure(index, repeat, year):
            anggaran, realisasi = budget_figures.amounts(leaf, budget_figures.REALISASI, month)
            entries.append(
                Entry(
                    skpd=skpd,
                    program=(leaf.program.code, leaf.program.name),
                    kegiatan=(leaf.activity.code, leaf.activity.name),
                    sub_kegiatan=sub,
                    account=leaf.account,
                    anggaran=_scaled(anggaran, factor),
                    realisasi=_scaled(realisasi, factor),
                )
            )
    return entries


def sipd_file(rows: int, year: int, month: int) -> tuple[list[Entry], int]:
    """Entries whose SIPD table has about ``rows`` data rows (50 SKPD; sub kegiatan repeated to fit), and
    the exact number of rows."""
    one, two = (
        sum(1 for _ in sipd_rows(sipd_entries(SKPDS, repeat, year, month), True)) for repeat in (1, 2)
    )
    repeat = max(1, round(1 + (rows - one) / (two - one)))
    entries = sipd_entries(SKPDS, repeat, year, month)
    return entries, sum(1 for _ in sipd_rows(entries, True))


# -------------------------------------------------------------------------------------------- (a) import
class Stopwatch:
    """Time the functions the import job calls, by wrapping them where the job looks them up."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def _add(self, stage: str, started: float) -> None:
        self.seconds[stage] = self.seconds.get(stage, 0.0) + time.perf_counter() - started

    def _timed(self, stage: str, function: Callable) -> Callable:
        def call(*args, **kwargs):
            started = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self._add(stage, started)

        return call

    def _timed_replacing(self, function: Callable) -> Callable:
        """``budget.datastore.replacing``: its DELETE and COPY before the block, its commit after it."""

        @contextmanager
        def replacing(*args, **kwargs) -> Iterator[None]:
            inner = function(*args, **kwargs)
            started = time.perf_counter()
            inner.__enter__()
            self._add("datastore", started)
            try:
                yield
            except BaseException as error:
                if not inner.__exit__(type(error), error, error.__traceback__):
                    raise
            else:
                started = time.perf_counter()
                inner.__exit__(None, None, None)
                self._add("datastore", started)

        return replacing

    @contextmanager
    def watching(self) -> Iterator[None]:
        patches = [
            (budget_files, "read_stored", lambda f: self._timed("read", f)),
            (import_job, "read_budget_file", lambda f: self._timed("core", f)),
            (budget_lines, "replace_lines", lambda f: self._timed("lines", f)),
            (budget_datastore, "ensure_table", lambda f: self._timed("datastore", f)),
            (budget_datastore, "replacing", self._timed_replacing),
        ]
        originals = [(module, name, getattr(module, name)) for module, name, _ in patches]
        for module, name, wrap in patches:
            setattr(module, name, wrap(getattr(module, name)))
        try:
            yield
        finally:
            for module, name, original in originals:
                setattr(module, name, original)


def import_once(app, owner: dict, data: bytes, filename: str, rows: int) -> dict[str, Any]:
    """Upload ``data`` as a budget resource and run its import job here; the stage times and counts."""
    with app._wsgi_app.test_request_context():
        context = {"user": "bench-admin"}
        dataset = toolkit.get_action("package_create")(
            dict(context),
            {
                "type": "anggaran",
                "name": f"lra-{uuid.uuid4().hex[:12]}",
                "title": f"Realisasi Anggaran Belanja Pemda ({filename})",
                "owner_org": owner["id"],
                "tahun_anggaran": 2026,
                "tahapan": "realisasi",
                "jenis_periode": "bulanan",
                "periode_ke": 7,
            },
        )
        started = time.perf_counter()
        resource = toolkit.get_action("resource_create")(
            dict(context), {"package_id": dataset["id"], "upload": FileStorage(io.BytesIO(data), filename)}
        )
        uploaded = time.perf_counter() - started
        model.Session.remove()
        watch = Stopwatch()
        with watch.watching():
            started = time.perf_counter()
            status = import_job.run_import(resource["id"])
            total = time.perf_counter() - started
        model.Session.remove()
        row = BudgetImport.get(resource["id"])
        problems = row.problems[:3]
        found = toolkit.get_action("datastore_search")(
            {"user": ""}, {"resource_id": resource["id"], "limit": 0}
        )
        model.Session.remove()
    return {
        "status": status,
        "problems": problems,
        "rows": rows,
        "lines": row.line_count,
        "subtotals": row.skipped_subtotals,
        "checked": row.checked_totals,
        "datastore": found["total"],
        "uploaded": uploaded,
        "total": total,
        "stages": watch.seconds,
    }


def print_import(label: str, size_mb: float, result: dict[str, Any]) -> None:
    rows, lines, total = result["rows"], result["lines"], result["total"]
    if result["status"] != "done" or result["datastore"] != lines:
        raise SystemExit(f"the {label} import ended {result['status']}: {result['problems']}")
    seconds = result["stages"]
    stages = (
        ("read the stored file", seconds.get("read", 0.0), rows, "rows"),
        ("parse + normalise (core)", seconds.get("core", 0.0), rows, "rows"),
        ("lines stored (COPY into ppid_budget_line)", seconds.get("lines", 0.0), lines, "lines"),
        ("DataStore table written", seconds.get("datastore", 0.0), lines, "lines"),
    )
    other = total - sum(spent for _, spent, _, _ in stages)
    rate = rows / total
    verdict = "ok" if rate >= TARGET_ROWS_PER_SECOND else f"MISSED (target {TARGET_ROWS_PER_SECOND:,} rows/s)"
    print(
        f"  {label}: {rows:,} rows ({size_mb:.1f} MB; {result['subtotals']:,} subtotal rows, "
        f"{result['checked']:,} totals checked) -> {lines:,} lines; upload through resource_create "
        f"{result['uploaded']:.1f} s",
        flush=True,
    )
    for name, spent, count, unit in stages:
        print(f"    {name:<44} {spent:7.2f} s  {count / spent if spent else 0:10,.0f} {unit}/s")
    print(f"    {'job bookkeeping and commits':<44} {other:7.2f} s")
    print(
        f"    {'total (the job)':<44} {total:7.2f} s  {rate:10,.0f} rows/s  "
        f"({lines / total:,.0f} lines/s)  {verdict}"
    )


def import_throughput(app, owner: dict, rows: int, xlsx_rows: int) -> None:
    print("(a) import of a generated SIPD rekapitulasi belanja (50 SKPD) through the import job:", flush=True)
    for kind, wanted in (("CSV", rows), ("XLSX", xlsx_rows)):
        started = time.perf_counter()
        entries, exact = sipd_file(wanted, 2026, 7)
        if kind == "CSV":
            data = sipd_csv(entries, REGION, 2026, "Juli")
        else:
            data = sipd_workbook(entries, REGION, 2026, "Juli")
        print(f"  {kind} generated in {time.perf_counter() - started:.1f} s", flush=True)
        result = import_once(app, owner, data, f"rekapitulasi_belanja.{kind.lower()}", exact)
        print_import(kind, len(data) / 1e6, result)


# ------------------------------------------------------------------------------- (b) lines for latency
LINE_COLUMNS = ("resource_id", "package_id", "owner_org", *budget_lines.LINE_COLUMNS)


def opd_lines(index: int, lines: int, year: int) -> list[tuple]:
    """About ``lines`` lines of the ``index``-th OPD in ``year``: the codes and names of each (all but its
    amounts), its leaf and its scale."""
    budget = UNIT_BUDGETS[index % len(UNIT_BUDGETS)]
    repeat = max(1, round(lines / len(budget_figures.leaves(budget, year))))
    skpd = (skpd_code(budget, index), TITLES[budget.unit])
    found = []
    for leaf, sub, factor in structure(index, repeat, year):
        bidang = leaf.program.code[:4]
        fixed = (
            *skpd,
            bidang[0],
            URUSAN_NAMES[bidang[0]],
            bidang,
            BIDANG_NAMES[bidang],
            leaf.program.code,
            leaf.program.name,
            leaf.activity.code,
            leaf.activity.name,
            *sub,
            leaf.account,
            ACCOUNT_NAMES[leaf.account],
            group_of_account(leaf.account),
            leaf.sumber_dana,
        )
        found.append((fixed, leaf, factor))
    return found


def bulk_load(opds: list[dict], years: list[int], lines: int, today: dt.date) -> dict[str, Any]:
    """Budget datasets, resources, imports and lines of every OPD and year: a murni plan and one realisation
    report per month. Datasets and resources through the model, lines with COPY."""
    session = model.Session
    connection = session.connection()
    now = dt.datetime.now(dt.timezone.utc)
    total_lines = datasets = 0
    parents: dict[str, dict[str, str]] = {}
    for index, opd in enumerate(opds):
        for year in years:
            fixed = opd_lines(index, lines, year)
            months = range(1, (today.month if year == today.year else 12) + 1)
            slices = [("murni", str(year), None)] + [("realisasi", f"{year}-{m:02d}", m) for m in months]
            for phase, period, month in slices:
                name = f"{opd['name']}-{year}-{phase}-{period}"
                package = model.Package(
                    name=name, title=name, type="anggaran", owner_org=opd["id"], state="active", private=False
                )
                session.add(package)
                session.flush()
                resource = model.Resource(
                    package_id=package.id,
                    url=f"{name}.xlsx",
                    url_type="upload",
                    format="XLSX",
                )
                session.add(resource)
                session.flush()
                session.add(
                    BudgetImport(
                        resource_id=resource.id,
                        package_id=package.id,
                        status="done",
                        file_name=f"{name}.xlsx",
                        line_count=len(fixed),
                        slices=[{"fiscal_year": year, "phase": phase, "period": period}],
                        queued_at=now,
                        finished_at=now,
                        imported_at=now,
                    )
                )
                owner = (resource.id, package.id, opd["id"], year, phase, period)
                budget_lines.copy_rows(
                    connection,
                    TABLE_NAME,
                    LINE_COLUMNS,
                    (_line(owner, row, phase, month) for row in fixed),
                )
                total_lines += len(fixed)
                datasets += 1
            if year == today.year:
                parents[opd["name"]] = {
                    "kegiatan": fixed[-1][0][6],
                    "sub_kegiatan": fixed[-1][0][8],
                    "rekening": fixed[-1][0][10],
                }
        session.commit()
        connection = session.connection()
    session.commit()
    # What autovacuum does to a table after a bulk load: visibility map and hint bits set, statistics.
    with session.bind.connect().execution_options(isolation_level="AUTOCOMMIT") as autocommit:
        autocommit.execute(sa.text(f"VACUUM ANALYZE {TABLE_NAME}"))
        autocommit.execute(sa.text("ANALYZE"))
    return {"lines": total_lines, "datasets": datasets, "parents": parents}


def _line(owner: tuple, row: tuple, phase: str, month: int | None) -> tuple:
    fixed, leaf, factor = row
    anggaran, realisasi = budget_figures.amounts(leaf, phase, month or 12)
    return (*owner, *fixed, _scaled(anggaran, factor), _scaled(realisasi, factor))


# ------------------------------------------------------------------------------------ (b), (c), (d) timed
def latency(app, opds: list[dict], years: int, lines: int, repeat: int, today: dt.date) -> None:
    year_list = list(range(today.year - years + 1, today.year + 1))
    with app._wsgi_app.test_request_context():
        started = time.perf_counter()
        loaded = bulk_load(opds, year_list, lines, today)
        model.Session.remove()
    per_report = loaded["lines"] // loaded["datasets"]
    print(
        f"(b) {len(opds)} OPDs x {years} years ({year_list[0]}-{year_list[-1]}): {loaded['datasets']:,} "
        "budget datasets, per OPD and year a murni plan and a realisation report for every month "
        f"(cumulative; the current year to {today:%B}), about {per_report:,} lines each (sub kegiatan x "
        f"rekening): {loaded['lines']:,} lines, loaded in {time.perf_counter() - started:.0f} s; {repeat} "
        "timed runs each after a warm-up run on each OPD, the OPD changing at every run",
        flush=True,
    )
    names = itertools.cycle([opd["name"] for opd in opds])
    summary = toolkit.get_action("ppid_budget_summary")
    compare = toolkit.get_action("ppid_budget_compare")

    def run(call: Callable[[], Any]) -> Callable[[], Any]:
        def once() -> Any:
            with app._wsgi_app.test_request_context():
                try:
                    return call()
                finally:
                    model.Session.remove()

        return once

    def of_opd(drill: bool = False, **params: Any) -> Callable[[], Any]:
        def call() -> Any:
            name = next(names)
            parent = {"parent": loaded["parents"][name][params["level"]]} if drill else {}
            return summary({"user": ""}, {"organization": name, **params, **parent})

        return call

    # The OPD changes at every run: warm up on each of them once (and five times at least).
    warmups = max(5, len(opds))
    cases = [(f"level={level}", {"level": level}) for level in LEVELS]
    cases += [(f"level={level} under a parent", {"level": level, "drill": True}) for level in LEVELS[3:6]]
    past = max(year_list[0], today.year - 2)
    cases += [("phase=murni, level=program", {"level": "program", "phase": "murni"})]
    cases += [(f"year={past}, level=program", {"level": "program", "year": past})]
    for label, params in cases:
        report(f"ppid_budget_summary {label}", timed(run(of_opd(**params)), repeat, warmups))
    print("(c) across OPDs (no target set):", flush=True)
    for label, params in (
        (f"year={today.year}", {"year": today.year}),
        (f"year={past}", {"year": past}),
        (f"year={today.year}, phase=murni", {"year": today.year, "phase": "murni"}),
    ):
        call = run(lambda p=params: compare({"user": ""}, dict(p)))
        report(f"ppid_budget_compare {label}", timed(call, repeat), target=None)
    opd_page(app, opds, repeat)


def opd_page(app, opds: list[dict], repeat: int) -> None:
    rules = [rule.rule for rule in app._wsgi_app.url_map.iter_rules()]
    if not any(rule.startswith("/anggaran/opd/<") for rule in rules):
        print("(d) GET /anggaran/opd/<OPD>: skipped, the budget pages are not installed", flush=True)
        return
    client = app._wsgi_app.test_client()
    names = itertools.cycle([opd["name"] for opd in opds])

    def page() -> None:
        response = client.get(f"/anggaran/opd/{next(names)}")
        if response.status_code != 200:
            raise SystemExit(f"GET /anggaran/opd/ answered {response.status_code}")

    print("(d) the OPD page:", flush=True)
    report("GET /anggaran/opd/<OPD> (rendered page over HTTP)", timed(page, repeat, len(opds)), target=None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--xlsx-rows", type=int, default=20_000)
    parser.add_argument("--opds", type=int, default=50)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--lines", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()

    subprocess.run([str(ROOT / "scripts/database.sh"), DATABASE], check=True, stdout=subprocess.DEVNULL)
    today = dt.datetime.now(TZ).date()
    with tempfile.TemporaryDirectory(prefix="ppid-bench-budget-") as directory:
        app = make_app(CKANConfigLoader(str(write_ini(Path(directory)))).get_config())
        print(f"ppid_budget benchmark on {os.cpu_count()} cores; {_load()}", flush=True)
        with app._wsgi_app.test_request_context():
            reset_database()
            opds = create_opds(args.opds)
            model.Session.remove()
        import_throughput(app, opds[0], args.rows, args.xlsx_rows)
        print(_load(), flush=True)
        latency(app, opds, args.years, args.lines, args.repeat, today)
        print(_load(), flush=True)


if __name__ == "__main__":
    main()
