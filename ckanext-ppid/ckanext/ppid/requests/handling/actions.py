"""Actions of the staff's handling of an information request, and the applicant's withdrawal.

Each action checks who asks (``auth``), locks the case row, reads its parameters
(``requests.handling.validation``), and takes the machine's transition through ``requests.transitions`` (which
stores the core's decision, the due dates, the history entry and the audit event). A letter that goes with the
change (written notice, referral, extension notice) takes its number in the same transaction
(``requests.letters.issue.issue``); then the change is committed, and only then are the letter's PDF and the
applicant's e-mail queued as background jobs. A refusal (by the machine, with the law's reason, or of a
parameter) is a ValidationError and leaves the case as it was.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterator
from typing import Any

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.notifications import outbox
from ckanext.ppid.requests import access, dicts, schema
from ckanext.ppid.requests import transitions as case_transitions
from ckanext.ppid.requests.auth import case_of
from ckanext.ppid.requests.cases import request_case
from ckanext.ppid.requests.core import transitions
from ckanext.ppid.requests.core.machine import TransitionRefused
from ckanext.ppid.requests.filing.store import clock_settings
from ckanext.ppid.requests.handling import auth, deliveries, notice_mail, notice_received, validation
from ckanext.ppid.requests.letters import issue as request_letters
from ckanext.ppid.requests.model.information_request import InformationRequest
from ckanext.ppid.shell.auth_answers import user_of
from ckanext.ppid.shell.parameters import validated

Params = dict[str, Any]


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def _user(context: dict[str, Any]) -> model.User:
    user = user_of(context)
    if user is None:
        raise tk.NotAuthorized(tk._("Log in to handle requests."))
    return user


def _locked(data_dict: dict[str, Any]) -> InformationRequest:
    """The case, its row locked until the change commits (two officers cannot answer it twice)."""
    case = case_of(data_dict)
    return (
        model.Session.query(InformationRequest)
        .filter(InformationRequest.id == case.id)
        .with_for_update()
        .populate_existing()
        .one()
    )


def _role(user: model.User, case: InformationRequest, staff_only: bool = True) -> str:
    role = access.staff_role(user, access.case_units(case)) if staff_only else access.role_on(user, case)
    if role is None:
        raise tk.NotAuthorized(tk._(auth.NOT_STAFF if staff_only else auth.NOT_PARTY))
    return role


def _offered(case: InformationRequest, code: str, role: str, at: dt.datetime) -> None:
    """Refuse, with the law's reason, a transition the role may not take now, before its form is read."""
    try:
        transitions.apply(request_case(case), code, role, {}, at, clock_settings())
    except TransitionRefused as refused:
        if not refused.problems:  # parameters are read and checked afterwards
            raise case_transitions.refusal(refused) from refused


@contextlib.contextmanager
def _changing(
    context: dict[str, Any],
    data_dict: dict[str, Any],
    staff_only: bool = True,
    undo: Callable[[], None] | None = None,
) -> Iterator[tuple[model.User, InformationRequest, str, dt.datetime]]:
    """The user, the locked case, the user's role on it and the moment, for a change made in the block.

    The change is committed when the block ends; when anything in it fails it is rolled back, and ``undo``
    reverts what the block did outside the database.
    """
    user = _user(context)
    case = _locked(data_dict)
    at = _now()
    try:
        yield user, case, _role(user, case, staff_only), at
        model.Session.commit()
    except BaseException:
        model.Session.rollback()
        if undo is not None:
            undo()
        raise


def _take(
    context: dict[str, Any],
    data_dict: dict[str, Any],
    code: str,
    params: Callable[[InformationRequest], Params] | Params,
    letter: str | None = None,
    staff_only: bool = True,
    undo: Callable[[], None] | None = None,
) -> dict[str, Any]:
    """Take transition ``code`` on the case, with its letter and the applicant's mail about it, commit, then
    queue the letter's and the mail's jobs.

    ``params`` may be a function of the locked case, called once the transition is known to be offered;
    ``undo`` reverts what it did outside the database when the change is not committed.
    """
    mails: list[int] = []
    with _changing(context, data_dict, staff_only, undo) as (user, case, role, at):
        _offered(case, code, role, at)
        given = params(case) if callable(params) else params
        case_transitions.on_request(case, code, user, role, given, at)
        if letter:
            request_letters.issue(case, letter, at)
            mails = notice_mail.add(case, letter, at)
    if letter:
        # The letter first: a worker that takes the mail next finds it built.
        request_letters.enqueue(case, letter)
        outbox.enqueue(mails)
    return dicts.case_dict(case, with_personal_data=False)


