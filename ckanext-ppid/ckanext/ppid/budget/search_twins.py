"""The budget dataset once in search: its register item (``register_item``) is the same information, so
mixed lists (``/dataset/``, a unit's page, the API's ``package_search`` without a type) show the budget
dataset only, where its files, table and Data API are; the budget page links to the register item.

Lists of the register alone (the DIP, ``/informasi-publik/``, ``ppid_register_list``) keep the item: there
it is the budget's one entry, periodic information of its OPD.
"""

from __future__ import annotations

import re
from typing import Any

from ckan import model

from ckanext.ppid.budget import dataset as budget_dataset
from ckanext.ppid.budget import register_item

# The index field that marks a budget dataset's register item.
FLAG = "ppid_budget_twin"
HIDDEN = f"-{FLAG}:true"
# A filter that keeps the search to register items (the register's own lists and search page).
REGISTER_ONLY = re.compile(r'(^|[\s(+])dataset_type:"?' + re.escape(register_item.REGISTER_TYPE) + r'"?')


def budget_of(document: dict[str, Any]) -> str | None:
    """The id of the budget dataset whose register item ``document`` is; None for any other dataset."""
    kind = document.get("dataset_type") or document.get("type")
    if kind != register_item.REGISTER_TYPE or document.get("item_berkala") != register_item.BERKALA_ITEM:
        return None
    if not document.get("owner_org") or not document.get("id"):
        return None
    budgets = model.Session.query(model.Package.id).filter(
        model.Package.type == budget_dataset.DATASET_TYPE, model.Package.owner_org == document["owner_org"]
    )
    return next((budget for (budget,) in budgets if register_item.item_id(budget) == document["id"]), None)


def mark(document: dict[str, Any]) -> dict[str, Any]:
    """``before_dataset_index``: flag a budget dataset's register item."""
    if budget_of(document) is not None:
        document[FLAG] = "true"
    return document


def hide(search_params: dict[str, Any]) -> dict[str, Any]:
    """``before_dataset_search``: leave the register items of budgets out unless only the register is
    searched."""
    fq = search_params.get("fq") or ""
    if not REGISTER_ONLY.search(fq):
        search_params["fq"] = f"{fq} {HIDDEN}".strip()
    return search_params


def ppid_budget_register_item(budget: dict[str, Any]) -> dict[str, Any] | None:
    """The register item of a budget dataset (its name and title), when it has one."""
    item = model.Package.get(register_item.item_id(budget.get("id") or ""))
    if item is None or item.state != "active":
        return None
    return {"name": item.name, "title": item.title}
