"""The input of the ``ppid`` plugin's actions (register, calendar, deadline calculator, roles, audit log),
declared as navl schemas (see ``parameters``); each action names its schema with ``@validated``.

Parameters the action itself requires with a message of its own (a calendar declaration's decree, a role's
name) are typed here and checked for presence by the action.
"""

from __future__ import annotations

from typing import Any

import ckan.plugins.toolkit as tk

from ckanext.ppid.shell.parameters import boolean, optional, paging, text, year

Schema = dict[str, Any]


@tk.validator_args
def register_list(ignore_missing) -> Schema:
    return {
        "unit": [ignore_missing, text("identifier")],
        "category": [ignore_missing, text("code")],
        "year": year(),
        "berkala_item": [ignore_missing, text("code")],
        "out_of_date": [optional, boolean],
        "q": [ignore_missing, text("line")],
    }


def nothing() -> Schema:
    """An action without parameters (anything given is left out)."""
    return {}


@tk.validator_args
def calendar_override_create(ignore_missing) -> Schema:
    return {
        "day": [ignore_missing, text("moment")],
        "kind": [ignore_missing, text("code")],
        "reason": [ignore_missing, text("short_text")],
        "decree": [ignore_missing, text("short_text")],
    }


@tk.validator_args
def calendar_override_revoke(not_empty, ignore_missing) -> Schema:
    return {"id": [not_empty, text("identifier")], "reason": [ignore_missing, text("paragraph")]}


@tk.validator_args
def calendar_override_list() -> Schema:
    return {"year": year(), "include_revoked": [optional, boolean]}


def calendar_year() -> Schema:
    return {"year": year()}


@tk.validator_args
def deadline_calculate(ignore_missing) -> Schema:
    return {"event": [ignore_missing, text("code")], "moment": [ignore_missing, text("moment")]}


@tk.validator_args
def role_change(ignore_missing) -> Schema:
    """Granting or revoking a role; the action names a missing user or role with its own message."""
    return {
        "user": [ignore_missing, text("identifier")],
        "role": [ignore_missing, text("code")],
        "decree": [ignore_missing, text("short_text")],
    }


@tk.validator_args
def role_list(ignore_missing) -> Schema:
    return {"role": [ignore_missing, text("code")]}


@tk.validator_args
def audit_list(ignore_missing) -> Schema:
    return {
        "actor": [ignore_missing, text("identifier")],
        "action": [ignore_missing, text("code")],
        "object_id": [ignore_missing, text("identifier")],
        "unit": [ignore_missing, text("identifier")],
        "since": [ignore_missing, text("moment")],
        "until": [ignore_missing, text("moment")],
        **paging(),
    }


@tk.validator_args
def account_verify(not_empty) -> Schema:
    return {"token": [not_empty, text("paragraph")]}


@tk.validator_args
def account_resend(not_empty, ignore_missing) -> Schema:
    return {"email": [not_empty, text("email")], "next": [ignore_missing, text("line")]}
