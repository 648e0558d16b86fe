#!/usr/bin/env python3
"""The cross-set check within DUC 2006: its clusters in two halves (the
even and the odd ones, in file order, 25 each), each knob's value picked on
one half (best R1-R + R2-R) and scored on the other against the knob's
"off" value. For the knobs DUC 2007 cannot check (it has 10 articles a
cluster: MIN_ART_FRAC), or where the two sets disagree (CORROB, WPOW).
Scores the predictions `eval/rouge.sh --cross` left, as
../shared/eval/score.py does (its own functions, imported at run time).

    python3 eval/rouge-halves.py EVAL_DIR OUT_DIR KNOB:OFF,V2,V3 ...

OUT_DIR holds `GISTR_<KNOB>=<V>.y06.jsonl` (the default of
`eval/rouge.sh --cross`: target/tune/eval). Prints one line per knob.
"""
import functools
import importlib.util
import json
import os
import sys


def main():
    eval_dir, out_dir, knobs = sys.argv[1], sys.argv[2], sys.argv[3:]
    spec = importlib.util.spec_from_file_location("score", os.path.join(eval_dir, "score.py"))
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)

    class Cached:
        stem = staticmethod(functools.lru_cache(maxsize=None)(score.STEMMER.stem))

    def tokens(text):
        return score.tokenize.tokenize(" ".join(text.split()[:250]), Cached())

    clusters = [json.loads(l) for l in open(os.path.join(eval_dir, "duc2006.jsonl"), encoding="utf-8")]
    half = {c["id"]: k % 2 for k, c in enumerate(clusters)}
    refs = {}
    for c in clusters:
        toks = [tokens(r) for r in c["refs"]]
        refs[c["id"]] = [[score.ngrams(t, n) for t in toks] for n in (1, 2)]

    def halves(path):
        """R1-R + R2-R of each half, x100."""
        got = {}
        for line in open(path, encoding="utf-8"):
            if line.strip():
                row = json.loads(line)
                got[row["id"]] = row["summary"]
        sums, counts = [0.0, 0.0], [0, 0]
        for c in clusters:
            h = half[c["id"]]
            ptoks = tokens(got.get(c["id"], ""))
            for i, n in enumerate((1, 2)):
                p = score.ngrams(ptoks, n)
                hit = sum(sum((p & r).values()) for r in refs[c["id"]][i])
                total = sum(sum(r.values()) for r in refs[c["id"]][i])
                sums[h] += hit / total if total else 0.0
            counts[h] += 1
        return [100 * s / k for s, k in zip(sums, counts)]

    for knob in knobs:
        name, grid = knob.split(":")
        values = grid.split(",")
        s = {v: halves(os.path.join(out_dir, f"GISTR_{name}={v}.y06.jsonl")) for v in values}
        off = values[0]
        cells = []
        for h in (0, 1):
            pick = max(values, key=lambda v: (s[v][h], -values.index(v)))
            gain = s[pick][1 - h] - s[off][1 - h]
            cells.append(f"half {h} picks {pick:<5} {gain:+.2f} over {off} on half {1 - h}")
        grid_text = " ".join(f"{v}={s[v][0]:.2f}/{s[v][1]:.2f}" for v in values)
        print(f"{name:<13} {'; '.join(cells)}   (R1+R2 per half: {grid_text})")


if __name__ == "__main__":
    main()
