"""Every ``ppid_*`` action refuses input of the wrong type, too long, too many or missing with a
ValidationError naming the field, in the reader's language, before it reads or writes anything.

The table below is the contract, written independently of the schemas: each action's parameters and their
kind; a test checks it names every parameter the schemas declare and every ``ppid_*`` action there is.
"""

from __future__ import annotations

import io
from typing import Any

import ckan.plugins as p
import ckan.plugins.toolkit as tk
import pytest
from werkzeug.datastructures import FileStorage

from ckanext.ppid import input_limits
from ckanext.ppid.budget.core.headers import TARGETS
from ckanext.ppid.budget.validation import BAD_MAPPING
from ckanext.ppid.requests.handling import validation
from ckanext.ppid.shell import parameters

pytestmark = pytest.mark.usefixtures("with_plugins")

PAGING = {"limit": "limit", "offset": "offset"}
QUEUE = {"unit": "identifier", "status": "code", "urgency": "code", "q": "identifier", **PAGING}
ROLE = {"user": "identifier", "role": "code", "decree": "short_text"}
CASE = {"id": "identifier"}
FIELDS: dict[str, dict[str, str]] = {
    "ppid_register_list": {
        "unit": "identifier",
        "category": "code",
        "year": "year",
        "berkala_item": "code",
        "out_of_date": "boolean",
        "q": "line",
    },
    "ppid_register_summary": {},
    "ppid_account_verify": {"token": "paragraph"},
    "ppid_account_resend": {"email": "email", "next": "line"},
    "ppid_unit_list": {},
    "ppid_calendar_override_create": {
        "day": "moment",
        "kind": "code",
        "reason": "short_text",
        "decree": "short_text",
    },
    "ppid_calendar_override_revoke": {**CASE, "reason": "paragraph"},
    "ppid_calendar_override_list": {"year": "year", "include_revoked": "boolean"},
    "ppid_calendar_days_off": {"year": "year"},
    "ppid_deadline_calculate": {"event": "code", "moment": "moment"},
    "ppid_role_grant": ROLE,
    "ppid_role_revoke": ROLE,
    "ppid_role_list": {"role": "code"},
    "ppid_audit_list": {
        "actor": "identifier",
        "action": "code",
        "object_id": "identifier",
        "unit": "identifier",
        "since": "moment",
        "until": "moment",
        **PAGING,
    },
    "ppid_request_create": {
        "unit": "identifier",
        "applicant_type": "code",
        "name": "short_text",
        "nik": "phone",
        "legal_entity_decree": "short_text",
        "address": "line",
        "phone": "phone",
        "email": "email",
        "proxy_name": "short_text",
        "information": "long_text",
        "purpose": "paragraph",
        "way_to_obtain": "code",
        "delivery_method": "code",
        "channel": "code",
        "received_at": "moment",
        "identity_document": "upload",
    },
    "ppid_request_guest_create": {},  # as ppid_request_create: filled in below
    "ppid_request_guest_resend": {"email": "email"},
    "ppid_request_guest_confirm": {"token": "identifier"},
    "ppid_request_status_show": {"registration_number": "short_text", "code": "identifier"},
    "ppid_request_guest_access": {"registration_number": "short_text", "code": "identifier"},
    "ppid_request_guest_show": {"grant": "short_text", "file": "code", "delivery_id": "identifier"},
    "ppid_request_guest_file_show": {"grant": "short_text", "file": "code", "delivery_id": "identifier"},
    "ppid_request_letters_status": CASE,
    "ppid_objection_letter_status": CASE,
    "ppid_request_show": CASE,
    "ppid_request_file_show": {**CASE, "file": "code", "delivery_id": "identifier"},
    "ppid_request_objections": CASE,
    "ppid_request_list_mine": PAGING,
    "ppid_request_transitions": CASE,
    "ppid_request_verify": CASE,
    "ppid_request_process": CASE,
    "ppid_request_forward": {**CASE, "unit": "identifier"},
    "ppid_request_extend": {**CASE, "reasons": "paragraph"},
    "ppid_request_notice_send": {
        **CASE,
        "outcome": "code",
        "held": "held",
        "holder": "line",
        "reasons": "long_text",
        "exemption_grounds": "codes",
        "register_items": "identifiers",
        "material": "long_text",
        "redactions": "paragraph",
        "delivery_method": "code",
        "copy_format": "code",
        "costs": "costs",
        "payment_method": "short_text",
        "documentation_due": "moment",
        "published_at": "line",
    },
    "ppid_request_refer": {**CASE, "holder": "line", "reasons": "long_text"},
    "ppid_request_notice_received": {**CASE, "received_on": "moment"},
    "ppid_request_deliver": {**CASE, "files": "uploads", "items": "identifiers"},
    "ppid_request_close": CASE,
    "ppid_request_withdraw": {**CASE, "reasons": "paragraph"},
    "ppid_objection_grounds": {"request_id": "identifier"},
    "ppid_objection_create": {
        "request_id": "identifier",
        "grounds": "codes",
        "statement": "long_text",
        "received_at": "moment",
    },
    "ppid_objection_show": CASE,
    "ppid_objection_letter_show": CASE,
    "ppid_objection_list": {"year": "year", "status": "code", **PAGING},
    "ppid_objection_decide": {**CASE, "decision": "code", "reasons": "long_text"},
    "ppid_objection_decision_received": {**CASE, "received_at": "moment"},
    "ppid_objection_withdraw": {**CASE, "reasons": "paragraph"},
    "ppid_objection_accept": CASE,
    "ppid_dispute_create": {
        "objection_id": "identifier",
        "forum": "code",
        "case_number": "short_text",
        "filed_on": "moment",
    },
    "ppid_dispute_show": CASE,
    "ppid_dispute_update": {
        **CASE,
        "transition": "code",
        "result": "code",
        "court": "code",
        "decision_reference": "short_text",
        "case_number": "short_text",
    },
    "ppid_dispute_list": {"status": "code", **PAGING},
    "ppid_request_queue": QUEUE,
    "ppid_request_queue_units": {},
    "ppid_objection_queue": QUEUE,
    "ppid_request_register_list": {
        "year": "year",
        "unit": "identifier",
        "status": "code",
        "outcome": "code",
        "q": "identifier",
        **PAGING,
    },
    "ppid_request_statistics": {"year": "year", "unit": "identifier"},
    "ppid_request_years": {},
    "ppid_notification_list": {"request_id": "identifier", "status": "code", **PAGING},
    "ppid_notification_retry": {"id": "message_id"},
    "ppid_budget_preview": {
        "resource_id": "identifier",
        "package_id": "identifier",
        "upload": "upload",
        "mapping": "mapping",
    },
    "ppid_budget_import": {"resource_id": "identifier", "mapping": "mapping"},
    "ppid_budget_import_show": {"resource_id": "identifier"},
    "ppid_budget_summary": {
        "organization": "identifier",
        "year": "year",
        "phase": "code",
        "level": "code",
        "parent": "code",
    },
    "ppid_budget_compare": {"year": "year", "phase": "code"},
}
# Filing without an account takes the form of filing with one.
FIELDS["ppid_request_guest_create"] = FIELDS["ppid_request_create"]
# Parameters the schema requires: leaving them out is refused before the action looks anything up.
REQUIRED = {
    **{action: ("id",) for action, fields in FIELDS.items() if fields.get("id")},
    "ppid_objection_grounds": ("request_id",),
    "ppid_request_file_show": ("id", "file"),
    "ppid_objection_create": ("request_id",),
    "ppid_dispute_create": ("objection_id",),
    "ppid_budget_import": ("resource_id",),
    "ppid_budget_import_show": ("resource_id",),
    "ppid_account_verify": ("token",),
    "ppid_account_resend": ("email",),
    "ppid_request_guest_resend": ("email",),
    "ppid_request_guest_confirm": ("token",),
    "ppid_request_status_show": ("registration_number", "code"),
    "ppid_request_guest_access": ("registration_number", "code"),
    "ppid_request_guest_show": ("grant",),
    "ppid_request_guest_file_show": ("grant",),
}


