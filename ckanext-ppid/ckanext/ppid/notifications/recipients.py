"""Who hears about a case's clock besides its unit: the Atasan PPID and the PPID Utama's admins.

A request's due-soon reminder goes to the people ``units.recipients`` names for its unit. An objection's
goes to the Atasan PPID, whose duty the answer is (UU 14/2008 Ps 36(2)). A deadline missed is escalated to
those who answer for the PPID's work: the PPID Utama's admins (who coordinate every unit, Permendagri
3/2017) and the Atasan PPID. People without an e-mail address cannot be told.
"""

from __future__ import annotations

from collections.abc import Iterable

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.notifications.mail import Recipient
from ckanext.ppid.units import access
from ckanext.ppid.units.model import RoleAssignment


def _people(users: Iterable[model.User | None]) -> list[Recipient]:
    return [
        Recipient(user.display_name, user.email)
        for user in users
        if user is not None and user.state == "active" and user.email
    ]


def atasan_ppid() -> list[Recipient]:
    """The active holders of the Atasan PPID role."""
    return _people(model.User.get(holder.user_id) for holder in RoleAssignment.holders(access.ATASAN_PPID))


def _utama_admins() -> list[model.User]:
    utama = access.ppid_utama_ids()
    if not utama:
        return []
    return (
        model.Session.query(model.User)
        .join(model.Member, model.Member.table_id == model.User.id)
        .filter(
            model.Member.table_name == "user",
            model.Member.group_id.in_(utama),
            model.Member.state == "active",
            model.Member.capacity == "admin",
            # CKAN's site user is admin of the units it created: not a person.
            model.User.name != tk.config.get("ckan.site_id"),
        )
        .order_by(model.User.name)
        .all()
    )


def escalation() -> list[Recipient]:
    """The PPID Utama's admins, then the Atasan PPID; each address once."""
    seen: set[str] = set()
    found = []
    for recipient in [*_people(_utama_admins()), *atasan_ppid()]:
        if recipient.email.lower() not in seen:
            seen.add(recipient.email.lower())
            found.append(recipient)
    return found
