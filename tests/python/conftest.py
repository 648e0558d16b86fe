"""Shared fixtures. The tests run against the installed wheel (scripts/test-python.sh)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path
from typing import List

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def cli() -> Path:
    """The `gistr` binary: $GISTR_CLI, else target/{release,debug}/gistr."""
    env = os.environ.get("GISTR_CLI")
    candidates = [Path(env)] if env else [ROOT / "target/release/gistr", ROOT / "target/debug/gistr"]
    for c in candidates:
        if c.is_file():
            return c
    pytest.fail(f"no gistr CLI at {', '.join(map(str, candidates))}: cargo build -p gistr-cli")


def run_cli(cli: Path, args: List[str], stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(cli), *args], input=stdin, capture_output=True, text=True, timeout=120)
