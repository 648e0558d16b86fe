#!/usr/bin/env python3
"""The SCU pairs judged in context (issue 14): each pair's two sentences
are found in their DUC 2006 cluster's articles, the whole cluster is
summarised by `gistr --json` (the summariser, with its topic words and
clusters, not `gistr dedup --pairs`), and the pair counts as "the same fact"
when both sentences are in one cluster of the output (the claim a reader is
shown: "reported by", versions). Prints precision and recall on all pairs
found and on each half of the clusters (split by name as
eval-pairs-score.py does: the first half tunes, the second is held out).

usage: eval-pairs-context.py EVAL_DIR GISTR_BINARY

Each cluster's articles are written to a temporary folder for the run and
deleted after it; nothing of the evaluation data is kept. Environment
variables are passed to gistr (for experiments with knobs).
"""
import json
import os
import re
import subprocess
import sys
import tempfile


def locate(text, sentence):
    """The byte range of `sentence` in `text`, or None: its letters and
    digits in order, whatever is between them (the pair files write quotes
    and dashes unlike the articles)."""
    words = re.findall(r"[^\W_]+", sentence)
    if not words:
        return None
    pattern = r"[\W_]+".join(re.escape(w) for w in words)
    m = re.search(pattern, text)
    if not m:
        return None
    start = len(text[: m.start()].encode())
    return start, start + len(m.group(0).encode())


def main():
    eval_dir, binary = sys.argv[1], sys.argv[2]
    gold = [json.loads(l) for l in open(f"{eval_dir}/scu_pairs_dev.jsonl") if l.strip()]
    duc = {}
    for l in open(f"{eval_dir}/duc2006.jsonl"):
        r = json.loads(l)
        duc[r["id"][:5].lower()] = r
    clusters = sorted({r["cluster"] for r in gold})
    later = set(clusters[(len(clusters) + 1) // 2 :])
    # (cluster, docno, sentence) -> cluster id in the output (None: none;
    # missing: not found).
    where = {}
    with tempfile.TemporaryDirectory() as tmp:
        for c in clusters:
            r = duc[c.split(":")[1][:5].lower()]
            docnos = r["meta"]["docnos"]
            files = []
            for k, d in enumerate(r["docs"]):
                path = os.path.join(tmp, f"{k:03}.txt")
                with open(path, "w", encoding="utf-8") as f:
                    f.write(d["text"])
                files.append(path)
            out = subprocess.run([binary, "--json", *files], capture_output=True, check=False)
            for f in files:
                os.remove(f)
            summary = json.loads(out.stdout)
            texts = [d["text"] for d in r["docs"]]
            for p in gold:
                if p["cluster"] != c:
                    continue
                for s, doc in ((p["a"], p["doc_a"]), (p["b"], p["doc_b"])):
                    if (c, doc, s) in where or doc not in docnos:
                        continue
                    a = docnos.index(doc)
                    span = locate(texts[a], s)
                    if span is None:
                        continue
                    best, overlap = None, 0
                    for sent in summary["articles"][a]["sentences"]:
                        lo = max(span[0], sent["span"]["start"])
                        hi = min(span[1], sent["span"]["end"])
                        if hi - lo > overlap:
                            best, overlap = sent, hi - lo
                    if best is not None and overlap >= (span[1] - span[0]) / 2:
                        where[(c, doc, s)] = best["cluster"]
    rows = {"all": [0, 0, 0, 0], "tune half": [0, 0, 0, 0], "held-out half": [0, 0, 0, 0]}
    missing = 0
    for p in gold:
        ka, kb = (p["cluster"], p["doc_a"], p["a"]), (p["cluster"], p["doc_b"], p["b"])
        if ka not in where or kb not in where:
            missing += 1
            continue
        same = where[ka] is not None and where[ka] == where[kb]
        cell = (2 if p["label"] else 0) + (1 if same else 0)
        for name in ("all", "held-out half" if p["cluster"] in later else "tune half"):
            rows[name][cell] += 1
    print(f"pairs found {len(gold) - missing} of {len(gold)}")
    for name, (tn, fp, fn, tp) in rows.items():
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        print(f"  {name:<14} P {prec:.3f} R {rec:.3f}   (same cluster: {tp} right, {fp} wrong)")


if __name__ == "__main__":
    main()
