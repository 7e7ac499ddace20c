"""Filing a request without an account (UU 14/2008 Ps 22, Perki 1/2021): held until the e-mail is confirmed.

The applicant identifies themself as anyone filing does (name, NIK or the legal entity's decree, address,
contact, the KTP scan) and gives an e-mail address. The filing is held unconfirmed (``GuestFiling``): it has
no registration number, is in no queue and no deadline runs, because the PPID has not yet received a
request it can answer; the link mailed to the address confirms it. Confirming files the request as a web
filing received at that moment (the deadline runs from the receipt of a complete request): it gets its
number, enters the unit's queue, its receipt is built, and the applicant is shown, and mailed, the number
and a secret receipt code. Number and code together open the case without an account (``case_grant``) and
its public status. A filing not confirmed within ``ckanext.ppid.requests.guest_confirm_hours`` is purged
with its identity document (``ckan ppid requests purge-unconfirmed``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import secrets
import zoneinfo
from typing import Any

import ckan.plugins.toolkit as tk
import sqlalchemy as sa
from ckan import model
from werkzeug.security import check_password_hash, generate_password_hash

from ckanext.ppid.audit import log
from ckanext.ppid.documents.dates import format_date, format_datetime
from ckanext.ppid.law.markers import N_
from ckanext.ppid.law.problems import Refused
from ckanext.ppid.notifications import mail as notice_mail
from ckanext.ppid.notifications import outbox
from ckanext.ppid.requests import access as request_access
from ckanext.ppid.requests.cases import request_case
from ckanext.ppid.requests.core import clock
from ckanext.ppid.requests.filing import guest_mail, identity_documents, store, validation
from ckanext.ppid.requests.filing import mail as request_mail
from ckanext.ppid.requests.filing import receipt as request_receipt
from ckanext.ppid.requests.model.guest_filing import GuestFiling
from ckanext.ppid.requests.model.information_request import InformationRequest
from ckanext.ppid.shell import settings

OBJECT_TYPE = "guest_filing"
# 32 letters and digits without 0/O and 1/I: 12 of them are 60 random bits, written XXXX-XXXX-XXXX.
CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 12
# The form's fields kept until confirmation (the unit by id, the document in private storage).
KEPT = tuple(
    field.name
    for field in dataclasses.fields(validation.Filing)
    if field.name not in ("unit", "identity_document")
)
EXTENSIONS = {content_type: stored for stored, content_type in identity_documents.TYPES.values()}

UNKNOWN_LINK = N_("This confirmation link is not valid. Copy the whole link from the e-mail, or file again.")
EXPIRED = N_("This confirmation link has expired: the request was not filed. Please file it again.")
UNIT_GONE = N_("The PPID unit this request was for no longer takes requests. Please file it again.")


class LinkRefused(Refused):
    """A confirmation link that confirms nothing."""


class AlreadyConfirmed(Exception):
    """The link's filing was confirmed before: it is the request ``registration_number``."""

    def __init__(self, registration_number: str) -> None:
        super().__init__(registration_number)
        self.registration_number = registration_number


def confirm_hours() -> int:
    return tk.config.get("ckanext.ppid.requests.guest_confirm_hours")


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def normalise_code(code: str) -> str:
    """A receipt code as typed (lower case, spaces, hyphens) in its stored form."""
    return "".join(char for char in code.upper() if char.isalnum())


def _new_code() -> str:
    raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[at : at + 4] for at in range(0, CODE_LENGTH, 4))


def _local(moment: dt.datetime) -> str:
    return format_datetime(
        moment.astimezone(zoneinfo.ZoneInfo(settings.timezone())), notice_mail.date_locale()
    )


def _mail_link(row: GuestFiling, token: str) -> None:
    unit = model.Group.get(row.filing["unit"])
    guest_mail.enqueue(
        guest_mail.CONFIRM,
        row.filing["name"],
        row.email,
        {
            "url": tk.url_for("ppid_requests.confirm", token=token, _external=True),
            "expires": _local(row.expires_at),
            "unit_title": unit.title if unit else "",
            "information": row.filing["information"],
        },
    )


def hold(data: dict[str, Any], now: dt.datetime) -> GuestFiling:
    """Check the form (an e-mail address required), keep it unconfirmed and mail the confirmation link.

    ValidationError for a form that does not pass; nothing is kept then.
    """
    filing = validation.validate(data, False, settings.timezone(), now, email_required=True)
    document = filing.identity_document
    stored = identity_documents.store(document) if document else None
    token = secrets.token_urlsafe(32)
    row = GuestFiling(
        email=filing.email,
        filing={
            "unit": filing.unit.id,
            **{name: getattr(filing, name) for name in KEPT if name != "received_at"},
        },
        identity_document=stored,
        identity_document_type=document.content_type if document else None,
        token_hash=_digest(token),
        created_at=now,
        expires_at=now + dt.timedelta(hours=confirm_hours()),
    )
    try:
        model.Session.add(row)
        model.Session.flush()
        log.record("request.guest.hold", OBJECT_TYPE, row.id, unit=filing.unit.id, details={"channel": "web"})
        model.Session.commit()
    except BaseException:
        model.Session.rollback()
        if stored:
            identity_documents.remove(stored)
        raise
    _mail_link(row, token)
    return row


