"""Every route and every action, as every persona, against the authorization table (docs/authorization.md).

The walk is generated from the live registries (Flask's URL map, CKAN's action registry) of the portal as
``make run`` configures it, so a new page or action fails ``test_every_route_and_action_is_mapped`` until it
is held against the table in ``ckanext.ppid.authorization.routes`` / ``.actions``. What each user is to each
object is stated by the world (``matrix_world``), not asked of the code under test.

- A route answers a refused user with 401, 403, 404 or a redirect to the login page; an allowed one with
  anything else but a 5xx. GET pages are walked as everyone; forms are posted (empty) by refused users only,
  so that nothing in the world changes.
- An action refuses with 403 (or 404 where it hides that the object exists). Allowed users call actions
  that change nothing over HTTP, and for actions that change things the auth check alone is asked
  (``check_access``), so that the walk leaves the world as it found it.
"""

from __future__ import annotations

import configparser
import copy
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import ckan.lib.helpers as h
import ckan.logic as logic
import ckan.plugins as plugins
import ckan.plugins.toolkit as tk
import matrix_world
import pytest
import rq
from ckan import model
from ckan.common import config
from ckan.lib import jobs
from ckan.tests import helpers
from fuzz_world import PORTAL_PLUGINS, pooled_connections
from matrix_world import USERS, World, personas_of

from ckanext.ppid.authorization import actions as action_map
from ckanext.ppid.authorization import routes as route_map
from ckanext.ppid.authorization.checks import TARGETS, Check, Unexercised
from ckanext.ppid.authorization.table import BY_NAME, CASE_HAS_OBJECTION, permits
from ckanext.ppid.shell.migrations import upgrade_plugin_tables

ROOT = Path(__file__).resolve().parents[2]
REFUSALS = (401, 403, 404)
# A form refused for its content before the auth check is asked: nothing is served, nothing is done.
NEUTRAL = (400, 409)
# Actions CKAN registers no auth function for (each item they change is checked): walked over HTTP with
# data that changes nothing that matters.
WITHOUT_AUTH_FUNCTION = {"task_status_update_many", "term_translation_update_many"}
# Auth functions that read what the action puts in the context first: their refusals are walked over HTTP,
# and the allowed side only by the action's own tests.
AUTH_NEEDS_THE_ACTION = {"package_relationship_delete", "package_relationship_update", "package_revise"}
# Values for URL arguments no object gives.
ARGUMENTS = {
    "lang": "id",
    "kind": "dip",
    "fmt": "csv",
    "category": "berkala",
    "_format": "ttl",
    "ver": 2,
    "logic_function": "status_show",
    "storage_name": "default",
    "location": "x",
}
# A file each static route serves.
STATIC = {"static": {"filename": "robots.txt"}, "home.redirect_locale": {"path": "dataset/"}}


def _portal_settings() -> dict[str, Any]:
    """The settings ``make run`` writes into ckan.ini that decide who may do what."""
    safe = configparser.ConfigParser(interpolation=None)
    safe.optionxform = str
    safe.read(ROOT / "deploy" / "ckan-security.ini")
    settings = {key: value for key, value in safe["app:main"].items() if key.startswith("ckan.auth.")}
    return {
        **settings,
        "ckan.plugins": PORTAL_PLUGINS,
        "ckan.auth.create_unowned_dataset": False,
        "ckan.views.default_views": "",
    }


