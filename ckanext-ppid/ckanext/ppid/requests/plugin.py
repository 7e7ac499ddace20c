"""The ``ppid_requests`` plugin: information requests, filed on the web or recorded by staff.

It builds on ``ppid`` (units, roles, calendar, audit log, translations) and must be listed after it. Its
tables come with ``ppid``'s migrations. Settings are checked at start-up: a registration-number format
that cannot be read back, or a receipt secret too short to sign with, stops CKAN from starting.
"""

from __future__ import annotations

import ckan.plugins as p
import ckan.plugins.toolkit as tk
from ckan.exceptions import CkanConfigurationException

from ckanext.ppid.cli import ppid
from ckanext.ppid.notifications import actions as notification_actions
from ckanext.ppid.notifications import auth as notification_auth
from ckanext.ppid.notifications.views import notification_pages
from ckanext.ppid.requests import actions as request_actions
from ckanext.ppid.requests import audit_labels, file_actions, recompute
from ckanext.ppid.requests import auth as request_auth
from ckanext.ppid.requests import cli as request_cli
from ckanext.ppid.requests.core import receipt_token, registration_number
from ckanext.ppid.requests.disputes import actions as dispute_actions
from ckanext.ppid.requests.disputes import auth as dispute_auth
from ckanext.ppid.requests.file_pages import request_file_pages
from ckanext.ppid.requests.filing import guest_actions, rate_limit
from ckanext.ppid.requests.handling import actions as handling_actions
from ckanext.ppid.requests.handling import auth as handling_auth
from ckanext.ppid.requests.handling.views import request_handling_pages
from ckanext.ppid.requests.lists import actions as queue_actions
from ckanext.ppid.requests.lists import auth as queue_auth
from ckanext.ppid.requests.lists.views import request_queue_pages
from ckanext.ppid.requests.objections import actions as objection_actions
from ckanext.ppid.requests.objections import auth as objection_auth
from ckanext.ppid.requests.objections.views import objection_pages
from ckanext.ppid.requests.views import request_pages
from ckanext.ppid.shell import settings

# Every number the body issues, with its format's setting: checked at start-up.
NUMBER_FORMATS = {
    "ckanext.ppid.requests.number_format": settings.request_number_format,
    "ckanext.ppid.requests.notice_number_format": settings.notice_number_format,
    "ckanext.ppid.requests.extension_number_format": settings.extension_number_format,
    "ckanext.ppid.objections.number_format": settings.objection_number_format,
    "ckanext.ppid.objections.decision_number_format": settings.objection_decision_number_format,
}
ACTION_MODULES = (
    request_actions,
    guest_actions,
    file_actions,
    handling_actions,
    queue_actions,
    objection_actions,
    dispute_actions,
    notification_actions,
)
AUTH_MODULES = (
    request_auth,
    guest_actions,
    file_actions,
    handling_auth,
    queue_auth,
    objection_auth,
    dispute_auth,
    notification_auth,
)


def _actions() -> dict:
    return {name: action for module in ACTION_MODULES for name, action in module.ACTIONS.items()}


def _auth_functions() -> dict:
    return {name: auth for module in AUTH_MODULES for name, auth in module.AUTH.items()}


@tk.blanket.actions(_actions)
@tk.blanket.helpers(audit_labels.HELPERS)
@tk.blanket.auth_functions(_auth_functions)
@tk.blanket.blueprints(
    [
        request_pages,
        request_file_pages,
        request_handling_pages,
        request_queue_pages,
        objection_pages,
        notification_pages,
    ]
)
class PpidRequestsPlugin(p.SingletonPlugin):
    """Information requests (permohonan informasi) under UU 14/2008 Ps 21-22."""

    p.implements(p.IConfigurer)
    p.implements(p.IConfigurable)
    p.implements(p.IMiddleware, inherit=True)
    p.implements(p.ISignal)
    p.implements(p.IClick)

    # IConfigurer
    def update_config(self, config):
        # The case page's script (assets/requests/webassets.yml); the templates are ppid's.
        tk.add_resource("../assets/requests", "ppid_requests")

    # IConfigurable
    def configure(self, config):
        if not p.plugin_loaded("ppid"):
            raise CkanConfigurationException("ppid_requests needs the ppid plugin: list it in ckan.plugins")
        for key, template in NUMBER_FORMATS.items():
            problems = registration_number.problems(template())
            if problems:
                message = str(problems[0])
                raise CkanConfigurationException(f"{key}: {message}")
        if tk.config.get("ckanext.ppid.requests.receipt_secret") and any(
            len(secret) < receipt_token.MIN_SECRET_BYTES for secret in settings.receipt_secrets()
        ):
            raise CkanConfigurationException(
                f"ckanext.ppid.requests.receipt_secret (and previous secrets) need at least "
                f"{receipt_token.MIN_SECRET_BYTES} characters"
            )

    # IMiddleware
    def make_middleware(self, app, config):
        app.before_request(rate_limit.guard_api)
        return app

    # ISignal
    def get_signal_subscriptions(self):
        return {tk.signals.ckanext.signal("ppid_calendar_changed"): [recompute.recompute_open_requests]}

    # IClick
    def get_commands(self):
        # ``ckan ppid requests``: a group of the ``ppid`` plugin's ``ckan ppid``, which CKAN registers.
        ppid.add_command(request_cli.requests)
        return []
