"""Public pages in the default locale (id) read Indonesian; /en/ reads English. Needs the compiled catalog."""

from __future__ import annotations

import re

import pytest
from ckan.tests import factories, helpers
from i18n_support import visible_text

pytestmark = pytest.mark.usefixtures("with_plugins")

# English CKAN phrases that must not be left on an Indonesian page (the fixtures' own content is Indonesian).
ENGLISH = (
    "Log in",
    "Register",
    "Search datasets",
    "Search Datasets",
    "Search organizations",
    "Search groups",
    "Organizations",
    "Groups",
    "Formats",
    "Licenses",
    "Order by",
    "Relevance",
    "Name Ascending",
    "Name Descending",
    "Last Modified",
    "dataset found",
    "datasets found",
    "No datasets found",
    "organization found",
    "Show More",
    "Filter Results",
    "Filter by",
    "Data and Resources",
    "Additional Info",
    "Followers",
    "Explore",
    "More information",
    "Go to resource",
    "Skip to main content",
    "Powered by",
    "Toggle navigation",
    "Home",
    "About",
    "Language",
    "Popular tags",
    "Download",
    "Dataset description",
    "Current resource",
    "There are no views",
    "Welcome",
    "Members",
    "read more",
    "What are Organizations?",
    "What are Groups?",
    "Forgot your password?",
    "Username or Email",
    "Remember me",
    "Password",
    "Social",
    "Activity Stream",
    "Submit",
    "Created",
    "Field",
    "Value",
    "Version",
    "Author",
    "Maintainer",
    "Metadata last updated",
    "This dataset satisfies",
    "Please try another search",
    "You can also access this registry",
)


def english_leftovers(html: str) -> list[str]:
    text = visible_text(html)
    return [phrase for phrase in ENGLISH if re.search(rf"(?<!\w){re.escape(phrase)}(?!\w)", text)]


def make_portal():
    org = factories.Organization(
        name="dinas-kesehatan", title="Dinas Kesehatan", description="Urusan kesehatan"
    )
    group = factories.Group(name="kesehatan", title="Kesehatan", description="Data bidang kesehatan")
    dataset = factories.Dataset(
        name="jumlah-puskesmas",
        title="Jumlah Puskesmas",
        notes="Jumlah puskesmas per kecamatan",
        owner_org=org["id"],
        groups=[{"name": group["name"]}],
        tags=[{"name": "kesehatan"}],
        license_id="cc-by",
        version="1.0",
        author="Dinas Kesehatan",
        maintainer="Bidang Data",
        resources=[{"url": "http://data.test/puskesmas.csv", "format": "CSV", "name": "Puskesmas 2025"}],
    )
    return {"org": org, "group": group, "dataset": dataset, "resource": dataset["resources"][0]}


@pytest.fixture
def portal(clean_db, clean_index):
    return make_portal()


