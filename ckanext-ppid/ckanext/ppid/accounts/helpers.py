"""Template helpers of the sign-up pages."""

from __future__ import annotations

from typing import Any

from flask import has_request_context, request

from ckanext.ppid.accounts.sign_up import local_page


def ppid_next_page(fallback: Any = None) -> str:
    """The portal page to come back to: the request's ``next`` (or ``fallback``), when it is one of ours."""
    found = request.args.get("next") if has_request_context() else None
    return local_page(found) or local_page(fallback)


HELPERS = {"ppid_next_page": ppid_next_page}
