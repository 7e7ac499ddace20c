"""The demo's information requests in a database: every status and situation, the clock, a second run."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections import Counter
from pathlib import Path

import pytest
import sqlalchemy as sa
from ckan import model
from ckan.plugins import toolkit as tk
from ckan.tests import helpers

from ckanext.ppid.demo import request_cases
from ckanext.ppid.demo.loader import load
from ckanext.ppid.demo.report import Report
from ckanext.ppid.demo.request_cases import request_step as request_case_step
from ckanext.ppid.demo.requests import load_requests
from ckanext.ppid.requests import transitions
from ckanext.ppid.requests.core import clock, nik, registration_number, states
from ckanext.ppid.requests.filing.store import clock_settings
from ckanext.ppid.requests.model.delivery import RequestDelivery
from ckanext.ppid.requests.model.dispute import Dispute
from ckanext.ppid.requests.model.event import RequestEvent
from ckanext.ppid.requests.model.information_request import InformationRequest
from ckanext.ppid.requests.model.objection import Objection
from ckanext.ppid.shell import settings
from ckanext.ppid.shell.migrations import upgrade_plugin_tables

pytestmark = pytest.mark.usefixtures("with_plugins")
CASES = {case.key: case for case in request_cases.CASES}


@pytest.fixture(scope="module")
def loads() -> dict:
    """The report of the module's one load (the tests only read what it made)."""
    return {}


@pytest.fixture
def loaded(with_plugins, reset_db, reset_redis, loads):
    """The demo loaded into a clean database, once for the whole module."""
    if "report" not in loads:
        reset_db()
        upgrade_plugin_tables()
        reset_redis()
        loads["report"] = load()
    return loads["report"]


def case(key: str) -> InformationRequest:
    """The stored request of the demo case ``key``."""
    information = CASES[key].information
    return model.Session.query(InformationRequest).filter_by(information=information).one()


def today() -> dt.date:
    return clock_settings().local_day(dt.datetime.now(dt.timezone.utc))


def table_counts() -> dict[str, int]:
    tables = (InformationRequest, Objection, Dispute, RequestEvent, RequestDelivery, model.User)
    return {table.__name__: model.Session.query(table).count() for table in tables}


def test_the_cases_are_written_as_the_portal_would_accept_them():
    assert len(CASES) == len(request_cases.CASES) == 25
    texts = [entry.information for entry in request_cases.CASES]
    assert len(set(texts)) == len(texts), "a demo case is found again by its text"
    for applicant in request_cases.APPLICANTS:
        if applicant.nik:
            assert nik.problems(applicant.nik) == [], applicant.name
            assert nik.parts(applicant.nik).regency == "99"  # no such regency: obviously fictional
    for entry in request_cases.CASES:
        steps = [(step.at.days_ago, -step.at.hour) for step in entry.steps]
        assert steps == sorted(steps, reverse=True), f"{entry.key}: steps out of order"
        assert all(step.at.days_ago <= entry.received.days_ago for step in entry.steps), entry.key


def test_every_status_of_the_three_machines_exists(loaded):
    requests = Counter(status for (status,) in model.Session.query(InformationRequest.status))
    objections = Counter(status for (status,) in model.Session.query(Objection.status))
    disputes = Counter(status for (status,) in model.Session.query(Dispute.status))
    assert set(requests) == {entry.code for entry in states.REQUEST_STATUSES}
    assert {"diajukan", "diregistrasi", "ditanggapi", "selesai", "sengketa"} <= set(objections)
    assert {"didaftarkan", "mediasi", "ajudikasi", "putusan"} <= set(disputes)
    assert sum(requests.values()) == 25
    # The report counts the same, status by status, and the overdue requests.
    reported = {(machine, status): count for machine, status, count in loaded.case_states}
    assert {status: reported["permohonan", status] for status in requests} == dict(requests)
    assert {status: reported["keberatan", status] for status in objections} == dict(objections)
    assert {status: reported["sengketa", status] for status in disputes} == dict(disputes)
    overdue = [row for row in model.Session.query(InformationRequest) if _overdue(row)]
    assert loaded.overdue_requests == len(overdue) >= 2
    lines = "\n".join(loaded.lines("x"))
    closed = f"  permohonan selesai{requests['selesai']:>22}\n"
    assert f"{closed}  permohonan (overdue){len(overdue):>20}\n  keberatan" in lines
    assert loaded.created["requests"] == 25 and loaded.created["applicants"] == 4


def _overdue(row: InformationRequest) -> bool:
    return row.status in states.AWAITING_NOTICE and row.next_due < today()


