"""The text of one register cell: codes become the law's labels, dates are written out, lists joined.

Labels come from ``ckanext.ppid.law`` (the law's own wording, translated by the caller's catalog); a code
the law does not know (an imported or legacy value) is shown as it is rather than dropped.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable, Mapping
from typing import Any, Literal

from ckanext.ppid.documents.dates import Locale, format_date, parse_date
from ckanext.ppid.law import berkala, categories, exemptions, serta_merta
from ckanext.ppid.law.markers import N_
from ckanext.ppid.register.core.fields import DATE_FIELDS
from ckanext.ppid.register.core.restriction import EXEMPTED, STATUS_LABELS

Translate = Callable[[str], str]
Values = Literal["labels", "codes"]

FORM_LABELS = {"softcopy": N_("Softcopy"), "hardcopy": N_("Hardcopy")}
# Coded fields whose label the law gives.
LOOKUPS: dict[str, Callable[[str], Any]] = {
    "kategori": categories.category,
    "item_berkala": berkala.berkala_item,
    "periodisitas": berkala.periodicity,
    "jenis_serta_merta": serta_merta.serta_merta_kind,
}

_MARKDOWN_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MARKDOWN_MARKS = re.compile(r"(\*\*|__|`|^#+\s*|^>\s*)", re.MULTILINE)


def plain_text(markdown: str) -> str:
    """The words of a Markdown summary (CKAN's ``notes``), on one line, as a table cell shows them."""
    text = _MARKDOWN_LINK.sub(r"\1", markdown)
    return " ".join(_MARKDOWN_MARKS.sub("", text).split())


def _codes(value: Any) -> list[str]:
    """A multiple-choice value as CKAN may hand it over: a list, a JSON list or a comma-separated string."""
    if isinstance(value, str):
        text = value.strip()
        if text.startswith("["):
            try:
                value = json.loads(text)
            except ValueError:
                value = text.strip("[]").split(",")
        else:
            value = text.split(",")
    if not isinstance(value, Iterable):
        return []
    return [str(code).strip().strip("\"'") for code in value if str(code).strip()]


def _text(value: Any) -> str:
    return "" if value is None else " ".join(str(value).split())


class Cells:
    """Writes the cells of register rows in one language (``translate`` renders msgids in ``locale``)."""

    def __init__(self, translate: Translate, locale: Locale = "id", values: Values = "labels") -> None:
        self.translate = translate
        self.locale: Locale = locale
        self.values: Values = values

    def _label(self, lookup: Callable[[str], Any], code: str) -> str:
        try:
            return self.translate(lookup(code).label)
        except KeyError:
            return code

    def category(self, code: str) -> str:
        """The law's name of a category."""
        return self._label(categories.category, code)

    def date(self, value: dt.date | None) -> str:
        return format_date(value, self.locale) if value else ""

    def cell(self, field: str, row: Mapping[str, Any]) -> str:
        """The text of ``field`` for ``row``; empty when the item has no value."""
        value = row.get(field)
        if value is None or value == "" or value == []:
            # The register treats an exempted item without a status as in force (register.restriction).
            if field == "status_pengecualian" and row.get("kategori") == EXEMPTED:
                value = "berlaku"
            else:
                return ""
        if self.values == "codes":
            return self._code(field, value)
        if field == "notes":
            return plain_text(str(value))
        if field == "bentuk_tersedia":
            return ", ".join(self.translate(FORM_LABELS.get(code, code)) for code in _codes(value))
        if field in LOOKUPS:
            return self._label(LOOKUPS[field], str(value))
        if field == "status_pengecualian":
            label = STATUS_LABELS.get(str(value))
            return self.translate(label) if label else _text(value)
        if field == "dasar_pengecualian":
            code = str(value).strip()
            label = self._label(exemptions.ground, code)
            return code if label == code else f"{code} {label}"
        if field == "jangka_waktu_pengecualian":
            return self._period(str(value).strip())
        if field in DATE_FIELDS or field == "waktu_pembuatan":
            # waktu_pembuatan is free text ("2025", "Semester I 2026"), written out only when it is a date.
            parsed = parse_date(value)
            if parsed and (field in DATE_FIELDS or len(str(value)) == 10):
                return self.date(parsed)
        return _text(value)

    def _code(self, field: str, value: Any) -> str:
        if field == "bentuk_tersedia":
            return ";".join(_codes(value))
        if field in DATE_FIELDS:
            parsed = parse_date(value)
            return parsed.isoformat() if parsed else _text(value)
        return str(value).strip() if field == "notes" else _text(value)

    def _period(self, value: str) -> str:
        if value == exemptions.AS_LONG_AS_NEEDED_VALUE:
            return self.translate(N_("For as long as needed"))
        if value.isdigit():
            return self.translate(N_("{years} years")).format(years=value)
        return _text(value)
