"""How one outbox row reaches its recipient: e-mail through CKAN's mailer, or a signed POST to a gateway.

The text is rendered when the row is sent, from ``templates/emails/ppid/<kind>*.txt`` in the site's
language (``notifications.mail``), with what the row's payload holds or, for the kinds that have a composer
(``notifications.kinds``), with the case or item as it is then. E-mail goes through
``ckan.lib.mailer.mail_recipient``. The webhook is for SMS/WhatsApp gateways
(``ckanext.ppid.notify.webhook_url``): a JSON body signed with HMAC-SHA256 of the shared secret
(``X-PPID-Signature: sha256=<hex>``), carrying the row's id so a gateway can drop a retried duplicate.
Any failure is raised to the outbox, which records it on the row.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import re
from typing import Any

import ckan.plugins.toolkit as tk
import requests
from ckan.lib import mailer

from ckanext.ppid.documents.dates import format_date
from ckanext.ppid.notifications import kinds as notification_kinds
from ckanext.ppid.notifications import mail as notice_mail
from ckanext.ppid.notifications.mail import Recipient
from ckanext.ppid.notifications.model import Notification
from ckanext.ppid.shell import settings

EMAIL, WEBHOOK = "email", "webhook"
SIGNATURE_HEADER = "X-PPID-Signature"
# Dates of the payload (ISO) written out for people.
DATE_FIELDS = ("due", "window_due")


class GatewayRefused(RuntimeError):
    """The gateway answered, but not with success."""


def signature(body: bytes, secret: str) -> str:
    """The value of :data:`SIGNATURE_HEADER` for ``body``."""
    return "sha256=" + hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


def international_phone(phone: str) -> str:
    """An Indonesian number as the gateways take it: ``0812-3456-7890`` -> ``+6281234567890``."""
    digits = re.sub(r"\D", "", phone)
    if digits.startswith("0"):
        digits = "62" + digits[1:]
    return "+" + digits


def _payload_vars(row: Notification) -> dict[str, Any]:
    payload = dict(row.payload or {})
    locale = notice_mail.date_locale()
    for name in DATE_FIELDS:
        if payload.get(name):
            payload[name] = format_date(dt.date.fromisoformat(payload[name]), locale)
    with_link = payload.get("with_link") and payload.get("request_id")
    return {
        **payload,
        "case_url": tk.url_for("ppid_requests.case", id=payload["request_id"], _external=True)
        if with_link
        else None,
    }


def _vars(row: Notification) -> dict[str, Any]:
    """The template's values (call inside ``notifications.mail.site_language``)."""
    compose = notification_kinds.composer(row.kind)
    found = _payload_vars(row) if compose is None else compose(row)
    recipient = Recipient(row.payload.get("recipient_name") or row.recipient, row.recipient)
    return {**notice_mail.site_vars(), **found, "recipient": recipient}


def _render(template: str, template_vars: dict[str, Any]) -> str:
    return tk.render(f"{notice_mail.TEMPLATES}/{template}.txt", template_vars)


def _send_email(row: Notification) -> None:
    with notice_mail.site_language():
        template_vars = _vars(row)
        subject = _render(f"{row.kind}_subject", template_vars).strip().splitlines()[0]
        body = _render(row.kind, template_vars)
    mailer.mail_recipient(template_vars["recipient"].name, row.recipient, subject, body)


def _send_webhook(row: Notification) -> None:
    url, secret = settings.webhook_url(), settings.webhook_secret()
    if not (url and secret):
        raise GatewayRefused("the gateway is not configured (webhook_url and webhook_secret)")
    with notice_mail.site_language():
        message = _render(f"{row.kind}_sms", _vars(row)).strip()
    body = json.dumps(
        {
            "id": row.id,
            "kind": row.kind,
            "channel": row.channel,
            "phone": row.recipient,
            "message": message,
            "case_number": row.payload.get("registration_number"),
            "due_date": row.payload.get("due"),
            "window_due": row.payload.get("window_due"),
            "sent_at": dt.datetime.now(dt.timezone.utc).isoformat(),
        },
        ensure_ascii=False,
    ).encode()
    answer = requests.post(
        url,
        data=body,
        headers={
            "Content-Type": "application/json; charset=utf-8",
            SIGNATURE_HEADER: signature(body, secret),
        },
        timeout=settings.webhook_timeout_seconds(),
    )
    if not 200 <= answer.status_code < 300:
        raise GatewayRefused(f"HTTP {answer.status_code}: {answer.text[:200]}")


def deliver(row: Notification) -> None:
    """Send ``row`` by its channel; raises whatever prevented it."""
    if row.channel == EMAIL:
        _send_email(row)
    elif row.channel == WEBHOOK:
        _send_webhook(row)
    else:
        raise ValueError(f"unknown channel {row.channel!r}")
