"""The input of the ``ppid_requests`` plugin's actions (filing, handling, objections, disputes, queues),
declared as navl schemas (see ``parameters``); each action names its schema with ``@validated``.

The schemas check the shape of the input: types, lengths, list sizes, numbers. What the law requires of a
filing or a written notice (``requests.filing.validation``, ``requests.handling.validation``, the core's state
machines) is checked afterwards, with the law's messages, so a parameter the law requires is typed here and
its absence is reported there.
"""

from __future__ import annotations

from typing import Any

import ckan.plugins.toolkit as tk

from ckanext.ppid import input_limits
from ckanext.ppid.requests.filing import validation as request_validation
from ckanext.ppid.requests.handling import validation as handling_validation
from ckanext.ppid.shell.parameters import listed, optional, paging, text, upload, uploads, whole_number, year

Schema = dict[str, Any]
# Costs as text: ``1.500.000`` or ``1500000``, a trillion at most.
COSTS_TEXT_LENGTH = 30


def held(value: Any, context: Any) -> bool:
    """Whether the body holds the information: a bool, or true/false, ya/tidak, yes/no, 1/0 as text."""
    if isinstance(value, bool):
        return value
    given = value.strip().lower() if isinstance(value, str) else None
    words = handling_validation.TRUE_WORDS | handling_validation.FALSE_WORDS
    if given not in words:
        raise tk.Invalid(tk._(handling_validation.BAD_HELD))
    return given in handling_validation.TRUE_WORDS


def costs(value: Any, context: Any) -> int:
    """Costs in Rupiah: an int, or digits with dots or spaces between thousands."""
    number = None
    if isinstance(value, int) and not isinstance(value, bool):
        number = value
    elif isinstance(value, str) and len(value) <= COSTS_TEXT_LENGTH:
        number = handling_validation.rupiah(value)
    lowest, highest = input_limits.COSTS
    if number is None or not lowest <= number <= highest:
        raise tk.Invalid(tk._(handling_validation.BAD_COSTS))
    return number


@tk.validator_args
def request_create(ignore_missing) -> Schema:
    texts = {
        **request_validation.TEXT_KINDS,
        "unit": "identifier",
        "applicant_type": "code",
        "way_to_obtain": "code",
        "delivery_method": "code",
        "channel": "code",
        "received_at": "moment",
    }
    return {
        **{name: [ignore_missing, text(kind)] for name, kind in texts.items()},
        "identity_document": [ignore_missing, upload],
    }


@tk.validator_args
def case_id(not_empty) -> Schema:
    """An action on one request, objection or dispute, named by ``id``."""
    return {"id": [not_empty, text("identifier")]}


def request_list_mine() -> Schema:
    return paging()


def nothing() -> Schema:
    """An action without parameters (anything given is left out)."""
    return {}


@tk.validator_args
def request_file_show(not_empty, ignore_missing) -> Schema:
    """A private file of a request: which (``file``), and the delivery for a file handed over."""
    return {
        **case_id(),
        "file": [not_empty, text("code")],
        "delivery_id": [ignore_missing, text("identifier")],
    }


@tk.validator_args
def request_forward(ignore_missing) -> Schema:
    return {**case_id(), "unit": [ignore_missing, text("identifier")]}


@tk.validator_args
def reasons(ignore_missing) -> Schema:
    """A step with written reasons: an extension, a withdrawal (of a request or an objection)."""
    return {**case_id(), "reasons": [ignore_missing, text("paragraph")]}


@tk.validator_args
def request_notice_send(ignore_missing) -> Schema:
    texts = {
        "outcome": "code",
        "holder": "line",
        "reasons": "long_text",
        "material": "long_text",
        "redactions": "paragraph",
        "delivery_method": "code",
        "copy_format": "code",
        "payment_method": "short_text",
        "documentation_due": "moment",
        "published_at": "line",
    }
    return {
        **case_id(),
        **{name: [ignore_missing, text(kind)] for name, kind in texts.items()},
        "held": [optional, held],
        "costs": [optional, costs],
        "exemption_grounds": [ignore_missing, listed("code")],
        "register_items": [ignore_missing, listed("identifier")],
    }


