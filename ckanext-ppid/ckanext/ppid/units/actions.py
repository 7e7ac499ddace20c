"""Actions on the PPID units for the pages: the list of units their forms and filters offer.

CKAN's ``organization_list`` gives at most 25 organizations with their titles
(``ckan.group_and_organization_list_all_fields_max``); a body has more units than that.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.shell import schema
from ckanext.ppid.shell.auth_answers import anyone
from ckanext.ppid.shell.parameters import validated


def unit_dicts(only: Iterable[str] | None = None) -> list[dict[str, str]]:
    """The active units (of the ids ``only``, if given), by title: ``id``, ``name`` and ``title``."""
    group = model.Group
    query = model.Session.query(group.id, group.name, group.title).filter(
        group.is_organization.is_(True), group.state == "active"
    )
    if only is not None:
        query = query.filter(group.id.in_(sorted(only)))
    return [{"id": id_, "name": name, "title": title} for id_, name, title in query.order_by(group.title)]


@tk.side_effect_free
@validated(schema.nothing)
def ppid_unit_list(context: dict[str, Any], data_dict: dict[str, Any]) -> list[dict[str, str]]:
    """Every active PPID unit (organization), ordered by title: the choices of the pages' unit filters and
    forms. For anyone.

    :returns: ``id``, ``name`` and ``title`` of each (the title may be empty)
    :rtype: list of dictionaries
    """
    tk.check_access("ppid_unit_list", context, data_dict)
    return unit_dicts()


ACTIONS = {"ppid_unit_list": ppid_unit_list}
AUTH = {"ppid_unit_list": anyone}
