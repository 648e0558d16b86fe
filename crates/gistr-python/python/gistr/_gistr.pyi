# Types of the compiled module (crates/gistr-python/src/py.rs). Use the
# `gistr` package, whose functions wrap these in typed objects.
from typing import Any, List, Optional, Sequence, Tuple

OPTION_NAMES: List[str]

def summarize(
    articles: Sequence[Any],
    sentences: Optional[float] = ...,
    words: Optional[float] = ...,
    ratio: Optional[float] = ...,
    order: Optional[str] = ...,
    language: Optional[str] = ...,
    focus: Optional[str] = ...,
) -> str: ...
def summarize_many(
    clusters: Sequence[Sequence[Any]],
    threads: Optional[int] = ...,
    sentences: Optional[float] = ...,
    words: Optional[float] = ...,
    ratio: Optional[float] = ...,
    order: Optional[str] = ...,
    language: Optional[str] = ...,
    focus: Optional[str] = ...,
) -> List[Tuple[bool, str]]: ...
def compare_pairs(pairs: Sequence[Tuple[str, str]], language: Optional[str] = ...) -> str: ...
def plain_text(text: str, name: Optional[str] = ...) -> Tuple[Optional[str], str]: ...
def plain_articles(text: str, name: Optional[str] = ...) -> List[Tuple[Optional[str], str]]: ...

class Summarizer:
    def __init__(
        self,
        articles: Sequence[Any],
        language: Optional[str] = ...,
        focus: Optional[str] = ...,
    ) -> None: ...
    def summarize(
        self,
        sentences: Optional[float] = ...,
        words: Optional[float] = ...,
        ratio: Optional[float] = ...,
        order: Optional[str] = ...,
    ) -> str: ...
    def __len__(self) -> int: ...
