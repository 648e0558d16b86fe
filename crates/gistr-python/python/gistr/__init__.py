"""gistr: an extractive summary of several news articles about one event.

Each fact is stated once, with the articles that reported it, the other
versions of the same fact, and where those versions disagree (numbers,
dates, names). The summariser is gistr's Rust core, the same one that runs
in the browser and in the ``gistr`` command-line tool: ``Summary.to_dict()``
is the CLI's ``--json`` for the same input, field for field.

>>> import gistr
>>> articles = [
...     "The city council approved the new bridge on Tuesday. "
...     "Construction will cost $40 million and start in May. "
...     "Residents had asked for a crossing for a decade.",
...     {"text": "On Tuesday the city council approved a new bridge. "
...              "The mayor said traffic downtown would ease within two years.",
...      "source": "Daily Planet"},
... ]
>>> summary = gistr.summarize(articles, sentences=2)
>>> for s in summary.sentences:
...     print(s.articles, s.text)
[0, 1] The city council approved the new bridge on Tuesday.
[0] Residents had asked for a crossing for a decade.

Bad options raise ``ValueError`` with the message the CLI and the
JavaScript API give, word for word:

>>> gistr.summarize(articles, ratio=1.5)
Traceback (most recent call last):
ValueError: invalid option ratio: must be a number above 0 and at most 1
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Dict, List, Mapping, Optional, Sequence, Tuple, Union

from . import _gistr

__all__ = [
    "Article",
    "ArticleReport",
    "Conflict",
    "Empty",
    "Keyword",
    "Sentence",
    "SentenceRef",
    "SentenceReport",
    "Span",
    "Shortfall",
    "Summarizer",
    "Summary",
    "Verdict",
    "Version",
    "compare_pairs",
    "plain_articles",
    "plain_text",
    "summarize",
    "summarize_many",
]

#: An article: its text, or a dict ``{"text": ..., "title": ..., "source": ...}``
#: (title and source optional).
Article = Union[str, Mapping[str, Optional[str]]]


@dataclass(frozen=True)
class Span:
    """A range of an article's text, in UTF-8 bytes and in UTF-16 code units."""

    start: int
    end: int
    start_utf16: int
    end_utf16: int

    @classmethod
    def _of(cls, d: Dict[str, Any]) -> Span:
        return cls(d["start"], d["end"], d["startUtf16"], d["endUtf16"])


@dataclass(frozen=True)
class SentenceRef:
    """One sentence of one article: ``article`` and ``sentence`` are indexes."""

    article: int
    sentence: int
    span: Span

    @classmethod
    def _of(cls, d: Dict[str, Any]) -> SentenceRef:
        return cls(d["article"], d["sentence"], Span._of(d["span"]))


@dataclass(frozen=True)
class Version:
    """Another sentence that states the same fact as a chosen one."""

    at: SentenceRef
    similarity: float
    text: str

    @classmethod
    def _of(cls, d: Dict[str, Any]) -> Version:
        return cls(SentenceRef._of(d["at"]), d["similarity"], d["text"])


@dataclass(frozen=True)
class Conflict:
    """Two versions of one fact that disagree: ``kind`` is "number", "date", "name" or "claim" (one version denies what the other states, or uses the opposite word)."""

    kind: str
    ours: str
    theirs: str
    at: SentenceRef

    @classmethod
    def _of(cls, d: Dict[str, Any]) -> Conflict:
        return cls(d["kind"], d["ours"], d["theirs"], SentenceRef._of(d["at"]))


@dataclass(frozen=True)
class Sentence:
    """A sentence of the summary.

    ``articles`` are the indexes of every article that reports the fact
    (this one included; the strict "reported by"), ``independent`` how many
    of them are not copies of one wire story, ``versions`` the other
    sentences that say the same (each credits its article), ``related``
    weaker matches (shown, never counted in ``articles``), and ``conflicts``
    where a version or a related sentence disagrees on a number, date or
    name.
    """

    text: str
    at: SentenceRef
    score: float
    words: int
    articles: List[int]
    independent: int
    versions: List[Version]
    related: List[Version]
    conflicts: List[Conflict]

    @classmethod
    def _of(cls, d: Dict[str, Any]) -> Sentence:
        return cls(
            d["text"],
            SentenceRef._of(d["at"]),
            d["score"],
            d["words"],
            list(d["articles"]),
            d["independent"],
            [Version._of(v) for v in d["versions"]],
            [Version._of(v) for v in d["related"]],
            [Conflict._of(c) for c in d["conflicts"]],
        )


