#!/usr/bin/env python3
"""Builds the benchmark corpus tiers from real news text, at run time.

The DUC documents in ../shared/eval/ are under evaluation-only terms: they
are read here and re-mixed into tiers written to a git-ignored folder
(bench-data/ by default), never committed. When the folder is absent this
script says so and exits 0 with nothing written, so callers can skip.

Each DUC document is cut into articles of about 2.6 KB (whole paragraphs),
which is the size of the articles the issue's peer figures were taken on
(50 articles = 131 KB). Tiers take articles in cluster order, so the small
tiers are about one event, like real input. Tiers larger than the unique
articles re-mix them: each later pass shuffles an article's paragraphs
(seeded) and swaps one paragraph with another article of the same cluster,
so no two articles are verbatim copies.

Output: bench-data/tier-N.json, a JSON array of {"title", "text"}, for
N in 5, 50, 500, 2000, 8000 (or --tiers), plus bench-data/tiers.tsv
listing "N<TAB>bytes<TAB>path"; and bench-data/slider-10.json, 10 articles
of about 10 KB (whole DUC documents of one cluster joined), the page's
length-slider case.

    python3 benches/corpus.py [--out bench-data] [--tiers 5,50,500,2000,8000]
"""

import argparse
import json
import os
import random
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SOURCES = ["duc2006.jsonl", "duc2007_update.jsonl"]
TARGET = 2600  # bytes per article


def find_eval():
    for d in [os.environ.get("GISTR_EVAL", ""), os.path.join(ROOT, "..", "shared", "eval"),
              os.path.join(ROOT, "..", "..", "shared", "eval")]:
        if d and all(os.path.exists(os.path.join(d, s)) for s in SOURCES):
            return d
    return None


def chunks(doc):
    """Splits a document into ~TARGET-byte articles of whole paragraphs."""
    paras = [p.strip() for p in doc["text"].split("\n") if p.strip()]
    out, cur, size = [], [], 0
    for p in paras:
        cur.append(p)
        size += len(p.encode()) + 1
        if size >= TARGET:
            out.append(cur)
            cur, size = [], 0
    if cur:
        if out and size < TARGET // 3:
            out[-1].extend(cur)
        else:
            out.append(cur)
    return out


def load(folder):
    """[(cluster, title, [paragraphs])] in file and cluster order."""
    arts = []
    for s in SOURCES:
        with open(os.path.join(folder, s), encoding="utf-8") as f:
            for c, line in enumerate(f):
                cl = json.loads(line)
                for doc in cl["docs"]:
                    for ps in chunks(doc):
                        arts.append((s + cl["id"], doc.get("title") or "", ps))
    return arts


def slider(folder, n=10, size=10_000):
    """n articles of about `size` bytes from the first cluster with enough
    text: the paragraphs of its documents in order, cut every `size` bytes."""
    with open(os.path.join(folder, SOURCES[0]), encoding="utf-8") as f:
        for line in f:
            out, cur, nbytes = [], [], 0
            for d in json.loads(line)["docs"]:
                for p in d["text"].split("\n"):
                    if not p.strip():
                        continue
                    cur.append(p.strip())
                    nbytes += len(p.encode()) + 1
                    if nbytes >= size:
                        out.append({"title": d.get("title") or "", "text": "\n".join(cur)})
                        cur, nbytes = [], 0
                    if len(out) == n:
                        return out
    return None


def tier(arts, n):
    by_cluster = {}
    for i, (c, _, _) in enumerate(arts):
        by_cluster.setdefault(c, []).append(i)
    out = []
    k = 0
    while len(out) < n:
        p, i = divmod(k, len(arts))
        c, title, paras = arts[i]
        paras = list(paras)
        if p > 0:
            rng = random.Random(p * 1_000_003 + i)
            rng.shuffle(paras)
            mates = by_cluster[c]
            other = arts[mates[rng.randrange(len(mates))]][2]
            paras[rng.randrange(len(paras))] = other[rng.randrange(len(other))]
        out.append({"title": title, "text": "\n".join(paras)})
        k += 1
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", default=os.path.join(ROOT, "bench-data"))
    ap.add_argument("--tiers", default="5,50,500,2000,8000")
    args = ap.parse_args()
    folder = find_eval()
    if folder is None:
        print("corpus: ../shared/eval/ (DUC) not found; skipping", file=sys.stderr)
        return 0
    arts = load(folder)
    os.makedirs(args.out, exist_ok=True)
    rows = []
    for n in [int(x) for x in args.tiers.split(",")]:
        path = os.path.join(args.out, f"tier-{n}.json")
        data = tier(arts, n)
        text = json.dumps(data, ensure_ascii=False)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        nbytes = sum(len(a["text"].encode()) + len(a["title"].encode()) for a in data)
        rows.append(f"{n}\t{nbytes}\t{path}")
        print(f"corpus: {n} articles, {nbytes} bytes -> {path}", file=sys.stderr)
    data = slider(folder)
    if data:
        path = os.path.join(args.out, "slider-10.json")
        with open(path, "w", encoding="utf-8") as f:
            f.write(json.dumps(data, ensure_ascii=False))
        nbytes = sum(len(a["text"].encode()) + len(a["title"].encode()) for a in data)
        print(f"corpus: slider, 10 articles, {nbytes} bytes -> {path}", file=sys.stderr)
    with open(os.path.join(args.out, "tiers.tsv"), "w") as f:
        f.write("\n".join(rows) + "\n")
    print(f"corpus: {len(arts)} unique articles from {folder}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
