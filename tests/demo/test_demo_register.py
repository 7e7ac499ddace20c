"""The demo's information register and role holders, checked as data against the law's core (no database)."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest

from ckanext.ppid.calendar.core.workdays import Calendar
from ckanext.ppid.demo import payloads, register_periodic
from ckanext.ppid.demo.content import default_content, missing_periodic_items
from ckanext.ppid.demo.roles import ROLE_ASSESSOR, ROLE_ATASAN_PPID
from ckanext.ppid.demo.spec import KIND_KECAMATAN, KIND_OPD, KIND_PPID_UTAMA
from ckanext.ppid.law import berkala, categories, exemptions, serta_merta, setiap_saat, sop
from ckanext.ppid.register.core import consequence, expiry, freshness

CONTENT = default_content()
# A fixed day (a Monday) so that dates counted back from it are reproducible.
TODAY = dt.date(2026, 11, 23)
ITEMS = [payloads.register_item_data(CONTENT, item, TODAY) for item in CONTENT.register]
EXEMPTED = [data for data in ITEMS if data["kategori"] == "dikecualikan"]
CKAN_NAME = re.compile(r"^[a-z0-9_\-]{2,100}$")
PERKI_ITEMS = {item.code for item in berkala.BERKALA_ITEMS} - {"berkala_lainnya"}


def codes(entries):
    return {entry.code for entry in entries}


def test_items_use_the_laws_codes():
    allowed = {
        "kategori": codes(categories.CATEGORIES),
        "item_berkala": codes(berkala.BERKALA_ITEMS),
        "periodisitas": codes(berkala.PERIODICITIES),
        "jenis_serta_merta": codes(serta_merta.SERTA_MERTA_KINDS),
        "item_setiap_saat": codes(setiap_saat.SETIAP_SAAT_ITEMS),
        "standar_layanan": codes(sop.STANDARDS),
    }
    for data in ITEMS:
        for field, values in allowed.items():
            assert data.get(field, next(iter(values))) in values, (data["name"], field)


def test_items_carry_the_dip_columns_and_what_their_category_needs():
    required = {"berkala": ("item_berkala", "periodisitas"), "serta_merta": ("jenis_serta_merta",)}
    for data in ITEMS:
        for field in ("title", "notes", "owner_org", "unit_penguasa", "penanggung_jawab", "waktu_pembuatan"):
            assert data[field], (data["name"], field)
        assert data["tempat_pembuatan"] and data["jangka_waktu_penyimpanan"] and data["dasar_hukum"]
        assert set(data["bentuk_tersedia"]) <= {"softcopy", "hardcopy"} and data["bentuk_tersedia"]
        assert all(data.get(field) for field in required.get(data["kategori"], ())), data["name"]
        assert data["type"] == "informasi-publik"
        assert 2000 <= data["tahun"] <= TODAY.year
        assert dt.date.fromisoformat(data["tanggal_pemutakhiran"]) <= TODAY


def test_every_unit_has_a_register_of_realistic_size():
    per_unit = Counter(item.unit for item in CONTENT.register)
    for unit in CONTENT.units:
        low, high = {KIND_PPID_UTAMA: (12, 25), KIND_OPD: (8, 15), KIND_KECAMATAN: (5, 8)}[unit.kind]
        assert low <= per_unit[unit.name] <= high, unit.name
    assert set(Counter(data["kategori"] for data in ITEMS)) == codes(categories.CATEGORIES)
    assert {data["jenis_serta_merta"] for data in ITEMS if "jenis_serta_merta" in data} == codes(
        serta_merta.SERTA_MERTA_KINDS
    )


def test_the_ppid_utama_publishes_all_seven_standards_once():
    standards = [data["standar_layanan"] for data in ITEMS if data.get("standar_layanan")]
    assert sorted(standards) == sorted(codes(sop.STANDARDS))
    assert all(data["owner_org"] == "ppid-utama" for data in ITEMS if data.get("standar_layanan"))
    assert CONTENT.unit("ppid-utama").title not in dict(missing_periodic_items(CONTENT))


def test_some_units_lack_periodic_items_and_the_summary_names_them():
    missing = dict(missing_periodic_items(CONTENT))
    for name, lacking in register_periodic.NOT_YET_PUBLISHED.items():
        assert set(lacking) <= set(missing[CONTENT.unit(name).title])
    for unit in CONTENT.units:
        published = {item.item_berkala for item in CONTENT.register if item.unit == unit.name}
        assert set(missing.get(unit.title, ())) == PERKI_ITEMS - published
    assert sum(unit.kind == KIND_OPD for unit in CONTENT.units if unit.title in missing) == 3


def test_exactly_the_chosen_periodic_items_are_out_of_date():
    stale = {
        (data["owner_org"], data["item_berkala"])
        for data in ITEMS
        if data["kategori"] == "berkala" and freshness.is_out_of_date(data, TODAY)
    }
    assert stale == set(register_periodic.OUT_OF_DATE)
    # Fresh items stay fresh for a while: the demo does not rot within a month.
    later = TODAY + dt.timedelta(days=25)
    assert {
        (data["owner_org"], data["item_berkala"])
        for data in ITEMS
        if data["kategori"] == "berkala" and freshness.is_out_of_date(data, later)
    } == stale


def test_exempted_items_pass_the_consequence_test_rules():
    assert 10 <= len(EXEMPTED) <= 15
    for data in EXEMPTED:
        assert consequence.check_exemption(data) == [], data["name"]
        assert exemptions.ground(data["dasar_pengecualian"]) in exemptions.selectable_grounds()
        assert data["status_pengecualian"] == "berlaku"
        assert data["resources"] and all(".example/" in res["url"] for res in data["resources"])
    assert len({data["dasar_pengecualian"] for data in EXEMPTED}) >= 8


def test_the_expiry_command_has_one_item_to_flag_and_one_to_open():
    statuses = Counter(expiry.exemption_status(data, TODAY, Calendar()).status for data in EXEMPTED)
    assert statuses == {"berlaku": len(EXEMPTED) - 2, "akan_berakhir": 1, "berakhir": 1}


@pytest.mark.parametrize(("years", "period"), [(None, "selama_diperlukan"), (5, "5")])
def test_exemption_fields_count_the_period_from_the_decision(years, period):
    exemption = next(item.exemption for item in CONTENT.register if item.exemption)
    exemption = type(exemption)(**{**exemption.__dict__, "years": years})
    fields = payloads.exemption_fields(CONTENT, exemption, dt.date(2024, 2, 29))
    assert fields["jangka_waktu_pengecualian"] == period
    assert fields["tanggal_penetapan"] == "2024-02-29"
    assert fields["nomor_sk_ppid"].endswith("/2024")
    assert fields["persetujuan_pimpinan"] == "Disetujui Bupati Lembah Hijau pada 29 Februari 2024"
    assert fields.get("tanggal_berakhir") == ("2029-02-28" if years else None)


def test_register_names_are_unique_valid_and_apart_from_the_datasets():
    names = [data["name"] for data in ITEMS]
    datasets = {payloads.slugify(spec.title) for spec in CONTENT.datasets}
    assert len(names) == len(set(names))
    assert all(CKAN_NAME.match(name) for name in names)
    assert not set(names) & datasets


def test_register_documents_are_links_on_the_reserved_domain():
    for data in ITEMS:
        for resource in data["resources"]:
            assert resource["url"].startswith(f"https://ppid.{CONTENT.domain}/dip/{data['owner_org']}/")
            assert "url_type" not in resource


def test_role_holders_have_accounts_and_decrees():
    logins = {staff.name for staff in CONTENT.staff} | {outsider.name for outsider in CONTENT.outsiders}
    assert {holder.role for holder in CONTENT.role_holders} == {ROLE_ATASAN_PPID, ROLE_ASSESSOR}
    for holder in CONTENT.role_holders:
        assert holder.name in logins
        grant = payloads.role_grant_data(holder)
        assert grant == {"user": holder.name, "role": holder.role, "decree": holder.decree}
    assessor = payloads.outsider_data(CONTENT.outsiders[0], "x" * 8)
    assert assessor["email"].endswith(".example")
    assert "Komisi Informasi" in assessor["about"]
