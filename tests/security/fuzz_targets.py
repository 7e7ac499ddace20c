"""What the fuzz tests attack, read from the running portal so that a new action or route cannot escape them:
CKAN's action registry (every plugin's actions, chained ones unwrapped to their docstrings) and the Flask
application's URL map (every rule and method), with the query and form keys each view reads.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, ClassVar

import ckan.logic
import ckan.plugins.toolkit as tk
from werkzeug.datastructures import ImmutableMultiDict
from werkzeug.routing import Rule

# Keys most actions read, for the actions whose docstrings name none.
GENERIC_ACTION_KEYS = (
    "id",
    "name",
    "q",
    "fq",
    "sort",
    "rows",
    "start",
    "limit",
    "offset",
    "user",
    "include_data",
    "resource_id",
    "package_id",
)
# Query keys sent to a view that reads the whole query string (a pager, a search form).
GENERIC_QUERY_KEYS = (
    "q",
    "sort",
    "page",
    "induk",
    "year",
    "tahun",
    "unit",
    "status",
    "ext_bbox",
    "facet.mincount",
)
PARAM = re.compile(r":param (\w+):")
# Actions that remove or end what they are given: never handed a real object of the world.
DESTRUCTIVE = re.compile(r"delete|purge|revoke|withdraw|clear|cancel|unfollow|close|bulk_update|reset")
# Routes that end the session that calls them, or need a real browser flow.
SKIPPED_ENDPOINTS = frozenset({"user.logout", "static", "webassets.index"})
FORM_FIELD = re.compile(r'<(?:input|select|textarea)\b[^>]*\bname="([^"]+)"', re.IGNORECASE)


@dataclass(frozen=True)
class ActionTarget:
    name: str
    params: tuple[str, ...]
    side_effect_free: bool


def action_targets() -> list[ActionTarget]:
    """Every registered action and the parameters its docstrings (its own and the ones it chains) name."""
    tk.get_action("status_show")  # fills the registry
    targets = []
    for name, function in sorted(ckan.logic._actions.items()):
        params = sorted({param for doc in _docstrings(function) for param in PARAM.findall(doc)})
        targets.append(
            ActionTarget(
                name=name,
                params=tuple(params) or GENERIC_ACTION_KEYS,
                side_effect_free=bool(getattr(function, "side_effect_free", False)),
            )
        )
    return targets


def _docstrings(function: Any) -> Iterator[str]:
    seen = set()
    pending = [function]
    while pending:
        current = pending.pop()
        if id(current) in seen or current is None:
            continue
        seen.add(id(current))
        yield getattr(current, "__doc__", None) or ""
        if isinstance(current, functools.partial):
            pending.extend([current.func, *(arg for arg in current.args if callable(arg))])
        pending.append(getattr(current, "__wrapped__", None))


def is_destructive(action: str) -> bool:
    return bool(DESTRUCTIVE.search(action))


@dataclass(frozen=True)
class RouteTarget:
    rule: Rule
    method: str

    @property
    def label(self) -> str:
        return f"{self.method} {self.rule.rule}"


# Of the copies of one view, the route the world fits best: plain datasets, PPID units (organisations).
PREFERRED_PREFIXES = ("/dataset/", "/organization/")


def route_targets(flask_app: Any) -> list[RouteTarget]:
    """One target per view and method: the copies CKAN registers of one view (for each dataset type, for
    groups and organisations, with and without the API version) are one target. The routes that delete or
    reset come last, so the others still find the world intact."""
    seen: set[tuple[Any, str]] = set()
    targets = []
    for rule in sorted(flask_app.url_map.iter_rules(), key=_preference):
        if rule.endpoint in SKIPPED_ENDPOINTS:
            continue
        view = flask_app.view_functions.get(rule.endpoint)
        identity = getattr(view, "view_class", None) or (view.__module__, view.__qualname__)
        for method in sorted((rule.methods or set()) & {"GET", "POST"}):
            if (identity, method) in seen:
                continue
            seen.add((identity, method))
            targets.append(RouteTarget(rule, method))
    return sorted(targets, key=lambda target: bool(DESTRUCTIVE.search(target.rule.endpoint)))


def _preference(rule: Rule) -> tuple[int, str, str]:
    preferred = next((n for n, prefix in enumerate(PREFERRED_PREFIXES) if rule.rule.startswith(prefix)), 9)
    return preferred, rule.rule, rule.endpoint


class RecordingMultiDict(ImmutableMultiDict):
    """Request arguments and form data that note which keys the view reads (``everything`` when it walks
    them all). Installed as ``flask.Request.parameter_storage_class`` for one request."""

    reads: ClassVar[set[str]] = set()
    everything: ClassVar[bool] = False

    @classmethod
    def start(cls) -> None:
        cls.reads = set()
        cls.everything = False

    def get(self, key, default=None, type=None):
        RecordingMultiDict.reads.add(key)
        return super().get(key, default, type)

    def __getitem__(self, key):
        RecordingMultiDict.reads.add(key)
        return super().__getitem__(key)

    def __contains__(self, key):
        RecordingMultiDict.reads.add(key)
        return super().__contains__(key)

    def getlist(self, key, type=None):
        RecordingMultiDict.reads.add(key)
        return super().getlist(key, type)

    def _walked(self, method: str, *args, **kwargs):
        RecordingMultiDict.everything = True
        return getattr(super(), method)(*args, **kwargs)

    def items(self, multi=False):
        return self._walked("items", multi)

    def lists(self):
        return self._walked("lists")

    def keys(self):
        return self._walked("keys")

    def values(self):
        return self._walked("values")

    def to_dict(self, flat=True):
        return self._walked("to_dict", flat)

    def __iter__(self):
        RecordingMultiDict.everything = True
        return super().__iter__()


def form_fields(html: str) -> set[str]:
    """The names of the fields of the forms on a page."""
    return {name for name in FORM_FIELD.findall(html) if name != "_csrf_token"}
