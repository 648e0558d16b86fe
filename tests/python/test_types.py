"""`mypy --strict` on a consumer of the installed package (py.typed and the stubs)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).parent


def mypy(file: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", str(HERE / file)],
        capture_output=True,
        text=True,
        cwd=HERE,
        timeout=300,
    )


def test_consumer_passes_mypy_strict() -> None:
    r = mypy("consumer.py")
    assert r.returncode == 0, r.stdout + r.stderr


def test_wrong_uses_fail_mypy_strict() -> None:
    r = mypy("consumer_bad.py")
    assert r.returncode == 1, r.stdout + r.stderr
    # One error per wrong line: the types are real, not Any.
    lines = [line for line in r.stdout.splitlines() if ": error:" in line]
    assert sorted({int(line.split(":")[1]) for line in lines}) == [5, 6, 7, 8], r.stdout
