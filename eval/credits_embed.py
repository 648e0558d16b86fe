#!/usr/bin/env python3
"""Does a sentence embedding (all-MiniLM-L6-v2, cosine) tell SAME credits from PARTIAL / DIFFERENT where gistr's
lexical strength cannot? Measured on both judged sets, by half, alone and combined with the strength; and on the seeds.

    /tmp/embed-venv/bin/python eval/credits_embed.py              build gistr, print every table
    /tmp/embed-venv/bin/python eval/credits_embed.py --no-build   with target/release/gistr as it is
    ... --clauses                                                also V's clause windows (S's fact inside a longer V)

Needs numpy, safetensors, tokenizers and the model (see eval/embed.py for the venv); skips with a message when they or
../shared/eval are absent. Embeddings are cached in target/embed/cache.npz (never in the repository).

Three views:

1. Judged pairs: every judgement of eval/credits_judged.jsonl (DUC 2006; only the random sample of 2026-12-06, 400,
   drawn from the generous decision, so a share over it is unbiased) and eval/credits_event_judged.jsonl (DUC 2007
   update, a census of the candidates at strength >= 0.45). cosine(S, V) is the greatest over the judged V sentences
   (24 DUC 2006 judgements hold 2 or 3 versions; the label is what the credit as a whole says). Independent of
   today's gistr.
2. Decisions on today's candidates, as eval/credits_frontier.py builds them (gistr's listed versions and related, v's
   best listed sentence; its judged label where it matches): cosine bars, the strength bar OR / AND a cosine bar, and
   a logistic model of (strength, cosine) fitted on one half of one set and checked on the other half and on the other
   set. Columns as credits_frontier.py's: credits, SAME and DIFFERENT over the judged credits given, kept (the random
   sample's SAME credits whose S is still summarised; those gistr no longer lists count as not kept), recall.
3. Recall files: for a sampled summary sentence S, the articles judged to state its fact (reports) and those judged
   not to (every judged sentence of theirs is a non-report): the share of each that reaches a cosine bar (cosine of
   an article: the greatest over its judged sentences). Here a decision needs no listing by gistr; the non-reports
   were drawn by lexical likeness to S, so this is where a cosine bar's false credits show outside gistr's listing.
"""
import argparse
import importlib.util
import json
import math
import os
import subprocess
import sys
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "eval"))
import embed  # noqa: E402

_spec = importlib.util.spec_from_file_location("credits_frontier", os.path.join(ROOT, "eval", "credits_frontier.py"))
F = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(F)
C = F.C
SETS = ("duc2006", "duc2007_update")
NAMES = {"duc2006": "DUC 2006", "duc2007_update": "update"}
BAR = 0.88  # tuning::CREDIT_MIN_SIMILARITY
COS_BARS = (0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95)


def pct(n, d):
    return f"{100 * n / d:.1f}" if d else "–"


def auc(pos, neg):
    """P(a random positive scores above a random negative), ties half."""
    if not pos or not neg:
        return float("nan")
    neg = sorted(neg)
    import bisect
    total = 0.0
    for p in pos:
        lo, hi = bisect.bisect_left(neg, p), bisect.bisect_right(neg, p)
        total += lo + 0.5 * (hi - lo)
    return total / (len(pos) * len(neg))


def auc_of(rows, f):
    return auc([f(x) for x in rows if x["label"] == "SAME"], [f(x) for x in rows if x["label"] != "SAME"])


def quart(xs):
    xs = sorted(xs)
    if not xs:
        return "–"
    q = lambda f: xs[min(len(xs) - 1, int(f * (len(xs) - 1) + 0.5))]  # noqa: E731
    return f"{q(0.25):.2f} / {q(0.5):.2f} / {q(0.75):.2f}"


# ---------------------------------------------------------------------------------------------------------- gathering

