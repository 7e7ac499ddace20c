"""The demo content and its payloads, checked as data (no database)."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from ckan.model.license import DefaultLicense

from ckanext.ppid.demo import payloads
from ckanext.ppid.demo.content import default_content
from ckanext.ppid.demo.report import KINDS, Report
from ckanext.ppid.demo.spec import (
    FORMAT_EXTENSIONS,
    FREQUENCIES,
    KIND_KECAMATAN,
    KIND_OPD,
    KIND_PPID_UTAMA,
    ROLE_PPID,
    ROLE_STAFF,
    ROLES,
)
from ckanext.ppid.demo.spec import (
    KINDS as UNIT_KINDS,
)

CONTENT = default_content()
# CKAN's name and tag rules (ckan.logic.validators name_validator / tag_name_validator).
CKAN_NAME = re.compile(r"^[a-z0-9_\-]{2,100}$")
CKAN_TAG = re.compile(r"^[\w \-.]{2,100}$")
LICENSES = {license.id for license in DefaultLicense.__subclasses__()}


def test_the_pemda_has_a_ppid_utama_opds_and_kecamatan():
    kinds = Counter(unit.kind for unit in CONTENT.units)
    assert kinds[KIND_PPID_UTAMA] == 1
    assert kinds[KIND_OPD] >= 8
    assert kinds[KIND_KECAMATAN] == 3
    assert {unit.kind for unit in CONTENT.units} <= set(UNIT_KINDS)
    assert all(len(unit.description) > 60 for unit in CONTENT.units)


def test_names_are_unique_and_valid_ckan_names():
    names = [unit.name for unit in CONTENT.units] + [theme.name for theme in CONTENT.themes]
    names += [payloads.slugify(spec.title) for spec in CONTENT.datasets]
    assert len(names) == len(set(names))
    assert all(CKAN_NAME.match(name) for name in names), [n for n in names if not CKAN_NAME.match(n)]
    logins = [staff.name for staff in CONTENT.staff]
    assert len(logins) == len(set(logins))
    assert all(CKAN_NAME.match(login) for login in logins)


def test_units_carry_the_ppid_unit_fields():
    fields = [payloads.unit_fields(CONTENT, unit) for unit in CONTENT.units]
    codes = [unit["kode_unit"] for unit in fields]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"\d\.\d{2}\.\d\.\d{2}\.\d\.\d{2}\.\d{2}", code) for code in codes)
    for unit, data in zip(CONTENT.units, fields, strict=True):
        assert data["jenis_unit"] == unit.kind
        assert data.get("unit_induk") == (None if unit.kind == KIND_PPID_UTAMA else "ppid-utama")
        assert data["zona_waktu"] == "Asia/Jakarta"
        assert data["kontak_email"] == f"ppid-{unit.code}@{CONTENT.domain}"
        assert data["kontak_telepon"] and data["alamat"].endswith(CONTENT.region)
        assert data["pejabat_ppid"].startswith(unit.ppid_office + " (")
    dinkes = payloads.organization_data(CONTENT, CONTENT.unit("dinkes"))
    assert dinkes["pejabat_ppid"] == "Sekretaris Dinas Kesehatan (dr. Ratna Kusumawati)"
    assert dinkes["description"].startswith("Dinas Kesehatan Kabupaten")


def test_only_missing_unit_fields_are_filled_in():
    unit = CONTENT.unit("bpkad")
    assert payloads.missing_unit_fields(CONTENT, unit, {}) == payloads.unit_fields(CONTENT, unit)
    edited = {**payloads.unit_fields(CONTENT, unit), "pejabat_ppid": "Diubah admin", "kode_unit": ""}
    assert payloads.missing_unit_fields(CONTENT, unit, edited) == {"kode_unit": unit.unit_code}


def test_every_unit_has_one_ppid_and_staff():
    for unit in CONTENT.units:
        roles = Counter(staff.role for staff in CONTENT.staff if staff.unit == unit.name)
        assert roles[ROLE_PPID] == 1, unit.name
        assert roles[ROLE_STAFF] >= 1, unit.name
    assert {staff.role for staff in CONTENT.staff} == set(ROLES)


def test_datasets_are_spread_over_the_units_and_themes():
    assert 60 <= len(CONTENT.datasets) <= 80
    units = {unit.name for unit in CONTENT.units}
    per_unit = Counter(spec.unit for spec in CONTENT.datasets)
    assert set(per_unit) == units
    themes = {theme.name for theme in CONTENT.themes}
    used = {theme for spec in CONTENT.datasets for theme in spec.themes}
    assert used == themes


def test_datasets_use_the_schema_and_catalog_values():
    for spec in CONTENT.datasets:
        assert spec.frekuensi in FREQUENCIES, spec.title
        assert 2000 <= spec.tahun <= 2030, spec.title
        assert spec.license_id in LICENSES, spec.title
        assert spec.formats and set(spec.formats) <= set(FORMAT_EXTENSIONS), spec.title
        assert all(CKAN_TAG.match(tag) for tag in spec.tags), spec.title


def test_facets_will_have_variety():
    formats = {fmt for spec in CONTENT.datasets for fmt in spec.formats}
    assert {"CSV", "XLSX", "PDF", "JSON"} <= formats
    assert len({spec.license_id for spec in CONTENT.datasets}) >= 4
    assert len({tag for spec in CONTENT.datasets for tag in spec.tags}) >= 40


def test_a_few_private_datasets_and_one_draft():
    assert 2 <= sum(spec.private for spec in CONTENT.datasets) <= 6
    assert sum(spec.draft for spec in CONTENT.datasets) == 1


def test_dataset_payload_carries_schema_fields_and_link_resources():
    spec = next(spec for spec in CONTENT.datasets if spec.title == "Jumlah Penduduk per Kecamatan 2025")
    data = payloads.dataset_data(CONTENT, spec)
    assert data["name"] == "jumlah-penduduk-per-kecamatan-2025"
    assert data["owner_org"] == "disdukcapil"
    assert (data["tahun"], data["frekuensi"]) == (2025, "semesteran")
    assert [resource["format"] for resource in data["resources"]] == ["CSV", "XLSX", "JSON"]
    for resource in data["resources"]:
        assert resource["url"].startswith(f"https://ppid.{CONTENT.domain}/")
        assert "url_type" not in resource
    assert "state" not in data


def test_draft_payload_asks_for_the_draft_state():
    spec = next(spec for spec in CONTENT.datasets if spec.draft)
    assert payloads.dataset_data(CONTENT, spec)["state"] == "draft"


def test_addresses_stay_on_the_reserved_domain():
    assert CONTENT.domain.endswith(".example")
    for staff in CONTENT.staff:
        assert payloads.user_data(CONTENT, staff, "x" * 8)["email"].endswith("@" + CONTENT.domain)


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        ("Rencana Tata Ruang Wilayah 2024–2044", "rencana-tata-ruang-wilayah-2024-2044"),
        ("Peserta Didik Tahun Ajaran 2025/2026", "peserta-didik-tahun-ajaran-2025-2026"),
        ("Laporan Keuangan 2025 (Audited)", "laporan-keuangan-2025-audited"),
        ("  Ruang  Terbuka Hijau — Publik ", "ruang-terbuka-hijau-publik"),
    ],
)
def test_slugify(title, slug):
    assert payloads.slugify(title) == slug


def test_slugify_keeps_within_ckan_limit_without_trailing_hyphen():
    slug = payloads.slugify("kata " * 40, max_length=100)
    assert len(slug) <= 100
    assert not slug.endswith("-")


def test_report_counts_and_summary():
    report = Report()
    report.count("datasets", created=True)
    report.count("datasets", created=False)
    report.count("organizations", created=False, updated=True)
    report.logins.append(("ppid-dinkes", "admin", "Dinas Kesehatan"))
    report.missing_periodic.append(("Dinas Sosial", ("regulasi",)))
    assert report.totals()["datasets"] == 2
    assert (report.created["organizations"], report.updated["organizations"]) == (0, 1)
    text = "\n".join(report.lines("rahasia-123"))
    assert "rahasia-123" in text
    assert "ppid-dinkes" in text
    assert "  Dinas Sosial: regulasi" in text
    assert re.search(r"^organizations\s+0\s+1\s+0$", text, re.MULTILINE)
    assert all(kind in text for kind in KINDS)