@tk.side_effect_free
@validated(schema.case_id)
def ppid_request_transitions(context: dict[str, Any], data_dict: dict[str, Any]) -> list[dict[str, str]]:
    """What the calling user may do on a request now: the transitions their role may take in its status.

    Parameters are not checked here (the action taking the transition does). Empty for a user with no role
    on the case (the Atasan PPID, the assessor).

    :param id: the request's id
    :type id: string

    :returns: ``code``, translated ``label`` and ``legal_basis`` of each
    :rtype: list of dictionaries
    """
    tk.check_access("ppid_request_transitions", context, data_dict)
    case = case_of(data_dict)
    role = access.role_on(user_of(context), case)
    if role is None:
        return []
    offered = transitions.available(request_case(case), role, _now(), clock_settings())
    shown = [
        {"code": entry.code, "label": tk._(entry.label), "legal_basis": tk._(entry.legal_basis)}
        for entry in offered
    ]
    if role != access.APPLICANT and notice_received.blocked(case) is None:
        shown.append(
            {
                "code": notice_received.CODE,
                "label": tk._(notice_received.LABEL),
                "legal_basis": notice_received.LEGAL_BASIS,
            }
        )
    return shown


def _plain(name: str, code: str, summary: str) -> Callable[[dict[str, Any], dict[str, Any]], dict[str, Any]]:
    """The action ``name`` that takes the transition ``code`` with no parameters but the request's id."""

    def action(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
        tk.check_access(name, context, data_dict)
        return _take(context, data_dict, code, {})

    action.__name__ = action.__qualname__ = name
    action.__doc__ = (
        f"{summary}\n\n    :param id: the request's id\n    :type id: string\n\n"
        "    :returns: the request (without personal data)\n    :rtype: dictionary\n    "
    )
    return validated(schema.case_id)(action)


ppid_request_verify = _plain(
    "ppid_request_verify",
    "verifikasi",
    "Start checking the applicant's identity and eligibility (UU 14/2008 Ps 1 angka 12).",
)


ppid_request_process = _plain(
    "ppid_request_process", "proses", "Start processing the request (PPID Pelaksana or PPID Utama)."
)


@validated(schema.request_forward)
def ppid_request_forward(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """Forward the request to another unit's PPID Pelaksana; it moves to that unit's queue (PPID Utama only).

    The clock keeps running: the due dates count from the day the request was received.

    :param id: the request's id
    :type id: string
    :param unit: the unit to forward it to (organization name or id)
    :type unit: string

    :returns: the request (without personal data)
    :rtype: dictionary
    """
    tk.check_access("ppid_request_forward", context, data_dict)

    def params(case: InformationRequest) -> Params:
        unit = validation.unit(data_dict)
        return {"unit": unit.id if unit else ""}

    return _take(context, data_dict, "teruskan", params)


@validated(schema.reasons)
def ppid_request_extend(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """Extend the time to answer once, by 7 working days, with written reasons (UU 14/2008 Ps 22(8)).

    Decided by the notice deadline. Issues a numbered extension notice (PDF, built in the background)
    and e-mails the applicant when they gave an address.

    :param id: the request's id
    :type id: string
    :param reasons: the written reasons for the extension
    :type reasons: string

    :returns: the request (without personal data)
    :rtype: dictionary
    """
    tk.check_access("ppid_request_extend", context, data_dict)
    reasons = validation.text(data_dict, "reasons")
    return _take(context, data_dict, "perpanjang", {"reasons": reasons}, request_letters.EXTENSION)


@validated(schema.request_notice_send)
def ppid_request_notice_send(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """Send the written notice answering the request (UU 14/2008 Ps 22(7) a-g).

    The notice must state every item its outcome needs (``law.requests.OUTCOMES``); a refusal, whole or
    in part, names the Pasal 17 grounds and the exempted-register items it rests on, which must exist and
    be exempted in force. Issues a numbered written notice (PDF, built in the background) and e-mails the
    applicant when they gave an address.

    :param id: the request's id
    :type id: string
    :param outcome: ``dikabulkan_seluruhnya``, ``dikabulkan_sebagian``, ``ditolak_dikecualikan``,
        ``tidak_dikuasai``, ``belum_didokumentasikan``, ``tidak_memenuhi_syarat`` or ``sudah_diumumkan``
    :type outcome: string
    :param held: (a) whether the body holds the information (true/false, ya/tidak)
    :type held: boolean
    :param holder: (b) the public body that holds it, when known
    :type holder: string
    :param reasons: (c) the reasons for the answer
    :type reasons: string
    :param exemption_grounds: (c) Pasal 17 ground codes, e.g. ``17.h.2`` (list, or text separated by commas)
    :type exemption_grounds: list of strings
    :param register_items: (c) ids or names of the exempted-register items (list, or text separated by commas)
    :type register_items: list of strings
    :param material: (d) the information to be given
    :type material: string
    :param redactions: (e) what was blacked out, and why
    :type redactions: string
    :param delivery_method: (f) a ``cara_pengiriman`` code (``email``, ``unduh_portal``, ...)
    :type delivery_method: string
    :param copy_format: (f) ``softcopy`` or ``hardcopy``; empty when the information is seen on site
    :type copy_format: string
    :param costs: (g) the costs in Rupiah, 0 when free
    :type costs: int
    :param payment_method: (g) how to pay, when there are costs
    :type payment_method: string
    :param documentation_due: for ``belum_didokumentasikan``: the date by which it will be documented
    :type documentation_due: string (YYYY-MM-DD)
    :param published_at: for ``sudah_diumumkan``: where the information is published
    :type published_at: string

    :returns: the request (without personal data)
    :rtype: dictionary
    """
    tk.check_access("ppid_request_notice_send", context, data_dict)

    def params(case: InformationRequest) -> Params:
        outcome, written = validation.written_notice(data_dict, context)
        return {"outcome": outcome, "notice": written}

    return _take(context, data_dict, "kirim_pemberitahuan", params, request_letters.NOTICE)


@validated(schema.request_refer)
def ppid_request_refer(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """Answer that the body does not hold the information and name the body that does (Ps 22(7)(a)(b)).

    A referral is a written notice with the outcome ``tidak_dikuasai``: it is numbered as one (PDF, built
    in the background) and e-mailed to the applicant when they gave an address.

    :param id: the request's id
    :type id: string
    :param holder: the public body that holds the information
    :type holder: string
    :param reasons: why it is referred (optional)
    :type reasons: string

    :returns: the request (without personal data)
    :rtype: dictionary
    """
    tk.check_access("ppid_request_refer", context, data_dict)
    params = {
        "holder": validation.text(data_dict, "holder"),
        "reasons": validation.text(data_dict, "reasons"),
    }
    return _take(context, data_dict, "rujuk", params, request_letters.NOTICE)


@validated(schema.request_notice_received)
def ppid_request_notice_received(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """Record the day the applicant received a written notice sent by post or courier.

    The objection window (UU 14/2008 Ps 36(1)) counts from that day; without it, from the day the notice
    was sent. Recorded once.

    :param id: the request's id
    :type id: string
    :param received_on: the day the applicant received the notice
    :type received_on: string (YYYY-MM-DD)

    :returns: the request (without personal data)
    :rtype: dictionary
    """
    tk.check_access("ppid_request_notice_received", context, data_dict)
    with _changing(context, data_dict) as (user, case, role, at):
        blocked = notice_received.blocked(case)
        if blocked is not None:
            raise case_transitions.refusal(TransitionRefused.because(blocked))
        problems: list = []
        day = validation.day(data_dict, "received_on", problems)
        problem = None if problems else notice_received.day_problem(case, day, clock_settings().local_day(at))
        if problems or problem:
            raise validation.invalid(problems or [problem])
        notice_received.record(case, day, user, role, at)
    return dicts.case_dict(case, with_personal_data=False)


@validated(schema.request_deliver)
def ppid_request_deliver(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """Hand over granted information and close the request (UU 14/2008 Ps 22(7)(d)(f)).

    Files are checked by their content, limited in size and kept privately: only the applicant and the
    staff handling the request download them. Register items are linked only when public; an exempted
    (withheld) item is refused.

    :param id: the request's id
    :type id: string
    :param files: the files handed over (uploads)
    :type files: file upload or list of file uploads
    :param items: ids or names of public register items (list, or text separated by commas)
    :type items: list of strings

    :returns: the request (without personal data)
    :rtype: dictionary
    """
    tk.check_access("ppid_request_deliver", context, data_dict)
    added: list = []

    def params(case: InformationRequest) -> Params:
        files, file_problems = deliveries.check_files(validation.uploads(data_dict.get("files")))
        items, item_problems = deliveries.check_items(validation.listed(data_dict.get("items")))
        if file_problems or item_problems:
            raise validation.invalid(file_problems + item_problems)
        added.extend(deliveries.add(case, files, items, _user(context)))
        return {"items": deliveries.described(added)}

    return _take(context, data_dict, "serahkan_informasi", params, undo=lambda: deliveries.discard(added))


ppid_request_close = _plain(
    "ppid_request_close",
    "tutup",
    "Close a request answered without information to hand over (granted requests close on delivery).",
)


@validated(schema.reasons)
def ppid_request_withdraw(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """Withdraw a request not yet answered: by the applicant, or recorded by staff with how it came.

    :param id: the request's id
    :type id: string
    :param reasons: staff: how the applicant's withdrawal was received (letter, e-mail, at the desk)
    :type reasons: string

    :returns: the request (without personal data)
    :rtype: dictionary
    """
    tk.check_access("ppid_request_withdraw", context, data_dict)
    reasons = validation.text(data_dict, "reasons")
    return _take(context, data_dict, "batalkan", {"reasons": reasons}, staff_only=False)


@tk.side_effect_free
@validated(schema.case_id)
def ppid_request_letters_status(context: dict[str, Any], data_dict: dict[str, Any]) -> dict[str, Any]:
    """Which of a request's generated PDFs are ready: the receipt, the written notice, the extension notice.

    Nothing personal is said (whether each file exists; ``None`` for a letter not issued), so the read is
    not recorded in the audit log: the case page's script asks it every few seconds until its PDF is built.
    Only the applicant and the staff handling the case may ask (those who may download the files).

    :param id: the request's id
    :type id: string

    :returns: ``receipt``, ``notice``, ``extension``: true when ready, false while being built, null when
        the case has no such letter
    :rtype: dictionary
    """
    tk.check_access("ppid_request_letters_status", context, data_dict)
    case = case_of(data_dict)
    return {
        "receipt": bool(case.receipt_file),
        "notice": request_letters.is_ready(case, request_letters.NOTICE) if case.notice_number else None,
        "extension": request_letters.is_ready(case, request_letters.EXTENSION)
        if case.extension_number
        else None,
    }


ACTIONS = {
    "ppid_request_letters_status": ppid_request_letters_status,
    "ppid_request_transitions": ppid_request_transitions,
    "ppid_request_verify": ppid_request_verify,
    "ppid_request_process": ppid_request_process,
    "ppid_request_forward": ppid_request_forward,
    "ppid_request_extend": ppid_request_extend,
    "ppid_request_notice_send": ppid_request_notice_send,
    "ppid_request_refer": ppid_request_refer,
    "ppid_request_notice_received": ppid_request_notice_received,
    "ppid_request_deliver": ppid_request_deliver,
    "ppid_request_close": ppid_request_close,
    "ppid_request_withdraw": ppid_request_withdraw,
}
