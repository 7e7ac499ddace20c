"""The kinds of message the outbox carries: what each is called for people, and who fills in its template.

A row's ``kind`` names its templates (``templates/emails/ppid/<kind>.txt``, ``<kind>_subject.txt``,
``<kind>_sms.txt``). The reminders' kinds are rendered from what the row's payload holds. The others are
rendered from the case or register item as it is when the row is sent, by the function :data:`COMPOSERS`
names (imported when first needed: those modules build on the outbox). A composer raises :class:`Obsolete`
when the message no longer applies, and :class:`NotReady` when what it points to (a letter's PDF) is not
there yet: the attempt then counts as failed and is retried.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

from ckanext.ppid.law.markers import N_

LABELS = {
    "request_filed_applicant": N_("Receipt of your request"),
    "request_filed_unit": N_("New request, to the unit"),
    "request_notice_sent": N_("Written notice"),
    "request_extension": N_("Extension of the time to answer"),
    "objection_filed_applicant": N_("Registration of your objection"),
    "objection_filed_atasan": N_("New objection, to the Atasan PPID"),
    "objection_decided_applicant": N_("Decision on your objection"),
    "reminder_request": N_("Reminder: written notice due"),
    "reminder_objection": N_("Reminder: objection decision due"),
    "escalation_request": N_("Escalation: written notice overdue"),
    "escalation_objection": N_("Escalation: objection decision overdue"),
    "lapse_request": N_("No answer in time: you may object"),
    "lapse_objection": N_("Objection not decided in time: you may go to the Information Commission"),
    "exemption_ending": N_("Exemption ending"),
    "exemption_opened": N_("Exempted information opened"),
    "account_verification": N_("Verification of a new account's e-mail address"),
}

# Kinds rendered from the case or item when sent: "module:function" of ``ckanext.ppid``, given the row.
COMPOSERS = {
    "request_filed_applicant": "requests.filing.mail:template_vars",
    "request_filed_unit": "requests.filing.mail:template_vars",
    "request_notice_sent": "requests.handling.notice_mail:template_vars",
    "request_extension": "requests.handling.notice_mail:template_vars",
    "objection_filed_applicant": "requests.objections.mail:template_vars",
    "objection_filed_atasan": "requests.objections.mail:template_vars",
    "objection_decided_applicant": "requests.objections.mail:template_vars",
    "exemption_ending": "register.notices:template_vars",
    "exemption_opened": "register.notices:template_vars",
    "account_verification": "accounts.verification_mail:template_vars",
}


class Obsolete(Exception):
    """The message no longer applies (the item's exemption changed since): it is skipped, not sent."""


class NotReady(Exception):
    """What the message points to is not there yet (a letter's PDF): this attempt fails, a later one sends."""


def label(kind: str) -> str:
    """The msgid of ``kind``'s name for people (the kind itself when it has none)."""
    return LABELS.get(kind, kind)


def composer(kind: str) -> Callable[[Any], dict[str, Any]] | None:
    """The function that gives ``kind``'s template its values from a row, or None (the payload does)."""
    target = COMPOSERS.get(kind)
    if target is None:
        return None
    module, function = target.split(":")
    return getattr(importlib.import_module(f"ckanext.ppid.{module}"), function)
