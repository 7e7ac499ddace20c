"""The ``ppid`` plugin; each capability is its own plugin (README, "Plugins"; docs/architecture.md)."""

from __future__ import annotations

from typing import Any

import ckan.plugins as p
import ckan.plugins.toolkit as tk
from ckan.lib.plugins import DefaultPermissionLabels, DefaultTranslation

from ckanext.ppid.accounts import actions as account_actions
from ckanext.ppid.accounts import helpers as account_helpers
from ckanext.ppid.accounts import sign_up, web_edge
from ckanext.ppid.accounts.views import account_pages
from ckanext.ppid.audit import action_labels, detail_labels, membership, register_events, withheld_reads
from ckanext.ppid.audit import actions as audit_actions
from ckanext.ppid.audit import auth as audit_auth
from ckanext.ppid.audit.views import audit_pages
from ckanext.ppid.calendar import actions as calendar_actions
from ckanext.ppid.calendar import auth as calendar_auth
from ckanext.ppid.calendar import deadline_actions
from ckanext.ppid.calendar.views import calendar_pages
from ckanext.ppid.home import front_page
from ckanext.ppid.home.views import home_pages
from ckanext.ppid.law import deadlines
from ckanext.ppid.law.markers import N_
from ckanext.ppid.register import actions as register_actions
from ckanext.ppid.register import auth, choices, data_tables, facet_labels, page_cells, validators, withheld
from ckanext.ppid.register.core.restriction import DATASET_TYPE
from ckanext.ppid.register.document_pages import register_document_pages
from ckanext.ppid.register.import_pages import register_import_pages
from ckanext.ppid.register.views import register_pages
from ckanext.ppid.security import (
    activity_guards,
    core_action_guards,
    core_auth,
    csrf_guard,
    headers,
    input_guard,
    logic_errors,
    login_throttle,
    parameter_guard,
    script_nonce,
    table_preview_input,
    transaction_cleanup,
    user_privacy,
)
from ckanext.ppid.shell import body, messages, numbers, page_dates, pagination, type_names, uploads
from ckanext.ppid.units import access, hierarchy, role_actions
from ckanext.ppid.units import actions as unit_actions
from ckanext.ppid.units import auth as unit_auth
from ckanext.ppid.units import validators as unit_validators


def _actions() -> dict:
    actions = {
        **register_actions.ACTIONS,
        **calendar_actions.ACTIONS,
        **deadline_actions.ACTIONS,
        **role_actions.ACTIONS,
        **unit_actions.ACTIONS,
        **audit_actions.ACTIONS,
        **register_events.ACTIONS,
        **withheld_reads.ACTIONS,
        **sign_up.ACTIONS,
        **account_actions.ACTIONS,
        "package_search": withheld.package_search,
        "current_package_list_with_resources": withheld.current_package_list_with_resources,
        "resource_search": withheld.resource_search,
    }
    actions.update(core_action_guards.actions())
    if p.plugin_loaded("activity"):
        actions.update(withheld.activity_actions())
    return actions


def _auth_functions() -> dict:
    return {
        **auth.AUTH_FUNCTIONS,
        **calendar_auth.AUTH_FUNCTIONS,
        **deadline_actions.AUTH_FUNCTIONS,
        **register_actions.AUTH,
        **role_actions.AUTH,
        **unit_actions.AUTH,
        **audit_auth.AUTH,
        **user_privacy.AUTH,
        **unit_auth.AUTH,
        **core_auth.AUTH,
        **account_actions.AUTH,
        **(activity_guards.auth_functions() if p.plugin_loaded("activity") else {}),
    }


