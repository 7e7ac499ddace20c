"""Keep the files of exempted information away from everyone not allowed to see them, on every route.

CKAN hands a dataset out through a few doors, each guarded here:

- ``package_show`` (pages, API, DCAT ``.rdf``/``.ttl``, edit forms): ``after_dataset_show`` drops the
  resources for a viewer who may not see them;
- ``package_search`` (search page, API, feeds, DCAT catalog) and ``current_package_list_with_resources``:
  the index document loses every resource field (so no query can match or return a document's name,
  text or address), and the chained ``package_search`` drops resources from results and from any
  ``data_dict``/``validated_data_dict`` a ``fl`` asked for (IPackageController's ``after_dataset_search``
  is not told who is searching);
- ``resource_show`` and everything built on it (resource pages, ``/download``, views): refused by the
  chained auth function in :mod:`ckanext.ppid.register.auth`;
- ``resource_search``: withheld resources are filtered out (chained action below);
- the activity stream: activities keep the dataset as it was, resources included, and a resource view's
  activity keeps the view (title, description, image address); every activity action's result is scrubbed
  by the dataset's *current* state (chained actions below, one scrub: :func:`scrub_activity`).
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable, Iterable
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.law.markers import N_
from ckanext.ppid.register.core.restriction import RESOURCE_INDEX_FIELDS, is_restricted
from ckanext.ppid.units import access

WITHHELD_FLAG = "ppid_files_withheld"


def _owner(item: dict[str, Any]) -> str | None:
    if item.get("owner_org"):
        return item["owner_org"]
    organization = item.get("organization")
    return organization.get("id") if isinstance(organization, dict) else None


def _viewer(context: dict[str, Any]) -> Any:
    return context.get("auth_user_obj") or context.get("user")


def _with_extras(item: dict[str, Any]) -> dict[str, Any]:
    """Unvalidated dicts (``data_dict`` blobs) keep custom fields in CKAN's ``extras`` list."""
    extras = item.get("extras")
    if not isinstance(extras, list):
        return item
    return {**{extra.get("key"): extra.get("value") for extra in extras if isinstance(extra, dict)}, **item}


def withhold_from(item: dict[str, Any], viewer: Any) -> bool:
    """True if ``item`` is restricted and ``viewer`` may not see its files."""
    item = _with_extras(item)
    return is_restricted(item) and not access.may_see_withheld_files(viewer, _owner(item))


def scrub_dataset(item: dict[str, Any]) -> dict[str, Any]:
    """The dataset without its documents, flagged so pages can say why."""
    item["resources"] = []
    item["num_resources"] = 0
    item[WITHHELD_FLAG] = True
    return item


def guard_shown(context: dict[str, Any], item: dict[str, Any]) -> None:
    """``after_dataset_show``: scrub in place unless the caller is the system or an allowed viewer."""
    if context.get("ignore_auth") or not withhold_from(item, _viewer(context)):
        return
    scrub_dataset(item)


def guard_index_document(document: dict[str, Any]) -> dict[str, Any]:
    """``before_dataset_index``: a restricted item's document carries no resource field at all."""
    if not is_restricted(document):
        return document
    for key in list(document):
        if key in RESOURCE_INDEX_FIELDS or key.startswith("res_"):
            del document[key]
    return document


def _scrub_json(text: str, viewer: Any) -> str:
    item = json.loads(text)
    if withhold_from(item, viewer):
        return json.dumps(scrub_dataset(item))
    return text


def guard_search_results(context: dict[str, Any], results: dict[str, Any]) -> dict[str, Any]:
    """Scrub every result (full dicts, or the blobs a ``fl`` asked for) for the searching user."""
    viewer = _viewer(context)
    for result in results.get("results", []):
        if not isinstance(result, dict):
            continue
        for blob in ("data_dict", "validated_data_dict"):
            if isinstance(result.get(blob), str):
                result[blob] = _scrub_json(result[blob], viewer)
        if "resources" in result and withhold_from(result, viewer):
            scrub_dataset(result)
    return results


