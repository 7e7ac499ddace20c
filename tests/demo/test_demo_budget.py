"""The demo's budget datasets in a database: loaded through the real upload and import job, what the budget
actions and the Data API then answer, and a second load that changes nothing."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from decimal import Decimal

import pytest
import sqlalchemy as sa
from ckan import model
from ckan.lib import jobs
from ckan.tests import helpers
from rq.job import Job

from ckanext.datastore.backend.postgres import get_write_engine, identifier
from ckanext.ppid.budget.core.importing import ImportDefaults, read_budget_file
from ckanext.ppid.budget.model.imports import BudgetImport
from ckanext.ppid.demo import budget_datasets
from ckanext.ppid.demo.budget_figures import MURNI, PERUBAHAN, PERUBAHAN_MONTH, REALISASI
from ckanext.ppid.demo.content import default_content
from ckanext.ppid.demo.loader import load
from ckanext.ppid.documents.dates import MONTHS
from ckanext.ppid.shell.migrations import upgrade_plugin_tables

pytestmark = pytest.mark.usefixtures("with_plugins")
CONTENT = default_content()
TODAY = dt.datetime.now(zoneinfo.ZoneInfo(CONTENT.time_zone)).date()
SPECS = budget_datasets.datasets(CONTENT.units, TODAY)
BUDGET_UNITS = sorted({spec.unit.name for spec in SPECS})
YEARS = list(range(TODAY.year, TODAY.year - 4, -1))


@pytest.fixture(scope="module")
def loads() -> dict:
    """The reports of the module's loads (the tests only read what they made)."""
    return {}


@pytest.fixture
def loaded(reset_db, reset_redis, clean_queues, with_test_worker, loads) -> dict:
    """The demo loaded into a clean database once for the module, its budget files imported by the job."""
    if "first" not in loads:
        reset_db()
        upgrade_plugin_tables()
        reset_redis()
        loads["first"] = load()
        loads["failed"] = work_the_queue()
    return loads


def work_the_queue() -> list[str]:
    """Run the queued jobs as the worker would; the titles of those that failed (their tracebacks logged)."""
    queue = jobs.get_queue()
    jobs.Worker([jobs.DEFAULT_QUEUE_NAME]).work(burst=True)
    failed = [
        Job.fetch(job_id, connection=queue.connection) for job_id in queue.failed_job_registry.get_job_ids()
    ]
    return [job.meta.get("title") or job.func_name for job in failed]


@pytest.fixture(scope="module", autouse=True)
def own_datastore_tables():
    """Drop the DataStore tables of the module's resources (the DataStore database may be shared)."""
    yield
    resource_ids = [resource_id for (resource_id,) in model.Session.query(BudgetImport.resource_id)]
    model.Session.remove()
    with get_write_engine().begin() as connection:
        for resource_id in resource_ids:
            connection.execute(sa.text(f"DROP TABLE IF EXISTS {identifier(resource_id)} CASCADE"))


def summary(unit: str, **params) -> dict:
    return helpers.call_action("ppid_budget_summary", organization=unit, **params)


def counts() -> dict[str, int]:
    tables = ("package", "resource", "ppid_budget_line", "ppid_budget_import")
    return {
        table: model.Session.execute(sa.text(f"SELECT count(*) FROM {table}")).scalar() for table in tables
    }


def test_every_file_was_imported_through_the_job(loaded):
    imports = model.Session.query(BudgetImport).all()

    assert loaded["first"].created["budget datasets"] == len(SPECS) == loaded["first"].budget_files_queued
    assert [title for title in loaded["failed"] if "budget" in title] == []
    assert len(imports) == len(SPECS)
    assert [(row.status, row.problems) for row in imports] == [("done", [])] * len(SPECS)
    assert min(row.line_count for row in imports) > 20
    # The SIPD workbooks' subtotal rows were checked against their lines, not stored.
    assert all(row.checked_totals > 0 for row in imports if row.file_name.endswith(".xlsx"))
    formats = {spec.name: spec.file_name.rsplit(".", 1)[1] for spec in SPECS}
    assert (
        formats[f"lra-{TODAY.year - 1}-dinkes"] == "xlsx" and formats[f"lra-{TODAY.year - 1}-dinsos"] == "csv"
    )


@pytest.mark.parametrize("unit", BUDGET_UNITS)
def test_each_opd_has_several_years_and_phases_and_spends_less_than_its_budget(loaded, unit):
    shown = summary(unit)
    plans = [summary(unit, phase=phase)["totals"] for phase in (MURNI, PERUBAHAN)]
    last_year = summary(unit, year=TODAY.year - 1)

    assert shown["years"] == YEARS
    assert shown["phases"] == [MURNI, *([PERUBAHAN] if TODAY.month >= PERUBAHAN_MONTH else []), REALISASI]
    assert (shown["year"], shown["phase"], shown["period"]) == (TODAY.year, REALISASI, f"{TODAY:%Y-%m}")
    assert shown["totals"]["anggaran"] > shown["totals"]["realisasi"] > 0
    # The realisation is measured against the budget in force: the perubahan once it is enacted.
    in_force = plans[1] if TODAY.month >= PERUBAHAN_MONTH else plans[0]
    assert shown["totals"]["anggaran"] == in_force["anggaran"] and in_force["realisasi"] is None
    trend = [(point["period"], point["realisasi"]) for point in shown["trend"]]
    assert [period for period, _ in trend] == [
        f"{TODAY.year}-{month:02d}" for month in range(1, TODAY.month + 1)
    ]
    assert [spent for _, spent in trend] == sorted(spent for _, spent in trend)
    assert (last_year["phases"], last_year["period"]) == ([REALISASI], str(TODAY.year - 1))
    assert 70 < last_year["totals"]["persentase"] < 100


