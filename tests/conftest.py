"""Fixtures shared by the whole suite.

CKAN's ``reset_db`` drops every table on its first call and only re-creates core tables, so the
extension's own tables are migrated again here (as ckanext-harvest and ckanext-dcat do). Migrations run
from their directory, so no plugin has to be loaded for them.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from ckan import model

import ckanext.ppid

MIGRATIONS = Path(ckanext.ppid.__file__).parent / "migration"
# Plugins that own tables, in dependency order.
PLUGINS_WITH_TABLES = ("ppid_search",)


def migrate_ppid_tables() -> None:
    """Apply every ckanext-ppid migration (idempotent: alembic skips what is applied)."""
    for plugin in PLUGINS_WITH_TABLES:
        original = model.repo._alembic_ini
        model.repo._alembic_ini = str(MIGRATIONS / plugin / "alembic.ini")
        try:
            model.repo.upgrade_db()
        finally:
            model.repo._alembic_ini = original


@pytest.fixture
def clean_db(reset_db):
    """CKAN's ``clean_db`` plus the extension's tables."""
    reset_db()
    migrate_ppid_tables()


@pytest.fixture(scope="session")
def reset_db_once(reset_db):
    """CKAN's ``reset_db_once`` (behind ``non_clean_db``) plus the extension's tables."""
    reset_db()
    migrate_ppid_tables()
