"""A real HTTP server on loopback standing in for an SMS/WhatsApp gateway: it keeps what it is sent.

``webhook_gateway`` starts it, points ``ckanext.ppid.notify.webhook_url`` at it with a known secret, and
answers each POST with the next status of ``Gateway.answers`` (200 once they are used up).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

SECRET = "gateway-secret-for-tests-only-0123456789"


@dataclass(frozen=True)
class Call:
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Gateway:
    url: str = ""
    calls: list[Call] = field(default_factory=list)
    answers: list[int] = field(default_factory=list)


def _handler(gateway: Gateway) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            gateway.calls.append(Call(self.path, dict(self.headers.items()), body))
            status = gateway.answers.pop(0) if gateway.answers else 200
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.end_headers()
            self.wfile.write(b'{"ok": true}' if status == 200 else b'{"error": "gateway down"}')

        def log_message(self, *args) -> None:  # keep the test output clean
            return

    return Handler


@pytest.fixture
def webhook_gateway(ckan_config, monkeypatch) -> Iterator[Gateway]:
    gateway = Gateway()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(gateway))
    gateway.url = f"http://127.0.0.1:{server.server_address[1]}/kirim"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setitem(ckan_config, "ckanext.ppid.notify.webhook_url", gateway.url)
    monkeypatch.setitem(ckan_config, "ckanext.ppid.notify.webhook_secret", SECRET)
    try:
        yield gateway
    finally:
        server.shutdown()
        server.server_close()