def gather(name, binary):
    """Today's candidates (credits_frontier.gather), the judged rows with texts, and the recall rows with texts."""
    captured = {}
    orig = F.label

    def label(set_name, pool, clusters, summary):
        captured["summary"], captured["clusters"] = summary, clusters
        return orig(set_name, pool, clusters, summary)
    F.label = label
    try:
        cands = F.gather(name, binary)
    finally:
        F.label = orig
    if cands is None:
        return None
    clusters, summary = captured["clusters"], captured["summary"]
    cands = [x for x in cands if not x.get("report")]
    judged = []
    for line in open(C.JUDGED, encoding="utf-8"):
        j = json.loads(line)
        docs = clusters[j["cluster"]]["docs"]
        j["s_text"] = C.norm(docs[j["s_article"]]["text"][j["s"][0]:j["s"][1]])
        j["v_texts"] = [C.norm(docs[j["v_article"]]["text"][a:b]) for a, b in j["v"]]
        j["half"] = C.half(j["cluster"])
        j["random"] = j["set"] == C.RANDOM_SET
        judged.append(j)
    # Recall rows: S still summarised (as credits_frontier.py counts recall); each other article judged, with its
    # sentences' texts, whether it reports S's fact, and gistr's listing of it (strength, conflict) when there is one.
    by_key = {(x["cluster"], x["s_text"], x["v_article"]): x for x in cands if "s_text" in x}
    recall = []
    for r, docs, s in C.recall_rows(clusters, summary):
        sents = defaultdict(list)
        for a, lo, hi in r["reports"]:
            sents[(a, True)].append(C.norm(docs[a]["text"][lo:hi]))
        rep = {a for a, _, _ in r["reports"]}
        for a, lo, hi in r["not"]:
            if a not in rep:
                sents[(a, False)].append(C.norm(docs[a]["text"][lo:hi]))
        for (a, is_report), texts in sorted(sents.items()):
            x = by_key.get((r["cluster"], s, a))
            recall.append({"cluster": r["cluster"], "half": C.half(r["cluster"]), "s_text": s, "v_article": a,
                           "texts": texts, "report": is_report, "strength": x["strength"] if x else -1.0,
                           "conflict": x["conflict"] if x else False})
    return {"cands": cands, "judged": judged, "recall": recall}


def add_cosines(data, cache):
    texts = set()
    for d in data.values():
        for x in d["cands"]:
            if "s_text" in x:
                texts.update([x["s_text"], x["v_text"]])
        for j in d["judged"]:
            texts.update([j["s_text"]] + j["v_texts"])
        for r in d["recall"]:
            texts.update([r["s_text"]] + r["texts"])
    vec = cache.embed(sorted(texts))
    cache.save()

    def cos(a, bs):
        return max(float(vec[a] @ vec[b]) for b in bs)
    for d in data.values():
        for x in d["cands"]:
            x["cos"] = cos(x["s_text"], [x["v_text"]]) if "s_text" in x else -1.0
        for j in d["judged"]:
            j["cos"] = cos(j["s_text"], j["v_texts"])
        for r in d["recall"]:
            r["cos"] = cos(r["s_text"], r["texts"])
    return len(texts)


# ------------------------------------------------------------------------------------------------------------ scoring

def score(d, decide, part):
    """(credits, judged, labels, kept, of, recalled, reports) of a decision on one half of a set's candidates. A
    candidate gistr no longer lists (strength -1) is never credited; a report needs no listing (its strength is -1
    when unlisted: a decision on the cosine alone can still credit it)."""
    inside = [x for x in d["cands"] if part == "all" or x["half"] == part]
    given = [x for x in inside if x["strength"] >= 0 and decide(x)]
    labels = Counter(x["label"] for x in given if x["label"])
    same = [x for x in inside if x["random"] and x["label"] == "SAME"]
    kept = sum(1 for x in same if x["strength"] >= 0 and decide(x))
    reports = [r for r in d["recall"] if r["report"] and (part == "all" or r["half"] == part)]
    recalled = sum(1 for r in reports if decide(r))
    return len(given), sum(labels.values()), labels, kept, len(same), recalled, len(reports)


def fmt(d, decide):
    (n1, j1, l1, k1, a1, r1, t1), (n2, j2, l2, k2, a2, r2, t2) = [score(d, decide, p) for p in ("odd", "even")]
    return (f"{n1 + n2:5} | {pct(l1['SAME'], j1):>5} / {pct(l2['SAME'], j2):>5} | "
            f"{pct(l1['DIFFERENT'], j1):>4} / {pct(l2['DIFFERENT'], j2):>4} | "
            f"{pct(k1, a1):>5} / {pct(k2, a2):>5} ({k1 + k2:3}/{a1 + a2:3}) | "
            f"{pct(r1, t1):>5} / {pct(r2, t2):>5} ({r1 + r2}/{t1 + t2}) | judged {j1 + j2}")


