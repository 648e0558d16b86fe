"""`Summary.to_dict()` equals the CLI's `--json` for the same input, field for field."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Dict, List

import pytest

import gistr
from conftest import ROOT, run_cli
from generate import clusters

# Five real articles beside the repository (../shared/seeds), read at run time only.
SEEDS = next((p for p in (ROOT.parent / "shared/seeds", Path("/work/shared/seeds")) if p.is_dir()), ROOT.parent / "shared/seeds")

OPTIONS: List[Dict[str, Any]] = [
    {},
    {"sentences": 3},
    {"words": 100},
    {"ratio": 0.1},
    {"sentences": 4, "order": "rank"},
    {"words": 80, "focus": "strike pay"},
    {"sentences": 2, "language": "en"},
]


def flags(options: Dict[str, Any]) -> List[str]:
    out = []
    for k, v in options.items():
        out += ["--lang" if k == "language" else f"--{k}", str(v)]
    return out


def same_as_cli(cli: Path, files: List[Path], options: Dict[str, Any]) -> None:
    r = run_cli(cli, ["--json", *flags(options), *map(str, files)])
    assert r.returncode in (0, 3), r.stderr
    # The CLI reads a .txt file as plain text: one article between --- lines,
    # each titled by its headline line.
    articles = [
        {**a, "source": str(f)} for f in files for a in gistr.plain_articles(f.read_text(encoding="utf-8"), f.name)
    ]
    summary = gistr.summarize(articles, **options)
    assert summary.to_dict() == json.loads(r.stdout), options
    # The same bytes, too (one serialiser).
    assert summary.to_json() + "\n" == r.stdout


@pytest.mark.parametrize("options", OPTIONS, ids=lambda o: ",".join(f"{k}={v}" for k, v in o.items()) or "defaults")
def test_fixture_articles(cli: Path, options: Dict[str, Any]) -> None:
    same_as_cli(cli, sorted((ROOT / "tests/fixtures/strike").glob("*.txt")), options)


def test_a_file_of_several_articles(cli: Path, tmp_path: Path) -> None:
    # Two reports in one file, split by a line of dashes: three articles with
    # the third file, as the CLI and the page read them.
    a, b, c = sorted((ROOT / "tests/fixtures/strike").glob("*.txt"))
    joined = tmp_path / "two.txt"
    joined.write_text(a.read_text(encoding="utf-8") + "\n  ----  \n" + b.read_text(encoding="utf-8"), encoding="utf-8")
    assert len(gistr.plain_articles(joined.read_text(encoding="utf-8"), joined.name)) == 2
    for options in OPTIONS[:3]:
        same_as_cli(cli, [joined, c], options)


@pytest.mark.parametrize("options", OPTIONS[:4], ids=lambda o: ",".join(f"{k}={v}" for k, v in o.items()) or "defaults")
def test_seed_articles(cli: Path, options: Dict[str, Any]) -> None:
    files = sorted(SEEDS.glob("*.txt"))
    if not files:
        pytest.skip(f"{SEEDS} absent")
    same_as_cli(cli, files, options)


def test_generated_clusters(cli: Path, tmp_path: Path) -> None:
    for i, c in enumerate(clusters(12, seed=11)):
        files = []
        for j, a in enumerate(c):
            f = tmp_path / f"{i}-{j}.txt"
            f.write_text(a["text"], encoding="utf-8")
            files.append(f)
        same_as_cli(cli, files, {"words": 70})


def test_empty_summary(cli: Path, tmp_path: Path) -> None:
    f = tmp_path / "short.txt"
    f.write_text("Too short.", encoding="utf-8")
    same_as_cli(cli, [f], {})
