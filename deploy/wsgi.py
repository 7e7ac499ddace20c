"""WSGI entry point for production (uWSGI/gunicorn): the CKAN wheel does not ship one.

The configuration file comes from CKAN_INI (default /etc/ckan/ppid/ckan.ini).
"""

import os

from ckan.cli import CKANConfigLoader
from ckan.config.middleware import make_app

config = CKANConfigLoader(os.environ.get("CKAN_INI", "/etc/ckan/ppid/ckan.ini")).get_config()
application = make_app(config)
