"""Information requests (permohonan informasi) as data: who may ask, how, and how the body may answer.

UU 14/2008 Ps 21-22 (docs/law.md, Requests). The written notice (pemberitahuan tertulis) must say what
Ps 22(7) a-g lists; which of those items an answer needs depends on its outcome (``Outcome.notice_items``).
"""

from __future__ import annotations

from dataclasses import dataclass

from ckanext.ppid.law.basis import PRACTICE
from ckanext.ppid.law.confidence import Confidence
from ckanext.ppid.law.markers import N_
from ckanext.ppid.law.units import Role

# The requester is an actor of the procedure, not a role of the PPID structure (law/units.py ROLES).
APPLICANT = Role("pemohon", N_("Applicant"), "UU 14/2008 Ps 1 angka 12", "C")


@dataclass(frozen=True)
class Choice:
    """One value of an enumeration of the request form or the written notice."""

    code: str
    label: str
    legal_basis: str
    confidence: Confidence


APPLICANT_TYPES = (
    Choice("perorangan", N_("Individual"), "UU 14/2008 Ps 1 angka 12", "C"),
    Choice("kelompok_orang", N_("Group of people"), "UU 14/2008 Ps 1 angka 10, 12", "C"),
    Choice("badan_hukum", N_("Legal entity"), "UU 14/2008 Ps 1 angka 10, 12", "C"),
)

CHANNELS = (
    Choice("langsung", N_("In person at the service desk"), "UU 14/2008 Ps 22(5)", "C"),
    Choice(
        "lisan", N_("Oral, including by telephone (recorded by the officer)"), "UU 14/2008 Ps 22(1), (3)", "C"
    ),
    Choice("surat", N_("Letter by post or courier"), "UU 14/2008 Ps 22(6)", "C"),
    Choice("email", N_("E-mail"), "UU 14/2008 Ps 22(5)", "C"),
    Choice("web", N_("PPID website form"), "Permen P2MI 14/2025 Ps 21; Permendesa PDT 12/2025 Ps 31", "C2"),
    Choice("aplikasi", N_("PPID application"), "Permen P2MI 14/2025 Ps 21", "C2"),
    Choice("faks", N_("Facsimile"), "older request forms", "S"),
    Choice("sp4n_lapor", N_("Referred from SP4N-LAPOR!"), "Pemda practice", "S"),
)

WAYS_TO_OBTAIN = (
    Choice(
        "melihat_membaca_mendengarkan_mencatat",
        N_("See, read, listen to and take notes on site"),
        "UU 14/2008 Ps 4(2); Perki 1/2021 Ps 23(1)",
        "C",
    ),
    Choice("salinan_softcopy", N_("Electronic copy (softcopy)"), "UU 14/2008 Ps 4(2)(c); Perki form", "C2"),
    Choice("salinan_hardcopy", N_("Printed copy (hardcopy)"), "UU 14/2008 Ps 4(2)(c); Perki form", "C2"),
)

# The Perki's form of the written notice (its annex), cited as the law's readers cite it.
NOTICE_FORM = "Perki 1/2021 (formulir pemberitahuan tertulis)"
COPY_FORMATS = (
    Choice("softcopy", N_("Softcopy, including recordings"), NOTICE_FORM, "C2"),
    Choice("hardcopy", N_("Hardcopy"), NOTICE_FORM, "C2"),
)

DELIVERY_METHODS = (
    Choice("ambil_langsung", N_("Collect in person"), "Perki request form", "S"),
    Choice("kurir", N_("Courier"), "Perki request form", "S"),
    Choice("pos", N_("Post"), "Perki request form", "S"),
    Choice("faksimili", N_("Facsimile"), "Perki request form", "S"),
    Choice("email", N_("E-mail"), "Perki request form", "S"),
    Choice("unduh_portal", N_("Download from the portal"), "modern practice", "S"),
)


@dataclass(frozen=True)
class NoticeItem:
    """What a written notice states (Ps 22(7) a-g, plus what the Perki notice form adds)."""

    code: str
    label: str
    legal_basis: str
    confidence: Confidence
    # The parts of the notice (``requests.core.states.Notice``) that state it; ``optional`` parts may be left
    # out (the copy's format, how to pay costs of 0).
    fields: tuple[str, ...] = ()
    optional: tuple[str, ...] = ()


NOTICE_ITEMS = (
    NoticeItem(
        "penguasaan", N_("Whether the body holds the information"), "UU 14/2008 Ps 22(7)(a)", "C", ("held",)
    ),
    NoticeItem(
        "badan_publik_penguasa",
        N_("The body that holds the information"),
        "UU 14/2008 Ps 22(7)(b)",
        "C",
        ("holder",),
    ),
    NoticeItem(
        "alasan", N_("Reasons for accepting or refusing"), "UU 14/2008 Ps 22(7)(c)", "C", ("reasons",)
    ),
    NoticeItem(
        "dasar_pengecualian",
        N_("Article 17 ground and the exempted-register item"),
        "UU 14/2008 Ps 17, 19, 22(7)(c); PP 61/2010 Ps 4",
        "C",
        ("exemption_grounds", "register_items"),
    ),
    NoticeItem(
        "materi_informasi", N_("The information to be given"), "UU 14/2008 Ps 22(7)(d)", "C", ("material",)
    ),
    NoticeItem(
        "penghitaman", N_("What was blacked out, and why"), "UU 14/2008 Ps 22(7)(e)", "C", ("redactions",)
    ),
    NoticeItem(
        "media_format",
        N_("Delivery medium and format"),
        "UU 14/2008 Ps 22(7)(f)",
        "C",
        ("delivery_method", "copy_format"),
        optional=("copy_format",),
    ),
    NoticeItem(
        "biaya",
        N_("Costs and how to pay them"),
        "UU 14/2008 Ps 22(7)(g)",
        "C",
        ("costs", "payment_method"),
        optional=("payment_method",),
    ),
    NoticeItem(
        "waktu_pendokumentasian",
        N_("When undocumented information will be documented"),
        NOTICE_FORM,
        "C2",
        ("documentation_due",),
    ),
    NoticeItem(
        "lokasi_publikasi", N_("Where the information is already published"), PRACTICE, "S", ("published_at",)
    ),
)


