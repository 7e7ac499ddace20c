"""Actions on objections (keberatan) to the Atasan PPID, UU 14/2008 Ps 35-36: grounds, filing, the register,
the Atasan's decision, and what follows it.

Every state change goes through ``transitions`` (the core decides, refusals are 4xx with the law's
reason) and is committed with whatever belongs to it (the register number, the decision letter's number);
mail, the letter's PDF and the register's opening follow as background jobs.
"""

from __future__ import annotations

import datetime as dt
import zoneinfo
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.audit import log
from ckanext.ppid.law import objections
from ckanext.ppid.law.markers import N_
from ckanext.ppid.notifications import outbox
from ckanext.ppid.requests import access as request_access
from ckanext.ppid.requests import cases, private_files, transitions
from ckanext.ppid.requests import schema as request_schema
from ckanext.ppid.requests.actions import record_personal_read
from ckanext.ppid.requests.auth import case_of
from ckanext.ppid.requests.core import clock, objection_grounds, states
from ckanext.ppid.requests.core.machine import APPLICANT, ATASAN, SYSTEM, Transition
from ckanext.ppid.requests.core.objection_transitions import OBJECTION_TRANSITIONS
from ckanext.ppid.requests.disputes import register_feed
from ckanext.ppid.requests.filing.store import clock_settings, due_date_changes
from ckanext.ppid.requests.model.event import RequestEvent
from ckanext.ppid.requests.model.information_request import InformationRequest
from ckanext.ppid.requests.model.objection import Objection
from ckanext.ppid.requests.objections import decision_letter, decision_received, dicts
from ckanext.ppid.requests.objections import mail as objection_mail
from ckanext.ppid.requests.objections import numbers as objection_letters
from ckanext.ppid.requests.objections.auth import NOT_ACTING, objection_of, user_of
from ckanext.ppid.shell import settings
from ckanext.ppid.shell.parameters import validated
from ckanext.ppid.units import access

MISSING_STATEMENT = N_("Describe the case: what you asked, what happened and why you object.")
BAD_MOMENT = N_("Give a date as YYYY-MM-DD, with the time as HH:MM if known.")
FUTURE_MOMENT = N_("The date cannot be in the future.")
TOO_EARLY = N_("The date cannot be before {day}.")
NOT_DECIDED = N_("The Atasan PPID has not decided on this objection yet.")
LETTER_NOT_READY = N_("The decision letter is being prepared; try again in a moment.")
UNKNOWN_STATUS = N_("Unknown status")
MAX_LIMIT = 100
# A date given without its time: the middle of the office's morning, when it counts as received that day.
DEFAULT_TIME = dt.time(10, 0)


def _user(context: dict[str, Any]) -> model.User:
    user = user_of(context)
    if user is None:
        raise tk.NotAuthorized(tk._("Log in to object."))
    return user


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def moment(data_dict: dict[str, Any], field: str, earliest: dt.date | None, now: dt.datetime) -> dt.datetime:
    """The moment given in ``field`` (``YYYY-MM-DD``, optionally ``HH:MM``, in the body's time zone), or now.

    A day without a time is taken at 10:00; today without a time is now. ValidationError when it cannot be
    read, lies in the future or before ``earliest``.
    """
    raw = data_dict.get(field)
    if raw in (None, ""):
        return now
    zone = zoneinfo.ZoneInfo(settings.timezone())
    text = raw.strip().replace("T", " ") if isinstance(raw, str) else ""
    try:
        if len(text) == 10:
            day = dt.date.fromisoformat(text)
            local = now.astimezone(zone) if day == now.astimezone(zone).date() else None
            local = local or dt.datetime.combine(day, DEFAULT_TIME, zone)
        else:
            local = dt.datetime.fromisoformat(text)
            local = local if local.tzinfo else local.replace(tzinfo=zone)
    except ValueError:
        raise tk.ValidationError({field: [tk._(BAD_MOMENT)]}) from None
    if local > now:
        raise tk.ValidationError({field: [tk._(FUTURE_MOMENT)]})
    if earliest is not None and local.astimezone(zone).date() < earliest:
        raise tk.ValidationError({field: [tk._(TOO_EARLY).format(day=earliest.isoformat())]})
    return local.astimezone(dt.timezone.utc)


