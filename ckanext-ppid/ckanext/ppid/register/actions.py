"""Actions on the information register: the list with its filters and the per-unit summary."""

from __future__ import annotations

import datetime as dt
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.law import berkala, categories
from ckanext.ppid.register.core import freshness, text_search
from ckanext.ppid.register.core.fields import REGISTER_FIELDS
from ckanext.ppid.register.core.restriction import DATASET_TYPE
from ckanext.ppid.register.withheld import WITHHELD_FLAG
from ckanext.ppid.shell import schema
from ckanext.ppid.shell.parameters import validated

PAGE = 1000
# "Other periodic information required by regulation" is open-ended: no unit lacks it.
OTHER_BERKALA = "berkala_lainnya"


def _quoted(value: str) -> str:
    return '"' + str(value).replace("\\", "\\\\").replace('"', '\\"') + '"'


def _search_all(context: dict[str, Any], filters: list[str]) -> list[dict[str, Any]]:
    """Every register item the caller may see that matches ``filters`` (Solr fq clauses)."""
    items: list[dict[str, Any]] = []
    query = {
        "fq": " AND ".join([f"dataset_type:{_quoted(DATASET_TYPE)}", *filters]),
        "rows": PAGE,
        "sort": "organization asc, title_string asc",
        "include_private": True,
    }
    while True:
        found = tk.get_action("package_search")(dict(context), dict(query, start=len(items)))
        items += found["results"]
        if len(items) >= found["count"] or not found["results"]:
            return items


def _last_updated(item: dict[str, Any]) -> dt.date:
    return dt.datetime.fromisoformat(item["metadata_modified"]).date()


def register_entry(item: dict[str, Any], today: dt.date) -> dict[str, Any]:
    """The register view of an item: its DIP columns, unit, freshness and whether files are withheld."""
    organization = item.get("organization") or {}
    entry = {
        "id": item["id"],
        "name": item["name"],
        "title": item["title"],
        "ringkasan": item.get("notes") or "",
        "unit": organization.get("name"),
        "unit_title": organization.get("title"),
        "private": item.get("private", False),
        "metadata_modified": item.get("metadata_modified"),
        "num_resources": item.get("num_resources", 0),
        "files_withheld": bool(item.get(WITHHELD_FLAG)),
        **{field: item.get(field) for field in REGISTER_FIELDS if item.get(field) not in (None, "")},
    }
    if item.get("kategori") == "berkala":
        entry["out_of_date"] = freshness.is_out_of_date(item, today, last_modified=_last_updated(item))
        entry["next_update_due"] = freshness.next_update_due(
            item, last_modified=_last_updated(item)
        ).isoformat()
    return entry


