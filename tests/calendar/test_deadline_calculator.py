"""The public deadline calculator answers with the cases' own clock, the body's declared days included."""

from __future__ import annotations

import ckan.plugins.toolkit as tk
import pytest
from ckan.tests import factories, helpers

pytestmark = pytest.mark.usefixtures("with_plugins", "clean_db")


def _calculate(**data):
    return helpers.call_action("ppid_deadline_calculate", {"user": "", "ignore_auth": False}, **data)


def test_a_request_on_the_cuti_bersama_before_idul_fitri():
    answer = _calculate(event="permohonan_diterima", moment="2026-03-20T10:00")
    assert answer["received_on"] == "2026-03-25"
    due = {entry["key"]: entry for entry in answer["due_dates"]}
    assert due["pemberitahuan_tertulis"]["due"] == "2026-04-09"
    assert due["perpanjangan"]["due"] == "2026-04-20"
    # Good Friday is skipped, named, while counting the notice deadline.
    skipped = [s["off"]["name"] for s in due["pemberitahuan_tertulis"]["steps"] if s["off"]]
    assert "Wafat Yesus Kristus" in skipped
    assert due["pemberitahuan_tertulis"]["legal_basis"] == "UU 14/2008 Ps 22(7)"


def test_after_office_hours_counts_from_the_next_working_day():
    answer = _calculate(event="permohonan_diterima", moment="2026-06-12T16:45")  # a Friday, WIB
    assert answer["received_on"] == "2026-06-15"
    answer = _calculate(event="permohonan_diterima", moment="2026-06-12T16:45+08:00")  # 15:45 in Jakarta
    assert answer["received_on"] == "2026-06-12"


def test_the_objection_window_and_the_atasan_deadline():
    notice = _calculate(event="pemberitahuan_diterima", moment="2026-06-01")
    assert [(d["key"], d["due"]) for d in notice["due_dates"]] == [("pengajuan_keberatan", "2026-07-14")]
    objection = _calculate(event="keberatan_diterima", moment="2026-07-01T09:00")
    assert objection["due_dates"][0]["due"] == "2026-08-12"


def test_a_declared_day_moves_the_answer():
    before = _calculate(event="permohonan_diterima", moment="2026-06-08T09:00")["due_dates"][0]["due"]
    admin = factories.Sysadmin()
    helpers.call_action(
        "ppid_calendar_override_create",
        {"user": admin["name"]},
        day="2026-06-10",
        kind="holiday",
        reason="Hari Jadi Kabupaten",
        decree="Kep. Bupati 1/2026",
    )
    after = _calculate(event="permohonan_diterima", moment="2026-06-08T09:00")["due_dates"][0]
    assert (before, after["due"]) == ("2026-06-23", "2026-06-24")  # 16 June is Tahun Baru Islam
    assert any(s["off"] and s["off"]["decree"] == "Kep. Bupati 1/2026" for s in after["steps"])


@pytest.mark.parametrize(
    "data",
    [{"event": "permohonan", "moment": "2026-06-08"}, {"event": "permohonan_diterima", "moment": "8/6/2026"}],
)
def test_bad_questions_get_a_clear_error(data):
    with pytest.raises(tk.ValidationError):
        _calculate(**data)


def test_the_page_explains_in_indonesian(app):
    page = app.get(
        "/ppid/kalender/kalkulator",
        query_string={"event": "permohonan_diterima", "date": "2026-03-20", "time": "10:00"},
    ).body
    assert "Dianggap diterima pada" in page
    assert "Wafat Yesus Kristus" in page
    app.get(
        "/ppid/kalender/kalkulator",
        query_string={"event": "permohonan_diterima", "date": "kemarin"},
        status=400,
    )
