"""Turn the raw cells of one item into register values, with the errors and warnings an officer must see.

Errors are what the file gets wrong (no title, an unknown category, a year or date that cannot be read, a
Pasal 17 ground that does not exist, an overlong cell) and, for exempted items, what the law requires of
the consequence-test record (``register.core.consequence``): the import cannot go ahead until they are fixed.
Warnings say what the importer decided for the officer (a unit filled in, a period kept as written).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from ckanext.ppid import input_limits
from ckanext.ppid.law import exemptions, serta_merta
from ckanext.ppid.law.markers import N_
from ckanext.ppid.register.core.consequence import check_exemption
from ckanext.ppid.register.core.fields import IMPORTED_FIELDS
from ckanext.ppid.register.core.importing import cells, documents, vocabulary
from ckanext.ppid.register.core.importing.headers import HARDCOPY_FLAG, SOFTCOPY_FLAG, TIME_AND_PLACE
from ckanext.ppid.register.core.importing.imported_row import ImportedRow
from ckanext.ppid.register.core.importing.layout import Draft

# A title is a heading, not a document; other cells get a generous limit that still stops pasted files.
# The register item's schema (ppid_max_length) allows the same.
TITLE_LIMIT = input_limits.TEXT["line"]
TEXT_LIMIT = input_limits.TEXT["document_text"]
ONE_LINE_FIELDS = (
    "waktu_pembuatan",
    "tempat_pembuatan",
    "jangka_waktu_penyimpanan",
    "nomor_sk_ppid",
    "persetujuan_pimpinan",
)
TEXT_FIELDS = ("dasar_hukum", "dasar_undang_undang", "konsekuensi", "pertimbangan_kepentingan_publik")


def normalise_row(draft: Draft, defaults: Mapping[str, Any]) -> ImportedRow:
    row = ImportedRow(draft.number, {}, continued_rows=tuple(draft.continued))
    texts = {target: "\n".join(parts) for target, parts in draft.texts.items() if parts}
    for name, text in texts.items():
        limit = TITLE_LIMIT if name == "title" else TEXT_LIMIT
        if len(text) > limit:
            row.error(name, N_("The cell is longer than {limit} characters."), limit=limit)
            texts[name] = text[:limit]
    for step in STEPS:
        step(row, texts, draft, defaults)
    row.values = {
        name: row.values[name] for name in IMPORTED_FIELDS if row.values.get(name) not in (None, "", [])
    }
    return row


def _title(row: ImportedRow, texts: dict[str, str], draft: Draft, defaults: Mapping[str, Any]) -> None:
    # Titles copied from the law's lists end in ";".
    title = cells.one_line(texts.get("title", "")).rstrip(" ;,")
    if title:
        row.values["title"] = title
    else:
        row.error("title", N_("The title (judul informasi) is empty."))
    notes = cells.as_markdown(texts.get("notes", ""))
    if not notes and title:
        notes = title
        row.warn("notes", N_("The summary is empty; the title is used as the summary."))
    row.values["notes"] = notes


def _category(row: ImportedRow, texts: dict[str, str], draft: Draft, defaults: Mapping[str, Any]) -> None:
    written = cells.one_line(texts.get("kategori", ""))
    kategori = vocabulary.category(written) if written else None
    if written and kategori is None:
        row.error(
            "kategori",
            N_('Unknown category "{value}": use berkala, serta merta, setiap saat or dikecualikan.'),
            value=written,
        )
        return
    kategori = kategori or draft.context.get("kategori") or defaults.get("kategori")
    if kategori is None:
        row.error(
            "kategori",
            N_("The category is missing: add a category column or section headings, or choose one."),
        )
        return
    row.values["kategori"] = kategori
    item = texts.get("item_berkala", "")
    code = vocabulary.berkala_item(item) if item else draft.context.get("item_berkala")
    if item and code is None:
        row.warn(
            "item_berkala",
            N_('Unknown periodic item "{value}"; it was left empty.'),
            value=cells.one_line(item),
        )
    elif code and kategori == "berkala":
        row.values["item_berkala"] = code
    period = cells.one_line(texts.get("periodisitas", ""))
    if period:
        row.values["periodisitas"] = vocabulary.periodicity(period)
        if row.values["periodisitas"] is None:
            row.warn("periodisitas", N_('Unknown update period "{value}"; it was left empty.'), value=period)
    kind = cells.one_line(texts.get("jenis_serta_merta", ""))
    if kind:
        code = kind.lower().replace(" ", "_").replace("-", "_")
        if code in {entry.code for entry in serta_merta.SERTA_MERTA_KINDS}:
            row.values["jenis_serta_merta"] = code
        else:
            row.warn(
                "jenis_serta_merta",
                N_('Unknown kind of immediate information "{value}"; it was left empty.'),
                value=kind,
            )


def _units(row: ImportedRow, texts: dict[str, str], draft: Draft, defaults: Mapping[str, Any]) -> None:
    holders = cells.split_units(texts.get("unit_penguasa", ""))
    producers = cells.split_units(texts.get("penanggung_jawab", ""))
    owners = cells.split_units(texts.get("owner_org", ""))
    if len(owners) > 1:
        row.warn(
            "owner_org",
            N_('The cell names {count} units; the first, "{unit}", owns the item.'),
            count=len(owners),
            unit=owners[0],
        )
    owner = next(iter(owners), None) or defaults.get("owner_org") or next(iter(producers + holders), None)
    if owner is None:
        row.error("owner_org", N_("No unit owns the item: add a unit (OPD) column or choose a unit."))
    else:
        row.values["owner_org"] = owner
    fallback = [owner] if owner else []
    if not holders and (producers or fallback):
        holders = producers or fallback
        row.warn(
            "unit_penguasa",
            N_('The holding official or unit is empty; "{value}" was used.'),
            value="; ".join(holders),
        )
    if not producers and (holders or fallback):
        producers = holders or fallback
        row.warn(
            "penanggung_jawab",
            N_('The person responsible is empty; "{value}" was used.'),
            value="; ".join(producers),
        )
    row.values["unit_penguasa"] = holders
    row.values["penanggung_jawab"] = producers


def _making(row: ImportedRow, texts: dict[str, str], draft: Draft, defaults: Mapping[str, Any]) -> None:
    for name in ONE_LINE_FIELDS:
        row.values[name] = cells.one_line(texts.get(name, ""))
    for name in TEXT_FIELDS:
        row.values[name] = cells.clean_text(texts.get(name, ""))
    both = cells.one_line(texts.get(TIME_AND_PLACE, ""))
    if both:
        # "Malang, 12 September 2023": the date or year is the time, the rest the place.
        place, _, time = both.rpartition(",") if "," in both else ("", "", both)
        row.values["waktu_pembuatan"] = row.values["waktu_pembuatan"] or time.strip()
        row.values["tempat_pembuatan"] = row.values["tempat_pembuatan"] or place.strip()
    written = cells.one_line(texts.get("tahun", ""))
    years = cells.parse_years(written or row.values["waktu_pembuatan"])
    if written and not years:
        row.error("tahun", N_('The year "{value}" is not a year.'), value=written)
    elif len(years) > 1:
        row.warn("tahun", N_("Several years are given; {year} was used."), year=years[-1])
    if years:
        row.values["tahun"] = years[-1]
    elif "tahun" in defaults:
        row.values["tahun"] = defaults["tahun"]


def _forms(row: ImportedRow, texts: dict[str, str], draft: Draft, defaults: Mapping[str, Any]) -> None:
    written = cells.one_line(texts.get("bentuk_tersedia", ""))
    forms = cells.parse_forms(written) if written else []
    if forms is None:
        row.warn(
            "bentuk_tersedia",
            N_('The form "{value}" is neither softcopy nor hardcopy; it was left empty.'),
            value=written,
        )
        forms = []
    for flag, form in ((SOFTCOPY_FLAG, "softcopy"), (HARDCOPY_FLAG, "hardcopy")):
        if cells.is_checked(texts.get(flag, "")) and form not in forms:
            forms.append(form)
    row.values["bentuk_tersedia"] = [form for form in ("softcopy", "hardcopy") if form in forms]


def _documents(row: ImportedRow, texts: dict[str, str], draft: Draft, defaults: Mapping[str, Any]) -> None:
    named, unread = documents.named_in(draft.texts.get(documents.FIELD, []), draft.links)
    if named:
        row.values[documents.FIELD] = named
    if unread:
        row.warn(documents.FIELD, documents.UNREAD, value="; ".join(unread)[:80])


def _exemption(row: ImportedRow, texts: dict[str, str], draft: Draft, defaults: Mapping[str, Any]) -> None:
    written = cells.one_line(texts.get("dasar_pengecualian", ""))
    if written:
        codes = cells.parse_grounds(written)
        if not codes:
            row.error(
                "dasar_pengecualian",
                N_('No Pasal 17 ground (such as "Pasal 17 huruf h angka 2") is recognised in "{value}".'),
                value=written[:80],
            )
        else:
            try:
                exemptions.ground(codes[0])
            except KeyError:
                row.error(
                    "dasar_pengecualian", N_("Pasal 17 of UU 14/2008 has no ground {code}."), code=codes[0]
                )
            else:
                row.values["dasar_pengecualian"] = codes[0]
                if len(codes) > 1:
                    row.warn(
                        "dasar_pengecualian",
                        N_("Several grounds are given ({codes}); {code} was used."),
                        codes=", ".join(codes),
                        code=codes[0],
                    )
    period = cells.one_line(texts.get("jangka_waktu_pengecualian", ""))
    if period:
        structured = cells.parse_exemption_period(period)
        row.values["jangka_waktu_pengecualian"] = structured or period
        if structured is None:
            row.warn(
                "jangka_waktu_pengecualian",
                N_('Exemption period "{value}" kept as written: not "N tahun" or "selama diperlukan".'),
                value=period[:80],
            )
    for name in ("tanggal_berakhir", "tanggal_penetapan"):
        written = cells.one_line(texts.get(name, ""))
        date = cells.parse_date(written) if written else None
        if written and date is None:
            row.error(
                name,
                N_('The date "{value}" cannot be read; write it as 12 September 2023 or 2023-09-12.'),
                value=written[:40],
            )
        elif date is not None:
            row.values[name] = date.isoformat()


def _defaults(row: ImportedRow, texts: dict[str, str], draft: Draft, defaults: Mapping[str, Any]) -> None:
    for name, value in defaults.items():
        if name in IMPORTED_FIELDS and row.values.get(name) in (None, "", []):
            row.values[name] = value


def _consequence(row: ImportedRow, texts: dict[str, str], draft: Draft, defaults: Mapping[str, Any]) -> None:
    """An exempted item must carry a lawful consequence-test record; the law's checks are row errors too."""
    if row.values.get("kategori") != "dikecualikan":
        return
    # A field the file already got wrong is reported once, by the import's own message.
    wrong = {error.field for error in row.errors}
    for problem in check_exemption(row.values):
        if problem.field not in wrong:
            row.error(problem.field, problem.message, **problem.params)
    # An error on a field says more than the import's note on how it read it.
    wrong = {error.field for error in row.errors}
    row.warnings = [warning for warning in row.warnings if warning.field not in wrong]


Step = Callable[[ImportedRow, dict[str, str], Draft, Mapping[str, Any]], None]
STEPS: tuple[Step, ...] = (
    _title,
    _category,
    _units,
    _making,
    _forms,
    _documents,
    _exemption,
    _defaults,
    _consequence,
)
