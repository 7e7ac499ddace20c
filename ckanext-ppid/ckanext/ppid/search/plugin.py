"""The ``ppid_search`` plugin: CKAN's dataset search answered from PostgreSQL instead of Solr."""

from __future__ import annotations

import ckan.plugins as p

from ckanext.ppid.search import empty_parameters, seam


class PpidSearchPlugin(p.SingletonPlugin):
    """CKAN dataset search on PostgreSQL: replaces the Solr connection, keeps CKAN's search code."""

    p.implements(p.IConfigurer)
    p.implements(p.IActions)

    # IConfigurer
    def update_config(self, config):
        seam.install()

    # IActions
    def get_actions(self):
        return {"package_search": empty_parameters.package_search}
