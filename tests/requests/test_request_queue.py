"""The work queues: open requests most urgent first for the units' staff, objections awaiting the Atasan
PPID; filters, paging, who may see them, and no personal data in them.

Today is fixed at Wednesday 1 July 2026 (working days around it: 16 June is Tahun Baru Islam).
"""

from __future__ import annotations

import datetime as dt
import json

import lxml.html
import pytest
from ckan.plugins import toolkit as tk
from ckan.tests import helpers
from filing_cast import NIK, as_user
from queue_case_builder import record, send_notice, take, user

from ckanext.ppid.requests.lists import actions

pytestmark = pytest.mark.usefixtures("with_plugins")
TODAY = dt.date(2026, 7, 1)


@pytest.fixture
def today(monkeypatch):
    monkeypatch.setattr(actions, "body_today", lambda: TODAY)
    return TODAY


@pytest.fixture
def cases(cast, today) -> dict[str, str]:
    """Registration numbers by the role each case plays in the queue."""
    officer, atasan = user(cast, "unit_officer"), user(cast, "atasan")
    built = {
        "overdue_10": record(cast, "2026-06-02"),  # notice due 17 June
        "overdue_4": record(cast, "2026-06-10"),  # due 25 June
        "dishub_overdue_2": record(cast, "2026-06-12", unit="dishub"),  # due 29 June
        "due_today": record(cast, "2026-06-17"),  # due 1 July
        "soon_2": record(cast, "2026-06-19"),  # due 3 July
        "soon_3": record(cast, "2026-06-22"),  # due Monday 6 July
        "extended": record(cast, "2026-06-12"),  # due 29 June, extended to 8 July
        "later_9": record(cast, "2026-06-30"),  # due 14 July
        "notice_sent": record(cast, "2026-06-15"),
        "withdrawn": record(cast, "2026-06-16"),
        "objected_in_april": record(cast, "2026-04-01"),  # due 16 April
    }
    take(
        built["extended"],
        "perpanjang",
        user(cast, "unit_admin"),
        "ppid_pelaksana",
        "2026-06-26",
        reasons="Arsip",
    )
    send_notice(cast, built["notice_sent"], "2026-06-26", "dikabulkan_seluruhnya")
    take(built["withdrawn"], "batalkan", officer, "petugas_layanan", "2026-06-18", reasons="Surat pemohon")
    # An objection from April, registered, its decision overdue since 9 June; the request answered since.
    april = built["objected_in_april"]
    late = take(
        april, "ajukan_keberatan", officer, "petugas_layanan", "2026-04-20", grounds=["c_tidak_ditanggapi"]
    )
    take(late, "registrasi", officer, "petugas_layanan", "2026-04-21", number="0001/KEB/2026")
    send_notice(cast, april, "2026-04-22", "dikabulkan_seluruhnya")
    # A fresh objection (decision due 7 August) and one the Atasan PPID already decided.
    grounds = {"grounds": ["c_tidak_ditanggapi"], "statement": "Budi Santoso belum dijawab"}
    take(built["overdue_4"], "ajukan_keberatan", officer, "petugas_layanan", "2026-06-26", **grounds)
    decided = take(
        built["overdue_10"], "ajukan_keberatan", officer, "petugas_layanan", "2026-06-18", **grounds
    )
    take(decided, "tanggapi", atasan, "atasan_ppid", "2026-06-24", decision="memerintahkan_kewajiban")
    return {role: case.registration_number for role, case in built.items()}


def _queue(who: dict, **filters) -> dict:
    return helpers.call_action("ppid_request_queue", as_user(who), **filters)


def _numbers(found: dict) -> list[str]:
    return [row["registration_number"] for row in found["results"]]


