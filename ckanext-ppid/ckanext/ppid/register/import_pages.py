"""Pages with which a unit's staff import register rows and their documents: upload, preview, commit."""

from __future__ import annotations

from typing import Any

import ckan.plugins.toolkit as tk
from flask import Blueprint, Response

from ckanext.ppid.law import categories
from ckanext.ppid.register import import_templates, imports, staging
from ckanext.ppid.register.archive import BatchRefused
from ckanext.ppid.register.field_labels import field_label
from ckanext.ppid.security.download_names import attachment
from ckanext.ppid.shell import messages, settings
from ckanext.ppid.shell.action_context import visitor_context

register_import_pages = Blueprint("ppid_import", __name__, url_prefix="/ppid/import")
DEFAULT_FIELDS = (
    "owner_org",
    "kategori",
    "tahun",
    "nomor_sk_ppid",
    "tanggal_penetapan",
    "persetujuan_pimpinan",
)


def _user() -> str:
    if not tk.current_user.is_authenticated:
        tk.abort(403, tk._("Log in as the staff of a PPID unit to import a register."))
    return tk.current_user.name


def _units() -> list[dict[str, Any]]:
    """The units the user may add register items to."""
    _user()
    return tk.get_action("organization_list_for_user")(visitor_context(), {"permission": "create_dataset"})


def limits() -> dict[str, int]:
    """The document limits, for the forms."""
    return {
        "file_mb": settings.document_max_bytes() // settings.MB,
        "batch_mb": settings.document_batch_max_bytes() // settings.MB,
        "files": settings.document_max_files(),
    }


def uploaded_documents() -> tuple[list[Any], Any]:
    """The files of the form's multiple document input and its ZIP input (empty inputs left out)."""
    files = [file for file in tk.request.files.getlist("documents") if file and file.filename]
    archive = tk.request.files.get("archive")
    return files, archive if archive is not None and archive.filename else None


def form() -> str:
    units = _units()
    if not units:
        tk.abort(403, tk._("You are not staff of any PPID unit."))
    categories_ = [{"value": c.code, "label": tk._(c.label)} for c in categories.CATEGORIES]
    return tk.render(
        "ppid/import_form.html",
        {
            "units": units,
            "categories": categories_,
            "templates": [c for c in categories_ if c["value"] in import_templates.COLUMNS],
            "errors": {},
            "limits": limits(),
        },
    )


def upload() -> Any:
    user = _user()
    units = _units()
    # Checked before anything is read or staged: a file from someone who may not import is not kept.
    if not units:
        tk.abort(403, tk._("You are not staff of any PPID unit."))
    file = tk.request.files.get("file")
    if file is None or not file.filename:
        tk.h.flash_error(tk._("Choose a CSV or XLSX file."))
        return tk.redirect_to("ppid_import.form")
    allowed = {unit["id"] for unit in units} | {unit["name"] for unit in units}
    defaults = {key: tk.request.form[key] for key in DEFAULT_FIELDS if tk.request.form.get(key)}
    if defaults.get("owner_org") and defaults["owner_org"] not in allowed:
        tk.abort(403, tk._("You cannot add items to this unit."))
    data = file.stream.read(settings.import_max_bytes() + 1)
    files, archive = uploaded_documents()
    batch = None
    if files or archive:
        try:
            batch = staging.stage(user, imports.PURPOSE, files, archive)
        except BatchRefused as refused:
            tk.h.flash_error(messages.text(refused.problem))
            return tk.redirect_to("ppid_import.form")
    kept = imports.keep(file.filename, data, defaults, user, batch)
    return tk.redirect_to("ppid_import.preview", token=kept.token)


