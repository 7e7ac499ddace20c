"""Turn demo records into the data dicts CKAN's create actions take (pure: no CKAN import)."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from ckanext.ppid.demo.spec import (
    FORMAT_EXTENSIONS,
    KIND_PPID_UTAMA,
    Content,
    DatasetSpec,
    Staff,
    Theme,
    Unit,
)

# CKAN's limit for package names (ckan.model.PACKAGE_NAME_MAX_LENGTH).
NAME_MAX_LENGTH = 100

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


def organization_data(unit: Unit) -> dict[str, Any]:
    """``organization_create`` data for a unit."""
    return {"name": unit.name, "title": unit.title, "description": unit.description}


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


def site_settings(content: Content) -> dict[str, str]:
    """Site texts the demo fills in when a sysadmin has not set them (``config_option_update`` keys)."""
    return {"ckan.site_intro_text": content.intro}
