"""What people see of the outbox: the applicant their messages on the case page, the staff handling the case
every message with its error, the PPID Utama's staff the outbox page with "send again now"; nobody else.
Real SMTP on loopback and a port where nothing listens, the job queue worked by a real RQ worker.
"""

from __future__ import annotations

import socket

import ckan.plugins.toolkit as tk
import pytest
from ckan import model
from ckan.tests import helpers
from filing_cast import as_user, file_on_web

from ckanext.ppid.notifications.model import Notification

pytestmark = pytest.mark.usefixtures("with_plugins")

OUTBOX = "/ppid/kotak-keluar"
APPLICANT = "siti@warga.example"
UNIT_CONTACT = "ppid@dinkes.lembahhijau.example"


def _closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def failed_filing(cast, smtp_server, job_worker, ckan_config, monkeypatch):
    """A request filed while the mail server was down, its mails failed after their only attempt; the server
    is back up afterwards."""
    up = ckan_config["smtp.server"]
    monkeypatch.setitem(ckan_config, "smtp.server", f"127.0.0.1:{_closed_port()}")
    monkeypatch.setitem(ckan_config, "ckanext.ppid.notify.max_attempts", 1)
    case = file_on_web(cast)
    job_worker()
    monkeypatch.setitem(ckan_config, "smtp.server", up)
    return case


def _row(**filters) -> Notification:
    return model.Session.query(Notification).filter_by(**filters).populate_existing().one()


def _messages(body: str) -> str:
    start = body.index('class="ppid-messages"')
    return body[start : body.index("</section>", start)]


def test_the_applicant_sees_their_messages_and_whether_they_went(app, cast, failed_filing):
    page = app.get(f"/ppid/permohonan/{failed_filing['id']}", headers=cast.token("applicant")).body
    shown = _messages(page)
    assert "Pesan kepada Anda" in shown
    assert "Tanda terima permohonan Anda" in shown
    assert APPLICANT in shown
    assert "Tidak terkirim: gagal" in shown
    # Only their own messages, and no technical detail.
    assert "Permohonan baru, kepada unit" not in shown
    assert UNIT_CONTACT not in shown
    assert "could not be connected" not in shown and "Galat terakhir" not in shown


def test_the_staff_handling_the_case_see_every_message_with_its_error(app, cast, failed_filing):
    page = app.get(f"/ppid/permohonan/{failed_filing['id']}", headers=cast.token("unit_admin")).body
    shown = _messages(page)
    assert "Pesan terkait permohonan ini" in shown
    assert "Permohonan baru, kepada unit" in shown and UNIT_CONTACT in shown
    assert "Tanda terima permohonan Anda" in shown
    assert "could not be connected" in shown
    # The applicant's address is read in the applicant's section (audited), not here.
    assert APPLICANT not in shown and "Pemohon" in shown


def test_a_sent_message_says_when(app, cast, smtp_server, job_worker):
    case = file_on_web(cast)
    job_worker()
    shown = _messages(app.get(f"/ppid/permohonan/{case['id']}", headers=cast.token("applicant")).body)
    assert "Terkirim pada " in shown and " WIB" in shown


def test_reviewers_of_the_case_do_not_see_its_messages(app, cast, failed_filing):
    page = app.get(f"/ppid/permohonan/{failed_filing['id']}", headers=cast.token("assessor"))
    assert page.status_code == 200
    assert "ppid-messages" not in page.body
    with pytest.raises(tk.NotAuthorized):
        helpers.call_action("ppid_notification_list", as_user(cast.assessor), request_id=failed_filing["id"])


@pytest.mark.parametrize(
    "who", ["anonymous", "applicant", "unit_admin", "unit_officer", "atasan", "assessor", "other_unit_editor"]
)
def test_only_the_ppid_utama_and_sysadmins_open_the_outbox(app, cast, failed_filing, who):
    assert app.get(OUTBOX, headers=cast.token(who)).status_code == 403
    row = _row(kind="request_filed_unit", recipient=UNIT_CONTACT)
    response = app.post(f"{OUTBOX}/{row.id}/kirim-ulang", headers=cast.token(who))
    assert response.status_code == 403
    assert _row(id=row.id).status == "failed"


def test_the_outbox_lists_what_failed_and_sends_it_again_on_request(
    app, cast, failed_filing, smtp_server, job_worker
):
    assert app.get(OUTBOX, headers=cast.token("sysadmin")).status_code == 200
    headers = cast.token("utama_admin")
    page = app.get(OUTBOX, headers=headers).body
    assert page.count('class="ppid-outbox-row"') == 5  # 4 unit staff and contact, the applicant
    assert failed_filing["registration_number"] in page
    assert UNIT_CONTACT in page and "could not be connected" in page
    assert APPLICANT not in page  # the applicant is named as such, not by their address
    assert "Kirim ulang sekarang" in page and 'action="/ppid/kotak-keluar/' in page

    row = _row(kind="request_filed_unit", recipient=UNIT_CONTACT)
    response = app.post(f"{OUTBOX}/{row.id}/kirim-ulang", headers=headers, follow_redirects=False)
    assert response.status_code == 302
    assert response.headers["Location"].endswith(OUTBOX)
    job_worker()
    assert len(smtp_server.to(UNIT_CONTACT)) == 1
    sent = _row(id=row.id)
    assert (sent.status, sent.attempts, sent.last_error) == ("sent", 2, None)
    page = app.get(OUTBOX, headers=headers).body
    assert page.count('class="ppid-outbox-row"') == 4

    # A sent message is not sent twice.
    again = app.post(f"{OUTBOX}/{row.id}/kirim-ulang", headers=headers)
    assert (
        "Hanya pesan yang menunggu dikirim atau yang gagal terkirim yang dapat dikirim ulang." in again.body
    )
    job_worker()
    assert len(smtp_server.to(UNIT_CONTACT)) == 1


@pytest.mark.parametrize(
    ("params", "status"),
    [
        ({"status": "dikirim"}, 400),
        ({"page": "0"}, 400),
        ({"status": "failed"}, 200),
    ],
)
def test_the_outbox_page_answers_bad_filters_with_400(app, cast, params, status):
    assert app.get(OUTBOX, query_string=params, headers=cast.token("utama_admin")).status_code == status


@pytest.mark.parametrize("message_id", ["abc", "99999999999999999999999", "0"])
def test_a_retry_of_no_such_message_is_not_a_server_error(app, cast, message_id):
    headers = cast.token("utama_admin")
    response = app.post(f"{OUTBOX}/{message_id}/kirim-ulang", headers=headers, follow_redirects=False)
    assert response.status_code in (302, 404, 405)
