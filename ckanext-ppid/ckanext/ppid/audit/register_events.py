"""Audit events for the information register: items created, updated, deleted or purged, and imports.

CKAN's IPackageController hooks run inside the action's transaction, before its commit, so the events
join the change. ``after_dataset_update`` is not told what the item was before, so the chained
``package_update`` notes it first. Everything that changes an item goes through ``package_update`` in
CKAN 2.12 (``package_patch``, the resource actions, the organization's bulk actions, the expiry command),
so everything is recorded, with the fields that changed; a change of category or of exemption status
also gets an event of its own, so that those can be found by their action code.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.audit import log
from ckanext.ppid.register.core.restriction import DATASET_TYPE

CORE_FIELDS = (
    "name",
    "title",
    "notes",
    "state",
    "private",
    "owner_org",
    "license_id",
    "url",
    "version",
    "author",
    "maintainer",
)
# Changes with an event of their own besides the item's update event.
NAMED_CHANGES = {"kategori": "register.item.category", "status_pengecualian": "register.exemption.status"}
# Where the chained package_update leaves each item as it was, for after_dataset_update.
BEFORE = "ppid_audit_item_before"


def _register_item(id_or_name: Any) -> model.Package | None:
    package = model.Package.get(str(id_or_name or ""))
    return package if package is not None and package.type == DATASET_TYPE else None


def snapshot(package: model.Package) -> dict[str, Any]:
    """An item's fields as compared before and after a change: columns, custom fields, tags, documents."""
    fields: dict[str, Any] = {field: getattr(package, field) for field in CORE_FIELDS}
    fields.update(package.extras or {})
    fields["tags"] = sorted(tag.name for tag in package.get_tags())
    fields["resources"] = [
        {"id": resource.id, "name": resource.name, "url": resource.url, "format": resource.format}
        for resource in package.resources
    ]
    return fields


def _blank_is_none(value: Any) -> Any:
    return None if value in ("", [], {}) else value


def _set_fields(fields: dict[str, Any]) -> dict[str, Any]:
    return {field: value for field, value in sorted(fields.items()) if _blank_is_none(value) is not None}


def changes(before: dict[str, Any], after: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """``{field: {"before": ..., "after": ...}}`` for every field whose value differs (blank = absent)."""
    found = {}
    for field in sorted(before.keys() | after.keys()):
        was, now = _blank_is_none(before.get(field)), _blank_is_none(after.get(field))
        if was != now:
            found[field] = {"before": was, "after": now}
    return found


def _summary(package: model.Package) -> dict[str, Any]:
    extras = package.extras or {}
    return {
        "name": package.name,
        "title": package.title,
        **{key: extras[key] for key in ("kategori", "status_pengecualian") if extras.get(key)},
    }


# ----------------------------------------------------------------- IPackageController (see plugin.py)
def item_created(context: dict[str, Any], pkg_dict: dict[str, Any]) -> None:
    package = _register_item(pkg_dict.get("id"))
    if package is None:
        return
    log.record(
        "register.item.create",
        "dataset",
        package.id,
        unit=package.owner_org,
        details={**_summary(package), "fields": _set_fields(snapshot(package))},
        actor=context.get("user"),
    )


def item_updated(context: dict[str, Any], pkg_dict: dict[str, Any]) -> None:
    package = _register_item(pkg_dict.get("id"))
    if package is None:
        return
    before = context.get(BEFORE, {}).pop(package.id, {})
    changed = changes(before, snapshot(package))
    deleted = changed.get("state", {}).get("after") == "deleted"
    action = "register.item.delete" if deleted else "register.item.update"
    details = {**_summary(package), "changes": changed}
    log.record(action, "dataset", package.id, package.owner_org, details, context.get("user"))
    for field, named_action in NAMED_CHANGES.items():
        if field in changed:
            log.record(
                named_action, "dataset", package.id, package.owner_org, changed[field], context.get("user")
            )


def item_deleted(context: dict[str, Any], pkg_dict: dict[str, Any]) -> None:
    package = _register_item(pkg_dict.get("id") or pkg_dict.get("name"))
    if package is not None:
        log.record(
            "register.item.delete",
            "dataset",
            package.id,
            package.owner_org,
            _summary(package),
            context.get("user"),
        )


# ------------------------------------------------------------------------------------ chained actions
@tk.chained_action
def package_update(up_func: Callable, context: dict[str, Any], data_dict: dict[str, Any]) -> Any:
    """Note the register item as it is, for the update event (``after_dataset_update``)."""
    package = _register_item(data_dict.get("id") or data_dict.get("name"))
    if package is not None:
        context.setdefault(BEFORE, {})[package.id] = snapshot(package)
    return up_func(context, data_dict)


@tk.chained_action
def dataset_purge(up_func: Callable, context: dict[str, Any], data_dict: dict[str, Any]) -> Any:
    """Purging runs no IPackageController hook: record it here, once the caller may purge."""
    package = _register_item(data_dict.get("id"))
    if package is not None:
        tk.check_access("dataset_purge", context, data_dict)
        log.record(
            "register.item.purge",
            "dataset",
            package.id,
            package.owner_org,
            _summary(package),
            context.get("user"),
        )
    return up_func(context, data_dict)


def record_import(filename: str, user: str, created: list[dict[str, Any]]) -> None:
    """The batch event of a spreadsheet import (each item has its own creation event)."""
    units = sorted({item["owner_org"] for item in created if item.get("owner_org")})
    log.record(
        "register.import.commit",
        "register_import",
        str(uuid.uuid4()),
        unit=units[0] if len(units) == 1 else None,
        details={"filename": filename, "count": len(created), "items": [item["id"] for item in created]},
        actor=user,
    )


ACTIONS = {"package_update": package_update, "dataset_purge": dataset_purge}
