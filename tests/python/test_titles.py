"""`gistr.plain_text` and `gistr.plain_articles` read a plain text as the CLI
and the page do: the tables of tests/fixtures/titles.json and
separators.json, which the core and the page are checked on too
(crates/gistr/tests/it/titles.rs, tests/e2e/titles.test.mjs)."""

from __future__ import annotations

import json

import pytest

import gistr
from conftest import ROOT


def test_the_table_of_the_core_and_the_page() -> None:
    cases = json.loads((ROOT / "tests/fixtures/titles.json").read_text(encoding="utf-8"))["cases"]
    assert len(cases) >= 30
    for c in cases:
        a = gistr.plain_text(c["text"], c.get("name"))
        assert a.get("title") == c["title"], c["why"]
        assert a["text"] == c["body"], c["why"]
        assert set(a) <= {"title", "text"}


def test_the_separator_table_of_the_core_and_the_page() -> None:
    cases = json.loads((ROOT / "tests/fixtures/separators.json").read_text(encoding="utf-8"))["cases"]
    assert len(cases) >= 20
    for c in cases:
        articles = gistr.plain_articles(c["text"], c.get("name"))
        assert [a["text"] for a in articles] == c["pieces"], c["why"]
        assert [a.get("title") for a in articles] == c["titles"], c["why"]
        assert all(set(a) <= {"title", "text"} for a in articles)


def test_bad_values_are_type_errors() -> None:
    with pytest.raises(TypeError, match="text is an int, expected a str"):
        gistr.plain_text(3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="name is a bytes, expected a str"):
        gistr.plain_text("text", b"x.txt")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="text is an int, expected a str"):
        gistr.plain_articles(3)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="name is a bytes, expected a str"):
        gistr.plain_articles("text", b"x.txt")  # type: ignore[arg-type]
