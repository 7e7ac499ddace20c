"""Security headers on every response the portal makes (docs/security.md, "Serving safely").

The Content-Security-Policy and Permissions-Policy come from configuration
(``ckanext.ppid.security.*``); the rest are fixed. Framing is allowed from the portal itself only: CKAN shows
resource views (image, DataStore table) in iframes of its own pages. Strict-Transport-Security is sent only
on requests that came over HTTPS (a browser ignores it on plain http, and a local portal has no TLS). A
header a view set itself is kept. A page that carries an inline script with a nonce
(``script_nonce``) gets a policy that allows that nonce.
"""

from __future__ import annotations

from flask import Flask, Response, request

from ckanext.ppid.security import script_nonce
from ckanext.ppid.shell import settings

FIXED = {
    "X-Frame-Options": "SAMEORIGIN",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
}


def security_headers(csp: str, permissions_policy: str, https: bool, hsts_seconds: int) -> dict[str, str]:
    """The headers for one response; an empty policy is left out."""
    headers = dict(FIXED)
    if csp:
        headers["Content-Security-Policy"] = csp
    if permissions_policy:
        headers["Permissions-Policy"] = permissions_policy
    if https and hsts_seconds > 0:
        headers["Strict-Transport-Security"] = f"max-age={hsts_seconds}"
    return headers


def add_security_headers(response: Response) -> Response:
    """Flask ``after_request`` hook."""
    csp = settings.content_security_policy()
    nonce = script_nonce.issued()
    if csp and nonce:
        csp = script_nonce.with_nonce(csp, nonce)
    wanted = security_headers(
        csp,
        settings.permissions_policy(),
        request.is_secure,
        settings.hsts_seconds(),
    )
    for name, value in wanted.items():
        response.headers.setdefault(name, value)
    return response


def install(app: Flask) -> None:
    app.after_request(add_security_headers)
