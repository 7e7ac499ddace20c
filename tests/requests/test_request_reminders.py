"""``ckan ppid requests remind``: due-soon reminders, escalation, lapses recorded on the case, each once.

The command runs through CKAN's CLI with ``--today`` on the SKB 2026 calendar, its notices through CKAN's
job queue (a real RQ worker) and mailer (a real SMTP server on loopback).
"""

from __future__ import annotations

import pytest
from ckan import model
from reminder_cases import (
    APPLICANT_EMAIL,
    ATASAN,
    UNIT_CONTACT,
    UNIT_STAFF,
    UTAMA_ADMIN,
    file_letter,
    outbox,
    remind,
    take,
)

from ckanext.ppid.audit import log
from ckanext.ppid.requests.core.machine import SYSTEM
from ckanext.ppid.requests.model.event import RequestEvent
from ckanext.ppid.requests.model.information_request import InformationRequest
from ckanext.ppid.requests.model.objection import Objection

# Mails are identified by recipient, number and dates (written by our code), not by their words: these are
# translated once the catalog is merged.
pytestmark = pytest.mark.usefixtures("with_plugins")

PERSONAL = ("Budi", "3201014501900001", "Melati", "0812", "budi@warga")


@pytest.fixture
def letter(cast, smtp_server, job_worker):
    """A request received on 9 March 2026, due on 30 March; the filing's own mails already sent."""
    case = file_letter(cast)
    job_worker()
    smtp_server.deliveries.clear()
    return case


def _case(case_id: str) -> InformationRequest:
    return model.Session.get(InformationRequest, case_id)


def test_a_request_due_soon_reminds_its_unit_once_by_the_skb_calendar(cli, letter, smtp_server, job_worker):
    # 24 March: four working days left, because 18-24 March (Nyepi, Idul Fitri, cuti bersama) are days off.
    output = remind(cli, "2026-03-24")
    job_worker()
    assert smtp_server.deliveries == []
    assert "0 reminder(s)" in output

    output = remind(cli, "2026-03-25")
    job_worker()

    assert "1 request(s) awaiting a notice" in output and "reminder_request" in output
    told = {*UNIT_STAFF, UNIT_CONTACT, UTAMA_ADMIN}
    assert sorted(smtp_server.recipients) == sorted(told)
    for mail in smtp_server.deliveries:
        assert letter.registration_number in mail.subject
        assert "30 Maret 2026" in mail.subject
        assert f"/ppid/permohonan/{letter.id}" in mail.body
        for personal in PERSONAL:
            assert personal not in mail.body

    # Again the same day, and on the next days up to the due day: nobody is told twice.
    for day in ("2026-03-25", "2026-03-26", "2026-03-30"):
        remind(cli, day)
        job_worker()
    assert sorted(smtp_server.recipients) == sorted(told)
    assert {row.status for row in outbox()} == {"sent"}
    assert _case(letter.id).lapse_recorded_at is None


def test_an_overdue_request_is_escalated_its_lapse_recorded_and_the_applicant_told_once(
    cli, cast, letter, smtp_server, job_worker
):
    events_before = len(RequestEvent.of_request(letter.id))

    output = remind(cli, "2026-03-31")
    job_worker()

    assert "lapse recorded" in output
    assert sorted(smtp_server.recipients) == sorted([UTAMA_ADMIN, ATASAN, APPLICANT_EMAIL])
    for escalated in (*smtp_server.to(UTAMA_ADMIN), *smtp_server.to(ATASAN)):
        assert letter.registration_number in escalated.subject and "30 Maret 2026" in escalated.subject
        assert f"/ppid/permohonan/{letter.id}" in escalated.body
    [to_applicant] = smtp_server.to(APPLICANT_EMAIL)
    assert letter.registration_number in to_applicant.subject
    assert "Budi Santoso" in to_applicant.body
    # Ground c may be raised for 30 working days from the deadline that passed (Ps 36(1)).
    assert "30 Maret 2026" in to_applicant.body and "13 Mei 2026" in to_applicant.body

    case = _case(letter.id)
    assert case.status == "diterima"
    assert case.lapse_recorded_at is not None
    events = RequestEvent.of_request(letter.id)
    assert len(events) == events_before + 1
    assert (events[-1].transition, events[-1].actor_role) == ("catat_batas_terlewati", SYSTEM)
    _count, audit = log.search(log.Filters(object_id=letter.id), limit=50)
    actions = [event["action"] for event in audit]
    assert actions.count("permohonan.catat_batas_terlewati") == 1
    assert actions.count("request.personal_data.notify") == 1

    # The next days: the lapse is not recorded again, nobody is told again.
    for day in ("2026-03-31", "2026-04-01", "2026-04-08"):
        assert "0 lapse(s) recorded" in remind(cli, day)
    job_worker()
    assert len(smtp_server.deliveries) == 3
    assert len(RequestEvent.of_request(letter.id)) == events_before + 1

    # The applicant may now object because the request was not answered.
    taken = take(
        _case(letter.id),
        "ajukan_keberatan",
        cast.unit_officer,
        "petugas_layanan",
        {"grounds": ["c_tidak_ditanggapi"], "statement": "Tidak ada jawaban"},
        "2026-04-08",
    )
    assert taken.opened.grounds == ["c_tidak_ditanggapi"]


