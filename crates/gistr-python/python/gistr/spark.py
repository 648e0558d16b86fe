"""Summaries of a Spark DataFrame of clusters, one row per cluster.

Built on ``DataFrame.mapInArrow``: each task hands its rows, in Arrow
batches, to :func:`gistr.summarize_many`, so the executors need only the
``gistr`` wheel (and pyarrow, which Spark's Arrow functions need anyway);
nothing is forked or rewritten for Spark, and a row's summary is the one
``summarize_many`` gives for it.

    from pyspark.sql import SparkSession
    import gistr.spark

    spark = SparkSession.builder.master("local[2]").getOrCreate()
    df = spark.createDataFrame(
        [(1, ["First article ...", "Second article ..."])], "id long, docs array<string>")
    gistr.spark.summarize(df, docs_col="docs", words=100).show(truncate=False)

``docs_col`` holds an array of texts, or of structs with a ``text`` field
(``title`` and ``source`` are used when present; other fields are
ignored). A null article counts as an empty text, so the indexes in
``sentences.articles`` stay those of the array.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any, Dict, Iterator, List, Optional

from . import _gistr, summarize_many

if TYPE_CHECKING:  # pyspark and pyarrow are needed only when this runs
    import pyarrow
    from pyspark.sql import DataFrame

__all__ = ["summarize", "OUTPUT_COLUMNS"]

#: The columns the output adds, as Spark DDL.
OUTPUT_COLUMNS: Dict[str, str] = {
    "summary": "string",
    "sentences": "array<struct<text: string, articles: array<int>, independent: int, score: double>>",
    "empty": "string",
    "error": "string",
}


def _article(doc: Any) -> Any:
    """A text, or the text, title and source of a struct (a dict)."""
    if doc is None:
        return ""
    if isinstance(doc, dict):
        return {k: doc.get(k) for k in ("text", "title", "source") if doc.get(k) is not None}
    return doc


def summarize(
    df: "DataFrame",
    docs_col: str = "docs",
    *,
    sentences: Optional[int] = None,
    words: Optional[int] = None,
    ratio: Optional[float] = None,
    order: str = "article",
    language: str = "auto",
    focus: Optional[str] = None,
    keep_docs: bool = False,
    json_col: Optional[str] = None,
) -> "DataFrame":
    """The summary of each row's cluster: ``df``'s columns (without
    ``docs_col`` unless ``keep_docs``) and four more:

    - ``summary``: the summary's sentences, joined by a space;
    - ``sentences``: each with ``text``, ``articles`` (indexes into the
      row's docs), ``independent`` and ``score``;
    - ``empty``: why there is no sentence (``"noText"``, ``"binary"``, …),
      else null;
    - ``error``: why the cluster could not be summarised (no articles,
      over the size limit), else null. Such a row stays, with a null
      summary, rather than failing the job.

    With ``json_col``, that column holds the whole result as JSON (the
    CLI's ``--json``, :meth:`gistr.Summary.to_json`). The options are as
    :func:`gistr.summarize` and are checked here, on the driver, before the
    job starts.
    """
    from pyspark.sql.types import StructField, StructType, _parse_datatype_string

    options: Dict[str, Any] = dict(
        sentences=sentences, words=words, ratio=ratio, order=order, language=language, focus=focus
    )
    summarize_many([], **options)  # the options' errors, raised here
    if docs_col not in df.columns:
        raise ValueError(f"no column {docs_col!r}; the columns are {', '.join(df.columns)}")
    added = dict(OUTPUT_COLUMNS)
    if json_col is not None:
        added[json_col] = "string"
    clash = [c for c in added if c in df.columns and (c != docs_col or keep_docs)]
    if clash:
        raise ValueError(f"the output would have two columns named {', '.join(clash)}: rename them first")
    kept = [f for f in df.schema.fields if f.name != docs_col or keep_docs]
    schema = StructType(kept + [StructField(n, _parse_datatype_string(t), True) for n, t in added.items()])
    kept_names = [f.name for f in kept]

    def run(batches: Iterator["pyarrow.RecordBatch"]) -> Iterator["pyarrow.RecordBatch"]:
        import pyarrow as pa

        out_schema = pa.schema(_arrow_fields(added, pa))
        for batch in batches:
            docs = batch.column(batch.schema.get_field_index(docs_col)).to_pylist()
            clusters = [[_article(d) for d in (row or [])] for row in docs]
            results = _gistr.summarize_many(clusters, 1, *options.values())
            cols: Dict[str, List[Any]] = {n: [] for n in added}
            for ok, text in results:
                if ok:
                    r = json.loads(text)
                    chosen = r["sentences"]
                    cols["summary"].append(" ".join(s["text"] for s in chosen))
                    cols["sentences"].append(
                        [
                            {
                                "text": s["text"],
                                "articles": s["articles"],
                                "independent": s["independent"],
                                "score": float(s["score"]),
                            }
                            for s in chosen
                        ]
                    )
                    cols["empty"].append((r.get("empty") or {}).get("reason"))
                    cols["error"].append(None)
                else:
                    cols["summary"].append(None)
                    cols["sentences"].append(None)
                    cols["empty"].append(None)
                    cols["error"].append(text)
                if json_col is not None:
                    cols[json_col].append(text if ok else None)
            arrays = [batch.column(batch.schema.get_field_index(n)) for n in kept_names]
            arrays += [pa.array(cols[n], type=out_schema.field(n).type) for n in added]
            yield pa.RecordBatch.from_arrays(arrays, schema=_merge(batch, kept_names, out_schema, pa))

    return df.mapInArrow(run, schema)


def _arrow_fields(added: Dict[str, str], pa: Any) -> List[Any]:
    """The Arrow types of the added columns (the kept ones come from each batch)."""
    sentence = pa.struct(
        [
            pa.field("text", pa.string()),
            pa.field("articles", pa.list_(pa.int32())),
            pa.field("independent", pa.int32()),
            pa.field("score", pa.float64()),
        ]
    )
    types = {"summary": pa.string(), "sentences": pa.list_(sentence), "empty": pa.string(), "error": pa.string()}
    return [pa.field(n, types.get(n, pa.string())) for n in added]


def _merge(batch: Any, kept: List[str], added: Any, pa: Any) -> Any:
    """The output batch's schema: the kept columns as they come, then the added ones."""
    return pa.schema([batch.schema.field(n) for n in kept] + list(added))
