"""Import register rows and their documents: keep the upload, preview it, commit all rows or none.

The pure importer (``register.core.importing``) reads the file into preview rows. This module keeps the
uploaded sheet in Redis for an hour between the preview and the commit, and the documents uploaded with
it on disk (:mod:`ckanext.ppid.register.staging`), so nothing is written to the catalogue before the
officer confirms. It pairs each row's document column with the uploaded files
(``register.core.importing.documents``), resolves the unit each row names to a PPID unit, and creates the
register items and their documents in one transaction (``register.documents.DocumentWriter``): a
failure on any row or any file rolls every row back and leaves no file in storage.
"""

from __future__ import annotations

import json
import re
import secrets
import unicodedata
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlparse

import ckan.plugins.toolkit as tk
from ckan import model
from ckan.lib import plugins as lib_plugins
from ckan.lib.redis import connect_to_redis

from ckanext.ppid.audit.register_events import record_import
from ckanext.ppid.law.markers import N_
from ckanext.ppid.law.problems import Problem
from ckanext.ppid.register import staging as document_staging
from ckanext.ppid.register.core.importing import documents
from ckanext.ppid.register.core.importing.preview import Preview, read_register_file
from ckanext.ppid.register.core.restriction import DATASET_TYPE
from ckanext.ppid.register.documents import DocumentWriter, NewDocument
from ckanext.ppid.shell import settings

KEEP_SECONDS = 3600
KEY = "ckanext-ppid:import:{token}"
# The staging purpose of documents uploaded with a sheet.
PURPOSE = "import"
# Fields the importer returns as lists that the schema keeps as text.
JOINED_FIELDS = ("unit_penguasa", "penanggung_jawab")
NAME_LENGTH = 90
NOT_YOURS = N_("You may not add register items to the unit {unit}.")


@dataclass
class Upload:
    """An uploaded register file waiting for its commit, with the form's choices and its documents."""

    token: str
    filename: str
    data: bytes
    defaults: dict[str, Any]
    user: str
    batch: document_staging.Batch | None = None

    def preview(self) -> Preview:
        return read_register_file(
            self.filename,
            self.data,
            self.defaults,
            max_bytes=settings.import_max_bytes(),
            max_rows=settings.input_max_register_rows(),
            max_columns=settings.input_max_columns(),
        )

    def check(self, context: dict[str, Any]) -> Checked:
        """The preview, each row's documents paired with the uploaded files, and each row checked as the
        commit will check it (``package_create``'s access check and schema, as ``context``'s user): what
        the preview accepts imports."""
        preview = self.preview()
        files = self.batch.batch_files() if self.batch else []
        plan = documents.match_documents(preview.rows, files)
        units = unit_index()
        items = {
            row.source_row: item_data(row.values, units, plan.links_of(row.source_row))
            for row in preview.rows
        }
        for row in preview.rows:
            if not row.errors:
                row.errors.extend(refusals(items[row.source_row], context))
        return Checked(preview, plan, self.batch, items)


@dataclass
class Checked:
    preview: Preview
    documents: documents.DocumentPlan
    batch: document_staging.Batch | None
    # Each row's package_create data, as checked: the commit creates exactly these.
    items: dict[int, dict[str, Any]]

    @property
    def ok(self) -> bool:
        return self.preview.ok

    def new_documents(self, source_row: int) -> list[NewDocument]:
        if self.batch is None:
            return []
        found = [self.batch.file(batch_file.key) for batch_file in self.documents.files_of(source_row)]
        return [
            NewDocument(staged.name, staged.name, self.batch.bytes_of(staged), staged.detected)
            for staged in found
            if staged is not None
        ]


def keep(
    filename: str,
    data: bytes,
    defaults: dict[str, Any],
    user: str,
    batch: document_staging.Batch | None = None,
) -> Upload:
    """Store the upload for the preview and the commit; returns it with its token."""
    upload = Upload(secrets.token_urlsafe(16), filename, data, defaults, user, batch)
    redis = connect_to_redis()
    meta = json.dumps(
        {"filename": filename, "defaults": defaults, "user": user, "batch": batch.token if batch else None}
    )
    redis.setex(KEY.format(token=upload.token) + ":meta", KEEP_SECONDS, meta)
    redis.setex(KEY.format(token=upload.token) + ":data", KEEP_SECONDS, data)
    return upload


