"""The actions behind the verification link and the form that sends it again (web only).

``ppid_account_verify`` takes the link's token: a pending account becomes active (recorded in the audit log);
an account verified already stays as it is, so opening the link twice is harmless. ``ppid_account_resend``
takes an e-mail address: a pending account with that address is sent a new link; the answer is the same
whether there is one or not, so the form tells nobody who has an account. Both are refused over the API,
where the web's rate limits do not stand guard.
"""

from __future__ import annotations

import uuid
from typing import Any

import ckan.plugins.toolkit as tk
import sqlalchemy as sa
from ckan import model

from ckanext.ppid.accounts import verification, verification_mail
from ckanext.ppid.accounts.sign_up import local_page
from ckanext.ppid.audit import log as audit_log
from ckanext.ppid.law.markers import N_
from ckanext.ppid.notifications import outbox
from ckanext.ppid.shell import schema
from ckanext.ppid.shell.parameters import validated

VERIFY = "account.verify"
WEB_ONLY = N_("This can only be done on the portal's pages.")


def _token_refused(problem: str) -> tk.ValidationError:
    return tk.ValidationError({"token": [tk._(problem)]})


@validated(schema.account_verify)
def ppid_account_verify(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """Verify the account the token names; its name, where to go next, and whether it was verified before."""
    tk.check_access("ppid_account_verify", context, data_dict)
    try:
        claim = verification.read(data_dict["token"])
    except verification.Refused as refused:
        raise _token_refused(refused.problem) from refused
    user = model.User.get(claim.user_id)
    if user is None or user.is_deleted() or verification.address_digest(user.email or "") != claim.address:
        raise _token_refused(verification.INVALID)
    already = not user.is_pending()
    if not already:
        user.state = model.State.ACTIVE
        audit_log.record(VERIFY, "user", user.id, details={"name": user.name}, actor=user)
        model.repo.commit()
    return {"name": user.name, "next": local_page(claim.next_page), "already_verified": already}


@validated(schema.account_resend)
def ppid_account_resend(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """Send a new link to the pending account with this address, if there is one; the answer never says."""
    tk.check_access("ppid_account_resend", context, data_dict)
    email = data_dict["email"]
    if "@" not in email:
        raise tk.ValidationError({"email": [tk._("Please enter a valid e-mail address.")]})
    pending = (
        model.Session.query(model.User)
        .filter(sa.func.lower(model.User.email) == email.strip().lower())
        .filter(model.User.state == model.State.PENDING)
        .first()
    )
    if pending is None:
        return {}
    row_id = verification_mail.add(pending, local_page(data_dict.get("next")), uuid.uuid4().hex)
    model.repo.commit()
    outbox.enqueue([row_id] if row_id else [])
    return {}


def _web_only(context: dict[str, Any], _data_dict: dict[str, Any] | None = None) -> dict[str, Any]:
    if "api_version" in context:
        return {"success": False, "msg": tk._(WEB_ONLY)}
    return {"success": True}


ACTIONS = {"ppid_account_verify": ppid_account_verify, "ppid_account_resend": ppid_account_resend}
AUTH = {
    "ppid_account_verify": tk.auth_allow_anonymous_access(_web_only),
    "ppid_account_resend": tk.auth_allow_anonymous_access(_web_only),
}
