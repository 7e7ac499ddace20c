"""WSGI entry point for production (uWSGI/gunicorn): the CKAN wheel does not ship one.

The configuration file comes from CKAN_INI (default /etc/ckan/ppid/ckan.ini). Debug mode is never served
here: it would add Flask-DebugToolbar and Werkzeug's interactive debugger, whose /console runs Python for
anyone who reaches it. ``debug`` in the file is overridden; an environment override that turns it back on
stops the start.
"""

import os

from ckan.cli import CKANConfigLoader
from ckan.common import config as ckan_config
from ckan.config.middleware import make_app

config = CKANConfigLoader(os.environ.get("CKAN_INI", "/etc/ckan/ppid/ckan.ini")).get_config()
config["debug"] = "false"
application = make_app(config)
if ckan_config.get("debug"):
    raise RuntimeError("debug is on (an environment variable sets it): production never serves debug mode")
