"""Actions of applicants without an account: filing and confirming a request, and reaching it again by its
registration number and receipt code (``requests.filing.guest``).

Anyone may call them: the confirmation link, the receipt code or the grant they give are what open a case,
never a role. Wrong codes are counted per IP address (``security/rate_counters``); every state change and
every read of the applicant's personal data is in the audit log.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.law.markers import N_
from ckanext.ppid.requests import access as request_access
from ckanext.ppid.requests import dicts
from ckanext.ppid.requests import schema as request_schema
from ckanext.ppid.requests.actions import PERSONAL_FIELDS, record_personal_read
from ckanext.ppid.requests.file_actions import FILES, FINDERS
from ckanext.ppid.requests.filing import case_grant, guest, public_status, rate_limit
from ckanext.ppid.requests.model.information_request import InformationRequest
from ckanext.ppid.requests.objections import dicts as objection_dicts
from ckanext.ppid.security import rate_counters
from ckanext.ppid.shell import messages, settings
from ckanext.ppid.shell.auth_answers import anyone
from ckanext.ppid.shell.parameters import text, validated

CODE_GUESSES, GUEST_FILINGS, RESENDS = "receipt-code-guess", "guest-filing", "guest-resend"
WRONG_PAIR = N_(
    "No request has this registration number and receipt code. Check both on your receipt or in the e-mail "
    "that confirmed your request."
)
TOO_MANY_GUESSES = N_("Too many wrong receipt codes from your address. Please try again later.")
TOO_MANY_FILINGS = N_(
    "Many requests without an account came from your address in a short time. Please try again later, or "
    "log in to file."
)
TOO_MANY_RESENDS = N_("The confirmation link was sent several times already. Please try again later.")
GRANT_ENDED = N_(
    "Your access to this request has ended. Enter its registration number and receipt code again."
)
ALREADY_CONFIRMED = N_(
    "This request was confirmed already: its registration number is {number}. The receipt code was shown "
    "then and sent to your e-mail address."
)


class Limited(tk.ValidationError):
    """A visitor over one of the limits: the page answers 429 with ``message`` (the API 409)."""

    def __init__(self, message: str) -> None:
        super().__init__({"limit": [message]})
        self.message = message


def _limit(kind: str) -> int:
    return tk.config.get(
        {
            CODE_GUESSES: "ckanext.ppid.requests.receipt_code_attempts_per_ip",
            GUEST_FILINGS: "ckanext.ppid.requests.guest_filings_per_ip",
            RESENDS: "ckanext.ppid.requests.guest_resends_per_address",
        }[kind]
    )


def over_limit(kind: str, subject: str | None) -> bool:
    return rate_counters.used_up(kind, subject, _limit(kind))


@tk.validator_args
def _pair_schema(not_empty) -> dict[str, Any]:
    return {"registration_number": [not_empty, text("short_text")], "code": [not_empty, text("identifier")]}


@tk.validator_args
def _token_schema(not_empty) -> dict[str, Any]:
    return {"token": [not_empty, text("identifier")]}


@tk.validator_args
def _grant_schema(not_empty, ignore_missing) -> dict[str, Any]:
    return {
        "grant": [not_empty, text("short_text")],
        "file": [ignore_missing, text("code")],
        "delivery_id": [ignore_missing, text("identifier")],
    }


@tk.validator_args
def _email_schema(not_empty) -> dict[str, Any]:
    return {"email": [not_empty, text("email")]}


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


@validated(request_schema.request_create)
def ppid_request_guest_create(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """File a request without an account. It is held unconfirmed, with no registration number and no
    deadline running, until the link mailed to ``email`` confirms it (``ppid_request_guest_confirm``).

    The parameters are those of ``ppid_request_create`` for an applicant (no ``channel``), with ``email``
    and ``identity_document`` required. Limited per IP address
    (``ckanext.ppid.requests.guest_filings_per_ip``).

    :returns: ``expires``: when the confirmation link stops working (ISO 8601)
    :rtype: dictionary
    """
    tk.check_access("ppid_request_guest_create", context, data_dict)
    ip = rate_limit.client_ip()
    if over_limit(GUEST_FILINGS, ip):
        raise Limited(tk._(TOO_MANY_FILINGS))
    held = guest.hold({**data_dict, "channel": None, "received_at": None}, _now())
    rate_counters.count(GUEST_FILINGS, ip, settings.rate_limit_window_seconds())
    return {"expires": held.expires_at.isoformat()}


@validated(_email_schema)
def ppid_request_guest_resend(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """Mail the confirmation link again for the unconfirmed requests of ``email`` (the earlier links stop
    working). The answer does not say whether there were any. Limited per address and per IP address.

    :param email: the address given on the form
    :type email: string

    :rtype: dictionary
    """
    tk.check_access("ppid_request_guest_resend", context, data_dict)
    ip, email = rate_limit.client_ip(), data_dict["email"]
    if over_limit(RESENDS, email) or over_limit(RESENDS, ip):
        raise Limited(tk._(TOO_MANY_RESENDS))
    rate_counters.count(RESENDS, email, settings.rate_limit_window_seconds())
    rate_counters.count(RESENDS, ip, settings.rate_limit_window_seconds())
    guest.resend(email, _now())
    return {}


@validated(_token_schema)
def ppid_request_guest_confirm(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """Confirm a request filed without an account: it gets its registration number and enters the queue,
    counting as received now. The receipt code is in the answer and in the mail, and nowhere else.

    :param token: the token of the confirmation link
    :type token: string

    :returns: ``id``, ``registration_number`` and ``code`` (the receipt code)
    :rtype: dictionary
    """
    tk.check_access("ppid_request_guest_confirm", context, data_dict)
    try:
        case, code = guest.confirm(data_dict["token"], _now())
    except guest.LinkRefused as refused:
        raise tk.ValidationError({"token": [messages.text(refused.problem)]}) from refused
    except guest.AlreadyConfirmed as done:
        message = tk._(ALREADY_CONFIRMED).format(number=done.registration_number)
        raise tk.ValidationError({"token": [message]}) from done
    return {"id": case.id, "registration_number": case.registration_number, "code": code}


def _case_by_pair(data_dict: dict[str, Any]) -> InformationRequest:
    """The case of the number and code; counted as a wrong guess and refused otherwise."""
    ip = rate_limit.client_ip()
    if over_limit(CODE_GUESSES, ip):
        raise Limited(tk._(TOO_MANY_GUESSES))
    case = guest.case_for(data_dict["registration_number"], data_dict["code"])
    if case is None:
        rate_counters.count(CODE_GUESSES, ip, settings.rate_limit_window_seconds())
        raise tk.ValidationError({"code": [tk._(WRONG_PAIR)]})
    return case


@tk.side_effect_free
@validated(_pair_schema)
def ppid_request_status_show(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """The status of a request filed without an account, by its registration number and receipt code:
    what the public register shows (number, unit, status, dates, outcome), no personal data.

    :param registration_number: the request's registration number
    :type registration_number: string
    :param code: its receipt code (``XXXX-XXXX-XXXX``)
    :type code: string

    :rtype: dictionary
    """
    tk.check_access("ppid_request_status_show", context, data_dict)
    return public_status.status_dict(_case_by_pair(data_dict))


@validated(_pair_schema)
def ppid_request_guest_access(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """A grant to open one's request without an account (``ppid_request_guest_show``), for its registration
    number and receipt code; it holds ``ckanext.ppid.requests.case_grant_minutes``.

    :param registration_number: the request's registration number
    :type registration_number: string
    :param code: its receipt code
    :type code: string

    :returns: ``id`` and ``grant``
    :rtype: dictionary
    """
    tk.check_access("ppid_request_guest_access", context, data_dict)
    case = _case_by_pair(data_dict)
    return {"id": case.id, "grant": case_grant.grant(case.id)}


def _granted(data_dict: dict[str, Any]) -> InformationRequest:
    case_id = case_grant.case_id_of(data_dict["grant"])
    case = model.Session.get(InformationRequest, case_id) if case_id else None
    if case is None:
        raise tk.NotAuthorized(tk._(GRANT_ENDED))
    return case


@tk.side_effect_free
@validated(_grant_schema)
def ppid_request_guest_show(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """The applicant's view of the one request a grant opens, with their personal data (the read is
    recorded in the audit log), its objections and the objection grounds open to the applicant today.

    :param grant: from ``ppid_request_guest_access``
    :type grant: string

    :rtype: dictionary
    """
    tk.check_access("ppid_request_guest_show", context, data_dict)
    case = _granted(data_dict)
    details = {"fields": list(PERSONAL_FIELDS), "role": request_access.APPLICANT, "by": "receipt_code"}
    record_personal_read(case, None, "request.personal_data.read", details)
    return {
        **dicts.case_dict(case, with_personal_data=True),
        "status": public_status.status_dict(case),
        "objections": [objection_dicts.objection_dict(objection) for objection in case.objections],
        "grounds": objection_dicts.grounds_today(case),
    }


@tk.side_effect_free
@validated(_grant_schema)
def ppid_request_guest_file_show(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """A private file of the one request a grant opens (as ``ppid_request_file_show`` gives the applicant):
    where it is stored and how it is sent; the hand-out is recorded in the audit log.

    :param grant: from ``ppid_request_guest_access``
    :type grant: string
    :param file: ``tanda_bukti``, ``pemberitahuan``, ``perpanjangan``, ``identitas`` or ``serahan``
    :type file: string
    :param delivery_id: the delivery, for ``serahan``
    :type delivery_id: string

    :rtype: dictionary
    """
    tk.check_access("ppid_request_guest_file_show", context, data_dict)
    case = _granted(data_dict)
    finder = FINDERS.get(data_dict.get("file") or "")
    if finder is None:
        raise tk.ValidationError(
            {"file": [tk._("Choose one of: {choices}").format(choices=", ".join(FILES))]}
        )
    found, action, details = finder(case, data_dict)
    record_personal_read(case, None, action, {**details, "by": "receipt_code"})
    return found


ACTIONS = {
    "ppid_request_guest_create": ppid_request_guest_create,
    "ppid_request_guest_resend": ppid_request_guest_resend,
    "ppid_request_guest_confirm": ppid_request_guest_confirm,
    "ppid_request_status_show": ppid_request_status_show,
    "ppid_request_guest_access": ppid_request_guest_access,
    "ppid_request_guest_show": ppid_request_guest_show,
    "ppid_request_guest_file_show": ppid_request_guest_file_show,
}
# The link, the code or the grant is the key, not a role: anyone may call, the action checks the key.
AUTH = {name: anyone for name in ACTIONS}