def template(category: str, fmt: str) -> Response:
    """The import template of a category, as XLSX or CSV, its example row of the officer's first unit."""
    units = _units()
    if not units:
        tk.abort(403, tk._("You are not staff of any PPID unit."))
    if category not in import_templates.COLUMNS or fmt not in import_templates.FORMATS:
        tk.abort(404, tk._("There is no such template."))
    sheet = import_templates.template(category, units[0].get("title") or units[0]["name"])
    body = import_templates.as_xlsx(sheet) if fmt == "xlsx" else import_templates.as_csv(sheet)
    response = Response(body, mimetype=import_templates.FORMATS[fmt])
    response.headers["Content-Disposition"] = attachment(import_templates.file_name(category, fmt))
    return response


def _documents_shown(documents: list[Any]) -> list[dict[str, Any]]:
    return [
        {
            "name": document.name,
            "url": document.url,
            "size": document.file.size if document.file else None,
            "problem": messages.text(document.file.problem)
            if document.file and document.file.problem
            else None,
        }
        for document in documents
    ]


def preview(token: str) -> str:
    kept = imports.kept(token, _user())
    if kept is None:
        tk.abort(404, tk._("This import has expired or does not exist; upload the file again."))
    checked = kept.check(visitor_context())
    result = checked.preview
    rows = [
        {
            "source_row": row.source_row,
            "values": row.values,
            "documents": _documents_shown(checked.documents.by_row.get(row.source_row, [])),
            "errors": [(field_label(error.field), messages.text(error)) for error in row.errors],
            "warnings": [(field_label(warning.field), messages.text(warning)) for warning in row.warnings],
        }
        for row in result.rows
    ]
    return tk.render(
        "ppid/import_preview.html",
        {
            "token": token,
            "preview": result,
            "mapping": {header: field_label(field) for header, field in result.mapping.items()},
            "rows": rows,
            "file_errors": [messages.text(notice) for notice in result.errors],
            "notes": [messages.text(notice) for notice in result.notes],
            "uploaded": len(kept.batch.files) if kept.batch else 0,
            "unnamed": [
                {
                    "name": batch_file.name,
                    "problem": messages.text(batch_file.problem) if batch_file.problem else None,
                }
                for batch_file in checked.documents.unnamed
            ],
        },
    )


def commit(token: str) -> Any:
    kept = imports.kept(token, _user())
    if kept is None:
        tk.abort(404, tk._("This import has expired or does not exist; upload the file again."))
    try:
        created = imports.commit(kept, visitor_context())
    except imports.ImportRefused as refused:
        rows = ", ".join(str(row) for row in sorted(refused.errors))
        tk.h.flash_error(tk._("Nothing was imported: rows {rows} were refused.").format(rows=rows))
        for row, fields in sorted(refused.errors.items()):
            for field, messages in fields.items():
                if field != "_":
                    tk.h.flash_error(f"{row}: {field_label(field)}: {_joined(messages)}")
        return tk.redirect_to("ppid_import.preview", token=token)
    tk.h.flash_success(tk._("{count} register items were imported.").format(count=len(created)))
    units = {item["owner_org"] for item in created}
    if len(units) == 1:
        return tk.redirect_to("ppid.dip_unit", unit=created[0]["organization"]["name"])
    return tk.redirect_to("ppid.dip")


def _joined(messages: Any) -> str:
    """CKAN's error values are lists of strings, or dicts of them for resources."""
    if isinstance(messages, dict):
        return "; ".join(_joined(value) for value in messages.values())
    if isinstance(messages, list):
        return "; ".join(_joined(value) for value in messages if value)
    return str(messages)


register_import_pages.add_url_rule("/", view_func=form, endpoint="form", methods=["GET"])
register_import_pages.add_url_rule("/", view_func=upload, endpoint="upload", methods=["POST"])
register_import_pages.add_url_rule(
    "/templat/<category>.<fmt>", view_func=template, endpoint="template", methods=["GET"]
)
register_import_pages.add_url_rule("/<token>", view_func=preview, endpoint="preview", methods=["GET"])
register_import_pages.add_url_rule("/<token>", view_func=commit, endpoint="commit", methods=["POST"])
