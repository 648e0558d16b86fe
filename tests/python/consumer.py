"""A consumer of the package, checked by `mypy --strict` (test_types.py)."""

from __future__ import annotations

from typing import Dict, List, Optional

import gistr


def headline(texts: List[str]) -> Optional[str]:
    summary: gistr.Summary = gistr.summarize(texts, sentences=1, order="rank")
    if summary.empty is not None:
        reason: str = summary.empty.reason
        return f"no summary: {reason}"
    first: gistr.Sentence = summary.sentences[0]
    credits: List[int] = first.articles
    conflicts: List[str] = [f"{c.kind}: {c.ours} / {c.theirs}" for c in first.conflicts]
    return f"{first.text} [{len(credits)} articles, score {first.score:.2f}] {'; '.join(conflicts)}"


def slider(articles: List[Dict[str, str]]) -> List[int]:
    s = gistr.Summarizer(articles, language="en", focus=None)
    return [len(s.summarize(words=n).sentences) for n in (50, 100, 200)]


def batch(clusters: List[List[str]]) -> List[float]:
    out: List[float] = []
    for summary in gistr.summarize_many(clusters, words=100, threads=2):
        out.extend(k.score for k in summary.keywords)
        for a in summary.articles:
            out.extend(r.score for r in a.sentences if r.status == "chosen")
    return out


def pairs() -> List[bool]:
    return [v.duplicate for v in gistr.compare_pairs([("a b c", "a b d")], language="en")]


def as_json(texts: List[str]) -> str:
    d: Dict[str, object] = gistr.summarize(texts).to_dict()
    return gistr.summarize(texts).to_json() + str(len(d))
