"""The person's own page (/ppid/saya): where logging in leads, and what each role finds there."""

from __future__ import annotations

import re

import pytest
from ckan.tests import factories
from filing_cast import file_on_web

pytestmark = pytest.mark.usefixtures("with_plugins")


def sections(page: str) -> set[str]:
    return set(re.findall(r'class="mb-4 ppid-home-(\w+)"', page))


def test_logging_in_leads_to_the_own_page_and_an_anonymous_visitor_is_asked_to_log_in(app):
    asked = app.get("/ppid/saya", follow_redirects=False)
    assert asked.status_code == 302 and asked.headers["Location"].endswith("/user/login?next=/ppid/saya")
    password = "Sandi-Pemohon-2026"
    person = factories.User(password=password)
    landed = app.post(
        "/user/login", data={"login": person["name"], "password": password}, follow_redirects=False
    )
    assert landed.status_code == 302 and landed.headers["Location"].endswith("/ppid/saya")


def test_an_applicant_finds_their_requests_and_no_staff_work(app, cast):
    case = file_on_web(cast)
    page = app.get("/ppid/saya", headers=cast.token("applicant")).body
    assert sections(page) == {"requests"}
    assert case["registration_number"] in page
    assert "Halaman saya" in page and "Ajukan permohonan informasi" in page


def test_the_units_staff_find_the_case_in_their_queue_and_their_register(app, cast):
    case = file_on_web(cast)
    page = app.get("/ppid/saya", headers=cast.token("unit_officer")).body
    assert {"queue", "register"} <= sections(page)
    assert "objections" not in sections(page)
    assert case["registration_number"] in page
    assert "1 permohonan terbuka" in page


def test_the_atasan_finds_the_objections_and_an_outsider_no_other_units_case(app, cast):
    case = file_on_web(cast)
    assert "objections" in sections(app.get("/ppid/saya", headers=cast.token("atasan")).body)
    other = app.get("/ppid/saya", headers=cast.token("other_unit_editor")).body
    assert case["registration_number"] not in other


def test_the_assessor_sees_every_units_register_and_an_applicant_does_not(app, cast):
    assessor = app.get("/ppid/saya", headers=cast.token("assessor")).body
    # Read-only: the registers, no work queue (their own requests, as anyone's, are there too).
    assert "compliance" in sections(assessor) and "queue" not in sections(assessor)
    assert "Dinas Kesehatan" in assessor and "Informasi berkala belum ada" in assessor
    assert "compliance" not in sections(app.get("/ppid/saya", headers=cast.token("applicant")).body)
