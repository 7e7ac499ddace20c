"""Who may see other users' accounts: applicants' full names and e-mail hashes are nobody else's business.

CKAN lets anyone list users and read any profile (``ckan.auth.public_user_details`` only keeps anonymous
visitors out, and a visitor can register). Here ``user_list`` (behind the user list page and
``user_autocomplete``) and another user's ``user_show`` (profile pages, activity streams) are open only to
sysadmins and to the admins of a PPID unit, who add members by name. Everyone may still read their own
account. CKAN's ``/api/2/util/user/autocomplete`` does not catch a refusal (it would answer 500): a
``before_request`` hook answers 403 first.
"""

from __future__ import annotations

from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model
from ckan.types import AuthFunction, AuthResult, Context, DataDict
from flask import Flask, Response, jsonify, request

from ckanext.ppid.authorization.answers import may
from ckanext.ppid.law.markers import N_

NOT_ALLOWED = N_("Only the administrators of a PPID unit may see other users' accounts.")


def _requester(context: Context) -> model.User | None:
    user = context.get("auth_user_obj")
    if isinstance(user, model.User):
        return user
    name = context.get("user")
    return model.User.get(name) if name else None


def sees_other_users(user: model.User | None) -> bool:
    """Sysadmins and the admins of at least one PPID unit (rule ``users.list``, docs/authorization.md)."""
    return may("users.list", user)


def _refused() -> AuthResult:
    return {"success": False, "msg": tk._(NOT_ALLOWED)}


@tk.chained_auth_function
@tk.auth_allow_anonymous_access
def user_list(next_auth: AuthFunction, context: Context, data_dict: DataDict) -> AuthResult:
    if not sees_other_users(_requester(context)):
        return _refused()
    return next_auth(context, data_dict)


@tk.chained_auth_function
@tk.auth_allow_anonymous_access
def user_show(next_auth: AuthFunction, context: Context, data_dict: DataDict) -> AuthResult:
    requester = _requester(context)
    wanted: Any = data_dict.get("id")
    wanted = wanted if isinstance(wanted, str) else None
    # user_show puts the account it looked up in the context; other callers (activity) give only the id.
    target = model.User.get(wanted) if wanted else context.get("user_obj")
    own = requester is not None and target is not None and target.id == requester.id
    if not own and not sees_other_users(requester):
        return _refused()
    return next_auth(context, data_dict)


AUTH = {"user_list": user_list, "user_show": user_show}


def refuse_autocomplete() -> tuple[Response, int] | None:
    """Flask ``before_request``: 403 from CKAN's user autocomplete for those who may not list users."""
    if request.endpoint != "api.user_autocomplete":
        return None
    context: Context = {"user": tk.current_user.name, "auth_user_obj": tk.current_user}
    try:
        tk.check_access("user_autocomplete", context, {})
    except tk.NotAuthorized as refused:
        return jsonify({"success": False, "error": {"message": str(refused)}}), 403
    return None


def install(app: Flask) -> None:
    app.before_request(refuse_autocomplete)
