"""Bad input: a clear error or reason, and nothing lost."""

from __future__ import annotations

import math
from typing import Any

import pytest

import gistr

TEXT = (
    "The city council approved the new bridge on Tuesday. Construction will cost $40 million "
    "and start in May. Residents had asked for a crossing for a decade."
)


def test_no_articles() -> None:
    with pytest.raises(ValueError, match="^no articles to summarise$"):
        gistr.summarize([])
    with pytest.raises(ValueError, match="^no articles to summarise$"):
        gistr.Summarizer([])


@pytest.mark.parametrize(
    "articles, reason",
    [
        ([""], "noText"),
        (["   \n\t  ", ""], "noText"),
        (["Short one. Tiny."], "tooShort"),
        (["word " * 500], "noSentenceEnds"),
    ],
)
def test_nothing_to_summarise_is_a_reason(articles: Any, reason: Any) -> None:
    s = gistr.summarize(articles)
    assert s.sentences == []
    assert s.empty is not None and s.empty.message
    if reason:
        assert s.empty.reason == reason
    assert s.to_dict()["empty"]["reason"] == s.empty.reason


def test_binary_text_is_named_not_summarised() -> None:
    blob = bytes(range(256)) * 40  # a binary file, decoded as a careless reader would
    s = gistr.summarize([TEXT, blob.decode("utf-8", errors="replace")])
    assert s.empty is not None
    assert (s.empty.reason, s.empty.article) == ("binary", 1)
    assert s.empty.message == "this looks like a binary file, not text"
    assert s.sentences == []


def test_bytes_are_refused_with_what_to_do() -> None:
    with pytest.raises(TypeError, match=r"^invalid articles: article 1 is a bytes; expected a list of str or of dicts"):
        gistr.summarize([TEXT, b"bytes"])  # type: ignore[list-item]


@pytest.mark.parametrize(
    "articles, error, message",
    [
        ("just a string", TypeError, "invalid articles: got a str; expected a list of str"),
        ([None], TypeError, "invalid articles: article 0 is None; expected"),
        ([3.5], TypeError, "invalid articles: article 0 is a float; expected"),
        ([{"title": "no text"}], ValueError, "invalid articles: article 0: missing field text; expected"),
        ([{"text": TEXT, "body": "x"}], ValueError, "invalid articles: article 0: unknown field 'body', expected one of text, title, source"),
        ([{"text": 5}], TypeError, "invalid articles: article 0: text is an int, expected a str"),
    ],
)
def test_bad_articles(articles: Any, error: Any, message: str) -> None:
    with pytest.raises(error) as e:
        gistr.summarize(articles)
    assert str(e.value).startswith(message), str(e.value)


def test_lone_surrogates_do_not_crash() -> None:
    s = gistr.summarize([TEXT + " \ud800 The mayor said the work would take two years in all."])
    assert s.sentences


# The messages are the core's one option checker's (gistr::options), the
# ones the CLI and the JavaScript API show.
RANGE = "must be a whole number from 1 to 1000000000"


@pytest.mark.parametrize(
    "options, message",
    [
        ({"sentences": math.nan}, f"invalid option sentences: {RANGE}"),
        ({"sentences": math.inf}, f"invalid option sentences: {RANGE}"),
        ({"sentences": 0}, f"invalid option sentences: {RANGE}"),
        ({"sentences": 2.5}, f"invalid option sentences: {RANGE}"),
        ({"sentences": 10**400}, f"invalid option sentences: {RANGE}"),
        ({"sentences": -(10**400)}, f"invalid option sentences: {RANGE}"),
        ({"words": -3}, f"invalid option words: {RANGE}"),
        ({"words": 1e12}, f"invalid option words: {RANGE}"),
        ({"ratio": math.nan}, "invalid option ratio: must be a number above 0 and at most 1"),
        ({"ratio": 0}, "invalid option ratio: must be a number above 0 and at most 1"),
        ({"ratio": 1.5}, "invalid option ratio: must be a number above 0 and at most 1"),
        ({"order": "random"}, 'invalid option order: "random"; use "article" or "rank"'),
        ({"sentences": 2, "words": 10}, "invalid options: give only one of sentences, words and ratio (got sentences and words)"),
    ],
)
def test_bad_options_are_value_errors(options: Any, message: str) -> None:
    with pytest.raises(ValueError) as e:
        gistr.summarize([TEXT], **options)
    assert str(e.value) == message
    with pytest.raises(ValueError) as e2:
        gistr.summarize_many([[TEXT]], **options)
    assert str(e2.value) == message


@pytest.mark.parametrize(
    "options, message",
    [
        ({"sentences": True}, "invalid options: sentences is a bool, expected a number"),
        ({"words": "100"}, "invalid options: words is a str, expected a number"),
        ({"ratio": [0.5]}, "invalid options: ratio is a list, expected a number"),
        ({"order": 1}, "invalid options: order is an int, expected a str"),
        ({"language": b"en"}, "invalid options: language is a bytes, expected a str"),
        ({"focus": 3.0}, "invalid options: focus is a float, expected a str"),
    ],
)
def test_options_of_the_wrong_type_are_type_errors(options: Any, message: str) -> None:
    with pytest.raises(TypeError) as e:
        gistr.summarize([TEXT], **options)
    assert str(e.value) == message


def test_unknown_option_is_named() -> None:
    with pytest.raises(TypeError, match="sentnces"):
        gistr.summarize([TEXT], sentnces=3)  # type: ignore[call-arg]


def test_unknown_language() -> None:
    with pytest.raises(ValueError, match="^invalid option language"):
        gistr.summarize([TEXT], language="xx")
    # Refused when the options are read, even with nothing to analyse.
    with pytest.raises(ValueError, match="^invalid option language"):
        gistr.summarize([], language="xx")
    with pytest.raises(ValueError, match="^invalid option language"):
        gistr.summarize_many([[]], language="xx")


def test_huge_text_is_refused_with_its_size() -> None:
    big = TEXT + " " + "x" * (64 << 20)
    with pytest.raises(ValueError, match=r"^input is too large: \d+ bytes, the limit is 67108864 bytes$"):
        gistr.summarize([big])
    # Nothing lost in a batch: the other clusters' summaries are not thrown away silently;
    # the error names the cluster.
    with pytest.raises(ValueError, match=r"^cluster 1: input is too large"):
        gistr.summarize_many([[TEXT], [big]])


def test_large_text_under_the_limit_is_summarised() -> None:
    para = " ".join(f"Paragraph {i} says the council met on day {i} and approved item {i} of the plan." for i in range(20000))
    s = gistr.summarize([para, TEXT], sentences=3)
    assert len(s.sentences) == 3
    assert len(s.articles[0].sentences) >= 20000 or s.compared is not None