def acting_role(user: Any, case: InformationRequest, machine: tuple[Transition, ...], code: str) -> str:
    """The role in which ``user`` takes ``code``: the first of their roles on the case it allows, else their
    role on the case (the core then refuses with the roles it is for)."""
    roles = request_access.objection_roles(user, case)
    if not roles:
        raise tk.NotAuthorized(tk._(NOT_ACTING))
    allowed = next((entry.roles for entry in machine if entry.code == code), frozenset())
    return next((role for role in roles if role in allowed), roles[0])


def _site_user() -> model.User:
    """The system, which registers objections (role ``sistem``); created before the change's transaction."""
    return model.User.get(tk.get_action("get_site_user")({"ignore_auth": True}, {})["name"])


def _codes(value: Any) -> list[str]:
    """Ground codes from a list, or one text with codes separated by commas."""
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list | tuple):
        return []
    return [code.strip() for code in value if isinstance(code, str) and code.strip()]


def _text(data_dict: dict[str, Any], name: str) -> str:
    value = data_dict.get(name)
    return value.strip() if isinstance(value, str) else ""


@tk.side_effect_free
@validated(request_schema.objection_grounds)
def ppid_objection_grounds(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """The grounds of UU 14/2008 Ps 35(1) as they stand on a request today, and whether the caller may object.

    Each ground says whether it applies (``state``: ``terbuka`` open, ``belum_berlaku`` not yet,
    ``lewat_waktu`` its 30 working days passed, ``sudah_diajukan`` already raised), why, and until when one
    may object on it, with that due date explained. Ground c (not answered) opens only once the notice
    deadline passed.

    :param request_id: the request's id
    :type request_id: string

    :returns: ``request_id``, ``registration_number``, ``grounds`` (all seven, in the law's order),
        ``available`` (the open grounds' codes), ``may_object`` and ``role`` (the caller's role on the
        request: ``pemohon``, a staff role, ``atasan_ppid``, or null)
    :rtype: dictionary
    """
    tk.check_access("ppid_objection_grounds", context, data_dict)
    case = case_of({"id": data_dict.get("request_id")})
    user = user_of(context)
    role = request_access.role_on(user, case)
    grounds = dicts.grounds_today(case, to_applicant=role == APPLICANT)
    return {
        "request_id": case.id,
        "registration_number": case.registration_number,
        "grounds": grounds,
        "available": [entry["code"] for entry in grounds if entry["available"]],
        "may_object": dicts.may_object(user, case, grounds),
        "role": role,
    }


@tk.side_effect_free
@validated(request_schema.case_id)
def ppid_request_objections(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """What a request's page shows of its objections: each objection with its dispute and the steps the
    caller may take, the grounds of UU 14/2008 Ps 35(1) as they stand today, whether the caller may object
    now, and the caller's role on the request. No personal data.

    :param id: the request's id
    :type id: string

    :returns: ``entries`` (the objections, as ``ppid_objection_show`` gives them), ``grounds``,
        ``may_object`` and ``role`` (``pemohon``, a staff role, ``atasan_ppid``, or null)
    :rtype: dictionary
    """
    tk.check_access("ppid_request_objections", context, data_dict)
    case = case_of(data_dict)
    user = user_of(context)
    role = request_access.role_on(user, case)
    return {**dicts.for_case(case, user, to_applicant=role == APPLICANT), "role": role}


@validated(request_schema.objection_create)
def ppid_objection_create(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """Object to the Atasan PPID (keberatan, UU 14/2008 Ps 35-36).

    The applicant objects on the web; the desk staff of the request's unit (or the PPID Utama's) record an
    objection that came on paper, giving when it was received. Only the grounds open today may be raised
    (see ``ppid_objection_grounds``), within 30 working days of discovering them. The objection is registered
    at once with a number of the objection register; the Atasan PPID and the applicant are mailed.

    :param request_id: the request objected to
    :type request_id: string
    :param grounds: the Ps 35(1) ground codes, e.g. ``["c_tidak_ditanggapi"]`` (or one text, comma-separated)
    :type grounds: list of strings
    :param statement: the case as the applicant states it (kasus posisi)
    :type statement: string
    :param received_at: staff only: when the objection came, ``YYYY-MM-DD HH:MM`` in the body's time zone
        (default: now)
    :type received_at: string

    :returns: the objection, with its ``number`` and its explained ``clock``
    :rtype: dictionary
    """
    tk.check_access("ppid_objection_create", context, data_dict)
    user = _user(context)
    case = case_of({"id": data_dict.get("request_id")})
    role = request_access.role_on(user, case)
    now = _now()
    received_at = now if role == APPLICANT else moment(data_dict, "received_at", case.received_day, now)
    statement = _text(data_dict, "statement")
    errors = {} if statement else {"statement": [tk._(MISSING_STATEMENT)]}
    system = _site_user()
    params = {"grounds": _codes(data_dict.get("grounds")), "statement": statement}
    try:
        try:
            taken = transitions.on_request(case, "ajukan_keberatan", user, role, params, received_at)
        except tk.ValidationError as refused:
            grounds = _why_not(case, params["grounds"], received_at) or refused.error_dict.get("grounds")
            found = {**errors, **refused.error_dict, **({"grounds": grounds} if grounds else {})}
            raise tk.ValidationError(found) from refused
        if errors:
            raise tk.ValidationError(errors)
        objection = taken.opened
        number = objection_letters.take(objection_letters.OBJECTION, case, clock_settings().local_day(now))
        objection.year, objection.sequence = number.year, number.sequence
        transitions.on_objection(objection, "registrasi", system, SYSTEM, {"number": number.number}, now)
        mails = objection_mail.add_filed(objection)
        model.Session.commit()
    except BaseException:
        model.Session.rollback()
        raise
    outbox.enqueue(mails)
    return dicts.objection_dict(objection, user)


def _why_not(case: InformationRequest, codes: list[str], at: dt.datetime) -> list[str]:
    """For each ground asked for that does not apply at ``at``, its letter, label and the reason why."""
    body_clock = clock_settings()
    statuses = objection_grounds.ground_statuses(
        cases.request_case(case), body_clock, body_clock.local_day(at)
    )
    return [
        f"{entry['letter']}. {entry['label']}: {entry['reason']}"
        for entry in map(dicts.ground_status_dict, statuses)
        if entry["code"] in codes and not entry["available"]
    ]


@tk.side_effect_free
@validated(request_schema.case_id)
def ppid_objection_show(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """An objection: its number, grounds and statement, the Atasan PPID's due date explained day by day, the
    decision, the dispute, and the steps the caller may take now. No personal data.

    :param id: the objection's id
    :type id: string

    :rtype: dictionary
    """
    tk.check_access("ppid_objection_show", context, data_dict)
    return dicts.objection_dict(objection_of(data_dict), user_of(context))


@tk.side_effect_free
@validated(request_schema.case_id)
def ppid_objection_letter_show(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """The Atasan PPID's decision letter on an objection, for the page that serves it: where it is stored and
    how it is sent. It names the applicant: only those who may read their personal data get it, and the
    hand-out is recorded in the audit log first.

    :param id: the objection's id
    :type id: string

    :returns: ``storage`` and ``stored_name`` (where ``requests.private_files`` keeps it; no URL serves a
        stored name), ``content_type``, ``download_name`` and ``attachment``
    :rtype: dictionary
    """
    tk.check_access("ppid_objection_letter_show", context, data_dict)
    objection = objection_of(data_dict)
    if not private_files.exists(decision_letter.KIND, objection.decision_file):
        raise tk.ObjectNotFound(tk._(LETTER_NOT_READY))
    details = {"objection": objection.number, "decision_number": objection.decision_number}
    record_personal_read(objection.request, user_of(context), "objection.decision_letter.read", details)
    download = f"putusan-keberatan-{objection.id}.pdf"
    return private_files.handed_out(
        decision_letter.KIND, objection.decision_file, "application/pdf", download
    )


@tk.side_effect_free
@validated(request_schema.case_id)
def ppid_objection_letter_status(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """Whether the decision letter's PDF is ready, for the objection page's script that waits for it.

    Nothing personal is said, so the read is not recorded in the audit log; only those who may download
    the letter may ask.

    :param id: the objection's id
    :type id: string

    :returns: ``decision``: true when ready, false while being built, null when no letter was issued
    :rtype: dictionary
    """
    tk.check_access("ppid_objection_letter_status", context, data_dict)
    objection = objection_of(data_dict)
    return {"decision": bool(objection.decision_file) if objection.decision_number else None}


def page(data_dict: dict[str, Any]) -> tuple[int, int]:
    """``limit`` (default 50, at most ``MAX_LIMIT``) and ``offset``, as the schema checked them."""
    return min(data_dict.get("limit", 50), MAX_LIMIT), data_dict.get("offset", 0)


def _identity(objection: Objection, user: Any) -> dict[str, Any] | None:
    """Column c of the register for a reader allowed to see it, the read recorded first (UU 27/2022 Ps 31)."""
    case = objection.request
    if user is None or not request_access.may_see_personal_data(user, case):
        return None
    details = {"fields": ["name", "proxy_name"], "objection": objection.number}
    record_personal_read(case, user, "objection.register.personal_data.read", details)
    applicant = case.applicant
    return {"name": applicant.name, "proxy_name": applicant.proxy_name}


@tk.side_effect_free
@validated(request_schema.objection_list)
def ppid_objection_list(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """The objection register (register keberatan, docs/law.md), newest first.

    Staff, the Atasan PPID and the Komisi Informasi assessor see every column but the applicant's identity,
    which only those who may read the applicant's personal data get (each read recorded). Everyone else sees
    the public register (docs/personal-data.md): numbers, dates, the applicant's type, grounds, decision, the
    Atasan PPID, the applicant's reaction; not the identity, the information requested or its purpose.

    :param year: the year of registration (optional)
    :type year: int
    :param status: an objection status, e.g. ``diregistrasi`` or ``ditanggapi`` (optional)
    :type status: string
    :param limit: how many (default 50, at most 100)
    :type limit: int
    :param offset: how many to skip (default 0)
    :type offset: int

    :returns: ``count``, ``public`` (whether the public columns only) and ``results``
    :rtype: dictionary
    """
    tk.check_access("ppid_objection_list", context, data_dict)
    limit, offset = page(data_dict)
    query = model.Session.query(Objection).filter(Objection.number.isnot(None))
    if data_dict.get("year") is not None:
        query = query.filter(Objection.year == data_dict["year"])
    status = data_dict.get("status")
    if status:
        if status not in {entry.code for entry in states.OBJECTION_STATUSES}:
            raise tk.ValidationError({"status": [tk._(UNKNOWN_STATUS)]})
        query = query.filter(Objection.status == status)
    user = user_of(context)
    public = not (
        user is not None and (request_access.is_staff_anywhere(user) or access.reads_whole_register(user))
    )
    found = query.order_by(Objection.year.desc(), Objection.sequence.desc()).limit(limit).offset(offset).all()
    rows = [dicts.register_row(objection, _identity(objection, user), public) for objection in found]
    return {"count": query.count(), "public": public, "results": rows}


@validated(request_schema.objection_decide)
def ppid_objection_decide(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """The Atasan PPID's decision on an objection (UU 14/2008 Ps 36), within 30 working days.

    Upholding the PPID's decision needs written reasons (Ps 36(3)); settling by deliberation is only for
    grounds b-g (Ps 35(2)). The decision gets a letter number at once; the numbered letter (PDF) is built in
    the background and the applicant is mailed. A decision ordering the information given opens the
    exempted-register items the refusal rested on (``register_feed``).

    :param id: the objection's id
    :type id: string
    :param decision: ``menguatkan``, ``membatalkan_perintah_memberikan``, ``memerintahkan_kewajiban`` or
        ``musyawarah_selesai``
    :type decision: string
    :param reasons: the written reasons (required when upholding)
    :type reasons: string

    :returns: the objection, with its ``decision_number``
    :rtype: dictionary
    """
    # Its auth function holds sysadmins to the rule too: only the Atasan PPID decides (UU 14/2008 Ps 36).
    tk.check_access("ppid_objection_decide", context, data_dict)
    user = _user(context)
    objection = objection_of(data_dict)
    now = _now()
    params = {"decision": _text(data_dict, "decision"), "reasons": _text(data_dict, "reasons")}
    try:
        transitions.on_objection(objection, "tanggapi", user, ATASAN, params, now)
        objection.decided_by = user.id
        number = objection_letters.take(
            objection_letters.DECISION, objection.request, clock_settings().local_day(now)
        )
        objection.decision_number = number.number
        mails = objection_mail.add_decided(objection)
        model.Session.commit()
    except BaseException:
        model.Session.rollback()
        raise
    # The letter first: a worker that takes the mail next finds it built.
    decision_letter.enqueue(objection)
    outbox.enqueue(mails)
    if objections.decision(objection.decision).opens_information:
        register_feed.enqueue(
            objection.request, register_feed.OBJECTION, objection.id, objection.decision_number
        )
    return dicts.objection_dict(objection, user)


@validated(request_schema.objection_decision_received)
def ppid_objection_decision_received(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """Record when the applicant received the Atasan PPID's decision (a letter by post, handed over).

    The 14 working days to take the dispute to the Komisi Informasi count from that day (UU 14/2008 Ps 37(2));
    until it is recorded they count from the day of the decision.

    :param id: the objection's id
    :type id: string
    :param received_at: when the applicant received it, ``YYYY-MM-DD`` (optionally ``HH:MM``; default now)
    :type received_at: string

    :returns: the objection, with the dispute window moved
    :rtype: dictionary
    """
    tk.check_access("ppid_objection_decision_received", context, data_dict)
    user = _user(context)
    objection = objection_of(data_dict)
    case = objection.request
    if objection.decided_at is None or objection.status != "ditanggapi":
        raise tk.ValidationError({"message": [tk._(NOT_DECIDED)]})
    body_clock = clock_settings()
    received_at = moment(data_dict, "received_at", body_clock.local_day(objection.decided_at), _now())
    role = acting_role(user, case, OBJECTION_TRANSITIONS, "terima_tanggapan")
    try:
        _record_decision_received(objection, received_at, user, role)
        model.Session.commit()
    except BaseException:
        model.Session.rollback()
        raise
    return dicts.objection_dict(objection, user)


def _record_decision_received(objection: Objection, received_at: dt.datetime, user: Any, role: str) -> None:
    """A fact, not a transition of the core: stored with its history entry, due dates and audit event."""
    body_clock = clock_settings()
    before = objection.decision_received_at
    objection.decision_received_at = received_at
    old = {key: dt.date.fromisoformat(day) for key, day in (objection.due_dates or {}).items()}
    due = transitions.objection_due(objection, body_clock, body_clock.local_day(_now()))
    objection.due_dates = {key: entry.due.isoformat() for key, entry in due.items()}
    first = clock.next_open(due, "atasan_ppid")
    objection.next_due = first.due if first else None
    params = {"received_at": received_at.isoformat(), "before": before.isoformat() if before else None}
    model.Session.add(
        RequestEvent(
            request_id=objection.request_id,
            machine=transitions.OBJECTION,
            subject_id=objection.id,
            occurred_at=_now(),
            actor_id=user.id,
            actor_role=role,
            transition=decision_received.CODE,
            status_before=objection.status,
            status_after=objection.status,
            params=params,
            due_date_changes=due_date_changes(clock.changes(old, due)),
        )
    )
    log.record(
        f"{transitions.OBJECTION}.{decision_received.CODE}",
        "objection",
        objection.id,
        unit=objection.request.current_unit_id,
        details={"number": objection.number, "role": role, **params},
        actor=user,
    )


def _step(context: dict[str, Any], data_dict: dict[str, Any], action: str, code: str, params: dict) -> dict:
    tk.check_access(action, context, data_dict)
    user = _user(context)
    objection = objection_of(data_dict)
    role = acting_role(user, objection.request, OBJECTION_TRANSITIONS, code)
    try:
        transitions.on_objection(objection, code, user, role, params, _now())
        model.Session.commit()
    except BaseException:
        model.Session.rollback()
        raise
    return dicts.objection_dict(objection, user)


@validated(request_schema.reasons)
def ppid_objection_withdraw(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """Withdraw an objection before the Atasan PPID decides (the applicant, or staff recording it).

    :param id: the objection's id
    :type id: string
    :param reasons: staff only: how the applicant's withdrawal was received
    :type reasons: string

    :rtype: dictionary
    """
    params = {"reasons": _text(data_dict, "reasons")}
    return _step(context, data_dict, "ppid_objection_withdraw", "cabut", params)


@validated(request_schema.case_id)
def ppid_objection_accept(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """The applicant accepts the Atasan PPID's decision (UU 14/2008 Ps 37(1)): the objection is closed.

    :param id: the objection's id
    :type id: string

    :rtype: dictionary
    """
    return _step(context, data_dict, "ppid_objection_accept", "terima_tanggapan", {})


ACTIONS = {
    "ppid_objection_grounds": ppid_objection_grounds,
    "ppid_request_objections": ppid_request_objections,
    "ppid_objection_letter_show": ppid_objection_letter_show,
    "ppid_objection_letter_status": ppid_objection_letter_status,
    "ppid_objection_create": ppid_objection_create,
    "ppid_objection_show": ppid_objection_show,
    "ppid_objection_list": ppid_objection_list,
    "ppid_objection_decide": ppid_objection_decide,
    "ppid_objection_decision_received": ppid_objection_decision_received,
    "ppid_objection_withdraw": ppid_objection_withdraw,
    "ppid_objection_accept": ppid_objection_accept,
}
