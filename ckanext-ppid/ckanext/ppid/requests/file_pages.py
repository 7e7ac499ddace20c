"""The private files of a request, served only to the applicant and the staff handling it, each read audited.

There is no other way to them: they are kept outside CKAN's storage (``requests.private_files``) and no URL
names their stored file; these routes name the case, and an action checks who asks, records the read and
says where the file is stored (``ppid_request_file_show``, ``ppid_objection_letter_show``); the page then
sends the bytes, marked never to be cached.
"""

from __future__ import annotations

import io
from typing import Any

import ckan.plugins.toolkit as tk
from flask import Blueprint, Response, send_file

from ckanext.ppid.law.markers import N_
from ckanext.ppid.requests import private_files
from ckanext.ppid.requests.core.receipt_token import InvalidToken
from ckanext.ppid.requests.file_actions import IDENTITY, NO_SUCH_FILE, RECEIPT
from ckanext.ppid.requests.filing import receipt as request_receipt
from ckanext.ppid.security import download_names
from ckanext.ppid.shell import messages
from ckanext.ppid.shell.action_context import visible_unit, visitor_context

request_file_pages = Blueprint("ppid_request_files", __name__)

NOT_FOUND = N_("Request not found")
NOT_HANDLING = N_("Only the applicant and the staff handling it may see this request.")


def send_private(
    content: bytes, content_type: str, download_name: str, as_attachment: bool = False
) -> Response:
    """A private file, never cached (CKAN marks responses to token callers cacheable without the flag)."""
    tk.request.environ["__no_cache__"] = True
    response = send_file(
        io.BytesIO(content),
        mimetype=content_type,
        download_name=download_names.clean_name(download_name),
        as_attachment=as_attachment,
    )
    response.headers["Cache-Control"] = "private, no-store"
    response.headers["X-Content-Type-Options"] = "nosniff"
    return response


def send_found(found: dict[str, Any]) -> Response:
    """The stored file an action named (``private_files.handed_out``); 404 if it went meanwhile."""
    try:
        content = private_files.read(found["storage"], found["stored_name"])
    except FileNotFoundError:
        tk.abort(404)
    return send_private(content, found["content_type"], found["download_name"], found["attachment"])


def private_file(id: str, file: str, **extra: str) -> Response:
    """A private file of the request (``ppid_request_file_show``): 404 for no such request or file, 403 for
    anyone but those who may read the applicant's personal data."""
    try:
        tk.check_access("ppid_request_personal_data_show", visitor_context(), {"id": id})
    except tk.ObjectNotFound:
        tk.abort(404, tk._(NOT_FOUND))
    except tk.NotAuthorized:
        tk.abort(403, tk._(NOT_HANDLING))
    try:
        found = tk.get_action("ppid_request_file_show")(visitor_context(), {"id": id, "file": file, **extra})
    except tk.ObjectNotFound as missing:
        tk.abort(404, str(missing))
    except tk.ValidationError:  # a delivery no file can have (too long an id)
        tk.abort(404, tk._(NO_SUCH_FILE))
    except tk.NotAuthorized:
        tk.abort(403, tk._(NOT_HANDLING))
    return send_found(found)


def identity_document(id: str) -> Response:
    """The applicant's identity document."""
    return private_file(id, IDENTITY)


def receipt(id: str) -> Response:
    """The receipt PDF; it names the applicant, so it is read like their personal data."""
    return private_file(id, RECEIPT)


def verify_receipt(token: str) -> Any:
    """Public: whether a receipt (its QR code) is genuine, with its number, date and unit only."""
    try:
        payload = request_receipt.verify(token)
    except InvalidToken as invalid:
        return tk.render("ppid/receipt_verify.html", {"problem": messages.text(invalid.problem)}), 404
    number = payload.get("n")
    unit = visible_unit(str(payload.get("u")))
    return tk.render(
        "ppid/receipt_verify.html",
        {
            "receipt": {
                "registration_number": number,
                "received_at": tk.h.render_datetime(str(payload.get("r")), with_hours=True),
                "unit": unit["title"] if unit else payload.get("u"),
                "in_register": _in_register(number),
            }
        },
    )


def _in_register(number: Any) -> bool:
    """Whether the public request register has a request numbered ``number``."""
    if not isinstance(number, str) or not number:
        return False
    try:
        found = tk.get_action("ppid_request_register_list")(visitor_context(), {"q": number, "limit": 100})
    except tk.ValidationError:  # longer than any registration number
        return False
    return any(entry["registration_number"] == number for entry in found["results"])


request_file_pages.add_url_rule("/ppid/permohonan/<id>/identitas", view_func=identity_document)
request_file_pages.add_url_rule("/ppid/permohonan/<id>/tanda-bukti", view_func=receipt)
request_file_pages.add_url_rule("/ppid/tanda-bukti/<token>", view_func=verify_receipt)
