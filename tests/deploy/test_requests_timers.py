"""The systemd units of the request commands: systemd accepts them, their timers fire when docs/requests.md
says, and their services run commands this version has, as the job worker runs."""

from __future__ import annotations

import datetime as dt
import itertools
import re
import shlex
import shutil
import subprocess
import zoneinfo
from pathlib import Path

import pytest
from ckan.cli.cli import ckan

from ckanext.ppid.law.units import TIME_ZONES

ROOT = Path(__file__).resolve().parents[2]
UNITS = ROOT / "deploy" / "systemd"
NAMES = ("remind", "notify", "anonymise")
WORKER = UNITS / "ckan-ppid-worker@.service"
INSTALL_PREFIX = "/opt/ckan-ppid"
NEEDS_SYSTEMD = pytest.mark.skipif(
    shutil.which("systemd-analyze") is None, reason="systemd-analyze is not installed"
)


def path(name: str, suffix: str) -> Path:
    return UNITS / f"ckan-ppid-requests-{name}.{suffix}"


def entries(unit: Path) -> dict[str, list[tuple[str, str]]]:
    """The unit's sections and their settings in order; a key may repeat (ExecStart of a oneshot)."""
    found: dict[str, list[tuple[str, str]]] = {}
    section = ""
    for line in unit.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith(("#", ";")):
            continue
        if line.startswith("["):
            section = line.strip("[]")
            found[section] = []
        else:
            key, _, value = line.partition("=")
            found[section].append((key.strip(), value.strip()))
    return found


def value(unit: Path, section: str, key: str) -> str:
    [found] = [item for name, item in entries(unit)[section] if name == key]
    return found


def elapses(expression: str, count: int = 4) -> list[dt.datetime]:
    """When systemd would start a timer with ``OnCalendar=expression``, the next ``count`` times (UTC)."""
    result = subprocess.run(
        ["systemd-analyze", "calendar", f"--iterations={count}", expression],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
        env={"TZ": "UTC", "PATH": "/usr/bin:/bin"},
    )
    stamps = re.findall(r"(?:Next elapse|Iter\. #\d+): \w{3} (\S+ \S+) UTC", result.stdout)
    return [dt.datetime.fromisoformat(stamp).replace(tzinfo=dt.timezone.utc) for stamp in stamps]


@NEEDS_SYSTEMD
def test_systemd_accepts_the_units(tmp_path):
    # Verified as if installed from this checkout: systemd checks that the program ExecStart names exists.
    copies = []
    for name in NAMES:
        for suffix in ("timer", "service"):
            source = path(name, suffix)
            copy = tmp_path / source.name
            copy.write_text(source.read_text(encoding="utf-8").replace(INSTALL_PREFIX, str(ROOT)))
            copies.append(str(copy))
    result = subprocess.run(
        ["systemd-analyze", "verify", *copies], capture_output=True, text=True, timeout=120, check=False
    )
    assert (result.returncode, result.stdout + result.stderr) == (0, "")


@pytest.mark.parametrize("name", NAMES)
def test_each_timer_starts_its_own_service_and_catches_up_after_downtime(name):
    timer = entries(path(name, "timer"))
    assert "Unit" not in dict(timer["Timer"])  # a timer without Unit= starts the service of its own name
    assert path(name, "service").exists()
    assert value(path(name, "timer"), "Timer", "Persistent") == "true"
    assert value(path(name, "timer"), "Install", "WantedBy") == "timers.target"


@NEEDS_SYSTEMD
def test_reminders_run_daily_before_offices_open_in_an_indonesian_zone():
    schedule = value(path("remind", "timer"), "Timer", "OnCalendar")
    zone = schedule.split()[-1]
    assert zone in {entry.tz for entry in TIME_ZONES}
    runs = elapses(schedule)
    assert {later - earlier for earlier, later in itertools.pairwise(runs)} == {dt.timedelta(days=1)}
    # Offices open at 07:30 (Perpres 21/2023): the day's reminders are waiting by then.
    local = runs[0].astimezone(zoneinfo.ZoneInfo(zone))
    assert local.time() < dt.time(7, 30)


@NEEDS_SYSTEMD
def test_retries_are_tried_at_least_as_often_as_the_first_wait():
    runs = elapses(value(path("notify", "timer"), "Timer", "OnCalendar"), count=6)
    # ckanext.ppid.notify.retry_minutes defaults to 15: a retry waits no longer than that for its run.
    assert max(later - earlier for earlier, later in itertools.pairwise(runs)) <= dt.timedelta(minutes=15)


@NEEDS_SYSTEMD
def test_anonymisation_runs_weekly_at_night():
    schedule = value(path("anonymise", "timer"), "Timer", "OnCalendar")
    runs = elapses(schedule)
    assert {later - earlier for earlier, later in itertools.pairwise(runs)} == {dt.timedelta(days=7)}
    assert runs[0].astimezone(zoneinfo.ZoneInfo(schedule.split()[-1])).hour < 6


@pytest.mark.usefixtures("with_plugins")
@pytest.mark.parametrize(
    ("name", "commands"),
    [
        ("remind", [("notify", "--inline"), ("purge-unconfirmed", "--dry-run"), ("remind", "--dry-run")]),
        ("notify", [("notify", "--inline")]),
        ("anonymise", [("anonymise", "--dry-run")]),
    ],
)
def test_the_services_run_the_commands_as_the_worker_runs_jobs(cli, name, commands):
    service, worker = path(name, "service"), entries(WORKER)["Service"]
    assert value(service, "Service", "Type") == "oneshot"
    assert value(service, "Service", "User") == dict(worker)["User"]
    assert value(service, "Service", "Environment") == dict(worker)["Environment"]
    starts = [shlex.split(item) for key, item in entries(service)["Service"] if key == "ExecStart"]
    # A oneshot runs its ExecStart lines in order: retries first, then the day's new notices.
    assert [start[-1] for start in starts] == [command for command, _option in commands]
    for (program, *args), (_command, option) in zip(starts, commands, strict=True):
        assert program == shlex.split(dict(worker)["ExecStart"])[0]
        # The command line names a command this version has, with the option an operator needs.
        result = cli.invoke(ckan, [*args, "--help"])
        assert result.exit_code == 0, result.output
        assert option in result.output