@tk.blanket.cli
@tk.blanket.config_declarations
@tk.blanket.actions(_actions)
@tk.blanket.auth_functions(_auth_functions)
@tk.blanket.helpers(
    {
        **choices.HELPERS,
        **action_labels.HELPERS,
        **detail_labels.HELPERS,
        **page_cells.HELPERS,
        **page_dates.HELPERS,
        **numbers.HELPERS,
        **account_helpers.HELPERS,
        **body.HELPERS,
        **script_nonce.HELPERS,
        "ppid_front_page": front_page.front_page,
        "ppid_pager_symbols": pagination.ppid_pager_symbols,
        # The days of a legal deadline by its code, so that pages and e-mails state what law.deadlines says.
        "ppid_deadline_days": deadlines.days,
        "humanize_entity_type": type_names.namer(
            {DATASET_TYPE: (N_("Public Information Item"), N_("Public Information Items"))}
        ),
    }
)
@tk.blanket.validators({**validators.VALIDATORS, **unit_validators.VALIDATORS})
@tk.blanket.blueprints(
    [
        register_pages,
        register_import_pages,
        register_document_pages,
        calendar_pages,
        audit_pages,
        home_pages,
        account_pages,
    ]
)
class PpidPlugin(DefaultTranslation, DefaultPermissionLabels, p.SingletonPlugin):
    """The PPID portal: PPID units, the information register and its access rules, Indonesian first."""

    p.implements(p.IConfigurer)
    p.implements(p.ITranslation)
    p.implements(p.IPermissionLabels)
    p.implements(p.IPackageController, inherit=True)
    p.implements(p.IResourceController, inherit=True)
    p.implements(p.IOrganizationController, inherit=True)
    p.implements(p.IFacets, inherit=True)
    p.implements(p.IMiddleware, inherit=True)
    p.implements(p.IAuthenticator, inherit=True)
    p.implements(p.ISignal)

    # IConfigurer
    def update_config(self, config):
        tk.add_template_directory(config, "templates")
        tk.add_public_directory(config, "public")
        # One name for the body everywhere: the pages' title is the PPID of the body the letters name.
        config["ckan.site_title"] = body.site_title(config)
        membership.listen()

    # IPermissionLabels
    def get_dataset_labels(self, dataset_obj):
        labels = super().get_dataset_labels(dataset_obj)
        if dataset_obj.type == DATASET_TYPE:
            labels.append(access.REGISTER_REVIEW_LABEL)
        return labels

    def get_user_dataset_labels(self, user_obj):
        labels = super().get_user_dataset_labels(user_obj)
        if user_obj is not None and access.reads_whole_register(user_obj):
            labels.append(access.REGISTER_REVIEW_LABEL)
        return labels

    # IPackageController
    def before_dataset_index(self, pkg_dict: dict[str, Any]) -> dict[str, Any]:
        return withheld.guard_index_document(pkg_dict)

    def after_dataset_search(self, search_results, search_params):
        return facet_labels.name_facet_values(search_results)

    def after_dataset_show(self, context, pkg_dict):
        withheld.guard_shown(context, pkg_dict)
        withheld_reads.item_read(context, pkg_dict)
        return pkg_dict

    def after_dataset_create(self, context, pkg_dict):
        register_events.item_created(context, pkg_dict)

    def after_dataset_update(self, context, pkg_dict):
        register_events.item_updated(context, pkg_dict)

    def after_dataset_delete(self, context, pkg_dict):
        register_events.item_deleted(context, pkg_dict)

    # IResourceController
    def before_resource_create(self, context, resource):
        self._check_upload(resource)
        data_tables.note_upload(context, resource)

    def before_resource_update(self, context, current, resource):
        self._check_upload(resource)
        data_tables.note_upload(context, resource)

    def after_resource_create(self, context, resource):
        data_tables.queue(context, resource)

    def after_resource_update(self, context, resource):
        data_tables.queue(context, resource)

    @staticmethod
    def _check_upload(resource: dict[str, Any]) -> None:
        try:
            uploads.check_upload(resource)
        except uploads.UploadRefused as refused:
            raise tk.ValidationError({"upload": [messages.text(refused.problem)]}) from refused

    # IOrganizationController
    def create(self, entity):
        hierarchy.sync_parent(entity)

    def edit(self, entity):
        hierarchy.sync_parent(entity)

    # IMiddleware
    def make_middleware(self, app, config):
        if hasattr(app, "view_functions"):  # the Flask application
            csrf_guard.install(app)
            headers.install(app)
            user_privacy.install(app)
            input_guard.install(app)
            parameter_guard.install(app)
            logic_errors.install(app)
            transaction_cleanup.install(app)
            web_edge.install(app)
            table_preview_input.install(app)
        return app

    # IAuthenticator
    def login(self):
        return login_throttle.refuse_when_locked() or web_edge.refuse_unverified()

    # ISignal
    def get_signal_subscriptions(self):
        return {
            tk.signals.failed_login: [login_throttle.count_failure],
            tk.signals.user_logged_in: [login_throttle.clear_on_login],
            tk.signals.perform_password_reset: [login_throttle.clear_on_password_reset],
        }

    # IFacets
    def dataset_facets(self, facets_dict, package_type):
        if package_type != DATASET_TYPE:
            return facets_dict
        return {
            "kategori": tk._("Category"),
            "organization": tk._("PPID Unit"),
            "tahun": tk._("Year"),
            "item_berkala": tk._("Periodic Item"),
            "tags": tk._("Tags"),
            "res_format": tk._("Formats"),
        }
