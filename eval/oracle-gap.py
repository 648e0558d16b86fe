#!/usr/bin/env python3
"""How gistr's chosen sentences differ from a greedy ROUGE-2 oracle's, on
the three DUC dev sets (issue 19): a diagnostic for the objective, not a
score.

    python3 eval/oracle-gap.py EVAL_DIR BIN [--fit]

BIN is a gistr build (target/release/gistr); it is run with `--json` on
each set at its budget. The oracle, per cluster, takes among the
sentences gistr reports neither boilerplate nor unfit, and of at least 12
words (`min_fit_words`), the one with the best gain in ROUGE-2 hits
against the pooled references per square root of its words (gistr's
`cost` of 0.5), until the budget is full (the last may run 20 words over,
as `overflow` lets gistr's). Prints, for gistr's chosen sentences, the
oracle's and every candidate, the means of: the score gistr reports, the
position among the content sentences of the article (and as a share of
them), words, the mean share of the articles that carry each of its
words (ROUGE tokens), attribution (said, says, told, according), a quote
mark, a digit, and the share of its bigrams in the references; then the
oracle's R1-R / R2-R (at the budget, references cut as score.py cuts
them).

With --fit: a logistic model (numpy, Newton, L2 1e-2) of whether a
candidate is the oracle's, from the score, 1 / sqrt(1 + position), the
articles' share of its words, attribution, a digit and ln words, fitted
on each set, with its AUC on every set against the score's alone.
"""
import collections
import functools
import importlib.util
import json
import math
import os
import statistics
import subprocess
import sys

SETS = [("duc2006.jsonl", 250), ("duc2007_update.jsonl", 100), ("duc2007_main.jsonl", 250)]
MIN_FIT, OVERFLOW = 12, 20
SAID = {"said", "says", "told", "according"}


FIT_FEATURES = ["score", "lead", "df", "said", "digit", "ln words"]


