"""The request core imports without CKAN: the shell, the scheduler and the deadline calculator build on it."""

from __future__ import annotations

import subprocess
import sys

CORE = (
    "ckanext.ppid.law.requests",
    "ckanext.ppid.law.objections",
    "ckanext.ppid.law.disputes",
    "ckanext.ppid.requests.core.states",
    "ckanext.ppid.requests.core.clock",
    "ckanext.ppid.requests.core.objection_grounds",
    "ckanext.ppid.requests.core.notice",
    "ckanext.ppid.requests.core.transitions",
    "ckanext.ppid.requests.core.nik",
    "ckanext.ppid.requests.core.registration_number",
    "ckanext.ppid.requests.core.receipt_token",
)


def test_request_core_imports_no_ckan_and_no_database():
    script = (
        "import importlib, sys\n"
        f"for name in {CORE!r}: importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('ckan', 'sqlalchemy')))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