@dataclass(frozen=True)
class Outcome:
    """An answer to a request (hasil permohonan), kept apart from the request's lifecycle status."""

    code: str
    label: str
    legal_basis: str
    confidence: Confidence
    # The items of NOTICE_ITEMS a written notice with this outcome must state.
    notice_items: tuple[str, ...]
    # Items of NOTICE_ITEMS it may state besides.
    optional_items: tuple[str, ...] = ()
    # Information is handed over after the notice.
    grants: bool = False
    # Given by written notice; False for the applicant's withdrawal.
    by_notice: bool = True


_GRANT = ("penguasaan", "materi_informasi", "media_format", "biaya")

OUTCOMES = (
    Outcome(
        "dikabulkan_seluruhnya", N_("Granted in full"), "UU 14/2008 Ps 22(7)(c)(d)", "C", _GRANT, grants=True
    ),
    # Blacking out exempt parts is a partial refusal on exemption: it needs the same ground and register item.
    Outcome(
        "dikabulkan_sebagian",
        N_("Granted in part"),
        "UU 14/2008 Ps 22(7)(d)(e)",
        "C",
        (*_GRANT, "penghitaman", "dasar_pengecualian"),
        grants=True,
    ),
    Outcome(
        "ditolak_dikecualikan",
        N_("Refused: exempted information"),
        "UU 14/2008 Ps 17, 22(7)(c)",
        "C",
        ("penguasaan", "alasan", "dasar_pengecualian"),
    ),
    Outcome(
        "tidak_dikuasai",
        N_("Not held by this body"),
        "UU 14/2008 Ps 6(3)(e), 22(7)(a)(b)",
        "C",
        ("penguasaan",),
        # Ps 22(7)(b): the body that does hold it, when known (a referral is its own step).
        optional_items=("badan_publik_penguasa",),
    ),
    Outcome(
        "belum_didokumentasikan",
        N_("Held but not yet documented"),
        f"UU 14/2008 Ps 6(3)(e); {NOTICE_FORM}",
        "C2",
        ("penguasaan", "alasan", "waktu_pendokumentasian"),
    ),
    Outcome(
        "tidak_memenuhi_syarat",
        N_("Request does not meet the legal requirements"),
        "UU 14/2008 Ps 1 angka 12, Ps 6(2)",
        "S",
        ("alasan",),
    ),
    Outcome(
        "sudah_diumumkan",
        N_("Already published"),
        PRACTICE,
        "S",
        ("penguasaan", "lokasi_publikasi"),
    ),
    Outcome(
        "dibatalkan_pemohon", N_("Request withdrawn by the applicant"), PRACTICE, "S", (), by_notice=False
    ),
)
# Outcomes that refuse information, wholly or partly, on a Pasal 17 ground (objection ground a).
REFUSED_ON_EXEMPTION = frozenset({"ditolak_dikecualikan", "dikabulkan_sebagian"})
# Outcomes under which the request is answered without the information (objection ground e).
NOT_FULFILLED = frozenset({"tidak_dikuasai", "belum_didokumentasikan", "tidak_memenuhi_syarat"})

_TABLES = {
    "jenis_pemohon": APPLICANT_TYPES,
    "kanal_permohonan": CHANNELS,
    "cara_memperoleh": WAYS_TO_OBTAIN,
    "format_salinan": COPY_FORMATS,
    "cara_pengiriman": DELIVERY_METHODS,
}
_CODES = {name: frozenset(entry.code for entry in table) for name, table in _TABLES.items()}
_OUTCOMES = {entry.code: entry for entry in OUTCOMES}
_NOTICE_ITEMS = {entry.code: entry for entry in NOTICE_ITEMS}


def is_choice(table: str, code: str) -> bool:
    """Whether ``code`` is a value of the enumeration ``table`` (``kanal_permohonan``, ...)."""
    return code in _CODES[table]


def outcome(code: str) -> Outcome:
    """The outcome with this code; KeyError if there is none."""
    return _OUTCOMES[code]


@dataclass(frozen=True)
class NoticeField:
    """A part of a written notice an outcome asks for, and whether its notice may leave it out."""

    name: str
    item: str
    required: bool


def notice_fields(code: str) -> tuple[NoticeField, ...]:
    """The parts of a written notice with this outcome, in the order of Ps 22(7); empty for an unknown code.

    The notice form shows these for the outcome and reads only these: a part of another outcome is ignored.
    """
    found = _OUTCOMES.get(code)
    if found is None or not found.by_notice:
        return ()
    stated = {item: True for item in found.notice_items} | dict.fromkeys(found.optional_items, False)
    return tuple(
        NoticeField(name, item.code, stated[item.code] and name not in item.optional)
        for item in NOTICE_ITEMS
        if item.code in stated
        for name in item.fields
    )
