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
  chained auth function in :mod:`ckanext.ppid.logic.auth`;
- ``resource_search``: withheld resources are filtered out (chained action below);
- the activity stream: activities keep the dataset as it was, resources included, so every activity
  action's result is scrubbed by the dataset's *current* state (chained actions below).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid import access
from ckanext.ppid.register.restriction import RESOURCE_INDEX_FIELDS, is_restricted

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


def _scrub_activities(activities: list[dict[str, Any]], viewer: Any) -> list[dict[str, Any]]:
    hidden = _withheld_package_ids((activity.get("object_id") for activity in activities), viewer)
    for activity in activities:
        package = (activity.get("data") or {}).get("package")
        if activity.get("object_id") in hidden and isinstance(package, dict):
            scrub_dataset(package)
    return activities


def _guard_list(up_func: Callable, context: dict[str, Any], data_dict: dict[str, Any]) -> Any:
    return _scrub_activities(up_func(context, data_dict), _viewer(context))


def _guard_one(up_func: Callable, context: dict[str, Any], data_dict: dict[str, Any]) -> Any:
    return _scrub_activities([up_func(context, data_dict)], _viewer(context))[0]


def _guard_data(up_func: Callable, context: dict[str, Any], data_dict: dict[str, Any]) -> Any:
    """``activity_data_show`` returns the bare object dict (a dataset for package activities)."""
    data = up_func(context, data_dict)
    activity = model.Session.get(_activity_model(), data_dict.get("id"))
    if (
        isinstance(data, dict)
        and activity is not None
        and _withheld_package_ids([activity.object_id], _viewer(context))
    ):
        scrub_dataset(data.get("package", data))
    return data


def _guard_diff(up_func: Callable, context: dict[str, Any], data_dict: dict[str, Any]) -> Any:
    diff = up_func(context, data_dict)
    activities = [a for a in diff.get("activities", []) if isinstance(a, dict)]
    _scrub_activities(activities, _viewer(context))
    if activities and activities[0].get("object_id") in _withheld_package_ids(
        [activities[0].get("object_id")], _viewer(context)
    ):
        # The textual diff was computed from the unscrubbed dicts: drop it.
        diff["diff"] = ""
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
