"""Search benchmark for ppid_search: indexing throughput and package_search latency percentiles.

Loads N generated datasets (Indonesian titles and notes, 30 OPDs, tags, formats, a quarter private) into
a database of its own (``ckan_ppid_bench``), indexes them through CKAN's own indexing path
(``ckan.lib.search.rebuild``: package_show with both schemas, CKAN's index document, our PostgreSQL
store) in one process per core (or ``--processes``), then times, through CKAN's action layer as an
anonymous visitor:

  (a) the dataset page query: no text, the five default facets, 20 rows, default sort
  (b) a two-word text query with the same facets
  (c) an organization page count (organization_show's package_count) and the organization list with counts
  (d) autocomplete (package_autocomplete)

Usage: .venv/bin/python bench/search_latency.py [--sizes 10000 100000] [--repeat 200] [--processes 2]
"""

from __future__ import annotations

import argparse
import datetime as dt
import multiprocessing as mp
import os
import random
import statistics
import subprocess
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATABASE = "ckan_ppid_bench"
os.environ.setdefault("CKAN_SQLALCHEMY_URL", f"postgresql://ckan_ppid:ckan_ppid@127.0.0.1:5432/{DATABASE}")
os.environ.setdefault("CKAN_REDIS_URL", "redis://127.0.0.1:6379/7")
sys.path.insert(0, str(ROOT / "bench"))

import search_corpus as corpus  # noqa: E402
import sqlalchemy as sa  # noqa: E402
from ckan import model  # noqa: E402
from ckan.cli import CKANConfigLoader  # noqa: E402
from ckan.config.middleware import make_app  # noqa: E402
from ckan.plugins import toolkit  # noqa: E402

from ckanext.ppid.shell.migrations import upgrade_plugin_tables  # noqa: E402

FACETS = ["organization", "groups", "tags", "res_format", "license_id"]
GROUPS = ["kesehatan", "pendidikan", "keuangan-daerah", "infrastruktur", "kependudukan"]


def reset_database() -> None:
    model.repo.clean_db()
    model.repo.init_db()
    upgrade_plugin_tables()


def create_units() -> tuple[list[dict], list[dict]]:
    context = {"ignore_auth": True, "user": "bench-admin"}
    toolkit.get_action("user_create")(
        {"ignore_auth": True},
        {"name": "bench-admin", "email": "bench@example.org", "password": "bench-password-2026"},
    )
    orgs = [
        toolkit.get_action("organization_create")(dict(context), {"name": f"opd-{i:02d}", "title": title})
        for i, title in enumerate(corpus.OPD_NAMES)
    ]
    groups = [
        toolkit.get_action("group_create")(dict(context), {"name": name, "title": name.title()})
        for name in GROUPS
    ]
    return orgs, groups


def insert_datasets(count: int, orgs: list[dict], groups: list[dict]) -> list[str]:
    """Bulk-insert the catalogue straight into CKAN's tables (the actions would take hours at 100,000)."""
    session = model.Session
    tag_ids = {name: str(uuid.uuid4()) for name in corpus.TAGS}
    session.execute(sa.insert(model.tag_table), [{"id": i, "name": n} for n, i in tag_ids.items()])
    creator = model.User.by_name("bench-admin").id
    rnd = random.Random(7)
    now = dt.datetime(2026, 11, 1)
    ids = []
    batch = 2000
    generated = corpus.generate(count)
    for start in range(0, count, batch):
        packages, tags, resources, members = [], [], [], []
        for ds in generated[start : start + batch]:
            pkg_id = str(uuid.uuid4())
            ids.append(pkg_id)
            created = now - dt.timedelta(days=rnd.randint(0, 1200), minutes=rnd.randint(0, 1440))
            packages.append(
                {
                    "id": pkg_id,
                    "name": ds.name,
                    "title": ds.title,
                    "notes": ds.notes,
                    "type": "dataset",
                    "owner_org": orgs[ds.org_index]["id"],
                    "creator_user_id": creator,
                    "license_id": ds.license_id,
                    "private": ds.private,
                    "state": "active",
                    "metadata_created": created,
                    "metadata_modified": created + dt.timedelta(days=3),
                    "extras": {"tahun": str(ds.year), "frekuensi": ds.frequency},
                }
            )
            tags += [
                {"id": str(uuid.uuid4()), "package_id": pkg_id, "tag_id": tag_ids[t], "state": "active"}
                for t in ds.tags
            ]
            resources += [
                {
                    "id": str(uuid.uuid4()),
                    "package_id": pkg_id,
                    "url": f"https://data.example.org/{ds.name}/{p}",
                    "name": name,
                    "format": fmt,
                    "description": desc,
                    "position": p,
                    "state": "active",
                    "url_type": None,
                    "extras": "{}",
                }
                for p, (name, fmt, desc) in enumerate(ds.resources)
            ]
            if rnd.random() < 0.3:
                members.append(
                    {
                        "id": str(uuid.uuid4()),
                        "table_name": "package",
                        "table_id": pkg_id,
                        "capacity": "public",
                        "group_id": rnd.choice(groups)["id"],
                        "state": "active",
                    }
                )
        session.execute(sa.insert(model.package_table), packages)
        session.execute(sa.insert(model.package_tag_table), tags)
        session.execute(sa.insert(model.resource_table), resources)
        if members:
            session.execute(sa.insert(model.member_table), members)
        session.commit()
    return ids


