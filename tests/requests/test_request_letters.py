"""The letters of a request: numbered without gaps per kind and year, built as PDFs in the background, read
back with what the law requires, mailed about to the applicant, and served only to those who may read them."""

from __future__ import annotations

import datetime as dt
import re
import threading
import time

import ckan.plugins.toolkit as tk
import pytest
from ckan import model
from ckan.lib import jobs
from ckan.tests import helpers
from filing_cast import as_user, desk_form, file_on_web
from handling_cast import GRANTED, REFUSED, act, exempted_item, pdf_text, processed, row
from rq.job import Job

from ckanext.ppid.audit.model import audit_event
from ckanext.ppid.documents import letter_pdf
from ckanext.ppid.documents.dates import format_date
from ckanext.ppid.notifications.model import Notification
from ckanext.ppid.requests.filing.store import clock_settings
from ckanext.ppid.requests.letters import issue as request_letters
from ckanext.ppid.requests.model.information_request import InformationRequest

pytestmark = pytest.mark.usefixtures("with_plugins")

NOTICE_NUMBER = re.compile(r"^(\d{4})/PBT/PPID-D1/([IVX]+)/(\d{4})$")


def _seq(number: str) -> int:
    return int(NOTICE_NUMBER.match(number).group(1))


def test_notice_numbers_are_gapless_and_unique_and_a_refused_notice_takes_none(cast):
    cases = [processed(cast) for _ in range(3)]
    first = act("ppid_request_notice_send", cast.unit_admin, cases[0], **GRANTED)["notice"]["number"]
    with pytest.raises(tk.ValidationError):
        act("ppid_request_notice_send", cast.unit_admin, cases[1], outcome="dikabulkan_seluruhnya")
    second = act("ppid_request_refer", cast.unit_admin, cases[1], holder="BPS")["notice"]["number"]
    third = act("ppid_request_notice_send", cast.unit_admin, cases[2], **GRANTED)["notice"]["number"]

    assert [_seq(number) for number in (first, second, third)] == [1, 2, 3]
    year = str(clock_settings().local_day(dt.datetime.now(dt.timezone.utc)).year)
    assert {NOTICE_NUMBER.match(number).group(3) for number in (first, second, third)} == {year}
    extension = act("ppid_request_extend", cast.unit_admin, processed(cast), reasons="Arsip")
    assert extension["extension"]["number"].startswith("0001/PPJ/")


def test_each_year_starts_its_own_sequence(cast):
    case = row(processed(cast))
    next_year = dt.datetime(dt.date.today().year + 1, 1, 5, 3, 0, tzinfo=dt.timezone.utc)
    try:
        number = request_letters.issue(case, request_letters.NOTICE, next_year)
    finally:
        model.Session.rollback()
    assert number == f"0001/PBT/PPID-D1/I/{next_year.year}"


def test_a_format_without_a_year_is_refused_before_anything_is_stored(cast, ckan_config, monkeypatch):
    monkeypatch.setitem(ckan_config, "ckanext.ppid.requests.notice_number_format", "{seq:04d}/PBT")
    case = processed(cast)
    with pytest.raises(tk.ValidationError) as refused:
        act("ppid_request_notice_send", cast.unit_admin, case, **GRANTED)
    assert "notice_number_format" in refused.value.error_dict["message"][0]
    assert (row(case).status, row(case).notice_number) == ("diproses", None)


def test_the_refusal_notice_pdf_states_number_outcome_grounds_and_register_item(
    app, cast, smtp_server, job_worker
):
    item = exempted_item(cast)
    case = processed(cast)
    sent = act("ppid_request_notice_send", cast.unit_admin, case, **REFUSED, register_items=item["name"])
    url = f"/ppid/permohonan/{case['id']}/pemberitahuan.pdf"
    headers = cast.token("applicant")
    assert app.get(url, headers=headers).status_code == 404  # not built yet

    job_worker()

    response = app.get(url, headers=headers)
    assert response.status_code == 200
    assert response.headers["Content-Type"] == "application/pdf"
    assert response.headers["Cache-Control"] == "private, no-store"
    text = pdf_text(response.data)
    for expected in (
        sent["notice"]["number"],
        case["registration_number"],
        "Ditolak: informasi yang dikecualikan",
        "17.h.2",
        "Rekam Medis Pasien",
        "188/12/PPID/2025",
        "Memuat rekam medis pasien",
        "Siti Rahmawati",
        "Jl. Melati No. 7",
        "PPID Pelaksana Dinas Kesehatan",
        "Ps 35-36",
    ):
        assert expected in text, expected
    with model.ensure_engine().connect() as connection:
        reads = connection.execute(
            audit_event.select().where(
                audit_event.c.object_id == case["id"],
                audit_event.c.action == "request.pemberitahuan_letter.read",
            )
        ).all()
    assert len(reads) == 1


