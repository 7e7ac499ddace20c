"""The calendar page: public reading, a form for the PPID Utama's admins, errors shown in Indonesian."""

from __future__ import annotations

import pytest
from ckan.tests import factories

pytestmark = pytest.mark.usefixtures("with_plugins")


@pytest.fixture
def admin(clean_db):
    user = factories.User(password="Rahasia-2026!")
    factories.Organization(
        name="ppid-utama",
        jenis_unit="ppid_utama",
        kode_unit="U",
        users=[{"name": user["name"], "capacity": "admin"}],
    )
    return user


def _headers(user):
    return {"Authorization": factories.APIToken(user=user["name"])["token"]}


def test_anyone_sees_the_year_without_the_form(app, admin):
    page = app.get("/ppid/kalender/?year=2026").body
    assert "Hari Raya Idul Fitri" in page
    assert "Cuti Bersama Hari Raya Idul Fitri" in page
    assert 'name="decree"' not in page


def test_an_admin_declares_a_day_and_sees_it(app, admin):
    response = app.post(
        "/ppid/kalender/tetapkan",
        data={
            "day": "2026-06-10",
            "kind": "holiday",
            "reason": "Hari Jadi Kabupaten",
            "decree": "Kep. Bupati 1/2026",
        },
        headers=_headers(admin),
        follow_redirects=True,
    )
    assert response.status_code == 200
    assert "Kep. Bupati 1/2026" in response.body
    assert "Hari Jadi Kabupaten" in response.body


def test_a_bad_declaration_is_a_400_in_indonesian_keeping_the_form(app, admin):
    response = app.post(
        "/ppid/kalender/tetapkan",
        data={"day": "2026-06-10", "kind": "holiday", "reason": "Hari Jadi Kabupaten", "decree": ""},
        headers=_headers(admin),
        status=400,
    )
    assert 'value="Hari Jadi Kabupaten"' in response.body
    assert "Sebutkan keputusan" in response.body


def test_others_may_not_declare(app, admin):
    outsider = factories.User()
    app.post(
        "/ppid/kalender/tetapkan",
        data={"day": "2026-06-10", "kind": "holiday", "reason": "x", "decree": "y"},
        headers=_headers(outsider),
        status=403,
    )


def test_a_bad_year_is_a_400(app, admin):
    app.get("/ppid/kalender/?year=abc", status=400)
    app.get("/ppid/kalender/?year=1800", status=400)
