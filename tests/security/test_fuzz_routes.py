"""No page answers a server error, whatever it is sent.

Every rule of the Flask application (one per view and method: the copies CKAN registers of one view are
one) is requested with real objects of the world in its path, then:

- with each path parameter in turn replaced by a hostile value (the first, which names the object, by
  NUL, bytes that are not UTF-8, a huge number, 3,000 characters; the others by a huge number);
- with the query-string keys its view reads (found by a first request that records them; a view that walks
  the whole query string gets the usual ones: ``q``, ``sort``, ``page``, ``induk``...) all set to each
  hostile value of ``TEXT_VALUES`` (empty, NUL, not UTF-8, a huge number, CR/LF, U+202E, SQL and Lucene
  syntax, 20,000 characters);
- for a form (POST), with its fields (the inputs of the page's form and the keys the view reads) all set to
  each of empty, NUL, not UTF-8, a huge number, CR/LF, 20,000 characters and a megabyte, and with none.

The sysadmin sends everything; the logged-in citizen, where the route lets them in, empty, a huge number
and CR/LF in every field; an anonymous visitor the request with no parameters. Every twentieth route a
logged-in page must still answer 200 (no failed transaction left on the session).
"""

from __future__ import annotations

import re
from typing import Any

import ckan.lib.helpers as h
import pytest
from fuzz_probe import Probe, encoded, query
from fuzz_targets import GENERIC_QUERY_KEYS, RecordingMultiDict, RouteTarget, form_fields, route_targets
from fuzz_world import PORTAL_PLUGINS, World, build_world, path_value, pooled_connections
from hostile_values import MEGABYTE_TEXT, PATH_VALUES, TEXT_VALUES, Hostile

pytestmark = [
    pytest.mark.usefixtures("with_plugins"),
    pytest.mark.ckan_config("ckan.plugins", PORTAL_PLUGINS),
]

PARAMETER = re.compile(r"<(?:[^<>:]+:)?([^<>:]+)>")
# A form stores or refuses text whatever its characters: the kinds that reach different code.
FORM_VALUES = (
    *(value for value in TEXT_VALUES if value.name not in ("U+202E", "SQL and Lucene")),
    Hostile("1 MB", MEGABYTE_TEXT),
)
# Where the citizen may use the page at all, what they send (the sysadmin sends every value).
CITIZEN_VALUES = ("empty", "huge number", "CR/LF")
# Path parameters after the first (the first names the object, and is looked up first) get these.
LATER_PATH_VALUES = ("huge number",)
SESSION_CHECK_EVERY = 20


@pytest.fixture
def world(clean_db, migrate_db_for):
    migrate_db_for("activity")
    with pooled_connections():
        yield build_world()


@pytest.fixture
def without_dashboard_count(monkeypatch):
    """The header of every logged-in page counts the user's new activities, the same query whatever the
    request holds and half the time of a page: left out of the sweep (test_transaction_cleanup renders it
    on an error page)."""
    monkeypatch.setitem(h.helper_functions, "new_activities", lambda: 0)


def test_no_route_answers_a_server_error(app, world, without_dashboard_count):
    probe = Probe(app, {"sysadmin": world.sysadmin, "citizen": world.citizen})
    targets = route_targets(app.flask_app)
    with probe.listening():
        for number, target in enumerate(targets, start=1):
            keys = _keys_read(probe, app.flask_app, target, world)
            _hostile_paths(probe, "sysadmin", target, world)
            _hostile_values(probe, "sysadmin", target, world, keys)
            if _may_use(probe, "citizen", target, world):
                _hostile_values(probe, "citizen", target, world, keys)
            _may_use(probe, "anonymous", target, world)
            if number % SESSION_CHECK_EVERY == 0 or number == len(targets):
                probe.check_session(f"the routes up to {target.label}")
    print(f"\n{probe.summary('route fuzz')}")
    assert not probe.failures, probe.report("Routes")


