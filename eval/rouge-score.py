#!/usr/bin/env python3
"""Scores many prediction files against one DUC set in one process, exactly
as ../shared/eval/score.py does (its own functions, imported from there at
run time), with the Porter stems and the references' n-grams computed once:
what makes eval/rouge.sh --cross fast enough to run every grid.

    python3 eval/rouge-score.py EVAL_DIR DATA.jsonl WORDS PRED.jsonl...

Prints, per prediction file: R1-R R1-F R2-R R2-F PRED (x100).
"""
import collections
import functools
import importlib.util
import json
import os
import sys


def main():
    eval_dir, data, words, preds = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4:]
    spec = importlib.util.spec_from_file_location("score", os.path.join(eval_dir, "score.py"))
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)

    class Cached:
        stem = staticmethod(functools.lru_cache(maxsize=None)(score.STEMMER.stem))

    cached = Cached()

    def tokens(text):
        if words:
            text = " ".join(text.split()[:words])
        return score.tokenize.tokenize(text, cached)

    clusters = [json.loads(line) for line in open(os.path.join(eval_dir, data), encoding="utf-8")]
    refs = {}
    for c in clusters:
        toks = [tokens(r) for r in c["refs"]]
        refs[c["id"]] = [[score.ngrams(t, n) for t in toks] for n in (1, 2)]
    for path in preds:
        got = {}
        for line in open(path, encoding="utf-8"):
            if line.strip():
                row = json.loads(line)
                got[row["id"]] = row["summary"]
        sums = [0.0] * 4
        for c in clusters:
            ptoks = tokens(got.get(c["id"], ""))
            for i, n in enumerate((1, 2)):
                p = score.ngrams(ptoks, n)
                hit = ref_total = peer_total = 0
                for r in refs[c["id"]][i]:
                    hit += sum((p & r).values())
                    ref_total += sum(r.values())
                    peer_total += sum(p.values())
                rec = hit / ref_total if ref_total else 0.0
                prec = hit / peer_total if peer_total else 0.0
                f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
                sums[2 * i] += rec
                sums[2 * i + 1] += f1
        k = len(clusters)
        print(" ".join(f"{100 * s / k:6.2f}" for s in sums), path)


if __name__ == "__main__":
    main()
