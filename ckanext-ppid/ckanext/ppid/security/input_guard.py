"""Refuses, with 400, any request whose path, query string, form fields or body hold a NUL character or text
that is not UTF-8, or whose JSON nests deeper than ``ckanext.ppid.input.max_json_depth``; a body (uploads
aside) larger than ``ckanext.ppid.input.max_body_mb`` is refused with 413. It runs on every request, right
after CKAN's own set-up, and looks at the raw bytes once: no view below it has to guard against these.
"""

from __future__ import annotations

import ckan.plugins.toolkit as tk
from flask import Flask, Response, json, request

from ckanext.ppid.law.markers import N_
from ckanext.ppid.security import input_checks
from ckanext.ppid.shell import messages, settings

MESSAGES = {
    input_checks.NUL: N_("The request holds a NUL character, which no field accepts."),
    input_checks.NOT_UTF8: N_("The request holds text that is not valid UTF-8."),
    input_checks.TOO_DEEP: N_("The request's JSON data nests deeper than {limit} levels."),
}
TOO_LARGE = N_("The request's data is larger than {limit} MB.")
BODY_METHODS = frozenset(("POST", "PUT", "PATCH", "DELETE"))


def install(app: Flask) -> None:
    """Run the check on ``app`` right after CKAN's request set-up (its after-request hook needs that)."""
    from ckan.config.middleware.flask_app import ckan_before_request

    hooks = app.before_request_funcs.setdefault(None, [])
    position = hooks.index(ckan_before_request) + 1 if ckan_before_request in hooks else 0
    hooks.insert(position, refuse_bad_input)


def refuse_bad_input() -> Response | None:
    max_depth = settings.input_max_json_depth()
    environ = request.environ
    fault = input_checks.text_fault(environ.get("PATH_INFO", "").encode("latin-1", "replace"))
    query = environ.get("QUERY_STRING", "").encode("latin-1", "replace")
    if not fault and query:
        fault = input_checks.url_encoded_fault(query)
        if not fault and input_checks.url_encoded_json_depth(query, max_depth) > max_depth:
            fault = input_checks.TOO_DEEP
    if not fault and request.method in BODY_METHODS:
        if request.mimetype == "multipart/form-data":
            fault = _multipart_fault()
        else:
            if (request.content_length or 0) > settings.input_max_body_bytes():
                return _refusal(TOO_LARGE, 413, limit=settings.input_max_body_bytes() // settings.MB)
            fault = _body_fault(request.get_data(cache=True), max_depth)
    if fault:
        return _refusal(MESSAGES[fault], 400, limit=max_depth)
    return None


def _body_fault(body: bytes, max_depth: int) -> str | None:
    if not body:
        return None
    if request.mimetype == "application/x-www-form-urlencoded":
        fault = input_checks.url_encoded_fault(body)
        if not fault and input_checks.url_encoded_json_depth(body, max_depth) > max_depth:
            fault = input_checks.TOO_DEEP
        return fault
    return input_checks.json_fault(body, max_depth)


def _multipart_fault() -> str | None:
    # Files are data, not text; their names and every other field are text.
    names = [file.filename or "" for file in request.files.values()]
    texts = [*request.form.keys(), *request.form.values(), *request.files.keys(), *names]
    return input_checks.NUL if any("\x00" in text for text in texts) else None


def _refusal(message: str, status: int, **params: int) -> Response:
    text = messages.filled(message, params)
    if request.path.startswith("/api/"):
        body = {
            "help": tk.config.get("ckan.site_url") + "/api/3/action/help_show",
            "success": False,
            "error": {"__type": "Bad Request", "message": text},
        }
        return Response(json.dumps(body), status, mimetype="application/json")
    return Response(text, status, mimetype="text/plain")
