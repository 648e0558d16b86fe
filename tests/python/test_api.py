"""The package's API, as installed from the wheel."""

from __future__ import annotations

import sys
import sysconfig
from pathlib import Path

import pytest

import gistr
from generate import clusters

BRIDGE = [
    "The city council approved the new bridge on Tuesday. Construction will cost $40 million "
    "and start in May. Residents had asked for a crossing for a decade.",
    {
        "text": "On Tuesday the city council approved a new bridge. The mayor said traffic downtown "
        "would ease within two years. Construction will cost $45 million, the mayor added.",
        "title": "Bridge approved",
        "source": "Daily Planet",
    },
]


def test_installed_from_the_wheel_not_the_source_tree() -> None:
    site = Path(sysconfig.get_paths()["purelib"]).resolve()
    assert Path(gistr.__file__).resolve().parent.parent == site, gistr.__file__
    assert Path(gistr._gistr.__file__).suffix in (".so", ".pyd")
    assert not (Path(gistr.__file__).parent / "__editable__").exists()
    assert sys.prefix != sys.base_prefix, "not in a venv"


def test_summary_objects() -> None:
    s = gistr.summarize(BRIDGE, sentences=2)
    assert [x.articles for x in s.sentences][0] == [0, 1]
    first = s.sentences[0]
    assert first.text == "The city council approved the new bridge on Tuesday."
    assert 1 <= first.independent <= 2 and first.score > 0
    assert [v.at.article for v in first.versions] == [1]
    assert first.versions[0].text == "On Tuesday the city council approved a new bridge."
    assert [a.language for a in s.articles] == ["en", "en"]
    assert [r.status for r in s.articles[0].sentences].count("chosen") >= 1
    assert s.keywords and s.keywords[0].score == 1
    assert s.empty is None and s.compared is None
    assert s.text == "".join(x.text + "\n" for x in s.sentences)
    # to_dict is a fresh dict each time: mutating one does not change the summary.
    d = s.to_dict()
    d["sentences"].clear()
    assert len(s.to_dict()["sentences"]) == 2 and len(s.sentences) == 2


def test_conflicts_are_reported() -> None:
    # Generated clusters: a fifth of the articles have the cost wrong.
    found = []
    for c in clusters(30, seed=4):
        s = gistr.summarize(c, sentences=5)
        for x, d in zip(s.sentences, s.to_dict()["sentences"]):
            for conflict, cd in zip(x.conflicts, d["conflicts"]):
                assert (conflict.kind, conflict.ours, conflict.theirs) == (cd["kind"], cd["ours"], cd["theirs"])
                assert conflict.at.article == cd["at"]["article"]
                # A conflict is with a version (a credit) or a related sentence.
                assert conflict.at.article in x.articles + [r.at.article for r in x.related]
                found.append(conflict.kind)
    assert "number" in found, found


def test_options_reach_the_core() -> None:
    by_rank = gistr.summarize(BRIDGE, sentences=3, order="rank")
    scores = [x.score for x in by_rank.sentences]
    assert scores == sorted(scores, reverse=True)
    assert len(gistr.summarize(BRIDGE, sentences=1).sentences) == 1
    short = gistr.summarize(BRIDGE, words=12)
    assert sum(len(x.text.split()) for x in short.sentences) <= 12 + 3
    assert gistr.summarize(BRIDGE, language="de").articles[0].language == "de"
    # Ints and floats are the same number; None is "not given".
    assert gistr.summarize(BRIDGE, sentences=2.0) == gistr.summarize(BRIDGE, sentences=2)
    assert gistr.summarize(BRIDGE, sentences=None) == gistr.summarize(BRIDGE)
    assert gistr.summarize(BRIDGE, focus="traffic downtown") != gistr.summarize(BRIDGE)
    assert not gistr.summarize(BRIDGE, focus="traffic downtown").unmatched_focus
    # A focus the articles do not hold is ignored, and said to be.
    ignored = gistr.summarize(BRIDGE, focus="zzzz qqqq")
    assert ignored.unmatched_focus
    assert ignored.text == gistr.summarize(BRIDGE).text
    # Shorter than asked: why, and each sentence's words as the budget counts them.
    many = gistr.summarize(BRIDGE, sentences=1000)
    assert many.shortfall is not None and many.shortfall.unit == "sentences" and many.shortfall.asked == 1000
    assert gistr.summarize(BRIDGE, sentences=1).shortfall is None
    assert all(s.words > 0 for s in many.sentences)


