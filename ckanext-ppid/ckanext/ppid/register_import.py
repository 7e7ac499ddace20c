"""Import register rows from a spreadsheet: keep the upload, preview it, commit all rows or none.

The pure importer (``register.importing``) reads the file into preview rows. This module keeps the
uploaded bytes in Redis for an hour between the preview and the commit (so nothing is written to the
catalogue before the officer confirms), resolves the unit each row names to a PPID unit, and creates
the register items in one database transaction: a failure on any row rolls every row back.
"""

from __future__ import annotations

import json
import re
import secrets
import unicodedata
from dataclasses import dataclass
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model
from ckan.lib.redis import connect_to_redis

from ckanext.ppid import settings
from ckanext.ppid.register.importing.preview import Preview, read_register_file
from ckanext.ppid.register.restriction import DATASET_TYPE

KEEP_SECONDS = 3600
KEY = "ckanext-ppid:import:{token}"
# Fields the importer returns as lists that the schema keeps as text.
JOINED_FIELDS = ("unit_penguasa", "penanggung_jawab")
NAME_LENGTH = 90


@dataclass
class Upload:
    """An uploaded register file waiting for its commit, with the choices made on the form."""

    token: str
    filename: str
    data: bytes
    defaults: dict[str, Any]
    user: str

    def preview(self) -> Preview:
        return read_register_file(
            self.filename, self.data, self.defaults, max_bytes=settings.import_max_bytes()
        )


def keep(filename: str, data: bytes, defaults: dict[str, Any], user: str) -> Upload:
    """Store the upload for the preview and the commit; returns it with its token."""
    upload = Upload(secrets.token_urlsafe(16), filename, data, defaults, user)
    redis = connect_to_redis()
    meta = json.dumps({"filename": filename, "defaults": defaults, "user": user})
    redis.setex(KEY.format(token=upload.token) + ":meta", KEEP_SECONDS, meta)
    redis.setex(KEY.format(token=upload.token) + ":data", KEEP_SECONDS, data)
    return upload


def kept(token: str, user: str) -> Upload | None:
    """The upload behind ``token``, if it is still kept and belongs to ``user``."""
    if not re.fullmatch(r"[A-Za-z0-9_-]{10,64}", token or ""):
        return None
    redis = connect_to_redis()
    meta = redis.get(KEY.format(token=token) + ":meta")
    data = redis.get(KEY.format(token=token) + ":data")
    if meta is None or data is None:
        return None
    fields = json.loads(meta)
    if fields["user"] != user:
        return None
    return Upload(token, fields["filename"], data, fields["defaults"], user)


def forget(token: str) -> None:
    connect_to_redis().delete(KEY.format(token=token) + ":meta", KEY.format(token=token) + ":data")


def _normal(text: str) -> str:
    letters = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", " ", letters.lower()).strip()


def unit_index() -> dict[str, str]:
    """Every way a file may name a unit (name, title, unit code), normalised, to the unit's id."""
    index: dict[str, str] = {}
    for group in model.Session.query(model.Group).filter(
        model.Group.is_organization.is_(True), model.Group.state == "active"
    ):
        for alias in (group.name, group.title, (group.extras or {}).get("kode_unit")):
            if alias:
                index.setdefault(_normal(alias), group.id)
    return index


def _slug(title: str) -> str:
    base = re.sub(r"[^a-z0-9]+", "-", _normal(title)).strip("-")[:NAME_LENGTH].rstrip("-") or "informasi"
    return f"{base}-{secrets.token_hex(3)}"


def item_data(values: dict[str, Any], units: dict[str, str]) -> dict[str, Any]:
    """``package_create`` data for one preview row."""
    data = {key: value for key, value in values.items() if value not in (None, "", [])}
    for key in JOINED_FIELDS:
        if isinstance(data.get(key), list):
            data[key] = "; ".join(str(part) for part in data[key])
    unit = data.get("owner_org") or ""
    data["owner_org"] = units.get(_normal(unit), unit)
    url = data.pop("url", None)
    if url:
        data["resources"] = [{"url": url, "name": data.get("title", "")}]
    data["type"] = DATASET_TYPE
    data["name"] = _slug(data.get("title", ""))
    return data


class ImportRefused(Exception):
    """The commit was refused: ``errors`` maps source row numbers to ``{field: [messages]}``."""

    def __init__(self, errors: dict[int, dict[str, list[str]]]) -> None:
        super().__init__(f"{len(errors)} row(s) refused")
        self.errors = errors


def commit(upload: Upload, context: dict[str, Any]) -> list[dict[str, Any]]:
    """Create every row's register item, or none of them. Raises :class:`ImportRefused`."""
    preview = upload.preview()
    if not preview.ok:
        raise ImportRefused({row.source_row: {"_": ["preview"]} for row in preview.rows if row.errors})
    units = unit_index()
    created, errors = [], {}
    for row in preview.rows:
        try:
            action_context = dict(context, defer_commit=True)
            created.append(tk.get_action("package_create")(action_context, item_data(row.values, units)))
        except tk.ValidationError as error:
            errors[row.source_row] = error.error_dict
        except tk.NotAuthorized as refused:
            errors[row.source_row] = {"owner_org": [str(refused) or tk._("Not authorized")]}
    if errors:
        model.Session.rollback()
        raise ImportRefused(errors)
    model.repo.commit()
    forget(upload.token)
    return created
