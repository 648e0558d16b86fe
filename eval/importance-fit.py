#!/usr/bin/env python3
"""A learned importance model (issue 19, RegSum, Hong & Nenkova 2014), of
concepts or of sentences: fits it on one dev set or half, and scores the
fitted weights on every set and half it was not fitted on (the cross-set
protocol of eval/rouge-cross.py, with "fitted on" in place of "picked on").

    python3 eval/importance-fit.py EVAL_DIR BIN OUT_DIR [--level concept|sentence]
        [--label any|share] [--features f1,f2,...]

BIN is a `--cfg gistr_tune` build (eval/rouge.sh --cross makes one in
target/tune); the weights reach it as GISTR_SMODEL (sentences: see
`Tuning::sentence_model` and `candidates::learned_scores`) or GISTR_CMODEL
(concepts: `Tuning::concept_model` and `Concepts::learn`).

Sentences (the default level): a linear model (least squares, numpy) of
the share of a sentence's bigrams (ROUGE's tokens and stems, stop words
kept) that are in the references, over the sentences neither boilerplate
nor unfit, from the default run's `--json` output (each sentence's text by
its span, its score, its position among the content sentences of its
article). Features: the score, 1 / sqrt(1 + position), the mean share of
the articles carrying each of its content words (Porter stems of the ROUGE
tokenizer without a short English stop list; gistr's own stems and stop
words differ a little).

Concepts: a logistic model. Features (the same as
`Concepts::learn` computes, here from the default run's `--json` output:
each sentence's text by its span, its score, its position among the
content sentences of its article): ln of the articles carrying the bigram,
ln of its sentences, ln(1 + its first position), the best score of its
sentences. Bigrams here are Porter stems of the ROUGE tokenizer without a
short English stop list (gistr's own stems and stop words differ a
little); a bigram counts as a concept when at least
max(2, round(0.15 n)) of the n articles carry it, as `min_article_share`
does. Label: the bigram is in a reference (`any`), or the share of the
references that have it (`share`). Fitting: Newton's method, L2 1e-2,
numpy only.

Prints the weights fitted on each set and half, then R1-R / R2-R per set
of the default and of each fit, and each fit's gain (R1 + R2) over the
default on every set and half it was not fitted on.
"""
import functools
import importlib.util
import json
import math
import os
import subprocess
import sys

import numpy as np

SETS = [("06", "duc2006.jsonl", 250), ("07u", "duc2007_update.jsonl", 100), ("07m", "duc2007_main.jsonl", 250)]
STOP = """a about above after again against all am an and any are as at be because been before being below
between both but by can could did do does doing down during each few for from further had has have having he her
here hers herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off
on once only or other our ours ourselves out over own same she should so some such than that the their theirs them
themselves then there these they this those through to too under until up very was we were what when where which
while who whom why will with would you your yours yourself yourselves said says say also mr mrs ms one two new
year years percent""".split()
FEATURES = {"concept": ["lndf", "lntf", "lnpos", "maxsc"], "sentence": ["sc", "lead", "dfu"]}