def test_the_granted_notice_pdf_states_every_item_of_ps_22_7(app, cast, smtp_server, job_worker):
    case = processed(cast)
    act(
        "ppid_request_notice_send",
        cast.unit_admin,
        case,
        **{**GRANTED, "costs": "25.000", "payment_method": "Transfer"},
    )
    job_worker()
    text = pdf_text(
        app.get(f"/ppid/permohonan/{case['id']}/pemberitahuan.pdf", headers=cast.token("unit_officer")).data
    )
    for expected in ("Dikabulkan seluruhnya", GRANTED["material"], "Rp 25.000", "Transfer", "Ps 22(7)(g)"):
        assert expected in text, expected


def test_the_extension_notice_pdf_gives_reasons_and_the_new_due_date(app, cast, smtp_server, job_worker):
    case = processed(cast)
    extended = act("ppid_request_extend", cast.unit_admin, case, reasons="Data tersebar di 12 puskesmas")
    job_worker()
    text = pdf_text(
        app.get(f"/ppid/permohonan/{case['id']}/perpanjangan.pdf", headers=cast.token("applicant")).data
    )
    due = next(entry for entry in extended["clock"] if entry["key"] == "perpanjangan")
    new_due = dt.date.fromisoformat(due["due"])
    assert extended["extension"]["number"] in text
    assert "Data tersebar di 12 puskesmas" in text
    assert "UU 14/2008 Ps 22(8)" in text
    assert format_date(new_due, "id") in text
    assert format_date(dt.date.fromisoformat(due["start"]), "id") in text


@pytest.mark.parametrize(
    "who", ["anonymous", "other_applicant", "other_unit_editor", "assessor", "atasan", "unit_head"]
)
def test_nobody_else_gets_the_letters(app, cast, smtp_server, job_worker, who):
    case = processed(cast)
    act("ppid_request_extend", cast.unit_admin, case, reasons="Arsip")
    act("ppid_request_notice_send", cast.unit_admin, case, **GRANTED)
    job_worker()
    for letter in ("pemberitahuan.pdf", "perpanjangan.pdf"):
        response = app.get(f"/ppid/permohonan/{case['id']}/{letter}", headers=cast.token(who))
        assert response.status_code == 403


def test_a_letter_that_does_not_exist_is_404(app, cast):
    case = processed(cast)
    headers = cast.token("unit_admin")
    assert app.get(f"/ppid/permohonan/{case['id']}/pemberitahuan.pdf", headers=headers).status_code == 404
    assert app.get("/ppid/permohonan/tidak-ada/pemberitahuan.pdf", headers=headers).status_code == 404


def test_the_applicant_is_mailed_the_notice_and_the_extension(cast, smtp_server, job_worker):
    case = processed(cast)
    job_worker()  # the filing's receipt and mails
    smtp_server.deliveries.clear()
    act("ppid_request_extend", cast.unit_admin, case, reasons="Arsip di gudang")
    sent = act("ppid_request_notice_send", cast.unit_admin, case, **GRANTED)
    job_worker()

    mails = smtp_server.to("siti@warga.example")
    assert len(mails) == 2
    extension, notice = sorted(mails, key=lambda mail: "Arsip" not in mail.body)
    assert case["registration_number"] in extension.subject
    assert "Arsip di gudang" in extension.body
    assert case["registration_number"] in notice.subject
    assert "Dikabulkan seluruhnya" in notice.subject
    assert sent["notice"]["number"] in notice.body
    assert f"/ppid/permohonan/{case['id']}" in notice.body
    assert smtp_server.recipients == ["siti@warga.example", "siti@warga.example"]


