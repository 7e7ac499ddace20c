"""Fixtures for the search tests: plugins and a database reset once per module, for read-only corpora."""

from __future__ import annotations

import ckan.plugins
import pytest

from ckanext.ppid.shell.migrations import upgrade_plugin_tables


@pytest.fixture(scope="module")
def module_db(reset_db):
    """A clean database with the extension's tables and the configured plugins, for one module.

    Tests using it must not use ``with_plugins`` (which unloads every plugin when a test ends) nor
    ``clean_db``.
    """
    ckan.plugins.load_all()
    reset_db()
    upgrade_plugin_tables()
    yield
    ckan.plugins.unload_all()
