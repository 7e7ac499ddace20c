"""The real budget files of ../shared/data/budget through the whole path: upload, background import, lines,
DataStore, summary: Lampung Selatan's SIPD export, Banten's chart-shaped JSON per OPD and its malformed
earlier version, Tangerang Selatan's CSV per type of spending (docs/testing.md, Real files from public
bodies). Their totals were read off the files by hand."""

from __future__ import annotations

import pytest
from budget_cast import (
    SHARED_BUDGET,
    add_file,
    budget_dataset,
    datastore_records,
    import_status,
    replace_file,
)
from ckan.tests import helpers

pytestmark = pytest.mark.usefixtures("with_plugins")

LAMPUNG = "apbd_lampungselatan_diskominfo_lra_jul2026.xlsx"
BANTEN = "apbd_banten_anggaran_realisasi_per_opd_2018.json"
BANTEN_MALFORMED = "apbd_banten_anggaran_realisasi_per_opd_MALFORMED.json"
TANGSEL = "apbd_tangsel_realisasi_jenis_belanja_2021_2022.csv"


@pytest.fixture
def real_file():
    if not SHARED_BUDGET.is_dir():
        pytest.skip(f"real budget files not found at {SHARED_BUDGET} (../shared/data is absent)")
    return lambda name: (SHARED_BUDGET / name).read_bytes()


def summary(**params) -> dict:
    return helpers.call_action("ppid_budget_summary", organization="dinas-kominfo", **params)


def test_the_lampung_selatan_lra_as_sipd_exports_it(cast, job_worker, real_file):
    dataset = budget_dataset(cast, "lra-kominfo-juli-2026", sumber_sistem="sipd")
    resource = add_file(cast, dataset, real_file(LAMPUNG), LAMPUNG)
    job_worker()

    status = import_status(resource)
    assert (status["status"], status["line_count"], status["problems"]) == ("done", 192, [])
    assert status["checked_totals"] > 0
    records = datastore_records(resource)
    assert len(records) == 192
    assert (records[0]["kode_skpd"], records[0]["kode_rekening"]) == (
        "2.16.2.20.2.21.01.0000",
        "5.1.02.01.001.00024",
    )
    # The file's "Jumlah" row: operasi 10.701.893.800,00 / 643.531.783,00, modal 109.048.100,00 / 0,00.
    found = summary()
    assert found["totals"] == {"anggaran": 10810941900.0, "realisasi": 643531783.0, "persentase": 5.95}
    by_group = summary(level="kelompok_belanja")["rows"]
    assert [(row["code"], row["anggaran"], row["realisasi"]) for row in by_group] == [
        ("modal", 109048100.0, 0.0),
        ("operasi", 10701893800.0, 643531783.0),
    ]
    programs = found["rows"]
    assert sum(row["anggaran"] for row in programs) == pytest.approx(10810941900.0)
    first = programs[0]["code"]
    kegiatan = summary(level="kegiatan", parent=first)
    assert kegiatan["totals"]["anggaran"] == programs[0]["anggaran"]


def test_the_banten_json_per_opd_and_its_malformed_sibling(cast, job_worker, real_file):
    dataset = budget_dataset(
        cast, "realisasi-banten-2018", tahun_anggaran=2018, jenis_periode="tahunan", periode_ke=None
    )
    resource = add_file(cast, dataset, real_file(BANTEN), BANTEN)
    job_worker()
    assert import_status(resource)["line_count"] == 44

    replace_file(cast, resource, real_file(BANTEN_MALFORMED), BANTEN_MALFORMED)
    job_worker()

    status = import_status(resource)
    assert status["status"] == "failed"
    assert "line 174, column 12" in status["problems"][0]["message"]
    # The good file's numbers stay: 10.424.545.975.945 budgeted, 9.810.345.260.424 spent.
    assert summary(year=2018)["totals"] == {
        "anggaran": 10424545975945.0,
        "realisasi": 9810345260424.0,
        "persentase": 94.11,
    }
    assert len(datastore_records(resource)) == 44


def test_the_tangerang_selatan_csv_with_one_column_per_year(cast, job_worker, real_file):
    dataset = budget_dataset(
        cast, "realisasi-tangsel", tahun_anggaran=2022, jenis_periode="tahunan", periode_ke=None
    )
    resource = add_file(cast, dataset, real_file(TANGSEL), TANGSEL)
    job_worker()

    assert import_status(resource)["line_count"] == 14
    shown = summary(level="rekening")
    assert (shown["year"], shown["years"]) == (2022, [2022, 2021])
    assert (shown["totals"]["realisasi"], shown["totals"]["persentase"]) == (3690617520397.0, None)
    assert summary(year=2021)["totals"]["realisasi"] == 3193509491949.0
    assert shown["rows"][0]["code"] == "5.1.01"
