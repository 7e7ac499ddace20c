"""What a user is to an object, found from CKAN's member table and the roles ckanext-ppid adds."""

from __future__ import annotations

import pytest
from ckan.tests import factories, helpers

from ckanext.ppid.authorization.answers import may
from ckanext.ppid.authorization.personas import personas
from ckanext.ppid.authorization.table import Persona

P = Persona
pytestmark = pytest.mark.usefixtures("with_plugins", "clean_db", "clean_index")


@pytest.fixture
def units():
    names = (
        "utama-admin",
        "utama-petugas",
        "atasan",
        "camat-admin",
        "lurah-petugas",
        "lurah-kepala",
        "warga",
    )
    for name in names:
        factories.User(name=name)
    utama = factories.Organization(
        name="ppid-utama",
        jenis_unit="ppid_utama",
        users=[
            {"name": "utama-admin", "capacity": "admin"},
            {"name": "utama-petugas", "capacity": "editor"},
            {"name": "atasan", "capacity": "member"},
        ],
    )
    kecamatan = factories.Organization(
        name="kec-sukamaju",
        jenis_unit="kecamatan",
        unit_induk="ppid-utama",
        users=[{"name": "camat-admin", "capacity": "admin"}],
    )
    kelurahan = factories.Organization(
        name="kel-sukamaju",
        jenis_unit="kelurahan",
        unit_induk="kec-sukamaju",
        users=[
            {"name": "lurah-petugas", "capacity": "editor"},
            {"name": "lurah-kepala", "capacity": "member"},
        ],
    )
    helpers.call_action(
        "ppid_role_grant", {"user": factories.Sysadmin()["name"]}, user="atasan", role="atasan_ppid"
    )
    return {"utama": utama["id"], "kecamatan": kecamatan["id"], "kelurahan": kelurahan["id"]}


def test_an_anonymous_visitor_is_anonymous_only(units):
    assert personas(None, {units["kelurahan"]}) == {P.ANONYMOUS}
    assert personas("", None) == {P.ANONYMOUS}


def test_the_admin_of_a_unit_above_acts_on_the_unit_below(units):
    assert personas("camat-admin", {units["kelurahan"]}) == {P.CITIZEN, P.UNIT_ADMIN}
    assert may("register.withheld_files", "camat-admin", {units["kelurahan"]})


def test_staff_of_a_unit_below_are_another_units_staff_above_it(units):
    assert personas("lurah-petugas", {units["kecamatan"]}) == {P.CITIZEN, P.OTHER_UNIT_STAFF}
    assert not may("register.withheld_files", "lurah-petugas", {units["kecamatan"]})


def test_plain_members_count_only_in_their_own_unit(units):
    assert personas("lurah-kepala", {units["kelurahan"]}) == {P.CITIZEN, P.UNIT_MEMBER}
    assert personas("lurah-kepala", {units["kecamatan"]}) == {P.CITIZEN}
    assert not may("register.withheld_files", "lurah-kepala", {units["kelurahan"]})


def test_the_ppid_utama_staff_are_utama_staff_on_every_unit(units):
    assert P.UTAMA_ADMIN in personas("utama-admin", {units["kelurahan"]})
    assert P.UTAMA_EDITOR in personas("utama-petugas", set())
    assert may("register.withheld_files", "utama-petugas", {units["kelurahan"]})


def test_the_atasan_seated_as_a_member_of_the_ppid_utama_reads_no_withheld_file(units):
    found = personas("atasan", {units["kelurahan"]})
    assert found == {P.CITIZEN, P.ATASAN}
    assert not may("register.withheld_files", "atasan", {units["kelurahan"]})
    assert P.UNIT_MEMBER in personas("atasan", {units["utama"]})
    assert not may("register.withheld_files", "atasan", {units["utama"]})


def test_an_object_of_no_unit_has_no_unit_staff(units):
    assert personas("camat-admin", set()) == {P.CITIZEN, P.OTHER_UNIT_STAFF}
    assert not may("register.withheld_files", "camat-admin", set())


def test_on_no_object_a_units_staff_are_its_staff(units):
    assert personas("lurah-petugas", None) == {P.CITIZEN, P.UNIT_EDITOR}
    assert may("request.record", "lurah-petugas")
    assert not may("request.record", "warga")


def test_a_deleted_account_is_nobody(units):
    helpers.call_action("user_delete", {"ignore_auth": True}, id="camat-admin")
    assert personas("camat-admin", {units["kelurahan"]}) == {P.ANONYMOUS}
