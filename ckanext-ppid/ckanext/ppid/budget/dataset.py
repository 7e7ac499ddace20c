"""Budget datasets (scheming type ``anggaran``, ``schemas/anggaran.yaml``): what a dataset says about the
lines of its files, where the files do not say it themselves."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ckan import model

from ckanext.ppid.budget import periods
from ckanext.ppid.budget.core.importing import ImportDefaults

DATASET_TYPE = "anggaran"


def _int(value: Any) -> int | None:
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


def period_of(fields: Mapping[str, Any]) -> str | None:
    """The reporting period the dataset's fields name (``2026-07``, ``2026-Q2``, ``2026``), or None."""
    year = _int(fields.get("tahun_anggaran"))
    kind = fields.get("jenis_periode") or periods.YEAR
    number = _int(fields.get("periode_ke"))
    if year is None or periods.number_problem(kind, number):
        return None
    return periods.period_code(year, kind, number)


def import_defaults(package: model.Package) -> ImportDefaults:
    """The dataset's year, phase and period and its OPD's code and name, for lines that lack them."""
    fields = package.extras or {}
    unit = model.Group.get(package.owner_org) if package.owner_org else None
    return ImportDefaults(
        fiscal_year=_int(fields.get("tahun_anggaran")),
        phase=fields.get("tahapan") or None,
        period=period_of(fields),
        unit_code=((unit.extras or {}).get("kode_unit") or None) if unit else None,
        unit_name=unit.title if unit else None,
    )
