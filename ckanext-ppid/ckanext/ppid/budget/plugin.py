"""The ``ppid_budget`` plugin: budget datasets per OPD, the import of their files into the normalised table
and the DataStore, plan versus actual through the API and the budget pages (``budget.views``).

It builds on ``ppid`` (translations, settings, the register its datasets join), ``scheming_datasets``
(the ``anggaran`` dataset type, ``schemas/anggaran.yaml``) and ``datastore`` (the Data API); CKAN refuses to
start without them. Its tables come with ``ppid``'s migrations.
"""

from __future__ import annotations

from typing import Any

import ckan.plugins as p
import ckan.plugins.toolkit as tk
from ckan import model
from ckan.exceptions import CkanConfigurationException
from werkzeug.datastructures import FileStorage

from ckanext.ppid.budget import (
    actions,
    auth,
    choices,
    formatting,
    import_job,
    lines,
    register_item,
    search_twins,
    validation,
)
from ckanext.ppid.budget import dataset as budget_dataset
from ckanext.ppid.budget import files as budget_files
from ckanext.ppid.budget.model.imports import BudgetImport
from ckanext.ppid.budget.views import budget_pages
from ckanext.ppid.law.markers import N_
from ckanext.ppid.shell import messages, type_names
from ckanext.ppid.shell.auth_answers import user_of

REQUIRED_PLUGINS = ("ppid", "scheming_datasets", "datastore")


def _budget_package(id_or_name: Any) -> model.Package | None:
    package = model.Package.get(str(id_or_name or ""))
    return package if package is not None and package.type == budget_dataset.DATASET_TYPE else None


@tk.blanket.actions(actions.ACTIONS)
@tk.blanket.auth_functions(auth.AUTH)
@tk.blanket.helpers(
    {
        **choices.HELPERS,
        **formatting.HELPERS,
        "ppid_budget_register_item": search_twins.ppid_budget_register_item,
        "humanize_entity_type": type_names.namer(
            {budget_dataset.DATASET_TYPE: (N_("Budget"), N_("Budgets"))}
        ),
    }
)
@tk.blanket.validators({"ppid_budget_dataset": validation.ppid_budget_dataset})
@tk.blanket.blueprints([budget_pages])
class PpidBudgetPlugin(p.SingletonPlugin):
    """Budget use per OPD (PP 12/2019 Ps 214): budget datasets, their import, plan versus actual."""

    p.implements(p.IConfigurer)
    p.implements(p.IConfigurable)
    p.implements(p.IPackageController, inherit=True)
    p.implements(p.IResourceController, inherit=True)

    # IConfigurer
    def update_config(self, config):
        # The budget pages' charts and styles (assets/webassets.yml); their templates are ppid's.
        tk.add_resource("../assets", "ppid_budget")

    # IConfigurable
    def configure(self, config):
        missing = [name for name in REQUIRED_PLUGINS if not p.plugin_loaded(name)]
        if missing:
            raise CkanConfigurationException(
                f"ppid_budget needs the plugins {', '.join(missing)}: list them in ckan.plugins"
            )

    # IPackageController
    def before_dataset_index(self, pkg_dict):
        return search_twins.mark(pkg_dict)

    def before_dataset_search(self, search_params):
        return search_twins.hide(search_params)

    def after_dataset_create(self, context, pkg_dict):
        if _budget_package(pkg_dict.get("id")) is not None:
            register_item.on_created(pkg_dict["id"])

    def after_dataset_update(self, context, pkg_dict):
        package = _budget_package(pkg_dict.get("id") or pkg_dict.get("name"))
        if package is not None:
            lines.move_to_organization(package.id, package.owner_org)
            register_item.schedule(package.id)

    def after_dataset_delete(self, context, pkg_dict):
        package = _budget_package(pkg_dict.get("id"))
        if package is not None:
            register_item.schedule(package.id)

    # IResourceController
    def before_resource_create(self, context, resource):
        self._check_size(resource)

    def before_resource_update(self, context, current, resource):
        self._check_size(resource)

    def after_resource_create(self, context, resource):
        self._queue_if_new_file(context, resource)

    def after_resource_update(self, context, resource):
        self._queue_if_new_file(context, resource)

    def after_resource_delete(self, context, resources):
        package = context.get("package")
        if package is None or package.type != budget_dataset.DATASET_TYPE:
            return
        gone = [resource.id for resource in package.resources_all if resource.state == "deleted"]
        lines.delete_lines(gone)
        model.Session.query(BudgetImport).filter(BudgetImport.resource_id.in_(gone)).delete()

    @staticmethod
    def _check_size(resource: dict[str, Any]) -> None:
        upload = resource.get("upload")
        if not isinstance(upload, FileStorage) or not upload.filename:
            return
        if _budget_package(resource.get("package_id")) is None or not budget_files.is_importable_name(
            upload.filename
        ):
            return
        upload.stream.seek(0, 2)
        size = upload.stream.tell()
        upload.stream.seek(0)
        try:
            budget_files.check_size(size)
        except budget_files.FileRefused as refused:
            raise tk.ValidationError({"upload": [messages.text(refused.problem)]}) from refused

    @staticmethod
    def _queue_if_new_file(context: dict[str, Any], resource: dict[str, Any]) -> None:
        if _budget_package(resource.get("package_id")) is None or not import_job.needs_import(resource):
            return
        user = user_of(context)
        import_job.queue_import(resource, user.id if user else None)
