"""Refuses, before the view runs, requests whose parameters CKAN's own code cannot read
(``parameter_rules``): an API call to one of CKAN's actions gets CKAN's 409 validation answer naming each
parameter; a page gets 400 (404 for a DCAT format that does not exist). The portal's own ``ppid_*``
actions and views validate their input themselves.
"""

from __future__ import annotations

from typing import Any

import ckan.plugins.toolkit as tk
from ckan.lib.formatters import localised_number
from flask import Flask, Response, json, request

from ckanext.ppid.security import parameter_rules
from ckanext.ppid.security.parameter_rules import Problem
from ckanext.ppid.shell import messages, settings

OWN_PREFIX = "ppid_"
DCAT_ENDPOINTS = frozenset(("dcat.read_catalog", "dcat.read_dataset", "dcat.read_dataset_series"))


def install(app: Flask) -> None:
    """Check the parameters of every request to ``app`` before its view reads them."""
    app.before_request(refuse_unreadable_parameters)


def refuse_unreadable_parameters() -> Response | None:
    endpoint = request.endpoint or ""
    if endpoint == "api.action":
        return _action_call()
    if endpoint.startswith("api.") or endpoint in ("static", "webassets.index"):
        return None
    if endpoint in DCAT_ENDPOINTS:
        _known_dcat_format()
    found = parameter_rules.page_query_problems(request.args, settings.input_max_page())
    if request.method == "POST":
        found.update(parameter_rules.form_problems(endpoint, request.form))
    if found:
        tk.abort(400, " ".join(f"{name}: {message}" for name, message in _messages(found).items()))
    return None


def _action_call() -> Response | None:
    action = (request.view_args or {}).get("logic_function") or ""
    if action.startswith(OWN_PREFIX):
        return None
    data = _request_data(action)
    if data is None:
        return None
    found = parameter_rules.problems(action, data)
    if not found:
        return None
    errors = {name: [message] for name, message in _messages(found).items()}
    body = {
        "help": tk.url_for("api.action", logic_function="help_show", ver=3, name=action, _external=True),
        "success": False,
        "error": {"__type": "Validation Error", **errors},
    }
    return Response(json.dumps(body), 409, mimetype="application/json")


def _messages(found: dict[str, Problem]) -> dict[str, str]:
    return {name: _text(problem) for name, problem in sorted(found.items())}


def _text(problem: Problem) -> str:
    params = {
        key: localised_number(value) if isinstance(value, int) else value
        for key, value in problem.params.items()
    }
    return messages.filled(problem.message, params)


def _request_data(action: str) -> dict[str, Any] | None:
    """The parameters as CKAN's API view will read them; None where it will refuse the request itself."""
    from ckan.views.api import _get_request_data

    try:
        function = tk.get_action(action)
    except KeyError:
        return None
    try:
        data = _get_request_data(try_url_params=getattr(function, "side_effect_free", False))
    except ValueError:
        return None
    return data if isinstance(data, dict) else None


def _known_dcat_format() -> None:
    """DCAT serialises to the formats it names; any other passed through to rdflib as a plugin name."""
    from ckanext.dcat.utils import CONTENT_TYPES

    given = (request.view_args or {}).get("_format")
    if given is not None and given not in CONTENT_TYPES:
        tk.abort(404)
