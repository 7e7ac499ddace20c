"""Who hears about a PPID unit's work: its admins and editors, its PPID contact, the PPID Utama's admins.

The PPID Utama coordinates every unit of the body (Permendagri 3/2017), so its admins hear what each unit
must decide. Members are not told: they read the register, they do not manage it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.notifications.mail import Recipient
from ckanext.ppid.units import access

log = logging.getLogger(__name__)

UNIT_CAPACITIES = ("admin", "editor")
UTAMA_CAPACITIES = ("admin",)


def _staff(unit_id: str, capacities: Iterable[str]) -> list[model.User]:
    return (
        model.Session.query(model.User)
        .join(model.Member, model.Member.table_id == model.User.id)
        .filter(
            model.Member.table_name == "user",
            model.Member.group_id == unit_id,
            model.Member.state == "active",
            model.Member.capacity.in_(tuple(capacities)),
            model.User.state == "active",
            # CKAN's site user is admin of every unit it created (the demo, harvesters): not a person.
            model.User.name != tk.config.get("ckan.site_id"),
        )
        .order_by(model.User.name)
        .all()
    )


def _with_address(users: Iterable[model.User], unit: Mapping[str, Any]) -> list[Recipient]:
    found = []
    for user in users:
        if user.email:
            found.append(Recipient(user.display_name, user.email))
        else:
            log.warning("User %s has no e-mail address: not told about unit %s", user.name, unit["name"])
    return found


def unit_recipients(unit: Mapping[str, Any]) -> list[Recipient]:
    """The people to tell about ``unit``'s items (an organization dict with its scheming fields).

    In order: the unit's admins and editors, its PPID contact (``kontak_email``, addressed to its
    ``pejabat_ppid``), the PPID Utama's admins; each address once. Staff without an address are logged.
    """
    found = _with_address(_staff(unit["id"], UNIT_CAPACITIES), unit)
    contact = (unit.get("kontak_email") or "").strip()
    if contact:
        found.append(Recipient(unit.get("pejabat_ppid") or unit.get("title") or unit["name"], contact))
    for utama_id in sorted(access.ppid_utama_ids()):
        found += _with_address(_staff(utama_id, UTAMA_CAPACITIES), unit)
    seen: set[str] = set()
    unique = []
    for recipient in found:
        if recipient.email.lower() not in seen:
            seen.add(recipient.email.lower())
            unique.append(recipient)
    return unique
