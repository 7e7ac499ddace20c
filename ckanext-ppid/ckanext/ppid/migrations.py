"""Apply ckanext-ppid's alembic migrations from their directories, without loading the plugins.

Production runs ``ckan db upgrade`` (which finds these through the loaded plugins); tests and benchmarks
that rebuild a database from scratch call :func:`upgrade_plugin_tables` instead.
"""

from __future__ import annotations

from pathlib import Path

from ckan import model

MIGRATIONS = Path(__file__).parent / "migration"
# Plugins that own tables, in dependency order.
PLUGINS_WITH_TABLES = ("ppid_search",)


def upgrade_plugin_tables() -> None:
    """Upgrade every ckanext-ppid plugin's tables to head (idempotent)."""
    for plugin in PLUGINS_WITH_TABLES:
        original = model.repo._alembic_ini
        model.repo._alembic_ini = str(MIGRATIONS / plugin / "alembic.ini")
        try:
            model.repo.upgrade_db()
        finally:
            model.repo._alembic_ini = original
