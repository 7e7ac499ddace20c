"""The benchmarks start: each script in bench/ answers --help, and none takes the name of an installed module.

A script runs with bench/ first on the import path, so a script named like a package (``requests.py``)
would be imported in that package's place by everything the script imports, CKAN included.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[2] / "bench"
SCRIPTS = sorted(path for path in BENCH.glob("*.py") if 'if __name__ == "__main__"' in path.read_text())


def test_every_make_target_names_a_script_that_exists():
    makefile = (BENCH.parent / "Makefile").read_text()
    named = {line.split()[-1] for line in makefile.splitlines() if "bench/" in line and "python" in line}
    assert named and all((BENCH.parent / path).is_file() for path in named)


@pytest.mark.parametrize("script", BENCH.glob("*.py"), ids=lambda path: path.name)
def test_no_script_shadows_a_module(script):
    assert importlib.util.find_spec(script.stem) is None, (
        f"bench/{script.name} hides the module {script.stem}"
    )


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda path: path.name)
def test_script_starts(script):
    done = subprocess.run(
        [sys.executable, str(script), "--help"], cwd=BENCH.parent, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.startswith("usage:")
