"""Turn demo records into the data dicts CKAN's actions take (pure: no CKAN import)."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from ckanext.ppid.demo.spec import (
    FORMAT_EXTENSIONS,
    KIND_KECAMATAN,
    KIND_PPID_UTAMA,
    ROLE_PPID,
    Content,
    DatasetSpec,
    Exemption,
    Outsider,
    RegisterItem,
    RoleHolder,
    Staff,
    Theme,
    Unit,
)
from ckanext.ppid.documents import dates
from ckanext.ppid.register.core.consequence import add_years

# CKAN's limit for package names (ckan.model.PACKAGE_NAME_MAX_LENGTH).
NAME_MAX_LENGTH = 100
# The scheming dataset type of register items (schemas/informasi_publik.yaml).
REGISTER_TYPE = "informasi-publik"
# The exemption period of grounds that have no fixed one (PP 61/2010 Ps 7-8).
AS_LONG_AS_NEEDED = "selama_diperlukan"
# The legal basis of an item that names no more specific one.
CATEGORY_BASIS = {
    "berkala": "UU 14/2008 Pasal 9; Perki 1/2021",
    "serta_merta": "UU 14/2008 Pasal 10",
    "setiap_saat": "UU 14/2008 Pasal 11",
    "dikecualikan": "UU 14/2008 Pasal 17",
}

# How each resource format is named and described on the dataset page.
RESOURCE_TEXTS = {
    "CSV": ("Tabel data", "Tabel siap olah, dipisahkan koma; baris pertama berisi nama kolom."),
    "XLSX": ("Lembar kerja", "Lembar kerja Excel berisi tabel beserta catatan sumber dan metodologi."),
    "PDF": ("Dokumen", "Dokumen untuk dibaca dan dicetak, sesuai naskah yang ditandatangani."),
    "JSON": ("Data API", "Data yang sama dalam format JSON, untuk dipakai aplikasi."),
    "GeoJSON": ("Peta", "Lokasi dalam format GeoJSON (koordinat WGS 84), untuk aplikasi peta."),
}


def slugify(text: str, max_length: int = NAME_MAX_LENGTH) -> str:
    """A CKAN name from a title: ASCII lowercase words joined by hyphens (``2024–2044`` → ``2024-2044``)."""
    # Accents go (é → e); any other character that is not an ASCII letter or digit separates words.
    letters = "".join(char for char in unicodedata.normalize("NFKD", text) if not unicodedata.combining(char))
    slug = re.sub(r"[^a-z0-9]+", "-", letters.lower()).strip("-")
    return slug[:max_length].rstrip("-")


def portal_url(content: Content, path: str) -> str:
    """An address on the fictional body's own PPID portal (never fetched: the domain is reserved)."""
    return f"https://ppid.{content.domain}/{path.lstrip('/')}"


def email(content: Content, local_part: str) -> str:
    """An e-mail address on the fictional body's domain."""
    return f"{local_part}@{content.domain}"


def unit_website(content: Content, unit: Unit) -> str:
    """The unit's own website, a sub-domain of the body's as Pemda units usually have."""
    return f"https://{unit.code}.{content.domain}/"


def unit_fields(content: Content, unit: Unit) -> dict[str, str]:
    """The PPID unit fields of the organization schema (schemas/organization.yaml) for ``unit``."""
    ppid = next(
        (staff for staff in content.staff if staff.unit == unit.name and staff.role == ROLE_PPID), None
    )
    fields = {
        "kode_unit": unit.unit_code,
        "jenis_unit": unit.kind,
        "pejabat_ppid": f"{unit.ppid_office} ({ppid.fullname})" if ppid else unit.ppid_office,
        "kontak_email": email(content, f"ppid-{unit.code}"),
        "kontak_telepon": unit.phone,
        "alamat": f"{unit.address}, {content.region}",
        "zona_waktu": content.time_zone,
    }
    if unit.kind != KIND_PPID_UTAMA:
        # Every PPID Pelaksana belongs to the PPID Utama (Permendagri 3/2017).
        fields["unit_induk"] = next(u.name for u in content.units if u.kind == KIND_PPID_UTAMA)
    return fields


