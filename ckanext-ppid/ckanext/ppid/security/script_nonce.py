"""The policy of the one page of CKAN's own that needs inline script: the table preview's page
(``datatables/datatables_view.html``, shown in the resource page's frame) hands its column list to its script
inline, and DataTables builds its buttons with inline handlers (``onclick``) and evaluates strings. The
portal's policy allows none of that; the preview's page asks for a nonce (``h.ppid_csp_nonce()``), and only a
response that issued one gets a policy (``with_nonce``) allowing scripts carrying it, string evaluation and
inline handlers (``script-src-attr``), still no other inline ``<script>``."""

from __future__ import annotations

import re
import secrets

from flask import g

ATTRIBUTE = "_ppid_csp_nonce"
EVAL = "'unsafe-eval'"
HANDLERS = "script-src-attr 'unsafe-inline'"
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
    """``policy`` whose scripts may also carry ``nonce`` or evaluate strings (added to ``script-src``, or to
    one made from ``default-src``), with inline handlers allowed (``script-src-attr``)."""
    directives = {match.group(1): match.group(2).strip() for match in DIRECTIVE.finditer(policy)}
    source = f"'nonce-{nonce}' {EVAL}"
    if "script-src" in directives:
        policy = SCRIPT_SRC.sub(lambda found: f"{found.group(1)}{found.group(2).rstrip()} {source}", policy)
    else:
        base = directives.get("default-src", "'self'")
        policy = f"{policy.rstrip().rstrip(';')}; script-src {base} {source}"
    return f"{policy}; {HANDLERS}"


HELPERS = {"ppid_csp_nonce": ppid_csp_nonce}
