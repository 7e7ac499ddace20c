"""The e-mails of the expiry command (PP 61/2010 Ps 11): who is told, what they read, and only once.

The command runs through CKAN's CLI, its jobs through CKAN's worker on Redis, its mails through CKAN's
mailer to a real SMTP server on loopback.
"""

from __future__ import annotations

import logging

import pytest
from ckan import model
from ckan.cli.cli import ckan
from ckan.lib import jobs, search
from ckan.tests import factories, helpers
from register_cast import EXEMPTED, register_item

from ckanext.ppid.notifications.model import Notification

pytestmark = pytest.mark.usefixtures("with_plugins", "clean_db", "clean_index")

TITLE = 'Rekam Medis "Pasien" & Keluarga'
ITEM_URL = "http://test.ckan.net/informasi-publik/rekam-medis"
CONTACT = "ppid.dinkes@lembahhijau.example"
TOLD = {"ratna@dinkes.example", "budi@dinkes.example", CONTACT, "sari@diskominfo.example"}
NOT_TOLD = {"agus@diskominfo.example", "wati@dinkes.example", "joko@dishub.example"}


def _user(name: str, email: str, fullname: str) -> str:
    return factories.User(name=name, email=email, fullname=fullname)["name"]


@pytest.fixture
def item():
    """An exempted item of the Dinas Kesehatan ending on 30 April 2026, and the people around it."""
    staff = {
        "ppid-utama": [
            (_user("sari", "sari@diskominfo.example", "Sari Utami"), "admin"),
            (_user("agus", "agus@diskominfo.example", "Agus Salim"), "editor"),
        ],
        "dinkes": [
            (_user("ratna", "ratna@dinkes.example", "Ratna Dewi"), "admin"),
            (_user("budi", "budi@dinkes.example", "Budi Santoso"), "editor"),
            (_user("wati", "wati@dinkes.example", "Wati"), "member"),
            (_user("tanpa-surel", "tanpa-surel@dinkes.example", "Tanpa Surel"), "editor"),
        ],
        "dishub": [(_user("joko", "joko@dishub.example", "Joko"), "admin")],
    }
    model.User.get("tanpa-surel").email = ""
    model.repo.commit()
    factories.Organization(
        name="ppid-utama",
        title="PPID Utama Diskominfo",
        jenis_unit="ppid_utama",
        users=[{"name": name, "capacity": role} for name, role in staff["ppid-utama"]],
    )
    dinkes = factories.Organization(
        name="dinkes",
        title="Dinas Kesehatan",
        unit_induk="ppid-utama",
        kontak_email=CONTACT,
        pejabat_ppid="Sekretaris Dinas Kesehatan",
        users=[{"name": name, "capacity": role} for name, role in staff["dinkes"]],
    )
    factories.Organization(
        name="dishub",
        unit_induk="ppid-utama",
        users=[{"name": name, "capacity": role} for name, role in staff["dishub"]],
    )
    return register_item(
        dinkes["id"],
        name="rekam-medis",
        title=TITLE,
        resources=[{"url": "https://berkas.example/rekam-medis.pdf", "name": "Berkas rekam medis"}],
        **{**EXEMPTED, "jangka_waktu_pengecualian": "", "tanggal_berakhir": "2026-04-30"},
    )


def expire(cli, *args: str) -> str:
    result = cli.invoke(ckan, ["ppid", "register", "expire", *args])
    assert result.exit_code == 0, result.output
    model.Session.remove()
    return result.output


def status(item) -> str:
    # An item saved without a status is in force.
    return helpers.call_action("package_show", id=item["id"]).get("status_pengecualian") or "berlaku"


def test_flag_then_opening_each_mail_the_unit_its_contact_and_the_utama_admins_once(
    cli, item, smtp_server, job_worker
):
    output = expire(cli, "--today", "2026-03-11")
    assert "rekam-medis: berlaku -> akan_berakhir (ends 2026-04-30), 4 notice(s) queued" in output
    # One outbox row, and one job, per person told.
    assert len(job_worker()) == len(TOLD)
    assert set(smtp_server.recipients) == TOLD
    assert len(smtp_server.deliveries) == len(TOLD)

    # The command runs every day: the item is flagged already, so nobody hears of it again.
    assert "0 exemption(s) changed on 2026-03-12" in expire(cli, "--today", "2026-03-12")
    assert job_worker() == []
    assert len(smtp_server.deliveries) == len(TOLD)

    expire(cli, "--today", "2026-04-30")
    assert len(job_worker()) == len(TOLD)
    assert "0 exemption(s) changed" in expire(cli, "--today", "2026-05-01")
    assert job_worker() == []
    assert status(item) == "berakhir"
    for address in TOLD:
        flag, opening = smtp_server.to(address)
        assert flag.subject == f"Pengecualian berakhir pada 30 April 2026: {TITLE}"
        assert opening.subject == f"Kini terbuka untuk publik: {TITLE}"
    assert not {address for address in NOT_TOLD if smtp_server.to(address)}