def summary_of(d, decide, part):
    n, nj, lab, k, alive, r, tr = score(d, decide, part)
    return {"same": lab["SAME"] / nj if nj else 1.0, "diff": lab["DIFFERENT"] / nj if nj else 0.0,
            "kept": k / alive if alive else 0.0, "recall": r / tr if tr else 0.0, "nj": nj, "k": k, "alive": alive,
            "r": r, "tr": tr, "nsame": lab["SAME"]}


def show(s):
    return (f"SAME {100 * s['same']:.1f} % ({s['nsame']}/{s['nj']}), DIFFERENT {100 * s['diff']:.1f} %, "
            f"kept {100 * s['kept']:.1f} % ({s['k']}/{s['alive']}), recall {s['r']}/{s['tr']}")


def strength_bar(b):
    return lambda x: x["strength"] >= b and not x["conflict"]


def cos_bar(t):
    return lambda x: x["cos"] >= t and not x["conflict"]


def either(b, t):
    return lambda x: not x["conflict"] and (x["strength"] >= b or x["cos"] >= t)


def both(b, t):
    return lambda x: not x["conflict"] and x["strength"] >= b and x["cos"] >= t


# ----------------------------------------------------------------------------------------------------------- logistic

def logistic_fit(rows, steps=3000, lr=0.5, l2=1e-3):
    """Weights (w0, w_strength, w_cos) of P(SAME) on judged rows, by gradient descent (numpy, features centred on
    0.7 so that the intercept is well conditioned)."""
    import numpy as np
    X = np.array([[1.0, x["strength"] - 0.7, x["cos"] - 0.7] for x in rows])
    y = np.array([1.0 if x["label"] == "SAME" else 0.0 for x in rows])
    w = np.zeros(3)
    for _ in range(steps):
        p = 1 / (1 + np.exp(-X @ w))
        g = X.T @ (p - y) / len(y) + l2 * np.r_[0, w[1:]]
        w -= lr * 10 * g
    return w


def logistic(w, p):
    logit = math.log(p / (1 - p))
    return lambda x: (not x["conflict"] and x["strength"] >= 0 and
                      w[0] + w[1] * (x["strength"] - 0.7) + w[2] * (x["cos"] - 0.7) >= logit)


# ---------------------------------------------------------------------------------------------------------- the seeds

def seeds(binary, cache):
    d = os.path.join(ROOT, "..", "shared", "seeds")
    if not os.path.isdir(d):
        d = os.path.join(ROOT, "..", "..", "shared", "seeds")
    if not os.path.isdir(d):
        print("\nseeds: skipped, ../shared/seeds absent")
        return
    files = sorted(os.path.join(d, f) for f in os.listdir(d) if f.endswith(".txt"))
    r = json.loads(subprocess.run([binary, "--json"] + files, capture_output=True, text=True, check=True).stdout)
    texts = []
    for f in files:
        t = open(f, encoding="utf-8").read().replace("\r\n", "\n").replace("\r", "\n").strip()
        texts.append(t.encode("utf-8"))

    def text(a, span):
        return C.norm(texts[a][span["start"]:span["end"]].decode("utf-8", "replace"))
    arts = [[text(a, s["span"]) for s in art["sentences"]] for a, art in enumerate(r["articles"])]
    print("\nseeds (target/release/gistr --json ../shared/seeds/*.txt): each summary sentence S; for each other "
          "article, its best listed sentence (strength, cosine) and its sentence of greatest cosine")
    for s in r["sentences"]:
        a = s["at"]["article"]
        st = C.norm(s["text"])
        listed = {}
        for v in s.get("versions", []) + s.get("related", []):
            va = v["at"]["article"]
            if va != a and (va not in listed or v["similarity"] > listed[va][0]):
                listed[va] = (v["similarity"], C.norm(v["text"]))
        vec = cache.embed([st] + [t for art in arts for t in art])
        print(f"S [{a}] credited {s['articles']}: {st[:110]}")
        for va, art in enumerate(arts):
            if va == a:
                continue
            best = max(art, key=lambda t: float(vec[st] @ vec[t]))
            line = f"   [{va}] top cosine {float(vec[st] @ vec[best]):.3f}: {best[:90]}"
            if va in listed:
                sim, lt = listed[va]
                tail = " same" if lt == best else ": " + lt[:80]
                line += f"\n        listed {sim:.2f} (cosine {float(vec[st] @ vec[lt]):.3f}){tail}"
            print(line)
    # Every pair of sentences of two articles, by cosine: the rewrites' paraphrases against the rest, with the
    # lexical similarity of `gistr dedup --pairs` (IDF of the pair, not of the cluster: an approximation).
    allv = cache.embed([t for art in arts for t in art])
    pairs = sorted(((float(allv[x] @ allv[y]), a, i, b, j) for a in range(len(arts)) for b in range(a + 1, len(arts))
                    for i, x in enumerate(arts[a]) for j, y in enumerate(arts[b])), reverse=True)[:12]
    lines = "".join(json.dumps({"a": arts[a][i], "b": arts[b][j]}) + "\n" for _, a, i, b, j in pairs)
    out = subprocess.run([binary, "dedup", "--pairs", "-"], input=lines, capture_output=True, text=True)
    sims = [json.loads(x)["similarity"] for x in out.stdout.splitlines() if x.strip()]
    if len(sims) != len(pairs):
        sims = [float("nan")] * len(pairs)
    print("\n  the 12 pairs of sentences of two seed articles of greatest cosine (article.sentence; lexical "
          "similarity of gistr dedup --pairs):")
    for (c, a, i, b, j), sim in zip(pairs, sims):
        print(f"  {c:.3f} [{a}.{i}] ~ [{b}.{j}] lexical {sim:.2f}: {arts[a][i][:60]} | {arts[b][j][:60]}")
    cache.save()


