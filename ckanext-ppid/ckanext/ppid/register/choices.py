"""Choices of the scheming select fields, read from ``law/`` and translated for the reader.

ckanext-scheming calls a field's ``choices_helper`` (a template helper) with the field; each returns
``[{"value": code, "label": label}]`` in the law's order.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.law import berkala, categories, exemptions, serta_merta, setiap_saat, sop, units
from ckanext.ppid.register.core import restriction


def _choices(entries: Iterable[Any]) -> list[dict[str, str]]:
    return [{"value": entry.code, "label": tk._(entry.label)} for entry in entries]


def ppid_category_choices(field: dict[str, Any]) -> list[dict[str, str]]:
    return _choices(categories.CATEGORIES)


def ppid_berkala_choices(field: dict[str, Any]) -> list[dict[str, str]]:
    return _choices(berkala.BERKALA_ITEMS)


def ppid_periodicity_choices(field: dict[str, Any]) -> list[dict[str, str]]:
    return _choices(berkala.PERIODICITIES)


def ppid_serta_merta_choices(field: dict[str, Any]) -> list[dict[str, str]]:
    return _choices(serta_merta.SERTA_MERTA_KINDS)


def ppid_setiap_saat_choices(field: dict[str, Any]) -> list[dict[str, str]]:
    return _choices(setiap_saat.SETIAP_SAAT_ITEMS)


def ppid_sop_choices(field: dict[str, Any]) -> list[dict[str, str]]:
    return _choices(sop.STANDARDS)


def ppid_ground_choices(field: dict[str, Any]) -> list[dict[str, str]]:
    return [
        {"value": ground.code, "label": f"{ground.code} {tk._(ground.label)}"}
        for ground in exemptions.selectable_grounds()
    ]


def ppid_exemption_status_choices(field: dict[str, Any]) -> list[dict[str, str]]:
    return [{"value": code, "label": tk._(label)} for code, label in restriction.STATUS_LABELS.items()]


def ppid_unit_type_choices(field: dict[str, Any]) -> list[dict[str, str]]:
    return _choices(units.UNIT_TYPES)


def ppid_time_zone_choices(field: dict[str, Any]) -> list[dict[str, str]]:
    return [{"value": zone.tz, "label": f"{zone.code} ({zone.tz})"} for zone in units.TIME_ZONES]


def ppid_parent_unit_choices(field: dict[str, Any]) -> list[dict[str, str]]:
    """Every active organization, by title; a unit may not be its own parent (the validator checks)."""
    rows = (
        model.Session.query(model.Group.name, model.Group.title)
        .filter(model.Group.is_organization.is_(True), model.Group.state == "active")
        .order_by(model.Group.title)
    )
    return [{"value": "", "label": tk._("(none)")}] + [
        {"value": name, "label": title or name} for name, title in rows
    ]


HELPERS = {
    function.__name__: function
    for function in (
        ppid_category_choices,
        ppid_berkala_choices,
        ppid_periodicity_choices,
        ppid_serta_merta_choices,
        ppid_setiap_saat_choices,
        ppid_sop_choices,
        ppid_ground_choices,
        ppid_exemption_status_choices,
        ppid_unit_type_choices,
        ppid_time_zone_choices,
        ppid_parent_unit_choices,
    )
}
