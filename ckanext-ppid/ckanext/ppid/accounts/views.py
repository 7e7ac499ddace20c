"""The sign-up pages of ``/ppid/akun``: check your e-mail, the verification link, and sending it again."""

from __future__ import annotations

from typing import Any

import ckan.plugins.toolkit as tk
from flask import Blueprint, request

from ckanext.ppid.accounts import limits
from ckanext.ppid.accounts.sign_up import local_page
from ckanext.ppid.law.markers import N_
from ckanext.ppid.shell import settings

account_pages = Blueprint("ppid_accounts", __name__, url_prefix="/ppid/akun")

VERIFIED = N_("Your e-mail address is verified and your account is active. Log in to continue.")
VERIFIED_BEFORE = N_("Your e-mail address was verified already. Log in to continue.")


def _hours() -> int:
    return settings.verify_seconds() // 3600


def _problem(refused: tk.ValidationError) -> str:
    return " ".join(str(message) for messages in refused.error_dict.values() for message in messages)


def check_email() -> str:
    return tk.render("ppid/accounts/check_email.html", {"hours": _hours()})


def verify(token: str) -> Any:
    try:
        result = tk.get_action("ppid_account_verify")({}, {"token": token})
    except tk.ValidationError as refused:
        problem = _problem(refused)
        return tk.render("ppid/accounts/link_refused.html", {"problem": problem}), 400
    next_page = result["next"] or None
    if tk.current_user.is_authenticated and tk.current_user.name == result["name"]:
        return tk.redirect_to(next_page or "ppid_home.index")
    message = VERIFIED_BEFORE if result["already_verified"] else VERIFIED
    tk.h.flash_success(tk._(message))
    return tk.redirect_to("user.login", next=next_page)


def resend() -> Any:
    next_page = local_page(request.values.get("next"))
    form = {"next": next_page, "hours": _hours(), "email": ""}
    if request.method != "POST":
        return tk.render("ppid/accounts/resend.html", form)
    email = (request.form.get("email") or "").strip()
    form["email"] = email
    ip = limits.client_ip()
    if limits.resend_limited(ip, email):
        form["error"] = limits.message()
        response = tk.render("ppid/accounts/resend.html", form)
        return response, 429, {"Retry-After": str(settings.accounts_window_seconds())}
    limits.count_resend(ip)
    try:
        tk.get_action("ppid_account_resend")({}, {"email": email, "next": next_page})
    except tk.ValidationError as refused:
        form["error"] = _problem(refused)
        return tk.render("ppid/accounts/resend.html", form), 400
    return tk.render("ppid/accounts/resend.html", {**form, "sent": True})


account_pages.add_url_rule("/cek-email", view_func=check_email)
account_pages.add_url_rule("/verifikasi/<token>", view_func=verify)
account_pages.add_url_rule("/kirim-ulang", view_func=resend, methods=["GET", "POST"])
