"""Every response carries the security headers; HSTS only over HTTPS; the policies follow configuration."""

from __future__ import annotations

import pytest

from ckanext.ppid.security.headers import security_headers

pytestmark = pytest.mark.usefixtures("with_plugins", "non_clean_db")

DEFAULT_CSP = (
    "default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; object-src 'none'; "
    "base-uri 'self'; frame-ancestors 'self'; form-action 'self'"
)


def test_hsts_only_over_https_and_empty_policies_left_out():
    plain = security_headers("", "", https=False, hsts_seconds=31536000)
    assert plain == {
        "X-Frame-Options": "SAMEORIGIN",
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "strict-origin-when-cross-origin",
    }
    secure = security_headers("default-src 'self'", "camera=()", https=True, hsts_seconds=600)
    assert secure["Strict-Transport-Security"] == "max-age=600"
    assert secure["Content-Security-Policy"] == "default-src 'self'"
    assert secure["Permissions-Policy"] == "camera=()"
    assert "Strict-Transport-Security" not in security_headers("", "", https=True, hsts_seconds=0)


@pytest.mark.parametrize("url", ["/", "/dataset/", "/user/login", "/api/3/action/status_show", "/tidak-ada"])
def test_pages_api_and_errors_carry_the_headers(app, url):
    response = app.get(url)
    assert response.headers["X-Frame-Options"] == "SAMEORIGIN"
    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response.headers["Content-Security-Policy"] == DEFAULT_CSP
    assert "camera=()" in response.headers["Permissions-Policy"]
    assert "Strict-Transport-Security" not in response.headers


def test_hsts_on_a_request_that_came_over_https(app):
    response = app.get("/", environ_overrides={"wsgi.url_scheme": "https"})
    assert response.headers["Strict-Transport-Security"] == "max-age=31536000"


@pytest.mark.ckan_config(
    "ckanext.ppid.security.csp", "default-src 'self'; script-src 'self' https://cdn.example"
)
@pytest.mark.ckan_config("ckanext.ppid.security.permissions_policy", "")
def test_the_policies_come_from_configuration(app):
    response = app.get("/")
    assert (
        response.headers["Content-Security-Policy"]
        == "default-src 'self'; script-src 'self' https://cdn.example"
    )
    assert "Permissions-Policy" not in response.headers
