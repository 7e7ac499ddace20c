"""Audit events for reads of withheld files (exempted information) by the people allowed to see them.

UU 14/2008 Ps 54 makes reaching exempted information without right a crime, so the reads of those with the
right are on record too (:mod:`ckanext.ppid.register.withheld` decides who they are): a document downloaded
(``resource.withheld.download``), a document's page or its ``resource_show``, and a whole item through the
API's ``package_show``, which lists its documents' addresses (``resource.withheld.read``). Each event is
written before the data leaves; reads the system makes for itself (``ignore_auth``) are not events.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model
from flask import has_request_context, request

from ckanext.ppid.audit import log
from ckanext.ppid.register.core.restriction import is_restricted
from ckanext.ppid.register.withheld import WITHHELD_FLAG


def _route() -> str:
    """What the current request asked for: ``api:<action>``, ``resource:<view>``, or ``""``."""
    if not has_request_context():
        return ""
    endpoint = request.endpoint or ""
    if endpoint == "api.action":
        return f"api:{(request.view_args or {}).get('logic_function', '')}"
    blueprint, _, view = endpoint.rpartition(".")
    if blueprint == "resource" or blueprint.endswith("_resource"):
        return f"resource:{view}"
    return ""


@tk.side_effect_free
@tk.chained_action
def resource_show(up_func: Callable, context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """A withheld document handed to someone allowed (its auth function refuses everyone else)."""
    resource = up_func(context, data_dict)
    route = _route()
    if context.get("ignore_auth") or route not in ("api:resource_show", "resource:download"):
        return resource
    package = model.Package.get(resource["package_id"])
    if package is not None and is_restricted({"type": package.type, **(package.extras or {})}):
        log.record_access(
            "resource.withheld.download" if route == "resource:download" else "resource.withheld.read",
            "resource",
            resource["id"],
            unit=package.owner_org,
            details={"dataset": package.name, "name": resource.get("name"), "via": route},
            actor=context.get("user"),
        )
    return resource


def item_read(context: dict[str, Any], item: dict[str, Any]) -> None:
    """``after_dataset_show``, once the files are scrubbed for those who may not see them."""
    route = _route()
    if (
        context.get("ignore_auth")
        or route not in ("api:package_show", "resource:read")
        or item.get(WITHHELD_FLAG)
        or not is_restricted(item)
    ):
        return
    resources = [resource["id"] for resource in item.get("resources", [])]
    if route == "resource:read":
        # The document's page: the item is shown to find the document in it.
        resource_id = (request.view_args or {}).get("resource_id")
        if resource_id not in resources:
            return
        object_type, object_id, details = "resource", resource_id, {"dataset": item["name"], "via": route}
    else:
        object_type, object_id, details = "dataset", item["id"], {"resources": resources, "via": route}
    log.record_access(
        "resource.withheld.read",
        object_type,
        object_id,
        unit=item.get("owner_org"),
        details=details,
        actor=context.get("user"),
    )


ACTIONS = {"resource_show": resource_show}
