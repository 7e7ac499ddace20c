"""Fixtures of the budget tests: the cast, and the DataStore tables of a test's resources removed after it.

The DataStore database is shared by whoever runs tests with the same test.ini, so a test drops only the
tables of its own resources (never the whole database, as the DataStore's own ``clean_datastore`` does).
"""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from budget_cast import Cast, build_cast
from ckan import model

from ckanext.datastore.backend.postgres import get_write_engine, identifier


@pytest.fixture
def cast(clean_db, clean_index) -> Cast:
    return build_cast()


@pytest.fixture(autouse=True)
def own_datastore_tables(request):
    yield
    if "core" in request.node.path.parent.parts:
        return  # the core's tests (tests/budget/core/) use no database
    resource_ids = [resource_id for (resource_id,) in model.Session.query(model.Resource.id)]
    model.Session.remove()
    with get_write_engine().begin() as connection:
        for resource_id in resource_ids:
            connection.execute(sa.text(f"DROP TABLE IF EXISTS {identifier(resource_id)} CASCADE"))
