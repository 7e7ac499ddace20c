"""Match source column headers to the normalised columns, loosely: bodies name their columns in many ways.

A header is compared without case, punctuation, currency units ("(Rp)") and filler words; a misspelt
word close to a known one counts as that word. A header may span several rows (SIPD's "Kelompok Belanja
/ Operasi / Anggaran"): a segment naming an amount (anggaran, realisasi) makes it an amount column, and
segments naming a spending group or a fiscal year qualify it. A bare year ("2021") or group ("Modal")
is an amount column whose measure the title above the table says (see :func:`measure_from_context`).

Besides the normalised columns two generic targets exist: ``kode`` (a column of mixed codes, each
read by its shape, as SIPD's four "Kode" columns) and ``uraian`` (the name of the row's deepest code).
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import cache

from ckanext.ppid.budget.core import spending
from ckanext.ppid.budget.core.table_format import COLUMN_NAMES
from ckanext.ppid.law.markers import N_

KODE = "kode"
URAIAN = "uraian"
ANGGARAN = "anggaran"
REALISASI = "realisasi"
MEASURES = (ANGGARAN, REALISASI)
# A year or a spending group alone: an amount column whose measure comes from the context.
UNKNOWN_MEASURE = "_amount"
# Targets a mapping may name, besides the normalised columns, with their labels (msgids).
GENERIC_TARGETS = {
    KODE: N_("Code of any level (read by its shape)"),
    URAIAN: N_("Name of the row's code"),
}
TARGETS = frozenset({*COLUMN_NAMES, *GENERIC_TARGETS})

SYNONYMS: dict[str, tuple[str, ...]] = {
    "tahun_anggaran": ("tahun anggaran", "tahun", "ta", "thn", "thn anggaran", "year", "fiscal year"),
    "tahapan": ("tahapan", "tahap", "tahapan anggaran", "jenis anggaran", "status anggaran", "phase"),
    "periode": ("periode", "periode realisasi", "periode laporan", "bulan", "triwulan", "semester", "period"),
    "kode_skpd": (
        "kode skpd",
        "kode opd",
        "kode unit",
        "kode unit kerja",
        "kode organisasi",
        "kode perangkat daerah",
        "kode satker",
    ),
    "nama_skpd": (
        "skpd",
        "opd",
        "nama skpd",
        "nama opd",
        "perangkat daerah",
        "nama perangkat daerah",
        "organisasi",
        "nama organisasi",
        "unit kerja",
        "nama unit",
        "unit organisasi",
        "satuan kerja",
        "satker",
        "instansi",
        "dinas",
    ),
    "kode_urusan": ("kode urusan",),
    "nama_urusan": ("urusan", "nama urusan", "urusan pemerintahan"),
    "kode_bidang_urusan": ("kode bidang", "kode bidang urusan"),
    "nama_bidang_urusan": ("bidang", "bidang urusan", "nama bidang", "nama bidang urusan"),
    "kode_program": ("kode program",),
    "nama_program": ("program", "nama program"),
    "kode_kegiatan": ("kode kegiatan",),
    "nama_kegiatan": ("kegiatan", "nama kegiatan"),
    "kode_sub_kegiatan": ("kode sub kegiatan", "kode subkegiatan"),
    "nama_sub_kegiatan": ("sub kegiatan", "subkegiatan", "nama sub kegiatan", "nama subkegiatan"),
    "kode_rekening": (
        "kode rekening",
        "kode rek",
        "rekening",
        "no rekening",
        "nomor rekening",
        "kode akun",
        "akun",
        "kode belanja",
    ),
    "uraian_rekening": (
        "uraian rekening",
        "nama rekening",
        "uraian akun",
        "nama akun",
        "jenis belanja",
        "uraian belanja",
        "nama belanja",
        "objek belanja",
        "rincian objek",
        "rincian belanja",
        "belanja",
    ),
    "kelompok_belanja": ("kelompok belanja", "kelompok"),
    "sumber_dana": ("sumber dana", "sumber pendanaan", "dana", "sumber"),
    ANGGARAN: (
        "anggaran",
        "pagu",
        "pagu anggaran",
        "nilai anggaran",
        "jumlah anggaran",
        "total anggaran",
        "anggaran setelah perubahan",
        "alokasi",
        "dpa",
        "nilai dpa",
        "budget",
    ),
    REALISASI: (
        "realisasi",
        "nilai realisasi",
        "jumlah realisasi",
        "total realisasi",
        "realisasi anggaran",
        "realisasi belanja",
        "serapan",
        "serapan anggaran",
        "spent",
    ),
    KODE: ("kode", "kd", "no kode", "nomor kode"),
    URAIAN: ("uraian", "nama", "keterangan"),
}
# Headers of derived or bookkeeping columns: never an amount, even when they say "anggaran".
IGNORED_WORDS = frozenset(
    {"no", "nomor", "persen", "persentase", "prosentase", "sisa", "selisih", "capaian", "sebelum", "deviasi"}
)
PERCENT = "%"
FILLER = frozenset(
    {"rp", "rupiah", "idr", "dalam", "ribuan", "jutaan", "yang", "dan", "dari", "s", "d", "sd"}
)
YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
NON_WORD = re.compile(r"[^0-9a-z]+")
# A typo is a word this close to a known one (difflib ratio).
TYPO_CUTOFF = 0.85


@dataclass(frozen=True)
class HeaderMatch:
    """What a header names: a target (or ``UNKNOWN_MEASURE``, or None), and its year and spending group."""

    target: str | None
    year: int | None = None
    kelompok_belanja: str | None = None
    # A header of a known kind that fills nothing (a row number, a percentage).
    ignored: bool = False

    @property
    def known(self) -> bool:
        return self.target is not None or self.ignored or self.year is not None


def match_header(segments: tuple[str, ...]) -> HeaderMatch:
    """Match the segments of a header (top row first) to a target.

    An amount segment anywhere wins ("Kelompok Belanja / Operasi / Anggaran" is an amount column);
    otherwise the deepest segment that names something decides.
    """
    year = group = None
    targets: list[str] = []
    ignored = False
    for segment in segments:
        found = _match_segment(segment)
        year = found.year or year
        group = found.kelompok_belanja or group
        ignored = ignored or found.ignored
        if found.target:
            targets.append(found.target)
    if ignored:
        return HeaderMatch(None, ignored=True)
    measures = [target for target in targets if target in MEASURES]
    if measures:
        return HeaderMatch(measures[-1], year, group)
    if (year or group) and not [target for target in targets if target != "kelompok_belanja"]:
        return HeaderMatch(UNKNOWN_MEASURE, year, group)
    return HeaderMatch(targets[-1] if targets else None)


@cache
def _match_segment(segment: str) -> HeaderMatch:
    if PERCENT in segment:
        return HeaderMatch(None, ignored=True)
    years = YEAR.findall(segment)
    words = tuple(_correct(word) for word in NON_WORD.sub(" ", segment.lower()).split())
    words = tuple(word for word in words if word not in FILLER and not YEAR.fullmatch(word))
    year = int(years[0]) if years else None
    if not words:
        return HeaderMatch(None, year)
    text = " ".join(words)
    if text in _synonyms():
        return HeaderMatch(_synonyms()[text], year)
    # "No", "No. Urut", "Sisa Anggaran", "Anggaran Sebelum Perubahan", "Persentase Realisasi".
    if words[0] in IGNORED_WORDS or any(word in IGNORED_WORDS for word in words[1:]):
        return HeaderMatch(None, ignored=True)
    group = spending.group_value(text)
    if group is not None:
        return HeaderMatch(None, year, group)
    return HeaderMatch(_by_prefix(text), year)


def _by_prefix(text: str) -> str | None:
    """The target of the longest synonym the header starts with ("Nama Sub Kegiatan (Output)")."""
    best, length = None, 0
    for synonym, target in _synonyms().items():
        if len(synonym) > length and text.startswith(synonym + " "):
            best, length = target, len(synonym)
    return best


@cache
def _synonyms() -> dict[str, str]:
    found = {name.replace("_", " "): name for name in COLUMN_NAMES}
    for target, synonyms in SYNONYMS.items():
        found.update(dict.fromkeys(synonyms, target))
    return found


@cache
def _vocabulary() -> tuple[str, ...]:
    words = {word for synonym in _synonyms() for word in synonym.split()}
    words |= {word for group in spending.GROUPS for word in spending.key(group.name).split()}
    return tuple(sorted(words | IGNORED_WORDS))


@cache
def _correct(word: str) -> str:
    """A misspelt word ("realiasi") becomes the known word it is close to."""
    if len(word) < 5 or word in _vocabulary():
        return word
    close = difflib.get_close_matches(word, _vocabulary(), n=1, cutoff=TYPO_CUTOFF)
    return close[0] if close else word


def measure_from_context(title: str, phase: str | None) -> str:
    """The measure of year or group columns: what the title above the table says, else the phase."""
    words = set(NON_WORD.sub(" ", title.lower()).split())
    if REALISASI in words:
        return REALISASI
    if words & {"anggaran", "pagu", "dpa", "apbd"}:
        return ANGGARAN
    return REALISASI if phase == "realisasi" else ANGGARAN
