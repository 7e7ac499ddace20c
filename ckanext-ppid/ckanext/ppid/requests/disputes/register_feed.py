"""Decisions that open information feed the register: the exempted items a refusal rested on are opened.

When the Atasan PPID overturns a refusal and orders the information given (``law.objections`` decisions
with ``opens_information``), or the Komisi Informasi or a court orders it given (``law.disputes`` results
with ``opens_information``), the exemption of every item the request's written notice named
(``notice.register_items``, UU 14/2008 Ps 19, 22(7)(c)) is lifted: its status becomes :data:`OPENED`
(UU 14/2008 Ps 11(2), 18(1)(g)) and its files become public (``register.core.restriction``).

The change goes through ``package_patch``, the register's own path, so the search index follows and the
register's audit events (``register.item.update``, ``register.exemption.status``) are written; an event of its
own names the decision it rests on. The unit holding each item is told by mail (``register.notices``, the
notices committed with the new status), as when an exemption ends. It runs as a background job after the
decision is stored: the decision is a fact that happened outside the portal and is recorded whatever the
register's state, and a failed opening shows as a failed job that can be retried (an item already opened
is left alone).
"""

from __future__ import annotations

import datetime as dt
import logging
import zoneinfo

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.audit import log as audit_log
from ckanext.ppid.notifications import outbox
from ckanext.ppid.register import notices as register_notices
from ckanext.ppid.register.core.restriction import DATASET_TYPE, is_restricted
from ckanext.ppid.requests import cases
from ckanext.ppid.requests.model.dispute import Dispute
from ckanext.ppid.requests.model.information_request import InformationRequest
from ckanext.ppid.shell import settings
from ckanext.ppid.shell.site_context import site_context

log = logging.getLogger(__name__)

OPENED = "dibuka_putusan"
OBJECTION, DISPUTE = "keberatan", "sengketa"


def enqueue(case: InformationRequest, source: str, source_id: str, reference: str) -> None:
    """Queue the opening of the items ``case``'s notice named, by the decision ``reference`` of ``source``
    (:data:`OBJECTION` or :data:`DISPUTE`) ``source_id``."""
    tk.enqueue_job(
        open_items,
        [case.id, source, source_id, reference],
        title=f"ppid register opened by {source} decision {reference}",
    )


def _withheld_item(ref: str) -> model.Package | None:
    """The register item named ``ref`` if its exemption still withholds it; None otherwise."""
    package = model.Package.get(ref)
    if package is None or package.state != "active" or package.type != DATASET_TYPE:
        log.warning("Register item %s named in a notice is gone: nothing to open", ref)
        return None
    return package if is_restricted({**(package.extras or {}), "type": package.type}) else None


def open_items(request_id: str, source: str, source_id: str, reference: str) -> list[str]:
    """Background job: open the exempted items the request's notice named; returns the ids opened."""
    case = model.Session.get(InformationRequest, request_id)
    notice = cases.notice_from_json(case.notice) if case is not None else None
    if notice is None:
        log.warning("Request %s has no written notice naming register items: nothing to open", request_id)
        return []
    context = site_context()
    opened = []
    for ref in notice.register_items:
        package = _withheld_item(ref)
        if package is None:
            continue
        details = {
            "reference": reference,
            "source": source,
            "source_id": source_id,
            "registration_number": case.registration_number,
            "status_after": OPENED,
        }
        today = dt.datetime.now(zoneinfo.ZoneInfo(settings.timezone())).date()
        item = {"id": package.id, "name": package.name, "owner_org": package.owner_org}
        try:
            # Join the patch's transaction: written with the new status, or not at all.
            audit_log.record(
                "register.exemption.opened_by_decision", "dataset", package.id, package.owner_org, details
            )
            notices = register_notices.add_notice(item, OPENED, today)
            tk.get_action("package_patch")(dict(context), {"id": package.id, "status_pengecualian": OPENED})
        except Exception:
            model.Session.rollback()
            raise
        opened.append(package.id)
        log.info("Register item %s opened by %s decision %s", package.name, source, reference)
        outbox.enqueue(notices)
    if source == DISPUTE and opened:
        dispute = model.Session.get(Dispute, source_id)
        if dispute is not None and dispute.opened_item_id is None:
            dispute.opened_item_id = opened[0]
            model.Session.commit()
    return opened
