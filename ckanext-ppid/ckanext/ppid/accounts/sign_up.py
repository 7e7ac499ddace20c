"""CKAN's ``user_create``, chained: an account people make for themselves waits until its address is verified.

A self sign-up is an account created by a caller who is not a sysadmin and not the system (``ignore_auth``):
the web form ``/user/register``, as ``ckan.auth.create_user_via_api`` keeps the API closed. It is created
``pending`` (CKAN refuses a pending account at login), its creation is recorded in the audit log (by name,
never by address) and the verification mail is added to the outbox, all in one transaction; the mail's job
is queued once it is committed. Accounts made by sysadmins, the ``ckan user`` command and ``ckan ppid demo``
are active at once, as before.

The form may carry ``next``, the portal page the person came from (the request form): the link brings them
back there through the login page.
"""

from __future__ import annotations

from typing import Any

import ckan.plugins.toolkit as tk
from ckan import authz, logic, model

from ckanext.ppid.accounts import verification_mail
from ckanext.ppid.audit import log as audit_log
from ckanext.ppid.notifications import outbox

SIGN_UP = "account.sign_up"
FIRST_MAIL = "sign-up"


def local_page(value: Any) -> str:
    """``value`` if it is a page of this portal (a path), else nothing: the link never leads elsewhere."""
    if not isinstance(value, str) or not value.startswith("/") or value.startswith("//") or "\\" in value:
        return ""
    return value if tk.h.url_is_local(value) else ""


def is_self_sign_up(context: dict[str, Any]) -> bool:
    return not context.get("ignore_auth") and not authz.is_sysadmin(context.get("user"))


@tk.chained_action
def user_create(up_func, context, data_dict):
    data_dict = dict(data_dict)
    next_page = local_page(data_dict.pop("next", None))
    if not is_self_sign_up(context):
        return up_func(context, data_dict)
    user_dict = up_func({**context, "defer_commit": True}, data_dict)
    user = model.User.get(user_dict["id"])
    user.state = model.State.PENDING
    audit_log.record(SIGN_UP, "user", user.id, details={"name": user.name, "state": model.State.PENDING})
    row_id = verification_mail.add(user, next_page, FIRST_MAIL)
    with logic.guard_against_duplicated_email(user.email):
        model.repo.commit()
    outbox.enqueue([row_id] if row_id else [])
    user_dict["state"] = model.State.PENDING
    return user_dict


ACTIONS = {"user_create": user_create}
