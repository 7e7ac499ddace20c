"""How long the security suites take: the role x route matrix and the two fuzz tests (target: under 5 minutes
together on two cores).

Runs them with pytest, as the test suite does, in a database of their own (``ckan_ppid_bench_security``,
created with ``scripts/database.sh``), and prints each test's wall time, the requests each walk sent (the
tests print them) and the CPU time of the whole run.

Usage: .venv/bin/python bench/security_suites.py [--repeat 1]
"""

from __future__ import annotations

import argparse
import os
import re
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATABASE = "ckan_ppid_bench_security"
SUITES = (
    "tests/security/test_role_matrix.py",
    "tests/security/test_fuzz_actions.py",
    "tests/security/test_fuzz_routes.py",
)
BUDGET_SECONDS = 300
DURATION = re.compile(r"^\s*([\d.]+)s (call|setup|teardown)\s+(\S+)$")
WALKED = re.compile(r"(\d+ (?:route requests|action calls) in [\d.]+ s|\w+ fuzz: \d+ requests in \d+ s)")


def environment() -> dict[str, str]:
    url = f"postgresql://ckan_ppid:ckan_ppid@127.0.0.1:5432/{DATABASE}"
    reader = f"postgresql://ckan_ppid_reader:ckan_ppid_reader@127.0.0.1:5432/{DATABASE}_datastore"
    return {
        **os.environ,
        "CKAN_SQLALCHEMY_URL": url,
        "CKAN_DATASTORE_WRITE_URL": url.replace(DATABASE, f"{DATABASE}_datastore"),
        "CKAN_DATASTORE_READ_URL": reader,
        "CKAN_REDIS_URL": "redis://127.0.0.1:6379/8",
    }


def run_once() -> tuple[float, float, list[str]]:
    """Wall seconds, CPU seconds of pytest and its children, and the lines worth printing."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.monotonic()
    done = subprocess.run(
        [str(ROOT / ".venv" / "bin" / "pytest"), "-q", "-s", "-p", "no:cacheprovider", "--durations=0"]
        + list(SUITES),
        cwd=ROOT,
        env=environment(),
        capture_output=True,
        text=True,
    )
    wall = time.monotonic() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode != 0:
        sys.exit(f"the suites failed (exit {done.returncode}):\n{done.stdout[-4000:]}\n{done.stderr[-2000:]}")
    lines = []
    for line in done.stdout.splitlines():
        found = DURATION.match(line)
        if found and float(found.group(1)) >= 1:
            seconds, phase, test = float(found.group(1)), found.group(2), found.group(3).split("::")[-1]
            lines.append(f"  {seconds:7.1f} s  {phase:8} {test}")
        lines.extend(f"  {walk}" for walk in WALKED.findall(line))
    return wall, cpu, lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=1, help="runs of the three suites (default 1)")
    args = parser.parse_args()
    subprocess.run([str(ROOT / "scripts" / "database.sh"), DATABASE], check=True, capture_output=True)
    load = os.getloadavg()[0]
    print(f"security suites on {os.cpu_count()} cores (load average {load:.2f} before the first run)")
    for number in range(1, args.repeat + 1):
        wall, cpu, lines = run_once()
        verdict = "within" if wall < BUDGET_SECONDS else "OVER"
        print(f"run {number}: {wall:.0f} s wall, {cpu:.0f} s CPU ({verdict} the {BUDGET_SECONDS} s budget)")
        print("\n".join(lines))


if __name__ == "__main__":
    main()