@pytest.fixture(scope="module")
def portal(reset_db, reset_index, migrate_db_for) -> Iterator[tuple[Any, World]]:
    """The portal with its world, built once for the module; plugins and config restored afterwards."""
    original = copy.deepcopy(config)
    config.update(_portal_settings())
    plugins.load_all()
    try:
        reset_db()
        upgrade_plugin_tables()
        migrate_db_for("activity")
        reset_index()
        from ckan.lib.app_globals import _CONFIG_CACHE

        _CONFIG_CACHE.clear()
        app = helpers._get_test_app()
        queue = jobs.get_queue()
        queue.empty()

        def run_jobs() -> None:
            # In this process (CKAN's worker forks a child per job; the test storage lives in memory here).
            with pytest.MonkeyPatch.context() as patch:
                patch.setattr(rq.Worker, "main_work_horse", rq.SimpleWorker.main_work_horse)
                patch.setattr(rq.Worker, "execute_job", rq.SimpleWorker.execute_job)
                jobs.Worker([jobs.DEFAULT_QUEUE_NAME]).work(burst=True)

        with pooled_connections(), pytest.MonkeyPatch.context() as patch:
            # The header's count of new activities is the same query on every logged-in page (half its time),
            # and says nothing about who may see the page.
            patch.setitem(h.helper_functions, "new_activities", lambda: 0)
            world = matrix_world.build(app, run_jobs)
            yield app, world
    finally:
        plugins.unload_all()
        config.clear()
        config.update(original)


def _url_map(app) -> list[Any]:
    return list(app.flask_app.url_map.iter_rules())


def _registry() -> dict[str, Any]:
    tk.get_action("status_show")
    return dict(logic._actions)


# ------------------------------------------------------------------------------------------ the maps
def test_every_route_and_action_is_mapped(portal):
    app, _ = portal
    endpoints = {rule.endpoint for rule in _url_map(app)}
    actions = set(_registry())
    assert sorted(endpoints - set(route_map.ROUTES)) == [], "routes not held against the table"
    assert sorted(set(route_map.ROUTES) - endpoints) == [], "mapped routes the portal does not have"
    assert sorted(actions - set(action_map.ACTIONS)) == [], "actions not held against the table"
    assert sorted(set(action_map.ACTIONS) - actions) == [], "mapped actions the portal does not have"


def test_the_maps_name_rules_and_targets_that_exist():
    entries = [*route_map.ROUTES.values(), *action_map.ACTIONS.values()]
    checks = [check for entry in entries for check in entry if isinstance(check, Check)]
    assert {check.rule for check in checks} - set(BY_NAME) == set()
    assert {check.target for check in checks} - set(TARGETS) == set()


# --------------------------------------------------------------------------------------------- routes
def _route_values(target: str, world: World, user: str) -> dict[str, Any] | None:
    """The URL arguments that point a route at the world's object of kind ``target``."""
    ids = world.ids
    if target in ("own_account", "other_account"):
        name = user if target == "own_account" else ids["other_account"]
        return None if name == "anonymous" else {"id": name}
    found = ids.get(target)
    values: dict[str, Any] = {}
    if target in ("unit", "group"):
        values = {"id": found, "name": found, "unit": found}
    elif target.endswith(("_dataset", "_item")) or target == "budget":
        values = {"id": found}
    elif target.endswith("_resource"):
        values = {"id": found[0], "resource_id": found[1], "filename": "berkas.pdf"}
        view = ids.get(
            {"public_resource": "public_view", "withheld_resource": "withheld_view"}.get(target, "")
        )
        if view:
            values["view_id"] = view[2]
    elif target.endswith("_view"):
        values = {"id": found[0], "resource_id": found[1], "view_id": found[2], "resource_view_id": found[2]}
    elif target.endswith("_activity"):
        dataset, activity = found
        resource = ids["public_resource" if target == "public_activity" else "withheld_resource"][1]
        values = {"id": dataset, "activity_id": activity, "resource_id": resource}
    elif target == "case":
        values = {"id": found, "request_id": found, "token": ids["receipt_token"]}
    elif target == "answered_case":
        values = {"id": found[0], "delivery_id": found[1]}
    elif target == "objection":
        values = {"id": found, "request_id": ids["case"]}
    elif target == "dispute":
        values = {"id": found[0], "dispute_id": found[1]}
    elif target == "declaration":
        values = {"declaration_id": found}
    elif target == "notification":
        values = {"id": found}
    elif target == "import_batch":
        values = {"token": found}
    elif target == "document_batch":
        values = {"id": found[0], "token": found[1]}
    return values


