"""Wrong uses that mypy --strict must reject (test_types.py): the stubs are not Any."""

import gistr

gistr.summarize([1, 2], sentences=1)
gistr.summarize(["a"], sentences="5")
n: int = gistr.summarize(["a"]).sentences[0].text
gistr.Summarizer(["a"]).summarize(focus="x")
