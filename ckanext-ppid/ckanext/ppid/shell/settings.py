"""Typed access to ckanext-ppid's configuration (declared in config_declaration.yaml)."""

from __future__ import annotations

import hashlib
import hmac

import ckan.plugins.toolkit as tk
from ckan.lib.io import get_ckan_temp_directory


def body_name() -> str:
    return tk.config.get("ckanext.ppid.body_name")


def body_address() -> str:
    return tk.config.get("ckanext.ppid.body_address")


def body_logo() -> str | None:
    return tk.config.get("ckanext.ppid.body_logo") or None


def contact_phone() -> str:
    return tk.config.get("ckanext.ppid.contact.phone")


def contact_email() -> str:
    return tk.config.get("ckanext.ppid.contact.email")


def service_hours() -> str:
    return tk.config.get("ckanext.ppid.service_hours")


def copy_costs() -> str:
    return tk.config.get("ckanext.ppid.copy_costs")


def timezone() -> str:
    return tk.config.get("ckanext.ppid.timezone")


def cuti_bersama_is_holiday() -> bool:
    return tk.config.get("ckanext.ppid.cuti_bersama_is_holiday")


def import_max_bytes() -> int:
    return tk.config.get("ckanext.ppid.import.max_mb") * 1024 * 1024


MB = 1024 * 1024


def document_max_bytes() -> int:
    """Largest document one may upload: ours, but never above what CKAN's resource storage accepts."""
    ours = tk.config.get("ckanext.ppid.documents.max_file_mb")
    return min(ours, tk.config.get("ckan.max_resource_size")) * MB


def document_batch_max_bytes() -> int:
    return tk.config.get("ckanext.ppid.documents.max_batch_mb") * MB


def document_max_files() -> int:
    return tk.config.get("ckanext.ppid.documents.max_files")


def document_staging_seconds() -> int:
    return tk.config.get("ckanext.ppid.documents.staging_hours") * 3600


def storage_path() -> str:
    """``ckan.storage_path``, or, where it is not set (storages configured, tests), CKAN's own temporary
    directory, as CKAN does for its compiled web assets."""
    return tk.config.get("ckan.storage_path") or get_ckan_temp_directory()


# ----------------------------------------------------------------------------------------- input limits
def input_max_json_depth() -> int:
    return tk.config.get("ckanext.ppid.input.max_json_depth")


def input_max_body_bytes() -> int:
    return tk.config.get("ckanext.ppid.input.max_body_mb") * MB


def input_max_page() -> int:
    return tk.config.get("ckanext.ppid.input.max_page")


def input_max_columns() -> int:
    return tk.config.get("ckanext.ppid.input.max_columns")


def input_max_register_rows() -> int:
    return tk.config.get("ckanext.ppid.input.max_register_rows")


# ------------------------------------------------------------------- information requests (ppid_requests)
def request_number_format() -> str:
    return tk.config.get("ckanext.ppid.requests.number_format")


def receipt_secrets() -> list[bytes]:
    """The secret that signs receipts first, then the earlier ones that still verify."""
    own = tk.config.get("ckanext.ppid.requests.receipt_secret")
    if own:
        current = own.encode()
    else:
        # Derived, so a portal without the setting still signs with a secret nobody else knows.
        current = hmac.new(tk.config.get("SECRET_KEY").encode(), b"ppid-receipt", hashlib.sha256).digest()
    previous = tk.config.get("ckanext.ppid.requests.receipt_previous_secrets") or []
    return [current, *(secret.encode() for secret in previous)]


def identity_max_bytes() -> int:
    return tk.config.get("ckanext.ppid.requests.identity_max_mb") * MB


def rate_limit_window_seconds() -> int:
    return tk.config.get("ckanext.ppid.requests.rate_limit_window_minutes") * 60


def rate_limit_per_account() -> int:
    return tk.config.get("ckanext.ppid.requests.rate_limit_per_account")