@dataclass(frozen=True)
class Shortfall:
    """Why a summary is shorter than asked: ``asked`` in ``unit``
    ("sentences" or "words"; a ratio as the words it came to), and of the
    sentences left out, how many repeat a chosen one, are not news, are too
    short, or were not compared (a large input)."""

    unit: str
    asked: int
    repeats: int
    not_news: int
    too_short: int
    not_compared: int

    @classmethod
    def _of(cls, d: Dict[str, Any]) -> Shortfall:
        return cls(d["unit"], d["asked"], d["repeats"], d["notNews"], d["tooShort"], d["notCompared"])


@dataclass(frozen=True)
class SentenceReport:
    """One sentence of an article and why it is or is not in the summary.

    ``status`` is "chosen", "duplicate" (then ``of`` and ``similarity``: it
    credits its article for that summary sentence), "related" (then ``of``
    and ``similarity``: a weaker match, not counted), "boilerplate" or
    "unfit" (then ``reason``), or "belowBudget".
    """

    span: Span
    score: float
    cluster: Optional[int]
    status: str
    reason: Optional[str] = None
    of: Optional[SentenceRef] = None
    similarity: Optional[float] = None

    @classmethod
    def _of(cls, d: Dict[str, Any]) -> SentenceReport:
        of = d.get("of")
        return cls(
            Span._of(d["span"]),
            d["score"],
            d["cluster"],
            d["status"],
            d.get("reason"),
            None if of is None else SentenceRef._of(of),
            d.get("similarity"),
        )


@dataclass(frozen=True)
class ArticleReport:
    """Everything the summariser saw in one article."""

    language: str
    words: int
    sentences: List[SentenceReport]

    @classmethod
    def _of(cls, d: Dict[str, Any]) -> ArticleReport:
        return cls(d["language"], d["words"], [SentenceReport._of(s) for s in d["sentences"]])


@dataclass(frozen=True)
class Keyword:
    """A key term of the input; the best scores 1."""

    text: str
    score: float


@dataclass(frozen=True)
class Empty:
    """Why a summary has no sentence.

    ``reason`` is one of "noText", "allBoilerplate", "noSentenceEnds",
    "tooShort", "nothingFits" or "binary" (then ``article`` is the first
    article that looks like a binary file); ``message`` says it for a reader.
    """

    reason: str
    message: str
    article: Optional[int] = None


class Summary:
    """The result of :func:`summarize`.

    ``sentences`` are the summary, ``articles`` one report per input article,
    ``keywords`` the key terms, best first, and ``empty`` why there is no
    sentence (None when there is one). ``to_dict()`` is the CLI's ``--json``.

    >>> s = summarize(["It rained."])
    >>> s.sentences, s.empty
    ([], Empty(reason='tooShort', message='every sentence is too short to stand in a summary (fewer than 5 words)', article=None))
    """

    __slots__ = ("_json", "_dict")

    def __init__(self, json_text: str) -> None:
        self._json = json_text
        self._dict: Optional[Dict[str, Any]] = None

    def _data(self) -> Dict[str, Any]:
        if self._dict is None:
            self._dict = json.loads(self._json)
        return self._dict

    def to_json(self) -> str:
        """The summary as the CLI's ``--json`` prints it (without the newline)."""
        return self._json

    def to_dict(self) -> Dict[str, Any]:
        """The summary as a new dict: ``json.loads`` of the CLI's ``--json``."""
        result: Dict[str, Any] = json.loads(self._json)
        return result

    @property
    def sentences(self) -> List[Sentence]:
        """The chosen sentences, in the requested order."""
        return [Sentence._of(s) for s in self._data()["sentences"]]

    @property
    def articles(self) -> List[ArticleReport]:
        """One report per input article, in input order."""
        return [ArticleReport._of(a) for a in self._data()["articles"]]

    @property
    def keywords(self) -> List[Keyword]:
        """Key terms of the input, best first."""
        return [Keyword(k["text"], k["score"]) for k in self._data()["keywords"]]

    @property
    def empty(self) -> Optional[Empty]:
        """Why there is no summary sentence, or None when there is one."""
        e = self._data().get("empty")
        return None if e is None else Empty(e["reason"], e["message"], e.get("article"))

    @property
    def compared(self) -> Optional[Tuple[int, int]]:
        """``(candidates, usable)`` when the input was too large for every
        usable sentence to be compared and chosen; None otherwise."""
        c = self._data().get("compared")
        return None if c is None else (c["sentences"], c["of"])

    @property
    def unmatched_focus(self) -> bool:
        """True when a focus was given and none of its words is in the
        articles: it was ignored, and the summary is the one without it."""
        return bool(self._data().get("unmatchedFocus", False))

    @property
    def shortfall(self) -> Optional[Shortfall]:
        """Why the summary is shorter than asked, when no other sentence
        could be added (None when it fills its budget, or left a sentence out
        for want of room)."""
        s = self._data().get("shortfall")
        return None if s is None else Shortfall._of(s)

    @property
    def text(self) -> str:
        """The summary as plain text, one sentence per line."""
        return "".join(s["text"] + "\n" for s in self._data()["sentences"])

    def __repr__(self) -> str:
        d = self._data()
        return f"<gistr.Summary: {len(d['sentences'])} sentences of {len(d['articles'])} articles>"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Summary) and self._json == other._json

    def __hash__(self) -> int:
        return hash(self._json)


