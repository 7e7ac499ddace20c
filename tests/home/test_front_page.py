"""The PPID's own front page and the body's one name and logo on every page."""

from __future__ import annotations

import re

import lxml.html
import pytest
from ckan.tests import helpers
from filing_cast import file_on_web

pytestmark = pytest.mark.usefixtures("with_plugins")

BODY = "Pemerintah Kabupaten Lembah Hijau"


def _item(owner_org: str, title: str, category: str, private: bool = False, **fields) -> dict:
    if category == "berkala":
        fields.setdefault("periodisitas", "tahunan")
    site_user = helpers.call_action("get_site_user", {"ignore_auth": True})["name"]
    item = {
        "type": "informasi-publik",
        "title": title,
        "name": re.sub(r"[^a-z0-9]+", "-", title.lower()),
        "owner_org": owner_org,
        "notes": "Ringkasan informasi",
        "unit_penguasa": "Kepala Dinas",
        "penanggung_jawab": "Sekretaris Dinas",
        "kategori": category,
        "tahun": 2025,
        "private": private,
        **fields,
    }
    return helpers.call_action("package_create", {"user": site_user}, **item)


def _within(tree, css_class: str, tag: str = "*") -> list:
    """The ``tag`` elements inside (or being) an element of class ``css_class``."""
    has = f"contains(concat(' ', normalize-space(@class), ' '), ' {css_class} ')"
    return tree.xpath(f"//*[{has}]/descendant-or-self::{tag}")


def _counts(page: str) -> dict[str, str]:
    tree = lxml.html.fromstring(page)
    return {
        tile.findtext(".//span[@class='ppid-front-label']"): tile.findtext(
            ".//span[@class='ppid-front-count']"
        )
        for tile in _within(tree, "ppid-front-categories", "a")
    }


def test_the_front_page_offers_the_two_services_and_names_the_body_once(app, cast):
    page = app.get("/").body
    tree = lxml.html.fromstring(page)
    assert [" ".join(h1.text_content().split()) for h1 in tree.xpath("//h1")] == [
        f"Pejabat Pengelola Informasi dan Dokumentasi (PPID) {BODY}"
    ]
    assert tree.findtext(".//title").strip().endswith(f"PPID {BODY}")
    assert _within(tree, "ppid-brand-name")[0].text == BODY
    actions = {a.text_content().strip(): a.get("href") for a in _within(tree, "ppid-front-actions", "a")}
    assert actions["Ajukan permohonan informasi"] == "/ppid/permohonan/baru"


def test_the_register_is_counted_by_category_as_the_visitor_may_see_it(app, cast):
    unit = cast.unit["id"]
    _item(unit, "Profil Dinas", "berkala", item_berkala="profil")
    _item(unit, "Laporan keuangan", "berkala", item_berkala="laporan_keuangan")
    _item(unit, "Daftar aset", "setiap_saat", private=True)
    anonymous = _counts(app.get("/").body)
    assert anonymous["Informasi Berkala"] == "2"
    assert anonymous["Informasi Setiap Saat"] == "0"
    staff = _counts(app.get("/", headers=cast.token("unit_admin")).body)
    assert staff["Informasi Setiap Saat"] == "1"


def test_the_latest_periodic_information_and_the_profile_come_from_the_register(app, cast):
    _item(cast.unit["id"], "Laporan Kinerja Dinas 2025", "berkala", item_berkala="kinerja")
    # The body's profile is the PPID Utama's; a unit's own profile is not the body's.
    _item(cast.unit["id"], "Profil Dinas Kesehatan", "berkala", item_berkala="profil")
    _item("ppid-utama", "Profil Pemerintah Kabupaten", "berkala", item_berkala="profil")
    page = app.get("/").body
    tree = lxml.html.fromstring(page)
    latest = [a.text for a in _within(tree, "ppid-front-latest", "a")]
    assert "Laporan Kinerja Dinas 2025" in latest
    profile = _within(tree, "ppid-front-profile")[0].text_content()
    assert "Profil Pemerintah Kabupaten" in profile and "Profil Dinas Kesehatan" not in profile
    # The service itself is free, the law says (UU 14/2008 Ps 21).
    assert "tidak dipungut biaya" in profile


@pytest.mark.ckan_config("ckanext.ppid.contact.phone", "(0261) 555 0100")
@pytest.mark.ckan_config("ckanext.ppid.service_hours", "Senin-Jumat 08.00-15.00 WIB")
def test_the_profile_gives_the_configured_contact(app, cast):
    profile = _within(lxml.html.fromstring(app.get("/").body), "ppid-front-profile")[0].text_content()
    assert "(0261) 555 0100" in profile and "Senin-Jumat 08.00-15.00 WIB" in profile


def test_the_service_figures_count_this_years_requests(app, cast):
    file_on_web(cast)
    figures = _within(lxml.html.fromstring(app.get("/").body), "ppid-front-figures")[0]
    received = figures.findall("div")[0]
    assert received.findtext("dt") == "Permohonan diterima" and received.findtext("dd") == "1"


def test_the_logo_is_served_as_configured_and_runs_nothing(app):
    logo = app.get("/ppid/logo")
    assert logo.status_code == 200
    assert logo.headers["Content-Type"].startswith("image/svg+xml")
    assert "default-src 'none'" in logo.headers["Content-Security-Policy"]
    assert b"<svg" in logo.data


@pytest.mark.ckan_config("ckanext.ppid.body_logo", "")
def test_without_a_logo_the_header_names_the_body_and_the_logo_is_not_found(app):
    assert app.get("/ppid/logo").status_code == 404
    tree = lxml.html.fromstring(app.get("/").body)
    assert not _within(tree, "ppid-brand-logo")
    assert _within(tree, "ppid-brand-name")[0].text == BODY
