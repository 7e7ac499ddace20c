"""Actions on information disputes (sengketa, UU 14/2008 Ps 37-50): recording that the applicant took the
dispute to the Komisi Informasi, its stages and its result, and reading them.

The portal does not run the proceedings; it records them for the applicant, the body and the annual report.
A result ordering the information given opens the exempted-register items the refusal rested on
(``register_feed``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.law import disputes
from ckanext.ppid.law.markers import N_
from ckanext.ppid.requests import access, schema, transitions
from ckanext.ppid.requests.core import states
from ckanext.ppid.requests.core.dispute_transitions import DISPUTE_TRANSITIONS
from ckanext.ppid.requests.core.objection_transitions import OBJECTION_TRANSITIONS
from ckanext.ppid.requests.disputes import register_feed
from ckanext.ppid.requests.disputes.auth import dispute_of
from ckanext.ppid.requests.filing.store import clock_settings
from ckanext.ppid.requests.model.dispute import Dispute
from ckanext.ppid.requests.objections import dicts
from ckanext.ppid.requests.objections.actions import acting_role, moment, page
from ckanext.ppid.requests.objections.auth import objection_of, user_of
from ckanext.ppid.shell.parameters import validated

MISSING_TRANSITION = N_("Choose the stage to record.")
UNKNOWN_STATUS = N_("Unknown status")


def _text(data_dict: dict[str, Any], name: str) -> str:
    value = data_dict.get(name)
    return value.strip() if isinstance(value, str) else ""


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


@validated(schema.dispute_create)
def ppid_dispute_create(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """Record that the dispute was taken to the Komisi Informasi (UU 14/2008 Ps 37).

    Allowed within 14 working days of the applicant receiving the Atasan PPID's decision, or of the Atasan's
    deadline passing without one (Perki 1/2013 practice); refused outside that window with its date.

    :param objection_id: the objection the dispute follows
    :type objection_id: string
    :param forum: ``ki_pusat``, ``ki_provinsi`` or ``ki_kabupaten_kota``
    :type forum: string
    :param case_number: the Commission's registration number of the dispute (optional; add it later with
        ``ppid_dispute_update``)
    :type case_number: string
    :param filed_on: the day the application reached the Commission, ``YYYY-MM-DD`` (default today)
    :type filed_on: string

    :returns: the dispute
    :rtype: dictionary
    """
    tk.check_access("ppid_dispute_create", context, data_dict)
    user = user_of(context)
    objection = objection_of({"id": data_dict.get("objection_id")})
    case = objection.request
    role = acting_role(user, case, OBJECTION_TRANSITIONS, "ajukan_sengketa")
    earliest = clock_settings().local_day(objection.received_at)
    filed_at = moment(data_dict, "filed_on", earliest, _now())
    params = {"forum": _text(data_dict, "forum")}
    try:
        dispute = transitions.on_objection(objection, "ajukan_sengketa", user, role, params, filed_at).opened
        dispute.case_number = _text(data_dict, "case_number")
        model.Session.commit()
    except BaseException:
        model.Session.rollback()
        raise
    return dicts.dispute_dict(dispute, access.objection_roles(user, case))


@tk.side_effect_free
@validated(schema.case_id)
def ppid_dispute_show(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """A dispute: forum, the Commission's case number, stage, result, and the stages the caller may record.

    :param id: the dispute's id
    :type id: string

    :rtype: dictionary
    """
    tk.check_access("ppid_dispute_show", context, data_dict)
    dispute = dispute_of(data_dict)
    roles = access.objection_roles(user_of(context), dispute.objection.request)
    return dicts.dispute_dict(dispute, roles)


@validated(schema.dispute_update)
def ppid_dispute_update(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """Record a stage of the dispute (``law.disputes.STAGES``), by the transition leading to it.

    ``mulai_mediasi`` (grounds b-g only, Ps 40(2)), ``mulai_ajudikasi`` (after failed mediation, or at once
    for a refusal on exemption, Ps 42), ``catat_kesepakatan`` (mediated agreement, final, Ps 39),
    ``catat_putusan`` (a decision with its ``result``, Ps 46, 49, 50), ``ajukan_gugatan`` (to the PTUN or PN,
    Ps 47-48, with ``court``), ``ajukan_kasasi`` (Ps 50), ``tetapkan_final``, ``cabut`` (withdrawal). A result
    ordering the information given opens the register items the refusal rested on.

    :param id: the dispute's id
    :type id: string
    :param transition: the step to record (see above)
    :type transition: string
    :param result: for ``catat_putusan``: ``dibuka_seluruhnya``, ``dibuka_sebagian``, ``penolakan_dikuatkan``,
        ``perintah_kewajiban`` or ``tidak_diterima``
    :type result: string
    :param court: for ``ajukan_gugatan``: ``ptun`` or ``pn``
    :type court: string
    :param decision_reference: the number of the decision or agreement recorded (optional)
    :type decision_reference: string
    :param case_number: the Commission's registration number, if it came later (optional)
    :type case_number: string

    :returns: the dispute
    :rtype: dictionary
    """
    tk.check_access("ppid_dispute_update", context, data_dict)
    user = user_of(context)
    dispute = dispute_of(data_dict)
    case = dispute.objection.request
    code = _text(data_dict, "transition")
    if not code:
        raise tk.ValidationError({"transition": [tk._(MISSING_TRANSITION)]})
    role = acting_role(user, case, DISPUTE_TRANSITIONS, code)
    params = {name: _text(data_dict, name) for name in ("result", "court") if _text(data_dict, name)}
    try:
        transitions.on_dispute(dispute, code, user, role, params, _now())
        for name in ("decision_reference", "case_number"):
            if _text(data_dict, name):
                setattr(dispute, name, _text(data_dict, name))
        model.Session.commit()
    except BaseException:
        model.Session.rollback()
        raise
    if code == "catat_putusan" and disputes.result(dispute.result).opens_information:
        reference = dispute.decision_reference or dispute.case_number or dispute.id
        register_feed.enqueue(case, register_feed.DISPUTE, dispute.id, reference)
    return dicts.dispute_dict(dispute, access.objection_roles(user, case))


@tk.side_effect_free
@validated(schema.dispute_list)
def ppid_dispute_list(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """The disputes recorded, newest first, with their objection and request numbers. No personal data.

    :param status: a stage, e.g. ``mediasi`` (optional)
    :type status: string
    :param limit: how many (default 50, at most 100)
    :type limit: int
    :param offset: how many to skip (default 0)
    :type offset: int

    :returns: ``count`` and ``results``
    :rtype: dictionary
    """
    tk.check_access("ppid_dispute_list", context, data_dict)
    limit, offset = page(data_dict)
    query = model.Session.query(Dispute)
    status = data_dict.get("status")
    if status:
        if status not in {entry.code for entry in states.DISPUTE_STATUSES}:
            raise tk.ValidationError({"status": [tk._(UNKNOWN_STATUS)]})
        query = query.filter(Dispute.status == status)
    found = query.order_by(Dispute.filed_at.desc()).limit(limit).offset(offset).all()
    results = [
        {
            **dicts.dispute_dict(dispute),
            "objection_number": dispute.objection.number,
            "registration_number": dispute.objection.request.registration_number,
        }
        for dispute in found
    ]
    return {"count": query.count(), "results": results}


ACTIONS = {
    "ppid_dispute_create": ppid_dispute_create,
    "ppid_dispute_show": ppid_dispute_show,
    "ppid_dispute_update": ppid_dispute_update,
    "ppid_dispute_list": ppid_dispute_list,
}