def test_received_checked_processed_and_forwarded(loaded):
    assert case("diterima-web").status == "diterima"
    letter = case("diterima-surat")
    assert (letter.status, letter.channel, letter.applicant.user_id) == ("diterima", "surat", None)
    assert {case(key).status for key in ("verifikasi-web", "verifikasi-langsung")} == {"verifikasi"}
    forwarded = case("diproses-diteruskan")
    assert forwarded.status == "diproses"
    assert model.Group.get(forwarded.unit_id).name == "ppid-utama"
    assert model.Group.get(forwarded.current_unit_id).name == "bappeda"
    # Web filings carry the applicant's account and identity scan; numbers follow the configured format.
    web = case("diterima-web")
    assert web.applicant.user_id == model.User.get("warga-rahmat").id
    assert web.applicant.identity_document and web.applicant.identity_document_type == "image/png"
    parsed = registration_number.parse(settings.request_number_format(), web.registration_number)
    assert (parsed.unit, parsed.year) == ("1.02.0.00.0.00.01", web.year)


def test_extended_cases_and_overdue_cases_on_the_clock(loaded):
    for key in ("diperpanjang", "diperpanjang-email"):
        row = case(key)
        assert (row.status, row.extension_reasons) == ("diproses", CASES[key].steps[-1].params["reasons"])
        assert row.extension_number and row.next_due >= today()
        assert set(row.due_dates) == {clock.NOTICE, clock.EXTENSION}
    for key in ("terlambat", "terlambat-diperpanjang", "keberatan-diajukan"):
        row = case(key)
        assert row.lapse_recorded_at is not None, key
        assert row.status in states.AWAITING_NOTICE and row.next_due < today(), key
        # Recorded by the scheduler on a day after the deadline (the first moment the guard allows).
        lapsed_on = clock_settings().local_day(row.lapse_recorded_at)
        assert row.next_due < lapsed_on <= today(), key
    assert case("terlambat-diperpanjang").extended_at is not None


def test_written_notices_with_each_outcome(loaded):
    outcomes = {
        "dikabulkan": "dikabulkan_seluruhnya",
        "dikabulkan-sebagian": "dikabulkan_sebagian",
        "ditolak": "ditolak_dikecualikan",
        "dirujuk": "tidak_dikuasai",
    }
    for key, outcome in outcomes.items():
        row = case(key)
        assert (row.status, row.outcome) == ("pemberitahuan_dikirim", outcome), key
        assert row.notice_number and row.notice_sent_at, key
    assert case("dirujuk").notice["holder"] == "Badan Pusat Statistik Kabupaten Lembah Hijau"
    assert "dihitamkan" in case("dikabulkan-sebagian").notice["redactions"]
    # A refusal cites a Pasal 17 ground and an exempted item of the demo register on that ground.
    refusal = case("ditolak").notice
    item = helpers.call_action("package_show", id=refusal["register_items"][0])
    assert item["kategori"] == "dikecualikan"
    assert refusal["exemption_grounds"] == [item["dasar_pengecualian"]] == ["17.h.2"]
    # Every cited register item is an exempted item on the cited ground.
    for row in model.Session.query(InformationRequest).filter(InformationRequest.notice_sent_at.isnot(None)):
        for name in row.notice.get("register_items") or ():
            cited = helpers.call_action("package_show", id=name)
            assert (cited["kategori"], cited["dasar_pengecualian"]) == (
                "dikecualikan",
                row.notice["exemption_grounds"][0],
            ), row.registration_number


def test_delivered_closed_and_withdrawn(loaded):
    delivered = case("selesai-diserahkan")
    assert (delivered.status, delivered.outcome) == ("selesai", "dikabulkan_seluruhnya")
    assert delivered.delivered_at and delivered.closed_at
    links = RequestDelivery.of_request(delivered.id)
    assert [link.package_id for link in links] == [
        model.Package.get("daftar-barang-milik-daerah-per-perangkat-daerah-2025").id
    ]
    referred = case("selesai-dirujuk")
    assert (referred.status, referred.outcome, referred.delivered_at) == ("selesai", "tidak_dikuasai", None)
    withdrawn = case("dibatalkan")
    assert (withdrawn.status, withdrawn.outcome) == ("selesai", "dibatalkan_pemohon")
    last = RequestEvent.of_request(withdrawn.id)[-1]
    assert (last.transition, last.actor_role) == ("batalkan", "pemohon")


def test_objections_filed_registered_decided_and_accepted(loaded):
    def objection(key: str) -> Objection:
        return case(key).objections[0]

    filed = objection("keberatan-diajukan")
    assert (filed.status, filed.grounds, filed.number) == ("diajukan", ["c_tidak_ditanggapi"], None)
    registered = objection("keberatan-diregistrasi")
    assert registered.status == "diregistrasi" and registered.number.split("/")[0].isdigit()
    assert (registered.year, registered.sequence) != (None, None)
    decided = objection("keberatan-ditanggapi")
    assert (decided.status, decided.decision) == ("ditanggapi", "menguatkan")
    assert decided.decision_reasons and decided.decision_number
    assert decided.decided_by == model.User.get("atasan-ppid").id
    # The applicant may still take the decision to the Commission: that window is open.
    assert dt.date.fromisoformat(decided.due_dates[clock.DISPUTE]) >= today()
    accepted = objection("keberatan-selesai")
    assert (accepted.status, accepted.decision, accepted.grounds) == (
        "selesai",
        "musyawarah_selesai",
        ["g_melebihi_waktu"],
    )
    # Objection register numbers are gapless per year.
    numbers = sorted(
        (row.year, row.sequence)
        for row in model.Session.query(Objection).filter(Objection.number.isnot(None))
    )
    for year in {year for year, _ in numbers}:
        assert [seq for y, seq in numbers if y == year] == list(
            range(1, 1 + sum(y == year for y, _ in numbers))
        )


