"""How fast the pages people use answer: p50, p95 and the slowest of each, as each role sees them.

Runs against the portal ``make run`` serves with the demo data (target: p95 under 300 ms a page). Each role
logs in through the login form, as a person does; each page is fetched ``--repeat`` times after one warm-up
request, one at a time, and timed from the request to the last byte of the answer.

Usage: .venv/bin/python bench/page_latency.py [--base http://127.0.0.1:5000] [--repeat 20]
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import time
from urllib.parse import urlparse

import requests as http

from ckanext.ppid.demo.staff import DEFAULT_PASSWORD

TARGET_MS = 300
# (role as the demo names its login, or None for a visitor; the pages that role uses)
ROLES = (
    (
        None,
        (
            "/",
            "/ppid/",
            "/ppid/dip",
            "/ppid/dik",
            "/informasi-publik/",
            "/dataset/",
            "/anggaran/",
            "/anggaran/opd",
            "/anggaran/opd/dinkes",
            "/ppid/register-permohonan",
            "/ppid/keberatan/register",
            "/ppid/statistik-permohonan",
            "/ppid/kalender/",
            "/ppid/permohonan/baru",
            "/ppid/permohonan/baru?tanpa-akun=1",
            "/ppid/permohonan/status",
            "/user/register",
        ),
    ),
    ("warga-rahmat", ("/ppid/saya", "/ppid/permohonan/saya", "/ppid/permohonan/baru")),
    ("ppid-dinkes", ("/ppid/saya", "/ppid/antrian", "/ppid/import/", "/informasi-publik/new")),
    ("atasan-ppid", ("/ppid/saya", "/ppid/antrian")),
    ("penilai-ki", ("/ppid/saya",)),
    ("ppid-utama", ("/ppid/saya", "/ppid/antrian", "/ppid/audit")),
)
CSRF = re.compile(r'name="_csrf_token" value="([^"]+)"')


def keep_cookies(session: http.Session, host: str) -> None:
    """Keep the portal's cookies as a browser does: CKAN sends them with an empty ``Domain=``, which a
    browser reads as "this host" and Python's cookie jar refuses."""

    def kept(answer: http.Response, *args: object, **kwargs: object) -> None:
        for header in answer.raw.headers.getlist("Set-Cookie"):
            name, _, value = header.split(";", 1)[0].partition("=")
            session.cookies.set(name.strip(), value.strip(), domain=host, path="/")

    session.hooks["response"].append(kept)


def session_of(base: str, login: str | None, password: str) -> http.Session:
    """A browser-like session, logged in as ``login`` through the login form (None: a visitor)."""
    session = http.Session()
    keep_cookies(session, urlparse(base).hostname or "")
    if login is None:
        return session
    form = session.get(f"{base}/user/login")
    token = CSRF.search(form.text)
    data = {"login": login, "password": password, **({"_csrf_token": token.group(1)} if token else {})}
    answer = session.post(f"{base}/user/login", data=data, allow_redirects=False)
    if answer.status_code != 302 or "/user/login" in answer.headers.get("Location", ""):
        raise SystemExit(f"{login} could not log in (is the demo loaded, and the password {password!r}?)")
    return session


def timed(session: http.Session, url: str) -> tuple[float, int]:
    started = time.perf_counter()
    answer = session.get(url)
    _ = answer.content
    return (time.perf_counter() - started) * 1000, answer.status_code


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="http://127.0.0.1:5000", help="the portal's address")
    parser.add_argument("--repeat", type=int, default=20, help="timed requests per page")
    parser.add_argument("--password", default=os.environ.get("PPID_DEMO_PASSWORD", DEFAULT_PASSWORD))
    args = parser.parse_args()
    print(f"{'role':<14} {'page':<30} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8}  status")
    slow = []
    for login, pages in ROLES:
        session = session_of(args.base, login, args.password)
        for path in pages:
            url = args.base + path
            timed(session, url)  # warm-up: templates compiled, caches filled
            runs = [timed(session, url) for _ in range(args.repeat)]
            times = [ms for ms, _ in runs]
            statuses = sorted({status for _, status in runs})
            p95 = percentile(times, 0.95)
            print(
                f"{login or 'visitor':<14} {path:<30} {statistics.median(times):8.0f} {p95:8.0f}"
                f" {max(times):8.0f}  {','.join(map(str, statuses))}"
            )
            if p95 > TARGET_MS:
                slow.append(f"{login or 'visitor'} {path}")
    print(f"pages over the {TARGET_MS} ms p95 target: {', '.join(slow) if slow else 'none'}")


if __name__ == "__main__":
    main()