def _upload(name: str = "surat.pdf") -> FileStorage:
    return FileStorage(stream=io.BytesIO(b"%PDF-1.4\n"), filename=name)


def _message(msgid: str, **params: Any) -> str:
    return tk._(msgid).format(**params)


def bad_values(kind: str) -> list[tuple[Any, str]]:
    """Values a parameter of ``kind`` refuses, each with the message it is refused with."""
    if kind in input_limits.TEXT:
        limit = input_limits.TEXT[kind]
        not_text = _message(parameters.NOT_TEXT)
        unstorable = _message(parameters.UNSTORABLE_TEXT)
        return [
            (123, not_text),
            (True, not_text),
            (["a"], not_text),
            ({"a": 1}, not_text),
            ("x" * (limit + 1), _message(parameters.TOO_LONG, n=limit)),
            ("a\x00b", unstorable),
            ("a\ud800b", unstorable),
        ]
    if kind == "message_id":
        message = _message(parameters.NOT_WHOLE_NUMBER, lowest=1, highest=2**63 - 1)
        return [(value, message) for value in (1e308, "abc", True, ["1"], 0, 2**63)]
    if kind in ("limit", "offset", "year"):
        lowest, highest = getattr(input_limits, kind.upper())
        msgid = parameters.NOT_YEAR if kind == "year" else parameters.NOT_WHOLE_NUMBER
        message = _message(msgid, lowest=lowest, highest=highest)
        return [
            (value, message) for value in (1e308, "1e308", "abc", True, 2.5, [1], lowest - 1, highest + 1)
        ]
    if kind == "boolean":
        return [(value, _message(parameters.NOT_BOOLEAN)) for value in ("maybe", 2, "ya", {"a": 1})]
    if kind == "held":
        return [(value, _message(validation.BAD_HELD)) for value in ("maybe", 2, ["ya"])]
    if kind == "costs":
        values = (1e308, "abc", -1, 10**13, True, "1" * 31, [0])
        return [(value, _message(validation.BAD_COSTS)) for value in values]
    if kind in ("codes", "identifiers"):
        limit = input_limits.TEXT["code" if kind == "codes" else "identifier"]
        most = input_limits.LIST_ITEMS
        return [
            ({"a": 1}, _message(parameters.NOT_LIST)),
            ([1, 2], _message(parameters.NOT_LIST)),
            (["a"] * (most + 1), _message(parameters.TOO_MANY, n=most)),
            ("a," * (most + 1), _message(parameters.TOO_MANY, n=most)),
            ("x" * 1_000_000, _message(parameters.TOO_MANY, n=most)),
            (["x" * (limit + 1)], _message(parameters.TOO_LONG, n=limit)),
        ]
    if kind == "upload":
        limit = input_limits.TEXT["file_name"]
        return [
            ("ktp.png", _message(parameters.NOT_FILE)),
            (_upload("x" * limit + ".pdf"), _message(parameters.FILE_NAME_TOO_LONG, n=limit)),
        ]
    if kind == "uploads":
        most = input_limits.FILES
        return [
            (["surat.pdf"], _message(parameters.NOT_FILE)),
            ([_upload() for _ in range(most + 1)], _message(parameters.TOO_MANY_FILES, n=most)),
        ]
    if kind == "mapping":
        refused = _message(BAD_MAPPING, columns=", ".join(sorted(TARGETS)))
        most = input_limits.MAPPING_COLUMNS
        return [
            (5, refused),
            ("{not json", refused),
            ({"Kode": 1}, refused),
            ({"x" * 501: "anggaran"}, refused),
            ({f"Kolom {n}": "" for n in range(most + 1)}, _message(parameters.TOO_MANY, n=most)),
        ]
    raise AssertionError(kind)


