"""The systemd units of the daily expiry command: systemd accepts them, and they run the command we ship."""

from __future__ import annotations

import configparser
import re
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest
from ckan.cli.cli import ckan

from ckanext.ppid.law.units import TIME_ZONES

ROOT = Path(__file__).resolve().parents[2]
UNITS = ROOT / "deploy" / "systemd"
SERVICE = UNITS / "ckan-ppid-register-expire.service"
TIMER = UNITS / "ckan-ppid-register-expire.timer"
WORKER = UNITS / "ckan-ppid-worker@.service"
# Where deploy/ expects the checkout (docs/operations.md).
INSTALL_PREFIX = "/opt/ckan-ppid"


def unit(path: Path) -> configparser.ConfigParser:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # systemd's keys are case-sensitive
    parser.read_string(path.read_text(encoding="utf-8"), source=str(path))
    return parser


@pytest.mark.skipif(shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed")
def test_systemd_accepts_the_units(tmp_path):
    # Verified as if installed from this checkout: systemd checks that the program ExecStart names exists.
    for path in (SERVICE, TIMER):
        (tmp_path / path.name).write_text(path.read_text(encoding="utf-8").replace(INSTALL_PREFIX, str(ROOT)))
    result = subprocess.run(
        ["systemd-analyze", "verify", str(tmp_path / TIMER.name), str(tmp_path / SERVICE.name)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


def test_the_timer_starts_the_service_daily_before_office_hours_in_an_indonesian_zone():
    timer = unit(TIMER)
    # A timer without Unit= starts the service of its own name.
    assert "Unit" not in timer["Timer"] and SERVICE.with_suffix(".timer") == TIMER
    when = re.fullmatch(r"\*-\*-\* (\d\d):(\d\d):00 (\S+)", timer["Timer"]["OnCalendar"])
    assert when, timer["Timer"]["OnCalendar"]
    # Offices open at 07:30 (Perpres 21/2023): the day's notices are waiting by then.
    assert int(when[1]) < 7
    assert when[3] in {zone.tz for zone in TIME_ZONES}
    assert timer["Timer"]["Persistent"] == "true"
    assert timer["Install"]["WantedBy"] == "timers.target"


@pytest.mark.usefixtures("with_plugins")
def test_the_service_runs_the_expiry_command_as_the_worker_runs_jobs(cli):
    service, worker = unit(SERVICE)["Service"], unit(WORKER)["Service"]
    assert service["Type"] == "oneshot"
    assert (service["User"], service["Environment"]) == (worker["User"], worker["Environment"])
    program, *args = shlex.split(service["ExecStart"])
    assert program == shlex.split(worker["ExecStart"])[0]
    # The command line names a command this version has.
    result = cli.invoke(ckan, [*args, "--help"])
    assert result.exit_code == 0, result.output
    assert "--dry-run" in result.output