@tk.side_effect_free
@validated(schema.register_list)
def ppid_register_list(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """List the items of the information register (DIP and exempted register) the caller may see.

    Exempted items are listed with their decision (the consequence-test record); their documents are
    withheld from everyone but the owning unit, the PPID Utama and sysadmins.

    :param unit: the name or id of a PPID unit (organization) (optional)
    :type unit: string
    :param category: ``berkala``, ``serta_merta``, ``setiap_saat`` or ``dikecualikan`` (optional)
    :type category: string
    :param year: the year of the information (optional)
    :type year: int
    :param berkala_item: a Perki 1/2021 periodic item code, e.g. ``laporan_keuangan`` (optional)
    :type berkala_item: string
    :param out_of_date: only periodic items older than their update period (at most six months,
        UU 14/2008 Ps 9) if true, only the others if false (optional)
    :type out_of_date: bool
    :param q: words each entry's title, summary, unit, official holding it or official responsible for
        it must contain (optional)
    :type q: string

    :returns: ``count`` and ``results``: the register entries, ordered by unit and title
    :rtype: dictionary
    """
    tk.check_access("ppid_register_list", context, data_dict)
    filters, errors = [], {}
    if data_dict.get("unit"):
        unit = model.Group.get(data_dict["unit"])
        if unit is None or not unit.is_organization:
            errors["unit"] = [tk._("No such unit")]
        else:
            filters.append(f"owner_org:{_quoted(unit.id)}")
    if data_dict.get("category"):
        if data_dict["category"] not in {c.code for c in categories.CATEGORIES}:
            errors["category"] = [tk._("Unknown category")]
        filters.append(f"kategori:{_quoted(data_dict['category'])}")
    if data_dict.get("year") not in (None, ""):
        try:
            filters.append(f"tahun:{int(data_dict['year'])}")
        except (TypeError, ValueError):
            errors["year"] = [tk._("Enter a year as a number")]
    if data_dict.get("berkala_item"):
        if data_dict["berkala_item"] not in {item.code for item in berkala.BERKALA_ITEMS}:
            errors["berkala_item"] = [tk._("Unknown periodic item")]
        filters.append(f"item_berkala:{_quoted(data_dict['berkala_item'])}")
    if errors:
        raise tk.ValidationError(errors)
    today = dt.date.today()
    entries = [register_entry(item, today) for item in _search_all(context, filters)]
    wanted = data_dict.get("out_of_date")
    if wanted not in (None, ""):
        wanted = tk.asbool(wanted)
        entries = [
            entry for entry in entries if entry.get("out_of_date", False) is wanted and "out_of_date" in entry
        ]
    if data_dict.get("q", "").strip():
        query = text_search.words(data_dict["q"])
        entries = [entry for entry in entries if text_search.matches(entry, query)]
    return {"count": len(entries), "results": entries}


@tk.side_effect_free
@validated(schema.nothing)
def ppid_register_summary(context: dict[str, Any], data_dict: dict[str, Any]) -> list[dict[str, Any]]:
    """Count the register items of every PPID unit per category, and name the Perki 1/2021 periodic
    items each unit has not published yet.

    Counts cover the items the caller may see (private items only for their unit's staff, assessors and
    the Atasan PPID).

    :returns: one entry per unit (``unit``, ``unit_title``, ``counts`` per category, ``total``,
        ``out_of_date``, ``missing_berkala``: codes of the periodic items with no item), ordered by title
    :rtype: list of dictionaries
    """
    tk.check_access("ppid_register_summary", context, data_dict)
    today = dt.date.today()
    units = (
        model.Session.query(model.Group)
        .filter(model.Group.is_organization.is_(True), model.Group.state == "active")
        .order_by(model.Group.title)
        .all()
    )
    summary = {
        unit.id: {
            "unit": unit.name,
            "unit_title": unit.title,
            "counts": {category.code: 0 for category in categories.CATEGORIES},
            "total": 0,
            "out_of_date": 0,
            "_has": set(),
        }
        for unit in units
    }
    for item in _search_all(context, []):
        row = summary.get(item.get("owner_org"))
        if row is None or item.get("kategori") not in row["counts"]:
            continue
        row["counts"][item["kategori"]] += 1
        row["total"] += 1
        if item.get("kategori") == "berkala":
            row["_has"].add(item.get("item_berkala"))
            row["out_of_date"] += freshness.is_out_of_date(item, today, last_modified=_last_updated(item))
    result = []
    for row in summary.values():
        has = row.pop("_has")
        row["missing_berkala"] = [
            item.code for item in berkala.BERKALA_ITEMS if item.code not in has and item.code != OTHER_BERKALA
        ]
        result.append(row)
    return result


ACTIONS = {"ppid_register_list": ppid_register_list, "ppid_register_summary": ppid_register_summary}
# Reading the register is public, as the register is (UU 14/2008 Ps 11(1)a).
AUTH = {
    "ppid_register_list": tk.auth_allow_anonymous_access(lambda context, data_dict: {"success": True}),
    "ppid_register_summary": tk.auth_allow_anonymous_access(lambda context, data_dict: {"success": True}),
}
