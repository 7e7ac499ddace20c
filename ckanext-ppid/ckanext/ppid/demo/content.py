"""The demo content as one value: the Pemda, its units, themes, staff and datasets."""

from __future__ import annotations

from ckanext.ppid.demo.datasets import DATASETS
from ckanext.ppid.demo.series import recurring_datasets
from ckanext.ppid.demo.spec import Content
from ckanext.ppid.demo.staff import STAFF
from ckanext.ppid.demo.units import BODY, DOMAIN, INTRO, REGION, THEMES, UNITS


def default_content() -> Content:
    """The fictional Kabupaten Lembah Hijau that ``ckan ppid demo`` loads."""
    return Content(
        body=BODY,
        region=REGION,
        domain=DOMAIN,
        intro=INTRO,
        units=UNITS,
        themes=THEMES,
        staff=STAFF,
        datasets=DATASETS + recurring_datasets(UNITS),
    )
