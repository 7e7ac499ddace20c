"""Apply the demo content through CKAN actions: create what is missing, leave what exists alone.

An object counts as existing when its name is taken in any state, so a second run creates nothing twice,
and what a person edited, deleted or re-assigned since (a title, a membership role, a removed dataset)
stays as they left it. The one exception completes rather than changes: an organization made by an older
demo gets the PPID unit fields it has no value for. Lookups read the model; every write goes through an
action, as the web UI's would.
"""

from __future__ import annotations

import datetime as dt
import logging
import zoneinfo
from collections.abc import Callable
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model, plugins
from ckan.model.system_info import get_system_info

from ckanext.ppid.demo import budget, payloads, requests
from ckanext.ppid.demo.content import default_content, missing_periodic_items
from ckanext.ppid.demo.report import Report
from ckanext.ppid.demo.spec import KIND_PPID_UTAMA, ROLE_PPID, ROLE_STAFF, Content, Staff, Unit
from ckanext.ppid.demo.staff import DEFAULT_PASSWORD

log = logging.getLogger(__name__)


def load(password: str = DEFAULT_PASSWORD, content: Content | None = None) -> Report:
    """Create the demo's users, organizations, memberships, groups, datasets, register items, roles,
    site texts, (with the ``ppid_budget`` plugin) budget datasets with their files and (with the
    ``ppid_requests`` plugin) information requests if missing, and give
    organizations of an older demo the PPID unit fields they lack.

    :param password: the password of the accounts this run creates (existing ones keep theirs)
    :param content: what to load; the fictional Kabupaten Lembah Hijau by default
    :returns: what was created, completed and what already existed
    """
    content = content or default_content()
    site_user = tk.get_action("get_site_user")({"ignore_auth": True}, {})["name"]
    # Register dates count back from today in the Pemda's time zone.
    today = dt.datetime.now(zoneinfo.ZoneInfo(content.time_zone)).date()
    report = Report(title=f"Demo data: {content.body} ({len(content.units)} PPID units)")
    _load_users(content, report, site_user, password)
    memberships_before = {staff: _membership(staff) for staff in content.staff}
    _load_organizations(content, report, site_user)
    _load_memberships(memberships_before, report, site_user)
    _load_groups(content, report, site_user)
    _load_datasets(content, report, site_user)
    _load_register(content, report, site_user, today)
    _load_roles(content, report, site_user)
    _load_site_settings(content, report, site_user)
    if plugins.plugin_loaded("ppid_budget"):
        # Budget datasets with their files, several years and phases; the job worker imports the files.
        budget.load_budgets(report, content, today, lambda unit: _publisher(content, unit, site_user))
    if plugins.plugin_loaded("ppid_requests"):
        # Cases of every status, dated back from now on the body's working-day calendar.
        requests.load_requests(report, site_user, password, dt.datetime.now(dt.timezone.utc))
    report.missing_periodic = missing_periodic_items(content)
    return report


def _load_users(content: Content, report: Report, site_user: str, password: str) -> None:
    """Staff accounts and those of outsiders; every login is listed in the report, new or not."""
    for staff in content.staff:
        create = _action("user_create", site_user, payloads.user_data(content, staff, password))
        _ensure(report, "users", model.User.get(staff.name), create)
        report.logins.append((staff.name, staff.role, content.unit(staff.unit).title))
    roles = {holder.name: holder.role for holder in content.role_holders}
    for outsider in content.outsiders:
        create = _action("user_create", site_user, payloads.outsider_data(outsider, password))
        _ensure(report, "users", model.User.get(outsider.name), create)
        report.logins.append((outsider.name, roles.get(outsider.name, ""), outsider.position))


def _load_organizations(content: Content, report: Report, site_user: str) -> None:
    """One organization per PPID unit; an active one an older demo made without the unit fields gets
    them."""
    for unit in content.units:
        found = model.Group.get(unit.name)
        if found is not None:
            active = found.state == "active"
            missing = payloads.missing_unit_fields(content, unit, found.extras or {}) if active else {}
            if missing:
                _action("organization_patch", site_user, {"id": found.id, **missing})()
            report.count("organizations", created=False, updated=bool(missing))
            continue
        # CKAN makes the creating user an admin of the new organization: the unit's PPID creates it.
        creator = _unit_user(content, unit, (ROLE_PPID,)) or site_user
        _action("organization_create", creator, payloads.organization_data(content, unit))()
        report.count("organizations", created=True)


