"""The staff's handling of a request on its case page, and the downloads of its letters and delivered files.

The case page shows a form for each transition the visitor may take now (``ppid_request_transitions``);
each form posts to a route here, which calls the action: on success a flash and a redirect back to the
case, on a refusal the case page again with the form's errors and its values (400). The letters (they name
the applicant) and the delivered files are served only to the applicant and the staff handling the case,
each download recorded in the audit log.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import ckan.plugins.toolkit as tk
from flask import Blueprint, Response, jsonify

from ckanext.ppid.law import exemptions
from ckanext.ppid.law import requests as law_requests
from ckanext.ppid.law.markers import N_
from ckanext.ppid.requests.core.transitions import REQUEST_TRANSITIONS
from ckanext.ppid.requests.file_actions import DELIVERY
from ckanext.ppid.requests.file_pages import private_file
from ckanext.ppid.requests.handling import notice_form
from ckanext.ppid.requests.handling.auth import NOT_STAFF
from ckanext.ppid.requests.handling.notice_received import CODE as NOTICE_RECEIVED
from ckanext.ppid.requests.handling.notice_received import LABEL as NOTICE_RECEIVED_LABEL
from ckanext.ppid.requests.letters.issue import EXTENSION, NOTICE
from ckanext.ppid.shell.action_context import visitor_context

request_handling_pages = Blueprint("ppid_request_handling", __name__, url_prefix="/ppid/permohonan")

DONE = N_("Recorded: {step}.")


@dataclass(frozen=True)
class Form:
    """A handling form: the action it calls and the fields it sends (``many``: several values)."""

    action: str
    fields: tuple[str, ...] = ()
    many: tuple[str, ...] = ()
    files: tuple[str, ...] = ()


FORMS = {
    "verifikasi": Form("ppid_request_verify"),
    "proses": Form("ppid_request_process"),
    "teruskan": Form("ppid_request_forward", ("unit",)),
    "perpanjang": Form("ppid_request_extend", ("reasons",)),
    # The notice's inputs are named per outcome (``notice_form``), read there.
    notice_form.CODE: Form("ppid_request_notice_send", ("outcome",)),
    "rujuk": Form("ppid_request_refer", ("holder", "reasons")),
    NOTICE_RECEIVED: Form("ppid_request_notice_received", ("received_on",)),
    "serahkan_informasi": Form("ppid_request_deliver", ("items",), files=("files",)),
    "tutup": Form("ppid_request_close"),
    "batalkan": Form("ppid_request_withdraw", ("reasons",)),
}
STEP_LABELS = {entry.code: entry.label for entry in REQUEST_TRANSITIONS} | {
    NOTICE_RECEIVED: NOTICE_RECEIVED_LABEL
}


@dataclass(frozen=True)
class Failed:
    """A form that came back: which, what was entered, and the errors by field."""

    code: str
    form: dict[str, Any] = field(default_factory=dict)
    errors: dict[str, list[str]] = field(default_factory=dict)


def _choices(table: tuple, codes: frozenset[str] | None = None) -> list[tuple[str, str]]:
    return [(entry.code, tk._(entry.label)) for entry in table if codes is None or entry.code in codes]


def unit_choices(other_than: str | None = None) -> list[tuple[str, str]]:
    """The active units a form offers (all but ``other_than``, a unit's id), by title."""
    units = tk.get_action("ppid_unit_list")(visitor_context(), {})
    return [(unit["name"], unit["title"] or unit["name"]) for unit in units if unit["id"] != other_than]


def _notice(case: dict[str, Any], failed: Failed | None) -> dict[str, Any]:
    """The written-notice form's outcomes, each with the parts it asks for, and its exempted-item choices."""
    chosen = failed.form if failed and failed.code == notice_form.CODE else {}
    picked = [
        ref
        for outcome in law_requests.REFUSED_ON_EXEMPTION
        for ref in chosen.get(notice_form.input_name(outcome, "register_items"), [])
        if isinstance(ref, str)
    ]
    return {
        "outcomes": [
            {
                "code": outcome.code,
                "label": tk._(outcome.label),
                "legal_basis": tk._(outcome.legal_basis),
                "parts": law_requests.notice_fields(outcome.code),
            }
            for outcome in notice_form.outcomes()
        ],
        "exempted": notice_form.exempted_choices(case["current_unit"]["id"], picked),
    }


def _handling(case: dict[str, Any], offered: set[str], failed: Failed | None) -> dict[str, Any]:
    """What the handling forms offer to choose from."""
    return {
        "units": unit_choices(case["current_unit"]["id"]),
        "grounds": [
            (ground.code, f"{ground.code} {tk._(ground.label)}") for ground in exemptions.selectable_grounds()
        ],
        "deliveries": _choices(law_requests.DELIVERY_METHODS),
        "copy_formats": _choices(law_requests.COPY_FORMATS),
        "notice": _notice(case, failed) if notice_form.CODE in offered else None,
    }


def _own_inputs(code: str) -> set[str]:
    """The names of the inputs of a handling form."""
    form = FORMS[code]
    own = {*form.fields, *form.many, *form.files}
    if code == notice_form.CODE:
        own |= {
            notice_form.input_name(outcome.code, part.name)
            for outcome in notice_form.outcomes()
            for part in law_requests.notice_fields(outcome.code)
        }
    return own


def _general_errors(failed: Failed | None) -> list[str]:
    """The messages of a failed form that belong to none of its fields."""
    if failed is None:
        return []
    own = _own_inputs(failed.code)
    return [message for name, messages in failed.errors.items() if name not in own for message in messages]


def case_page(id: str, failed: Failed | None = None) -> Any:
    """The case page, with the forms of what the visitor may do now; 400 when ``failed`` comes back."""
    try:
        shown = tk.get_action("ppid_request_show")(visitor_context(), {"id": id})
        offered = tk.get_action("ppid_request_transitions")(visitor_context(), {"id": id})
    except (tk.ObjectNotFound, tk.ValidationError):  # an address no request can have (too long an id)
        tk.abort(404, tk._("Request not found"))
    except tk.NotAuthorized:
        tk.abort(403, tk._("Only the applicant and the staff handling it may see this request."))
    objections = tk.get_action("ppid_request_objections")(visitor_context(), {"id": shown["id"]})
    try:
        messages = tk.get_action("ppid_notification_list")(
            visitor_context(), {"request_id": shown["id"], "limit": 100}
        )
    except tk.NotAuthorized:  # the Atasan PPID and the assessor read the case, not its messages
        messages = None
    allowed = {entry["code"] for entry in offered}
    page = tk.render(
        "ppid/request_case.html",
        {
            "case": shown,
            "objections": objections,
            "transitions": [entry for entry in offered if entry["code"] in FORMS],
            "allowed": allowed,
            "handling": _handling(shown, allowed, failed),
            "failed": failed or Failed(""),
            "general_errors": _general_errors(failed),
            # Where the error summary's links lead: the input of each field of the form that came back.
            "error_links": {name: f"ppid-{failed.code}-{name}" for name in _own_inputs(failed.code)}
            if failed
            else {},
            "role": objections["role"],
            "messages": messages,
        },
    )
    return (page, 400) if failed else page


def _submitted(code: str, form: Form) -> tuple[dict[str, Any], dict[str, Any]]:
    """What the form sent: the values to show again, and the action's parameters (with files)."""
    if code == notice_form.CODE:
        return notice_form.submitted(tk.request.form)
    entered: dict[str, Any] = {name: tk.request.form.get(name, "") for name in form.fields}
    entered.update({name: tk.request.form.getlist(name) for name in form.many})
    data = {**entered, **{name: tk.request.files.getlist(name) for name in form.files}}
    return entered, data


def take(id: str, code: str) -> Any:
    """Post a handling form: call its action, then back to the case, with a flash or with the errors."""
    form = FORMS[code]
    entered, data = _submitted(code, form)
    try:
        tk.get_action(form.action)(visitor_context(), {**data, "id": id})
    except tk.ObjectNotFound:
        tk.abort(404, tk._("Request not found"))
    except tk.NotAuthorized as refused:
        tk.abort(403, str(refused) or tk._(NOT_STAFF))
    except tk.ValidationError as error:
        errors = error.error_dict
        if code == notice_form.CODE:
            errors = notice_form.errors_by_input(data["outcome"], errors)
        return case_page(id, Failed(code, entered, errors))
    tk.h.flash_success(tk._(DONE).format(step=tk._(STEP_LABELS[code])))
    return tk.redirect_to("ppid_requests.case", id=id)


def letters_status(id: str) -> Response:
    """Which of the case's letters are ready (JSON, for the page's script): nothing personal, never cached."""
    try:
        ready = tk.get_action("ppid_request_letters_status")(visitor_context(), {"id": id})
    except (tk.ObjectNotFound, tk.ValidationError):
        tk.abort(404, tk._("Request not found"))
    except tk.NotAuthorized:
        tk.abort(403, tk._("Only the applicant and the staff handling it may see this request."))
    tk.request.environ["__no_cache__"] = True
    response = jsonify(ready)
    response.headers["Cache-Control"] = "private, no-store"
    return response


def notice_pdf(id: str) -> Response:
    """The written notice (or referral) as a PDF; it names the applicant, so it is read like their data."""
    return private_file(id, NOTICE)


def extension_pdf(id: str) -> Response:
    """The extension notice as a PDF."""
    return private_file(id, EXTENSION)


def delivered_file(id: str, delivery_id: str) -> Response:
    """A file handed over on the request, as a download (never shown inline)."""
    return private_file(id, DELIVERY, delivery_id=delivery_id)


ROUTES = {
    "verifikasi": "/<id>/verifikasi",
    "proses": "/<id>/proses",
    "teruskan": "/<id>/teruskan",
    "perpanjang": "/<id>/perpanjang",
    "kirim_pemberitahuan": "/<id>/pemberitahuan",
    "rujuk": "/<id>/rujuk",
    NOTICE_RECEIVED: "/<id>/pemberitahuan-diterima",
    "serahkan_informasi": "/<id>/serahkan",
    "tutup": "/<id>/tutup",
    "batalkan": "/<id>/batalkan",
}
for _code, _rule in ROUTES.items():
    request_handling_pages.add_url_rule(
        _rule, endpoint=_code, view_func=take, methods=["POST"], defaults={"code": _code}
    )
request_handling_pages.add_url_rule("/<id>/surat.json", view_func=letters_status)
request_handling_pages.add_url_rule("/<id>/pemberitahuan.pdf", view_func=notice_pdf)
request_handling_pages.add_url_rule("/<id>/perpanjangan.pdf", view_func=extension_pdf)
request_handling_pages.add_url_rule("/<id>/serahan/<delivery_id>", view_func=delivered_file)
