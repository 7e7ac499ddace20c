"""Signing up on the web: the account waits until the link mailed to its address is opened, then logs in and
lands on the page the person came from."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from ckan import model
from ckan.tests import factories, helpers
from freezegun import freeze_time

pytestmark = [
    pytest.mark.usefixtures("with_plugins", "clean_db", "clean_redis"),
    pytest.mark.ckan_config("ckan.locale_default", "id"),
]

PASSWORD = "kata-sandi-warga-2026"
FORM = "/ppid/permohonan/baru"
CSRF = re.compile(r'<meta name="_csrf_token" content="[^"]*" />')
LINK = re.compile(r"https?://\S+/ppid/akun/verifikasi/\S+")


def sign_up(app, name="budi", email="budi@warga.example", next_page=None, ip="203.0.113.20"):
    url = "/user/register" + (f"?next={next_page}" if next_page else "")
    data = {
        "name": name,
        "fullname": "Budi Santoso",
        "email": email,
        "password1": PASSWORD,
        "password2": PASSWORD,
        "save": "",
    }
    if next_page:
        data["next"] = next_page
    return app.post(url, data=data, environ_overrides={"REMOTE_ADDR": ip}, follow_redirects=False)


def log_in(app, login, next_page=None):
    url = "/user/login" + (f"?next={next_page}" if next_page else "")
    return app.post(url, data={"login": login, "password": PASSWORD}, follow_redirects=False)


def mailed_link(smtp_server, job_worker, address="budi@warga.example") -> str:
    job_worker()
    [mail] = smtp_server.to(address)
    [link] = LINK.findall(mail.body)
    return link.split("://", 1)[1].split("/", 1)[1].join(["/", ""])


def test_sign_up_mail_link_then_login_brings_the_person_back_to_the_form(app, smtp_server, job_worker):
    signed_up = sign_up(app, next_page=FORM)
    assert signed_up.status_code == 302
    assert signed_up.headers["Location"].endswith("/ppid/akun/cek-email")
    assert "Periksa e-mail Anda" in app.get("/ppid/akun/cek-email").body
    assert model.User.by_name("budi").state == "pending"

    # Not before the address is verified.
    refused = log_in(app, "budi", FORM)
    assert refused.status_code == 403
    assert "belum aktif" in refused.body

    link = mailed_link(smtp_server, job_worker)
    verified = app.get(link, follow_redirects=False)
    assert verified.status_code == 302
    location = verified.headers["Location"]
    assert location.endswith(f"/user/login?next={FORM}")
    assert model.User.by_name("budi").state == "active"

    landed = log_in(app, "budi", FORM)
    assert landed.status_code == 302
    assert landed.headers["Location"].endswith(FORM)


def test_the_link_works_twice_without_harm(app, smtp_server, job_worker):
    sign_up(app)
    link = mailed_link(smtp_server, job_worker)
    assert app.get(link, follow_redirects=False).status_code == 302
    again = app.get(link)
    assert again.status_code == 200
    assert "sudah diverifikasi" in again.body


def test_a_forged_or_damaged_link_is_refused(app, smtp_server, job_worker):
    sign_up(app)
    link = mailed_link(smtp_server, job_worker)
    for bad in (link[:-3] + "abc", "/ppid/akun/verifikasi/bukan-token"):
        refused = app.get(bad)
        assert refused.status_code == 400
        assert "tidak sah" in refused.body
    assert model.User.by_name("budi").state == "pending"


@pytest.mark.ckan_config("ckanext.ppid.accounts.verify_hours", "2")
def test_an_expired_link_is_refused_and_another_can_be_sent(app, smtp_server, job_worker):
    sign_up(app)
    link = mailed_link(smtp_server, job_worker)
    with freeze_time(dt.datetime.now() + dt.timedelta(hours=2, minutes=1)):
        refused = app.get(link)
    assert refused.status_code == 400
    assert "kedaluwarsa" in refused.body
    assert model.User.by_name("budi").state == "pending"

    answer = app.post("/ppid/akun/kirim-ulang", data={"email": "budi@warga.example"})
    assert answer.status_code == 200
    job_worker()
    assert len(smtp_server.to("budi@warga.example")) == 2


def test_staff_and_demo_accounts_are_active_at_once(app):
    staff = factories.User(password=PASSWORD)
    assert model.User.get(staff["id"]).state == "active"
    admin = factories.Sysadmin()
    created = helpers.call_action(
        "user_create",
        {"user": admin["name"], "ignore_auth": False},
        name="petugas-baru",
        email="petugas@lembahhijau.example",
        password=PASSWORD,
    )
    assert created["state"] == "active"


def test_sign_up_is_web_only(app):
    answer = app.post(
        "/api/3/action/user_create",
        json={"name": "lewat-api", "email": "api@warga.example", "password": PASSWORD},
    )
    assert answer.status_code == 403
    assert model.User.by_name("lewat-api") is None


@pytest.mark.ckan_config("ckanext.ppid.accounts.sign_ups_per_ip", "2")
def test_too_many_sign_ups_from_one_address_get_429(app):
    assert sign_up(app, "warga-1", "w1@warga.example").status_code == 302
    assert sign_up(app, "warga-2", "w2@warga.example").status_code == 302
    limited = sign_up(app, "warga-3", "w3@warga.example")
    assert limited.status_code == 429
    assert "Terlalu banyak percobaan" in limited.body
    assert model.User.by_name("warga-3") is None
    assert sign_up(app, "warga-4", "w4@warga.example", ip="198.51.100.4").status_code == 302


@pytest.mark.ckan_config("ckanext.ppid.accounts.mails_per_address", "2")
def test_resending_is_limited_per_address(app, smtp_server, job_worker):
    sign_up(app)
    resend = {"email": "budi@warga.example"}
    assert app.post("/ppid/akun/kirim-ulang", data=resend).status_code == 200
    limited = app.post("/ppid/akun/kirim-ulang", data=resend)
    assert limited.status_code == 429
    assert "Terlalu banyak percobaan" in limited.body
    job_worker()
    assert len(smtp_server.to("budi@warga.example")) == 2


def test_resending_tells_nobody_who_has_an_account(app, smtp_server, job_worker):
    factories.User(email="aktif@warga.example")
    answers = [
        CSRF.sub("", app.post("/ppid/akun/kirim-ulang", data={"email": address}).body)
        for address in ("aktif@warga.example", "tidak-ada@warga.example")
    ]
    assert "tautan baru sedang dikirim" in answers[0]
    assert answers[0] == answers[1]
    job_worker()
    assert smtp_server.deliveries == []


def test_sign_up_and_verification_are_audited_without_the_address(app, smtp_server, job_worker):
    sign_up(app)
    app.get(mailed_link(smtp_server, job_worker))
    admin = factories.Sysadmin()
    events = helpers.call_action("ppid_audit_list", {"user": admin["name"]}, object_type="user")
    codes = [event["action"] for event in events["results"]]
    assert "account.sign_up" in codes and "account.verify" in codes
    assert "budi@warga.example" not in str(events)


def test_the_login_page_offers_sign_up_keeping_next(app):
    page = app.get(f"/user/login?next={FORM}").body
    assert "Belum punya akun? Daftar" in page
    assert f"/user/register?next={FORM}" in page
    form = app.get(f"/user/register?next={FORM}").body
    assert 'name="next" value="/ppid/permohonan/baru"' in form
    assert f"/user/login?next={FORM}" in form


@pytest.mark.parametrize("outside", ["https://jahat.example/", "//jahat.example/masuk"])
def test_the_link_never_leads_outside_the_portal(app, smtp_server, job_worker, outside):
    sign_up(app, next_page=outside)
    verified = app.get(mailed_link(smtp_server, job_worker), follow_redirects=False)
    assert verified.status_code == 302
    assert verified.headers["Location"] == "http://test.ckan.net/user/login"
    form = app.get(f"/user/register?next={outside}").body
    assert 'name="next"' not in form and "/user/login?next=" not in form


def test_a_password_reset_from_the_inbox_activates_a_pending_account(app, smtp_server):
    """The way out for someone whose address another person signed up with."""
    sign_up(app)
    app.post("/user/reset", data={"user": "budi@warga.example"})
    [reset] = [mail for mail in smtp_server.to("budi@warga.example") if "/user/reset/" in mail.body]
    [link] = re.findall(r"https?://\S+(/user/reset/\S+)", reset.body)
    new_password = "kata-sandi-pemilik-2026"
    app.post(link, data={"password1": new_password, "password2": new_password})
    assert model.User.by_name("budi").state == "active"
    logged_in = app.post(
        "/user/login", data={"login": "budi", "password": new_password}, follow_redirects=False
    )
    assert logged_in.status_code == 302 and "/user/login" not in logged_in.headers["Location"]
    app.get("/user/_logout")
    refused = log_in(app, "budi")  # the password the other person chose no longer works
    assert refused.status_code == 200 and "Gagal masuk" in refused.body
