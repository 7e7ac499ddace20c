"""The staff's outbox page (``/ppid/kotak-keluar``): the messages not sent yet or that failed, and a button
to send one again now. For sysadmins and the PPID Utama's staff (``notifications.auth``).
"""

from __future__ import annotations

from typing import Any

import ckan.plugins.toolkit as tk
from flask import Blueprint

from ckanext.ppid.notifications.auth import NOT_OUTBOX_STAFF
from ckanext.ppid.notifications.dicts import OUTBOX_STATUSES, STATUS_LABELS
from ckanext.ppid.shell import paged_lists
from ckanext.ppid.shell.action_context import visitor_context

notification_pages = Blueprint("ppid_outbox", __name__, url_prefix="/ppid/kotak-keluar")
PAGE_SIZE = 50


def index() -> Any:
    """The messages waiting to be sent and those that failed (``?status=`` one of them), newest first."""
    filters = paged_lists.filters(("status",))
    errors: dict[str, list[str]] = {}
    number = paged_lists.page_number("page", errors)
    try:
        tk.check_access("ppid_notification_list", visitor_context(), {})
    except tk.NotAuthorized:
        tk.abort(403, tk._(NOT_OUTBOX_STAFF))
    found = paged_lists.listed("ppid_notification_list", filters, number, PAGE_SIZE, errors)
    extra_vars = {
        "page": paged_lists.page_of(found, number, PAGE_SIZE, **filters),
        "filters": filters,
        "errors": errors,
        "statuses": [(code, tk._(STATUS_LABELS[code])) for code in OUTBOX_STATUSES],
    }
    return tk.render("ppid/outbox/index.html", extra_vars), 400 if errors else 200


def retry(id: int) -> Any:
    """Send one message again now; back to the list, with what happened."""
    try:
        tk.get_action("ppid_notification_retry")(visitor_context(), {"id": id})
    except tk.NotAuthorized:
        tk.abort(403, tk._(NOT_OUTBOX_STAFF))
    except tk.ObjectNotFound:
        tk.abort(404, tk._("No such message"))
    except tk.ValidationError as error:
        tk.h.flash_error(" ".join(message for messages in error.error_dict.values() for message in messages))
    else:
        tk.h.flash_success(tk._("The message is queued to be sent again now."))
    status = tk.request.form.get("status", "")
    return tk.redirect_to("ppid_outbox.index", **({"status": status} if status in OUTBOX_STATUSES else {}))


notification_pages.add_url_rule("", view_func=index, endpoint="index")
notification_pages.add_url_rule("/<int:id>/kirim-ulang", view_func=retry, endpoint="retry", methods=["POST"])
