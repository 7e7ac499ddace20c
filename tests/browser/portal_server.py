"""A throw-away portal for the browser tests: its own database with the demo loaded, served by ``ckan run``.

Every step is the command an operator would type (``scripts/database.sh``, ``ckan db upgrade``,
``ckan ppid demo``, ``ckan run``), run as a subprocess against the database ``ckan_ppid_browser``.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import psycopg2
import redis
from sqlalchemy.engine import make_url

# Another name through PPID_BROWSER_DATABASE, so two checkouts on one machine do not share it.
DATABASE = os.environ.get("PPID_BROWSER_DATABASE", "ckan_ppid_browser")
# scripts/database.sh <database> creates <database>_datastore beside it.
DATASTORE = f"{DATABASE}_datastore"
# A Redis database of its own: the in-process tests' job worker must not run the portal's queued jobs, nor the
# portal see their rate-limit counters.
REDIS_DATABASE = os.environ.get("PPID_BROWSER_REDIS_DATABASE", "2")
START_TIMEOUT = 90  # seconds until the server must answer status_show


class PortalError(RuntimeError):
    """A set-up step failed; the message carries the step and its output."""


def environment(test_config: Mapping[str, Any], **extra: str) -> dict[str, str]:
    """The environment of every command run for the browser portal (set-up, ``ckan run``, a job worker): the
    test configuration pointed at the portal's database and its DataStore database (the demo's budgets are
    tables there, which the in-process tests' DataStore must not receive)."""
    return {
        **os.environ,
        "CKAN_SQLALCHEMY_URL": database_url_like(test_config["sqlalchemy.url"]),
        "CKAN_DATASTORE_WRITE_URL": database_url_like(test_config["ckan.datastore.write_url"], DATASTORE),
        "CKAN_DATASTORE_READ_URL": database_url_like(test_config["ckan.datastore.read_url"], DATASTORE),
        "CKAN_REDIS_URL": redis_url_like(test_config["ckan.redis.url"]),
        **extra,
    }


def redis_url_like(url: str) -> str:
    """``url`` (the tests' Redis) with the browser portal's database number."""
    return urlsplit(url)._replace(path=f"/{REDIS_DATABASE}").geturl()


@dataclass(frozen=True)
class Settings:
    """Where the portal's pieces are: repository, config file, ckan executable, the tests' configuration."""

    root: Path
    ini: Path
    ckan: Path
    test_config: Mapping[str, Any]

    @property
    def database_url(self) -> str:
        return database_url_like(self.test_config["sqlalchemy.url"])

    def env(self, **extra: str) -> dict[str, str]:
        return environment(self.test_config, **extra)


def database_url_like(url: str, database: str = DATABASE) -> str:
    """``url`` (the test database's) with another database name: same server, role and password."""
    return make_url(url).set(database=database).render_as_string(hide_password=False)


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def run_step(description: str, command: list[str], env: dict[str, str], cwd: Path) -> None:
    """Run one set-up command; fail with its output if it does not succeed."""
    done = subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, timeout=600)
    if done.returncode != 0:
        raise PortalError(f"{description} failed ({' '.join(command)}):\n{done.stdout}\n{done.stderr}")


def recreate_database(settings: Settings) -> None:
    """Drop the browser databases a previous run left, and create them with ``scripts/database.sh``."""
    url = make_url(settings.database_url)
    connection = psycopg2.connect(
        host=url.host, port=url.port or 5432, user=url.username, password=url.password, dbname="postgres"
    )
    try:
        connection.autocommit = True
        with connection.cursor() as cursor:
            # The role owns the database it created, so it may drop it; FORCE ends stale sessions.
            for database in (url.database, f"{url.database}_datastore"):
                cursor.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    finally:
        connection.close()
    env = settings.env(
        PPID_DB_HOST=url.host or "127.0.0.1",
        PPID_DB_PORT=str(url.port or 5432),
        PPID_DB_USER=url.username or "",
        PPID_DB_PASSWORD=url.password or "",
    )
    script = str(settings.root / "scripts/database.sh")
    run_step("creating the database", [script, url.database], env, settings.root)


def prepare(settings: Settings) -> None:
    """A fresh database, migrated, with the demo loaded (the path ``make run`` takes)."""
    recreate_database(settings)
    ckan = [str(settings.ckan), "-c", str(settings.ini)]
    env = settings.env()
    run_step("migrating CKAN and the plugins", [*ckan, "db", "upgrade"], env, settings.root)
    run_step("migrating ppid_search", [*ckan, "db", "upgrade", "-p", "ppid_search"], env, settings.root)
    run_step("loading the demo", [*ckan, "ppid", "demo"], env, settings.root)
    # The demo queues a PDF for each of its cases, and a previous run may have left counters. The portal runs
    # no worker; a test that needs a job done runs one (``ckan jobs worker --burst``), which then does that
    # test's jobs only, not all the demo's.
    redis.Redis.from_url(env["CKAN_REDIS_URL"]).flushdb()


class Portal:
    """``ckan run`` in its own process group, answering at :attr:`url` until :meth:`stop`."""

    def __init__(self, settings: Settings, log_path: Path):
        self.settings = settings
        self.log_path = log_path
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        """Start the server and wait until it answers."""
        command = [str(self.settings.ckan), "-c", str(self.settings.ini), "run"]
        command += ["-H", "127.0.0.1", "-p", str(self.port), "--disable-reloader", "--threaded"]
        with self.log_path.open("wb") as log:
            self.process = subprocess.Popen(
                command,
                env=self.settings.env(CKAN_SITE_URL=self.url),
                cwd=self.settings.root,
                stdout=log,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self._wait_until_ready()

    def stop(self) -> None:
        """Stop the server's process group (the server and anything it started)."""
        if self.process is None or self.process.poll() is not None:
            return
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait(timeout=5)

    def log_tail(self, lines: int = 40) -> str:
        """The end of the server's output, for failure messages."""
        if not self.log_path.exists():
            return ""
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    def _wait_until_ready(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise PortalError(f"ckan run exited with {self.process.returncode}:\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(f"{self.url}/api/3/action/status_show", timeout=5) as answer:
                    if answer.status == 200:
                        return
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.5)
        self.stop()
        raise PortalError(f"ckan run did not answer within {START_TIMEOUT} s:\n{self.log_tail()}")