def _special_values(endpoint: str, world: World) -> dict[str, Any]:
    """Routes whose ``id`` is an activity, or that need a query string."""
    ids = world.ids
    activity = ids["public_activity"][1]
    unit_activity = ids["unit_activity"]
    group_activity = ids["group_activity"]
    return {
        "activity.package_changes": {"id": activity},
        "activity.package_changes_multiple": {"new_id": activity, "old_id": activity},
        "activity.organization_changes": {"id": unit_activity},
        "activity.organization_changes_multiple": {"new_id": unit_activity, "old_id": unit_activity},
        "activity.group_changes": {"id": group_activity},
        "activity.group_changes_multiple": {"new_id": group_activity, "old_id": group_activity},
        "feeds.tag": {"id": "kesehatan"},
        "feeds.custom": {"q": "puskesmas"},
        "util.internal_redirect": {"url": "/dataset/"},
        **STATIC,
    }.get(endpoint, {})


def _url(rule, values: dict[str, Any]) -> str | None:
    arguments = {**ARGUMENTS, **values}
    if not rule.arguments <= set(arguments):
        return None
    path = rule.build({name: arguments[name] for name in rule.arguments}, append_unknown=False)[1]
    extra = {
        k: v for k, v in values.items() if k not in rule.arguments and k in ("new_id", "old_id", "q", "url")
    }
    if extra:
        path += "?" + "&".join(f"{key}={value}" for key, value in extra.items())
    return path


def _refused(status: int, location: str) -> bool:
    return status in REFUSALS or (300 <= status < 400 and "/user/login" in location)


def _facts(target: str) -> set[str]:
    return {CASE_HAS_OBJECTION} if target in ("case", "objection", "dispute") else set()


def test_every_route_as_every_persona(portal):
    app, world = portal
    started = time.monotonic()
    mismatches: list[str] = []
    # One URL may answer for several endpoints (``resource.read``, ``dataset_resource.read``): asked once.
    answers: dict[tuple[str, str, str], tuple[int, str] | str] = {}
    for rule in sorted(_url_map(app), key=lambda rule: (rule.endpoint, rule.rule)):
        methods = rule.methods - {"HEAD", "OPTIONS"}
        for check in route_map.ROUTES.get(rule.endpoint, ()):
            for user in USERS:
                target = check.target if isinstance(check, Check) else "none"
                values = _route_values(target, world, user)
                if values is None:
                    continue
                if target != "none" and not rule.arguments & set(values):
                    continue  # the rule is not about that object (``/user/edit`` is one's own account)
                url = _url(rule, {**values, **_special_values(rule.endpoint, world)})
                if url is None:
                    continue
                for method in sorted(methods):
                    allowed = isinstance(check, Check) and permits(
                        check.rule_for(method), personas_of(user, target), _facts(target)
                    )
                    if method != "GET" and (allowed or isinstance(check, Unexercised)):
                        continue
                    key = (method, url, user)
                    if key not in answers:
                        answers[key] = _ask(app, world, key, rule.endpoint)
                    answer = answers[key]
                    verdict = (
                        f"raised {answer}"
                        if isinstance(answer, str)
                        else _verdict(*answer, allowed, isinstance(check, Unexercised))
                    )
                    if verdict:
                        mismatches.append(f"{method} {url} as {user} ({rule.endpoint}): {verdict}")
    print(f"\n{len(answers)} route requests in {time.monotonic() - started:.1f} s")
    assert mismatches == [], f"{len(mismatches)} of {len(answers)}:\n" + "\n".join(mismatches)


def _ask(app, world: World, key: tuple[str, str, str], endpoint: str) -> tuple[int, str] | str:
    """The status and redirect of one request; the error's repr when the view raised (a 500 when served)."""
    method, url, user = key
    try:
        response = app.client.open(
            url,
            method=method,
            headers=world.headers(user),
            data=matrix_world.form(endpoint, world) if method == "POST" else None,
            follow_redirects=False,
        )
    except Exception as error:  # the test app passes a view's error on
        model.Session.rollback()
        return repr(error)
    response.close()
    return response.status_code, response.headers.get("Location", "")


