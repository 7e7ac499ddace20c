"""Turn the document CKAN sends to Solr into a row of ``ppid_search_document``.

The row keeps the document itself (for ``fl``), typed columns for the fields CKAN filters, sorts and
facets on most, every other unanalysed field's indexed values as lists of strings the way Solr indexes
them (``terms``, for filters and facets), and the texts that Solr's ``copyField`` rules gather into the
catch-all ``text`` field, by weight.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from ckanext.ppid.search import schema

BLOBS = ("data_dict", "validated_data_dict")
SCALAR_COLUMNS = (
    "id",
    "name",
    "site_id",
    "entity_type",
    "state",
    "capacity",
    "dataset_type",
    "owner_org",
    "organization",
    "title_string",
    "license_id",
    "title",
)
ARRAY_COLUMNS = ("permission_labels", "tags", "groups", "res_format")
DATE_COLUMNS = ("metadata_created", "metadata_modified")


class InvalidDocument(ValueError):
    """A document Solr would have rejected (missing unique key, bad date or number)."""


@dataclass
class Row:
    """The values of one ``ppid_search_document`` row, before the text vector is computed."""

    columns: dict[str, Any]
    doc: dict[str, Any]
    terms: dict[str, list[str]]
    texts: dict[str, list[str]] = field(default_factory=dict)


def solr_string(value: Any) -> str:
    """The string Solr indexes for a scalar value (as pysolr serialises it)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        return format_date(value)
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, default=str)
    return str(value)


def values_of(value: Any) -> list[str]:
    """A field's indexed values: null and empty values dropped, lists flattened, duplicates once."""
    items = value if isinstance(value, (list, tuple, set)) else [value]
    result: list[str] = []
    for item in items:
        if item is None or item == "":
            continue
        text = solr_string(item)
        if text not in result:
            result.append(text)
    return result


def parse_date(text: str) -> dt.datetime:
    """Parse an ISO-8601 date as Solr accepts it (naive means UTC); raise ValueError otherwise."""
    value = text.strip()
    if value.endswith("Z"):
        value = value[:-1] + "+00:00"
    parsed = dt.datetime.fromisoformat(value)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=dt.timezone.utc)
    return parsed.astimezone(dt.timezone.utc)


def format_date(value: dt.datetime) -> str:
    """Solr's canonical date string: UTC, ``Z`` suffix, fractional seconds only if any."""
    if value.tzinfo is not None:
        value = value.astimezone(dt.timezone.utc).replace(tzinfo=None)
    text = value.strftime("%Y-%m-%dT%H:%M:%S")
    if value.microsecond:
        text += f".{value.microsecond:06d}".rstrip("0")
    return text + "Z"


def _typed_values(name: str, kind: str, values: list[str]) -> list[str]:
    if kind == schema.DATE:
        try:
            return [format_date(parse_date(v)) for v in values]
        except ValueError as error:
            raise InvalidDocument(f"invalid date in field {name!r}: {values!r}") from error
    if kind == schema.INT:
        try:
            return [str(int(v)) for v in values]
        except ValueError as error:
            raise InvalidDocument(f"invalid integer in field {name!r}: {values!r}") from error
    return values


def _is_plain_key(name: str, doc: dict[str, Any]) -> bool:
    """A top-level key outside Solr's schema (a scheming or plugin field) that is not also an extra."""
    return (
        name not in schema.FIELDS
        and name not in schema.CORE_KEYS
        and not name.startswith(("extras_", "res_extras_", "vocab_"))
        and not name.endswith(schema.DATE_SUFFIX)
        and f"extras_{name}" not in doc
    )


def without_nul(value: Any) -> Any:
    """``value`` with NUL characters removed from every string (PostgreSQL's jsonb refuses them)."""
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, dict):
        return {without_nul(key): without_nul(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [without_nul(item) for item in value]
    return value


def build_row(doc: dict[str, Any]) -> Row:
    """Everything needed to store ``doc``; raises InvalidDocument if Solr would refuse it."""
    doc = without_nul(doc)
    for required in (schema.UNIQUE_KEY, "id", "site_id"):
        if not doc.get(required):
            raise InvalidDocument(f"document is missing required field {required!r}")

    terms: dict[str, list[str]] = {}
    texts: dict[str, list[str]] = {"A": [], "B": [], "C": []}
    for name, value in doc.items():
        if name in BLOBS or not schema.is_valid_name(name):
            continue
        definition = schema.field(name)
        values = _typed_values(name, definition.kind, values_of(value))
        if not values:
            continue
        terms[name] = [] if definition.analysed else values
        weight = schema.text_weight(name)
        if weight is None and definition.kind == schema.STRING and _is_plain_key(name, doc):
            weight = "C"
        if weight is not None:
            texts[weight].extend(values)

    columns: dict[str, Any] = {"index_id": str(doc[schema.UNIQUE_KEY])}
    for name in SCALAR_COLUMNS:
        values = values_of(doc.get(name)) if name == "title" else terms.pop(name, None)
        columns[name] = values[0] if values else None
    for name in DATE_COLUMNS:
        # Dates stay in terms too, as Solr's date strings, for facets.
        values = terms.get(name)
        columns[name] = parse_date(values[0]) if values else None
    for name in ARRAY_COLUMNS:
        columns[name] = terms.pop(name, [])
    for blob in BLOBS:
        value = doc.get(blob)
        columns[blob] = value if value is None or isinstance(value, str) else json.dumps(value)

    stored = {name: value for name, value in doc.items() if name not in BLOBS}
    return Row(columns=columns, doc=stored, terms=terms, texts=texts)
