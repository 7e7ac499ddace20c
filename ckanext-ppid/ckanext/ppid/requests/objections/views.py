"""Pages of objections and disputes: the applicant's objection form, the objection page with the Atasan PPID's
decision form and the dispute's forms, the decision letter, and the public objection register.

Each page calls the actions, which decide who may do what; a refusal is a 403, a form with problems comes back
with them and a 400, and nothing is stored half-way.
"""

from __future__ import annotations

from typing import Any

import ckan.plugins.toolkit as tk
from flask import Blueprint, Response, jsonify

from ckanext.ppid.law import disputes, objections
from ckanext.ppid.requests.core import dispute_transitions
from ckanext.ppid.requests.core.transitions import DESK
from ckanext.ppid.requests.file_pages import send_found
from ckanext.ppid.shell import paged_lists
from ckanext.ppid.shell.action_context import visitor_context

objection_pages = Blueprint("ppid_objection", __name__, url_prefix="/ppid/keberatan")
REGISTER_PAGE_SIZE = 50

OBJECTION_NOT_FOUND = "Objection not found"


def _call(action: str, data: dict[str, Any]) -> Any:
    """Run a reading action for the visitor; 404 or 403 when it refuses to."""
    try:
        return tk.get_action(action)(visitor_context(), data)
    except tk.ObjectNotFound as missing:
        tk.abort(404, str(missing) or tk._(OBJECTION_NOT_FOUND))
    except tk.ValidationError:  # an address no objection or request can have (too long an id)
        tk.abort(404, tk._(OBJECTION_NOT_FOUND))
    except tk.NotAuthorized as refused:
        tk.abort(403, str(refused))


def _may(action: str, data: dict[str, Any]) -> None:
    """403 unless the visitor may take ``action``: a form is shown only to those who may send it."""
    try:
        tk.check_access(action, visitor_context(), data)
    except tk.NotAuthorized as refused:
        tk.abort(403, str(refused))


def _choices(table: tuple[Any, ...], codes: frozenset[str] | None = None) -> list[tuple[str, str]]:
    return [(entry.code, tk._(entry.label)) for entry in table if codes is None or entry.code in codes]


def new(request_id: str) -> Any:
    """The objection form: only the grounds open today, each explained, with the last day to object on it."""
    grounds = _call("ppid_objection_grounds", {"request_id": request_id})
    _may("ppid_objection_create", {"request_id": request_id})
    by_staff = grounds["role"] in DESK
    form: dict[str, Any] = {"grounds": [], "statement": "", "received_at": ""}
    errors: dict[str, list[str]] = {}
    if tk.request.method == "POST":
        form = {
            "grounds": tk.request.form.getlist("grounds"),
            "statement": tk.request.form.get("statement", ""),
            "received_at": tk.request.form.get("received_at", ""),
        }
        try:
            objection = tk.get_action("ppid_objection_create")(
                visitor_context(), {"request_id": request_id, **form}
            )
        except tk.NotAuthorized as refused:
            tk.abort(403, str(refused))
        except tk.ValidationError as error:
            errors = error.error_dict
        else:
            tk.h.flash_success(
                tk._("Your objection is registered under number {number}.").format(number=objection["number"])
            )
            return tk.redirect_to("ppid_objection.show", id=objection["id"])
    page = tk.render(
        "ppid/objection/form.html",
        {"grounds": grounds, "form": form, "errors": errors, "by_staff": by_staff},
    )
    return (page, 400) if errors else page


def show(id: str, errors: dict[str, list[str]] | None = None) -> Any:
    """An objection: number, grounds, statement, the Atasan PPID's due date explained, decision, dispute."""
    objection = _call("ppid_objection_show", {"id": id})
    page = tk.render(
        "ppid/objection/page.html",
        {
            "objection": objection,
            "errors": errors or {},
            "forums": _choices(disputes.FORUMS, frozenset(f.code for f in disputes.FORUMS if not f.court)),
            "results": _choices(disputes.RESULTS, dispute_transitions.DECISION_RESULTS),
            "courts": _choices(disputes.FORUMS, frozenset({"ptun", "pn"})),
        },
    )
    return (page, 400) if errors else page


def decide(id: str) -> Any:
    """The Atasan PPID's decision form; the reasons are required when upholding."""
    objection = _call("ppid_objection_show", {"id": id})
    _may("ppid_objection_decide", {"id": id})
    form = {"decision": "", "reasons": ""}
    errors: dict[str, list[str]] = {}
    if tk.request.method == "POST":
        form = {key: tk.request.form.get(key, "") for key in form}
        try:
            tk.get_action("ppid_objection_decide")(visitor_context(), {"id": id, **form})
        except tk.NotAuthorized as refused:
            tk.abort(403, str(refused))
        except tk.ValidationError as error:
            errors = error.error_dict
        else:
            tk.h.flash_success(tk._("The decision is recorded; its letter is being prepared."))
            return tk.redirect_to("ppid_objection.show", id=id)
    page = tk.render(
        "ppid/objection/decide.html",
        {
            "objection": objection,
            "form": form,
            "errors": errors,
            "decisions": [
                (entry.code, tk._(entry.label), entry.reasons_required) for entry in objections.DECISIONS
            ],
        },
    )
    return (page, 400) if errors else page