def pages(portal):
    dataset, resource = portal["dataset"]["name"], portal["resource"]["id"]
    org, group = portal["org"]["name"], portal["group"]["name"]
    return {
        "/": ["Masuk", "Cari dataset...", "Tag populer", "Dataset", "Organisasi", "Grup", "Tentang"],
        "/dataset/": [
            "Cari dataset...",
            "Organisasi",
            "Grup",
            "Tag",
            "Format",
            "Lisensi",
            "Urutkan menurut",
            "Relevansi",
            "Nama (A–Z)",
            "Terakhir Diubah",
            "1 dataset ditemukan",
            "Saring berdasarkan: Format",
            "Creative Commons Attribution",
        ],
        "/dataset/?q=tidak-ada-yang-cocok": [
            'Tidak ada dataset yang ditemukan untuk "tidak-ada-yang-cocok"',
            "Tidak ada Format yang cocok dengan pencarian ini",
            "Silakan coba kata kunci lain.",
        ],
        f"/dataset/{dataset}": [
            "Data dan Sumber Daya",
            "Jelajahi",
            "Informasi lebih lanjut",
            "Informasi Tambahan",
            "Kolom",
            "Nilai",
            "Versi",
            "Pembuat",
            "Pengikut",
            "Lisensi",
            "Media Sosial",
            "Beranda",
        ],
        f"/dataset/{dataset}/resource/{resource}": [
            "Sumber daya saat ini: Puskesmas 2025",
            "Buka sumber daya",
            "Deskripsi dataset:",
            "Belum ada tampilan untuk sumber daya ini.",
            "Data terakhir diperbarui",
            "Metadata terakhir diperbarui",
        ],
        f"/dataset/groups/{dataset}": ["Grup", "Lihat Kesehatan"],
        "/organization/": ["Apa itu Organisasi?", "Cari organisasi...", "1 organisasi ditemukan"],
        f"/organization/{org}": ["Pengikut", "Anggota", "1 dataset ditemukan", "selengkapnya"],
        f"/organization/about/{org}": ["Tentang", "Urusan kesehatan"],
        "/group/": ["Apa itu Grup?", "Cari grup...", "1 grup ditemukan"],
        f"/group/{group}": ["Pengikut", "1 dataset ditemukan"],
        "/about": ["Tentang", "CKAN adalah platform portal data sumber terbuka terkemuka di dunia."],
        "/user/login": ["Nama Pengguna atau Email", "Kata Sandi", "Ingat saya", "Lupa kata sandi?"],
    }


def test_public_pages_read_indonesian(app, portal):
    failures = {}
    for url, expected in pages(portal).items():
        response = app.get(url)
        text = visible_text(response.body)
        missing = [phrase for phrase in expected if phrase not in text]
        english = english_leftovers(response.body)
        if missing or english:
            failures[url] = {"missing Indonesian": missing, "English left": english}
    assert failures == {}


def test_english_is_offered_under_en(app, portal):
    text = visible_text(app.get("/en/dataset/").body)
    for phrase in ("Log in", "Search datasets...", "Organizations", "Formats", "Licenses", "1 dataset found"):
        assert phrase in text
    for phrase in ("Masuk", "Cari dataset...", "Urutkan menurut", "dataset ditemukan"):
        assert phrase not in text


@pytest.mark.ckan_config("ckan.auth.create_user_via_web", "false")
def test_error_pages_read_indonesian(app, portal):
    response = app.get("/dataset/tidak-ada", status=404)
    assert "Kesalahan 404" in response.body
    assert "Dataset tidak ditemukan" in visible_text(response.body)
    assert english_leftovers(response.body) == []
    response = app.get("/user/register", status=403)  # a portal that does not let visitors sign up
    text = visible_text(response.body)
    assert "Kesalahan 403" in response.body and "Tidak berwenang mendaftar sebagai pengguna." in text
    assert "Anda mungkin perlu masuk untuk mengakses halaman ini." in text
    assert "Klik di sini untuk masuk" in text


def test_http_error_names_read_indonesian(app, portal):
    text = visible_text(app.get("/halaman-yang-tidak-ada", status=404).body)
    assert "404 Tidak Ditemukan" in text and "Not Found" not in text


@pytest.mark.ckan_config("ckan.plugins", "ppid ppid_search scheming_datasets activity")
def test_activity_stream_reads_indonesian(app, clean_db, clean_index, migrate_db_for):
    migrate_db_for("activity")  # the activity table's columns come from the plugin's migrations
    portal = make_portal()
    # Activities of the site user (the factories' default) are hidden; a staff member's are shown.
    staff = factories.User(name="petugas-ppid")
    helpers.call_action(
        "organization_member_create", id=portal["org"]["id"], username=staff["name"], role="editor"
    )
    dataset = factories.Dataset(
        name="anggaran-2026", title="Anggaran 2026", owner_org=portal["org"]["id"], user=staff
    )
    page = app.get(f"/dataset/{dataset['name']}")
    assert "Riwayat Aktivitas" in visible_text(page.body)
    page = app.get(f"/dataset/activity/{dataset['name']}")
    text = visible_text(page.body)
    assert "Riwayat Aktivitas" in text and "membuat dataset" in text
    assert english_leftovers(page.body) == []