def _load_memberships(before: dict[Staff, model.Member | None], report: Report, site_user: str) -> None:
    """Each staff member's role in their unit, unless they had any membership there before."""
    for staff, found in before.items():
        # The organization's creator is its admin already: create what is still missing, but count
        # against what existed before the run.
        if found is None and _membership(staff) is None:
            data = {"id": staff.unit, "username": staff.name, "role": staff.role}
            _action("organization_member_create", site_user, data)()
        report.count("memberships", created=found is None)


def _load_groups(content: Content, report: Report, site_user: str) -> None:
    """The thematic groups."""
    curator = _curator(content) or site_user
    for theme in content.themes:
        create = _action("group_create", curator, payloads.group_data(theme))
        _ensure(report, "groups", model.Group.get(theme.name), create)


def _load_datasets(content: Content, report: Report, site_user: str) -> None:
    """The datasets with their resources, tags and groups."""
    for spec in content.datasets:
        found = model.Package.get(payloads.slugify(spec.title))
        publisher = _publisher(content, content.unit(spec.unit), site_user)
        create = _action("package_create", publisher, payloads.dataset_data(content, spec))
        _ensure(report, "datasets", found, create)


def _load_register(content: Content, report: Report, site_user: str, today: dt.date) -> None:
    """The items of every unit's information register (datasets of type ``informasi-publik``)."""
    for item in content.register:
        found = model.Package.get(payloads.slugify(item.title))
        publisher = _publisher(content, content.unit(item.unit), site_user)
        create = _action("package_create", publisher, payloads.register_item_data(content, item, today))
        _ensure(report, "register items", found, create)


def _load_roles(content: Content, report: Report, site_user: str) -> None:
    """The Atasan PPID and assessor roles, granted by a sysadmin as the decrees say."""
    for holder in content.role_holders:
        held = _action("ppid_role_list", site_user, {"role": holder.role})()
        found = next((assignment for assignment in held if assignment["user"] == holder.name), None)
        grant = _action("ppid_role_grant", site_user, payloads.role_grant_data(holder))
        _ensure(report, "roles", found, grant)


def _load_site_settings(content: Content, report: Report, site_user: str) -> None:
    """Site texts no sysadmin has set yet."""
    for key, value in payloads.site_settings(content).items():
        create = _action("config_option_update", site_user, {key: value})
        _ensure(report, "site settings", get_system_info(key), create)


def _ensure(report: Report, kind: str, found: Any, create: Callable[[], Any]) -> None:
    """Create the object unless ``found``; count it either way."""
    if found is None:
        create()
    report.count(kind, created=found is None)


def _action(name: str, user: str, data: dict[str, Any]) -> Callable[[], Any]:
    """A deferred call of action ``name`` as ``user``, with authorization skipped (the CLI is trusted)."""

    def call() -> Any:
        log.debug("demo: %s %s", name, data.get("name") or data.get("id") or "")
        return tk.get_action(name)({"user": user, "ignore_auth": True}, dict(data))

    return call


def _membership(staff: Staff) -> model.Member | None:
    """The staff member's membership row in their unit in any state or role, if there is one."""
    organization = model.Group.get(staff.unit)
    user = model.User.get(staff.name)
    if organization is None or user is None:
        return None
    return (
        model.Session.query(model.Member)
        .filter(model.Member.group_id == organization.id)
        .filter(model.Member.table_name == "user")
        .filter(model.Member.table_id == user.id)
        .first()
    )


def _publisher(content: Content, unit: Unit, site_user: str) -> str:
    """Who publishes the unit's datasets: its staff (or its PPID), as on a real portal."""
    return _unit_user(content, unit, (ROLE_STAFF, ROLE_PPID)) or site_user


def _unit_user(content: Content, unit: Unit, roles: tuple[str, ...]) -> str | None:
    """The first staff account of ``unit`` with one of ``roles`` (earlier roles preferred) that exists."""
    for role in roles:
        for staff in content.staff:
            if staff.unit == unit.name and staff.role == role and model.User.get(staff.name) is not None:
                return staff.name
    return None


def _curator(content: Content) -> str | None:
    """The PPID Utama's PPID, who curates the thematic groups."""
    for unit in content.units:
        if unit.kind == KIND_PPID_UTAMA:
            return _unit_user(content, unit, (ROLE_PPID,))
    return None
