"""Mail on filing: the applicant and the unit hear of a new request through the job queue, over real SMTP;
the unit's mail carries no personal data."""

from __future__ import annotations

import pytest
from ckan.tests import helpers
from filing_cast import NIK, as_user, desk_form, file_on_web

pytestmark = pytest.mark.usefixtures("with_plugins")


def test_the_applicant_and_the_unit_are_mailed(cast, smtp_server, job_worker):
    case = file_on_web(cast)
    assert smtp_server.deliveries == []

    job_worker()

    [to_applicant] = smtp_server.to("siti@warga.example")
    assert case["registration_number"] in to_applicant.subject
    assert case["registration_number"] in to_applicant.body
    assert f"/ppid/permohonan/{case['id']}" in to_applicant.body
    assert "Siti Rahmawati" in to_applicant.body

    unit_mail = smtp_server.to("ppid@dinkes.lembahhijau.example")
    assert len(unit_mail) == 1
    for staff in ("dinkes-admin", "dinkes-petugas", "utama-admin"):
        assert len(smtp_server.to(f"{staff}@lembahhijau.example")) == 1, staff
    for outsider in ("dishub-editor", "dinkes-kepala", "warga-lain"):
        assert smtp_server.to(f"{outsider}@lembahhijau.example") == []
    [mail] = unit_mail
    assert case["registration_number"] in mail.subject
    assert f"/ppid/permohonan/{case['id']}" in mail.body
    for personal in ("Siti", NIK, "Melati", "0812", "siti@warga"):
        assert personal not in mail.body


def test_an_applicant_without_an_address_gets_no_mail_but_the_unit_does(cast, smtp_server, job_worker):
    case = helpers.call_action("ppid_request_create", as_user(cast.unit_officer), **desk_form())

    job_worker()

    assert smtp_server.to("ppid@dinkes.lembahhijau.example")
    assert all(case["registration_number"] in mail.subject for mail in smtp_server.deliveries)
    assert not [to for to in smtp_server.recipients if "warga" in to]
