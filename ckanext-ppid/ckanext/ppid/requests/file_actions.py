"""The private files of a request for the pages that serve them: the identity document, the receipt, the
written notice and the extension notice, and the files handed over.

Each names the applicant, so only those who may read the applicant's personal data get it, and each
hand-out is recorded in the audit log first (UU 27/2022 Ps 31). The action answers where the file is stored
and how it is sent; the page (``requests.file_pages``) reads it from ``requests.private_files`` and sends it,
never cached: an action answers in JSON, a file goes out as it is.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import ckan.plugins.toolkit as tk

from ckanext.ppid.law.markers import N_
from ckanext.ppid.requests import private_files, schema
from ckanext.ppid.requests.actions import record_personal_read
from ckanext.ppid.requests.auth import case_of
from ckanext.ppid.requests.auth import ppid_request_personal_data_show as may_read_personal_data
from ckanext.ppid.requests.filing import identity_documents
from ckanext.ppid.requests.filing import receipt as request_receipt
from ckanext.ppid.requests.handling import deliveries
from ckanext.ppid.requests.letters import issue
from ckanext.ppid.requests.model.delivery import FILE
from ckanext.ppid.requests.model.information_request import InformationRequest
from ckanext.ppid.shell.auth_answers import user_of
from ckanext.ppid.shell.parameters import validated

IDENTITY, RECEIPT, DELIVERY = "identitas", "tanda_bukti", "serahan"
FILES = (IDENTITY, RECEIPT, issue.NOTICE, issue.EXTENSION, DELIVERY)
# The letters' downloads are named after their kind (``pemberitahuan-<id>.pdf``).
EXTENSIONS = {"application/pdf": "pdf", "image/jpeg": "jpg", "image/png": "png"}

NO_IDENTITY_DOCUMENT = N_("No identity document was attached to this request.")
RECEIPT_NOT_READY = N_("The receipt is being prepared; try again in a moment.")
NO_SUCH_LETTER = N_("This request has no such letter.")
LETTER_NOT_READY = N_("The letter is being prepared; try again in a moment.")
NO_SUCH_FILE = N_("No such file was handed over on this request.")

# What a file is: where it is, how it is sent, and the audit record of its hand-out (action and details).
Found = tuple[dict[str, Any], str, dict[str, Any]]


def _stored(kind: str, name: str | None, missing: str) -> str:
    """``name``, when a file of ``kind`` is stored under it; ObjectNotFound with ``missing`` otherwise."""
    if not private_files.exists(kind, name):
        raise tk.ObjectNotFound(tk._(missing))
    return name or ""


def _identity_document(case: InformationRequest, data_dict: dict[str, Any]) -> Found:
    applicant = case.applicant
    name = _stored(identity_documents.KIND, applicant.identity_document, NO_IDENTITY_DOCUMENT)
    content_type = applicant.identity_document_type
    download = f"identitas-{case.id}.{EXTENSIONS[content_type]}"
    found = private_files.handed_out(identity_documents.KIND, name, content_type, download)
    return found, "request.identity_document.read", {}


def _receipt(case: InformationRequest, data_dict: dict[str, Any]) -> Found:
    name = _stored(request_receipt.KIND, case.receipt_file, RECEIPT_NOT_READY)
    found = private_files.handed_out(
        request_receipt.KIND, name, "application/pdf", f"tanda-bukti-{case.id}.pdf"
    )
    return found, "request.receipt.read", {}


def _letter(kind: str) -> Callable[[InformationRequest, dict[str, Any]], Found]:
    def letter(case: InformationRequest, data_dict: dict[str, Any]) -> Found:
        if not getattr(case, issue.KINDS[kind].number_column):
            raise tk.ObjectNotFound(tk._(NO_SUCH_LETTER))
        name = _stored(issue.FILE_KIND, getattr(case, issue.KINDS[kind].file_column), LETTER_NOT_READY)
        found = private_files.handed_out(issue.FILE_KIND, name, "application/pdf", f"{kind}-{case.id}.pdf")
        return found, f"request.{kind}_letter.read", {"kind": kind}

    return letter


def _delivered(case: InformationRequest, data_dict: dict[str, Any]) -> Found:
    row = deliveries.find(case, data_dict.get("delivery_id") or "")
    if row is None or row.kind != FILE:
        raise tk.ObjectNotFound(tk._(NO_SUCH_FILE))
    name = _stored(deliveries.FILE_KIND, row.file_name, NO_SUCH_FILE)
    content_type = row.content_type or "application/octet-stream"
    download = deliveries.download_name(row)
    found = private_files.handed_out(deliveries.FILE_KIND, name, content_type, download, attachment=True)
    return found, "request.delivery.read", {"delivery_id": row.id}


FINDERS: dict[str, Callable[[InformationRequest, dict[str, Any]], Found]] = {
    IDENTITY: _identity_document,
    RECEIPT: _receipt,
    issue.NOTICE: _letter(issue.NOTICE),
    issue.EXTENSION: _letter(issue.EXTENSION),
    DELIVERY: _delivered,
}
assert tuple(FINDERS) == FILES, "a private file without its finder"


@tk.side_effect_free
@validated(schema.request_file_show)
def ppid_request_file_show(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """A private file of a request, for the page that serves it: where it is stored and how it is sent.

    Only the applicant and the staff handling the request (and the Atasan PPID once it has an objection)
    get it: each file names the applicant. The hand-out is recorded in the audit log first.

    :param id: the request's id
    :type id: string
    :param file: ``identitas`` (the identity document), ``tanda_bukti`` (the receipt), ``pemberitahuan``
        (the written notice or referral), ``perpanjangan`` (the extension notice) or ``serahan`` (a file
        handed over, named by ``delivery_id``)
    :type file: string
    :param delivery_id: the delivery, for ``serahan``
    :type delivery_id: string

    :returns: ``storage`` and ``stored_name`` (where ``requests.private_files`` keeps it; no URL serves a
        stored name), ``content_type``, ``download_name`` and ``attachment`` (downloaded, not shown)
    :rtype: dictionary
    """
    tk.check_access("ppid_request_file_show", context, data_dict)
    case = case_of(data_dict)
    finder = FINDERS.get(data_dict["file"])
    if finder is None:
        raise tk.ValidationError(
            {"file": [tk._("Choose one of: {choices}").format(choices=", ".join(FILES))]}
        )
    found, action, details = finder(case, data_dict)
    record_personal_read(case, user_of(context), action, details)
    return found


ACTIONS = {"ppid_request_file_show": ppid_request_file_show}
AUTH = {"ppid_request_file_show": may_read_personal_data}