def organization_data(content: Content, unit: Unit) -> dict[str, Any]:
    """``organization_create`` data for a unit."""
    return {
        "name": unit.name,
        "title": unit.title,
        "description": unit.description,
        **unit_fields(content, unit),
    }


def missing_unit_fields(content: Content, unit: Unit, existing: Mapping[str, Any]) -> dict[str, str]:
    """The unit fields an existing organization has no value for (an organization made by an older demo).

    Fields with any value are left alone: an administrator may have changed them.
    """
    return {key: value for key, value in unit_fields(content, unit).items() if not existing.get(key)}


def group_data(theme: Theme) -> dict[str, Any]:
    """``group_create`` data for a theme."""
    return {"name": theme.name, "title": theme.title, "description": theme.description}


def user_data(content: Content, staff: Staff, password: str) -> dict[str, Any]:
    """``user_create`` data for a staff account."""
    unit = content.unit(staff.unit)
    return {
        "name": staff.name,
        "fullname": staff.fullname,
        "email": email(content, staff.name),
        "password": password,
        "about": f"{staff.position}, {unit.title}.",
    }


def outsider_data(outsider: Outsider, password: str) -> dict[str, Any]:
    """``user_create`` data for an account outside the Pemda's units."""
    return {
        "name": outsider.name,
        "fullname": outsider.fullname,
        "email": f"{outsider.name}@{outsider.domain}",
        "password": password,
        "about": f"{outsider.position}.",
    }


def role_grant_data(holder: RoleHolder) -> dict[str, Any]:
    """``ppid_role_grant`` data for a role holder."""
    return {"user": holder.name, "role": holder.role, "decree": holder.decree}


def resource_data(content: Content, spec: DatasetSpec, fmt: str) -> dict[str, Any]:
    """A link resource of ``spec`` in format ``fmt`` (no upload, nothing downloaded)."""
    slug = slugify(spec.title)
    extension = FORMAT_EXTENSIONS[fmt]
    folder = "api/data" if fmt == "JSON" else f"dokumen/{spec.unit}"
    return {
        "name": RESOURCE_TEXTS[fmt][0],
        "url": portal_url(content, f"{folder}/{slug}.{extension}"),
        "format": fmt,
        "description": RESOURCE_TEXTS[fmt][1],
    }


def dataset_data(content: Content, spec: DatasetSpec) -> dict[str, Any]:
    """``package_create`` data for ``spec``, with its tags, themes, scheming fields and resources."""
    unit = content.unit(spec.unit)
    maintainer = unit.title if unit.kind == KIND_PPID_UTAMA else f"PPID Pelaksana {unit.title}"
    data: dict[str, Any] = {
        "name": slugify(spec.title),
        "title": spec.title,
        "notes": spec.notes,
        "owner_org": unit.name,
        "private": spec.private,
        "license_id": spec.license_id,
        "tahun": spec.tahun,
        "frekuensi": spec.frekuensi,
        "url": unit_website(content, unit),
        "version": "1.0",
        "author": unit.title if unit.kind == KIND_PPID_UTAMA else f"{unit.title} {content.region}",
        "author_email": email(content, unit.code),
        "maintainer": maintainer,
        "maintainer_email": email(content, f"ppid-{unit.code}"),
        "tags": [{"name": tag} for tag in spec.tags],
        "groups": [{"name": theme} for theme in spec.themes],
        "resources": [resource_data(content, spec, fmt) for fmt in spec.formats],
    }
    if spec.draft:
        data["state"] = "draft"
    return data


def long_date(day: dt.date) -> str:
    """A date as Indonesian documents write it: ``7 Maret 2026``."""
    return dates.format_date(day)