def kept(token: str, user: str) -> Upload | None:
    """The upload behind ``token``, if it (and its documents) is still kept and belongs to ``user``."""
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
    batch = None
    if fields.get("batch"):
        batch = document_staging.load(fields["batch"], user, PURPOSE)
        if batch is None:
            return None
    return Upload(token, fields["filename"], data, fields["defaults"], user, batch)


def forget(upload: Upload) -> None:
    connect_to_redis().delete(
        KEY.format(token=upload.token) + ":meta", KEY.format(token=upload.token) + ":data"
    )
    if upload.batch is not None:
        document_staging.discard(upload.batch.token)


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


def link_name(url: str, title: str) -> str:
    """A link resource is named by the file its address ends in, else by the item's title."""
    last = documents.base_name(urlparse(url).path)
    return last if documents.is_file_name(last) else title


def item_data(
    values: dict[str, Any], units: dict[str, str], links: list[str] | None = None
) -> dict[str, Any]:
    """``package_create`` data for one preview row; ``links`` become its link resources."""
    data = {
        key: value for key, value in values.items() if value not in (None, "", []) and key != documents.FIELD
    }
    for key in JOINED_FIELDS:
        if isinstance(data.get(key), list):
            data[key] = "; ".join(str(part) for part in data[key])
    unit = data.get("owner_org") or ""
    data["owner_org"] = units.get(_normal(unit), unit)
    if links:
        data["resources"] = [{"url": link, "name": link_name(link, data.get("title", ""))} for link in links]
    data["type"] = DATASET_TYPE
    data["name"] = _slug(data.get("title", ""))
    return data


def refusals(data: dict[str, Any], context: dict[str, Any]) -> list[Problem]:
    """What ``package_create`` would refuse in ``data``, without creating anything: its access check and the
    register item's schema (scheming's fields and ``ppid_register_item``), field by field."""
    plugin = lib_plugins.lookup_package_plugin(DATASET_TYPE)
    checked = {**context, "model": model, "session": model.Session}
    try:
        tk.check_access("package_create", dict(checked), data)
    except tk.NotAuthorized:
        return [Problem(NOT_YOURS, {"unit": data.get("owner_org", "")}, field="owner_org")]
    _, errors = lib_plugins.plugin_validate(
        plugin, checked, dict(data), plugin.create_package_schema(), "package_create"
    )
    return [
        Problem(_literal(message), field=name)
        for name, messages in errors.items()
        if name != "name"  # made here, unique by its random suffix
        for message in _messages(messages)
    ]


def _messages(found: Any) -> list[str]:
    """CKAN's error values: lists of texts, or of dicts of them for a resource."""
    if isinstance(found, dict):
        return [text for value in found.values() for text in _messages(value)]
    if isinstance(found, list):
        return [text for value in found for text in _messages(value)]
    return [str(found)] if found else []


def _literal(text: str) -> str:
    """An already translated message, kept as it is when rendered like a msgid with its values."""
    return text.replace("{", "{{").replace("}", "}}")


class ImportRefused(Exception):
    """The commit was refused: ``errors`` maps source row numbers to ``{field: [messages]}``."""

    def __init__(self, errors: dict[int, dict[str, list[str]]]) -> None:
        super().__init__(f"{len(errors)} row(s) refused")
        self.errors = errors


def commit(upload: Upload, context: dict[str, Any]) -> list[dict[str, Any]]:
    """Create every row's register item with its documents, or nothing. Raises :class:`ImportRefused`."""
    checked = upload.check(context)
    if not checked.ok:
        rows = checked.preview.rows
        raise ImportRefused({row.source_row: {"_": ["preview"]} for row in rows if row.errors})
    created, errors = [], {}
    with DocumentWriter(context) as writer:
        for row in checked.preview.rows:
            try:
                item = writer.create_item(dict(checked.items[row.source_row]))
                created.append(writer.attach(item["id"], checked.new_documents(row.source_row)))
            except tk.ValidationError as error:
                errors[row.source_row] = error.error_dict
            except tk.NotAuthorized as refused:
                errors[row.source_row] = {"owner_org": [str(refused) or tk._("Not authorized")]}
            except OSError:
                errors[row.source_row] = {documents.FIELD: [tk._("A document could not be stored.")]}
                break
        if errors:
            raise ImportRefused(errors)
        record_import(upload.filename, upload.user, created)
        writer.commit()
    forget(upload)
    return created