def test_an_objection_reminds_the_atasan_then_escalates_and_tells_the_applicant_of_the_commission(
    cli, cast, letter, smtp_server, job_worker
):
    # Referred on 20 March (answered in time), then objected to on 1 April: the Atasan answers by 19 May.
    case = _case(letter.id)
    take(
        case,
        "rujuk",
        cast.unit_admin,
        "ppid_pelaksana",
        {"holder": "BPS", "reasons": "Data BPS"},
        "2026-03-20",
    )
    objection = take(
        _case(letter.id),
        "ajukan_keberatan",
        cast.unit_officer,
        "petugas_layanan",
        {"grounds": ["e_tidak_dipenuhi"], "statement": "Data tidak diberikan"},
        "2026-04-01",
    ).opened
    job_worker()
    smtp_server.deliveries.clear()

    remind(cli, "2026-05-13")  # two working days left: 14 and 15 May are Kenaikan and cuti bersama
    job_worker()
    [reminder] = smtp_server.deliveries
    assert reminder.rcpt_tos == (ATASAN,)
    assert "19 Mei 2026" in reminder.subject

    output = remind(cli, "2026-05-20")
    job_worker()

    assert "lapse recorded" in output
    later = smtp_server.deliveries[1:]
    assert sorted(to for mail in later for to in mail.rcpt_tos) == sorted(
        [UTAMA_ADMIN, ATASAN, APPLICANT_EMAIL]
    )
    for escalated in (*smtp_server.to(UTAMA_ADMIN), *smtp_server.to(ATASAN)[1:]):
        assert "19 Mei 2026" in escalated.subject
    [to_applicant] = smtp_server.to(APPLICANT_EMAIL)
    # D9b: the dispute may go to the Commission for 14 working days from the lapsed 19 May (27-28 May and
    # 1 June are days off).
    assert "19 Mei 2026" in to_applicant.body and "11 Juni 2026" in to_applicant.body
    stored = model.Session.get(Objection, objection.id)
    assert stored.lapse_recorded_at is not None and stored.status == "diajukan"
    history = [(event.machine, event.transition) for event in RequestEvent.of_request(letter.id)]
    assert history.count(("keberatan", "catat_batas_terlewati")) == 1

    remind(cli, "2026-05-21")
    job_worker()
    assert len(smtp_server.deliveries) == 4


def test_a_dry_run_tells_what_it_would_do_and_does_nothing(cli, letter, smtp_server, job_worker):
    output = remind(cli, "2026-03-31", "--dry-run")
    job_worker()

    assert "lapse would be recorded" in output
    assert "1 lapse(s) would be recorded" in output
    assert "3 new of 3 notice(s)" in output
    assert outbox() == []
    assert smtp_server.deliveries == []
    assert _case(letter.id).lapse_recorded_at is None


def test_a_request_answered_in_time_is_not_reminded(cli, cast, letter, smtp_server, job_worker):
    take(
        _case(letter.id),
        "rujuk",
        cast.unit_admin,
        "ppid_pelaksana",
        {"holder": "BPS", "reasons": "-"},
        "2026-03-20",
    )
    job_worker()
    smtp_server.deliveries.clear()

    output = remind(cli, "2026-03-31")
    job_worker()

    assert "0 request(s) awaiting a notice" in output
    assert outbox() == [] and smtp_server.deliveries == []