def test_summarizer_is_summarize() -> None:
    s = gistr.Summarizer(BRIDGE, focus="cost")
    assert len(s) == 2
    for opts in [dict(sentences=1), dict(words=30, order="rank"), dict(ratio=0.5), {}]:
        assert s.summarize(**opts) == gistr.summarize(BRIDGE, focus="cost", **opts), opts  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="^invalid option ratio: must be a number above 0 and at most 1$"):
        s.summarize(ratio=0)


def test_summarize_many_is_summarize_in_order() -> None:
    cs = clusters(40, seed=3)
    one_by_one = [gistr.summarize(c, words=60) for c in cs]
    for threads in [1, 2, 7, None]:
        assert gistr.summarize_many(cs, words=60, threads=threads) == one_by_one, threads
    assert gistr.summarize_many([]) == []
    # Tuples work as lists.
    assert gistr.summarize_many([tuple(BRIDGE)], sentences=2) == [gistr.summarize(BRIDGE, sentences=2)]


def test_summarize_many_releases_the_gil() -> None:
    import threading

    cs = clusters(200, seed=5)
    ticks = 0
    done = threading.Event()

    def tick() -> None:
        nonlocal ticks
        while not done.is_set():
            ticks += 1

    t = threading.Thread(target=tick)
    t.start()
    before = ticks
    gistr.summarize_many(cs, threads=1)
    during = ticks - before
    done.set()
    t.join()
    # With the GIL held for the whole call, the other thread could not run
    # at all (Python hands over the GIL only between bytecodes).
    assert during > 1000, during


def test_summarize_many_bad_values() -> None:
    with pytest.raises(ValueError, match="^invalid threads: must be a whole number of at least 1$"):
        gistr.summarize_many([BRIDGE], threads=0)
    with pytest.raises(TypeError, match="^invalid threads: a float, expected an int$"):
        gistr.summarize_many([BRIDGE], threads=1.5)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="^invalid articles: cluster 1: article 0 is an int"):
        gistr.summarize_many([BRIDGE, [3]])  # type: ignore[list-item]
    with pytest.raises(ValueError, match="^cluster 1: no articles to summarise$"):
        gistr.summarize_many([BRIDGE, []])


def test_compare_pairs_is_dedup_pairs(cli: Path, tmp_path: Path) -> None:
    import json

    from conftest import run_cli

    pairs = [
        ("The council approved the bridge on Tuesday.", "On Tuesday the council approved the bridge."),
        ("The council approved the bridge on Tuesday.", "Heavy rain flooded the old town overnight."),
        ("Shares of Acme fell 5% on Monday.", "Acme's shares dropped five percent on Monday."),
    ]
    got = gistr.compare_pairs(pairs)
    assert [v.duplicate for v in got][:2] == [True, False]
    f = tmp_path / "pairs.jsonl"
    f.write_text("".join(json.dumps({"a": a, "b": b}) + "\n" for a, b in pairs))
    r = run_cli(cli, ["dedup", "--pairs", str(f)])
    assert r.returncode == 0, r.stderr
    want = [json.loads(line) for line in r.stdout.splitlines()]
    assert [v.duplicate for v in got] == [w["duplicate"] for w in want]
    # The CLI rounds to 3 decimals.
    assert all(abs(v.similarity - w["similarity"]) <= 5e-4 for v, w in zip(got, want))
    with pytest.raises(TypeError, match="^invalid pairs: pair 0 is a str"):
        gistr.compare_pairs(["ab"])  # type: ignore[list-item]
