"""An imported budget file gets CKAN's table preview (datatables_view): its resource page shows the table
and the preview's rows come from the DataStore, for whoever may see the dataset and no one else."""

from __future__ import annotations

import json
import re

import pytest
from budget_cast import KOMINFO_JULY, add_file, budget_dataset, csv_file
from ckan.tests import factories, helpers

pytestmark = pytest.mark.usefixtures("with_plugins")

FIRST_PAGE = {"draw": "1", "start": "0", "length": "10", "search[value]": ""}


def _imported(cast, job_worker, name: str, private: bool) -> tuple[dict, dict]:
    dataset = budget_dataset(cast, name, private=private)
    resource = add_file(cast, dataset, csv_file(KOMINFO_JULY))
    job_worker()
    views = helpers.call_action("resource_view_list", id=resource["id"])
    assert [view["view_type"] for view in views] == ["datatables_view"]
    return resource, views[0]


def _headers(user: dict | None) -> dict:
    if user is None:
        return {}
    return {"Authorization": factories.APIToken(user=user["name"])["token"]}


def test_an_imported_budget_file_shows_its_rows_in_a_table_on_its_page(app, cast, job_worker):
    resource, view = _imported(cast, job_worker, "realisasi-juli", private=False)

    page = app.get(f"/anggaran/realisasi-juli/resource/{resource['id']}")
    assert f"/view/{view['id']}" in page.body
    assert "Belum ada tampilan" not in page.body and "There are no views" not in page.body

    # The preview's own page (in the resource page's frame): its inline script runs under the portal's
    # policy by this response's nonce, and no other inline script is allowed.
    frame = app.get(f"/anggaran/realisasi-juli/resource/{resource['id']}/view/{view['id']}")
    nonce = re.search(r'<script nonce="([^"]+)">', frame.body).group(1)
    policy = frame.headers["Content-Security-Policy"]
    scripts = policy.split("script-src")[1].split(";")[0]
    assert scripts.split() == ["'self'", f"'nonce-{nonce}'", "'unsafe-eval'"]
    assert app.get("/ppid/dip").headers["Content-Security-Policy"].count("nonce-") == 0

    rows = json.loads(app.post(f"/datatables/ajax/{view['id']}", data=FIRST_PAGE).body)
    assert rows["recordsTotal"] == 3
    assert {row["kode_rekening"] for row in rows["data"]} >= {"5.1.02.01.01.0024", "5.2.02.05.01.0001"}


@pytest.mark.parametrize("who", ["anonymous", "applicant"])
def test_a_private_budget_tables_rows_reach_no_one_outside_its_unit(app, cast, job_worker, who):
    resource, view = _imported(cast, job_worker, "realisasi-rahasia", private=True)
    headers = _headers(None if who == "anonymous" else cast.outsider)

    preview = app.post(f"/datatables/ajax/{view['id']}", data=FIRST_PAGE, headers=headers)
    assert preview.status_code == 403
    assert "5.1.02.01.01.0024" not in preview.body
    search = app.post("/api/3/action/datastore_search", json={"resource_id": resource["id"]}, headers=headers)
    assert search.status_code == 403
    assert "5.1.02.01.01.0024" not in search.body
    # The unit's editor sees them.
    own = app.post(f"/datatables/ajax/{view['id']}", data=FIRST_PAGE, headers=_headers(cast.editor))
    assert json.loads(own.body)["recordsTotal"] == 3


@pytest.mark.parametrize(
    "form",
    [
        {**FIRST_PAGE, "draw": "satu"},
        {**FIRST_PAGE, "order[0][column]": "99", "order[0][dir]": "asc"},
        {"draw": "1"},
    ],
)
def test_a_preview_request_it_cannot_read_is_refused_not_a_server_error(app, cast, job_worker, form):
    _resource, view = _imported(cast, job_worker, "realisasi-juli", private=False)
    answer = app.post(f"/datatables/ajax/{view['id']}", data=form)
    assert answer.status_code == 400
