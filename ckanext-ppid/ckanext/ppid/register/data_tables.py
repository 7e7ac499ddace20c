"""A CSV or XLSX document of a register item is loaded into the DataStore (every column text) by a
background job, so its page shows it in CKAN's table preview (``datatables_view``) and the Data API serves
it. Documents of exempted items are never loaded; a private item's table is read only by those who may see
the item (``datastore_search`` asks ``resource_show``'s check, see ``register.withheld``)."""

from __future__ import annotations

import logging
import os
from typing import Any

import ckan.plugins.toolkit as tk
import file_keeper as fk
from ckan import model
from ckan.lib import files, uploader
from werkzeug.datastructures import FileStorage

from ckanext.ppid.register.core.restriction import DATASET_TYPE, is_restricted
from ckanext.ppid.shell import settings
from ckanext.ppid.shell.site_context import site_context
from ckanext.ppid.tabular.csv_reader import read_csv
from ckanext.ppid.tabular.data_table import DataTable, data_table
from ckanext.ppid.tabular.tables import UnreadableFile
from ckanext.ppid.tabular.xlsx_reader import read_xlsx

log = logging.getLogger(__name__)
FORMATS = (".csv", ".xlsx")
# More rows than a register document holds (a table preview pages through them).
MAX_ROWS = 100_000
# The context key of a resource action that uploads a file.
NEW_FILE = "ppid_new_file"


def _extension(resource: dict[str, Any]) -> str:
    name = os.path.basename(str(resource.get("url") or "").split("?")[0])
    return os.path.splitext(name)[1].lower()


def _loadable(resource: dict[str, Any]) -> bool:
    return resource.get("url_type") == "upload" and _extension(resource) in FORMATS


def note_upload(context: dict[str, Any], resource: dict[str, Any]) -> None:
    """``before_resource_create``/``_update``: remember that this call brings a new file (the DataStore's
    own updates of the resource bring none, and must not load it again)."""
    upload = resource.get("upload")
    if isinstance(upload, FileStorage) and upload.filename:
        context[NEW_FILE] = True


def queue(context: dict[str, Any], resource: dict[str, Any]) -> None:
    """``after_resource_create``/``_update``: load a newly uploaded CSV/XLSX document of a register item."""
    if not context.pop(NEW_FILE, False) or not _loadable(resource):
        return
    package = model.Package.get(str(resource.get("package_id") or ""))
    if package is None or package.type != DATASET_TYPE:
        return
    tk.enqueue_job(load, [resource["id"]], title=f"ppid register table {resource['id']}")


def _stored(resource: dict[str, Any]) -> bytes:
    upload = uploader.get_resource_uploader(dict(resource))
    storage = getattr(upload, "storage", None)
    location = upload.get_path(resource["id"])
    if isinstance(storage, fk.Storage):
        return storage.content(files.FileData(files.Location(location)))
    with open(location, "rb") as stored:
        return stored.read()


def _read(resource: dict[str, Any]) -> DataTable | None:
    data = _stored(resource)
    if _extension(resource) == ".csv":
        return data_table(read_csv(data, MAX_ROWS, settings.input_max_columns()))
    sheets = read_xlsx(data, MAX_ROWS, settings.input_max_columns())
    return data_table(sheets[0]) if sheets else None


def load(resource_id: str) -> None:
    """Background job: (re)write the document's DataStore table and give it its table preview."""
    context = site_context()
    try:
        resource = tk.get_action("resource_show")(dict(context), {"id": resource_id})
        item = tk.get_action("package_show")(dict(context), {"id": resource["package_id"]})
    except tk.ObjectNotFound:
        return
    if item.get("type") != DATASET_TYPE or is_restricted(item) or not _loadable(resource):
        return
    try:
        table = _read(resource)
    except (UnreadableFile, OSError, files.exc.MissingFileError, files.exc.LocationError) as refused:
        log.info("Register document %s not loaded into the DataStore: %s", resource_id, refused)
        return
    if table is None:
        return
    if resource.get("datastore_active"):
        tk.get_action("datastore_delete")(dict(context), {"resource_id": resource_id, "force": True})
    tk.get_action("datastore_create")(
        dict(context),
        {
            "resource_id": resource_id,
            "force": True,
            "fields": [{"id": name, "type": "text"} for name in table.columns],
            "records": table.records,
        },
    )
    resource = tk.get_action("resource_show")(dict(context), {"id": resource_id})
    tk.get_action("resource_create_default_resource_views")(
        dict(context), {"resource": resource, "package": item, "create_datastore_views": True}
    )
