"""The register field list is the schema's: a field added to the form reaches the API and the import."""

from pathlib import Path

import yaml

from ckanext.ppid.register.core import fields

SCHEMA = Path(__file__).parents[3] / "schemas" / "informasi_publik.yaml"


def test_the_field_list_follows_the_schema_in_its_order():
    schema = yaml.safe_load(SCHEMA.read_text())
    assert tuple(entry["field_name"] for entry in schema["dataset_fields"]) == fields.ITEM_FIELDS


def test_the_api_lists_every_register_column_and_an_import_fills_every_column_but_the_forms_own():
    assert "kategori" in fields.REGISTER_FIELDS and "title" not in fields.REGISTER_FIELDS
    assert "status_pengecualian" in fields.REGISTER_FIELDS
    assert "status_pengecualian" not in fields.IMPORTED_FIELDS
    assert fields.IMPORTED_FIELDS[:3] == ("title", "notes", "owner_org")
    assert set(fields.IMPORTED_FIELDS) - {"url"} <= set(fields.ITEM_FIELDS)
