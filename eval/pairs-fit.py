#!/usr/bin/env python3
"""Tuning aid: fits the logistic weights of the duplicate decision on the
features `gistr dedup --pairs --features` prints.

usage: MSRP_WEIGHT=0.2 eval-pairs-fit.py EVAL_DIR FEATURES_DIR [feature ...]
       MSRP_WEIGHT=0.2 eval-pairs-fit.py --half EVAL_DIR FEATURES_DIR [feature ...]

Make the features with
    gistr dedup --lang en --pairs --features EVAL_DIR/F > FEATURES_DIR/F
for both files. Reads the gold labels from EVAL_DIR and the features from
FEATURES_DIR (same file names), fits one model on both files together (MSRP
weighing MSRP_WEIGHT, default 0.2, SCU the rest), and prints the weights and
the scores at a few thresholds. The product's bias is the fitted bias minus
logit(chosen threshold), so that similarity 0.5 is the decision point. Needs
numpy and scikit-learn (not project dependencies). The weights it prints
are chosen on the evaluation dev sets themselves: say so when quoting them.

With --half (issue 14's protocol, the way the shipped weights were set):
the model is fitted on MSRP and the SCU pairs of the first half of the DUC
clusters (by name, as eval/pairs-score.py splits them), its
threshold put where that half's recall first reaches 0.35, and it is
scored on the other half at that threshold and at matched recall; then the
same with the halves swapped. Prints the product's weights (bias minus the
threshold, so that similarity 0.5 is the decision point).
"""
import json
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression

FILES = ["msrp_dev.jsonl", "scu_pairs_dev.jsonl"]


def load(eval_dir, feat_dir, name, names):
    gold = [json.loads(l)["label"] for l in open(f"{eval_dir}/{name}") if l.strip()]
    feats = [json.loads(l)["features"] for l in open(f"{feat_dir}/{name}") if l.strip()]
    names = names or sorted(feats[0])
    x = np.array([[f[k] for k in names] for f in feats], dtype=float)
    return x, np.array(gold), names


def prf(y, p):
    tp = int(((y == 1) & p).sum())
    fp = int(((y == 0) & p).sum())
    fn = int(((y == 1) & ~p).sum())
    prec = tp / (tp + fp) if tp + fp else 0
    rec = tp / (tp + fn) if tp + fn else 0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0
    return prec, rec, f1, float((p == (y == 1)).mean())


def halves(eval_dir, feat_dir, names):
    import math

    gold = [json.loads(l) for l in open(f"{eval_dir}/scu_pairs_dev.jsonl") if l.strip()]
    x, y, names = load(eval_dir, feat_dir, "scu_pairs_dev.jsonl", names)
    mx, my, _ = load(eval_dir, feat_dir, "msrp_dev.jsonl", names)
    clusters = sorted({r["cluster"] for r in gold})
    later = set(clusters[(len(clusters) + 1) // 2 :])
    held = np.array([r["cluster"] in later for r in gold])
    wm = float(__import__("os").environ.get("MSRP_WEIGHT", "0.2"))

    def precision_at(s, yy, recall):
        order = np.argsort(-s, kind="stable")
        tp = np.cumsum(yy[order] == 1)
        k = int(np.searchsorted(tp, recall * (yy == 1).sum()))
        return tp[k] / (k + 1)

    for label, fit_on in (("fit on the first half", ~held), ("fit on the second half", held)):
        other = ~fit_on
        xx = np.vstack([x[fit_on], mx])
        yy = np.concatenate([y[fit_on], my])
        n = fit_on.sum()
        w = np.concatenate([np.full(n, (1 - wm) / n), np.full(len(my), wm / len(my))]) * len(yy)
        m = LogisticRegression(C=10.0, max_iter=5000).fit(xx, yy, sample_weight=w)
        s = x @ m.coef_[0] + m.intercept_[0]
        pos = np.sort(s[fit_on & (y == 1)])[::-1]
        t = pos[int(math.ceil(0.35 * len(pos))) - 1]
        print(f"{label}:", ", ".join(f"{k}={c:.3f}" for k, c in zip(names, m.coef_[0])),
              f"bias={m.intercept_[0]:.3f}, threshold {t:.3f} (product bias {m.intercept_[0] - t:.3f})")
        for part, mask in (("fitted half", fit_on), ("other half", other), ("all", np.ones_like(held))):
            print("    %-12s P %.3f R %.3f F %.3f A %.3f" % ((part,) + prf(y[mask], s[mask] >= t)), end="")
            print("    at recall 0.35: P %.3f" % precision_at(s[mask], y[mask], 0.35))
        print("    %-12s P %.3f R %.3f F %.3f A %.3f" % (("msrp",) + prf(my, mx @ m.coef_[0] + m.intercept_[0] >= t)))


def main():
    if sys.argv[1] == "--half":
        halves(sys.argv[2], sys.argv[3], sys.argv[4:] or None)
        return
    eval_dir, feat_dir = sys.argv[1], sys.argv[2]
    names = sys.argv[3:] or None
    data = []
    for f in FILES:
        x, y, names = load(eval_dir, feat_dir, f, names)
        data.append((x, y))
    x = np.vstack([d[0] for d in data])
    y = np.concatenate([d[1] for d in data])
    import os

    wm = float(os.environ.get("MSRP_WEIGHT", "0.2"))
    w = np.concatenate([np.full(len(d[1]), share / len(d[1])) for d, share in zip(data, [wm, 1 - wm])]) * len(y)
    m = LogisticRegression(C=10.0, max_iter=2000).fit(x, y, sample_weight=w)
    print("weights:", ", ".join(f"{n}={c:.3f}" for n, c in zip(names, m.coef_[0])), f"bias={m.intercept_[0]:.3f}")
    # 5-fold cross-validated probabilities (stratified by file and label),
    # beside the in-sample ones: the weights are fitted on these very pairs.
    from sklearn.model_selection import StratifiedKFold

    group = np.concatenate([np.full(len(d[1]), i) for i, d in enumerate(data)])
    cv = np.zeros(len(y))
    for train, test in StratifiedKFold(5, shuffle=True, random_state=0).split(x, 2 * y + group):
        mm = LogisticRegression(C=10.0, max_iter=2000).fit(x[train], y[train], sample_weight=w[train])
        cv[test] = mm.predict_proba(x[test])[:, 1]
    for t in [0.25, 0.29, 0.31, 0.33, 0.35, 0.4, 0.5]:
        for kind, probs in (("in", m.predict_proba(x)[:, 1]), ("cv", cv)):
            row = [f"t={t:.2f} {kind}"]
            for i, (f, (xx, yy)) in enumerate(zip(FILES, data)):
                p = probs[group == i] >= t
                row.append("%s P%.3f R%.3f F%.3f A%.3f" % ((f[:4],) + prf(yy, p)))
            print("  ".join(row))
    for f, (xx, yy) in zip(FILES, data):
        mm = LogisticRegression(C=10.0, max_iter=2000).fit(xx, yy)
        best = max((prf(yy, mm.predict_proba(xx)[:, 1] >= t)[2], t) for t in np.arange(0.1, 0.9, 0.01))
        print(f"alone {f}: best F1 {best[0]:.3f} at {best[1]:.2f}; weights",
              ", ".join(f"{n}={c:.2f}" for n, c in zip(names, mm.coef_[0])))


if __name__ == "__main__":
    main()