# --------------------------------------------------------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "gistr"))
    ap.add_argument("--clauses", action="store_true",
                    help="also the judged pairs' cosine taken as the greatest over V's clause windows")
    args = ap.parse_args()
    why = embed.missing()
    if why:
        print(f"skipped: {why}")
        return 0
    C.use_set("duc2006")
    if C.eval_dir() is None:
        print("skipped: ../shared/eval absent")
        return 0
    if not args.no_build:
        subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "gistr"], cwd=ROOT, check=True)
    import time
    t0 = time.perf_counter()
    model = embed.Model()
    cache = embed.Cache(model, os.path.join(ROOT, "target", "embed", "cache.npz"))
    data = {}
    for name in SETS:
        d = gather(name, args.binary)
        if d is None:
            print(f"skipped: ../shared/eval/{C.SETS[name]['file']} absent")
            return 0
        data[name] = d
    n_texts = add_cosines(data, cache)
    print(f"{n_texts} sentences embedded or read from target/embed/cache.npz in {time.perf_counter() - t0:.0f} s")

    # 1. Judged pairs.
    print("\n1. judged pairs: cosine(S, V) by label (quartiles 25 / 50 / 75 %); AUC = P(a SAME pair's cosine > a "
          "not-SAME pair's)")
    for name in SETS:
        rows = [j for j in data[name]["judged"] if j["random"]]
        for lab in ("SAME", "PARTIAL", "DIFFERENT"):
            xs = [j["cos"] for j in rows if j["label"] == lab]
            print(f"  {NAMES[name]:8} {lab:9} n {len(xs):3}  cosine {quart(xs)}")
        pos = [j["cos"] for j in rows if j["label"] == "SAME"]
        neg = [j["cos"] for j in rows if j["label"] != "SAME"]
        c = [x for x in data[name]["cands"] if x["label"] and x["strength"] >= 0 and x["random"]]
        sp = [x["strength"] for x in c if x["label"] == "SAME"]
        sn = [x["strength"] for x in c if x["label"] != "SAME"]
        cp = [x["cos"] for x in c if x["label"] == "SAME"]
        cn = [x["cos"] for x in c if x["label"] != "SAME"]
        print(f"  {NAMES[name]:8} AUC SAME vs not: cosine {auc(pos, neg):.3f} over all {len(rows)} judged; on the "
              f"{len(c)} gistr still lists: cosine {auc(cp, cn):.3f}, strength {auc(sp, sn):.3f}")
        # Both features: the logistic model fitted on the other half (of this set, and of the other set), its AUC
        # on this half, against each feature alone on this half.
        other_set = [x for x in data[[n for n in SETS if n != name][0]]["cands"]
                     if x["label"] and x["strength"] >= 0 and x["random"]]
        for part in ("odd", "even"):
            here = [x for x in c if x["half"] == part]
            cells = [f"strength {auc_of(here, lambda x: x['strength']):.3f}",
                     f"cosine {auc_of(here, lambda x: x['cos']):.3f}"]
            for what, rows_fit in (("other half", [x for x in c if x["half"] != part]), ("other set", other_set)):
                w = logistic_fit(rows_fit)
                cells.append(f"both fitted on the {what} "
                             f"{auc_of(here, lambda x: w[1] * x['strength'] + w[2] * x['cos']):.3f}")
            print(f"      {part:4} half ({len(here)} judged): AUC " + ", ".join(cells))
    print("\n  cosine bars over the judged pairs (no gistr decision): SAME % | DIFFERENT % of the pairs at >= bar | "
          "share of SAME pairs kept (odd / even)")
    for t in COS_BARS:
        cells = []
        for name in SETS:
            out = []
            for part in ("odd", "even"):
                rows = [j for j in data[name]["judged"] if j["random"] and j["half"] == part]
                given = [j for j in rows if j["cos"] >= t]
                lab = Counter(j["label"] for j in given)
                same = sum(1 for j in rows if j["label"] == "SAME")
                out.append((pct(lab["SAME"], len(given)), pct(lab["DIFFERENT"], len(given)),
                            pct(lab["SAME"], same), len(given)))
            cells.append(f"{NAMES[name]}: {out[0][0]:>5} / {out[1][0]:>5} | {out[0][1]:>4} / {out[1][1]:>4} | "
                         f"{out[0][2]:>5} / {out[1][2]:>5} (n {out[0][3] + out[1][3]})")
        print(f"  {t:.2f}  " + "   ".join(cells))

    # 2. Decisions on today's candidates.
    print("\n2. decisions on today's candidates: credits | SAME % odd / even | DIFFERENT % odd / even | kept % odd / "
          "even | recall % odd / even")
    rules = [(f"strength >= {BAR} (shipped)", strength_bar(BAR))]
    rules += [(f"cosine >= {t}", cos_bar(t)) for t in COS_BARS]
    rules += [(f"strength >= {BAR} or cosine >= {t}", either(BAR, t)) for t in (0.8, 0.85, 0.9, 0.95)]
    rules += [(f"strength >= {b} and cosine >= {t}", both(b, t)) for b, t in
              ((0.5, 0.8), (0.6, 0.75), (0.6, 0.8), (0.65, 0.7), (0.65, 0.8), (0.7, 0.7), (0.75, 0.7), (0.8, 0.6))]
    for rule, dec in rules:
        print(f"  {rule}")
        for name in SETS:
            print(f"      {NAMES[name]:8} {fmt(data[name], dec)}")

    # Fitted: the OR / AND grids and the logistic model, fitted on one half of one set, checked elsewhere.
    grid = {}
    for t in [x / 100 for x in range(60, 100, 2)]:
        grid[f"strength >= {BAR} or cosine >= {t:.2f}"] = either(BAR, t)
        for b in (0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85):
            grid[f"strength >= {b} and cosine >= {t:.2f}"] = both(b, t)
        grid[f"cosine >= {t:.2f}"] = cos_bar(t)
    for b in (0.8, 0.82, 0.85, 0.86, 0.87, 0.88, 0.9):
        grid[f"strength >= {b}"] = strength_bar(b)
    print("\n  fitted on one half of one set (the rule keeping most true credits there with SAME >= 92 % and "
          "DIFFERENT <= 1 %), checked on the other half and on the other set's halves:")
    for name in SETS:
        other = [n for n in SETS if n != name][0]
        for fit_half, test_half in (("odd", "even"), ("even", "odd")):
            ok = []
            for rule, dec in grid.items():
                s = summary_of(data[name], dec, fit_half)
                if s["same"] >= 0.92 and s["diff"] <= 0.01 and s["nj"] >= 10:
                    ok.append((s["kept"], s["recall"], rule, dec))
            # The logistic model: P(SAME | strength, cosine), fitted on the judged candidates of the half, its
            # probability bar chosen as the grid rules are.
            rows = [x for x in data[name]["cands"] if x["half"] == fit_half and x["label"] and x["strength"] >= 0]
            w = logistic_fit(rows)
            for p in [x / 100 for x in range(20, 96, 5)]:
                dec = logistic(w, p)
                s = summary_of(data[name], dec, fit_half)
                if s["same"] >= 0.92 and s["diff"] <= 0.01 and s["nj"] >= 10:
                    ok.append((s["kept"], s["recall"], f"logistic {w[0]:+.2f} {w[1]:+.2f}(str-.7) {w[2]:+.2f}"
                               f"(cos-.7) >= P {p:.2f}", dec))
            ok.sort(key=lambda o: (-o[0], -o[1]))
            print(f"  fitted on {NAMES[name]} {fit_half} ({len(ok)} rules hold there):")
            best_rule = [o for o in ok if not o[2].startswith("logistic")][:2]
            best_log = [o for o in ok if o[2].startswith("logistic")][:1]
            for _, _, rule, dec in best_rule + best_log:
                print(f"    {rule}")
                print(f"       fitted   {NAMES[name]} {fit_half}: {show(summary_of(data[name], dec, fit_half))}")
                print(f"       held out {NAMES[name]} {test_half}: {show(summary_of(data[name], dec, test_half))}")
                for part in ("odd", "even"):
                    print(f"       other    {NAMES[other]} {part}: {show(summary_of(data[other], dec, part))}")

    # 3. Recall files, no listing needed.
    print("\n3. recall files: share of reporting articles (and of judged non-reporting ones) whose best judged "
          "sentence reaches a cosine bar, odd / even; precision = reports / all reaching it")
    for name in SETS:
        rec = data[name]["recall"]
        print(f"  {NAMES[name]}: {sum(r['report'] for r in rec)} reports, {sum(not r['report'] for r in rec)} "
              f"non-reports judged; reports' cosine {quart([r['cos'] for r in rec if r['report']])}, non-reports' "
              f"{quart([r['cos'] for r in rec if not r['report']])}; AUC "
              f"{auc([r['cos'] for r in rec if r['report']], [r['cos'] for r in rec if not r['report']]):.3f}")
        listed = [r for r in rec if r["report"] and r["strength"] >= 0]
        unlisted = sorted(round(r["cos"], 2) for r in rec if r["report"] and r["strength"] < 0)
        print(f"    gistr lists {len(listed)} of the reports under S (cosine {quart([r['cos'] for r in listed])}); "
              f"the others' cosine: {unlisted}")
        for t in COS_BARS:
            cells = []
            for part in ("odd", "even"):
                rs = [r for r in rec if r["half"] == part]
                rep = [r for r in rs if r["report"]]
                non = [r for r in rs if not r["report"]]
                hit_r = sum(r["cos"] >= t for r in rep)
                hit_n = sum(r["cos"] >= t for r in non)
                cells.append(f"reports {pct(hit_r, len(rep)):>5} % ({hit_r}/{len(rep)}), non-reports "
                             f"{pct(hit_n, len(non)):>5} % ({hit_n}/{len(non)}), precision "
                             f"{pct(hit_r, hit_r + hit_n):>5} %")
            print(f"    {t:.2f}  odd: {cells[0]}   even: {cells[1]}")

    if args.clauses:
        clauses(data, cache)
    seeds(args.binary, cache)
    return 0