def main():
    eval_dir, binary = sys.argv[1], sys.argv[2]
    fit_rows = {}
    if not os.path.exists(os.path.join(eval_dir, "score.py")):
        print("skipped: ../shared/eval absent")
        return
    spec = importlib.util.spec_from_file_location("score", os.path.join(eval_dir, "score.py"))
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)

    class Cached:
        stem = staticmethod(functools.lru_cache(maxsize=None)(score.STEMMER.stem))

    cached = Cached()

    def toks(text):
        return score.tokenize.tokenize(text, cached)

    cols = ["score", "pos", "share", "words", "df", "said", "quote", "digit", "in refs"]
    for name, budget in SETS:
        path = os.path.join(eval_dir, name)
        if not os.path.exists(path):
            continue
        run = subprocess.run([binary, "--jsonl", path, "--words", str(budget), "--json"],
                             capture_output=True, text=True, check=True)
        outs = {}
        for line in run.stdout.splitlines():
            if line.strip():
                o = json.loads(line)
                outs[o["id"]] = o
        rows = {"gistr": [], "oracle": [], "candidates": []}
        rec = [0.0, 0.0]
        clusters = [json.loads(l) for l in open(path, encoding="utf-8")]
        for c in clusters:
            o = outs[c["id"]]
            refs = [toks(" ".join(r.split()[:budget])) for r in c["refs"]]
            ref2 = collections.Counter()
            for t in refs:
                ref2.update(zip(t, t[1:]))
            n = len(c["docs"])
            arts, sents = {}, []
            for a, (d, art) in enumerate(zip(c["docs"], o["result"]["articles"])):
                text = d["text"].encode()
                content = [s for s in art["sentences"] if s["status"] != "boilerplate"]
                for pos, s in enumerate(content):
                    txt = text[s["span"]["start"]:s["span"]["end"]].decode(errors="replace")
                    t = toks(txt)
                    for w in set(t):
                        arts.setdefault(w, set()).add(a)
                    words = txt.split()
                    sents.append({
                        "status": s["status"], "t": t, "txt": txt, "score": s["score"], "pos": pos,
                        "share": pos / len(content), "words": len(words),
                        "said": float(any(w.strip(".,;:\"'()").lower() in SAID for w in words)),
                        "quote": float(any(q in txt for q in "\"“”")),
                        "digit": float(any(ch.isdigit() for ch in txt)),
                    })
            for s in sents:
                s["df"] = sum(len(arts[w]) for w in set(s["t"])) / max(1, len(set(s["t"]))) / n
                s["bg"] = collections.Counter(zip(s["t"], s["t"][1:]))
                s["in refs"] = sum(b in ref2 for b in s["bg"].elements()) / max(1, sum(s["bg"].values()))
            pool = [s for s in sents if s["status"] != "unfit" and s["words"] >= MIN_FIT]
            got, words, chosen = collections.Counter(), 0, []
            while words < budget:
                best, pick = 0.0, None
                have = sum((got & ref2).values())
                for k, s in enumerate(pool):
                    if s.get("taken") or words + s["words"] > budget + OVERFLOW:
                        continue
                    g = (sum(((got + s["bg"]) & ref2).values()) - have) / s["words"] ** 0.5
                    if g > best:
                        best, pick = g, s
                if pick is None:
                    break
                pick["taken"] = True
                chosen.append(pick)
                got += pick["bg"]
                words += pick["words"]
            fit_rows.setdefault(name, []).extend(
                ([s["score"], 1 / (1 + s["pos"]) ** 0.5, s["df"], s["said"], s["digit"], math.log(s["words"])],
                 float(bool(s.get("taken")))) for s in pool)
            rows["gistr"] += [s for s in sents if s["status"] == "chosen"]
            rows["oracle"] += chosen
            rows["candidates"] += pool
            peer = toks(" ".join(" ".join(s["txt"] for s in chosen).split()[:budget]))
            for i, k in enumerate((1, 2)):
                p = score.ngrams(peer, k)
                grams = [score.ngrams(t, k) for t in refs]
                hit = sum(sum((p & r).values()) for r in grams)
                rec[i] += 100 * hit / sum(sum(r.values()) for r in grams) / len(clusters)
        print(f"{name.removesuffix('.jsonl')} @{budget}" + "".join(f"{k:>9}" for k in cols))
        for k, L in rows.items():
            print(f"  {k:<10} {len(L):>5}" + "".join(f"{statistics.mean(s[c] for s in L):9.3f}" for c in cols))
        print(f"  oracle R1-R / R2-R {rec[0]:.2f} / {rec[1]:.2f}")
    if "--fit" in sys.argv[3:]:
        fit_oracle(fit_rows)


def fit_oracle(fit_rows):
    """Whether a candidate is the oracle's: fitted on each set, AUC on all."""
    import numpy as np

    def fit(X, y, l2=1e-2):
        X1 = np.hstack([X, np.ones((len(X), 1))])
        w = np.zeros(X1.shape[1])
        for _ in range(50):
            p = 1 / (1 + np.exp(-X1 @ w))
            g = X1.T @ (p - y) + l2 * np.r_[w[:-1], 0]
            h = (X1 * (p * (1 - p))[:, None]).T @ X1 + l2 * np.eye(len(w))
            w -= np.linalg.solve(h, g)
        return w

    def auc(s, y):
        o = np.argsort(s, kind="stable")
        r = np.empty(len(s))
        r[o] = np.arange(len(s))
        p = y.sum()
        return (r[y == 1].sum() - p * (p - 1) / 2) / (p * (len(y) - p))

    data = {k.removesuffix(".jsonl"): (np.array([x for x, _ in v]), np.array([y for _, y in v]))
            for k, v in fit_rows.items()}
    print("AUC of the score alone: " + ", ".join(f"{u} {auc(X[:, 0], y):.3f}" for u, (X, y) in data.items()))
    for k, (X, y) in data.items():
        w = fit(X, y)
        print(f"fitted on {k}: " + " ".join(f"{n}={v:+.2f}" for n, v in zip(FIT_FEATURES + ["bias"], w))
              + "; AUC " + ", ".join(f"{u} {auc(np.hstack([Xu, np.ones((len(yu), 1))]) @ w, yu):.3f}"
                                      for u, (Xu, yu) in data.items()))


if __name__ == "__main__":
    main()