@tk.side_effect_free
@tk.chained_action
def package_search(up_func: Callable, context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    return guard_search_results(context, up_func(context, data_dict))


@tk.side_effect_free
@tk.chained_action
def current_package_list_with_resources(
    up_func: Callable, context: dict[str, Any], data_dict: dict[str, Any]
) -> list[dict[str, Any]]:
    """CKAN calls its ``package_search`` function directly here, past the chained one."""
    viewer = _viewer(context)
    return [
        scrub_dataset(item) if withhold_from(item, viewer) else item for item in up_func(context, data_dict)
    ]


# ------------------------------------------------------------------------------------- resource_search
@tk.side_effect_free
@tk.chained_action
def resource_search(up_func: Callable, context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    found = up_func(context, data_dict)
    package_ids = {resource["package_id"] for resource in found.get("results", [])}
    hidden = _withheld_package_ids(package_ids, _viewer(context))
    if hidden:
        kept = [resource for resource in found["results"] if resource["package_id"] not in hidden]
        found = dict(found, results=kept, count=found["count"] - (len(found["results"]) - len(kept)))
    return found


# --------------------------------------------------------------------------------------------- activity
def _withheld_package_ids(package_ids: Iterable[str], viewer: Any) -> set[str]:
    """Of these datasets, the ones whose files ``viewer`` may not see (by their current state)."""
    ids = {package_id for package_id in package_ids if package_id}
    if not ids:
        return set()
    rows = model.Session.query(
        model.Package.id, model.Package.type, model.Package.owner_org, model.Package.extras
    ).filter(model.Package.id.in_(ids))
    hidden = set()
    for package_id, package_type, owner_org, extras in rows:
        item = {"type": package_type, "owner_org": owner_org, **(extras or {})}
        if withhold_from(item, viewer):
            hidden.add(package_id)
    return hidden


# What a scrubbed resource view keeps: what CKAN's activity pages need to build their links.
VIEW_KEPT = ("id", "resource_id", "package_id", "view_type")
# What a scrubbed resource keeps: which item it belongs to.
RESOURCE_KEPT = ("id", "package_id")
WITHHELD_VIEW = N_("A view of an exempted document")


def _kept(found: dict[str, Any], keys: tuple[str, ...]) -> dict[str, Any]:
    return {key: found[key] for key in keys if key in found} | {WITHHELD_FLAG: True}


def _is_view_activity(activity: dict[str, Any]) -> bool:
    return str(activity.get("activity_type") or "").endswith("resource view")


def scrub_activity(activity: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``activity`` without the withheld item's documents, wherever its data holds them.

    The stored package loses its resources; a resource view's activity keeps only the view's ids and
    type (title, description and configuration, such as an image's address, go); a ``resource`` or
    ``resource_view`` the data names keeps only its ids. The copy leaves the activity row untouched.
    """
    data = activity.get("data")
    if not isinstance(data, dict):
        return activity
    data = copy.deepcopy(data)
    if _is_view_activity(activity):
        data = _kept(data, VIEW_KEPT) | {"title": tk._(WITHHELD_VIEW)}
    if isinstance(data.get("package"), dict):
        scrub_dataset(data["package"])
    if isinstance(data.get("resource_view"), dict):
        data["resource_view"] = _kept(data["resource_view"], VIEW_KEPT) | {"title": tk._(WITHHELD_VIEW)}
    if isinstance(data.get("resource"), dict):
        data["resource"] = _kept(data["resource"], RESOURCE_KEPT)
    return {**activity, "data": data}


def _hidden(activities: list[dict[str, Any]], viewer: Any) -> set[str]:
    """The activities (ids) about an item whose files ``viewer`` may not see.

    An item is judged by its current state; one no longer stored (purged) by the package its activity
    kept, and a view of such an item is hidden (nothing says what it showed).
    """
    object_ids = {activity.get("object_id") for activity in activities}
    withheld = _withheld_package_ids(object_ids, viewer)
    stored = _stored_package_ids(object_ids)
    hidden = set()
    for activity in activities:
        object_id = activity.get("object_id")
        if object_id in withheld:
            hidden.add(activity.get("id"))
        elif object_id not in stored:
            package = (activity.get("data") or {}).get("package")
            if (isinstance(package, dict) and withhold_from(package, viewer)) or _is_view_activity(activity):
                hidden.add(activity.get("id"))
    return hidden


def _stored_package_ids(object_ids: Iterable[Any]) -> set[str]:
    ids = {object_id for object_id in object_ids if isinstance(object_id, str)}
    if not ids:
        return set()
    return {row_id for (row_id,) in model.Session.query(model.Package.id).filter(model.Package.id.in_(ids))}


def _scrub_activities(activities: list[dict[str, Any]], viewer: Any) -> list[dict[str, Any]]:
    listed = [activity for activity in activities if isinstance(activity, dict)]
    hidden = _hidden(listed, viewer)
    return [scrub_activity(activity) if activity.get("id") in hidden else activity for activity in listed]


def _guard_list(up_func: Callable, context: dict[str, Any], data_dict: dict[str, Any]) -> Any:
    return _scrub_activities(up_func(context, data_dict), _viewer(context))


def _guard_one(up_func: Callable, context: dict[str, Any], data_dict: dict[str, Any]) -> Any:
    found = up_func(context, data_dict)
    return _scrub_activities([found], _viewer(context))[0] if isinstance(found, dict) else found


def _guard_data(up_func: Callable, context: dict[str, Any], data_dict: dict[str, Any]) -> Any:
    """``activity_data_show`` returns the activity's bare data, or one key of it (``object_type``): the
    whole data is scrubbed before the key is taken, so no key reaches past the scrub."""
    object_type = data_dict.get("object_type")
    data = up_func(context, {key: value for key, value in data_dict.items() if key != "object_type"})
    row = model.Session.get(_activity_model(), data_dict["id"])
    if row is not None:
        stored = {"id": row.id, "object_id": row.object_id, "activity_type": row.activity_type, "data": data}
        data = _scrub_activities([stored], _viewer(context))[0]["data"]
    if not object_type:
        return data
    try:
        return data[object_type]
    except (KeyError, TypeError):
        raise tk.ObjectNotFound("Could not find that object_type in the activity") from None


def _guard_diff(up_func: Callable, context: dict[str, Any], data_dict: dict[str, Any]) -> Any:
    diff = up_func(context, data_dict)
    activities = [a for a in diff.get("activities", []) if isinstance(a, dict)]
    scrubbed = _scrub_activities(activities, _viewer(context))
    if any(after is not before for before, after in zip(activities, scrubbed, strict=True)):
        # The textual diff was computed from the unscrubbed dicts: drop it.
        diff = {**diff, "activities": scrubbed, "diff": ""}
    return diff


def _activity_model() -> Any:
    from ckanext.activity.model import Activity

    return Activity


ACTIVITY_LISTS = (
    "package_activity_list",
    "organization_activity_list",
    "group_activity_list",
    "user_activity_list",
    "recently_changed_packages_activity_list",
    "dashboard_activity_list",
)


def activity_actions() -> dict[str, Callable]:
    """Chained guards for every activity action (only when the activity plugin is loaded)."""
    actions: dict[str, Callable] = {
        name: tk.chained_action(_named(_guard_list, name)) for name in ACTIVITY_LISTS
    }
    actions["activity_show"] = tk.chained_action(_named(_guard_one, "activity_show"))
    actions["activity_data_show"] = tk.chained_action(_named(_guard_data, "activity_data_show"))
    actions["activity_diff"] = tk.chained_action(_named(_guard_diff, "activity_diff"))
    return actions


def _named(guard: Callable, name: str) -> Callable:
    """A distinct function per action (CKAN keys chained actions by function, and shows its name)."""

    def chained(up_func: Callable, context: dict[str, Any], data_dict: dict[str, Any]) -> Any:
        return guard(up_func, context, data_dict)

    chained.__name__ = name
    chained.__doc__ = guard.__doc__
    # CKAN copies the chained function's attributes, not the original's: keep them callable by GET.
    chained.side_effect_free = True  # type: ignore[attr-defined]
    return chained