def _path(
    target: RouteTarget, world: World, hostile: tuple[str, str | bytes] | None = None
) -> tuple[str, dict]:
    """The route's path with the world's objects in it, ``hostile`` = (parameter, value) replacing one;
    and the WSGI environment to send it with (bytes that are not UTF-8 go in raw, as a client can)."""
    rule = target.rule.rule
    raw = b""
    text = ""
    position = 0
    for match in PARAMETER.finditer(rule):
        name = match.group(1)
        value: str | bytes = path_value(world, rule, name)
        if hostile and hostile[0] == name:
            value = hostile[1]
        literal = rule[position : match.start()]
        raw += literal.encode() + (value if isinstance(value, bytes) else value.encode())
        text += literal + encoded(value)
        position = match.end()
    raw += rule[position:].encode()
    text += rule[position:]
    if hostile and isinstance(hostile[1], bytes):
        return text, {"PATH_INFO": raw.decode("latin-1")}
    return text, {}


def _send(
    probe: Probe, who: str, target: RouteTarget, path: str, environ: dict, cause: str, pairs=None
) -> Any:
    if target.method == "GET":
        url = f"{path}?{query(pairs)}" if pairs else path
        return probe.send(who, "GET", url, cause, environ_overrides=environ)
    body = query(pairs).encode() if pairs else b""
    return probe.send(
        who,
        "POST",
        path,
        cause,
        data=body,
        content_type="application/x-www-form-urlencoded",
        environ_overrides=environ,
    )


def _keys_read(probe: Probe, flask_app: Any, target: RouteTarget, world: World) -> tuple[str, ...]:
    """The query or form keys the view reads, recorded on a first request as the sysadmin (for a form, with
    the fields of the form its GET page shows)."""
    path, environ = _path(target, world)
    request_class = flask_app.request_class
    saved = request_class.parameter_storage_class
    RecordingMultiDict.start()
    request_class.parameter_storage_class = RecordingMultiDict
    try:
        _send(probe, "sysadmin", target, path, environ, "no parameters")
    finally:
        request_class.parameter_storage_class = saved
    keys = set(RecordingMultiDict.reads)
    if RecordingMultiDict.everything:
        keys.update(GENERIC_QUERY_KEYS)
    if target.method == "POST" and "GET" in (target.rule.methods or ()):
        page = probe.send("sysadmin", "GET", path, "the form's page")
        if page is not None and page.status_code == 200:
            keys.update(form_fields(page.get_data(as_text=True)))
    return tuple(sorted(keys))


def _may_use(probe: Probe, who: str, target: RouteTarget, world: World) -> bool:
    """Whether ``who`` gets past the door of the route: not refused (401, 403) nor sent to log in."""
    path, environ = _path(target, world)
    response = _send(probe, who, target, path, environ, "no parameters")
    if response is None:
        return False
    refused = response.status_code in (401, 403)
    to_login = response.status_code in (301, 302, 303) and "/user/login" in response.headers.get(
        "Location", ""
    )
    return not (refused or to_login)


def _hostile_paths(probe: Probe, who: str, target: RouteTarget, world: World) -> None:
    names = [name for name in sorted(target.rule.arguments) if name not in ("ver", "logic_function")]
    for position, name in enumerate(names):
        for hostile in PATH_VALUES:
            if position > 0 and hostile.name not in LATER_PATH_VALUES:
                continue
            path, environ = _path(target, world, (name, hostile.value))
            _send(probe, who, target, path, environ, f"{name}={hostile.name} in the path")


def _hostile_values(probe: Probe, who: str, target: RouteTarget, world: World, keys: tuple[str, ...]) -> None:
    if not keys:
        return
    path, environ = _path(target, world)
    for hostile in FORM_VALUES if target.method == "POST" else TEXT_VALUES:
        if who != "sysadmin" and hostile.name not in CITIZEN_VALUES:
            continue
        pairs = [(key, hostile.value) for key in keys]
        _send(probe, who, target, path, environ, f"every field {hostile.name}", pairs)