def test_the_ppid_utama_sees_every_open_request_overdue_first_then_soonest_then_undated(cast, cases):
    found = _queue(cast.utama_admin)

    order = [
        "overdue_10",
        "overdue_4",
        "dishub_overdue_2",
        "due_today",
        "soon_2",
        "soon_3",
        "extended",
        "later_9",
        "objected_in_april",
        "notice_sent",
    ]
    assert _numbers(found) == [cases[role] for role in order]
    assert found["count"] == len(order)
    assert found["today"] == "2026-07-01"
    levels = [(row["urgency"], row["working_days_left"]) for row in found["results"]]
    assert levels == [
        ("terlambat", -10),
        ("terlambat", -4),
        ("terlambat", -2),
        ("hari_ini", 0),
        ("segera", 2),
        ("segera", 3),
        ("berjalan", 5),
        ("berjalan", 9),
        (None, None),
        (None, None),
    ]


def test_a_row_says_which_deadline_is_due_and_labels_its_urgency(cast, cases):
    rows = {row["registration_number"]: row for row in _queue(cast.utama_admin)["results"]}

    extended = rows[cases["extended"]]
    assert (extended["next_due"], extended["deadline"], extended["extended"]) == (
        "2026-07-08",
        "perpanjangan",
        True,
    )
    assert extended["received_day"] == "2026-06-12"
    overdue = rows[cases["overdue_10"]]
    assert (overdue["deadline"], overdue["status_label"]) == ("pemberitahuan_tertulis", "Received")
    assert overdue["urgency_label"] == "Overdue"
    assert overdue["unit"]["title"] == "Dinas Kesehatan"


def test_unit_staff_see_only_their_units_requests(cast, cases):
    numbers = _numbers(_queue(cast.unit_officer))
    assert cases["dishub_overdue_2"] not in numbers
    assert cases["overdue_10"] in numbers
    assert _numbers(_queue(cast.other_unit_editor)) == [cases["dishub_overdue_2"]]


def test_filters_by_urgency_status_unit_and_number(cast, cases):
    assert _numbers(_queue(cast.utama_admin, urgency="segera")) == [cases["soon_2"], cases["soon_3"]]
    assert _numbers(_queue(cast.utama_admin, urgency="hari_ini")) == [cases["due_today"]]
    assert _numbers(_queue(cast.utama_admin, urgency="terlambat", unit="dishub")) == [
        cases["dishub_overdue_2"]
    ]
    sent = _queue(cast.utama_admin, status="pemberitahuan_dikirim")
    assert _numbers(sent) == [cases["objected_in_april"], cases["notice_sent"]]
    assert _numbers(_queue(cast.utama_admin, q=cases["later_9"][:4])) == [cases["later_9"]]


def test_pages_follow_the_queue_order(cast, cases):
    everything = _numbers(_queue(cast.utama_admin))
    second = _queue(cast.utama_admin, limit=3, offset=3)
    assert _numbers(second) == everything[3:6]
    assert second["count"] == len(everything)


@pytest.mark.parametrize(
    ("filters", "field"),
    [
        ({"urgency": "kemarin"}, "urgency"),
        ({"status": "selesai"}, "status"),
        ({"unit": "tidak-ada"}, "unit"),
        ({"unit": "dishub"}, "unit"),
        ({"limit": "banyak"}, "limit"),
    ],
)
def test_a_bad_filter_is_refused_with_the_field_named(cast, cases, filters, field):
    with pytest.raises(tk.ValidationError) as refused:
        _queue(cast.unit_officer, **filters)
    assert field in refused.value.error_dict


def test_the_queue_carries_no_personal_data(cast, cases):
    shown = json.dumps([_queue(cast.utama_admin), _objections(cast.atasan)])
    for personal in ("Budi Santoso", "Budi", NIK, "Melati", "0812", "Penelitian skripsi", "puskesmas"):
        assert personal not in shown


@pytest.mark.parametrize("who", ["applicant", "unit_head", "atasan", "assessor"])
def test_only_staff_get_the_request_queue(cast, who):
    with pytest.raises(tk.NotAuthorized):
        _queue(cast.person(who))


def _objections(who: dict, **filters) -> dict:
    return helpers.call_action("ppid_objection_queue", as_user(who), **filters)


