"""The request form (docs/law.md) checked field by field; bad input becomes a ``ValidationError``.

Codes are checked against the law's tables (``law.requests``), the NIK with the core's ``nik.problems``.
Every problem is keyed by its field and worded in the site's language.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from dataclasses import dataclass
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid import input_limits
from ckanext.ppid.law import requests as law_requests
from ckanext.ppid.law.markers import N_
from ckanext.ppid.requests.core import nik
from ckanext.ppid.requests.filing import identity_documents
from ckanext.ppid.shell import messages

WEB = "web"
# The channels staff record requests from (the applicant's own web filing is ``web``).
DESK_CHANNELS = ("langsung", "lisan", "surat", "email", "faks", "sp4n_lapor")
# Copies come in the format the way of obtaining names; seeing on site needs none.
COPY_FORMAT = {"salinan_softcopy": "softcopy", "salinan_hardcopy": "hardcopy"}
# Each text field's kind of ``input_limits`` (the action's schema, ``requests.schema``, declares the
# same).
TEXT_KINDS = {
    "name": "short_text",
    "nik": "phone",
    "address": "line",
    "phone": "phone",
    "email": "email",
    "legal_entity_decree": "short_text",
    "proxy_name": "short_text",
    "information": "long_text",
    "purpose": "paragraph",
}
LIMITS = {field: input_limits.TEXT[kind] for field, kind in TEXT_KINDS.items()}
# Staff may record a request some time after it arrived, never before it did.
FUTURE_TOLERANCE = dt.timedelta(minutes=5)
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
PHONE = re.compile(r"^\+?[\d\s().-]+$")

MISSING = N_("Fill in this field.")
TOO_LONG = N_("At most {n} characters.")
NOT_A_CHOICE = N_("Choose one of the options.")
NO_UNIT = N_("Choose the PPID unit the request is for.")
MISSING_NIK = N_("An individual applicant gives their NIK (16 digits, as on the KTP).")
MISSING_DECREE = N_("A legal entity gives the number of its legal-entity decree (SK Kemenkumham).")
NO_CONTACT = N_("Give a telephone number or an e-mail address, so the PPID can reach you.")
BAD_EMAIL = N_("This is not an e-mail address.")
BAD_PHONE = N_("A telephone number has 8 to 15 digits.")
BAD_MOMENT = N_("Give the moment the request was received as YYYY-MM-DD HH:MM.")
FUTURE_MOMENT = N_("The moment received cannot be in the future.")
NO_EMAIL = N_(
    "Without an account, give your e-mail address: the link that confirms your request is sent there."
)
MISSING_DOCUMENT = N_("Attach a scan of your KTP (a legal entity: its decree) as PDF, JPEG or PNG.")


@dataclass(frozen=True)
class Filing:
    """A request form that passed every check."""

    unit: model.Group
    channel: str
    received_at: dt.datetime | None
    applicant_type: str
    name: str
    nik: str | None
    address: str
    phone: str | None
    email: str | None
    legal_entity_decree: str | None
    proxy_name: str | None
    information: str
    purpose: str
    way_to_obtain: str
    copy_format: str | None
    delivery_method: str
    identity_document: identity_documents.Checked | None


class _Errors(dict):
    def add(self, field: str, message: str, **params: Any) -> None:
        self.setdefault(field, []).append(messages.filled(message, params))


def _text(data: dict[str, Any], field: str, errors: _Errors, required: bool = True) -> str | None:
    raw = data.get(field)
    value = raw.strip() if isinstance(raw, str) else ""
    if not value:
        if required:
            errors.add(field, MISSING)
        return None
    if len(value) > LIMITS[field]:
        errors.add(field, TOO_LONG, n=LIMITS[field])
    return value


def _choice(data: dict[str, Any], field: str, table: str, errors: _Errors) -> str | None:
    value = data.get(field)
    if not value:
        errors.add(field, MISSING)
    elif not isinstance(value, str) or not law_requests.is_choice(table, value):
        errors.add(field, NOT_A_CHOICE)
    else:
        return value
    return None


def _unit(value: Any, errors: _Errors) -> model.Group | None:
    group = model.Group.get(value) if isinstance(value, str) and value else None
    if group is None or not group.is_organization or group.state != "active":
        errors.add("unit", NO_UNIT)
        return None
    return group


def _moment(value: Any, tz: str, now: dt.datetime, errors: _Errors) -> dt.datetime | None:
    raw = value.strip().replace("T", " ") if isinstance(value, str) else ""
    try:
        moment = dt.datetime.fromisoformat(raw)
    except ValueError:
        errors.add("received_at", BAD_MOMENT)
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zoneinfo.ZoneInfo(tz))
    if moment.year < 2000:
        errors.add("received_at", BAD_MOMENT)
    elif moment > now + FUTURE_TOLERANCE:
        errors.add("received_at", FUTURE_MOMENT)
    return moment.astimezone(dt.timezone.utc)


def _contact(data: dict[str, Any], errors: _Errors, email_required: bool) -> tuple[str | None, str | None]:
    phone = _text(data, "phone", errors, required=False)
    email = _text(data, "email", errors, required=False)
    if phone and not (PHONE.match(phone) and 8 <= sum(c.isdigit() for c in phone) <= 15):
        errors.add("phone", BAD_PHONE)
    if email and not EMAIL.match(email):
        errors.add("email", BAD_EMAIL)
    if email_required and not email and "email" not in errors:
        errors.add("email", NO_EMAIL)
    elif not phone and not email and "phone" not in errors and "email" not in errors:
        errors.add("phone", NO_CONTACT)
    return phone, email


def _identity(data: dict[str, Any], applicant_type: str | None, errors: _Errors) -> tuple[str | None, ...]:
    nik_value = _text(data, "nik", errors, required=False)
    if nik_value and "nik" not in errors:
        for problem in nik.problems(nik_value):
            errors.add("nik", problem.message, **problem.params)
        nik_value = nik.normalise(nik_value)
    elif applicant_type == "perorangan":
        errors.add("nik", MISSING_NIK)
    decree = _text(data, "legal_entity_decree", errors, required=False)
    if applicant_type == "badan_hukum" and not decree:
        errors.add("legal_entity_decree", MISSING_DECREE)
    return nik_value, decree


def _document(value: Any, required: bool, errors: _Errors) -> identity_documents.Checked | None:
    if not identity_documents.is_upload(value):
        if required:
            errors.add("identity_document", MISSING_DOCUMENT)
        return None
    try:
        return identity_documents.check(value)
    except identity_documents.DocumentRefused as refused:
        errors.add("identity_document", refused.message, **refused.params)
        return None


def validate(
    data: dict[str, Any], by_staff: bool, tz: str, now: dt.datetime, email_required: bool = False
) -> Filing:
    """The checked form; ``by_staff`` when staff record a request that came by another channel;
    ``email_required`` for a filing without an account (its confirmation goes to that address).

    Staff choose the channel and the moment received; an applicant files on the web, now, and attaches
    their identity document (staff attach one when they have it).
    """
    errors = _Errors()
    unit = _unit(data.get("unit"), errors)
    received_at = None
    if by_staff:
        channel = data.get("channel")
        if channel not in DESK_CHANNELS:
            errors.add("channel", NOT_A_CHOICE)
        received_at = _moment(data.get("received_at"), tz, now, errors)
    else:
        channel = WEB
    applicant_type = _choice(data, "applicant_type", "jenis_pemohon", errors)
    name = _text(data, "name", errors)
    nik_value, decree = _identity(data, applicant_type, errors)
    address = _text(data, "address", errors)
    phone, email = _contact(data, errors, email_required)
    proxy_name = _text(data, "proxy_name", errors, required=False)
    information = _text(data, "information", errors)
    purpose = _text(data, "purpose", errors)
    way = _choice(data, "way_to_obtain", "cara_memperoleh", errors)
    delivery = _choice(data, "delivery_method", "cara_pengiriman", errors)
    document = _document(data.get("identity_document"), not by_staff, errors)
    if errors:
        raise tk.ValidationError(dict(errors))
    return Filing(
        unit=unit,
        channel=channel,
        received_at=received_at,
        applicant_type=applicant_type,
        name=name,
        nik=nik_value,
        address=address,
        phone=phone,
        email=email,
        legal_entity_decree=decree,
        proxy_name=proxy_name,
        information=information,
        purpose=purpose,
        way_to_obtain=way,
        copy_format=COPY_FORMAT.get(way),
        delivery_method=delivery,
        identity_document=document,
    )
