"""Pages of information requests: the applicant's filing form (with an account, or without one and confirmed
by e-mail), the staff's recording form, the case page and the applicant's list of their requests. The
pages reached by registration number and receipt code are in ``requests.receipt_code_pages``."""

from __future__ import annotations

from typing import Any

import ckan.plugins.toolkit as tk
from flask import Blueprint

from ckanext.ppid.law import requests as law_requests
from ckanext.ppid.requests import receipt_code_pages
from ckanext.ppid.requests.filing import rate_limit
from ckanext.ppid.requests.filing.guest_actions import Limited
from ckanext.ppid.requests.filing.validation import DESK_CHANNELS
from ckanext.ppid.requests.handling.views import case_page, unit_choices
from ckanext.ppid.shell.action_context import may, visitor_context

request_pages = Blueprint("ppid_requests", __name__, url_prefix="/ppid/permohonan")

GUEST_CHOICE = "tanpa-akun"
FIELDS = (
    "unit",
    "applicant_type",
    "name",
    "nik",
    "legal_entity_decree",
    "address",
    "phone",
    "email",
    "proxy_name",
    "information",
    "purpose",
    "way_to_obtain",
    "delivery_method",
    "channel",
    "received_at",
)


def _login_first() -> Any:
    """For an anonymous visitor, the login page that brings them back here afterwards; None when logged in."""
    if tk.current_user.is_authenticated:
        return None
    tk.h.flash_notice(tk._("Log in to file a request for information."))
    return tk.redirect_to("user.login", next=tk.request.full_path.rstrip("?"))


def _choices(table: tuple[law_requests.Choice, ...], codes: tuple[str, ...] | None = None) -> list:
    return [(entry.code, tk._(entry.label)) for entry in table if codes is None or entry.code in codes]


def _form_page(
    by_staff: bool, form: dict[str, str], errors: dict | None = None, problem: str = "", guest: bool = False
) -> str:
    return tk.render(
        "ppid/request_form.html",
        {
            "by_staff": by_staff,
            "guest": guest,
            # An anonymous visitor chooses: log in, sign up, or file without an account (``?tanpa-akun``).
            "choosing": guest and tk.request.method == "GET" and GUEST_CHOICE not in tk.request.args,
            "next": tk.url_for("ppid_requests.new"),
            "form": form,
            "errors": errors or {},
            "problem": problem,
            "units": unit_choices(),
            "applicant_types": _choices(law_requests.APPLICANT_TYPES),
            "ways": _choices(law_requests.WAYS_TO_OBTAIN),
            "deliveries": _choices(law_requests.DELIVERY_METHODS),
            "channels": _choices(law_requests.CHANNELS, DESK_CHANNELS),
        },
    )


def _submit(by_staff: bool) -> Any:
    form = {key: tk.request.form.get(key, "") for key in FIELDS}
    if not by_staff:
        form.pop("channel")
        form.pop("received_at")
        if rate_limit.is_limited(tk.current_user.id, rate_limit.client_ip()):
            return _form_page(False, form, problem=rate_limit.message()), 429
    data = {**form, "identity_document": tk.request.files.get("identity_document")}
    try:
        case = tk.get_action("ppid_request_create")(visitor_context(), data)
    except tk.NotAuthorized as refused:
        tk.abort(403, str(refused))
    except tk.ValidationError as error:
        return _form_page(by_staff, form, error.error_dict), 400
    tk.h.flash_success(
        tk._("Your request is registered under number {number}.").format(number=case["registration_number"])
    )
    return tk.redirect_to("ppid_requests.case", id=case["id"])


def _submit_as_guest() -> Any:
    """File without an account: held until the e-mail address is confirmed (``requests.filing.guest``)."""
    form = {key: tk.request.form.get(key, "") for key in FIELDS if key not in ("channel", "received_at")}
    data = {**form, "identity_document": tk.request.files.get("identity_document")}
    try:
        held = tk.get_action("ppid_request_guest_create")(visitor_context(), data)
    except Limited as limited:
        return _form_page(False, form, problem=limited.message, guest=True), 429
    except tk.ValidationError as error:
        return _form_page(False, form, error.error_dict, guest=True), 400
    return tk.render("ppid/request_guest_sent.html", {"email": form["email"], "expires": held["expires"]})