def windows(text):
    """The text and every run of its consecutive clauses (cut at commas, semicolons, dashes) of 5 words or more."""
    import re
    parts = [p for p in re.split(r"(?:, | _ |; | -- | — )", text) if p.strip()]
    out = {text}
    for i in range(len(parts)):
        for j in range(i + 1, len(parts) + 1):
            w = ", ".join(parts[i:j])
            if len(w.split()) >= 5:
                out.add(w)
    return sorted(out)


def clauses(data, cache):
    """S's fact inside a longer V: does the greatest cosine over V's clause windows separate better?"""
    print("\nclause windows: judged pairs' cosine as the greatest over V's clause windows (S whole)")
    for name in SETS:
        rows = [j for j in data[name]["judged"] if j["random"]]
        vec = cache.embed(sorted({j["s_text"] for j in rows} | {w for j in rows for v in j["v_texts"]
                                                              for w in windows(v)}))
        for j in rows:
            j["ccos"] = max(float(vec[j["s_text"]] @ vec[w]) for v in j["v_texts"] for w in windows(v))
        print(f"  {NAMES[name]}: AUC whole V {auc_of(rows, lambda j: j['cos']):.3f}, clause windows "
              f"{auc_of(rows, lambda j: j['ccos']):.3f}")
        for t in (0.6, 0.7, 0.8, 0.85, 0.9):
            cells = []
            for part in ("odd", "even"):
                r = [j for j in rows if j["half"] == part]
                given = [j for j in r if j["ccos"] >= t]
                same = sum(j["label"] == "SAME" for j in given)
                cells.append(f"{part}: SAME {pct(same, len(given)):>5} %, kept "
                             f"{pct(same, sum(j['label'] == 'SAME' for j in r)):>5} %")
            print(f"    {t:.2f}  " + "   ".join(cells))
    cache.save()


if __name__ == "__main__":
    sys.exit(main())
