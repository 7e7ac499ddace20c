"""What a request's letters say, in the site's language: the written notice and the extension notice.

The written notice states what UU 14/2008 Ps 22(7) a-g requires for its outcome (``law.requests``): whether
the body holds the information, who holds it, the answer and its reasons, for refusals the Pasal 17 grounds
with their labels and the exempted-register items, the information to be given, what was blacked out, the
medium and format, and the costs; then the applicant's right to object. The extension notice gives the
written reasons (Ps 22(8)) and the new due date, explained. Call inside ``mail.site_language()``.
"""

from __future__ import annotations

import zoneinfo
from pathlib import Path

import ckan.plugins.toolkit as tk
from ckan import model

from ckanext.ppid.documents.dates import Locale, format_date
from ckanext.ppid.documents.letter_pdf import Letter, Section
from ckanext.ppid.documents.letterhead import Line
from ckanext.ppid.law import deadlines, exemptions
from ckanext.ppid.law import requests as law_requests
from ckanext.ppid.law.markers import N_
from ckanext.ppid.notifications import mail
from ckanext.ppid.requests.cases import notice_from_json, request_case
from ckanext.ppid.requests.core import clock
from ckanext.ppid.requests.core.states import Notice
from ckanext.ppid.requests.filing.store import clock_settings
from ckanext.ppid.requests.handling import register_items as request_register_items
from ckanext.ppid.requests.model.event import RequestEvent
from ckanext.ppid.requests.model.information_request import InformationRequest
from ckanext.ppid.shell import settings

NOTICE_TITLE = N_("Written notice")
EXTENSION_TITLE = N_("Notice of extension")
NUMBER = N_("Number:")
TO = N_("To:")
REGISTRATION_NUMBER = N_("Registration number")
RECEIVED = N_("Request received on")
INFORMATION = N_("Information requested")
ANSWER = N_("Answer to the request")
OUTCOME = N_("Outcome")
LEGAL_BASIS = N_("Legal basis")
ITEMS_HEADING = N_("What the notice states (UU 14/2008 Ps 22(7))")
HELD = N_("Yes: the information is held by {body}.")
NOT_HELD = N_("No: {body} does not hold the information.")
FREE = N_("Free of charge")
COSTS = N_("Rp {amount}; payment: {payment}")
REGISTER_ITEM = N_("{title} (decree {decree})")
REGISTER_ITEMS_LABEL = N_("Exempted-register items the refusal rests on (UU 14/2008 Ps 19)")
RIGHT_TO_OBJECT = N_(
    "If you do not accept this answer, you may object in writing to the Atasan PPID within {n} working days "
    "of receiving this notice (UU 14/2008 Ps 35-36)."
)
SIGNER_HEADING = N_("The PPID of {unit},")
EXTENSION_HEADING = N_("Extension of the time to answer")
EXTENSION_REASONS = N_("Reasons for the extension")
FIRST_DUE = N_("Written notice first due on")
NEW_DUE = N_("Written notice now due on")
EXTENSION_TEXT = N_(
    "The written notice on your request was due on {start}. Under {basis} the PPID extends this time once, "
    "by {n} working days counted from that day, for the reasons above: you will receive the written notice "
    "by {due} at the latest."
)
DAYS_NOT_COUNTED = N_("Days not counted: {days}.")
NOTICE_TRANSITIONS = ("kirim_pemberitahuan", "rujuk")


def _locale() -> Locale:
    return mail.date_locale()


def _label(table: tuple, code: str | None) -> str:
    entry = next((item for item in table if item.code == code), None)
    return tk._(entry.label) if entry else (code or "")


def _unit(case: InformationRequest) -> model.Group | None:
    return model.Group.get(case.current_unit_id)


def _signer(case: InformationRequest, transitions: tuple[str, ...]) -> str:
    """The unit's PPID official, or else the staff member who took the transition the letter records."""
    unit = _unit(case)
    official = ((unit.extras or {}).get("pejabat_ppid") if unit else None) or ""
    if official:
        return official
    events = [event for event in RequestEvent.of_request(case.id) if event.transition in transitions]
    actor = model.User.get(events[-1].actor_id) if events and events[-1].actor_id else None
    return (actor.fullname or actor.name) if actor else ""


def _frame(case: InformationRequest, title: str, number: str, day, transitions: tuple[str, ...]) -> dict:
    """The parts every letter of the request shares."""
    locale = _locale()
    applicant = case.applicant
    unit = _unit(case)
    logo = settings.body_logo()
    received = case.received_at.astimezone(zoneinfo.ZoneInfo(settings.timezone()))
    return {
        "locale": locale,
        "body_name": settings.body_name(),
        "address": settings.body_address(),
        "logo_path": Path(logo) if logo else None,
        "title": title,
        "number_label": tk._(NUMBER),
        "number": number,
        "date": format_date(day, locale),
        "recipient_heading": tk._(TO),
        "recipient": tuple(line for line in (applicant.name, applicant.address) if line) if applicant else (),
        "facts": (
            Line(tk._(REGISTRATION_NUMBER), case.registration_number),
            Line(tk._(RECEIVED), format_date(received.date(), locale)),
            Line(tk._(INFORMATION), case.information),
        ),
        "signer_heading": tk._(SIGNER_HEADING).format(unit=unit.title if unit else case.current_unit_id),
        "signer": _signer(case, transitions),
    }