def test_drilling_down_from_a_program_to_its_accounts(loaded):
    programs = summary("dpupr", level="program")["rows"]
    roads = next(row for row in programs if row["code"] == "1.03.10")
    kegiatan = summary("dpupr", level="kegiatan", parent="1.03.10")
    subs = summary("dpupr", level="sub_kegiatan", parent="1.03.10.2.01")
    accounts = summary("dpupr", level="rekening", parent="1.03.10.2.01.0012")

    assert roads["name"] == "PROGRAM PENYELENGGARAAN JALAN" and roads["has_children"]
    assert kegiatan["totals"]["anggaran"] == roads["anggaran"]
    assert [row["name"] for row in subs["rows"]] == [
        "Pembangunan Jalan",
        "Rehabilitasi Jalan",
        "Pemeliharaan Rutin Jalan",
        "Pembangunan Jembatan",
    ]
    assert {row["code"] for row in accounts["rows"]} == {"5.1.02.02.001.00029", "5.2.04.01.001.00003"}
    assert not any(row["has_children"] for row in accounts["rows"])


def test_the_year_before_the_current_nomenclature_has_two_digit_sub_kegiatan(loaded):
    old = summary("dinkes", year=YEARS[-1], level="sub_kegiatan", parent="1.02.02.2.01")
    new = summary("dinkes", year=YEARS[0], level="sub_kegiatan", parent="1.02.02.2.01")

    assert [row["code"] for row in old["rows"]] == ["1.02.02.2.01.09", "1.02.02.2.01.14", "1.02.02.2.01.20"]
    assert [row["code"] for row in new["rows"]] == [
        "1.02.02.2.01.0009",
        "1.02.02.2.01.0014",
        "1.02.02.2.01.0020",
    ]


def test_the_comparison_ranks_every_opd_of_the_year(loaded):
    compared = helpers.call_action("ppid_budget_compare", year=TODAY.year)

    assert {row["organization"]["name"] for row in compared["rows"]} == set(BUDGET_UNITS)
    shares = [row["persentase"] for row in compared["rows"]]
    assert shares == sorted(shares, reverse=True)
    assert compared["totals"]["anggaran"] > compared["totals"]["realisasi"] > 0


MONTHS_SO_FAR = [f"{TODAY.year}-{month:02d}" for month in range(1, TODAY.month + 1)]


@pytest.mark.parametrize(
    ("name", "periods"),
    [
        (f"lra-bulanan-{TODAY.year}-dinkes", MONTHS_SO_FAR),
        (f"lra-{TODAY.year - 1}-dinsos", [str(TODAY.year - 1)]),
    ],
)
def test_the_data_api_holds_the_imported_lines(loaded, name, periods):
    resource = helpers.call_action("package_show", id=name)["resources"][0]
    stored = model.Session.execute(
        sa.text("SELECT count(*), sum(anggaran) FROM ppid_budget_line WHERE resource_id = :id"),
        {"id": resource["id"]},
    ).one()

    found = helpers.call_action("datastore_search", resource_id=resource["id"], limit=5000)
    salaries = helpers.call_action(
        "datastore_search", resource_id=resource["id"], filters={"kode_rekening": "5.1.01.01.001.00001"}
    )

    assert found["total"] == stored[0] > 20
    assert sum(Decimal(str(record["anggaran"])) for record in found["records"]) == stored[1]
    assert {record["tahapan"] for record in found["records"]} == {REALISASI}
    assert sorted({record["periode"] for record in found["records"]}) == periods
    assert salaries["total"] == len(periods)
    assert salaries["records"][0]["uraian_rekening"] == "Belanja Gaji Pokok PNS"


def test_loading_again_changes_nothing(loaded):
    before = counts()

    again = load()
    queued = jobs.get_queue().count

    assert (again.created["budget datasets"], again.updated["budget datasets"]) == (0, 0)
    assert again.existing["budget datasets"] == len(SPECS)
    assert (again.budget_files_queued, queued) == (0, 0)
    assert counts() == before


def test_a_file_reads_back_into_the_figures_it_was_written_from():
    """No database: the core reads each kind of demo file into exactly the lines it was written from."""
    samples = [
        spec
        for spec in SPECS
        if spec.unit.name in ("dinsos", "distan") and spec.year in (YEARS[0], YEARS[-1])
    ]
    assert {spec.file_name.rsplit(".", 1)[1] for spec in samples} == {"csv", "xlsx"}
    for spec in samples:
        written = budget_datasets.entries(spec)
        period = f"{spec.year}-{spec.month:02d}" if spec.month else str(spec.year)
        defaults = ImportDefaults(spec.year, spec.phase, period, spec.unit.unit_code, spec.unit.title)

        read = read_budget_file(budget_datasets.file_bytes(spec, CONTENT.region), spec.file_name, defaults)

        assert read.problems == (), spec.name
        by_line = {(line.periode, line.kode_sub_kegiatan, line.kode_rekening): line for line in read.lines}
        assert len(by_line) == len(read.lines) == len(written), spec.name
        for entry in written:
            month = f"{spec.year}-{MONTHS['id'].index(entry.bulan) + 1:02d}" if entry.bulan else period
            line = by_line[(month, entry.sub_kegiatan[0], entry.account)]
            assert (line.anggaran, line.realisasi) == (entry.anggaran, entry.realisasi), spec.name
            assert line.nama_program == entry.program[1], spec.name