@dataclass(frozen=True)
class Verdict:
    """Whether two sentences state the same fact, and how similar they are (0 to 1)."""

    similarity: float
    duplicate: bool


def summarize(
    articles: Sequence[Article],
    *,
    sentences: Optional[int] = None,
    words: Optional[int] = None,
    ratio: Optional[float] = None,
    order: str = "article",
    language: str = "auto",
    focus: Optional[str] = None,
) -> Summary:
    """Summarises ``articles``, a list of texts or of dicts ``{"text", "title"?, "source"?}``.

    Give at most one of ``sentences`` (default 5), ``words`` (about that
    many; the last sentence may cross it) and ``ratio`` (that share of the
    input's words, above 0 and at most 1). ``order`` is "article" (as the
    articles tell it) or "rank"; ``language`` an ISO 639-1 code or "auto";
    ``focus`` words or a question to rank toward.

    Raises ``ValueError`` for a bad option, no articles or an input over the
    limit, and ``TypeError`` for a value of the wrong type. Input with
    nothing to summarise is not an error: the summary is empty and
    ``.empty`` says why.

    >>> s = summarize(["The council approved the bridge on Tuesday after a long debate.",
    ...                "On Tuesday the council approved the bridge after a long debate."],
    ...               words=20, order="rank")
    >>> [(x.text, x.articles) for x in s.sentences]
    [('The council approved the bridge on Tuesday after a long debate.', [0, 1])]
    >>> summarize([])
    Traceback (most recent call last):
    ValueError: no articles to summarise
    >>> summarize(["a text"], sentences=2, words=10)
    Traceback (most recent call last):
    ValueError: invalid options: give only one of sentences, words and ratio (got sentences and words)
    """
    return Summary(
        _gistr.summarize(articles, sentences, words, ratio, order, language, focus)
    )


def summarize_many(
    clusters: Sequence[Sequence[Article]],
    *,
    threads: Optional[int] = None,
    sentences: Optional[int] = None,
    words: Optional[int] = None,
    ratio: Optional[float] = None,
    order: str = "article",
    language: str = "auto",
    focus: Optional[str] = None,
) -> List[Summary]:
    """Summarises each cluster (a list of articles) with the same options, as :func:`summarize`.

    The results are in input order. The work runs on ``threads`` threads
    (default: the machine's cores) without holding the GIL. A cluster that
    cannot be summarised (no articles, too large) raises ``ValueError``
    naming it, after every cluster has been tried.

    >>> many = summarize_many([["The council approved the bridge on Tuesday after a long debate."],
    ...                        ["Heavy rain flooded the old town overnight, the fire brigade said."]],
    ...                       sentences=1, threads=2)
    >>> [m.sentences[0].text for m in many]
    ['The council approved the bridge on Tuesday after a long debate.', 'Heavy rain flooded the old town overnight, the fire brigade said.']
    >>> summarize_many([["A first cluster with one article in it, long enough."], []])
    Traceback (most recent call last):
    ValueError: cluster 1: no articles to summarise
    """
    results = _gistr.summarize_many(
        clusters, threads, sentences, words, ratio, order, language, focus
    )
    for i, (ok, text) in enumerate(results):
        if not ok:
            raise ValueError(f"cluster {i}: {text}")
    return [Summary(text) for _, text in results]


