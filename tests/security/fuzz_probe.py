"""Sends the fuzz tests' requests as a visitor, a logged-in citizen or a sysadmin, and keeps every server
error (a 5xx answer, or an exception the test application lets through) with what caused it, so one run
reports all of them at once."""

from __future__ import annotations

import json
import logging
import os
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote, quote_from_bytes

from ckan import model
from ckan.common import config

# A page that reads the database as a logged-in user: it fails while a broken transaction lingers.
SESSION_CHECK = "/ppid/permohonan/saya"
WHO = ("sysadmin", "citizen", "anonymous")
# PPID_FUZZ_PROGRESS=1 prints each batch as it ends (with pytest -s).
PROGRESS = bool(os.environ.get("PPID_FUZZ_PROGRESS"))


@dataclass
class Failure:
    who: str
    request: str
    cause: str
    outcome: str

    def __str__(self) -> str:
        return f"[{self.who}] {self.request} with {self.cause}: {self.outcome}"


@dataclass
class Probe:
    """The test application's clients, one per visitor, and the failures seen so far."""

    app: Any
    users: dict[str, dict]
    failures: list[Failure] = field(default_factory=list)
    sent: int = 0
    started: float = field(default_factory=time.monotonic)
    batch_started: float = field(default_factory=time.monotonic)
    batches: list[tuple[float, str]] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.clients = {"anonymous": self.app.test_client()}
        for who, user in self.users.items():
            # Logged in by the session cookie, as a browser is (the cookie is set for the site's host).
            client = self.app.test_client()
            with client.session_transaction(base_url=config["ckan.site_url"]) as session:
                session["_user_id"] = model.User.get(user["id"]).get_id()
            self.clients[who] = client
        self.logged = _LastError()

    @contextmanager
    def listening(self) -> Iterator[Probe]:
        """CKAN's API answers an action's exception with a 500 and logs it (its logger is disabled in
        tests): the log says what the exception was."""
        loggers = [logging.getLogger(name) for name in ("ckan.views.api", "ckan.config.middleware.flask_app")]
        saved = [(logger.disabled, logger.propagate) for logger in loggers]
        for logger in loggers:
            logger.disabled, logger.propagate = False, False
            logger.addHandler(self.logged)
        try:
            yield self
        finally:
            for logger, (disabled, propagate) in zip(loggers, saved, strict=True):
                logger.removeHandler(self.logged)
                logger.disabled, logger.propagate = disabled, propagate

    def send(self, who: str, method: str, path: str, cause: str, **kwargs: Any) -> Any:
        """Send one request; a 5xx answer or an exception is recorded. The response, or None."""
        self.sent += 1
        self.logged.last = None
        label = f"{method} {_short(path)}"
        try:
            response = self.clients[who].open(path, method=method, follow_redirects=False, **kwargs)
        except Exception as error:  # the test application propagates what production answers with 500
            last = traceback.format_exception_only(type(error), error)[-1].strip()
            self.failures.append(Failure(who, label, cause, _short(last, 300)))
            return None
        if response.status_code >= 500:
            logged = f": {self.logged.last}" if self.logged.last else ""
            self.failures.append(Failure(who, label, cause, f"HTTP {response.status_code}{logged}"))
        return response

    def call_action(self, who: str, action: str, data: Any, cause: str) -> Any:
        body = data if isinstance(data, bytes) else json.dumps(data).encode()
        return self.send(
            who, "POST", f"/api/3/action/{action}", cause, data=body, content_type="application/json"
        )

    def check_session(self, after: str) -> None:
        """A logged-in request still answers 200 after ``after``: no failed transaction was left behind.
        Also closes the batch ``after`` for the timing summary."""
        now = time.monotonic()
        self.batches.append((now - self.batch_started, after))
        if PROGRESS:
            print(f"{now - self.started:6.1f} s {self.sent:6d} requests  {after}", flush=True)
        self.batch_started = now
        response = self.send("citizen", "GET", SESSION_CHECK, f"the check after {after}")
        if response is not None and response.status_code != 200:
            self.failures.append(
                Failure(
                    "citizen",
                    f"GET {SESSION_CHECK}",
                    f"the check after {after}",
                    f"HTTP {response.status_code}",
                )
            )

    def summary(self, title: str) -> str:
        seconds = time.monotonic() - self.started
        slowest = ", ".join(f"{name} {took:.1f} s" for took, name in sorted(self.batches, reverse=True)[:5])
        return f"{title}: {self.sent} requests in {seconds:.0f} s; slowest: {slowest}"

    def report(self, title: str) -> str:
        lines = [f"{self.summary(title)}", f"{len(self.failures)} server errors:"]
        lines += [f"  {failure}" for failure in self.failures]
        return "\n".join(lines)


class _LastError(logging.Handler):
    """Keeps the last line of the last exception logged."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.last: str | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info and record.exc_info[1] is not None:
            error = record.exc_info[1]
            self.last = _short(traceback.format_exception_only(type(error), error)[-1].strip(), 300)


def encoded(value: str | bytes) -> str:
    """``value`` percent-encoded for a path segment, a query string or a form body (bytes as they are)."""
    if isinstance(value, bytes):
        return quote_from_bytes(value, safe="")
    return quote(value, safe="")


def query(pairs: list[tuple[str, str | bytes]]) -> str:
    return "&".join(f"{encoded(key)}={encoded(value)}" for key, value in pairs)


def _short(text: str, limit: int = 160) -> str:
    text = text.replace("\n", "\\n").replace("\r", "\\r").replace("\x00", "\\x00")
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text)} chars)"