def resend(email: str, now: dt.datetime) -> int:
    """Mail a new link for each unconfirmed filing of ``email`` (the earlier links stop working); how many."""
    rows = (
        model.Session.query(GuestFiling)
        .filter(
            sa.func.lower(GuestFiling.email) == email.strip().lower(),
            GuestFiling.request_id.is_(None),
            GuestFiling.expires_at > now,
        )
        .with_for_update()
        .all()
    )
    tokens = {}
    for row in rows:
        tokens[row.id] = secrets.token_urlsafe(32)
        row.token_hash = _digest(tokens[row.id])
        log.record("request.guest.resend", OBJECT_TYPE, row.id, unit=row.filing.get("unit"))
    model.Session.commit()
    for row in rows:
        _mail_link(row, tokens[row.id])
    return len(rows)


def _filing(row: GuestFiling, unit: model.Group) -> validation.Filing:
    content = identity_documents.read(row.identity_document) if row.identity_document else None
    document = (
        identity_documents.Checked(
            content, EXTENSIONS[row.identity_document_type], row.identity_document_type
        )
        if content is not None
        else None
    )
    kept = {name: row.filing.get(name) for name in KEPT}
    return validation.Filing(**{**kept, "received_at": None}, unit=unit, identity_document=document)


def confirm(token: str, now: dt.datetime) -> tuple[InformationRequest, str]:
    """File the held request the link names; the request and its receipt code (shown once, mailed once).

    LinkRefused for a link that names nothing or has expired; AlreadyConfirmed for one used before.
    """
    row = (
        model.Session.query(GuestFiling)
        .filter(GuestFiling.token_hash == _digest(token))
        .with_for_update()
        .first()
    )
    if row is None:
        model.Session.rollback()
        raise LinkRefused(UNKNOWN_LINK)
    if row.request_id is not None:
        number = model.Session.get(InformationRequest, row.request_id).registration_number
        model.Session.rollback()
        raise AlreadyConfirmed(number)
    if row.expires_at <= now:
        model.Session.rollback()
        raise LinkRefused(EXPIRED)
    unit = model.Group.get(row.filing.get("unit"))
    if unit is None or unit.state != "active":
        model.Session.rollback()
        raise LinkRefused(UNIT_GONE)
    filing = _filing(row, unit)
    held_document = row.identity_document
    code = _new_code()
    mails: list[int] = []

    def with_case(case: InformationRequest) -> None:
        mails.extend(request_mail.add(case, to_applicant=False))
        row.request_id = case.id
        row.confirmed_at = now
        row.code_hash = generate_password_hash(normalise_code(code))
        row.filing = {}
        row.email = ""
        row.identity_document = None
        row.identity_document_type = None
        details = {"registration_number": case.registration_number}
        log.record("request.guest.confirm", OBJECT_TYPE, row.id, unit=unit.id, details=details)

    case = store.file_request(filing, None, request_access.APPLICANT, None, now, with_case)
    if held_document:
        identity_documents.remove(held_document)
    request_receipt.enqueue(case)
    outbox.enqueue(mails)
    due = clock.notice_due(request_case(case), store.clock_settings())
    guest_mail.enqueue(
        guest_mail.FILED,
        filing.name,
        filing.email or "",
        {
            "number": case.registration_number,
            "code": code,
            "unit_title": unit.title or unit.name,
            "received": _local(case.received_at),
            "due": format_date(due.due, notice_mail.date_locale()),
            "basis": due.deadline.legal_basis,
            "access_url": tk.url_for("ppid_requests.access", _external=True),
            "status_url": tk.url_for("ppid_requests.status", _external=True),
        },
    )
    return case, code


def case_for(registration_number: str, code: str) -> InformationRequest | None:
    """The request filed without an account under ``registration_number`` whose receipt code is ``code``."""
    found = (
        model.Session.query(GuestFiling, InformationRequest)
        .join(InformationRequest, InformationRequest.id == GuestFiling.request_id)
        .filter(InformationRequest.registration_number == registration_number.strip())
        .first()
    )
    if found is None or not found[0].code_hash:
        return None
    row, case = found
    return case if check_password_hash(row.code_hash, normalise_code(code)) else None


def purge_expired(now: dt.datetime, dry_run: bool = False) -> list[str]:
    """Delete the unconfirmed filings whose link expired, then their identity documents; their ids (only
    listed, ``dry_run``)."""
    rows = (
        model.Session.query(GuestFiling)
        .filter(GuestFiling.request_id.is_(None), GuestFiling.expires_at <= now)
        .with_for_update()
        .all()
    )
    documents = [row.identity_document for row in rows if row.identity_document]
    purged = [row.id for row in rows]
    if dry_run:
        model.Session.rollback()
        return purged
    for row in rows:
        log.record("request.guest.expire", OBJECT_TYPE, row.id, unit=row.filing.get("unit"))
        model.Session.delete(row)
    model.Session.commit()
    for name in documents:
        identity_documents.remove(name)
    return purged
