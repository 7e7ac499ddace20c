"""Filing without an account: the same form and identity, an e-mail address required; the request is held
until the mailed link confirms it, then it has its number, its receipt code and its place in the queue; the
number and the code open the case and its public status; unconfirmed filings expire with their scan."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
import sqlalchemy as sa
from ckan import model
from ckan.cli.cli import ckan
from ckan.tests import helpers
from filing_cast import NIK, as_user, png_bytes, web_form

from ckanext.ppid.audit.model import audit_event
from ckanext.ppid.requests import private_files
from ckanext.ppid.requests.filing import guest, identity_documents
from ckanext.ppid.requests.model.guest_filing import GuestFiling
from ckanext.ppid.requests.model.information_request import InformationRequest

pytestmark = pytest.mark.usefixtures("with_plugins")

EMAIL = "siti@warga.example"
PERSONAL = ("Siti Rahmawati", NIK, "Jl. Melati", EMAIL, "0812-3456-7890")
LINK = re.compile(r"https?://\S+/ppid/permohonan/konfirmasi/(\S+)")


def _audited(action: str) -> list:
    return model.Session.execute(sa.select(audit_event).where(audit_event.c.action == action)).all()


def _form(**changes) -> dict:
    form = web_form(**changes)
    if "identity_document" in form:
        form["identity_document"] = (io.BytesIO(png_bytes()), "ktp.png")
    return form


def _file(app, **changes):
    return app.post("/ppid/permohonan/baru", data=_form(**changes), follow_redirects=False)


def _link(smtp_server) -> str:
    [mail] = smtp_server.to(EMAIL)
    return "/ppid/permohonan/konfirmasi/" + LINK.search(mail.body).group(1)


def _file_and_confirm(app, smtp_server, job_worker) -> tuple[str, str]:
    assert _file(app).status_code == 200
    job_worker()
    link = _link(smtp_server)
    smtp_server.deliveries.clear()
    page = app.post(link)
    assert page.status_code == 200
    number = re.search(r'id="ppid-registration-number"><strong>([^<]+)<', page.body).group(1)
    code = re.search(r'id="ppid-receipt-code"><strong><code>([^<]+)<', page.body).group(1)
    return number, code


def test_an_anonymous_visitor_chooses_to_log_in_sign_up_or_file_without_an_account(app, cast):
    page = app.get("/ppid/permohonan/baru")
    assert page.status_code == 200
    assert "/user/login?next=/ppid/permohonan/baru" in page.body
    assert "/user/register?next=/ppid/permohonan/baru" in page.body
    assert 'name="nik"' not in page.body
    form = app.get("/ppid/permohonan/baru?tanpa-akun=1")
    assert 'name="nik"' in form.body and 'name="identity_document"' in form.body


def test_without_an_account_the_e_mail_address_and_the_ktp_scan_are_required(app, cast):
    response = _file(app, email=None, identity_document=None)
    assert response.status_code == 400
    assert "e-mail" in response.body.lower() and "KTP" in response.body
    assert model.Session.query(GuestFiling).count() == 0


def test_a_filing_is_held_until_the_mailed_link_confirms_it(app, cast, smtp_server, job_worker):
    response = _file(app)
    assert response.status_code == 200
    assert EMAIL in response.body
    # Held: no number, not in the queue, no deadline running.
    assert model.Session.query(InformationRequest).count() == 0
    queue = helpers.call_action("ppid_request_queue", as_user(cast.unit_admin))
    assert queue["count"] == 0

    job_worker()
    link = _link(smtp_server)
    assert app.get(link).status_code == 200  # opening the link (a mail scanner) confirms nothing
    assert model.Session.query(InformationRequest).count() == 0
    smtp_server.deliveries.clear()

    page = app.post(link)

    assert page.status_code == 200
    assert page.headers["Cache-Control"] == "private, no-store"  # the code is on this page only
    case = model.Session.query(InformationRequest).one()
    assert case.registration_number in page.body
    code = re.search(r'id="ppid-receipt-code"><strong><code>([^<]+)<', page.body).group(1)
    assert re.fullmatch(r"[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}", code)
    assert case.applicant.user_id is None and case.applicant.nik == NIK and case.channel == "web"
    assert case.applicant.identity_document  # the scan came along
    job_worker()
    [filed] = smtp_server.to(EMAIL)
    assert case.registration_number in filed.subject
    assert code in filed.body and case.registration_number in filed.body
    assert "/ppid/permohonan/akses" in filed.body
    assert smtp_server.to("ppid@dinkes.lembahhijau.example")  # the unit heard of it
    held = model.Session.query(GuestFiling).one()
    assert held.filing == {} and held.email == ""  # the held form and address are forgotten
    # The link works once.
    again = app.post(link)
    assert again.status_code == 400 and case.registration_number in again.body
    for action in ("request.guest.hold", "request.guest.confirm", "request.create"):
        assert _audited(action), action


def test_a_confirmed_filing_is_in_the_queue_like_any_other(app, cast, smtp_server, job_worker):
    number, _code = _file_and_confirm(app, smtp_server, job_worker)
    queue = helpers.call_action("ppid_request_queue", as_user(cast.unit_admin))
    assert [entry["registration_number"] for entry in queue["results"]] == [number]
    case = model.Session.query(InformationRequest).one()
    shown = helpers.call_action("ppid_request_show", as_user(cast.unit_admin), id=case.id)
    assert shown["applicant"]["name"] == "Siti Rahmawati"
    assert shown["clock"]
    helpers.call_action("ppid_request_verify", as_user(cast.unit_admin), id=case.id)


def test_the_number_and_code_open_the_case_and_only_it(app, cast, smtp_server, job_worker):
    number, code = _file_and_confirm(app, smtp_server, job_worker)
    job_worker()
    assert app.get("/ppid/permohonan/akses/kasus", follow_redirects=False).status_code == 302

    response = app.post(
        "/ppid/permohonan/akses",
        data={"registration_number": number, "code": code.lower().replace("-", " ")},
        follow_redirects=False,
    )

    assert response.status_code == 302
    page = app.get("/ppid/permohonan/akses/kasus")
    assert page.status_code == 200 and page.headers["Cache-Control"] == "private, no-store"
    assert number in page.body and NIK in page.body and "Siti Rahmawati" in page.body
    assert 'id="ppid-objections"' in page.body  # its objections, and the grounds open today
    receipt = app.get("/ppid/permohonan/akses/kasus/berkas/tanda_bukti")
    assert receipt.status_code == 200 and receipt.headers["Content-Type"] == "application/pdf"
    assert receipt.headers["Cache-Control"] == "private, no-store"
    [read] = _audited("request.receipt.read")
    assert read.details["by"] == "receipt_code"
    assert any(row.details.get("by") == "receipt_code" for row in _audited("request.personal_data.read"))
    # The grant opens that case only: another applicant's case is not reached by the guest pages.
    assert app.get("/ppid/permohonan/akses/kasus/serahan/nothing").status_code == 404


def test_a_wrong_code_is_refused_and_guessing_is_limited(app, cast, smtp_server, job_worker, ckan_config):
    number, code = _file_and_confirm(app, smtp_server, job_worker)
    wrong = {"registration_number": number, "code": "AAAA-BBBB-CCCC"}

    refused = app.post("/ppid/permohonan/akses", data=wrong, follow_redirects=False)
    assert refused.status_code == 403
    assert "receipt code" in refused.body or "kode" in refused.body
    assert app.get("/ppid/permohonan/akses/kasus", follow_redirects=False).status_code == 302
    for _attempt in range(ckan_config["ckanext.ppid.requests.receipt_code_attempts_per_ip"] - 1):
        assert app.post("/ppid/permohonan/status", data=wrong).status_code == 403

    limited = app.post("/ppid/permohonan/status", data={"registration_number": number, "code": code})

    assert limited.status_code == 429  # even the right code waits: the address guessed too often
    assert number not in limited.body.replace(f'value="{number}"', "")


def test_the_status_page_shows_the_status_and_no_personal_data(app, cast, smtp_server, job_worker):
    number, code = _file_and_confirm(app, smtp_server, job_worker)
    assert app.get("/ppid/permohonan/status").status_code == 200

    page = app.post("/ppid/permohonan/status", data={"registration_number": number, "code": code})

    assert page.status_code == 200
    assert number in page.body
    assert "Dinas Kesehatan" in page.body
    for personal in PERSONAL:
        assert personal not in page.body, personal
    shown = helpers.call_action("ppid_request_status_show", registration_number=number, code=code)
    assert shown["notice_due"] and shown["status_label"]
    assert not set(shown) & {"applicant", "name", "nik", "address", "email", "phone", "information"}


def test_the_resend_gives_a_new_link_and_is_limited(app, cast, smtp_server, job_worker, ckan_config):
    _file(app)
    job_worker()
    first = _link(smtp_server)
    smtp_server.deliveries.clear()
    assert app.post("/ppid/permohonan/konfirmasi-ulang", data={"email": EMAIL}).status_code == 200
    job_worker()
    second = _link(smtp_server)
    assert second != first
    assert app.post(first).status_code == 400  # the earlier link no longer works
    for _attempt in range(ckan_config["ckanext.ppid.requests.guest_resends_per_address"] - 1):
        app.post("/ppid/permohonan/konfirmasi-ulang", data={"email": EMAIL})
    assert app.post("/ppid/permohonan/konfirmasi-ulang", data={"email": EMAIL}).status_code == 429


@pytest.mark.ckan_config("ckanext.ppid.requests.guest_filings_per_ip", 2)
def test_anonymous_filings_are_limited_per_address(app, cast):
    assert _file(app).status_code == 200
    assert _file(app).status_code == 200
    limited = _file(app)
    assert limited.status_code == 429 and "alert-danger" in limited.body
    assert model.Session.query(GuestFiling).count() == 2


def test_an_unconfirmed_filing_expires_with_its_ktp_scan(app, cast, smtp_server, job_worker):
    _file(app)
    job_worker()
    link = _link(smtp_server)
    row = model.Session.query(GuestFiling).one()
    scan = row.identity_document
    assert private_files.exists(identity_documents.KIND, scan)
    later = dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=guest.confirm_hours(), minutes=1)

    assert guest.purge_expired(later - dt.timedelta(hours=1)) == []
    assert guest.purge_expired(later) == [row.id]

    model.Session.expire_all()
    assert model.Session.query(GuestFiling).count() == 0
    assert not private_files.exists(identity_documents.KIND, scan)
    assert app.post(link).status_code == 400
    assert model.Session.query(InformationRequest).count() == 0
    assert len(_audited("request.guest.expire")) == 1


def test_an_expired_link_does_not_confirm(app, cast, smtp_server, job_worker):
    _file(app)
    job_worker()
    link = _link(smtp_server)
    row = model.Session.query(GuestFiling).one()
    row.expires_at = dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=1)
    model.Session.commit()

    page = app.post(link)

    assert page.status_code == 400
    assert model.Session.query(InformationRequest).count() == 0


def test_the_daily_command_purges_expired_filings_only(app, cast, cli):
    _file(app)
    _file(app, email="budi@warga.example")
    expired, waiting = model.Session.query(GuestFiling).order_by(GuestFiling.created_at).all()
    expired.expires_at = dt.datetime.now(dt.timezone.utc) - dt.timedelta(minutes=1)
    model.Session.commit()
    expired_id, scan = expired.id, expired.identity_document

    listed = cli.invoke(ckan, ["ppid", "requests", "purge-unconfirmed", "--dry-run"])
    assert listed.exit_code == 0 and f"{expired_id} would be purged" in listed.output
    assert model.Session.query(GuestFiling).count() == 2

    result = cli.invoke(ckan, ["ppid", "requests", "purge-unconfirmed"])

    assert result.exit_code == 0, result.output
    assert "1 unconfirmed filing(s) purged" in result.output
    model.Session.expire_all()
    assert [row.email for row in model.Session.query(GuestFiling)] == ["budi@warga.example"]
    assert not private_files.exists(identity_documents.KIND, scan)
