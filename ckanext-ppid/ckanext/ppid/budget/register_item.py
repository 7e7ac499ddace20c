"""Every budget dataset is an item of its OPD's information register: periodic information, the summary of
financial reports (UU 14/2008 Ps 9(2)(c); Perki 1/2021; PP 12/2019 Ps 214).

The register lists datasets of type ``informasi-publik``, so each active budget dataset has a linked
register item of that type, kept in step by the ``ppid_budget`` plugin: created with the dataset, updated
with it (title, OPD, year, period, visibility, date of the last change) and deleted with it. Its id is
derived from the budget dataset's, so the link needs no table; its one resource links to the budget
dataset's page (the files, the normalised table and the Data API are there). A new dataset's item is
created in the dataset's transaction; changes and deletions follow by a background job (see
:func:`schedule`).
"""

from __future__ import annotations

import uuid
import zoneinfo
from typing import Any

import ckan.plugins.toolkit as tk
import sqlalchemy as sa
from ckan import logic, model

from ckanext.ppid.budget import choices
from ckanext.ppid.budget import dataset as budget_dataset
from ckanext.ppid.law.markers import N_
from ckanext.ppid.notifications import mail
from ckanext.ppid.register.core.restriction import DATASET_TYPE as REGISTER_TYPE
from ckanext.ppid.shell import settings
from ckanext.ppid.shell.site_context import site_context

# uuid5 namespace of the linked items' ids (any fixed UUID; never change it).
NAMESPACE = uuid.UUID("6f1c1f0e-4a36-5b8e-9d0b-2b5e3c7a9d41")
CATEGORY = "berkala"
BERKALA_ITEM = "laporan_keuangan"
LEGAL_BASIS = "UU 14/2008 Ps 9(2)(c); PP 12/2019 Ps 214"
NAME_PREFIX = "dip-"
SUMMARY = N_(
    "Budget of {unit} for fiscal year {year}, {phase}: plan and realisation by programme, activity and "
    "sub-activity, with the source files, the normalised table and the Data API on the budget dataset's page."
)
RESOURCE_NAME = N_("Budget dataset: {title}")
# The fields the item takes from its budget dataset; the register's own fields are fixed above.
SYNCED = (
    "name",
    "title",
    "notes",
    "owner_org",
    "private",
    "tahun",
    "periodisitas",
    "unit_penguasa",
    "penanggung_jawab",
    "tanggal_pemutakhiran",
)


def item_id(budget_id: str) -> str:
    """The id of the register item linked to a budget dataset."""
    return str(uuid.uuid5(NAMESPACE, budget_id))


def _item_name(budget: model.Package, own_id: str) -> str:
    name = (NAME_PREFIX + budget.name)[:100]
    taken = model.Package.get(name)
    return name if taken is None or taken.id == own_id else (NAME_PREFIX + own_id)


def item_fields(budget: model.Package) -> dict[str, Any]:
    """The register item's fields for ``budget`` (texts in the site's language)."""
    fields = budget.extras or {}
    unit = model.Group.get(budget.owner_org)
    unit_title = unit.title if unit else ""
    own_id = item_id(budget.id)
    changed = budget.metadata_modified.replace(tzinfo=zoneinfo.ZoneInfo("UTC"))
    with mail.site_language():
        summary = tk._(SUMMARY).format(
            unit=unit_title,
            year=fields.get("tahun_anggaran", ""),
            phase=choices.phase_label(fields.get("tahapan", "")),
        )
        resource_name = tk._(RESOURCE_NAME).format(title=budget.title)
        page = tk.url_for(f"{budget_dataset.DATASET_TYPE}.read", id=budget.name, _external=True)
    return {
        "id": own_id,
        "type": REGISTER_TYPE,
        "name": _item_name(budget, own_id),
        "title": budget.title,
        "notes": budget.notes or summary,
        "owner_org": budget.owner_org,
        "private": budget.private,
        "kategori": CATEGORY,
        "item_berkala": BERKALA_ITEM,
        "periodisitas": fields.get("jenis_periode") or "tahunan",
        "tahun": fields.get("tahun_anggaran"),
        "unit_penguasa": unit_title,
        "penanggung_jawab": ((unit.extras or {}).get("pejabat_ppid") if unit else None) or unit_title,
        "bentuk_tersedia": ["softcopy"],
        "dasar_hukum": LEGAL_BASIS,
        "tanggal_pemutakhiran": changed.astimezone(zoneinfo.ZoneInfo(settings.timezone())).date().isoformat(),
        "resources": [{"name": resource_name, "url": page, "format": "HTML"}],
    }


def _unchanged(item: model.Package, wanted: dict[str, Any]) -> bool:
    shown = {
        field: getattr(item, field, None) for field in ("name", "title", "notes", "owner_org", "private")
    }
    shown.update({field: (item.extras or {}).get(field) for field in SYNCED if field not in shown})
    resources = [(resource.name, resource.url) for resource in item.resources]
    expected = [(resource["name"], resource["url"]) for resource in wanted["resources"]]
    same_fields = all(str(shown[field] or "") == str(wanted[field] or "") for field in SYNCED)
    return item.state == "active" and same_fields and resources == expected


def _shown_in_register(budget: model.Package | None) -> bool:
    return budget is not None and budget.state == "active" and bool(budget.owner_org)


def on_created(budget_id: str) -> None:
    """A new budget dataset: its item joins the register in the dataset's own transaction."""
    budget = model.Package.get(budget_id)
    if not _shown_in_register(budget) or model.Package.get(item_id(budget_id)) is not None:
        schedule(budget_id)
        return
    wanted = item_fields(budget)
    tk.get_action("package_create")(site_context(defer_commit=True), wanted)
    # With defer_commit the action leaves indexing to its caller.
    logic.index_update_package({"ignore_auth": True}, wanted["id"], defer_commit=True)


def schedule(budget_id: str) -> None:
    """Bring the item in step once the dataset's change is committed (a background job).

    CKAN 2.12's package_update cannot join another action's transaction (with ``defer_commit`` it rolls
    its change back, without it it commits the caller's), so changes and deletions follow by a job;
    should the change roll back, the job finds nothing to do.
    """
    session = model.Session()

    def enqueue(_session: Any) -> None:
        tk.enqueue_job(sync, [budget_id], title=f"ppid budget register item {budget_id}")

    sa.event.listen(session, "after_commit", enqueue, once=True)


def sync(budget_id: str) -> None:
    """Background job: make the budget dataset's register item match it (create, update or delete)."""
    budget = model.Package.get(budget_id)
    if budget is None or budget.type != budget_dataset.DATASET_TYPE:
        return
    item = model.Package.get(item_id(budget.id))
    if not _shown_in_register(budget):
        if item is not None and item.state == "active":
            tk.get_action("package_delete")(site_context(), {"id": item.id})
        return
    wanted = item_fields(budget)
    if item is None:
        tk.get_action("package_create")(site_context(), wanted)
    elif not _unchanged(item, wanted):
        tk.get_action("package_update")(site_context(), {**wanted, "state": "active"})