def rate_limit_per_ip() -> int:
    return tk.config.get("ckanext.ppid.requests.rate_limit_per_ip")


# ------------------------------------------------------------------------------ objections (ppid_requests)
def objection_number_format() -> str:
    return tk.config.get("ckanext.ppid.objections.number_format")


def objection_decision_number_format() -> str:
    return tk.config.get("ckanext.ppid.objections.decision_number_format")


def notice_number_format() -> str:
    return tk.config.get("ckanext.ppid.requests.notice_number_format")


def extension_number_format() -> str:
    return tk.config.get("ckanext.ppid.requests.extension_number_format")


def delivery_max_bytes() -> int:
    return tk.config.get("ckanext.ppid.requests.delivery_max_mb") * MB


def register_subject_chars() -> int:
    """Length of the subject summary in the public request register; 0 shows none."""
    return max(tk.config.get("ckanext.ppid.requests.register_subject_chars"), 0)


# ------------------------------------------------- reminders, notifications, retention (ckan ppid requests)
def remind_working_days() -> int:
    return tk.config.get("ckanext.ppid.requests.remind_working_days")


def retention_days() -> int:
    return tk.config.get("ckanext.ppid.requests.retention_days")


def webhook_url() -> str:
    return tk.config.get("ckanext.ppid.notify.webhook_url")


def webhook_secret() -> str:
    return tk.config.get("ckanext.ppid.notify.webhook_secret")


def webhook_configured() -> bool:
    """The gateway is used only with both its URL and the secret that signs what it receives."""
    return bool(webhook_url() and webhook_secret())


def webhook_timeout_seconds() -> int:
    return tk.config.get("ckanext.ppid.notify.webhook_timeout_seconds")


def notify_max_attempts() -> int:
    return tk.config.get("ckanext.ppid.notify.max_attempts")


def notify_retry_minutes() -> int:
    return tk.config.get("ckanext.ppid.notify.retry_minutes")


# ------------------------------------------------------------------------------------- budgets (ppid_budget)
def budget_max_upload_bytes() -> int:
    """Largest budget file an import accepts: ours, but never above what CKAN's resource storage accepts."""
    ours = tk.config.get("ckanext.ppid.budget.max_upload_mb")
    return min(ours, tk.config.get("ckan.max_resource_size")) * MB


def budget_import_timeout_seconds() -> int:
    return tk.config.get("ckanext.ppid.budget.import_timeout_seconds")


# ---------------------------------------------------------------------------------- serving safely (ppid)
def content_security_policy() -> str:
    return tk.config.get("ckanext.ppid.security.csp").strip()


def permissions_policy() -> str:
    return tk.config.get("ckanext.ppid.security.permissions_policy").strip()


def hsts_seconds() -> int:
    return tk.config.get("ckanext.ppid.security.hsts_seconds")


def login_max_failures() -> int:
    return tk.config.get("ckanext.ppid.login.max_failures")


def login_max_failures_per_ip() -> int:
    return tk.config.get("ckanext.ppid.login.max_failures_per_ip")


def login_window_seconds() -> int:
    return tk.config.get("ckanext.ppid.login.window_minutes") * 60


def login_lockout_seconds() -> int:
    return tk.config.get("ckanext.ppid.login.lockout_minutes") * 60


# ------------------------------------------------------------------------------- web sign-up (accounts)
def verify_seconds() -> int:
    return tk.config.get("ckanext.ppid.accounts.verify_hours") * 3600


def accounts_window_seconds() -> int:
    return tk.config.get("ckanext.ppid.accounts.window_minutes") * 60


def sign_ups_per_ip() -> int:
    return tk.config.get("ckanext.ppid.accounts.sign_ups_per_ip")


def resends_per_ip() -> int:
    return tk.config.get("ckanext.ppid.accounts.resends_per_ip")


def mails_per_address() -> int:
    return tk.config.get("ckanext.ppid.accounts.mails_per_address")