def compare_pairs(
    pairs: Sequence[Tuple[str, str]], *, language: Optional[str] = None
) -> List[Verdict]:
    """Judges ``(a, b)`` pairs of sentences with the summariser's duplicate decision.

    As the CLI's ``gistr dedup --pairs``: the IDF comes from all the
    sentences given, so judge related pairs together.

    >>> v = compare_pairs([("The council approved the bridge on Tuesday.",
    ...                     "On Tuesday the council approved the bridge."),
    ...                    ("The council approved the bridge on Tuesday.",
    ...                     "Heavy rain flooded the old town overnight.")])
    >>> [x.duplicate for x in v]
    [True, False]
    """
    return [
        Verdict(d["similarity"], d["duplicate"])
        for d in json.loads(_gistr.compare_pairs(pairs, language))
    ]


def plain_text(text: str, name: Optional[str] = None) -> Dict[str, str]:
    """A plain text (a ``.txt`` file) as one article, titled as the
    ``gistr`` command and the web page title it, its separator lines (``---``)
    kept as text: what ``gistr --no-split`` reads. :func:`plain_articles`
    reads a file as the command and the page read it.

    The first of its first three non-empty lines that reads as a headline
    (3 to 25 words, at most 160 characters, not ending like a sentence) is
    the title, else ``name`` (a file name) without its extension; the title
    line stays in the text. Line ends become ``\\n`` and the text is
    trimmed. A ``str`` given to :func:`summarize` is taken as it is, with
    no title.

    >>> plain_text("Storm cuts power in Bergen\\r\\nA storm cut power on Sunday.\\r\\n")
    {'text': 'Storm cuts power in Bergen\\nA storm cut power on Sunday.', 'title': 'Storm cuts power in Bergen'}
    >>> plain_text("A storm cut power on Sunday.", "bergen.txt")["title"]
    'bergen'
    """
    title, body = _gistr.plain_text(text, name)
    article = {"text": body}
    if title is not None:
        article["title"] = title
    return article


def plain_articles(text: str, name: Optional[str] = None) -> List[Dict[str, str]]:
    """A plain text (a ``.txt`` file) as its articles, read as the ``gistr``
    command and the web page read it, so that the three give one summary
    and the same credits.

    A line holding only three or more dashes (white space around allowed)
    separates articles; each piece between them, trimmed, is one (empty
    pieces are dropped; a text without such a line is one article, as
    :func:`plain_text` reads it; a text of white space and separator lines
    alone is none: ``[]``, where the CLI reads such a file as one empty
    article, to say why there is no summary). Each is titled by its headline line, else,
    for the first alone, ``name`` without its extension. Pass the list to
    :func:`summarize` (with those of other files) to summarise files as
    the CLI does.

    >>> [a.get("title") for a in plain_articles("Storm cuts power in Bergen\\nTrains stopped.\\n---\\nPower was cut.", "bergen.txt")]
    ['Storm cuts power in Bergen', None]
    >>> plain_articles("Power was cut.\\n--\\nTrains stopped.", "bergen.txt")
    [{'text': 'Power was cut.\\n--\\nTrains stopped.', 'title': 'bergen'}]
    """
    out: List[Dict[str, str]] = []
    for title, body in _gistr.plain_articles(text, name):
        article = {"text": body}
        if title is not None:
            article["title"] = title
        out.append(article)
    return out


class Summarizer:
    """Articles analysed once, summarised at any length (a length slider).

    ``language`` and ``focus`` shape the analysis; each ``summarize`` runs
    only the selection, and equals :func:`summarize` with the same options.

    >>> s = Summarizer(["The council approved the bridge on Tuesday. Work on it starts in May next year.",
    ...                 "On Tuesday the council approved the bridge. It will cost four million dollars."])
    >>> len(s.summarize(sentences=1).sentences), len(s.summarize(sentences=2).sentences)
    (1, 2)
    """

    __slots__ = ("_inner",)

    def __init__(
        self,
        articles: Sequence[Article],
        *,
        language: str = "auto",
        focus: Optional[str] = None,
    ) -> None:
        self._inner = _gistr.Summarizer(articles, language, focus)

    def summarize(
        self,
        *,
        sentences: Optional[int] = None,
        words: Optional[int] = None,
        ratio: Optional[float] = None,
        order: str = "article",
    ) -> Summary:
        """The summary at this length and order (options as in :func:`summarize`)."""
        return Summary(self._inner.summarize(sentences, words, ratio, order))

    def __len__(self) -> int:
        return len(self._inner)