def _index_chunk(ids: list[str]) -> None:
    from ckan.lib import search

    model.meta.engine.dispose(close=False)
    search.rebuild(package_ids=ids, defer_commit=True, quiet=True)


def index(ids: list[str], processes: int) -> float:
    """Index through CKAN's rebuild path, one process per core; returns seconds."""
    chunks = [ids[i::processes] for i in range(processes)]
    model.Session.remove()
    model.meta.engine.dispose()
    started = time.perf_counter()
    workers = [mp.get_context("fork").Process(target=_index_chunk, args=(chunk,)) for chunk in chunks]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
        if w.exitcode:
            raise SystemExit(f"an indexing process failed (exit code {w.exitcode})")
    seconds = time.perf_counter() - started
    # As after `ckan search-index rebuild`: the commit also refreshes the planner's statistics.
    from ckan.lib import search

    search.commit()
    return seconds


def timed(call, repeat: int) -> list[float]:
    for _ in range(5):
        call()
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def percentiles(samples: list[float]) -> tuple[float, float, float]:
    cuts = statistics.quantiles(samples, n=100, method="inclusive")
    return cuts[49], cuts[94], cuts[98]


def run_queries(orgs: list[dict], repeat: int) -> dict[str, list[float]]:
    action = toolkit.get_action
    anonymous = {"user": "", "ignore_auth": False}
    page = {
        "facet.field": FACETS,
        "rows": 20,
        "start": 0,
        "include_private": True,
        "sort": "score desc, metadata_modified desc",
    }
    rnd = random.Random(11)
    return {
        "(a) dataset page, 5 facets": timed(
            lambda: action("package_search")(dict(anonymous), dict(page)), repeat
        ),
        "(b) text 'laporan keuangan' + facets": timed(
            lambda: action("package_search")(dict(anonymous), dict(page, q="laporan keuangan")), repeat
        ),
        "(c) organization page count": timed(
            lambda: action("organization_show")(dict(anonymous), {"id": rnd.choice(orgs)["name"]}), repeat
        ),
        "(c) organization list with counts": timed(
            lambda: action("organization_list")(dict(anonymous), {"all_fields": True}), max(repeat // 4, 20)
        ),
        "(d) autocomplete 'lapor'": timed(
            lambda: action("package_autocomplete")(dict(anonymous), {"q": "lapor", "limit": 10}), repeat
        ),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--repeat", type=int, default=200)
    parser.add_argument(
        "--processes",
        type=int,
        default=os.cpu_count() or 1,
        help="indexing processes (default: one per core)",
    )
    args = parser.parse_args()

    subprocess.run([str(ROOT / "scripts/database.sh"), DATABASE], check=True, stdout=subprocess.DEVNULL)
    app = make_app(CKANConfigLoader(str(ROOT / "test.ini")).get_config())
    processes = args.processes
    cores = os.cpu_count()
    print(f"ppid_search benchmark on {cores} cores; {args.repeat} timed runs per query after 5 warm-ups")
    for size in args.sizes:
        with app._wsgi_app.test_request_context():
            reset_database()
            orgs, groups = create_units()
            started = time.perf_counter()
            ids = insert_datasets(size, orgs, groups)
            print(f"\nN = {size:,} datasets (bulk insert {time.perf_counter() - started:.1f} s)")
        seconds = index(ids, processes)
        print(
            f"  indexing through CKAN ({processes} processes): "
            f"{seconds:.1f} s = {size / seconds:.0f} datasets/s"
        )
        with app._wsgi_app.test_request_context():
            model.Session.remove()
            results = run_queries(orgs, args.repeat)
        print(f"  {'query':40} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8}")
        for label, samples in results.items():
            p50, p95, p99 = percentiles(samples)
            print(f"  {label:40} {p50:8.1f} {p95:8.1f} {p99:8.1f}")


if __name__ == "__main__":
    main()
