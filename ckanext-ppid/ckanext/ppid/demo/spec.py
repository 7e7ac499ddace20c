"""The shapes of the demo content: plain frozen records with no CKAN import."""

from __future__ import annotations

from dataclasses import dataclass, field

# Organization roles in CKAN and what they stand for in a PPID structure (docs/law.md, The PPID structure).
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

    ``code`` is the short form used in logins and e-mail addresses (``dinkes`` → ``ppid-dinkes``);
    ``unit_code`` the unit's code in the regional planning system (SIPD-like, unique); ``ppid_office`` the
    position whose holder serves as the unit's PPID; ``town`` where its documents are made.
    """

    name: str
    code: str
    title: str
    kind: str
    description: str
    unit_code: str
    ppid_office: str
    phone: str
    address: str
    town: str


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
class Outsider:
    """An account of someone outside the Pemda's units (no organization role), e.g. a KI assessor."""

    name: str
    fullname: str
    position: str
    domain: str


@dataclass(frozen=True)
class RoleHolder:
    """A role ckanext-ppid adds (``atasan_ppid``, ``penilai_komisi_informasi``), held by decree."""

    name: str
    role: str
    decree: str


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
class Exemption:
    """The consequence-test record of an exempted item (UU 14/2008 Ps 17, 19; PP 61/2010 Ps 3-4).

    The PPID decided on the day the item was last updated (``RegisterItem.age_days`` before the demo is
    loaded, so that the expiry command always has work); a period of ``years`` ends that many years after
    the decision, ``None`` means "as long as needed" (PP 61/2010 Ps 7-8). ``decree`` is the number of the
    PPID's decision without its year.
    """

    ground: str
    statute: str
    consequence: str
    public_interest: str
    decree: str
    years: int | None = None


@dataclass(frozen=True)
class RegisterItem:
    """An item of a unit's information register (a dataset of type ``informasi-publik``).

    Codes are the register schema's (``kategori``, ``item_berkala``, ...); ``holder`` is the office that
    holds the information (the unit's secretariat when empty); the item was last updated ``age_days``
    before the demo is loaded.
    """

    unit: str
    title: str
    notes: str
    kategori: str
    tahun: int
    age_days: int
    item_berkala: str = ""
    periodisitas: str = ""
    jenis_serta_merta: str = ""
    item_setiap_saat: str = ""
    standar_layanan: str = ""
    holder: str = ""
    legal_basis: str = ""
    forms: tuple[str, ...] = ("softcopy", "hardcopy")
    retention: str = "5 tahun (JRA)"
    formats: tuple[str, ...] = ("PDF",)
    exemption: Exemption | None = None


@dataclass(frozen=True)
class Content:
    """Everything the demo creates, in one value.

    ``head`` is the head of the body, who approves exemptions (PP 61/2010 Ps 3); ``time_zone`` the IANA
    zone of its units.
    """

    body: str
    region: str
    domain: str
    intro: str
    head: str
    time_zone: str
    units: tuple[Unit, ...]
    themes: tuple[Theme, ...]
    staff: tuple[Staff, ...]
    datasets: tuple[DatasetSpec, ...] = field(default=())
    register: tuple[RegisterItem, ...] = field(default=())
    outsiders: tuple[Outsider, ...] = field(default=())
    role_holders: tuple[RoleHolder, ...] = field(default=())

    def unit(self, name: str) -> Unit:
        """The unit called ``name`` (KeyError if the content has none)."""
        for unit in self.units:
            if unit.name == name:
                return unit
        raise KeyError(name)