def test_an_applicant_without_e_mail_gets_no_mail_job(cast, smtp_server, job_worker):
    case = helpers.call_action("ppid_request_create", as_user(cast.unit_officer), **desk_form())
    job_worker()
    act("ppid_request_process", cast.unit_admin, case)
    act("ppid_request_notice_send", cast.unit_admin, case, **GRANTED)
    queued = [job.func_name for job in jobs.get_queue().get_jobs()]
    assert queued == ["ckanext.ppid.requests.letters.issue.build_letter"]
    job_worker()
    assert row(case).notice_file is not None


def test_a_failing_pdf_job_leaves_the_case_intact_and_can_run_again(
    app, cast, smtp_server, monkeypatch, clean_queues, with_test_worker
):
    case = file_on_web(cast)
    jobs.get_queue().empty()
    act("ppid_request_process", cast.unit_admin, case)

    def broken(letter):
        raise OSError("font cache unavailable")

    working = letter_pdf.render_letter_pdf
    monkeypatch.setattr(letter_pdf, "render_letter_pdf", broken)
    sent = act("ppid_request_notice_send", cast.unit_admin, case, **GRANTED)
    queue = jobs.get_queue()
    jobs.Worker([jobs.DEFAULT_QUEUE_NAME]).work(burst=True)

    [failed] = queue.failed_job_registry.get_job_ids()
    failed_job = Job.fetch(failed, connection=queue.connection)
    assert failed_job.func_name.endswith("requests.letters.issue.build_letter")
    # The mail offers the letter: it waits for it, recorded in the outbox, and goes once the letter is built.
    assert smtp_server.to("siti@warga.example") == []
    [waiting] = model.Session.query(Notification).filter_by(kind="request_notice_sent").populate_existing()
    assert (waiting.status, waiting.attempts) == ("pending", 1)
    assert waiting.last_error == "NotReady: the letter's PDF is not built yet"
    stored = row(case)
    assert (stored.status, stored.notice_number, stored.notice_file) == (
        "pemberitahuan_dikirim",
        sent["notice"]["number"],
        None,
    )
    headers = cast.token("applicant")
    assert app.get(f"/ppid/permohonan/{case['id']}/pemberitahuan.pdf", headers=headers).status_code == 404
    page = app.get(f"/ppid/permohonan/{case['id']}", headers=headers)
    assert sent["notice"]["number"] in page.body

    monkeypatch.setattr(letter_pdf, "render_letter_pdf", working)  # (undo() would stop the mail server too)
    assert request_letters.build_letter(case["id"], request_letters.NOTICE)
    assert app.get(f"/ppid/permohonan/{case['id']}/pemberitahuan.pdf", headers=headers).status_code == 200
    jobs.Worker([jobs.DEFAULT_QUEUE_NAME]).work(burst=True)
    [mail] = smtp_server.to("siti@warga.example")
    assert sent["notice"]["number"] in mail.body


def test_concurrent_notices_get_distinct_gapless_numbers_and_a_rollback_gives_its_number_back(cast):
    cases = [processed(cast)["id"] for _ in range(6)]
    model.Session.remove()
    at = dt.datetime.now(dt.timezone.utc)
    numbers: dict[str, str] = {}
    start = threading.Barrier(len(cases))

    def issue(case_id: str, keep: bool) -> None:
        session = model.Session()
        try:
            start.wait()
            number = request_letters.issue(
                session.get(InformationRequest, case_id), request_letters.NOTICE, at
            )
            time.sleep(0.05)  # hold the sequence's row lock while the others wait
            if keep:
                session.commit()
                numbers[case_id] = number
            else:
                session.rollback()
        finally:
            model.Session.remove()

    threads = [
        threading.Thread(target=issue, args=(case_id, index != 2)) for index, case_id in enumerate(cases)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert sorted(_seq(number) for number in numbers.values()) == [1, 2, 3, 4, 5]
    for case_id, number in numbers.items():
        assert row({"id": case_id}).notice_number == number
