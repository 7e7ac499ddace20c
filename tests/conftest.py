"""Fixtures shared by the whole suite.

CKAN's ``reset_db`` drops every table on its first call and only re-creates core tables, so the
extension's own tables are migrated again here (as ckanext-harvest and ckanext-dcat do).
"""

from __future__ import annotations

import pytest
from mail_server import job_worker, smtp_server  # noqa: F401 (fixtures for the whole suite)

from ckanext.ppid.shell.migrations import upgrade_plugin_tables


@pytest.fixture
def clean_db(reset_db):
    """CKAN's ``clean_db`` plus the extension's tables."""
    reset_db()
    upgrade_plugin_tables()


@pytest.fixture(scope="session")
def reset_db_once(reset_db):
    """CKAN's ``reset_db_once`` (behind ``non_clean_db``) plus the extension's tables."""
    reset_db()
    upgrade_plugin_tables()
