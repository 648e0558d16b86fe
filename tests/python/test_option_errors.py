"""Every bad option value of tests/fixtures/option-errors.json: the one message
that the CLI, JavaScript and Python give for it, word for word."""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any, Dict

import pytest

import gistr
from conftest import ROOT, run_cli

CASES = json.loads((ROOT / "tests/fixtures/option-errors.json").read_text(encoding="utf-8"))["cases"]
TEXT = "The council approved the bridge on Tuesday after a long debate about its cost."


def python_options(options: Dict[str, Any]) -> Dict[str, Any]:
    """JSON has no NaN or infinity: the table writes them as strings."""
    special = {"NaN": math.nan, "Infinity": math.inf, "-Infinity": -math.inf}
    return {k: special.get(v, v) if isinstance(v, str) and k in ("sentences", "words", "ratio") else v
            for k, v in options.items()}


@pytest.mark.parametrize("case", CASES, ids=[" ".join(c["cli"]) for c in CASES])
def test_python_gives_the_message_of_the_table(case: Dict[str, Any]) -> None:
    options = python_options(case["options"])
    for call in (
        lambda: gistr.summarize([TEXT], **options),
        lambda: gistr.summarize_many([[TEXT]], **options),
    ):
        with pytest.raises(ValueError) as e:
            call()
        assert str(e.value) == case["message"]
    analysis = {k: v for k, v in options.items() if k in ("language", "focus")}
    selection = {k: v for k, v in options.items() if k not in analysis}
    with pytest.raises(ValueError) as e2:
        gistr.Summarizer([TEXT], **analysis).summarize(**selection)
    assert str(e2.value) == case["message"]


@pytest.mark.parametrize("case", CASES, ids=[" ".join(c["cli"]) for c in CASES])
def test_the_cli_gives_the_same(cli: Path, case: Dict[str, Any], tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    r = run_cli(cli, [*case["cli"], str(f)])
    assert r.returncode != 0
    line = r.stderr.strip()
    assert line in (f"gistr: {case['message']}", f"gistr: {case['message']} (gistr --help lists the options)"), line
