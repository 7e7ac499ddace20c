"""Actions on information requests: filing (or recording) one, reading one, listing one's own."""

from __future__ import annotations

import datetime as dt
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.audit import log as audit_log
from ckanext.ppid.notifications import outbox
from ckanext.ppid.requests import access as request_access
from ckanext.ppid.requests import auth, dicts, schema
from ckanext.ppid.requests.auth import case_of
from ckanext.ppid.requests.filing import mail as request_mail
from ckanext.ppid.requests.filing import rate_limit, store, validation
from ckanext.ppid.requests.filing import receipt as request_receipt
from ckanext.ppid.requests.model.information_request import InformationRequest, RequestApplicant
from ckanext.ppid.shell import settings
from ckanext.ppid.shell.parameters import validated
from ckanext.ppid.units import access

PERSONAL_FIELDS = ("name", "nik", "address", "phone", "email", "legal_entity_decree", "proxy_name")
MAX_LIMIT = 100


def _user(context: dict[str, Any]) -> model.User:
    user = access.user_object(context.get("auth_user_obj") or context.get("user"))
    if user is None:
        raise tk.NotAuthorized(tk._("Log in to file a request for information."))
    return user


@validated(schema.request_create)
def ppid_request_create(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """File a request for information (permohonan informasi, UU 14/2008 Ps 22).

    An applicant with an account files for themself on the web (leave ``channel`` out). Staff of the unit
    (or of the PPID Utama) record a request that came another way, for someone without an account, giving
    ``channel`` and ``received_at``. The request gets its registration number at once; the receipt (PDF
    with a QR code) is built in the background and the applicant (if an e-mail is given) and the unit are
    mailed. Nothing is stored if anything fails.

    :param unit: the PPID unit the request is for (organization name or id)
    :type unit: string
    :param applicant_type: ``perorangan``, ``kelompok_orang`` or ``badan_hukum``
    :type applicant_type: string
    :param name: the applicant's full name (a legal entity's name)
    :type name: string
    :param nik: the 16-digit NIK; required of individuals
    :type nik: string
    :param legal_entity_decree: the legal-entity decree number; required of legal entities
    :type legal_entity_decree: string
    :param address: the applicant's address
    :type address: string
    :param phone: telephone number (this or ``email`` is required)
    :type phone: string
    :param email: e-mail address
    :type email: string
    :param proxy_name: the name of the person filing on the applicant's behalf, if any (optional)
    :type proxy_name: string
    :param information: the information requested, in detail
    :type information: string
    :param purpose: what the information is for
    :type purpose: string
    :param way_to_obtain: ``melihat_membaca_mendengarkan_mencatat``, ``salinan_softcopy`` or
        ``salinan_hardcopy``
    :type way_to_obtain: string
    :param delivery_method: ``ambil_langsung``, ``kurir``, ``pos``, ``faksimili``, ``email`` or
        ``unduh_portal``
    :type delivery_method: string
    :param identity_document: the KTP (or legal-entity decree) scan, PDF, JPEG or PNG; required on the web
    :type identity_document: file upload
    :param channel: staff only: ``langsung``, ``lisan``, ``surat``, ``email``, ``faks`` or ``sp4n_lapor``
    :type channel: string
    :param received_at: staff only: when the request arrived, ``YYYY-MM-DD HH:MM`` in the body's time zone
    :type received_at: string

    :returns: the request, with its ``registration_number``, ``received_day`` and explained ``clock``
    :rtype: dictionary
    """
    tk.check_access("ppid_request_create", context, data_dict)
    user = _user(context)
    channel = data_dict.get("channel")
    by_staff = bool(channel) and channel != validation.WEB
    now = dt.datetime.now(dt.timezone.utc)
    filing = validation.validate(data_dict, by_staff, settings.timezone(), now)
    if by_staff:
        role = request_access.staff_role(user, {filing.unit.id})
        if role is None:
            raise tk.NotAuthorized(tk._(auth.NOT_STAFF))
    else:
        role = request_access.APPLICANT
    mails: list[int] = []
    applicant_id = None if by_staff else user.id
    case = store.file_request(
        filing, user, role, applicant_id, now, lambda new: mails.extend(request_mail.add(new))
    )
    if not by_staff:
        rate_limit.count_filing(user.id, rate_limit.client_ip())
    request_receipt.enqueue(case)
    outbox.enqueue(mails)
    return dicts.case_dict(case, with_personal_data=True)


@tk.side_effect_free
@validated(schema.case_id)
def ppid_request_show(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """A request, with its due dates explained day by day and its history.

    The applicant's personal data (``applicant``) is shown only to the applicant and to the staff
    handling the case; each such read is recorded in the audit log. The Atasan PPID and the Komisi
    Informasi assessor see the case without it; anyone else is refused.

    :param id: the request's id
    :type id: string

    :rtype: dictionary
    """
    tk.check_access("ppid_request_show", context, data_dict)
    case = case_of(data_dict)
    user = access.user_object(context.get("auth_user_obj") or context.get("user"))
    role = request_access.role_on(user, case)
    if role is not None:
        details = {"fields": list(PERSONAL_FIELDS), "role": role}
        record_personal_read(case, user, "request.personal_data.read", details)
    return dicts.case_dict(case, with_personal_data=role is not None)


def record_personal_read(case: InformationRequest, reader: Any, action: str, details: dict[str, Any]) -> None:
    """Record a read of the applicant's personal data before it is handed out (UU 27/2022 Ps 31)."""
    audit_log.record_access(
        action,
        "information_request",
        case.id,
        unit=case.current_unit_id,
        details={"registration_number": case.registration_number, **details},
        actor=reader,
    )


@tk.side_effect_free
@validated(schema.request_list_mine)
def ppid_request_list_mine(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """The requests the logged-in user filed on the web, newest first (summaries, no personal data).

    :param limit: how many (default 20, at most 100)
    :type limit: int
    :param offset: how many to skip (default 0)
    :type offset: int

    :returns: ``count`` and ``results``
    :rtype: dictionary
    """
    tk.check_access("ppid_request_list_mine", context, data_dict)
    user = _user(context)
    limit, offset = min(data_dict.get("limit", 20), MAX_LIMIT), data_dict.get("offset", 0)
    query = (
        model.Session.query(InformationRequest)
        .join(RequestApplicant, RequestApplicant.request_id == InformationRequest.id)
        .filter(RequestApplicant.user_id == user.id)
    )
    cases = query.order_by(InformationRequest.received_at.desc()).limit(limit).offset(offset).all()
    return {"count": query.count(), "results": [dicts.summary(case) for case in cases]}


ACTIONS = {
    "ppid_request_create": ppid_request_create,
    "ppid_request_show": ppid_request_show,
    "ppid_request_list_mine": ppid_request_list_mine,
}