@tk.validator_args
def request_refer(ignore_missing) -> Schema:
    return {
        **case_id(),
        "holder": [ignore_missing, text("line")],
        "reasons": [ignore_missing, text("long_text")],
    }


@tk.validator_args
def request_notice_received(ignore_missing) -> Schema:
    return {**case_id(), "received_on": [ignore_missing, text("moment")]}


@tk.validator_args
def request_deliver(ignore_missing) -> Schema:
    return {**case_id(), "files": [ignore_missing, uploads], "items": [ignore_missing, listed("identifier")]}


@tk.validator_args
def objection_grounds(not_empty) -> Schema:
    return {"request_id": [not_empty, text("identifier")]}


@tk.validator_args
def objection_create(ignore_missing) -> Schema:
    return {
        **objection_grounds(),
        "grounds": [ignore_missing, listed("code")],
        "statement": [ignore_missing, text("long_text")],
        "received_at": [ignore_missing, text("moment")],
    }


@tk.validator_args
def objection_list(ignore_missing) -> Schema:
    return {"year": year(), "status": [ignore_missing, text("code")], **paging()}


@tk.validator_args
def objection_decide(ignore_missing) -> Schema:
    return {
        **case_id(),
        "decision": [ignore_missing, text("code")],
        "reasons": [ignore_missing, text("long_text")],
    }


@tk.validator_args
def objection_decision_received(ignore_missing) -> Schema:
    return {**case_id(), "received_at": [ignore_missing, text("moment")]}


@tk.validator_args
def dispute_create(not_empty, ignore_missing) -> Schema:
    return {
        "objection_id": [not_empty, text("identifier")],
        "forum": [ignore_missing, text("code")],
        "case_number": [ignore_missing, text("short_text")],
        "filed_on": [ignore_missing, text("moment")],
    }


@tk.validator_args
def dispute_update(ignore_missing) -> Schema:
    texts = {
        "transition": "code",
        "result": "code",
        "court": "code",
        "decision_reference": "short_text",
        "case_number": "short_text",
    }
    return {**case_id(), **{name: [ignore_missing, text(kind)] for name, kind in texts.items()}}


@tk.validator_args
def dispute_list(ignore_missing) -> Schema:
    return {"status": [ignore_missing, text("code")], **paging()}


@tk.validator_args
def queue(ignore_missing) -> Schema:
    """The staff's work queue and the Atasan PPID's objection queue."""
    return {
        "unit": [ignore_missing, text("identifier")],
        "status": [ignore_missing, text("code")],
        "urgency": [ignore_missing, text("code")],
        "q": [ignore_missing, text("identifier")],
        **paging(),
    }


@tk.validator_args
def request_register_list(ignore_missing) -> Schema:
    return {
        "year": year(),
        "unit": [ignore_missing, text("identifier")],
        "status": [ignore_missing, text("code")],
        "outcome": [ignore_missing, text("code")],
        "q": [ignore_missing, text("identifier")],
        **paging(),
    }


@tk.validator_args
def request_statistics(ignore_missing) -> Schema:
    return {"year": year(), "unit": [ignore_missing, text("identifier")]}


@tk.validator_args
def notification_list(ignore_missing) -> Schema:
    """The outbox: a request's messages, or those not sent yet."""
    return {
        "request_id": [ignore_missing, text("identifier")],
        "status": [ignore_missing, text("code")],
        **paging(),
    }


@tk.validator_args
def notification_retry(not_empty) -> Schema:
    """A message of the outbox, by its number (PostgreSQL's bigint)."""
    return {"id": [not_empty, whole_number(1, 2**63 - 1)]}
