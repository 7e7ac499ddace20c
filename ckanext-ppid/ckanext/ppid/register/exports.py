"""Downloads of the DIP and the DIK as PDF, CSV and XLSX, for one unit or consolidated."""

from __future__ import annotations

import datetime as dt
import zoneinfo
from pathlib import Path
from typing import Any

import ckan.plugins.toolkit as tk
from flask import Response

from ckanext.ppid.documents import register_pdf, register_tabular
from ckanext.ppid.documents.register_export import RegisterExport
from ckanext.ppid.register.core.restriction import EXEMPTED
from ckanext.ppid.security import download_names
from ckanext.ppid.shell import settings
from ckanext.ppid.shell.action_context import visible_unit, visitor_context

MEDIA_TYPES = {
    "pdf": "application/pdf",
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
# The setiap-saat item that is the DIP itself: its decree establishes the list (UU 14/2008 Ps 11(1)a).
DIP_ITEM = "dip"


def unit_or_404(name: str) -> dict[str, Any]:
    """The PPID unit ``name`` (its name or id); 404 when there is none the visitor may see."""
    unit = visible_unit(name)
    if unit is None:
        tk.abort(404, tk._("Unit not found"))
    return unit


def _rows(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        dict(
            entry,
            notes=entry.get("ringkasan", ""),
            url=tk.url_for("informasi-publik.read", id=entry["name"], _external=True),
        )
        for entry in entries
    ]


def _establishment(entries: list[dict[str, Any]]) -> tuple[dt.date | None, str]:
    """The date and author of the DIP decree among the items, if the unit published one."""
    for entry in entries:
        if entry.get("item_setiap_saat") == DIP_ITEM:
            when = entry.get("tanggal_penetapan") or (entry.get("metadata_modified") or "")[:10]
            author = entry.get("penanggung_jawab") or entry.get("unit_title") or ""
            return (dt.date.fromisoformat(when[:10]) if when else None), author
    return None, ""


def export(kind: str, fmt: str) -> Response:
    """``/ppid/<dip|dik>.<pdf|csv|xlsx>?unit=<name>``"""
    if kind not in ("dip", "dik") or fmt not in MEDIA_TYPES:
        tk.abort(404)
    unit_name = tk.request.args.get("unit") or None
    unit = unit_or_404(unit_name) if unit_name else None
    filters = {"unit": unit["name"]} if unit else {}
    if kind == "dik":
        filters["category"] = EXEMPTED
    entries = tk.get_action("ppid_register_list")(visitor_context(), filters)["results"]
    if kind == "dip":
        entries = [entry for entry in entries if entry.get("kategori") != EXEMPTED]
    established_on, established_by = _establishment(entries)
    logo = settings.body_logo()
    document = RegisterExport(
        kind=kind,
        body_name=settings.body_name(),
        unit_title=unit["title"] if unit else None,
        established_on=established_on,
        established_by=established_by,
        generated_at=dt.datetime.now(zoneinfo.ZoneInfo(settings.timezone())),
        rows=_rows(entries),
        address=settings.body_address(),
        logo_path=Path(logo) if logo else None,
    )
    locale = "en" if tk.h.lang() == "en" else "id"
    if fmt == "pdf":
        body = register_pdf.render_register_pdf(document, tk._, locale)
    elif fmt == "csv":
        body = register_tabular.register_csv(document, tk._, locale)
    else:
        body = register_tabular.register_xlsx(document, tk._, locale)
    filename = f"{kind}-{unit['name'] if unit else 'konsolidasi'}.{fmt}"
    return Response(
        body,
        mimetype=MEDIA_TYPES[fmt],
        headers={"Content-Disposition": download_names.attachment(filename)},
    )
