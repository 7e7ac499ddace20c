"""Fixtures for the translation tests: the pipeline modules of ckanext-ppid/ckanext/ppid/i18n."""

from __future__ import annotations

import pytest
from i18n_support import load_i18n_module


@pytest.fixture(scope="session")
def pipeline():
    return load_i18n_module("pipeline")


@pytest.fixture(scope="session")
def upstream_scope(pipeline):
    return load_i18n_module("upstream_scope")
