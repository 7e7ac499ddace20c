"""The working-day calendar page: the year's days off with their source, and the body's declarations."""

from __future__ import annotations

import datetime as dt
from typing import Any

import ckan.plugins.toolkit as tk
from flask import Blueprint

from ckanext.ppid.calendar import deadline_calculator
from ckanext.ppid.calendar.core.workdays import DAY_OFF_LABELS
from ckanext.ppid.law.markers import N_
from ckanext.ppid.shell.action_context import may, visitor_context

calendar_pages = Blueprint("ppid_calendar", __name__, url_prefix="/ppid/kalender")

KIND_LABELS = {**DAY_OFF_LABELS, "hari_kerja": N_("Declared a working day")}


def _year() -> int:
    raw = tk.request.args.get("year") or tk.request.form.get("year") or dt.date.today().year
    try:
        return int(raw)
    except (TypeError, ValueError):
        tk.abort(400, tk._("Give a year between 2000 and 2100"))


def _page(year: int, errors: dict[str, list[str]] | None = None, form: dict[str, str] | None = None) -> str:
    try:
        days_off = tk.get_action("ppid_calendar_days_off")(visitor_context(), {"year": year})
    except tk.ValidationError as error:
        tk.abort(400, " ".join(" ".join(messages) for messages in error.error_dict.values()))
    declarations = tk.get_action("ppid_calendar_override_list")(
        visitor_context(), {"year": year, "include_revoked": True}
    )
    return tk.render(
        "ppid/calendar.html",
        {
            "year": year,
            "days_off": days_off,
            "declarations": declarations,
            "kind_labels": {code: tk._(label) for code, label in KIND_LABELS.items()},
            "may_keep": may("ppid_calendar_override_create"),
            "errors": errors or {},
            "form": form or {},
        },
    )


def show() -> str:
    """The calendar of one year (``?year=``), public."""
    return _page(_year())


def declare() -> Any:
    """Add a declaration (PPID Utama admins); errors are shown on the page with the form kept."""
    form = {key: tk.request.form.get(key, "") for key in ("day", "kind", "reason", "decree")}
    try:
        tk.get_action("ppid_calendar_override_create")(visitor_context(), form)
    except tk.NotAuthorized:
        tk.abort(403, tk._("Only the PPID Utama's administrators keep the calendar."))
    except tk.ValidationError as error:
        return _page(_year(), error.error_dict, form), 400
    tk.h.flash_success(tk._("The day is declared; due dates of open cases follow the new calendar."))
    return tk.redirect_to("ppid_calendar.show", year=form["day"][:4])


def revoke(declaration_id: str) -> Any:
    """Revoke a declaration (PPID Utama admins)."""
    data = {"id": declaration_id, "reason": tk.request.form.get("reason", "")}
    try:
        revoked = tk.get_action("ppid_calendar_override_revoke")(visitor_context(), data)
    except tk.NotAuthorized:
        tk.abort(403, tk._("Only the PPID Utama's administrators keep the calendar."))
    except tk.ObjectNotFound:
        tk.abort(404, tk._("No such declaration"))
    except tk.ValidationError as error:
        return _page(_year(), error.error_dict), 400
    tk.h.flash_success(tk._("The declaration is revoked; due dates of open cases follow the new calendar."))
    return tk.redirect_to("ppid_calendar.show", year=revoked["day"][:4])


calendar_pages.add_url_rule("/", view_func=show, endpoint="show")
calendar_pages.add_url_rule("/tetapkan", view_func=declare, endpoint="declare", methods=["POST"])
calendar_pages.add_url_rule("/<declaration_id>/cabut", view_func=revoke, endpoint="revoke", methods=["POST"])


def calculator() -> str:
    """The public deadline calculator (``?event=...&moment=...``)."""
    form = {key: tk.request.args.get(key, "") for key in ("event", "date", "time")}
    answer, errors = None, {}
    if form["event"] or form["date"]:
        moment = f"{form['date']}T{form['time'] or '09:00'}"
        try:
            answer = tk.get_action("ppid_deadline_calculate")(
                visitor_context(), {"event": form["event"], "moment": moment}
            )
        except tk.ValidationError as error:
            errors = error.error_dict
    page = tk.render(
        "ppid/deadline_calculator.html",
        {
            "form": form,
            "answer": answer,
            "errors": errors,
            "events": [(event.code, tk._(event.label)) for event in deadline_calculator.EVENTS],
        },
    )
    return (page, 400) if errors else page


calendar_pages.add_url_rule("/kalkulator", view_func=calculator, endpoint="calculator")
