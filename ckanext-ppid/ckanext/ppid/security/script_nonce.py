"""A nonce for the one inline script a page of CKAN's own needs: the table preview's page
(``datatables/datatables_view.html``) hands its column list to its script inline. The portal's policy allows
no inline script; a page that asks for a nonce (``h.ppid_csp_nonce()``) gets a fresh one, and its response's
Content-Security-Policy allows scripts carrying it (``with_nonce``), nothing else inline."""

from __future__ import annotations

import re
import secrets

from flask import g

ATTRIBUTE = "_ppid_csp_nonce"
SCRIPT_SRC = re.compile(r"((?:^|;)\s*script-src\s+)([^;]*)")
DIRECTIVE = re.compile(r"(?:^|;)\s*(script-src|default-src)\s+([^;]*)")


def ppid_csp_nonce() -> str:
    """This response's script nonce (made on first use)."""
    nonce = getattr(g, ATTRIBUTE, None)
    if nonce is None:
        nonce = secrets.token_urlsafe(18)
        setattr(g, ATTRIBUTE, nonce)
    return nonce


def issued() -> str | None:
    return getattr(g, ATTRIBUTE, None)


def with_nonce(policy: str, nonce: str) -> str:
    """``policy`` whose script sources also allow ``nonce``: added to ``script-src``, or to a ``script-src``
    made from ``default-src`` when the policy has none."""
    directives = {match.group(1): match.group(2).strip() for match in DIRECTIVE.finditer(policy)}
    source = f"'nonce-{nonce}'"
    if "script-src" in directives:
        return SCRIPT_SRC.sub(lambda found: f"{found.group(1)}{found.group(2).rstrip()} {source}", policy)
    base = directives.get("default-src", "'self'")
    return f"{policy.rstrip().rstrip(';')}; script-src {base} {source}"


HELPERS = {"ppid_csp_nonce": ppid_csp_nonce}
