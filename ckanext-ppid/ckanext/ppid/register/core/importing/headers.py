"""Match a sheet's column headers to register fields, loosely: real DIPs name their columns in many ways.

A header is normalised (case, punctuation, filler words such as "yang" and "informasi", typos close to a
known word), then compared with each field's synonyms: equal, containing a synonym, or similar enough
(difflib). A column whose best two fields score alike is ambiguous and left unmapped for the officer.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from ckanext.ppid.tabular.tables import SourceRow, Table

# Targets that are not output fields: the row number column (skipped), a bare "jangka waktu" (its meaning
# depends on whether the list is of exempted items), a combined "waktu dan tempat" column (split), and
# yes/no columns under a "bentuk" header.
ROW_NUMBER = "_nomor"
PERIOD = "_jangka_waktu"
TIME_AND_PLACE = "_waktu_tempat"
SOFTCOPY_FLAG = "_softcopy"
HARDCOPY_FLAG = "_hardcopy"

SYNONYMS: dict[str, tuple[str, ...]] = {
    ROW_NUMBER: ("no", "nomor", "no urut", "nomor urut", "id", "urut"),
    "title": ("judul", "judul dokumen", "nama dokumen", "nama informasi", "title", "judul informasi publik"),
    "notes": ("ringkasan", "ringkasan isi", "ringkasan isi publik", "isi", "deskripsi", "uraian", "summary"),
    "owner_org": (
        "opd",
        "perangkat daerah",
        "skpd",
        "unit",
        "unit kerja",
        "unit ppid",
        "ppid pembantu",
        "instansi",
    ),
    "kategori": ("kategori", "kategori publik", "klasifikasi", "klasifikasi publik", "jenis kategori"),
    "item_berkala": ("item berkala", "jenis berkala", "sub kategori", "subkategori"),
    "periodisitas": ("periodisitas", "periode pemutakhiran", "frekuensi", "periode pembaruan", "periode"),
    "jenis_serta_merta": ("jenis serta merta", "serta merta"),
    "tahun": ("tahun", "tahun anggaran", "year"),
    "unit_penguasa": (
        "pejabat",
        "pejabat menguasai",
        "pejabat unit menguasai",
        "unit menguasai",
        "penguasaan",
        "unit penguasa",
        "pejabat penguasa",
    ),
    "penanggung_jawab": (
        "penanggung jawab",
        "penanggung jawab pembuatan",
        "penanggung jawab pembuatan penerbitan",
    ),
    "waktu_pembuatan": (
        "waktu pembuatan",
        "waktu penerbitan",
        "waktu pembuatan penerbitan",
        "tanggal pembuatan",
    ),
    "tempat_pembuatan": ("tempat pembuatan", "tempat penerbitan", "tempat pembuatan penerbitan", "tempat"),
    TIME_AND_PLACE: ("waktu tempat pembuatan", "waktu tempat pembuatan penerbitan", "waktu tempat"),
    "bentuk_tersedia": ("bentuk", "bentuk tersedia", "format", "bentuk dokumen"),
    SOFTCOPY_FLAG: ("softcopy", "soft copy", "soft file", "elektronik"),
    HARDCOPY_FLAG: ("hardcopy", "hard copy", "hard file", "cetak"),
    "jangka_waktu_penyimpanan": ("jangka waktu penyimpanan", "retensi", "retensi arsip", "masa simpan"),
    PERIOD: ("jangka waktu", "masa berlaku"),
    "dasar_hukum": ("dasar hukum", "landasan hukum", "regulasi"),
    # The document column: links and names of files uploaded with the sheet (register.importing.documents).
    "url": (
        "berkas",
        "nama berkas",
        "file",
        "nama file",
        "file dokumen",
        "berkas dokumen",
        "dokumen pendukung",
        "lampiran",
        "attachment",
        "tautan",
        "link",
        "url",
        "unduh",
        "download",
    ),
    "dasar_pengecualian": (
        "dasar pengecualian",
        "pasal pengecualian",
        "pasal 17",
        "dasar pasal 17",
        "alasan pengecualian",
    ),
    "dasar_undang_undang": (
        "dasar undang undang",
        "undang undang",
        "peraturan perundang undangan",
        "dasar peraturan",
    ),
    "konsekuensi": ("konsekuensi", "konsekuensi dibuka", "konsekuensi bila dibuka", "uji konsekuensi"),
    "pertimbangan_kepentingan_publik": (
        "pertimbangan kepentingan publik",
        "kepentingan publik",
        "pertimbangan",
    ),
    "jangka_waktu_pengecualian": (
        "jangka waktu pengecualian",
        "masa pengecualian",
        "jangka waktu dikecualikan",
    ),
    "tanggal_berakhir": ("tanggal berakhir", "tanggal berakhir pengecualian", "berakhir"),
    "nomor_sk_ppid": ("nomor sk", "no sk", "nomor sk ppid", "no sk ppid", "nomor penetapan", "sk penetapan"),
    "tanggal_penetapan": ("tanggal penetapan", "tgl penetapan", "tanggal sk", "tanggal ditetapkan"),
    "persetujuan_pimpinan": ("persetujuan pimpinan", "persetujuan atasan", "persetujuan"),
}
# Headers that name a field only loosely: they lose to a better-named column of the same field.
WEAK_SYNONYMS: dict[str, tuple[str, ...]] = {
    "url": ("media", "jenis media memuat", "media memuat", "dokumen"),
    "notes": ("keterangan",),
    "waktu_pembuatan": ("waktu",),
}
WEAK = 0.8
# Fields found only in a list of exempted information (DIK); their presence makes "jangka waktu" exemption.
EXEMPTION_FIELDS = frozenset(
    {"dasar_pengecualian", "konsekuensi", "pertimbangan_kepentingan_publik", "jangka_waktu_pengecualian"}
)
STOPWORDS = frozenset(
    {"yang", "dan", "atau", "informasi", "info", "dari", "di", "untuk", "bila", "the", "of"}
)
THRESHOLD = 0.6
# Two fields scoring within this margin cannot be told apart.
AMBIGUITY_MARGIN = 0.05
# A header sits above the data, after at most a title block.
HEADER_SEARCH_ROWS = 30
NON_WORD = re.compile(r"[^0-9a-z]+")


@dataclass(frozen=True)
class ColumnMatch:
    """How one source column was understood; ``field`` is None for an unmatched or ambiguous column."""

    index: int
    header: str
    field: str | None
    score: float = 0.0
    candidates: tuple[str, ...] = ()

    @property
    def ambiguous(self) -> bool:
        return self.field is None and len(self.candidates) > 1


@dataclass(frozen=True)
class Header:
    """The header found in a table: where it is, how many rows it spans, and its columns."""

    start: int
    depth: int
    columns: tuple[ColumnMatch, ...]

    def fields(self) -> set[str]:
        return {column.field for column in self.columns if column.field}

    def is_repeat(self, row: SourceRow) -> bool:
        """True for a copy of the header row (long lists repeat it above each section)."""
        named = [column for column in self.columns if column.field and column.header]
        same = sum(
            1 for column in named if _key(row.text(column.index)) == _key(column.header.split(" / ")[-1])
        )
        return bool(named) and same * 2 > len(named)


def tokens(text: str) -> tuple[str, ...]:
    words = NON_WORD.sub(" ", text.lower()).split()
    return tuple(_correct(word) for word in words if word not in STOPWORDS)


def _key(text: str) -> str:
    return "".join(NON_WORD.sub(" ", text.lower()).split())


@cache
def _vocabulary() -> tuple[str, ...]:
    phrases = [*SYNONYMS.values(), *WEAK_SYNONYMS.values()]
    return tuple(sorted({word for group in phrases for phrase in group for word in phrase.split()}))


@cache
def _correct(word: str) -> str:
    """A misspelt word ("penyimpanana") becomes the known word it is close to."""
    if len(word) < 5 or word in _vocabulary():
        return word
    close = difflib.get_close_matches(word, _vocabulary(), n=1, cutoff=0.85)
    return close[0] if close else word


def _phrase_score(words: tuple[str, ...], phrase: str) -> float:
    wanted = tuple(phrase.split())
    joined, wanted_joined = "".join(words), "".join(wanted)
    if words == wanted or joined == wanted_joined:
        return 1.0
    # Containment covers "Penanggungjawab Pembuatan" (one word) as well as "Pejabat / PPID yang menguasai".
    if set(wanted) <= set(words) or (len(wanted_joined) >= 6 and wanted_joined in joined):
        return 0.6 + 0.3 * len(wanted_joined) / len(joined)
    ratio = difflib.SequenceMatcher(None, " ".join(words), phrase).ratio()
    return ratio * 0.85 if ratio >= 0.85 else 0.0


@cache
def field_scores(text: str) -> tuple[tuple[str, float], ...]:
    """Every target the header could mean, best first."""
    words = tokens(text)
    if not words:
        return ()
    scores: dict[str, float] = {}
    for weight, table in ((1.0, SYNONYMS), (WEAK, WEAK_SYNONYMS)):
        for target, phrases in table.items():
            best = max(_phrase_score(words, phrase) for phrase in phrases) * weight
            if best >= THRESHOLD and best > scores.get(target, 0.0):
                scores[target] = best
    return tuple(sorted(scores.items(), key=lambda item: -item[1]))


def match_column(index: int, header: str, exempt: bool) -> ColumnMatch:
    scores = field_scores(header)
    if not scores:
        return ColumnMatch(index, header, None)
    (target, score), *rest = scores
    rivals = tuple(other for other, other_score in rest if score - other_score < AMBIGUITY_MARGIN)
    if rivals:
        return ColumnMatch(index, header, None, score, (target, *rivals))
    if target == PERIOD:
        target = "jangka_waktu_pengecualian" if exempt else "jangka_waktu_penyimpanan"
    return ColumnMatch(index, header, target, score, (target,))


def map_columns(headers: Sequence[str], exempt: bool) -> tuple[ColumnMatch, ...]:
    """Each column's field; when two columns claim a field the better-named keeps it."""
    first = [match_column(index, header, exempt) for index, header in enumerate(headers)]
    if not exempt and EXEMPTION_FIELDS & {column.field for column in first}:
        return map_columns(headers, exempt=True)
    best: dict[str, ColumnMatch] = {}
    for column in first:
        if column.field and column.field != ROW_NUMBER:
            holder = best.get(column.field)
            if holder is None or column.score > holder.score:
                best[column.field] = column
    return tuple(
        column
        if column.field in (None, ROW_NUMBER) or best[column.field] is column
        else ColumnMatch(
            column.index, column.header, None, column.score, (column.field, best[column.field].header)
        )
        for column in first
    )


