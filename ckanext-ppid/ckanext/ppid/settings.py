"""Typed access to ckanext-ppid's configuration (declared in config_declaration.yaml)."""

from __future__ import annotations

import ckan.plugins.toolkit as tk


def body_name() -> str:
    return tk.config.get("ckanext.ppid.body_name")


def body_address() -> str:
    return tk.config.get("ckanext.ppid.body_address")


def body_logo() -> str | None:
    return tk.config.get("ckanext.ppid.body_logo") or None


def timezone() -> str:
    return tk.config.get("ckanext.ppid.timezone")


def cuti_bersama_is_holiday() -> bool:
    return tk.config.get("ckanext.ppid.cuti_bersama_is_holiday")


def import_max_bytes() -> int:
    return tk.config.get("ckanext.ppid.import.max_mb") * 1024 * 1024
