"""The demo content as one value: the Pemda, its units, themes, staff, datasets, register and roles."""

from __future__ import annotations

from ckanext.ppid.demo import register_exempted, register_units, register_utama
from ckanext.ppid.demo.datasets import DATASETS
from ckanext.ppid.demo.register_periodic import BUILDERS, periodic_items
from ckanext.ppid.demo.roles import OUTSIDERS, ROLE_HOLDERS
from ckanext.ppid.demo.series import recurring_datasets
from ckanext.ppid.demo.spec import Content
from ckanext.ppid.demo.staff import STAFF
from ckanext.ppid.demo.units import BODY, DOMAIN, HEAD, INTRO, REGION, THEMES, TIME_ZONE, UNITS


def default_content() -> Content:
    """The fictional Kabupaten Lembah Hijau that ``ckan ppid demo`` loads."""
    register = register_utama.ITEMS + periodic_items(UNITS) + register_units.ITEMS + register_exempted.ITEMS
    return Content(
        body=BODY,
        region=REGION,
        domain=DOMAIN,
        intro=INTRO,
        head=HEAD,
        time_zone=TIME_ZONE,
        units=UNITS,
        themes=THEMES,
        staff=STAFF,
        datasets=DATASETS + recurring_datasets(UNITS),
        register=register,
        outsiders=OUTSIDERS,
        role_holders=ROLE_HOLDERS,
    )


def missing_periodic_items(content: Content) -> list[tuple[str, tuple[str, ...]]]:
    """Per unit (by title), the Perki 1/2021 periodic items it has no register item for, in Perki order."""
    missing = []
    for unit in content.units:
        published = {item.item_berkala for item in content.register if item.unit == unit.name}
        lacking = tuple(code for code in BUILDERS if code not in published)
        if lacking:
            missing.append((unit.title, lacking))
    return missing
