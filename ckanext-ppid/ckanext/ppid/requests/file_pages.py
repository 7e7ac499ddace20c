"""The private files of a request, served only to the applicant and the staff handling it, each read audited.

There is no other way to them: they are kept outside CKAN's storage (``requests.private_files``) and no URL
names their stored file; these routes name the case, check who asks, record the read, then send the bytes,
marked never to be cached.
"""

from __future__ import annotations

import io
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model
from flask import Blueprint, Response, send_file

from ckanext.ppid.requests.actions import record_personal_read
from ckanext.ppid.requests.auth import case_of
from ckanext.ppid.requests.core.receipt_token import InvalidToken
from ckanext.ppid.requests.filing import identity_documents
from ckanext.ppid.requests.filing import receipt as request_receipt
from ckanext.ppid.requests.model.information_request import InformationRequest
from ckanext.ppid.security import download_names

request_file_pages = Blueprint("ppid_request_files", __name__)

NOT_FOUND = "Request not found"
EXTENSIONS = {"application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png"}


def _context() -> dict[str, Any]:
    user = tk.current_user
    return {"user": user.name if user.is_authenticated else "", "auth_user_obj": user}


def private_case(id: str) -> InformationRequest:
    """The case, if the visitor may read its personal data; 404 or 403 otherwise."""
    try:
        tk.check_access("ppid_request_personal_data_show", _context(), {"id": id})
        return case_of({"id": id})
    except tk.ObjectNotFound:
        tk.abort(404, tk._(NOT_FOUND))
    except tk.NotAuthorized:
        tk.abort(403, tk._("Only the applicant and the staff handling it may see this request."))


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


def identity_document(id: str) -> Response:
    """The applicant's identity document."""
    case = private_case(id)
    applicant = case.applicant
    if not applicant.identity_document:
        tk.abort(404, tk._("No identity document was attached to this request."))
    try:
        content = identity_documents.read(applicant.identity_document)
    except FileNotFoundError:
        tk.abort(404, tk._("No identity document was attached to this request."))
    record_personal_read(case, tk.current_user, "request.identity_document.read", {})
    content_type = applicant.identity_document_type
    return send_private(content, content_type, f"identitas-{case.id}.{EXTENSIONS[content_type]}")


def receipt(id: str) -> Response:
    """The receipt PDF; it names the applicant, so it is read like their personal data."""
    case = private_case(id)
    if not case.receipt_file:
        tk.abort(404, tk._("The receipt is being prepared; try again in a moment."))
    content = request_receipt.read(case)
    record_personal_read(case, tk.current_user, "request.receipt.read", {})
    return send_private(content, "application/pdf", f"tanda-bukti-{case.id}.pdf")


def verify_receipt(token: str) -> Any:
    """Public: whether a receipt (its QR code) is genuine, with its number, date and unit only."""
    try:
        payload = request_receipt.verify(token)
    except InvalidToken as invalid:
        return tk.render("ppid/receipt_verify.html", {"problem": tk._(invalid.message)}), 404
    case = (
        model.Session.query(InformationRequest)
        .filter(InformationRequest.registration_number == payload.get("n"))
        .one_or_none()
    )
    unit = model.Group.get(str(payload.get("u")))
    return tk.render(
        "ppid/receipt_verify.html",
        {
            "receipt": {
                "registration_number": payload.get("n"),
                "received_at": tk.h.render_datetime(str(payload.get("r")), with_hours=True),
                "unit": unit.title if unit else payload.get("u"),
                "in_register": case is not None,
            }
        },
    )


request_file_pages.add_url_rule("/ppid/permohonan/<id>/identitas", view_func=identity_document)
request_file_pages.add_url_rule("/ppid/permohonan/<id>/tanda-bukti", view_func=receipt)
request_file_pages.add_url_rule("/ppid/tanda-bukti/<token>", view_func=verify_receipt)
