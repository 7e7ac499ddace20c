"""Attach staged documents to register items as uploaded resources: every one of them, or none.

CKAN writes a resource's file to its storage as soon as the resource row is flushed, long before the
transaction commits, and its ``resource_create`` may commit on its own (default views are created with a
fresh context). So documents are added with ``package_update`` under ``defer_commit``, each ``Resource``
row flushed meanwhile is noted, and on any failure the transaction is rolled back and the file of every
noted resource is removed from CKAN's storage (through the resource uploader's own ``clear_upload``, so
whatever storage is configured is honoured). Default views and the search index are written before the
single commit at the end.
"""

from __future__ import annotations

import logging
import mimetypes
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import Any

import ckan.lib.uploader as uploader
import ckan.plugins.toolkit as tk
from ckan import logic, model
from sqlalchemy import event
from werkzeug.datastructures import FileStorage

from ckanext.ppid.shell import messages, uploads

NAME_LENGTH = 200
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class NewDocument:
    """A staged file to become a resource: the resource's name, the file's name and its bytes on disk."""

    name: str
    filename: str
    path: Path
    content_type: str = ""


class DocumentWriter:
    """``with DocumentWriter(context) as writer:`` add documents to items, then :meth:`commit`.

    Leaving the block without a commit (an exception, or simply not committing) rolls the transaction
    back and removes from storage every file written meanwhile.
    """

    def __init__(self, context: dict[str, Any]) -> None:
        self.context = dict(context, defer_commit=True)
        self.resource_ids: set[str] = set()
        self.package_ids: list[str] = []
        self.committed = False
        self._files = ExitStack()
        self._session = model.Session()

    def __enter__(self) -> DocumentWriter:
        event.listen(self._session, "after_flush", self._note_resources)
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        event.remove(self._session, "after_flush", self._note_resources)
        self._files.close()
        if not self.committed:
            model.Session.rollback()
            self.remove_stored_files()

    def _note_resources(self, session: Any, flush_context: Any) -> None:
        for instance in session.new:
            if isinstance(instance, model.Resource) and instance.url_type == "upload":
                self.resource_ids.add(instance.id)

    def create_item(self, data: dict[str, Any]) -> dict[str, Any]:
        """``package_create`` in the writer's transaction."""
        item = tk.get_action("package_create")(dict(self.context), data)
        self._touched(item["id"])
        return item

    def attach(self, item_id: str, documents: list[NewDocument]) -> dict[str, Any]:
        """Add the documents to the item as uploaded resources; returns the updated item.

        Raises ``ValidationError`` (a refused file, a storage error) or ``NotAuthorized``.
        """
        if not documents:
            return tk.get_action("package_show")(dict(self.context), {"id": item_id})
        # The item as stored, documents included, whoever asks: package_update keeps unchanged resources.
        current = tk.get_action("package_show")(
            {"ignore_auth": True, "for_update": True, "defer_commit": True}, {"id": item_id}
        )
        new = [self._resource(document) for document in documents]
        # CKAN 2.12.0's package_update rolls its own savepoint back under defer_commit (the ``else`` of
        # ``if not context.get('defer_commit')``), except on the return_id_only path, which returns first.
        tk.get_action("package_update")(
            dict(self.context, return_id_only=True),
            dict(current, resources=[*current.get("resources", []), *new]),
        )
        item = tk.get_action("package_show")(dict(self.context), {"id": item_id})
        views_context = dict(self.context, ignore_auth=True)
        for resource in item["resources"][-len(new) :]:
            tk.get_action("resource_create_default_resource_views")(
                dict(views_context), {"resource": resource, "package": item}
            )
        self._touched(item_id)
        return item

    def _resource(self, document: NewDocument) -> dict[str, Any]:
        stream = self._files.enter_context(document.path.open("rb"))
        content_type = document.content_type or mimetypes.guess_type(document.filename)[0] or ""
        upload = FileStorage(stream, filename=document.filename, content_type=content_type)
        try:
            uploads.check_upload({"upload": upload})
        except uploads.UploadRefused as refused:
            raise tk.ValidationError({"upload": [messages.text(refused.problem)]}) from refused
        return {"name": document.name[:NAME_LENGTH], "url": document.filename, "upload": upload}

    def _touched(self, item_id: str) -> None:
        if item_id not in self.package_ids:
            self.package_ids.append(item_id)

    def commit(self) -> None:
        """Index every item touched and commit: the only point at which anything becomes permanent."""
        for item_id in self.package_ids:
            logic.index_update_package({"ignore_auth": True}, item_id, defer_commit=True)
        model.repo.commit()
        self.committed = True

    def remove_stored_files(self) -> None:
        """Remove the stored file of every uploaded resource flushed in this writer's transaction."""
        for resource_id in self.resource_ids:
            cleaner = uploader.get_resource_uploader({"clear_upload": True, "url": ""})
            try:
                cleaner.upload(resource_id, uploader.get_max_resource_size())
            except Exception:
                # Do not hide the failure that brought us here; the orphan is named for the operator.
                log.exception("could not remove the stored file of the rolled-back resource %s", resource_id)


def add_documents(context: dict[str, Any], item_id: str, documents: list[NewDocument]) -> dict[str, Any]:
    """Add all the documents to one item, or none; returns the item. Raises ``ValidationError``,
    ``NotAuthorized`` or ``OSError`` (storage) with nothing kept."""
    with DocumentWriter(context) as writer:
        item = writer.attach(item_id, documents)
        writer.commit()
    return item