def _verdict(status: int, location: str, allowed: bool, unexercised: bool) -> str | None:
    """What is wrong with an answer; None when it is what the table says."""
    if status >= 500:
        return f"answered {status}"
    if unexercised or status in NEUTRAL:
        return None
    if allowed and _refused(status, location):
        return f"refused ({status}) but the table allows"
    if not allowed and not _refused(status, location):
        return f"allowed ({status}) but the table refuses"
    return None


# -------------------------------------------------------------------------------------------- actions
def _action_data(name: str, target: str, world: World, user: str) -> dict[str, Any]:
    ids = world.ids
    account = user if target == "own_account" else ids["other_account"]
    found = ids.get(target)
    data: dict[str, Any] = {}
    if target in ("unit", "group") or target.endswith(("_dataset", "_item")) or target == "budget":
        data = {"id": found}
    elif target.endswith("_resource"):
        data = {"id": found[1], "resource_id": found[1], "package_id": found[0]}
    elif target.endswith("_view"):
        data = {"id": found[2]}
    elif target.endswith("_activity"):
        data = {"id": found[1]}
    elif target in ("own_account", "other_account"):
        data = {"id": account, "user": account, "user_id": account}
    elif target == "case":
        data = {"id": found, "request_id": found}
    elif target == "objection":
        data = {"id": found, "objection_id": found, "request_id": ids["case"]}
    elif target == "dispute":
        data = {"id": found[1]}
    elif target == "declaration":
        data = {"id": found}
    return {**data, **matrix_world.action_parameters(name, target, world, account)}


def test_every_action_as_every_persona(portal):
    app, world = portal
    started = time.monotonic()
    mismatches: list[str] = []
    walked = 0
    registry = _registry()
    for name in sorted(registry):
        changes_things = not getattr(registry[name], "side_effect_free", False)
        for check in action_map.ACTIONS.get(name, ()):
            target = check.target if isinstance(check, Check) else "none"
            for user in USERS:
                if user == "anonymous" and target == "own_account":
                    continue
                data = _action_data(name, target, world, user)
                allowed = isinstance(check, Check) and permits(
                    check.rule, personas_of(user, target), _facts(target)
                )
                walked += 1
                if allowed and changes_things and name in AUTH_NEEDS_THE_ACTION:
                    continue
                if allowed and changes_things and name not in WITHOUT_AUTH_FUNCTION:
                    verdict = _auth_verdict(name, data, user)
                else:
                    response = app.post(
                        f"/api/3/action/{name}", json=data, headers=world.headers(user), expect_errors=True
                    )
                    verdict = _verdict(response.status_code, "", allowed, isinstance(check, Unexercised))
                    if verdict and not allowed and response.status_code < 500:
                        verdict += f": {response.body[:160]}"
                if verdict:
                    mismatches.append(f"{name} on {target} as {user}: {verdict}")
    print(f"\n{walked} action calls in {time.monotonic() - started:.1f} s")
    assert mismatches == [], f"{len(mismatches)} of {walked}:\n" + "\n".join(mismatches)


def _auth_verdict(name: str, data: dict[str, Any], user: str) -> str | None:
    """Whether CKAN's auth check lets ``user`` take the action (without taking it)."""
    context = {"user": user if user != "anonymous" else "", "model": model, "session": model.Session}
    try:
        tk.check_access(name, context, dict(data))
    except tk.NotAuthorized as refused:
        return f"auth refused but the table allows: {refused}"
    except tk.ObjectNotFound as missing:
        return f"auth found no object: {missing}"
    except Exception as error:  # an auth function that fails on the data is a 500 when served
        return f"auth raised {error!r}"
    finally:
        model.Session.rollback()
    return None
