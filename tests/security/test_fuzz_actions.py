"""No action answers a server error, whatever it is sent.

Every registered action is called over the API (POST with a JSON body; GET too when it is side-effect free):

- as a sysadmin, who passes every auth function and so reaches deepest: with no parameters; with each
  parameter it reads set in turn to each hostile value of ``JSON_VALUES`` (the others real objects of the
  world where they name one), for the portal's own ``ppid_*`` actions; with every parameter set to the same
  hostile value at once for CKAN's (its schemas see every field), and each in turn to empty, a list and
  "maybe"; and with hostile bodies (malformed, not UTF-8, nested 200,000 levels);
- as a logged-in citizen and as an anonymous visitor, whose calls stop in the auth functions: with no
  parameters, and with every parameter a value of the wrong type (int, list, dict, true, null, empty; each
  parameter a different one, in two rotations);
- as the citizen with GET query strings holding NUL, bytes that are not UTF-8, a huge number, and
  repeated parameters.

After every ten actions a logged-in page must still answer 200: no failed transaction is left on the
session.
"""

from __future__ import annotations

import pytest
from fuzz_probe import Probe, encoded
from fuzz_targets import ActionTarget, action_targets, is_destructive
from fuzz_world import PORTAL_PLUGINS, World, build_world, pooled_connections
from hostile_values import BODIES, JSON_VALUES, NOT_UTF8, NUL

pytestmark = [
    pytest.mark.usefixtures("with_plugins"),
    pytest.mark.ckan_config("ckan.plugins", PORTAL_PLUGINS),
]

# Each parameter of the portal's own actions gets each of these in turn; the rest go to all at once.
ONE_BY_ONE = frozenset(
    (
        "int",
        "float 1e308",
        "list",
        "dict",
        "true",
        "null",
        "empty",
        "1 MB",
        "huge number text",
        "not a boolean",
    )
)
# CKAN's actions get every value but these (of the same kind as others there: a number, a junk text)...
CKAN_SKIPPED = frozenset(("negative int", "traversal", "U+202E"))
# ... and these also one parameter at a time, so a refusal of another parameter hides nothing.
CKAN_ONE_BY_ONE = ("empty", "list", "not a boolean")
# What the auth functions (all a citizen's or a visitor's call reaches) must survive: wrong types.
WRONG_TYPES = tuple(
    value for value in JSON_VALUES if value.name in {"int", "list", "dict", "true", "null", "empty"}
)
ROTATIONS = 2
VALUES = {value.name: value.value for value in JSON_VALUES}
SESSION_CHECK_EVERY = 10


@pytest.fixture
def world(clean_db, migrate_db_for):
    migrate_db_for("activity")
    with pooled_connections():
        yield build_world()


def test_no_action_answers_a_server_error(app, world):
    probe = Probe(app, {"sysadmin": world.sysadmin, "citizen": world.citizen})
    # Actions that delete come last, so the others still find the world's objects.
    targets = sorted(action_targets(), key=lambda target: (is_destructive(target.name), target.name))
    with probe.listening():
        for number, target in enumerate(targets, start=1):
            _as_sysadmin(probe, target, _base(target, world))
            for who in ("citizen", "anonymous"):
                probe.call_action(who, target.name, {}, "no parameters")
                for rotation in range(ROTATIONS):
                    probe.call_action(
                        who, target.name, _rotated(target.params, rotation), f"wrong types {rotation}"
                    )
            if target.side_effect_free:
                _in_query_strings(probe, target)
            if number % SESSION_CHECK_EVERY == 0 or number == len(targets):
                probe.check_session(f"the actions up to {target.name}")
    print(f"\n{probe.summary('action fuzz')}")
    assert not probe.failures, probe.report("Actions")


def _rotated(params: tuple[str, ...], rotation: int) -> dict:
    """Every parameter a value of the wrong type, each a different one, shifted by ``rotation``."""
    return {
        param: WRONG_TYPES[(index + rotation) % len(WRONG_TYPES)].value for index, param in enumerate(params)
    }


def _as_sysadmin(probe: Probe, target: ActionTarget, base: dict) -> None:
    probe.call_action("sysadmin", target.name, {}, "no parameters")
    own = target.name.startswith("ppid_")
    for hostile in JSON_VALUES:
        if own and hostile.name in ONE_BY_ONE:
            for param in target.params:
                data = {**base, param: hostile.value}
                probe.call_action("sysadmin", target.name, data, f"{param}={hostile.name}")
        elif own or hostile.name not in CKAN_SKIPPED:
            data = {**dict.fromkeys(target.params, hostile.value), **base}
            probe.call_action("sysadmin", target.name, data, f"every parameter {hostile.name}")
    if not own:
        for param in target.params:
            for name in CKAN_ONE_BY_ONE:
                data = {**base, param: VALUES[name]}
                probe.call_action("sysadmin", target.name, data, f"{param}={name}")
    if base:
        for rotation in range(2):
            data = _rotated(target.params, rotation)
            probe.call_action("sysadmin", target.name, data, f"wrong types {rotation}, ids too")
    if own or target.name in ("package_create", "package_search"):
        for body in BODIES:
            probe.call_action("sysadmin", target.name, body.value, body.name)


def _in_query_strings(probe: Probe, target: ActionTarget) -> None:
    url = f"/api/3/action/{target.name}?"
    for name, value in (("NUL", NUL), ("not UTF-8", NOT_UTF8), ("huge number", "9" * 30)):
        query = "&".join(f"{param}={encoded(value)}" for param in target.params)
        probe.send("citizen", "GET", url + query, f"every parameter {name} in the query string")
    query = "&".join(f"{param}=a&{param}=b" for param in target.params)
    probe.send("citizen", "GET", url + query, "every parameter repeated in the query string")


def _base(target: ActionTarget, world: World) -> dict:
    """Real objects of the world for the parameters that name one, so a hostile value in another parameter
    reaches the code behind the lookup; none for actions that delete or end what they are given, nor for
    CKAN's creations (each accepted hostile value would add an object)."""
    name = target.name
    if is_destructive(name) or (name.endswith("_create") and not name.startswith("ppid_")):
        return {}
    dataset = world.dataset
    ids = (
        ("ppid_request_", world.request["id"]),
        ("ppid_objection_", world.objection["id"]),
        ("ppid_calendar_override_", world.override["id"]),
        ("resource_view_", world.view_id),
        ("resource_", dataset["resources"][0]["id"]),
        ("package_", dataset["id"]),
        ("dataset_", dataset["id"]),
        ("organization_", world.unit["id"]),
        ("user_", world.victim["id"]),
        ("activity_", world.activity_id),
    )
    known = {
        "id": next((value for prefix, value in ids if name.startswith(prefix)), None),
        "resource_id": dataset["resources"][0]["id"],
        "package_id": dataset["id"],
        "request_id": world.request["id"],
        "objection_id": world.objection["id"],
        "user": world.victim["name"],
    }
    return {param: known[param] for param in target.params if known.get(param) is not None}
