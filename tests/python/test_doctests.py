"""The docstrings' examples of the installed package."""

from __future__ import annotations

import doctest

import gistr


def test_docstring_examples() -> None:
    result = doctest.testmod(gistr, optionflags=doctest.ELLIPSIS, verbose=False)
    assert result.attempted >= 15, result
    assert result.failed == 0, result
