"""Fixtures of the budget page tests: the cast with its published budgets, and the DataStore tables of the
test's resources dropped afterwards."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from budget_page_cast import Cast
from ckan import model

from ckanext.datastore.backend.postgres import get_write_engine, identifier


@pytest.fixture
def cast(clean_db, clean_index) -> Cast:
    return Cast()


@pytest.fixture
def published(cast, job_worker) -> Cast:
    """Every OPD's budget files published and imported."""
    cast.publish_all()
    job_worker()
    return cast


@pytest.fixture(autouse=True)
def own_datastore_tables():
    yield
    resource_ids = [resource_id for (resource_id,) in model.Session.query(model.Resource.id)]
    model.Session.remove()
    with get_write_engine().begin() as connection:
        for resource_id in resource_ids:
            connection.execute(sa.text(f"DROP TABLE IF EXISTS {identifier(resource_id)} CASCADE"))
