"""The files the core's tests read (tests/budget/core/fixtures) through the whole path: upload, background
import, lines and DataStore, summary; numbers worked out by hand from the files."""

from __future__ import annotations

from pathlib import Path

import pytest
from budget_cast import add_file, budget_dataset, datastore_records, import_status, stored_lines
from ckan.tests import helpers

pytestmark = pytest.mark.usefixtures("with_plugins")

FIXTURES = Path(__file__).parent / "core" / "fixtures"


def imported(cast, job_worker, name: str, **dataset_fields) -> dict:
    dataset = budget_dataset(cast, "apbd", **dataset_fields)
    resource = add_file(cast, dataset, (FIXTURES / name).read_bytes(), name)
    job_worker()
    return resource


def summary(**params) -> dict:
    return helpers.call_action("ppid_budget_summary", organization="dinas-kominfo", **params)


def test_a_json_list_of_rows(cast, job_worker):
    resource = imported(cast, job_worker, "row_list.json")

    assert [row[0] for row in stored_lines(resource)] == ["5.1.02.01.001.00024", "5.2.02.10.001.00002"]
    records = datastore_records(resource)
    assert [(r["kode_kegiatan"], r["sumber_dana"], r["realisasi"]) for r in records] == [
        ("1.02.02.2.01", "DAK Non-Fisik", 3250000.0),
        ("1.02.02.2.01", "PAD", None),
    ]
    # 12.500.000,50 + 30.000.000 budgeted, 3.250.000 spent.
    assert summary(level="sub_kegiatan")["rows"][0]["anggaran"] == 42500000.5
    assert summary()["totals"] == {"anggaran": 42500000.5, "realisasi": 3250000.0, "persentase": 7.65}


def test_a_chart_shaped_json_per_opd(cast, job_worker):
    resource = imported(
        cast, job_worker, "chart_per_opd.json", tahun_anggaran=2018, jenis_periode="tahunan", periode_ke=None
    )

    assert [(r["nama_skpd"], r["anggaran"]) for r in datastore_records(resource)] == [
        ("Dindik", 1472743026394.0),
        ("Dinkes", 125231681550.0),
        ("DPRD+(KD-WKD)", 53807380157.0),
    ]
    # 1.651.782.088.101 budgeted, 1.494.594.525.239 spent.
    assert summary()["totals"] == {
        "anggaran": 1651782088101.0,
        "realisasi": 1494594525239.0,
        "persentase": 90.48,
    }


def test_a_csv_of_spending_types_with_a_column_per_year(cast, job_worker):
    resource = imported(
        cast,
        job_worker,
        "realisasi_jenis_belanja.csv",
        tahun_anggaran=2024,
        jenis_periode="tahunan",
        periode_ke=None,
    )

    status = import_status(resource)
    assert (status["status"], status["line_count"]) == ("done", 10)
    # The file's Total row for 2024 (Rp3.576.311.627.313) is checked, not stored.
    assert summary()["totals"]["realisasi"] == 3576311627313.0
    assert summary(year=2023)["totals"]["realisasi"] == 3006568833689.0


def test_the_malformed_chart_is_refused_and_stores_nothing(cast, job_worker):
    resource = imported(cast, job_worker, "chart_malformed.json", tahun_anggaran=2017)

    status = import_status(resource)
    assert status["status"] == "failed"
    assert "line 9, column 12" in status["problems"][0]["message"]
    assert stored_lines(resource) == []