def test_the_flag_mail_says_what_ends_when_why_that_day_and_what_to_do(cli, item, smtp_server, job_worker):
    expire(cli, "--today", "2026-03-11")
    job_worker()
    (mail,) = smtp_server.to("ratna@dinkes.example")
    assert mail.message["To"] == "Ratna Dewi <ratna@dinkes.example>"
    body = mail.body
    assert body.startswith("Yth. Ratna Dewi,\n")
    # Plain text: the title as typed, not HTML-escaped.
    assert f'informasi "{TITLE}" yang dikuasai Dinas Kesehatan berakhir pada 30 April 2026.' in body
    assert "Penetapan PPID: 188/12/PPID/2025 tanggal 3 Maret 2025." in body
    # The flag date, and how it was counted back past Good Friday, Idul Fitri and its leave days.
    assert "paling lambat 30 hari kerja sebelum masa pengecualian berakhir, yaitu 11 Maret 2026." in body
    counted = "Hari ke-0 adalah 30 April 2026. Dihitung mundur mulai hari kerja sebelumnya, hari kerja ke-30"
    assert f"{counted} adalah 11 Maret 2026." in body
    assert "- 3 April 2026: " in body and "(Hari libur nasional)" in body and "(Cuti bersama)" in body
    # Both ways forward, and where to act.
    assert "uji konsekuensi" in body and "penetapan PPID yang baru" in body
    assert "Atau membiarkannya terbuka: pada 30 April 2026" in body
    assert f"Lihat informasi: {ITEM_URL}\n" in body
    assert f"Catat perpanjangan: {ITEM_URL.replace('/rekam-medis', '/edit/rekam-medis')}\n" in body
    contact = smtp_server.to(CONTACT)[0]
    assert contact.body.startswith("Yth. Sekretaris Dinas Kesehatan,\n")


def test_the_opening_mail_says_the_item_and_its_files_are_public(cli, item, smtp_server, job_worker):
    expire(cli, "--today", "2026-05-04")
    job_worker()
    (mail,) = smtp_server.to("sari@diskominfo.example")
    assert "berakhir pada 30 April 2026; sesuai PP 61/2010 Pasal 11, informasi tersebut kini" in mail.body
    assert "Portal kini menyajikan berkasnya kepada siapa pun" in mail.body
    assert f"Lihat informasi: {ITEM_URL}\n" in mail.body
    # What the mail says is so: anyone gets the files.
    shown = helpers.call_action("package_show", {"user": ""}, id=item["id"])
    assert shown["resources"][0]["url"] == "https://berkas.example/rekam-medis.pdf"


def test_consent_recorded_before_the_rule_opens_the_item_and_says_why(cli, item, smtp_server, job_worker):
    # Saving consent on an item in force is refused now; an item stored before that rule still has it.
    package = model.Package.get(item["id"])
    package.extras = {**package.extras, "persetujuan_tertulis": "Surat persetujuan pasien, 2 Maret 2026"}
    model.repo.commit()
    search.rebuild(item["id"])
    assert "berlaku -> dibuka_persetujuan" in expire(cli, "--today", "2026-03-02")
    job_worker()
    (mail,) = smtp_server.to(CONTACT)
    assert mail.subject == f"Kini terbuka untuk publik: {TITLE}"
    assert "UU 14/2008 Pasal 18 ayat (2)" in mail.body
    assert "berakhir pada" not in mail.body


def test_a_dry_run_queues_nothing_and_mails_nobody(cli, item, smtp_server, job_worker):
    output = expire(cli, "--today", "2026-04-30", "--dry-run")
    assert "rekam-medis: berlaku -> berakhir (ends 2026-04-30)\n" in output
    assert "queued" not in output
    assert jobs.get_queue().count == 0
    assert job_worker() == []
    assert smtp_server.deliveries == []
    assert status(item) == "berlaku"


def test_staff_without_an_address_are_skipped_and_logged(
    cli, item, smtp_server, job_worker, caplog, monkeypatch
):
    # A CKAN command run earlier in the session loads the ini's logging config, which disables loggers that
    # existed before it; the portal's own processes load it first and never see that.
    monkeypatch.setattr(logging.getLogger("ckanext.ppid.units.recipients"), "disabled", False)
    # Whom to tell is decided when the new status is saved.
    with caplog.at_level(logging.WARNING, logger="ckanext.ppid.units.recipients"):
        expire(cli, "--today", "2026-03-11")
    job_worker()
    assert "User tanpa-surel has no e-mail address: not told about unit dinkes" in caplog.text
    assert set(smtp_server.recipients) == TOLD


def test_a_notice_overtaken_by_a_later_change_is_not_sent(cli, item, smtp_server, job_worker):
    expire(cli, "--today", "2026-03-11")
    # Before a worker gets to the flag's notice, the item is opened: only the opening is told.
    expire(cli, "--today", "2026-04-30")
    assert len(job_worker()) == 2 * len(TOLD)
    assert {mail.subject for mail in smtp_server.deliveries} == {f"Kini terbuka untuk publik: {TITLE}"}
    assert len(smtp_server.deliveries) == len(TOLD)
    # The flag's rows are kept, skipped with the reason: the outbox says what was not told, and why.
    flagged = model.Session.query(Notification).filter_by(kind="exemption_ending").all()
    assert {(row.status, row.last_error) for row in flagged} == {
        ("skipped", "the item is now berakhir, no longer akan_berakhir")
    }


def test_an_extension_puts_the_item_back_in_force_without_a_mail(cli, item, smtp_server, job_worker):
    expire(cli, "--today", "2026-03-11")
    job_worker()
    told = len(smtp_server.deliveries)
    # The PPID ran the consequence test again and recorded a new decree and end.
    helpers.call_action(
        "package_patch",
        {"user": "ratna"},
        id=item["id"],
        nomor_sk_ppid="188/31/PPID/2026",
        tanggal_penetapan="2026-03-20",
        tanggal_berakhir="2031-03-20",
    )
    output = expire(cli, "--today", "2026-03-23")
    assert "rekam-medis: akan_berakhir -> berlaku (ends 2031-03-20)\n" in output
    assert "queued" not in output
    assert job_worker() == []
    assert len(smtp_server.deliveries) == told