def _item_label(code: str) -> str:
    entry = next(item for item in law_requests.NOTICE_ITEMS if item.code == code)
    return f"{tk._(entry.label)} ({tk._(entry.legal_basis)})"


def _grounds(codes: tuple[str, ...]) -> str:
    shown = []
    for code in codes:
        ground = exemptions.ground(code)
        shown.append(f"{code} {tk._(ground.label)} ({ground.legal_basis})")
    return "; ".join(shown)


def _register_items(ids: tuple[str, ...]) -> str:
    found = {item.id: item for item in request_register_items.described(ids)}
    shown = []
    for ref in ids:
        item = found.get(ref)
        if item is None:
            shown.append(ref)
        elif item.decree:
            shown.append(tk._(REGISTER_ITEM).format(title=item.title, decree=item.decree))
        else:
            shown.append(item.title)
    return "; ".join(shown)


def _costs(notice: Notice) -> str:
    if not notice.costs:
        return tk._(FREE)
    amount = f"{notice.costs:,}".replace(",", ".")
    return tk._(COSTS).format(amount=amount, payment=notice.payment_method)


def notice_items(notice: Notice, body: str, locale: Locale) -> list[tuple[str, str]]:
    """Each Ps 22(7) item the notice states, as (item code, text), in the law's order."""
    delivery = [
        _label(law_requests.DELIVERY_METHODS, notice.delivery_method) if notice.delivery_method else "",
        _label(law_requests.COPY_FORMATS, notice.copy_format) if notice.copy_format else "",
    ]
    values = {
        "penguasaan": ""
        if notice.held is None
        else tk._(HELD if notice.held else NOT_HELD).format(body=body),
        "badan_publik_penguasa": notice.holder,
        "alasan": notice.reasons,
        "dasar_pengecualian": _grounds(notice.exemption_grounds),
        "materi_informasi": notice.material,
        "penghitaman": notice.redactions,
        "media_format": "; ".join(part for part in delivery if part),
        "biaya": "" if notice.costs is None else _costs(notice),
        "waktu_pendokumentasian": format_date(notice.documentation_due, locale)
        if notice.documentation_due
        else "",
        "lokasi_publikasi": notice.published_at,
    }
    shown = [(item.code, values[item.code]) for item in law_requests.NOTICE_ITEMS if values[item.code]]
    if notice.register_items:
        at = next(
            (index for index, (code, _) in enumerate(shown) if code == "dasar_pengecualian"), len(shown)
        )
        shown.insert(at + 1, ("register_items", _register_items(notice.register_items)))
    return shown


def notice_letter(case: InformationRequest) -> Letter:
    """The written notice (or referral) of ``case``, as sent."""
    locale = _locale()
    notice = notice_from_json(case.notice) or Notice()
    outcome = law_requests.outcome(case.outcome)
    day = clock_settings().local_day(case.notice_sent_at)
    frame = _frame(case, tk._(NOTICE_TITLE), case.notice_number, day, NOTICE_TRANSITIONS)
    lines = [
        Line(tk._(REGISTER_ITEMS_LABEL) if code == "register_items" else _item_label(code), text)
        for code, text in notice_items(notice, settings.body_name(), locale)
    ]
    sections = (
        Section(
            tk._(ANSWER),
            (Line(tk._(OUTCOME), tk._(outcome.label)), Line(tk._(LEGAL_BASIS), tk._(outcome.legal_basis))),
        ),
        Section(tk._(ITEMS_HEADING), tuple(lines)),
    )
    right_to_object = tk._(RIGHT_TO_OBJECT).format(n=deadlines.days(clock.OBJECTION_WINDOW))
    return Letter(**frame, sections=sections, closing=(right_to_object,))


def extension_letter(case: InformationRequest) -> Letter:
    """The extension notice of ``case``: the written reasons and the new due date, explained."""
    locale = _locale()
    settings_of_body = clock_settings()
    due = clock.request_due_dates(request_case(case), settings_of_body)[clock.EXTENSION]
    day = settings_of_body.local_day(case.extended_at)
    frame = _frame(case, tk._(EXTENSION_TITLE), case.extension_number, day, ("perpanjang",))
    skipped = [
        f"{format_date(step.day, locale)} ({step.off.name or tk._(step.off.label)})"
        for step in due.explained.steps
        if step.off is not None
    ]
    paragraphs = [
        tk._(EXTENSION_TEXT).format(
            start=format_date(due.start, locale),
            basis=due.deadline.legal_basis,
            n=due.deadline.amount,
            due=format_date(due.due, locale),
        )
    ]
    if skipped:
        paragraphs.append(tk._(DAYS_NOT_COUNTED).format(days="; ".join(skipped)))
    section = Section(
        tk._(EXTENSION_HEADING),
        (
            Line(tk._(EXTENSION_REASONS), case.extension_reasons or ""),
            Line(tk._(FIRST_DUE), format_date(due.start, locale)),
            Line(tk._(NEW_DUE), format_date(due.due, locale)),
        ),
        tuple(paragraphs),
    )
    return Letter(**frame, sections=(section,), closing=())