def find_header(table: Table, exempt: bool) -> Header | None:
    """The row (or pair of rows) near the top that names the most fields, the title among them."""
    found: Header | None = None
    found_rank: tuple[int, float] = (0, 0.0)
    rows = table.rows
    for start in range(min(len(rows), HEADER_SEARCH_ROWS)):
        if rows[start].is_blank:
            continue
        for depth in (1, 2):
            if depth == 2 and not _two_row_header(rows, start):
                continue
            columns = map_columns(_labels(rows[start : start + depth], table.width), exempt)
            fields = {column.field for column in columns if column.field and column.field != ROW_NUMBER}
            rank = (len(fields), sum(column.score for column in columns if column.field))
            if "title" in fields and len(fields) >= 2 and rank > found_rank:
                found, found_rank = Header(start, depth, columns), rank
    return found


def _two_row_header(rows: list[SourceRow], start: int) -> bool:
    """A parent row with merged or empty cells above a row that names their parts."""
    if start + 1 >= len(rows) or rows[start + 1].is_blank:
        return False
    parent, child = rows[start], rows[start + 1]
    if len({cell.text for cell in parent.cells if cell.text}) < 2:
        return False  # a banner above the header, not a parent row
    width = max(len(parent.cells), len(child.cells))
    return any(
        parent.cell(i).hspan or child.cell(i).vspan or (not parent.text(i) and child.text(i))
        for i in range(width)
    )


def _labels(rows: list[SourceRow], width: int) -> list[str]:
    if len(rows) == 1:
        return [rows[0].text(i) for i in range(width)]
    parent, child = rows
    labels = []
    for i in range(width):
        top, part = parent.text(i), child.text(i)
        if not part or part == top:
            labels.append(top)
        elif not top:
            labels.append(part)
        else:
            # A part that names a field on its own ("Waktu" under "Waktu dan Tempat") says which part it is.
            scores = field_scores(part)
            labels.append(part if scores and scores[0][1] >= WEAK else f"{top} / {part}")
    return labels
