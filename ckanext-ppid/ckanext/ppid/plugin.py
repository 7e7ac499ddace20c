"""The CKAN plugins of ckanext-ppid; each capability is its own plugin (see README)."""

from __future__ import annotations

import ckan.plugins as p
import ckan.plugins.toolkit as tk
from ckan.lib.plugins import DefaultTranslation

from ckanext.ppid.search import seam


@tk.blanket.cli
@tk.blanket.config_declarations
class PpidPlugin(DefaultTranslation, p.SingletonPlugin):
    """The PPID portal: Indonesian-first theme and catalogs, demo data, register (later issues)."""

    p.implements(p.IConfigurer)
    p.implements(p.ITranslation)

    # IConfigurer
    def update_config(self, config):
        tk.add_template_directory(config, "templates")
        tk.add_public_directory(config, "public")


class PpidSearchPlugin(p.SingletonPlugin):
    """CKAN dataset search on PostgreSQL: replaces the Solr connection, keeps CKAN's search code."""

    p.implements(p.IConfigurer)

    # IConfigurer
    def update_config(self, config):
        seam.install()
