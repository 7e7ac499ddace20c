"""``scripts/config.sh`` puts the safe settings into ckan.ini on every run, whatever was edited by hand."""

from __future__ import annotations

import configparser
import subprocess
from pathlib import Path

from ckan.common import config_declaration
from ckan.config.declaration import Key

ROOT = Path(__file__).resolve().parents[2]
SAFE = ROOT / "deploy" / "ckan-security.ini"


def settings(path: Path) -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # Flask's keys are upper case
    parser.read(path)
    return parser["app:main"]


def configure(ini: Path) -> None:
    done = subprocess.run([str(ROOT / "scripts" / "config.sh"), str(ini)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_safe_setting_is_one_ckan_knows():
    # A misspelt key would be ignored without a word.
    for key in settings(SAFE):
        assert config_declaration.get(Key.from_string(key)) is not None, key


def test_config_script_applies_the_safe_settings_on_every_run(tmp_path):
    ini = tmp_path / "ckan.ini"
    ini.write_text(
        (ROOT / "test.ini")
        .read_text()
        .replace("ckan.site_url = http://test.ckan.net", "ckan.site_url = https://ppid.example.go.id")
        .replace("[app:main]\n", "[app:main]\ndebug = true\nREMEMBER_COOKIE_SAMESITE = None\n", 1)
    )
    configure(ini)
    served = settings(ini)
    assert served["debug"] == "false"
    assert served["WTF_CSRF_ENABLED"] == "true"
    for cookie in ("SESSION", "REMEMBER"):
        assert served[f"{cookie}_COOKIE_SAMESITE"] == "Lax"
        assert served[f"{cookie}_COOKIE_HTTPONLY"] == "true"
        assert served[f"{cookie}_COOKIE_SECURE"] == "true"
    closed = ("public_user_details", "user_create_organizations", "user_create_groups", "create_user_via_api")
    for key in closed:
        assert served[f"ckan.auth.{key}"] == "false"

    # A portal on plain http (make run): Secure cookies would never come back, so they are not marked so.
    ini.write_text(ini.read_text().replace("https://ppid.example.go.id", "http://127.0.0.1:5000"))
    configure(ini)
    served = settings(ini)
    assert served["SESSION_COOKIE_SECURE"] == served["REMEMBER_COOKIE_SECURE"] == "false"
    assert served["REMEMBER_COOKIE_SAMESITE"] == "Lax"
