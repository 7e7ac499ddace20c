"""Where CKAN reaches Solr, and how ``ppid_search`` takes its place.

CKAN builds every index document and every Solr query itself and hands them to the object returned by
``ckan.lib.search.common.make_connection()``. Replacing that one factory keeps all of CKAN's search code
running (document building, permission labels, ``before_dataset_index``, query preparation, result and
facet post-processing); only the transport changes. The factory was imported *by name* into several
modules, so each of those names is rebound. CKAN's start-up Solr schema check is replaced by a check
that the search table exists.
"""

from __future__ import annotations

import logging
import sys

import ckan.lib.search as ckan_search

from ckanext.ppid.search.connection import PostgresSolrConnection, search_table_exists

log = logging.getLogger(__name__)

# Modules that hold their own reference to ``make_connection`` (docs/architecture.md, How a search flows from
# CKAN to SQL).
CONNECTION_USERS = (
    "ckan.lib.search.common",
    "ckan.lib.search.index",
    "ckan.lib.search.query",
    "ckan.lib.search",
    "ckanext.harvest.logic.action.update",
)


def make_connection(decode_dates: bool = True) -> PostgresSolrConnection:
    """Drop-in for CKAN's ``make_connection``: a Solr-compatible client backed by PostgreSQL."""
    return PostgresSolrConnection(decode_dates=decode_dates)


def check_schema_version(schema_file: str | None = None) -> bool:
    """Replaces CKAN's Solr schema check at start-up: warn if the search table is not migrated yet."""
    if not search_table_exists():
        log.warning("ppid_search: the search table is missing; run `ckan db upgrade -p ppid_search`")
        return False
    return True


def install() -> None:
    """Rebind every reference to CKAN's Solr connection factory (idempotent).

    Only modules already imported are rebound: a module imported later copies the rebound name from
    ``ckan.lib.search.common``. Importing ckanext-harvest here would map its models onto CKAN's
    ``Package`` even where the harvest plugin (and its tables) is not in use.
    """
    for module_name in CONNECTION_USERS:
        module = sys.modules.get(module_name)
        if module is not None:
            module.make_connection = make_connection
    ckan_search.check_solr_schema_version = check_schema_version
