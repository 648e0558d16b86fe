#!/usr/bin/env python3
"""The "reported by" decision on both judged sets: labels by strength band, and what a decision keeps, by half.

    python3 eval/credits_frontier.py              build, run gistr on DUC 2006 and DUC 2007 update, print the tables
    python3 eval/credits_frontier.py --no-build   the same with target/release/gistr as it is
    python3 eval/credits_frontier.py --fit        also fit the decisions tried (on one half, checked on the other)

A candidate credit is a summary sentence S and another article v whose sentences gistr lists under S (`versions` and
`related`); its strength is that of v's best listed sentence. On DUC 2007 update every candidate at strength >= 0.45
of `--words 100` and `--sentences 5` was judged (eval/credits_event_judged.jsonl, two blind judges); on DUC 2006 the
judged credits of eval/credits_judged.jsonl (drawn from the generous decision of 2026-12-06, at strength >= 0.5 then,
and the strict ones since). A decision credits a candidate from its strength and what can be measured about the pair
and the cluster in gistr's own output (never which set it is); it is scored on the judged candidates it credits:

  SAME, DIFFERENT  shares of the judged credits it gives;
  kept             of the SAME candidates of the random judgements (DUC 2007 update: all; DUC 2006: the 2026-12-06
                   sample whose S is still summarised), the share it credits.

Features, from the output: `share`, the duplicate clusters the two articles share (an article sentence's `cluster`)
over the shorter article's sentences (one story told twice); `event`, the share of the input's sentences whose
duplicate cluster spans two articles or more (several outlets on one event against a broad topic); `conflict`, a
conflict gistr lists between S and v.
"""
import argparse
import importlib.util
import json
import math
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_spec = importlib.util.spec_from_file_location("credits", os.path.join(ROOT, "eval", "credits.py"))
C = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(C)

LABELS = ("SAME", "PARTIAL", "DIFFERENT")


def features(result):
    """Per article, the set of its duplicate clusters and its sentence count; and the input's `event` share."""
    arts = result.get("articles", [])
    clusters = [{s["cluster"] for s in a["sentences"] if s.get("cluster") is not None} for a in arts]
    spans = Counter(c for cs in clusters for c in cs)
    total = sum(len(a["sentences"]) for a in arts)
    multi = sum(1 for a in arts for s in a["sentences"] if s.get("cluster") is not None and spans[s["cluster"]] > 1)
    return clusters, [len(a["sentences"]) for a in arts], multi / total if total else 0.0


def gather(set_name, binary):
    """Every candidate credit of the set's summary lengths, with its strength, features and label."""
    C.use_set(set_name)
    d = C.eval_dir()
    if d is None:
        return None
    clusters = C.load_clusters(d)
    pool = {}
    summary = set()
    for budget in C.SET["budgets"]:
        results = C.run_gistr(binary, clusters, None, budget)
        for cid in sorted(results):
            r, docs = results[cid], clusters[cid]["docs"]
            art_clusters, n_sent, event = features(r)
            for s in r.get("sentences", []):
                a = s["at"]["article"]
                s_range = C.char_range(docs[a]["text"], s["at"]["span"])
                summary.add((cid, C.norm(s["text"])))
                by_article = defaultdict(list)
                for v in s.get("versions", []) + s.get("related", []):
                    if v["at"]["article"] != a:
                        by_article[v["at"]["article"]].append(v)
                conflicted = {(x["at"]["article"], x["at"]["sentence"]) for x in s.get("conflicts", [])}
                for va, vs in by_article.items():
                    best = max(vs, key=lambda v: (v["similarity"], -v["at"]["sentence"]))
                    shorter = min(n_sent[a], n_sent[va]) or 1
                    x = {"set": set_name, "cluster": cid, "half": C.half(cid), "s_article": a, "s": list(s_range),
                         "s_text": C.norm(s["text"]), "v_article": va,
                         "v": list(C.char_range(docs[va]["text"], best["at"]["span"])),
                         "v_text": C.norm(best["text"]), "strength": best["similarity"],
                         "credited": va in s["articles"],
                         "conflict": (va, best["at"]["sentence"]) in conflicted,
                         "share": len(art_clusters[a] & art_clusters[va]) / shorter, "event": event,
                         "all_texts": sorted(C.norm(v["text"]) for v in vs)}
                    k = (cid, a, tuple(s_range), va)
                    if k not in pool or x["strength"] > pool[k]["strength"]:
                        pool[k] = x
    label(set_name, pool, clusters, summary)
    out = list(pool.values())
    # Recall: the articles judged to state a sampled S's fact (S still summarised), each a zero-strength candidate
    # unless gistr lists it under S.
    by_key = {(x["cluster"], x["s_text"], x["v_article"]): x for x in out if "s_text" in x}
    for r, _, s in C.recall_rows(clusters, summary):
        for a in sorted({a for a, _, _ in r["reports"]}):
            x = by_key.get((r["cluster"], s, a))
            out.append({"set": set_name, "cluster": r["cluster"], "half": C.half(r["cluster"]), "report": True,
                        "strength": x["strength"] if x else -1.0, "conflict": x["conflict"] if x else False,
                        "share": x["share"] if x else 0.0, "event": x["event"] if x else 0.0, "label": None,
                        "random": False})
    return out