def _call(action: str, data: dict[str, Any]) -> Any:
    try:
        function = tk.get_action(action)
    except KeyError:
        pytest.skip(f"{action} is not loaded")
    return function({"user": "", "ignore_auth": False}, data)


def _valid_ids(action: str) -> dict[str, str]:
    return {name: "tidak-ada" for name in REQUIRED.get(action, ())}


@pytest.mark.parametrize("action", sorted(FIELDS))
def test_each_parameter_refuses_a_wrong_type_and_too_much(action):
    for name, kind in FIELDS[action].items():
        for value, message in bad_values(kind):
            with pytest.raises(tk.ValidationError) as raised:
                _call(action, {**_valid_ids(action), name: value})
            assert raised.value.error_dict == {name: [message]}, (name, str(value)[:40])


@pytest.mark.parametrize(("action", "name"), [(a, n) for a, names in REQUIRED.items() for n in names])
def test_a_missing_identifier_is_refused_before_anything_is_looked_up(action, name):
    for absent in ({}, {name: ""}, {name: None}):
        data = {**_valid_ids(action), **absent}
        if not absent:
            data.pop(name)
        with pytest.raises(tk.ValidationError) as raised:
            _call(action, data)
        assert raised.value.error_dict == {name: [tk._("Missing value")]}


def test_the_table_names_every_action_and_every_parameter_the_schemas_declare():
    actions = {
        name: function
        for plugin in ("ppid", "ppid_requests", "ppid_budget")
        for name, function in p.get_plugin(plugin).get_actions().items()
        if name.startswith("ppid_")
    }
    undeclared = sorted(name for name, function in actions.items() if not hasattr(function, "schema"))
    assert not undeclared, f"declare the input of {undeclared} with @parameters.validated"
    assert sorted(set(actions) - set(FIELDS)) == [], "add these actions' parameters to FIELDS"
    for name, function in actions.items():
        assert set(function.schema()) == set(FIELDS[name]), name


def test_sound_values_pass_as_the_actions_expect_them():
    schema = actions_schema("ppid_request_notice_send")
    data = parameters.checked(
        schema,
        {
            "id": "a",
            "held": "tidak",
            "costs": "1.500.000",
            "exemption_grounds": "17.h.2, 17.b",
            "register_items": ["rekam-medis"],
            "unknown": "left out",
        },
    )
    assert data == {
        "id": "a",
        "held": False,
        "costs": 1_500_000,
        "exemption_grounds": ["17.h.2", "17.b"],
        "register_items": ["rekam-medis"],
    }
    listing = parameters.checked(actions_schema("ppid_request_queue"), {"limit": "10", "offset": 0, "q": ""})
    assert listing == {"limit": 10, "offset": 0, "q": ""}
    flags = actions_schema("ppid_calendar_override_list")
    assert parameters.checked(flags, {"include_revoked": "0", "year": 2026}) == {
        "include_revoked": False,
        "year": 2026,
    }
    assert parameters.checked(flags, {"include_revoked": False}) == {"include_revoked": False}
    assert parameters.checked(flags, {"include_revoked": "", "year": None}) == {}


def actions_schema(action: str):
    for plugin in ("ppid", "ppid_requests", "ppid_budget"):
        found = p.get_plugin(plugin).get_actions().get(action)
        if found is not None:
            return found.schema
    raise KeyError(action)
