#!/usr/bin/env python3
"""Tuning aid: fits the logistic weights of the duplicate decision on the
features `gistr dedup --pairs --features` prints.

usage: MSRP_WEIGHT=0.2 eval-pairs-fit.py EVAL_DIR FEATURES_DIR [feature ...]

Make the features with
    gistr dedup --lang en --pairs --features EVAL_DIR/F > FEATURES_DIR/F
for both files. Reads the gold labels from EVAL_DIR and the features from
FEATURES_DIR (same file names), fits one model on both files together (MSRP
weighing MSRP_WEIGHT, default 0.2, SCU the rest), and prints the weights and
the scores at a few thresholds. The product's bias is the fitted bias minus
logit(chosen threshold), so that similarity 0.5 is the decision point. Needs
numpy and scikit-learn (not project dependencies). The weights it prints
are chosen on the evaluation dev sets themselves: say so when quoting them.
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


def main():
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
