"""A register item's fields named as its form names them ("Judul Informasi", not ``title``), in the page's
language, from the scheming schema's own labels."""

from __future__ import annotations

import ckan.plugins.toolkit as tk

from ckanext.ppid.register.core.restriction import DATASET_TYPE


def field_label(name: str | None) -> str:
    """The label of the register item's field (or of its documents' fields) ``name``; ``name`` when the
    schema has no such field, empty for none."""
    if not name:
        return ""
    schema = tk.h.scheming_get_dataset_schema(DATASET_TYPE) or {}
    for fields in (schema.get("dataset_fields") or [], schema.get("resource_fields") or []):
        field = tk.h.scheming_field_by_name(fields, name)
        if field:
            return tk.h.scheming_language_text(field.get("label") or name)
    return name
