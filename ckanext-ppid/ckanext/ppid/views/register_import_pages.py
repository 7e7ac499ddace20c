"""Pages with which a unit's staff import register rows from a spreadsheet: upload, preview, commit."""

from __future__ import annotations

from typing import Any

import ckan.plugins.toolkit as tk
from flask import Blueprint

from ckanext.ppid import register_import
from ckanext.ppid.law import categories

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
    context = {"user": _user()}
    return tk.get_action("organization_list_for_user")(context, {"permission": "create_dataset"})


def _message(notice: Any) -> str:
    return tk._(notice.message).format(**notice.params)


def form() -> str:
    units = _units()
    if not units:
        tk.abort(403, tk._("You are not staff of any PPID unit."))
    categories_ = [{"value": c.code, "label": tk._(c.label)} for c in categories.CATEGORIES]
    return tk.render("ppid/import_form.html", {"units": units, "categories": categories_, "errors": {}})


def upload() -> Any:
    user = _user()
    file = tk.request.files.get("file")
    if file is None or not file.filename:
        tk.h.flash_error(tk._("Choose a CSV or XLSX file."))
        return tk.redirect_to("ppid_import.form")
    allowed = {unit["id"] for unit in _units()} | {unit["name"] for unit in _units()}
    defaults = {key: tk.request.form[key] for key in DEFAULT_FIELDS if tk.request.form.get(key)}
    if defaults.get("owner_org") and defaults["owner_org"] not in allowed:
        tk.abort(403, tk._("You cannot add items to this unit."))
    data = file.stream.read(register_import.settings.import_max_bytes() + 1)
    kept = register_import.keep(file.filename, data, defaults, user)
    return tk.redirect_to("ppid_import.preview", token=kept.token)


def preview(token: str) -> str:
    kept = register_import.kept(token, _user())
    if kept is None:
        tk.abort(404, tk._("This import has expired or does not exist; upload the file again."))
    result = kept.preview()
    rows = [
        {
            "source_row": row.source_row,
            "values": row.values,
            "errors": [(error.field, _message(error)) for error in row.errors],
            "warnings": [(warning.field, _message(warning)) for warning in row.warnings],
        }
        for row in result.rows
    ]
    return tk.render(
        "ppid/import_preview.html",
        {
            "token": token,
            "preview": result,
            "rows": rows,
            "file_errors": [_message(notice) for notice in result.errors],
            "notes": [_message(notice) for notice in result.notes],
        },
    )


def commit(token: str) -> Any:
    kept = register_import.kept(token, _user())
    if kept is None:
        tk.abort(404, tk._("This import has expired or does not exist; upload the file again."))
    try:
        created = register_import.commit(kept, {"user": _user()})
    except register_import.ImportRefused as refused:
        rows = ", ".join(str(row) for row in sorted(refused.errors))
        tk.h.flash_error(tk._("Nothing was imported: rows {rows} were refused.").format(rows=rows))
        return tk.redirect_to("ppid_import.preview", token=token)
    tk.h.flash_success(tk._("{count} register items were imported.").format(count=len(created)))
    return tk.redirect_to("ppid.dip")


register_import_pages.add_url_rule("/", view_func=form, endpoint="form", methods=["GET"])
register_import_pages.add_url_rule("/", view_func=upload, endpoint="upload", methods=["POST"])
register_import_pages.add_url_rule("/<token>", view_func=preview, endpoint="preview", methods=["GET"])
register_import_pages.add_url_rule("/<token>", view_func=commit, endpoint="commit", methods=["POST"])