def _step(id: str, action: str, data: dict[str, Any], done: str) -> Any:
    """A step posted from the objection page; back to it, with the problems if there are any."""
    try:
        tk.get_action(action)(visitor_context(), data)
    except tk.ObjectNotFound:
        tk.abort(404, tk._(OBJECTION_NOT_FOUND))
    except tk.NotAuthorized as refused:
        tk.abort(403, str(refused))
    except tk.ValidationError as error:
        return show(id, error.error_dict)
    tk.h.flash_success(done)
    return tk.redirect_to("ppid_objection.show", id=id)


def decision_received(id: str) -> Any:
    data = {"id": id, "received_at": tk.request.form.get("received_at", "")}
    return _step(id, "ppid_objection_decision_received", data, tk._("Recorded."))


def withdraw(id: str) -> Any:
    data = {"id": id, "reasons": tk.request.form.get("reasons", "")}
    return _step(id, "ppid_objection_withdraw", data, tk._("The objection is withdrawn."))


def accept(id: str) -> Any:
    return _step(id, "ppid_objection_accept", {"id": id}, tk._("Recorded."))


def dispute_new(id: str) -> Any:
    """Record that the dispute was taken to the Information Commission."""
    data = {
        "objection_id": id,
        **{key: tk.request.form.get(key, "") for key in ("forum", "case_number", "filed_on")},
    }
    return _step(id, "ppid_dispute_create", data, tk._("The dispute is recorded."))


def dispute_update(id: str, dispute_id: str) -> Any:
    """Record a stage of the dispute."""
    fields = ("transition", "result", "court", "decision_reference", "case_number")
    data = {"id": dispute_id, **{key: tk.request.form.get(key, "") for key in fields}}
    return _step(id, "ppid_dispute_update", data, tk._("The dispute's stage is recorded."))


def letter(id: str) -> Response:
    """The decision letter (PDF); it names the applicant, so only those who may read their personal data get
    it, each read recorded."""
    try:
        tk.check_access("ppid_objection_letter_show", visitor_context(), {"id": id})
    except tk.ObjectNotFound:
        tk.abort(404, tk._(OBJECTION_NOT_FOUND))
    except tk.NotAuthorized as refused:
        tk.abort(403, str(refused))
    try:
        found = tk.get_action("ppid_objection_letter_show")(visitor_context(), {"id": id})
    except tk.ObjectNotFound as missing:  # not built yet
        tk.abort(404, str(missing))
    except tk.ValidationError:  # an address no objection can have (too long an id)
        tk.abort(404, tk._(OBJECTION_NOT_FOUND))
    except tk.NotAuthorized as refused:
        tk.abort(403, str(refused))
    return send_found(found)


def letter_status(id: str) -> Response:
    """Whether the decision letter is ready (JSON, for the page's script): nothing personal, never cached."""
    try:
        ready = tk.get_action("ppid_objection_letter_status")(visitor_context(), {"id": id})
    except (tk.ObjectNotFound, tk.ValidationError):
        tk.abort(404, tk._(OBJECTION_NOT_FOUND))
    except tk.NotAuthorized as refused:
        tk.abort(403, str(refused))
    tk.request.environ["__no_cache__"] = True
    response = jsonify(ready)
    response.headers["Cache-Control"] = "private, no-store"
    return response


def register() -> str:
    """The objection register (docs/law.md); the public sees it without personal data."""
    errors: dict[str, list[str]] = {}
    filters = paged_lists.filters(("year",))
    number = paged_lists.page_number("page", errors)
    found = paged_lists.listed("ppid_objection_list", filters, number, REGISTER_PAGE_SIZE, errors)
    page = paged_lists.page_of(found, number, REGISTER_PAGE_SIZE, **filters)
    extra = {"found": found, "page": page, "errors": errors}
    return tk.render("ppid/objection/register.html", extra), 400 if errors else 200


objection_pages.add_url_rule("/baru/<request_id>", view_func=new, methods=["GET", "POST"])
objection_pages.add_url_rule("/register", view_func=register)
objection_pages.add_url_rule("/<id>", view_func=show)
objection_pages.add_url_rule("/<id>/putusan", view_func=decide, methods=["GET", "POST"])
objection_pages.add_url_rule("/<id>/putusan.pdf", view_func=letter)
objection_pages.add_url_rule("/<id>/surat.json", view_func=letter_status)
objection_pages.add_url_rule("/<id>/diterima", view_func=decision_received, methods=["POST"])
objection_pages.add_url_rule("/<id>/cabut", view_func=withdraw, methods=["POST"])
objection_pages.add_url_rule("/<id>/terima", view_func=accept, methods=["POST"])
objection_pages.add_url_rule("/<id>/sengketa", view_func=dispute_new, methods=["POST"])
objection_pages.add_url_rule("/<id>/sengketa/<dispute_id>", view_func=dispute_update, methods=["POST"])