def test_disputes_registered_in_mediation_in_adjudication_and_decided(loaded):
    expected = {
        "sengketa-didaftarkan": ("didaftarkan", None),
        "sengketa-mediasi": ("mediasi", None),
        "sengketa-ajudikasi": ("ajudikasi", None),
        "sengketa-putusan": ("putusan", "perintah_kewajiban"),
    }
    for key, (status, result) in expected.items():
        objection = case(key).objections[0]
        dispute = objection.dispute
        assert objection.status == "sengketa", key
        assert (dispute.status, dispute.result, dispute.forum) == (status, result, "ki_provinsi"), key
        assert dispute.case_number == CASES[key].ki_number
    # The mediated dispute came after the Atasan PPID let the 30 working days pass (D9b).
    lapsed = case("sengketa-mediasi").objections[0]
    assert lapsed.lapse_recorded_at is not None and lapsed.decided_at is None
    assert clock.DISPUTE_AFTER_LAPSE in lapsed.due_dates


def test_due_dates_agree_with_the_calendar(loaded):
    body_clock = clock_settings()
    calendar = body_clock.calendar
    for row in model.Session.query(InformationRequest):
        fresh = transitions.request_due(row, body_clock)
        assert row.due_dates == {key: due.due.isoformat() for key, due in fresh.items()}, (
            row.registration_number
        )
        notice = calendar.add_working_days(row.received_day, 10).due
        assert row.due_dates[clock.NOTICE] == notice.isoformat()
        if row.extended_at is not None:
            assert row.due_dates[clock.EXTENSION] == calendar.add_working_days(notice, 7).due.isoformat()
        assert calendar.is_working_day(row.received_day)
    for objection in model.Session.query(Objection):
        answer = calendar.add_working_days(objection.received_day, 30).due
        assert objection.due_dates[clock.DECISION] == answer.isoformat()


def test_applicants_log_in_and_see_their_own_requests(loaded):
    for applicant in request_cases.accounts():
        user = model.User.get(applicant.login)
        assert user.validate_password("demo-ppid-2026") and user.email == applicant.email
        mine = helpers.call_action("ppid_request_list_mine", {"user": applicant.login}, limit=100)
        expected = {
            entry.information
            for entry in request_cases.CASES
            if entry.applicant == applicant and entry.channel == request_cases.WEB
        }
        shown = {model.Session.get(InformationRequest, item["id"]).information for item in mine["results"]}
        assert shown == expected and expected, applicant.login
    assert ("warga-rahmat", "pemohon", "Pemohon informasi (akun contoh)") in loaded.logins


def test_a_case_that_cannot_be_loaded_leaves_nothing_behind(loaded, monkeypatch):
    broken = dataclasses.replace(
        CASES["diproses"],
        information="Kasus uji yang langkahnya gagal",
        steps=(request_case_step(1, 10, "proses", "akun-yang-tidak-ada"),),
    )
    monkeypatch.setattr(request_cases, "CASES", (broken,))
    before = table_counts()
    scans = set(Path(settings.storage_path(), "ppid-private", "identity").iterdir())
    site_user = helpers.call_action("get_site_user")["name"]

    with pytest.raises(tk.ValidationError, match="akun-yang-tidak-ada"):
        load_requests(Report(), site_user, "x", dt.datetime.now(dt.timezone.utc))

    assert table_counts() == before
    assert set(Path(settings.storage_path(), "ppid-private", "identity").iterdir()) == scans


def test_loading_twice_adds_nothing(loaded):
    before = table_counts()
    letters = model.Session.execute(sa.text("SELECT kind, year, last_value FROM ppid_letter_sequence")).all()
    numbers = sorted(number for (number,) in model.Session.query(InformationRequest.registration_number))

    again = load()

    assert table_counts() == before
    assert (
        model.Session.execute(sa.text("SELECT kind, year, last_value FROM ppid_letter_sequence")).all()
        == letters
    )
    assert (
        sorted(number for (number,) in model.Session.query(InformationRequest.registration_number)) == numbers
    )
    assert (again.created["requests"], again.existing["requests"]) == (0, 25)
    assert (again.created["applicants"], again.existing["applicants"]) == (0, 4)
    assert again.case_states == loaded.case_states
