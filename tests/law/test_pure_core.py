"""The functional core must import without CKAN: the importer, exports and tests use it on their own."""

from __future__ import annotations

import subprocess
import sys

CORE = (
    "ckanext.ppid.law.berkala",
    "ckanext.ppid.law.categories",
    "ckanext.ppid.law.deadlines",
    "ckanext.ppid.law.exemptions",
    "ckanext.ppid.law.serta_merta",
    "ckanext.ppid.law.setiap_saat",
    "ckanext.ppid.law.sop",
    "ckanext.ppid.law.units",
    "ckanext.ppid.calendar.core.workdays",
    "ckanext.ppid.register.core.consequence",
    "ckanext.ppid.register.core.expiry",
    "ckanext.ppid.register.core.freshness",
    "ckanext.ppid.authorization.table",
    "ckanext.ppid.authorization.routes",
    "ckanext.ppid.authorization.actions",
    "ckanext.ppid.authorization.manual",
)


def test_core_modules_import_no_ckan():
    script = (
        "import importlib, sys\n"
        f"for name in {CORE!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m == 'ckan' or m.startswith('ckan.')))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
