#!/usr/bin/env python3
"""Research aid (issue 14): measures "different fact" rules on the SCU pairs
before any is built into gistr, with the issue's protocol: each rule is a
logit penalty on the shipped similarity, the threshold is put where the tune
half of the DUC clusters (the first half by name, as eval-pairs-score.py
splits them) first reaches recall 0.35, and precision is reported on both
halves at recall 0.35 and on the held-out half at the tune half's threshold.
Also prints the shipped decision's precision/recall curve around recall 0.35.

usage: eval-pairs-rules.py EVAL_DIR FEATURES_DIR

FEATURES_DIR holds `gistr dedup --lang en --pairs --features
EVAL_DIR/scu_pairs_dev.jsonl` as scu_pairs_dev.jsonl. The rules' inputs are
computed here, approximately as crates/gistr/src/dedup/profile.rs does (words cut to five
letters; names: capitalised words after the first; the stop words of the
`stop-words` crate's ISO English list when found in ~/.cargo, else
scikit-learn's):
  residual    content words minus names minus the topic's (words of the
              content of at least 60% of the cluster's DUC 2006 articles,
              read from EVAL_DIR/duc2006.jsonl): the two share none
  shared<=1   at most one content word (names aside) in common
  date        both name weekdays, months or years, and none in common
  time        the same with "today", "yesterday", "tomorrow", "soon", "tonight"
              counted as dates, and at most one content word in common
Nothing of the evaluation data is written anywhere.
"""
import glob
import json
import math
import os
import re
import sys
from collections import Counter

WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
MONTHS = "january february march april june july august september october november december".split()
RELATIVE = "today yesterday tomorrow soon tonight".split()


def stop_words():
    lists = glob.glob(os.path.expanduser("~/.cargo/registry/src/*/stop-words-*/src/iso/stopwords-iso.json"))
    if lists:
        return set(json.load(open(sorted(lists)[-1]))["en"])
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return set(ENGLISH_STOP_WORDS)


STOP = stop_words()


def words(t):
    for w in re.split(r"[\s—–/]+", t):
        w = re.sub(r"^\W+|\W+$", "", w)
        if w:
            yield w


def content(t):
    return {
        w.lower()[:5]
        for k, w in enumerate(words(t))
        if not (k > 0 and w[0].isupper()) and len(w) >= 2 and w.lower() not in STOP
    }


def dates(t, relative):
    out = set()
    for w in re.split(r"\W+", t):
        l = w.lower()
        if l in WEEKDAYS or l in MONTHS or re.fullmatch(r"(19|20)\d\d", w) or (relative and l in RELATIVE):
            out.add(l)
    return out


def logit(s):
    s = min(max(s, 1e-6), 1 - 1e-6)
    return math.log(s / (1 - s))


def main():
    eval_dir, feat_dir = sys.argv[1], sys.argv[2]
    gold = [json.loads(l) for l in open(f"{eval_dir}/scu_pairs_dev.jsonl") if l.strip()]
    pred = [json.loads(l) for l in open(f"{feat_dir}/scu_pairs_dev.jsonl") if l.strip()]
    duc = {}
    for l in open(f"{eval_dir}/duc2006.jsonl"):
        r = json.loads(l)
        duc[r["id"][:5].lower()] = r
    topic = {}
    for c in {r["cluster"] for r in gold}:
        docs = [content(d["text"]) for d in duc[c.split(":")[1][:5].lower()]["docs"]]
        n = Counter(k for d in docs for k in d)
        need = max(3, math.ceil(0.6 * len(docs)))
        topic[c] = {k for k, v in n.items() if v >= need}
    clusters = sorted({r["cluster"] for r in gold})
    later = set(clusters[(len(clusters) + 1) // 2 :])
    held = [r["cluster"] in later for r in gold]
    tune = [not h for h in held]
    y = [r["label"] for r in gold]
    base = [logit(p["similarity"]) for p in pred]

    def p_at(score, mask, recall=0.35):
        items = sorted((s, l) for s, l, m in zip(score, y, mask) if m)[::-1]
        pos = sum(l for _, l in items)
        tp = 0
        for k, (s, l) in enumerate(items):
            tp += l
            if tp >= recall * pos:
                return tp / (k + 1), s
        return 0.0, 0.0

    def at(score, mask, t):
        tp = sum(1 for s, l, m in zip(score, y, mask) if m and s >= t and l)
        fp = sum(1 for s, l, m in zip(score, y, mask) if m and s >= t and not l)
        pos = sum(1 for l, m in zip(y, mask) if m and l)
        return tp / max(1, tp + fp), tp / pos

    every = [True] * len(y)
    print("shipped decision, precision at recall (all / tune half / held-out half):")
    for r in (0.30, 0.33, 0.35, 0.37, 0.40):
        print(f"  recall {r:.2f}: " + " / ".join("%.3f" % p_at(base, m, r)[0] for m in (every, tune, held)))
    ca = [(content(r["a"]), content(r["b"])) for r in gold]
    res = [(a - topic[r["cluster"]], b - topic[r["cluster"]]) for (a, b), r in zip(ca, gold)]
    da = [(dates(r["a"], False), dates(r["b"], False)) for r in gold]
    ta = [(dates(r["a"], True), dates(r["b"], True)) for r in gold]
    rules = {
        "residual": [not (a & b) for a, b in res],
        "shared<=1": [len(a & b) <= 1 for a, b in ca],
        "date": [bool(a and b and not a & b) for a, b in da],
        "time": [bool(a and b and not a & b) and len(c[0] & c[1]) <= 1 for (a, b), c in zip(ta, ca)],
    }
    print("rule (logit penalty): P@R.35 tune, P@R.35 held-out, held-out P/R at the tune half's threshold")
    for name, fires in rules.items():
        for pen in (0.3, 0.6, 1.0):
            s = [b - pen * f for b, f in zip(base, fires)]
            pt, t = p_at(s, tune)
            ph, _ = p_at(s, held)
            print(f"  {name:<10} {pen:.1f}: {pt:.3f}  {ph:.3f}  %.3f/%.3f" % at(s, held, t))
    pt, t = p_at(base, tune)
    print(f"  {'none':<10}    : {pt:.3f}  {p_at(base, held)[0]:.3f}  %.3f/%.3f" % at(base, held, t))


if __name__ == "__main__":
    main()
