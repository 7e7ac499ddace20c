"""deploy/nginx/ppid.conf: nginx accepts it, sends http to https, and its own answers carry the headers."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import ssl
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SITE = ROOT / "deploy" / "nginx" / "ppid.conf"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"

pytestmark = pytest.mark.skipif(not Path(NGINX).exists(), reason="nginx is not installed")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def nginx(tmp_path):
    """nginx serving the site file on free ports, with a throw-away certificate and no uWSGI behind it."""
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=ppid.test"]
        + ["-keyout", str(tmp_path / "key.pem"), "-out", str(tmp_path / "cert.pem")],
        check=True,
        capture_output=True,
    )
    http, https = _free_port(), _free_port()
    site = (
        SITE.read_text()
        .replace("listen 80;", f"listen 127.0.0.1:{http};")
        .replace("listen 443 ssl http2;", f"listen 127.0.0.1:{https} ssl http2;")
        .replace("listen [::]:80;", "")
        .replace("listen [::]:443 ssl http2;", "")
        .replace("/etc/ssl/ppid/fullchain.pem", str(tmp_path / "cert.pem"))
        .replace("/etc/ssl/ppid/privkey.pem", str(tmp_path / "key.pem"))
        .replace("/run/ckan-ppid/uwsgi.sock", str(tmp_path / "nobody-listens.sock"))
    )
    (tmp_path / "site.conf").write_text(site)
    shutil.copy("/etc/nginx/uwsgi_params", tmp_path / "uwsgi_params")
    (tmp_path / "nginx.conf").write_text(
        f"pid {tmp_path}/nginx.pid;\nerror_log {tmp_path}/error.log;\nevents {{}}\n"
        f"http {{\n  access_log off;\n  include /etc/nginx/mime.types;\n  include {tmp_path}/site.conf;\n}}\n"
    )
    command = [NGINX, "-p", str(tmp_path), "-c", str(tmp_path / "nginx.conf")]
    checked = subprocess.run([*command, "-t"], capture_output=True, text=True)
    assert checked.returncode == 0, checked.stderr
    subprocess.run([*command, "-g", "daemon on;"], check=True, capture_output=True)
    deadline = time.monotonic() + 10
    while not (tmp_path / "nginx.pid").exists() and time.monotonic() < deadline:
        time.sleep(0.1)
    yield http, https
    os.kill(int((tmp_path / "nginx.pid").read_text()), signal.SIGQUIT)


def _get(url: str):
    context = ssl.create_default_context()
    context.check_hostname = False
    context.verify_mode = ssl.CERT_NONE
    opener = urllib.request.build_opener(urllib.request.HTTPSHandler(context=context), _NoRedirect())
    try:
        return opener.open(url, timeout=10)
    except urllib.error.HTTPError as error:
        return error


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_plain_http_goes_to_https(nginx):
    http, _https = nginx
    answer = _get(f"http://127.0.0.1:{http}/dataset/?q=apbd")
    assert answer.status == 301
    assert answer.headers["Location"].startswith("https://") and answer.headers["Location"].endswith(
        "/dataset/?q=apbd"
    )


def test_nginx_own_answers_carry_the_security_headers(nginx):
    _http, https = nginx
    down = _get(f"https://127.0.0.1:{https}/")  # nothing behind nginx: its own 502 page
    assert down.status == 502
    assert down.headers["X-Frame-Options"] == "SAMEORIGIN"
    assert down.headers["X-Content-Type-Options"] == "nosniff"
    assert down.headers["Strict-Transport-Security"] == "max-age=31536000"
    assert "frame-ancestors 'self'" in down.headers["Content-Security-Policy"]
    assert "camera=()" in down.headers["Permissions-Policy"]
    assert "nginx/" not in down.headers.get("Server", "")
    assert _get(f"https://127.0.0.1:{https}/console").status == 404