def label(set_name, pool, clusters, summary):
    """Each candidate's judged label (None when unjudged) and whether it counts for `kept`."""
    judged = [json.loads(line) for line in open(C.JUDGED, encoding="utf-8")] if os.path.exists(C.JUDGED) else []
    if set_name in ("duc2007_update", "duc2007_main"):
        # Judged by offsets. On DUC 2007 main a random 250 of the candidates were judged, and every credit besides:
        # only the random ones count for `kept`.
        by_key = {(j["cluster"], j["s_article"], tuple(j["s"]), j["v_article"]): j for j in judged}
        for k, x in pool.items():
            j = by_key.get(k)
            ok = j is not None and [x["v"]] == j["v"]
            x["label"] = j["label"] if ok else None
            x["random"] = ok and j["set"] == C.RANDOM_SET
        return
    # DUC 2006: judgements matched on S's text and v's article; the judged versions must hold v's best sentence (a
    # judged credit of several versions, 24 of 400, is taken to be what its best one says, as eval/credits.py does).
    by_key = defaultdict(list)
    for j in judged:
        s, v = C.judged_texts(j, clusters)
        by_key[(j["cluster"], s, j["v_article"])].append((j, v))
    for x in pool.values():
        x["label"], x["random"] = None, False
        for j, v in by_key.get((x["cluster"], x["s_text"], x["v_article"]), []):
            if x["v_text"] in v:
                x["label"], x["random"] = j["label"], j["set"] == C.RANDOM_SET
                break
    # Judged SAME credits of the random sample that no candidate holds any more (S still summarised): they count
    # in `kept`'s denominator, never credited.
    have = {(x["cluster"], x["s_text"], x["v_article"]) for x in pool.values() if x["label"]}
    for j in judged:
        s, v = C.judged_texts(j, clusters)
        if (j["set"] == C.RANDOM_SET and j["label"] == "SAME" and (j["cluster"], s) in summary
                and (j["cluster"], s, j["v_article"]) not in have):
            pool[("lost", j["id"])] = {"set": set_name, "cluster": j["cluster"], "half": C.half(j["cluster"]),
                                       "strength": -1.0, "label": "SAME", "random": True, "share": 0.0,
                                       "event": 0.0, "conflict": False, "credited": False}


def score(cands, decide, part="all"):
    """(credits, judged, Counter of labels, kept, SAME of the random judgements) of a decision."""
    inside = [x for x in cands if part == "all" or x["half"] == part]
    reports = [x for x in inside if x.get("report")]
    inside = [x for x in inside if not x.get("report")]
    given = [x for x in inside if x["strength"] >= 0 and decide(x)]
    labels = Counter(x["label"] for x in given if x["label"])
    same = [x for x in inside if x["random"] and x["label"] == "SAME"]
    kept = sum(1 for x in same if x["strength"] >= 0 and decide(x))
    recalled = sum(1 for x in reports if x["strength"] >= 0 and decide(x))
    return len(given), sum(labels.values()), labels, kept, len(same), recalled, len(reports)