def responsible(unit: Unit) -> str:
    """Who answers for producing a unit's information: the head of the unit (DIP column 4)."""
    if unit.kind == KIND_PPID_UTAMA:
        return unit.ppid_office
    if unit.kind == KIND_KECAMATAN:
        return f"Camat {unit.title.removeprefix('Kecamatan ')}"
    return f"Kepala {unit.title}"


def register_resource_data(content: Content, item: RegisterItem, fmt: str) -> dict[str, Any]:
    """A link to one of the item's documents on the body's portal (exempted ones too: the portal
    withholds them)."""
    return {
        "name": RESOURCE_TEXTS[fmt][0],
        "url": portal_url(content, f"dip/{item.unit}/{slugify(item.title)}.{FORMAT_EXTENSIONS[fmt]}"),
        "format": fmt,
        "description": RESOURCE_TEXTS[fmt][1],
    }


def exemption_fields(content: Content, exemption: Exemption, decided: dt.date) -> dict[str, str]:
    """The consequence-test record of an exempted item decided on ``decided``, in force."""
    fields = {
        "dasar_pengecualian": exemption.ground,
        "dasar_undang_undang": exemption.statute,
        "konsekuensi": exemption.consequence,
        "pertimbangan_kepentingan_publik": exemption.public_interest,
        "jangka_waktu_pengecualian": str(exemption.years) if exemption.years else AS_LONG_AS_NEEDED,
        "nomor_sk_ppid": f"{exemption.decree}/{decided.year}",
        "tanggal_penetapan": decided.isoformat(),
        "persetujuan_pimpinan": f"Disetujui {content.head} pada {long_date(decided)}",
        "status_pengecualian": "berlaku",
        # None of the demo's exemptions is listed in Ps 18(1) or concerns a person's public office.
        "pasal_18_dikecualikan_terlarang": "false",
    }
    if exemption.ground.startswith(("17.g", "17.h")):
        fields["jabatan_publik"] = "false"
    if exemption.years:
        fields["tanggal_berakhir"] = add_years(decided, exemption.years).isoformat()
    return fields


def register_item_data(content: Content, item: RegisterItem, today: dt.date) -> dict[str, Any]:
    """``package_create`` data for a register item, its dates counted back from ``today``."""
    unit = content.unit(item.unit)
    updated = today - dt.timedelta(days=item.age_days)
    data: dict[str, Any] = {
        "type": REGISTER_TYPE,
        "name": slugify(item.title),
        "title": item.title,
        "notes": item.notes,
        "owner_org": unit.name,
        "kategori": item.kategori,
        "tahun": item.tahun,
        "unit_penguasa": item.holder or f"Sekretariat {unit.title}",
        "penanggung_jawab": responsible(unit),
        "waktu_pembuatan": f"{dates.MONTHS['id'][updated.month - 1]} {updated.year}",
        "tempat_pembuatan": unit.town,
        "bentuk_tersedia": list(item.forms),
        "jangka_waktu_penyimpanan": item.retention,
        "dasar_hukum": item.legal_basis or CATEGORY_BASIS[item.kategori],
        "tanggal_pemutakhiran": updated.isoformat(),
        "resources": [register_resource_data(content, item, fmt) for fmt in item.formats],
    }
    codes = {
        "item_berkala": item.item_berkala,
        "periodisitas": item.periodisitas,
        "jenis_serta_merta": item.jenis_serta_merta,
        "item_setiap_saat": item.item_setiap_saat,
        "standar_layanan": item.standar_layanan,
    }
    data.update({key: value for key, value in codes.items() if value})
    if item.exemption is not None:
        data.update(exemption_fields(content, item.exemption, updated))
    return data


def site_settings(content: Content) -> dict[str, str]:
    """Site texts the demo fills in when a sysadmin has not set them (``config_option_update`` keys)."""
    return {"ckan.site_intro_text": content.intro}
