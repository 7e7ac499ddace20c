"""Pages with which a unit's staff add many documents to one register item at once: upload, check, commit."""

from __future__ import annotations

from typing import Any

import ckan.plugins.toolkit as tk
from flask import Blueprint

from ckanext.ppid.register import staging
from ckanext.ppid.register.archive import BatchRefused
from ckanext.ppid.register.core.restriction import DATASET_TYPE
from ckanext.ppid.register.documents import NAME_LENGTH, NewDocument, add_documents
from ckanext.ppid.register.import_pages import limits, uploaded_documents
from ckanext.ppid.shell import messages
from ckanext.ppid.shell.action_context import visitor_context

register_document_pages = Blueprint("ppid_documents", __name__, url_prefix="/ppid/documents")


def _context() -> dict[str, Any]:
    if not tk.current_user.is_authenticated:
        tk.abort(403, tk._("Log in as the staff of the item's unit to add documents."))
    return visitor_context()


def _item(id: str) -> dict[str, Any]:
    """The register item, if the user may edit it (staff of its unit who may create items there)."""
    context = _context()
    try:
        item = tk.get_action("package_show")(dict(context), {"id": id})
        tk.check_access("package_update", dict(context), {"id": item["id"]})
    except tk.ObjectNotFound:
        tk.abort(404, tk._("Register item not found"))
    except tk.NotAuthorized:
        tk.abort(403, tk._("You may not add documents to this item."))
    if item.get("type") != DATASET_TYPE:
        tk.abort(404, tk._("Register item not found"))
    return item


def _purpose(item: dict[str, Any]) -> str:
    return f"item:{item['id']}"


def _batch(item: dict[str, Any], token: str) -> staging.Batch:
    batch = staging.load(token, tk.current_user.name, _purpose(item))
    if batch is None:
        tk.abort(404, tk._("These documents have expired or do not exist; upload them again."))
    return batch


def form(id: str) -> str:
    item = _item(id)
    return tk.render("ppid/documents_form.html", {"item": item, "limits": limits()})


def upload(id: str) -> Any:
    item = _item(id)
    files, archive = uploaded_documents()
    if not files and archive is None:
        tk.h.flash_error(tk._("Choose the documents to upload, or a ZIP file holding them."))
        return tk.redirect_to("ppid_documents.form", id=item["name"])
    try:
        batch = staging.stage(tk.current_user.name, _purpose(item), files, archive)
    except BatchRefused as refused:
        tk.h.flash_error(messages.text(refused.problem))
        return tk.redirect_to("ppid_documents.form", id=item["name"])
    return tk.redirect_to("ppid_documents.preview", id=item["name"], token=batch.token)


def preview(id: str, token: str) -> str:
    item = _item(id)
    batch = _batch(item, token)
    files = [
        {"staged": staged, "problem": messages.text(staged.problem) if staged.problem else None}
        for staged in batch.files
    ]
    return tk.render(
        "ppid/documents_preview.html",
        {
            "item": item,
            "token": token,
            "files": files,
            "ok": bool(files) and not any(file["problem"] for file in files),
            "name_length": NAME_LENGTH,
        },
    )


def commit(id: str, token: str) -> Any:
    item = _item(id)
    batch = _batch(item, token)
    if not batch.files or any(staged.problem for staged in batch.files):
        tk.h.flash_error(
            tk._("Nothing was added: remove or replace the files with problems and upload again.")
        )
        return tk.redirect_to("ppid_documents.preview", id=item["name"], token=token)
    documents = [
        NewDocument(
            (tk.request.form.get(f"name-{staged.key}") or "").strip() or staged.name,
            staged.name,
            batch.bytes_of(staged),
            staged.detected,
        )
        for staged in batch.files
    ]
    try:
        add_documents(_context(), item["id"], documents)
    except tk.ValidationError as refused:
        return _refused(item, token, "; ".join(f"{k}: {v}" for k, v in refused.error_summary.items()))
    except tk.NotAuthorized as refused:
        return _refused(item, token, str(refused) or tk._("Not authorized"))
    except OSError:
        return _refused(item, token, tk._("A document could not be stored."))
    staging.discard(token)
    tk.h.flash_success(tk._("{count} documents were added.").format(count=len(documents)))
    return tk.redirect_to(f"{DATASET_TYPE}.read", id=item["name"])


def _refused(item: dict[str, Any], token: str, reason: str) -> Any:
    tk.h.flash_error(tk._("Nothing was added: {reason}").format(reason=reason))
    return tk.redirect_to("ppid_documents.preview", id=item["name"], token=token)


register_document_pages.add_url_rule("/<id>", view_func=form, endpoint="form", methods=["GET"])
register_document_pages.add_url_rule("/<id>", view_func=upload, endpoint="upload", methods=["POST"])
register_document_pages.add_url_rule("/<id>/<token>", view_func=preview, endpoint="preview", methods=["GET"])
register_document_pages.add_url_rule("/<id>/<token>", view_func=commit, endpoint="commit", methods=["POST"])
