"""Properties every table of law/ keeps: stable snake_case codes, a basis, a confidence marker, a label."""

from __future__ import annotations

import re

import pytest

from ckanext.ppid.law import berkala, categories, deadlines, exemptions, serta_merta, setiap_saat, sop, units

TABLES = {
    "categories": categories.CATEGORIES,
    "berkala": berkala.BERKALA_ITEMS,
    "serta_merta": serta_merta.SERTA_MERTA_KINDS,
    "setiap_saat": setiap_saat.SETIAP_SAAT_ITEMS,
    "standards": sop.STANDARDS,
    "channels": sop.ANNOUNCEMENT_CHANNELS,
    "unit_types": units.UNIT_TYPES,
    "roles": units.ROLES,
    "deadlines": deadlines.DEADLINES,
    "never_exempt": exemptions.NEVER_EXEMPT,
}
SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")


@pytest.mark.parametrize("name", TABLES)
def test_codes_are_unique_snake_case(name):
    codes = [entry.code for entry in TABLES[name]]
    assert len(codes) == len(set(codes))
    assert all(SNAKE.match(code) for code in codes), codes


@pytest.mark.parametrize("name", [*TABLES, "grounds", "time_zones"])
def test_every_entry_has_a_basis_a_marker_and_a_label(name):
    entries = {**TABLES, "grounds": exemptions.GROUNDS, "time_zones": units.TIME_ZONES}[name]
    for entry in entries:
        assert entry.legal_basis.strip(), entry
        assert entry.confidence in {"C", "C2", "S", "M"}, entry
        assert entry.label.strip() and entry.label == entry.label.strip(), entry
