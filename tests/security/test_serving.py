"""What ``make run`` and the production entry point serve: never Werkzeug's interactive debugger.

The debugger's ``/console`` runs Python for whoever reaches the port; ``ckan run`` serves it unless told
``--disable-debugger``, whatever ``debug`` says in the configuration.
"""

from __future__ import annotations

import os
import shlex
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
RUN_SCRIPT = ROOT / "scripts" / "run.sh"
CKAN = ROOT / ".venv" / "bin" / "ckan"
TEST_INI = ROOT / "test.ini"
START_TIMEOUT = 90


def serve_flags() -> list[str]:
    """The flags ``scripts/run.sh`` gives ``ckan run``, as bash reads them."""
    line = next(line for line in RUN_SCRIPT.read_text().splitlines() if line.startswith("SERVE_FLAGS="))
    done = subprocess.run(
        ["bash", "-c", f'{line}; printf "%s\\n" "${{SERVE_FLAGS[@]}}"'], capture_output=True, text=True
    )
    return done.stdout.split()


def serve_command() -> list[str]:
    """The words of run.sh's last ``ckan run`` line."""
    line = next(line for line in reversed(RUN_SCRIPT.read_text().splitlines()) if '"$CKAN" run' in line)
    return shlex.split(line)


def test_make_run_serves_without_the_debugger_or_the_reloader():
    assert serve_command()[-1] == "${SERVE_FLAGS[@]}"
    assert {"--disable-debugger", "--disable-reloader"} <= set(serve_flags())


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as answer:
            return answer.status, answer.read().decode(errors="replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode(errors="replace")


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def served(tmp_path):
    """Start ``ckan run`` on test.ini with the given flags; stopped (its process group) afterwards."""
    processes: list[subprocess.Popen[bytes]] = []

    def start(flags: list[str]) -> str:
        port = _free_port()
        url = f"http://127.0.0.1:{port}"
        log = (tmp_path / f"ckan-run-{port}.log").open("wb")
        process = subprocess.Popen(
            [str(CKAN), "-c", str(TEST_INI), "run", "-H", "127.0.0.1", "-p", str(port), *flags],
            env={**os.environ, "CKAN_SITE_URL": url},
            cwd=ROOT,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        processes.append(process)
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            if process.poll() is not None:
                pytest.fail(f"ckan run exited: {(tmp_path / log.name).read_text(errors='replace')[-3000:]}")
            try:
                if _get(f"{url}/api/3/action/status_show")[0] == 200:
                    return url
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                pass
            time.sleep(0.5)
        pytest.fail("ckan run did not answer")

    yield start
    for process in processes:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=15)


@pytest.mark.usefixtures("non_clean_db")
def test_the_server_make_run_starts_has_no_console(served):
    url = served(serve_flags())
    status, body = _get(f"{url}/console")
    assert status == 404 and "Werkzeug Debugger" not in body
    # Without the flag the same server hands out the console: what the probe found.
    unsafe = served([flag for flag in serve_flags() if flag != "--disable-debugger"])
    status, body = _get(f"{unsafe}/console")
    assert status == 200 and "Werkzeug Debugger" in body


@pytest.mark.usefixtures("non_clean_db")
def test_the_production_entry_point_ignores_debug_in_the_file(tmp_path):
    ini = tmp_path / "ckan.ini"
    ini.write_text(TEST_INI.read_text().replace("[app:main]\n", "[app:main]\ndebug = true\n", 1))
    probe = (
        "import runpy\n"
        "from werkzeug.test import Client\n"
        f"application = runpy.run_path({str(ROOT / 'deploy' / 'wsgi.py')!r})['application']\n"
        "answer = Client(application).get('/console')\n"
        "print(application._wsgi_app.debug, answer.status_code, b'Werkzeug' in answer.data)\n"
    )
    env = {**os.environ, "CKAN_INI": str(ini)}
    done = subprocess.run([sys.executable, "-c", probe], env=env, cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.split()[-3:] == ["False", "404", "False"]
