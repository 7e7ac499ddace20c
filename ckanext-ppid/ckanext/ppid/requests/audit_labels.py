"""What the audit log page calls the actions on requests, objections and disputes, and the codes in their
details (statuses, channels, roles, personal-data fields).

A state change is logged as ``<machine>.<step>`` (``permohonan.verifikasi``) and named after its machine and
its step, as the case's history names the step. Chained onto the audit log's own names
(``audit/action_labels.py``, ``audit/detail_labels.py``).
"""

from __future__ import annotations

from collections.abc import Callable

import ckan.plugins.toolkit as tk

from ckanext.ppid.law import requests as request_law
from ckanext.ppid.law.markers import N_
from ckanext.ppid.requests import transitions
from ckanext.ppid.requests.core import states
from ckanext.ppid.requests.core.machine import SYSTEM
from ckanext.ppid.requests.dicts import STEP_LABELS
from ckanext.ppid.requests.handling import notice_received
from ckanext.ppid.requests.objections import decision_received

ACTION_LABELS = {
    "request.create": N_("Request filed"),
    "request.due_dates.recompute": N_("Due dates counted again after a calendar change"),
    "request.personal_data.read": N_("Applicant's personal data read"),
    "request.personal_data.notify": N_("Applicant told that a deadline passed"),
    "request.personal_data.anonymise": N_("Applicant's personal data anonymised"),
    "request.identity_document.read": N_("Identity document read"),
    "request.receipt.read": N_("Receipt read"),
    "request.delivery.read": N_("Handed-over document read"),
    "request.guest.hold": N_("Request filed without an account, awaiting e-mail confirmation"),
    "request.guest.resend": N_("Confirmation link sent again"),
    "request.guest.confirm": N_("Request without an account confirmed and registered"),
    "request.guest.expire": N_("Unconfirmed request deleted with its identity document"),
    "objection.decision_letter.read": N_("Objection decision letter read"),
    "objection.register.personal_data.read": N_("Objection register read with personal data"),
    "register.exemption.opened_by_decision": N_("Exempted information opened by a decision"),
}
MACHINE_LABELS = {
    transitions.REQUEST: N_("Request"),
    transitions.OBJECTION: N_("Objection"),
    transitions.DISPUTE: N_("Dispute"),
}
# Steps recorded outside the machines, by the machine whose case they belong to.
OTHER_STEPS = {
    transitions.REQUEST: {notice_received.CODE: notice_received.LABEL},
    transitions.OBJECTION: {decision_received.CODE: decision_received.LABEL},
}
# Each logged step: its machine's name and the step's name (msgids).
STEP_ACTIONS = {
    f"{machine}.{code}": (MACHINE_LABELS[machine], label)
    for machine, steps in STEP_LABELS.items()
    for code, label in {**steps, **OTHER_STEPS.get(machine, {})}.items()
}


DETAIL_KEY_LABELS = {
    "registration_number": N_("Registration number"),
    "objection": N_("Objection"),
    "status_before": N_("Status before"),
    "status_after": N_("Status after"),
    "channel": N_("Channel"),
}
DETAIL_VALUE_LABELS = {
    **{
        status.code: status.label
        for status in (*states.REQUEST_STATUSES, *states.OBJECTION_STATUSES, *states.DISPUTE_STATUSES)
    },
    **{channel.code: channel.label for channel in request_law.CHANNELS},
    "pemohon": N_("Applicant"),
    SYSTEM: N_("The system"),
    # The personal-data fields a read of personal data lists.
    "name": N_("Name"),
    "nik": N_("NIK"),
    "address": N_("Address"),
    "phone": N_("Telephone"),
    "email": N_("E-mail"),
    "legal_entity_decree": N_("Legal-entity decree number"),
    "proxy_name": N_("Proxy"),
}
OBJECT_LABELS = {
    "information_request": N_("Information request"),
    "objection": N_("Objection"),
    "dispute": N_("Dispute"),
}


@tk.chained_helper
def ppid_audit_actions(next_helper: Callable[[], dict[str, str]]) -> dict[str, str]:
    named = next_helper()
    named.update({code: tk._(label) for code, label in ACTION_LABELS.items()})
    named.update({code: f"{tk._(machine)}: {tk._(step)}" for code, (machine, step) in STEP_ACTIONS.items()})
    return named


@tk.chained_helper
def ppid_audit_details(next_helper: Callable[[], dict[str, dict[str, str]]]) -> dict[str, dict[str, str]]:
    named = next_helper()
    named["keys"].update({code: tk._(label) for code, label in DETAIL_KEY_LABELS.items()})
    named["values"].update({code: tk._(label) for code, label in DETAIL_VALUE_LABELS.items()})
    named["objects"].update({code: tk._(label) for code, label in OBJECT_LABELS.items()})
    return named


HELPERS = {"ppid_audit_actions": ppid_audit_actions, "ppid_audit_details": ppid_audit_details}