def test_the_atasan_ppid_sees_the_objections_awaiting_a_decision_most_urgent_first(cast, cases):
    found = _objections(cast.atasan)

    assert [row["registration_number"] for row in found["results"]] == [
        cases["objected_in_april"],
        cases["overdue_4"],
    ]
    late, fresh = found["results"]
    assert (late["number"], late["status"], late["next_due"]) == (
        "0001/KEB/2026",
        "diregistrasi",
        "2026-06-09",
    )
    assert (late["urgency"], late["working_days_left"]) == ("terlambat", -15)
    assert (fresh["number"], fresh["urgency"], fresh["next_due"]) == (None, "berjalan", "2026-08-07")
    assert [ground["letter"] for ground in fresh["grounds"]] == ["c"]
    assert _objections(cast.utama_admin)["count"] == 2
    assert _objections(cast.atasan, urgency="terlambat")["count"] == 1


@pytest.mark.parametrize("who", ["applicant", "unit_admin", "unit_officer", "assessor"])
def test_others_do_not_get_the_objection_queue(cast, who):
    with pytest.raises(tk.NotAuthorized):
        _objections(cast.person(who))


def _page_rows(body: str, section: str) -> list[tuple[str, str]]:
    """(first cell, urgency badge with the text under it) of each row of a queue section."""
    tree = lxml.html.fromstring(body)
    rows = tree.xpath(f"//section[contains(@class, '{section}')]//tr[contains(@class, 'ppid-queue-row')]")
    return [
        (
            " ".join(row.xpath("string(td[1])").split()),
            " ".join(row.xpath("string(td[last()])").split()),
        )
        for row in rows
    ]


def test_the_queue_page_shows_urgency_in_words_and_links_each_case(app, cast, cases):
    page = app.get("/ppid/antrian", headers=cast.token("unit_officer"))

    assert page.status_code == 200
    assert "1 Juli 2026" in page.body  # today, as the queue counts it
    rows = _page_rows(page.body, "ppid-queue-requests")
    assert [number for number, _urgency in rows][:3] == [
        cases["overdue_10"],
        cases["overdue_4"],
        cases["due_today"],
    ]
    badges = dict(rows)
    assert badges[cases["overdue_10"]].startswith("Terlambat")
    assert badges[cases["due_today"]].startswith("Jatuh tempo hari ini")
    assert badges[cases["soon_3"]].startswith("Segera jatuh tempo")
    assert cases["dishub_overdue_2"] not in page.body
    first_link = lxml.html.fromstring(page.body).xpath("//tr[contains(@class, 'ppid-queue-row')]//a/@href")[0]
    assert first_link == f"/ppid/permohonan/{_queue(cast.unit_officer)['results'][0]['id']}"
    assert "ppid-queue-objections" not in page.body  # officers do not decide objections
    for personal in ("Budi Santoso", NIK, "Melati"):
        assert personal not in page.body


def test_the_queue_page_counts_the_working_days_in_words(app, cast, cases):
    page = app.get("/en/ppid/antrian", headers=cast.token("unit_officer"))
    badges = dict(_page_rows(page.body, "ppid-queue-requests"))
    assert badges[cases["overdue_10"]] == "Overdue 10 working days late"
    assert badges[cases["soon_3"]] == "Due soon 3 working days left"
    assert badges[cases["notice_sent"]] == "No open deadline"


def test_the_queue_page_filters_and_answers_a_bad_filter_with_400(app, cast, cases):
    headers = cast.token("utama_admin")
    filtered = app.get("/ppid/antrian?urgency=segera", headers=headers)
    assert cases["soon_2"] in filtered.body and cases["overdue_10"] not in filtered.body
    assert app.get("/ppid/antrian?urgency=kemarin", headers=headers).status_code == 400


def test_the_atasan_ppid_s_page_shows_the_objection_queue_only(app, cast, cases):
    page = app.get("/ppid/antrian", headers=cast.token("atasan"))
    assert page.status_code == 200
    assert "ppid-queue-objections" in page.body
    assert "ppid-queue-requests" not in page.body
    assert "0001/KEB/2026" in page.body


@pytest.mark.parametrize("who", ["anonymous", "applicant", "unit_head", "assessor"])
def test_others_are_kept_off_the_queue_page(app, cast, who):
    assert app.get("/ppid/antrian", headers=cast.token(who)).status_code == 403
