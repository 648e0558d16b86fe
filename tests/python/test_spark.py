"""gistr.spark in Spark local mode: the same summaries as summarize_many."""

from __future__ import annotations

import json
import os
import sys
from typing import Any, Iterator

import pytest

import gistr
import gistr.spark
from generate import clusters

N = 300

if os.environ.get("GISTR_REQUIRE_SPARK") != "1":
    pytest.importorskip("pyspark")
    pytest.importorskip("pyarrow")


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from pyspark.sql import SparkSession

    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)  # the executors' Python: this venv's

    s = (
        SparkSession.builder.master("local[2]")
        .appName("gistr-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", "64")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .getOrCreate()
    )
    yield s
    s.stop()


def test_same_summaries_as_summarize_many(spark: Any) -> None:
    cs = clusters(N, seed=7)
    cs[5] = []  # an empty cluster: an error row, not a failed job
    cs[9] = [{"text": "", "title": None}]  # nothing to summarise: a reason
    rows = [(i, [{"text": a["text"], "title": a.get("title")} for a in c]) for i, c in enumerate(cs)]
    df = spark.createDataFrame(rows, "id long, docs array<struct<text: string, title: string>>")
    assert df.rdd.getNumPartitions() > 1  # several tasks, several Arrow batches each
    out = gistr.spark.summarize(df, docs_col="docs", words=100, json_col="json")
    assert out.columns == ["id", "summary", "sentences", "empty", "error", "json"]
    got = {r["id"]: r for r in out.collect()}
    assert sorted(got) == list(range(N))

    ok = [i for i in range(N) if i != 5]
    want = gistr.summarize_many([cs[i] for i in ok], words=100)
    for i, w in zip(ok, want):
        r = got[i]
        assert r["json"] == w.to_json(), i
        assert r["summary"] == " ".join(s.text for s in w.sentences)
        assert [s["text"] for s in r["sentences"]] == [s.text for s in w.sentences]
        assert [list(s["articles"]) for s in r["sentences"]] == [s.articles for s in w.sentences]
        assert r["error"] is None
    assert got[9]["empty"] == "noText" and got[9]["sentences"] == []
    assert got[5]["error"] == "no articles to summarise" and got[5]["summary"] is None
    assert sum(1 for r in got.values() if r["sentences"] and len(r["sentences"][0]["articles"]) > 1) > N // 2


def test_plain_string_docs_and_kept_docs(spark: Any) -> None:
    cs = clusters(20, seed=8)
    df = spark.createDataFrame([(f"c{i}", [a["text"] for a in c]) for i, c in enumerate(cs)], ["key", "articles"])
    out = gistr.spark.summarize(df, docs_col="articles", sentences=2, order="rank", keep_docs=True)
    assert out.columns[:2] == ["key", "articles"]
    got = {r["key"]: r for r in out.collect()}
    want = gistr.summarize_many([[a["text"] for a in c] for c in cs], sentences=2, order="rank")
    for i, w in enumerate(want):
        assert got[f"c{i}"]["summary"] == " ".join(s.text for s in w.sentences)
        assert list(got[f"c{i}"]["articles"]) == [a["text"] for a in cs[i]]


def test_options_are_checked_before_the_job(spark: Any) -> None:
    df = spark.createDataFrame([(1, ["x"])], "id long, docs array<string>")
    with pytest.raises(ValueError, match="^invalid option ratio: must be a number above 0 and at most 1$"):
        gistr.spark.summarize(df, ratio=2.0)
    with pytest.raises(ValueError, match="no column 'body'"):
        gistr.spark.summarize(df, docs_col="body")
    # The README's example, as written there.
    example = spark.createDataFrame(
        [(1, ["The council approved the bridge on Tuesday after a long debate.",
              "On Tuesday the council approved the bridge after a long debate."])],
        "id long, docs array<string>",
    )
    row = gistr.spark.summarize(example, docs_col="docs", words=100).collect()[0]
    assert json.loads(json.dumps(row["sentences"][0]["articles"])) == [0, 1]
