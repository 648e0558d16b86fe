"""One run of the Python benchmark (benches/python/bench.sh runs them all).

    python bench.py KIND DATA [LIMIT]

KIND: many1, many2 (gistr.summarize_many, 1 and 2 threads), cli (the gistr
CLI's --jsonl on the same clusters, $GISTR_CLI), spark (gistr.spark in local
mode, local[2]), lexrank (sumy's LexRank, pure Python), none (only Python's
start and the loading of the clusters: the baseline of CPU and memory). DATA: duc2006
(../shared/eval/duc2006.jsonl or $GISTR_EVAL, read at run time) or generated (5,000
clusters of tests/python/generate.py). LIMIT: the first N clusters only.

Every kind summarises each cluster to 5 sentences. Prints one JSON line:
{"kind", "data", "clusters", "seconds", "setup_seconds"}: seconds from the
clusters in memory to the summaries in memory (the CLI: from its start
to its exit, reading the JSON lines itself); setup_seconds what came before
and is not per cluster (a Spark session's start). Peak memory is measured
around the process by measure.sh.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any, Dict, List

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1] / "tests" / "python"))

DUC = Path(os.environ.get("GISTR_EVAL", HERE.parents[2] / "shared" / "eval")) / "duc2006.jsonl"
SENTENCES = 5


def load(data: str, limit: int) -> List[List[Dict[str, str]]]:
    if data == "duc2006":
        rows = [json.loads(line) for line in DUC.read_text(encoding="utf-8").splitlines() if line.strip()]
        cs = [[{"title": d.get("title") or "", "text": d["text"]} for d in r["docs"]] for r in rows]
    else:
        from generate import clusters

        cs = clusters(int(os.environ.get("GENERATED_CLUSTERS", "5000")), seed=2006)
    return cs[:limit] if limit else cs


def many(cs: List[List[Dict[str, str]]], threads: int) -> Dict[str, float]:
    import gistr

    t = time.perf_counter()
    out = gistr.summarize_many(cs, sentences=SENTENCES, threads=threads)
    seconds = time.perf_counter() - t
    assert len(out) == len(cs)
    return {"seconds": seconds, "setup_seconds": 0.0}


def cli(cs: List[List[Dict[str, str]]]) -> Dict[str, float]:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for i, c in enumerate(cs):
            f.write(json.dumps({"id": i, "docs": c}) + "\n")
    try:
        t = time.perf_counter()
        r = subprocess.run(
            [os.environ["GISTR_CLI"], "--jsonl", f.name, "--sentences", str(SENTENCES)],
            capture_output=True,
            text=True,
            check=True,
        )
        seconds = time.perf_counter() - t
    finally:
        os.unlink(f.name)
    assert len(r.stdout.splitlines()) == len(cs)
    return {"seconds": seconds, "setup_seconds": 0.0}


def spark(cs: List[List[Dict[str, str]]]) -> Dict[str, float]:
    t0 = time.perf_counter()
    from pyspark.sql import SparkSession

    import gistr.spark

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    s = (
        SparkSession.builder.master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")  # no progress bar in stderr.log
        .config("spark.driver.memory", "2g")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )
    s.range(1).collect()  # the JVM and a first job: the fixed start
    t1 = time.perf_counter()
    rows = [(i, c) for i, c in enumerate(cs)]
    df = s.createDataFrame(rows, "id long, docs array<struct<title: string, text: string>>")
    out = gistr.spark.summarize(df, docs_col="docs", sentences=SENTENCES).select("id", "summary").collect()
    seconds = time.perf_counter() - t1
    assert len(out) == len(cs)
    s.stop()
    return {"seconds": seconds, "setup_seconds": t1 - t0}


class PlainTokenizer:
    """sumy's tokenizer interface without NLTK's punkt data (which cannot be
    downloaded here): sentences end at . ! or ? before white space and a
    capital, a quote or a digit; words are runs of letters and digits."""

    language = "english"
    _end = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[A-Z0-9])")
    _word = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")

    def to_sentences(self, paragraph: str) -> List[str]:
        return [s.strip() for s in self._end.split(paragraph) if s.strip()]

    def to_words(self, sentence: str) -> List[str]:
        return self._word.findall(sentence)


def lexrank(cs: List[List[Dict[str, str]]]) -> Dict[str, float]:
    from sumy.nlp.stemmers import Stemmer
    from sumy.parsers.plaintext import PlaintextParser
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    tokenizer: Any = PlainTokenizer()
    t = time.perf_counter()
    for c in cs:
        text = "\n\n".join(a["text"] for a in c)
        doc = PlaintextParser.from_string(text, tokenizer).document
        out = summarizer(doc, SENTENCES)
        assert len(out) <= SENTENCES
    return {"seconds": time.perf_counter() - t, "setup_seconds": 0.0}


def main() -> None:
    kind, data = sys.argv[1], sys.argv[2]
    limit = int(sys.argv[3]) if len(sys.argv) > 3 else 0
    cs = load(data, limit)
    runs = {
        "many1": lambda: many(cs, 1),
        "many2": lambda: many(cs, 2),
        "cli": lambda: cli(cs),
        "spark": lambda: spark(cs),
        "lexrank": lambda: lexrank(cs),
        "none": lambda: {"seconds": 0.0, "setup_seconds": 0.0},  # the baseline: start and load
    }
    r = runs[kind]()
    print(json.dumps({"kind": kind, "data": data, "clusters": len(cs), **r}), flush=True)


if __name__ == "__main__":
    main()
