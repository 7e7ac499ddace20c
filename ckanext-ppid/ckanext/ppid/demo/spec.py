"""The shapes of the demo content: plain frozen records with no CKAN import."""

from __future__ import annotations

from dataclasses import dataclass, field

# Organization roles in CKAN and what they stand for in a PPID structure (kip-domain §11).
ROLE_PPID = "admin"  # PPID Utama / PPID Pelaksana of the unit
ROLE_STAFF = "editor"  # staff who publish the unit's information
ROLE_MEMBER = "member"  # reads the unit's private datasets (e.g. the head of the unit, the Atasan PPID)
ROLES = (ROLE_PPID, ROLE_STAFF, ROLE_MEMBER)

# Kinds of PPID unit in a Pemda.
KIND_PPID_UTAMA = "ppid_utama"
KIND_OPD = "opd"
KIND_KECAMATAN = "kecamatan"
KINDS = (KIND_PPID_UTAMA, KIND_OPD, KIND_KECAMATAN)

# The scheming field ``frekuensi`` (schemas/dataset.yaml).
FREQUENCIES = ("tahunan", "semesteran", "triwulanan", "bulanan", "tidak_tentu")

# Resource formats the demo uses, with the file extension of their (never downloaded) link.
FORMAT_EXTENSIONS = {"CSV": "csv", "XLSX": "xlsx", "PDF": "pdf", "JSON": "json", "GeoJSON": "geojson"}


@dataclass(frozen=True)
class Unit:
    """A PPID unit of the Pemda, published as a CKAN organization.

    ``code`` is the short form used in logins and e-mail addresses (``dinkes`` → ``ppid-dinkes``).
    """

    name: str
    code: str
    title: str
    kind: str
    description: str


@dataclass(frozen=True)
class Theme:
    """A thematic CKAN group."""

    name: str
    title: str
    description: str


@dataclass(frozen=True)
class Staff:
    """A staff account with one organization role in one unit."""

    name: str
    fullname: str
    unit: str
    role: str
    position: str


@dataclass(frozen=True)
class DatasetSpec:
    """A dataset of one unit; its resources are links, one per format."""

    unit: str
    title: str
    notes: str
    tags: tuple[str, ...]
    themes: tuple[str, ...]
    tahun: int
    frekuensi: str
    formats: tuple[str, ...]
    license_id: str = "cc-by"
    private: bool = False
    draft: bool = False


@dataclass(frozen=True)
class Content:
    """Everything the demo creates, in one value."""

    body: str
    region: str
    domain: str
    intro: str
    units: tuple[Unit, ...]
    themes: tuple[Theme, ...]
    staff: tuple[Staff, ...]
    datasets: tuple[DatasetSpec, ...] = field(default=())

    def unit(self, name: str) -> Unit:
        """The unit called ``name`` (KeyError if the content has none)."""
        for unit in self.units:
            if unit.name == name:
                return unit
        raise KeyError(name)