def pct(n, d):
    return f"{100 * n / d:.1f}" if d else "–"


def row(cands, decide):
    return [score(cands, decide, part) for part in ("odd", "even")]


def fmt(r):
    (n1, j1, l1, k1, a1, r1, t1), (n2, j2, l2, k2, a2, r2, t2) = r
    return (f"{n1 + n2:5} | {pct(l1['SAME'], j1):>5} / {pct(l2['SAME'], j2):>5} | "
            f"{pct(l1['DIFFERENT'], j1):>4} / {pct(l2['DIFFERENT'], j2):>4} | "
            f"{pct(k1, a1):>5} / {pct(k2, a2):>5} ({k1 + k2:3}/{a1 + a2:3}) | "
            f"{pct(r1, t1):>5} / {pct(r2, t2):>5} ({r1 + r2}/{t1 + t2}) | judged {j1 + j2}")


def bands(cands, edges=(0.45, 0.5, 0.6, 0.7, 0.8, 0.85, 0.88, 0.92, 1.01)):
    rows = []
    for lo, hi in zip(edges, edges[1:]):
        lab = Counter(x["label"] for x in cands if lo <= x["strength"] < hi and x["label"])
        n = sum(lab.values())
        rows.append((lo, hi, n, lab))
    return rows


def bar(b):
    return lambda x: x["strength"] >= b and not x["conflict"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "gistr"))
    ap.add_argument("--fit", action="store_true")
    ap.add_argument("--dump", metavar="DIR", help="write the candidates (with texts) to DIR, outside the repository")
    args = ap.parse_args()
    if not args.no_build:
        subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "gistr"], cwd=ROOT, check=True)
    sets = {}
    for name in ("duc2006", "duc2007_update", "duc2007_main"):
        c = gather(name, args.binary)
        if c is None:
            print(f"skipped: ../shared/eval/{C.SETS[name]['file']} absent")
            return 0
        sets[name] = c
        if args.dump:
            with open(os.path.join(args.dump, f"candidates-{name}.jsonl"), "w", encoding="utf-8") as f:
                for x in c:
                    f.write(json.dumps(x) + "\n")
    print("labels by strength band (judged candidates; SAME / PARTIAL / DIFFERENT, % of the band)")
    print(f"{'band':13} | {'DUC 2006: n':>11} {'SAME':>5} {'PART':>5} {'DIFF':>5} | {'update: n':>9} {'SAME':>5} "
          f"{'PART':>5} {'DIFF':>5}")
    b6, b7 = bands(sets["duc2006"]), bands(sets["duc2007_update"])
    for (lo, hi, n6, l6), (_, _, n7, l7) in zip(b6, b7):
        print(f"{lo:.2f}-{min(hi, 1):.2f}    | {n6:11} {pct(l6['SAME'], n6):>5} {pct(l6['PARTIAL'], n6):>5} "
              f"{pct(l6['DIFFERENT'], n6):>5} | {n7:9} {pct(l7['SAME'], n7):>5} {pct(l7['PARTIAL'], n7):>5} "
              f"{pct(l7['DIFFERENT'], n7):>5}")
    print("\nbars (no conflict listed): credits | SAME % odd / even | DIFFERENT % odd / even | kept % odd / even | "
          "recall % odd / even")
    for b in (0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.88, 0.9):
        print(f"{b:.2f}  DUC 2006 {fmt(row(sets['duc2006'], bar(b)))}")
        print(f"      update   {fmt(row(sets['duc2007_update'], bar(b)))}")
        print(f"      main     {fmt(row(sets['duc2007_main'], bar(b)))}")
    for name, title in (("duc2007_update", "update"), ("duc2007_main", "main (held out)")):
        shipped = [x for x in sets[name] if x.get("credited")]
        lab = Counter(x["label"] for x in shipped)
        print(f"\nthe shipped decision's credits on the {title} set: {len(shipped)}, labels {dict(lab)}")
    if args.fit:
        fit(sets)
    return 0


