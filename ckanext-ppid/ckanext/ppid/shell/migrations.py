"""Apply ckanext-ppid's alembic migrations from their directories, without loading the plugins.

Production runs ``ckan db upgrade`` (which finds these through the loaded plugins); tests and benchmarks
that rebuild a database from scratch call :func:`upgrade_plugin_tables` instead.
"""

from __future__ import annotations

from pathlib import Path

from ckan import model

MIGRATIONS = Path(__file__).parents[1] / "migration"
# Plugins that own tables, in dependency order.
PLUGINS_WITH_TABLES = ("ppid_search", "ppid")


def upgrade_plugin_tables() -> None:
    """Upgrade every ckanext-ppid plugin's tables to head (idempotent)."""
    for plugin in PLUGINS_WITH_TABLES:
        migrate(plugin, "head")


def migrate(plugin: str, revision: str, downgrade: bool = False) -> None:
    """Upgrade (or downgrade) ``plugin``'s tables to ``revision``."""
    original = model.repo._alembic_ini
    model.repo._alembic_ini = str(MIGRATIONS / plugin / "alembic.ini")
    try:
        if downgrade:
            model.repo.downgrade_db(revision)
        else:
            model.repo.upgrade_db(revision)
    finally:
        model.repo._alembic_ini = original


def run_environment(env_file: str) -> None:
    """The body of every plugin's alembic ``env.py``: its version table is ``<plugin>_alembic_version``."""
    from alembic import context
    from sqlalchemy import engine_from_config, pool

    config = context.config
    version_table = f"{Path(env_file).parent.name}_alembic_version"
    if context.is_offline_mode():
        context.configure(
            url=config.get_main_option("sqlalchemy.url"), literal_binds=True, version_table=version_table
        )
        with context.begin_transaction():
            context.run_migrations()
        return
    connectable = engine_from_config(
        config.get_section(config.config_ini_section), prefix="sqlalchemy.", poolclass=pool.NullPool
    )
    with connectable.connect() as connection:
        context.configure(connection=connection, version_table=version_table)
        with context.begin_transaction():
            context.run_migrations()
