"""Wrong passwords, typed into the real login form, lock the account (and the address) out for a while."""

from __future__ import annotations

import pytest
from ckan.lib.redis import connect_to_redis
from ckan.tests import factories

pytestmark = [
    pytest.mark.usefixtures("with_plugins", "clean_db", "clean_redis"),
    pytest.mark.ckan_config("ckan.locale_default", "id"),
]

PASSWORD = "kata-sandi-yang-benar-2026"
LOCKED = "Terlalu banyak percobaan masuk"


def log_in(app, login, password, ip="203.0.113.7"):
    return app.post(
        "/user/login",
        data={"login": login, "password": password},
        environ_overrides={"REMOTE_ADDR": ip},
        follow_redirects=False,
    )


def logged_in(response) -> bool:
    return response.status_code == 302 and "/user/login" not in response.headers["Location"]


@pytest.fixture
def user():
    return factories.User(password=PASSWORD)


def test_the_right_password_is_refused_after_five_wrong_ones(app, user):
    for _attempt in range(5):
        assert log_in(app, user["name"], "salah").status_code == 200  # CKAN's "login failed" form
    refused = log_in(app, user["name"], PASSWORD)
    assert refused.status_code == 429
    assert LOCKED in refused.body and "15 menit" in refused.body
    assert 0 < int(refused.headers["Retry-After"]) <= 15 * 60
    # By e-mail address it is the same account.
    assert log_in(app, user["email"], PASSWORD).status_code == 429


def test_other_accounts_and_addresses_are_not_held_back_by_one_account(app, user):
    other = factories.User(password=PASSWORD)
    for _attempt in range(5):
        log_in(app, user["name"], "salah")
    assert logged_in(log_in(app, other["name"], PASSWORD, ip="198.51.100.9"))


def test_a_successful_login_forgets_earlier_failures(app, user):
    for _attempt in range(4):
        log_in(app, user["name"], "salah")
    assert logged_in(log_in(app, user["name"], PASSWORD))
    app.get("/user/_logout")
    for _attempt in range(4):
        log_in(app, user["name"], "salah")
    assert logged_in(log_in(app, user["name"], PASSWORD))


@pytest.mark.ckan_config("ckanext.ppid.login.max_failures_per_ip", "6")
def test_one_address_trying_many_accounts_is_locked_out(app, user):
    for number in range(6):
        log_in(app, f"tebakan-{number}", "salah")
    assert log_in(app, user["name"], PASSWORD).status_code == 429
    assert logged_in(log_in(app, user["name"], PASSWORD, ip="198.51.100.9"))


def test_the_lock_ends(app, user):
    for _attempt in range(5):
        log_in(app, user["name"], "salah")
    assert log_in(app, user["name"], PASSWORD).status_code == 429
    redis = connect_to_redis()
    for key in redis.scan_iter("*:ppid:login:lock:*"):
        redis.delete(key)  # what the lock's expiry does
    assert logged_in(log_in(app, user["name"], PASSWORD))


@pytest.mark.ckan_config("ckanext.ppid.login.max_failures", "0")
@pytest.mark.ckan_config("ckanext.ppid.login.max_failures_per_ip", "0")
def test_throttling_can_be_turned_off(app, user):
    for _attempt in range(8):
        log_in(app, user["name"], "salah")
    assert logged_in(log_in(app, user["name"], PASSWORD))