def main():
    args = sys.argv[1:]
    label = "any"
    level = "sentence"
    if "--level" in args:
        i = args.index("--level")
        level = args[i + 1]
        del args[i:i + 2]
    FEATS = FEATURES[level]
    knob = "GISTR_CMODEL" if level == "concept" else "GISTR_SMODEL"
    feats = FEATS
    if "--label" in args:
        i = args.index("--label")
        label = args[i + 1]
        del args[i:i + 2]
    if "--features" in args:
        i = args.index("--features")
        feats = args[i + 1].split(",")
        del args[i:i + 2]
    eval_dir, binary, out_dir = args[:3]
    if not os.path.exists(os.path.join(eval_dir, "score.py")):
        print("skipped: ../shared/eval absent")
        return
    spec = importlib.util.spec_from_file_location("score", os.path.join(eval_dir, "score.py"))
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)

    class Cached:
        stem = staticmethod(functools.lru_cache(maxsize=None)(score.STEMMER.stem))

    cached = Cached()
    stops = {cached.stem(w) for w in STOP}

    def toks(text):
        return score.tokenize.tokenize(text, cached)

    def content(ts):
        return [t for t in ts if t not in stops and not t.isdigit()]

    def concept_rows(c, o, ci, X, y, cl):
        refs = [set() for _ in c["refs"]]
        for r, got in zip(c["refs"], refs):
            for sent in r.split("."):
                ct = content(toks(sent))
                got.update(zip(ct, ct[1:]))
        n = len(c["docs"])
        info = {}
        for a, (d, art) in enumerate(zip(c["docs"], o["result"]["articles"])):
            text = d["text"].encode()
            pos = 0
            for s in art["sentences"]:
                if s["status"] == "boilerplate":
                    continue
                ct = content(toks(text[s["span"]["start"]:s["span"]["end"]].decode(errors="ignore")))
                for bg in set(zip(ct, ct[1:])):
                    e = info.setdefault(bg, [set(), 0, pos, 0.0])
                    e[0].add(a)
                    e[1] += 1
                    e[2] = min(e[2], pos)
                    e[3] = max(e[3], s["score"])
                pos += 1
        for bg, (arts, tf, first, best) in info.items():
            if len(arts) < max(2, round(0.15 * n)):
                continue
            f = {"lndf": math.log(len(arts)), "lntf": math.log(tf), "lnpos": math.log(1 + first), "maxsc": best}
            X.append([f[k] for k in FEATS])
            has = sum(bg in r for r in refs)
            y.append(float(has > 0) if label == "any" else has / len(refs))
            cl.append(ci)

    def sentence_rows(c, o, ci, X, y, cl):
        refb = set()
        for r in c["refs"]:
            t = toks(r)
            refb.update(zip(t, t[1:]))
        n = len(c["docs"])
        arts, sents = {}, []
        for a, (d, art) in enumerate(zip(c["docs"], o["result"]["articles"])):
            text = d["text"].encode()
            pos = 0
            for s in art["sentences"]:
                if s["status"] == "boilerplate":
                    continue
                t = toks(text[s["span"]["start"]:s["span"]["end"]].decode(errors="ignore"))
                ct = content(t)
                for w in set(ct):
                    arts.setdefault(w, set()).add(a)
                if s["status"] != "unfit" and ct and len(t) > 1:
                    sents.append((t, ct, pos, s["score"]))
                pos += 1
        for t, ct, pos, sc in sents:
            bg = list(zip(t, t[1:]))
            ws = set(ct)
            f = {"sc": sc, "lead": 1 / math.sqrt(1 + pos), "dfu": sum(len(arts[w]) for w in ws) / len(ws) / n}
            X.append([f[k] for k in FEATS])
            y.append(sum(b in refb for b in bg) / len(bg))
            cl.append(ci)

    os.makedirs(out_dir, exist_ok=True)
    env0 = {k: v for k, v in os.environ.items() if k != knob}
    data, rows = {}, {}
    for tag, name, words in SETS:
        clusters = [json.loads(l) for l in open(os.path.join(eval_dir, name), encoding="utf-8")]
        path = os.path.join(out_dir, f"features.{tag}.json")
        with open(path, "w", encoding="utf-8") as f:
            subprocess.run([binary, "--jsonl", os.path.join(eval_dir, name), "--words", str(words), "--json"],
                           stdout=f, env=env0, check=True)
        outs = [json.loads(l) for l in open(path, encoding="utf-8")]
        X, y, cl = [], [], []
        for ci, (c, o) in enumerate(zip(clusters, outs)):
            if level == "sentence":
                sentence_rows(c, o, ci, X, y, cl)
            else:
                concept_rows(c, o, ci, X, y, cl)
        rows[tag] = (np.array(X), np.array(y), np.array(cl))
        refs = []
        for c in clusters:
            t = [toks(" ".join(r.split()[:words])) for r in c["refs"]]
            refs.append((c["id"], [[score.ngrams(x, n) for x in t] for n in (1, 2)]))
        data[tag] = (name, words, refs)

    cols = [FEATS.index(k) for k in feats]

    def fit(X, y, l2=1e-2):
        X1 = np.hstack([X[:, cols], np.ones((len(X), 1))])
        if level == "sentence":
            w = np.linalg.solve(X1.T @ X1 + 1e-3 * np.eye(X1.shape[1]), X1.T @ y)
        else:
            w = np.zeros(X1.shape[1])
            for _ in range(50):
                p = 1 / (1 + np.exp(-X1 @ w))
                g = X1.T @ (p - y) + l2 * np.r_[w[:-1], 0]
                h = (X1 * (p * (1 - p))[:, None]).T @ X1 + l2 * np.eye(len(w))
                w -= np.linalg.solve(h, g)
        full = [0.0] * (len(FEATS) + 1)
        for c, v in zip(cols, w[:-1]):
            full[c] = float(v)
        full[-1] = float(w[-1])
        return full

    units = [(t, None) for t in data] + [(t, h) for t in data for h in (0, 1)]

    def uname(u):
        return u[0] if u[1] is None else f"{u[0]}.{'even' if u[1] == 0 else 'odd'}"

    models = {}
    for u in units:
        X, y, cl = rows[u[0]]
        keep = np.ones(len(y), bool) if u[1] is None else (cl % 2 == u[1])
        models[uname(u)] = fit(X[keep], y[keep])
        print(f"fit on {uname(u):<8} ({int(keep.sum())} concepts, {y[keep].mean():.3f} in refs): "
              + " ".join(f"{k}={v:+.3f}" for k, v in zip(FEATS + ["bias"], models[uname(u)])))

    def run(setting, model):
        env = dict(env0)
        if model is not None:
            env[knob] = ",".join(f"{v:.4f}" for v in model)
        res = {}
        for tag, (name, words, refs) in data.items():
            path = os.path.join(out_dir, f"{setting}.{tag}.jsonl")
            with open(path, "w", encoding="utf-8") as f:
                subprocess.run([binary, "--jsonl", os.path.join(eval_dir, name), "--words", str(words)],
                               stdout=f, env=env, check=True)
            got = {}
            for line in open(path, encoding="utf-8"):
                if line.strip():
                    row = json.loads(line)
                    got[row["id"]] = row["summary"]
            per = []
            for cid, grams in refs:
                p_toks = toks(" ".join(got.get(cid, "").split()[:words]))
                rec = []
                for i, n in enumerate((1, 2)):
                    p = score.ngrams(p_toks, n)
                    hit = sum(sum((p & r).values()) for r in grams[i])
                    tot = sum(sum(r.values()) for r in grams[i])
                    rec.append(100 * hit / tot if tot else 0.0)
                per.append(rec)
            res[tag] = per
        return res

    def mean(per, which=None):
        sel = [r for k, r in enumerate(per) if which is None or k % 2 == which]
        return [sum(r[i] for r in sel) / len(sel) for i in (0, 1)]

    def tot(res, u):
        return sum(mean(res[u[0]], u[1]))

    base = run("default", None)
    print("default: " + "   ".join(f"{t} {m[0]:.2f} / {m[1]:.2f}" for t in data for m in [mean(base[t])]))
    worst = None
    for u in units:
        res = run(f"fit-{uname(u)}", models[uname(u)])
        others = [(t, None) for t in data if t != u[0]] if u[1] is None else [(u[0], 1 - u[1])]
        gains = [tot(res, o) - tot(base, o) for o in others]
        worst = min(gains + ([worst] if worst is not None else []))
        print(f"fit {uname(u):<8}: " + "   ".join(f"{t} {m[0]:.2f} / {m[1]:.2f}" for t in data for m in [mean(res[t])])
              + "   gain on " + ", ".join(f"{uname(o)} {g:+.2f}" for o, g in zip(others, gains))
              + f"   (own {tot(res, u) - tot(base, u):+.2f})")
    print(f"worst held-out gain: {worst:+.2f}: " + ("wins" if worst > 0 else "loses" if worst < -0.05 else "ties"))


if __name__ == "__main__":
    main()
