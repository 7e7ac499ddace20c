"""Applicants' names and e-mail hashes stay private: only sysadmins and unit admins see other accounts."""

from __future__ import annotations

import pytest
from ckan.tests import factories

pytestmark = pytest.mark.usefixtures("with_plugins", "clean_db")


class People:
    def __init__(self) -> None:
        self.applicant = factories.User(fullname="Siti Rahmawati", email="siti@warga.example")
        self.other_applicant = factories.User(fullname="Budi Santoso")
        self.unit_admin = factories.User(fullname="Admin Dinas Kesehatan")
        self.unit_editor = factories.User(fullname="Petugas Dinas Kesehatan")
        factories.Organization(
            users=[
                {"name": self.unit_admin["name"], "capacity": "admin"},
                {"name": self.unit_editor["name"], "capacity": "editor"},
            ]
        )
        self.sysadmin = factories.Sysadmin()

    def headers(self, who: str) -> dict[str, str]:
        if who == "anonymous":
            return {}
        return {"Authorization": factories.APIToken(user=getattr(self, who)["name"])["token"]}


@pytest.fixture
def people():
    return People()


@pytest.mark.parametrize("who", ["anonymous", "other_applicant", "unit_editor"])
def test_visitors_and_applicants_see_no_one_else(app, people, who):
    headers = people.headers(who)
    applicant = people.applicant["name"]
    assert app.get("/user/", headers=headers, status=403)
    assert "Siti Rahmawati" not in app.get(f"/user/{applicant}", headers=headers, status=403).body
    for call in (
        ("user_list", {}),
        ("user_show", {"id": applicant}),
        ("user_autocomplete", {"q": "sit"}),
    ):
        answer = app.get(f"/api/3/action/{call[0]}", params=call[1], headers=headers, status=403)
        assert "Siti" not in answer.body and "email_hash" not in answer.body
    assert app.get("/api/2/util/user/autocomplete", params={"q": "sit"}, headers=headers, status=403)


def test_applicants_still_read_their_own_account(app, people):
    headers = people.headers("applicant")
    own = app.get("/api/3/action/user_show", params={"id": people.applicant["name"]}, headers=headers)
    assert own.json["result"]["fullname"] == "Siti Rahmawati"
    assert "Siti Rahmawati" in app.get(f"/user/{people.applicant['name']}", headers=headers).body


@pytest.mark.parametrize("who", ["unit_admin", "sysadmin"])
def test_unit_admins_find_people_to_add_and_sysadmins_see_everyone(app, people, who):
    headers = people.headers(who)
    found = app.get("/api/2/util/user/autocomplete", params={"q": "siti"}, headers=headers).json
    assert [person["fullname"] for person in found] == ["Siti Rahmawati"]
    shown = app.get("/api/3/action/user_show", params={"id": people.applicant["name"]}, headers=headers)
    assert shown.json["result"]["fullname"] == "Siti Rahmawati"
    assert "Siti Rahmawati" in app.get("/user/", headers=headers).body
