"""Actions granting the roles ckanext-ppid adds: the Atasan PPID and the Komisi Informasi assessor."""

from __future__ import annotations

from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.audit import log
from ckanext.ppid.shell import schema
from ckanext.ppid.shell.parameters import validated
from ckanext.ppid.units import access
from ckanext.ppid.units.model import RoleAssignment


def _user_and_role(data_dict: dict[str, Any]) -> tuple[model.User, str]:
    errors = {}
    user = model.User.get(data_dict.get("user") or "")
    if user is None or user.state != "active":
        errors["user"] = [tk._("No such user")]
    role = data_dict.get("role")
    if role not in access.ROLE_LABELS:
        errors["role"] = [
            tk._("Unknown role; choose one of: {roles}").format(roles=", ".join(access.ROLE_LABELS))
        ]
    if errors:
        raise tk.ValidationError(errors)
    return user, role


@validated(schema.role_change)
def ppid_role_grant(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """Give a user a PPID role (sysadmins only). Granting a role the user holds changes nothing.

    :param user: the user's name or id
    :type user: string
    :param role: ``atasan_ppid`` or ``penilai_komisi_informasi``
    :type role: string
    :param decree: the decree (SK) appointing the person (optional)
    :type decree: string

    :returns: the role assignment
    :rtype: dictionary
    """
    tk.check_access("ppid_role_grant", context, data_dict)
    user, role = _user_and_role(data_dict)
    existing = model.Session.query(RoleAssignment).filter_by(user_id=user.id, role=role).one_or_none()
    if existing is not None:
        return existing.as_dict()
    granter = access.user_object(context.get("user"))
    assignment = RoleAssignment(
        user_id=user.id,
        role=role,
        decree=data_dict.get("decree") or "",
        granted_by=granter.id if granter else None,
    )
    model.Session.add(assignment)
    details = {"user": user.name, "role": role, "decree": assignment.decree}
    log.record("role.grant", "user", user.id, details=details, actor=context.get("user"))
    model.Session.commit()
    return assignment.as_dict()


@validated(schema.role_change)
def ppid_role_revoke(context: dict[str, Any], data_dict: dict[str, Any]) -> None:
    """Take a PPID role from a user (sysadmins only).

    :param user: the user's name or id
    :type user: string
    :param role: ``atasan_ppid`` or ``penilai_komisi_informasi``
    :type role: string
    """
    tk.check_access("ppid_role_revoke", context, data_dict)
    user, role = _user_and_role(data_dict)
    if model.Session.query(RoleAssignment).filter_by(user_id=user.id, role=role).delete():
        log.record(
            "role.revoke",
            "user",
            user.id,
            details={"user": user.name, "role": role},
            actor=context.get("user"),
        )
    model.Session.commit()


@tk.side_effect_free
@validated(schema.role_list)
def ppid_role_list(context: dict[str, Any], data_dict: dict[str, Any]) -> list[dict[str, Any]]:
    """List who holds the PPID roles (sysadmins only).

    :param role: only this role (optional)
    :type role: string
    :rtype: list of dictionaries
    """
    tk.check_access("ppid_role_list", context, data_dict)
    query = model.Session.query(RoleAssignment).order_by(RoleAssignment.role, RoleAssignment.granted_at)
    if data_dict.get("role"):
        query = query.filter(RoleAssignment.role == data_dict["role"])
    return [assignment.as_dict() for assignment in query]


ACTIONS = {
    "ppid_role_grant": ppid_role_grant,
    "ppid_role_revoke": ppid_role_revoke,
    "ppid_role_list": ppid_role_list,
}
# Only sysadmins (who pass every auth check) may manage roles.
AUTH = {name: (lambda context, data_dict: {"success": False}) for name in ACTIONS}