def cover(clusters):
    """A function giving the IDF-weighted share of S's content words that v has (IDF over the cluster's sentences,
    split at sentence ends; a Python approximation, not gistr's profiles): S's fact inside a longer v scores 1."""
    idf = {}

    def words(text):
        out = set()
        for w in re.findall(r"[A-Za-z0-9]+", text):
            w = w.lower()
            if w in C.STOP:
                continue
            out.add(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w)
        return out

    def of(x):
        if x["cluster"] not in idf:
            sents = [s for d in clusters[x["cluster"]]["docs"] for s in re.split(r"(?<=[.!?])\s+", d["text"])]
            df = Counter(w for s in sents for w in words(s))
            idf[x["cluster"]] = {w: math.log(len(sents) / n) for w, n in df.items()}
        weights = idf[x["cluster"]]
        s, v = words(x["s_text"]), words(x["v_text"])
        total = sum(weights.get(w, 5.0) for w in s)
        return sum(weights.get(w, 5.0) for w in s & v) / total if total else 0.0
    return of


def fit(sets):
    """Decisions of the form: credit at strength >= 0.88, or at >= lo when a feature reaches t (`share`, `event`,
    `cover`). Fitted on one half of both sets together (of the settings that keep SAME >= 0.92 and DIFFERENT <= 1 % on
    that half of each set, the one keeping most true credits, summed over the sets), then scored on the other half."""
    for name in sets:
        C.use_set(name)
        of = cover(C.load_clusters(C.eval_dir()))
        for x in sets[name]:
            x["cover"] = of(x) if "s_text" in x else 0.0
    grid_lo = [0.6, 0.65, 0.7, 0.75, 0.8, 0.85]
    feats = {"share": [0.2, 0.3, 0.4, 0.5, 0.6, 0.7], "event": [0.1, 0.2, 0.3, 0.35, 0.4, 0.5],
             "cover": [0.5, 0.6, 0.7, 0.8, 0.9]}
    decisions = {("bar", b, 0): bar(b) for b in (0.8, 0.82, 0.85, 0.86, 0.87, 0.88)}
    for feat, ts in feats.items():
        for lo in grid_lo:
            for t in ts:
                decisions[(feat, lo, t)] = (lambda x, lo=lo, t=t, feat=feat: not x["conflict"] and
                                            (x["strength"] >= 0.88 or x["strength"] >= lo and x[feat] >= t))

    def shares(dec, part):
        out = {}
        for name, c in sets.items():
            n, nj, lab, k, alive, r, tr = score(c, dec, part)
            out[name] = (lab["SAME"] / nj if nj else 1.0, lab["DIFFERENT"] / nj if nj else 0.0,
                         k / alive if alive else 0.0, nj, r, tr)
        return out

    def show(res):
        return "; ".join(f"{name}: SAME {100 * s:.1f} %, DIFFERENT {100 * d:.1f} %, kept {100 * k:.1f} %, "
                         f"recall {r}/{tr} (judged {nj})" for name, (s, d, k, nj, r, tr) in res.items())

    for fit_half, test_half in (("odd", "even"), ("even", "odd")):
        held = []
        for key, dec in decisions.items():
            res = shares(dec, fit_half)
            if all(s >= 0.92 and d <= 0.01 for s, d, _, _, _, _ in res.values()):
                held.append((sum(k for _, _, k, _, _, _ in res.values()), key, dec))
        held.sort(key=lambda h: -h[0])
        print(f"\nfitted on the {fit_half} half ({len(held)} settings hold there), checked on the {test_half} half:")
        for _, key, dec in held[:3]:
            rule = f"bar {key[1]}" if key[0] == "bar" else f">= 0.88, or >= {key[1]} when {key[0]} >= {key[2]}"
            print(f"  {rule:40} fitted: {show(shares(dec, fit_half))}")
            print(f"  {'':40} held out: {show(shares(dec, test_half))}")
        print(f"  {'bar 0.88 (shipped)':40} held out: {show(shares(bar(0.88), test_half))}")


if __name__ == "__main__":
    sys.exit(main())