def new() -> Any:
    """The filing form: a logged-in applicant files at once; an anonymous visitor chooses between logging
    in, signing up and filing without an account (confirmed by e-mail)."""
    if not tk.current_user.is_authenticated:
        if tk.request.method == "POST":
            return _submit_as_guest()
        return _form_page(False, {}, guest=True)
    if tk.request.method == "POST":
        return _submit(by_staff=False)
    user = tk.current_user
    return _form_page(False, {"name": user.fullname or "", "email": user.email or ""})


def resend() -> Any:
    """Send the confirmation link again (to an address with unconfirmed filings; the page does not say)."""
    email = tk.request.form.get("email", "").strip()
    try:
        tk.get_action("ppid_request_guest_resend")(visitor_context(), {"email": email})
    except Limited as limited:
        return tk.render("ppid/request_guest_sent.html", {"email": email, "problem": limited.message}), 429
    except tk.ValidationError:
        problem = tk._("Give the e-mail address you wrote on the form.")
        return tk.render("ppid/request_guest_sent.html", {"email": email, "problem": problem}), 400
    return tk.render("ppid/request_guest_sent.html", {"email": email, "resent": True})


def confirm(token: str) -> Any:
    """The link of the confirmation mail: a button that confirms (a mail scanner opening the link does
    not), then the registration number and the receipt code."""
    if tk.request.method == "GET":
        return tk.render("ppid/request_guest_confirm.html", {})
    try:
        filed = tk.get_action("ppid_request_guest_confirm")(visitor_context(), {"token": token})
    except tk.ValidationError as error:
        problem = " ".join(" ".join(messages) for messages in error.error_dict.values())
        return tk.render("ppid/request_guest_confirm.html", {"problem": problem}), 400
    # The receipt code is on this page only.
    return receipt_code_pages.not_stored(tk.render("ppid/request_guest_confirm.html", {"filed": filed}))


def record() -> Any:
    """The staff's form for a request that came in person, by letter, e-mail, telephone or SP4N-LAPOR!."""
    if login := _login_first():
        return login
    # The staff who record requests are those with a work queue (the rule ``request.record``).
    if not may("ppid_request_queue"):
        tk.abort(403, tk._("Only the staff of a unit and of the PPID Utama record requests for it."))
    if tk.request.method == "POST":
        return _submit(by_staff=True)
    return _form_page(True, {})


def case(id: str) -> Any:
    """A request: its number, its due dates explained, its history, its receipt, its notice and letters, what
    was handed over, and the forms of what the visitor may do on it now (``requests.handling.views``)."""
    return case_page(id)


def mine() -> Any:
    """The requests the logged-in user filed."""
    if login := _login_first():
        return login
    found = tk.get_action("ppid_request_list_mine")(visitor_context(), {"limit": 100})
    return tk.render("ppid/request_mine.html", {"found": found})


request_pages.add_url_rule("/baru", view_func=new, methods=["GET", "POST"])
request_pages.add_url_rule("/konfirmasi/<token>", view_func=confirm, methods=["GET", "POST"])
request_pages.add_url_rule("/konfirmasi-ulang", view_func=resend, methods=["POST"])
request_pages.add_url_rule("/status", view_func=receipt_code_pages.status, methods=["GET", "POST"])
request_pages.add_url_rule("/akses", view_func=receipt_code_pages.access, methods=["GET", "POST"])
request_pages.add_url_rule("/akses/kasus", view_func=receipt_code_pages.guest_case)
request_pages.add_url_rule("/akses/kasus/berkas/<file>", view_func=receipt_code_pages.guest_file)
request_pages.add_url_rule("/akses/kasus/serahan/<delivery_id>", view_func=receipt_code_pages.guest_delivery)
request_pages.add_url_rule("/catat", view_func=record, methods=["GET", "POST"])
request_pages.add_url_rule("/saya", view_func=mine)
request_pages.add_url_rule("/<id>", view_func=case)
