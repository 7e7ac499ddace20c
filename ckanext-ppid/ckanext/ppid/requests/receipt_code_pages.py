"""Pages reached without an account by a request's registration number and receipt code.

- ``ppid_requests.status`` (``/ppid/permohonan/status``, "Cek status permohonan"): the status as the public
  register shows it, no personal data.
- ``ppid_requests.access`` (``/ppid/permohonan/akses``): the applicant's own view. The pair gives a grant to
  that one case (``requests.filing.case_grant``), kept in the visitor's session: the case page
  (``ppid_requests.guest_case``) and its files open with it, and only that case does.

A wrong pair is a 403 with the reason; too many wrong pairs from one address a 429.
"""

from __future__ import annotations

from typing import Any

import ckan.plugins.toolkit as tk
from flask import Response, session

from ckanext.ppid.requests.file_actions import NO_SUCH_FILE
from ckanext.ppid.requests.file_pages import send_found
from ckanext.ppid.requests.filing import case_grant
from ckanext.ppid.requests.filing.case_grant import SESSION_KEY
from ckanext.ppid.requests.filing.guest_actions import Limited
from ckanext.ppid.shell.action_context import visitor_context

STATUS_PAGE, ACCESS_PAGE = "ppid/request_status.html", "ppid/request_access.html"


def not_stored(page: str) -> tuple[str, int, dict[str, str]]:
    """A page with a secret or personal data: no cache keeps it (CKAN marks anonymous pages cacheable)."""
    tk.request.environ["__no_cache__"] = True
    return page, 200, {"Cache-Control": "private, no-store"}


def _pair() -> dict[str, str]:
    return {
        "registration_number": tk.request.form.get("registration_number", "").strip(),
        "code": tk.request.form.get("code", "").strip(),
    }


def _page(template: str, values: dict[str, Any]) -> str:
    return tk.render(template, {"minutes": case_grant.minutes(), **values})


def _refused(template: str, pair: dict[str, str], error: tk.ValidationError) -> tuple[str, int]:
    # The code is not shown again.
    form = {"registration_number": pair["registration_number"]}
    if isinstance(error, Limited):
        return _page(template, {"form": form, "problem": error.message}), 429
    problems = error.error_dict.get("code") or [tk._("Give the registration number and the receipt code.")]
    status = 403 if error.error_dict.get("code") else 400
    return _page(template, {"form": form, "problem": " ".join(problems)}), status


def status() -> Any:
    """Public: a request's status by its registration number and receipt code."""
    if tk.request.method == "GET":
        # The receipt's check page links here with the number filled in.
        return tk.render(STATUS_PAGE, {"form": {"registration_number": tk.request.args.get("nomor", "")}})
    pair = _pair()
    try:
        found = tk.get_action("ppid_request_status_show")(visitor_context(), pair)
    except tk.ValidationError as error:
        return _refused(STATUS_PAGE, pair, error)
    return tk.render(
        STATUS_PAGE, {"form": {"registration_number": pair["registration_number"]}, "found": found}
    )


def access() -> Any:
    """The applicant without an account opens their case: the pair gives a grant kept in the session."""
    if tk.request.method == "GET":
        return _page(ACCESS_PAGE, {"form": {}})
    pair = _pair()
    try:
        granted = tk.get_action("ppid_request_guest_access")(visitor_context(), pair)
    except tk.ValidationError as error:
        return _refused(ACCESS_PAGE, pair, error)
    session[SESSION_KEY] = granted["grant"]
    return tk.redirect_to("ppid_requests.guest_case")


def _grant() -> str | None:
    grant = session.get(SESSION_KEY)
    return grant if isinstance(grant, str) else None


def _to_access() -> Response:
    tk.h.flash_notice(tk._("Enter your request's registration number and receipt code to open it."))
    return tk.redirect_to("ppid_requests.access")


def guest_case() -> Any:
    """The one case the session's grant opens, as its applicant sees it."""
    grant = _grant()
    if grant is None:
        return _to_access()
    try:
        shown = tk.get_action("ppid_request_guest_show")(visitor_context(), {"grant": grant})
    except (tk.NotAuthorized, tk.ValidationError):
        session.pop(SESSION_KEY, None)
        return _to_access()
    return not_stored(tk.render("ppid/request_guest_case.html", {"case": shown}))


def _file(file: str, **extra: str) -> Any:
    grant = _grant()
    if grant is None:
        return _to_access()
    try:
        found = tk.get_action("ppid_request_guest_file_show")(
            visitor_context(), {"grant": grant, "file": file, **extra}
        )
    except tk.NotAuthorized:
        session.pop(SESSION_KEY, None)
        return _to_access()
    except (tk.ObjectNotFound, tk.ValidationError) as missing:
        tk.abort(404, str(missing) if isinstance(missing, tk.ObjectNotFound) else tk._(NO_SUCH_FILE))
    return send_found(found)


def guest_file(file: str) -> Any:
    """The receipt, a letter or the identity document of the granted case."""
    return _file(file)


def guest_delivery(delivery_id: str) -> Any:
    """A file handed over on the granted case."""
    return _file("serahan", delivery_id=delivery_id)
