"""Fixtures for the translation tests: the pipeline modules of ckanext-ppid/ckanext/ppid/i18n."""

from __future__ import annotations

import pytest

from ckanext.ppid.catalogs import pipeline as pipeline_module
from ckanext.ppid.catalogs import upstream_scope as upstream_scope_module


@pytest.fixture(scope="session")
def pipeline():
    return pipeline_module


@pytest.fixture(scope="session")
def upstream_scope(pipeline):
    return upstream_scope_module
