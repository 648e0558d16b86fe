#!/usr/bin/env python3
"""How true gistr's "reported by" credits are on DUC 2006: precision, kept and recall, overall and on two halves.

    python3 eval/credits.py                 build, run gistr on the 50 DUC 2006 clusters, score the credits
    python3 eval/credits.py --no-build      the same with target/release/gistr as it is
    python3 eval/credits.py --sample N F    also write N random unjudged credits (text, no similarity) to F to judge
    python3 eval/credits.py --label F       add the labels of a judged sample F (lines {"key", "label", "judge"})
    python3 eval/credits.py --convert       (once) turn ../shared/eval/credits_duc2006_judged.jsonl into ids/offsets
    python3 eval/credits.py --set duc2007_update ...   the same on event news (eval/credits_event_*.jsonl)
    ... --draw N FILE [--floor 0.45]        every candidate credit (or N at random), shuffled, text only, to judge
    ... --labels SAMPLE A.labels B.labels   the set's judged file from a drawn sample and its judges' labels
    ... --recall-draw N FILE [--recall-floor 0.25]   N summary sentences with candidate reports, for recall
    ... --recall-items DRAWN FILE, --recall-labels LABELS...   the same as items for blind judges, and back

The data (../shared/eval, evaluation-only licence) is read at run time; the repository keeps only ids, offsets and
labels (eval/credits_judged.jsonl, eval/credits_recall.jsonl). Without the data this script says so and exits 0.

A credit is a summary sentence S (article a, characters [start, end) of that article's text) and another article v
that gistr counts in S's `articles`, with v's versions of S. Judgements (SAME / PARTIAL / DIFFERENT, by reading, blind
to the similarity) are matched on S's text and v's version texts, so they survive changes of sentence indices.

Figures (each overall, and on the clusters of odd and even number, so that a rule fitted on one half is checked on
the other):
  precision   SAME share of the judged credits gistr gives now (unjudged ones are counted and listed apart);
  DIFFERENT   DIFFERENT share of the same;
  kept        of the SAME credits of the random judged sample (set 2026-12-06) whose S is still in the summary, the
              share gistr still gives;
  recall      of the articles that state the fact of a sampled summary sentence (eval/credits_recall.jsonl), the
              share gistr credits for it (only for sampled S still in the summary);
  related     how many weaker matches are shown as related (never counted);
  one truth   sentences with status duplicate `of` S whose article is not credited for S (must be 0).
"""
import argparse
import json
import math
import os
import random
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Each judged set: its clusters, the summary length its credits were drawn at, and the judgements kept here. DUC 2006
# gathers articles on a broad topic over months; DUC 2007 update (10 topics, each split in time into sets A, B and C
# of 6-11 articles) is closer to several outlets reporting one event.
SETS = {
    "duc2006": {"file": "duc2006.jsonl", "budgets": [["--words", "250"]], "name": "DUC 2006",
                "judged": "credits_judged.jsonl", "recall": "credits_recall.jsonl", "random": "2026-12-06"},
    "duc2007_update": {"file": "duc2007_update.jsonl", "budgets": [["--words", "100"], ["--sentences", "5"]],
                       "name": "DUC 2007 update", "judged": "credits_event_judged.jsonl",
                       "recall": "credits_event_recall.jsonl", "random": "2026-12-07 event"},
    # Held out: the credit bar was set on the two sets above; DUC 2007 main (23 topics of 25 articles) was never
    # looked at for credits before it was judged.
    "duc2007_main": {"file": "duc2007_main.jsonl", "budgets": [["--words", "250"]], "name": "DUC 2007 main",
                     "judged": "credits_main_judged.jsonl", "recall": "credits_main_recall.jsonl",
                     "random": "2026-12-07 main"},
}
SET = SETS["duc2006"]
JUDGED = os.path.join(ROOT, "eval", SET["judged"])
RECALL = os.path.join(ROOT, "eval", SET["recall"])
WORDS = 250


def use_set(name):
    """Points the module's globals at one judged set."""
    global SET, JUDGED, RECALL, WORDS, RANDOM_SET
    SET = SETS[name]
    RANDOM_SET = SET["random"]
    JUDGED = os.path.join(ROOT, "eval", SET["judged"])
    RECALL = os.path.join(ROOT, "eval", SET["recall"])
    WORDS = int(SET["budgets"][0][1])
# The judged credits drawn at random from gistr's output (the others were judged because a change made them): only
# these measure how many true credits a decision keeps.
RANDOM_SET = "2026-12-06"


def eval_dir():
    for d in (os.environ.get("GISTR_EVAL"), os.path.join(ROOT, "..", "shared", "eval"),
              os.path.join(ROOT, "..", "..", "shared", "eval")):
        if d and os.path.isfile(os.path.join(d, SET["file"])):
            return d
    return None


def norm(t):
    return " ".join(t.split())


def load_clusters(d):
    out = {}
    with open(os.path.join(d, SET["file"]), encoding="utf-8") as f:
        for line in f:
            c = json.loads(line)
            out[c["id"]] = c
    return out


def half(cluster_id):
    """'odd' or 'even', by the cluster's number (D0619A -> 19; DUC 2007 update: by topic, D0703A-B -> 3, so that a
    topic's three time slices fall in one half)."""
    return "odd" if int(cluster_id[1:5]) % 2 else "even"


def run_gistr(binary, clusters, out_dir, budget=None):
    """gistr --json --words 250 (or `budget`) on each cluster, one untitled file per article (as the judged set was
    made)."""
    budget = budget or ["--words", str(WORDS)]
    if out_dir:
        os.makedirs(out_dir, exist_ok=True)
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for cid, c in sorted(clusters.items()):
            files = []
            for i, doc in enumerate(c["docs"]):
                p = os.path.join(tmp, f"{cid}_{i:02d}.txt")
                with open(p, "w", encoding="utf-8") as f:
                    f.write(doc["text"])
                files.append(p)
            r = subprocess.run([binary, "--json"] + budget + files,
                               capture_output=True, text=True, check=False)
            results[cid] = json.loads(r.stdout) if r.stdout.strip() else {"sentences": [], "articles": []}
    return results


def char_range(text, span):
    """Character offsets of a byte span of `text`."""
    b = text.encode("utf-8")
    start = len(b[:span["start"]].decode("utf-8", "replace"))
    return start, start + len(b[span["start"]:span["end"]].decode("utf-8", "replace"))


def credits_of(cid, c, result, bar=None):
    """Every credit of one cluster's result: (S, v_article, versions), with texts and character offsets. With `bar`,
    the credits a bar of that strength would give instead (from `versions` and `related`: exact for bars at or above
    the duplicate decision's 0.5)."""
    out = []
    docs = c["docs"]
    for k, s in enumerate(result.get("sentences", [])):
        a = s["at"]["article"]
        s_range = char_range(docs[a]["text"], s["at"]["span"])
        versions = defaultdict(list)
        pool = s.get("versions", []) if bar is None else s.get("versions", []) + s.get("related", [])
        for v in pool:
            if bar is not None and v["similarity"] < bar:
                continue
            va = v["at"]["article"]
            versions[va].append((char_range(docs[va]["text"], v["at"]["span"]), v["similarity"], norm(v["text"])))
        arts = s["articles"] if bar is None else sorted(versions)
        for va in arts:
            if va == a:
                continue
            out.append({
                "cluster": cid, "summary_sentence": k, "s_article": a, "s": list(s_range), "s_text": norm(s["text"]),
                "v_article": va, "v": [list(r) for r, _, _ in versions[va]],
                "v_texts": [t for _, _, t in versions[va]],
                "similarity": max((x for _, x, _ in versions[va]), default=None),
                "strength": s.get("strength", {}).get(str(va)) if isinstance(s.get("strength"), dict) else None,
            })
    return out


def candidates_of(cid, c, result, floor):
    """Every candidate credit of one cluster's result: a summary sentence S and another article v whose best version of
    S (the sentence of v listed under S, in `versions` or `related`, of the greatest strength; ties: the earlier) has a
    strength of at least `floor`. These are what a decision on the strength could credit, below the bar too."""
    out = []
    docs = c["docs"]
    for s in result.get("sentences", []):
        a = s["at"]["article"]
        best = {}
        for v in s.get("versions", []) + s.get("related", []):
            va = v["at"]["article"]
            if va == a or v["similarity"] < floor:
                continue
            rank = (v["similarity"], -v["at"]["sentence"])
            if va not in best or rank > best[va][0]:
                best[va] = (rank, v)
        for va, (_, v) in sorted(best.items()):
            out.append({"cluster": cid, "s_article": a, "s": list(char_range(docs[a]["text"], s["at"]["span"])),
                        "v_article": va, "v": [list(char_range(docs[va]["text"], v["at"]["span"]))],
                        "s_text": norm(s["text"]), "v_texts": [norm(v["text"])], "similarity": v["similarity"],
                        "credited": va in s["articles"]})
    return out


def draw(args, clusters):
    """Writes every candidate credit (or N drawn at random) of the set's summary lengths, in random order, with text
    only (no similarity, no order by it) for judges; and, outside the repository, the same with strengths."""
    n, path = int(args.draw[0]), args.draw[1]
    pool = {}
    for budget in SET["budgets"]:
        results = run_gistr(args.binary, clusters, None, budget)
        for cid in sorted(results):
            for x in candidates_of(cid, clusters[cid], results[cid], args.floor):
                k = (x["cluster"], x["s_article"], tuple(x["s"]), x["v_article"])
                x["budgets"] = pool[k]["budgets"] + [" ".join(budget)] if k in pool else [" ".join(budget)]
                if k not in pool or (x["similarity"], -x["v"][0][0]) > (pool[k]["similarity"], -pool[k]["v"][0][0]):
                    pool[k] = x
                else:
                    pool[k]["budgets"] = x["budgets"]
    items = [pool[k] for k in sorted(pool)]
    rng = random.Random(args.seed)
    rng.shuffle(items)
    items = items[:n]
    with open(path, "w", encoding="utf-8") as f:
        for x in items:
            key = {k: x[k] for k in ("cluster", "s_article", "s", "v_article", "v")}
            f.write(json.dumps({"key": key, "s": x["s_text"], "v": " / ".join(x["v_texts"])}) + "\n")
    private = os.path.join(ROOT, "target", "eval", f"draw-{args.set}.jsonl")
    os.makedirs(os.path.dirname(private), exist_ok=True)
    with open(private, "w", encoding="utf-8") as f:
        for x in items:
            f.write(json.dumps(x) + "\n")
    print(f"{len(items)} of {len(pool)} candidates (strength >= {args.floor}, {' and '.join(' '.join(b) for b in SET['budgets'])}) "
          f"written to {path}, with strengths to {private}")
    return 0


STOP = set("""a an the and or but of to in on at by for with from as is are was were be been being has have had
it its this that these those he she they them his her their we our you your i not no said says say will would
could should may might can also than then there here who whom which what when where while after before about
into over under up down out more most other some such only own same so too very just one two new mr mrs ms""".split())


def content_words(text):
    words = "".join(ch.lower() if ch.isalnum() else " " for ch in text).split()
    return {w for w in words if w not in STOP and not w.isdigit() or w.isdigit() and len(w) > 1}


def recall_draw(args, clusters):
    """Writes, for N summary sentences drawn at random (seed --seed) from the set's summary lengths, the sentences of
    the other articles that may state the same fact: up to 8 most alike in content words (IDF coverage of S's words,
    IDF over the cluster's sentences, at least --recall-floor) and up to 4 more that gistr lists under S (`versions`, `related`),
    in random order and without strengths, to judge which state S's main fact."""
    n, path = int(args.recall_draw[0]), args.recall_draw[1]
    summary, listed, spans = {}, defaultdict(set), {}
    for budget in SET["budgets"]:
        results = run_gistr(args.binary, clusters, None, budget)
        for cid in sorted(results):
            docs = clusters[cid]["docs"]
            for a, art in enumerate(results[cid].get("articles", [])):
                spans[(cid, a)] = [char_range(docs[a]["text"], r["span"]) for r in art["sentences"]]
            for s in results[cid].get("sentences", []):
                a = s["at"]["article"]
                k = (cid, a, char_range(docs[a]["text"], s["at"]["span"]))
                summary[k] = norm(s["text"])
                for v in s.get("versions", []) + s.get("related", []):
                    va = v["at"]["article"]
                    if va != a:
                        listed[k].add((va, char_range(docs[va]["text"], v["at"]["span"])))
    rng = random.Random(args.seed)
    picks = rng.sample(sorted(summary), min(n, len(summary)))
    with open(path, "w", encoding="utf-8") as f:
        for no, k in enumerate(picks):
            cid, a, s_range = k
            docs = clusters[cid]["docs"]
            sents = [(b, r, content_words(docs[b]["text"][r[0]:r[1]]))
                     for b in range(len(docs)) for r in spans.get((cid, b), [])]
            df = Counter(w for _, _, ws in sents for w in ws)
            idf = {w: math.log(len(sents) / c) for w, c in df.items()}
            mine = content_words(docs[a]["text"][s_range[0]:s_range[1]])
            total = sum(idf.get(w, 0) for w in mine) or 1.0
            scored = sorted(((sum(idf.get(w, 0) for w in mine & ws) / total, b, r) for b, r, ws in sents if b != a),
                            key=lambda x: (-x[0], x[1], x[2]))
            near = [(b, r) for c, b, r in scored if c >= args.recall_floor][:8]
            more = [x for x in sorted(listed[k]) if x not in near][:4]
            cands = near + more
            rng.shuffle(cands)
            f.write(json.dumps({"n": no, "cluster": cid, "s_article": a, "s": list(s_range), "s_text": summary[k],
                                "candidates": [{"article": b, "v": list(r), "text": norm(docs[b]["text"][r[0]:r[1]])}
                                               for b, r in cands]}) + "\n")
    print(f"{len(picks)} summary sentences of {len(summary)} with their candidate reports written to {path}")
    return 0


def recall_rows(clusters, summary):
    """The set's recall rows whose S is still in the summary (`summary`: (cluster, S's text) pairs), each with
    the cluster's articles and S's text."""
    if not os.path.exists(RECALL):
        return
    for line in open(RECALL, encoding="utf-8"):
        r = json.loads(line)
        docs = clusters[r["cluster"]]["docs"]
        s = norm(docs[r["s_article"]]["text"][r["s"][0]:r["s"][1]])
        if (r["cluster"], s) in summary:
            yield r, docs, s


def judged_texts(j, clusters):
    docs = clusters[j["cluster"]]["docs"]
    s = norm(docs[j["s_article"]]["text"][j["s"][0]:j["s"][1]])
    v = [norm(docs[j["v_article"]]["text"][a:b]) for a, b in j["v"]]
    return s, v


def match(credit, by_key):
    """The judgement of a credit: same cluster, S text and v article, and v's versions the judged ones (or a part
    of them when the judged label is not SAME: a part of a different claim is not the claim)."""
    for j, s, v in by_key.get((credit["cluster"], credit["s_text"], credit["v_article"]), []):
        if set(credit["v_texts"]) == set(v):
            return j
        if credit["v_texts"] and set(credit["v_texts"]) <= set(v) and j["label"] != "SAME":
            return j
        if set(v) <= set(credit["v_texts"]) and j["label"] == "SAME":
            return j
    return None


def pct(n, d):
    return f"{100 * n / d:5.1f} %" if d else "    – "


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--no-build", action="store_true")
    ap.add_argument("--binary", default=os.path.join(ROOT, "target", "release", "gistr"))
    ap.add_argument("--sample", nargs=2, metavar=("N", "FILE"))
    ap.add_argument("--seed", type=int, default=18)
    ap.add_argument("--label", metavar="FILE")
    ap.add_argument("--convert", action="store_true")
    ap.add_argument("--dump", metavar="FILE", help="write every credit (with texts) to FILE, outside the repository")
    ap.add_argument("--bar", type=float, help="score the credits a strength bar of this level would give (>= 0.5)")
    ap.add_argument("--set", choices=sorted(SETS), default="duc2006", help="the judged set (default duc2006)")
    ap.add_argument("--draw", nargs=2, metavar=("N", "FILE"),
                    help="write N candidate credits (all when N is larger) at strength >= --floor, shuffled, to judge")
    ap.add_argument("--floor", type=float, default=0.45)
    ap.add_argument("--recall-draw", nargs=2, metavar=("N", "FILE"),
                    help="write N random summary sentences with the other articles' candidate reports, to judge")
    ap.add_argument("--labels", nargs="+", metavar=("SAMPLE", "LABELS"),
                    help="write the set's judged file from a drawn sample and its judges' label files")
    ap.add_argument("--recall-items", nargs=2, metavar=("DRAWN", "FILE"), help="a --recall-draw file as items to judge")
    ap.add_argument("--recall-labels", nargs="+", metavar="LABELS", help="rewrite the recall file from judges' labels")
    ap.add_argument("--recall-floor", type=float, default=0.25, help="least IDF coverage of a candidate report")
    args = ap.parse_args()
    use_set(args.set)
    d = eval_dir()
    if d is None:
        print("skipped: ../shared/eval absent")
        return 0
    clusters = load_clusters(d)
    if args.convert:
        return convert(d, clusters)
    if args.label:
        return add_labels(args.label, clusters)
    if args.labels:
        return merge_labels(args.labels[0], args.labels[1:])
    if args.recall_items:
        return recall_items(*args.recall_items)
    if args.recall_labels:
        return recall_labels(args.recall_labels)
    if not args.no_build:
        subprocess.run(["cargo", "build", "--release", "--quiet", "--bin", "gistr"], cwd=ROOT, check=True)
    if args.draw:
        return draw(args, clusters)
    if args.recall_draw:
        return recall_draw(args, clusters)
    results = run_gistr(args.binary, clusters, os.path.join(ROOT, "target", "eval", "credits"))
    credits = [x for cid in sorted(results) for x in credits_of(cid, clusters[cid], results[cid], args.bar)]
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as f:
            for x in credits:
                f.write(json.dumps(x) + "\n")
    judged = [json.loads(line) for line in open(JUDGED, encoding="utf-8")] if os.path.exists(JUDGED) else []
    by_key = defaultdict(list)
    for j in judged:
        s, v = judged_texts(j, clusters)
        by_key[(j["cluster"], s, j["v_article"])].append((j, s, v))
    summary_s = {(cid, norm(s["text"])) for cid, r in results.items() for s in r.get("sentences", [])}
    given = {(x["cluster"], x["s_text"], x["v_article"]) for x in credits}
    unjudged = []
    rows = {}
    for part in ("all", "odd", "even"):
        inside = (lambda cid: True) if part == "all" else (lambda cid, p=part: half(cid) == p)
        labels = Counter()
        n_credits = 0
        for x in credits:
            if not inside(x["cluster"]):
                continue
            n_credits += 1
            j = match(x, by_key)
            if j is None:
                if part == "all":
                    unjudged.append(x)
                labels["unjudged"] += 1
            else:
                labels[j["label"]] += 1
        # Kept: judged SAME credits whose S is still summarised.
        same_alive = [j for j in judged if j["label"] == "SAME" and j["set"] == RANDOM_SET and inside(j["cluster"])
                      and (j["cluster"], judged_texts(j, clusters)[0]) in summary_s]
        kept = sum((j["cluster"], judged_texts(j, clusters)[0], j["v_article"]) in given for j in same_alive)
        n_judged = labels["SAME"] + labels["PARTIAL"] + labels["DIFFERENT"]
        rows[part] = (n_credits, n_judged, labels, kept, len(same_alive))
    rec = recall(results, clusters, given)
    truth = one_truth(results)
    bar = f", bar {args.bar}" if args.bar is not None else ""
    print(f"credits of gistr --json --words {WORDS} on {SET['name']} ({len(clusters)} clusters{bar}), "
          f"judged: {len(judged)}")
    print(f"{'half':5} {'credits':>7} {'judged':>6} {'SAME':>8} {'PARTIAL':>8} {'DIFFERENT':>9} "
          f"{'kept':>13} {'recall':>13} {'unjudged':>8}")
    for part, (n, nj, lab, kept, alive) in rows.items():
        r = rec.get(part, (0, 0))
        print(f"{part:5} {n:7} {nj:6} {pct(lab['SAME'], nj):>8} {pct(lab['PARTIAL'], nj):>8} "
              f"{pct(lab['DIFFERENT'], nj):>9} {pct(kept, alive):>7} {kept:>2}/{alive:<3} "
              f"{pct(r[0], r[1]):>7} {r[0]:>2}/{r[1]:<3} {lab['unjudged']:8}")
    print(agreement(judged))
    related = sum(len(s.get("related", [])) for r in results.values() for s in r.get("sentences", []))
    print(f"related (shown, never counted): {related}; duplicates of S whose article is not credited for S: {truth}")
    if args.sample:
        n, path = int(args.sample[0]), args.sample[1]
        rng = random.Random(args.seed)
        pick = rng.sample(unjudged, min(n, len(unjudged)))
        with open(path, "w", encoding="utf-8") as f:
            for x in pick:
                key = {k: x[k] for k in ("cluster", "s_article", "s", "v_article", "v")}
                f.write(json.dumps({"key": key, "s": x["s_text"], "v": " / ".join(x["v_texts"])}) + "\n")
        print(f"{len(pick)} unjudged credits to judge in {path}")
    return 0


def agreement(judged):
    """How often two judges of one credit agree, and Cohen's kappa, for each pair of judges with a shared sample."""
    out = []
    names = sorted({k for j in judged for k in j["judges"]})
    for x in range(len(names)):
        for y in range(x + 1, len(names)):
            a, b = names[x], names[y]
            both = [(j["judges"][a], j["judges"][b]) for j in judged if a in j["judges"] and b in j["judges"]]
            if not both:
                continue
            n = len(both)
            po = sum(p == q for p, q in both) / n
            ca, cb = Counter(p for p, _ in both), Counter(q for _, q in both)
            pe = sum(ca[k] * cb[k] for k in ca) / n / n
            kappa = (po - pe) / (1 - pe) if pe < 1 else 1.0
            out.append(f"{a}-{b}: {sum(p == q for p, q in both)}/{n} agree, kappa {kappa:.2f}")
    return "judges " + ("; ".join(out) if out else "(no shared sample)")


def recall(results, clusters, given):
    """Of the articles that state a sampled S's fact, the share credited, by half."""
    if not os.path.exists(RECALL):
        return {}
    summary_s = {(cid, norm(s["text"])) for cid, r in results.items() for s in r.get("sentences", [])}
    out = {}
    for line in open(RECALL, encoding="utf-8"):
        r = json.loads(line)
        docs = clusters[r["cluster"]]["docs"]
        s = norm(docs[r["s_article"]]["text"][r["s"][0]:r["s"][1]])
        if (r["cluster"], s) not in summary_s:
            continue
        reporting = sorted({a for a, _, _ in r["reports"]})
        hit = sum((r["cluster"], s, a) in given for a in reporting)
        for part in ("all", half(r["cluster"])):
            h, t = out.get(part, (0, 0))
            out[part] = (h + hit, t + len(reporting))
    return out


def one_truth(results):
    """Sentences marked duplicate of a summary sentence S whose article S does not credit."""
    bad = 0
    for r in results.values():
        credited = {(s["at"]["article"], s["at"]["sentence"]): set(s["articles"]) for s in r.get("sentences", [])}
        for a, art in enumerate(r.get("articles", [])):
            for rep in art["sentences"]:
                if rep.get("status") == "duplicate" and "of" in rep:
                    key = (rep["of"]["article"], rep["of"]["sentence"])
                    if key in credited and a not in credited[key]:
                        bad += 1
    return bad


def convert(d, clusters):
    """../shared/eval/credits_duc2006_judged.jsonl -> eval/credits_judged.jsonl (ids, offsets, labels)."""
    out = []
    for line in open(os.path.join(d, "credits_duc2006_judged.jsonl"), encoding="utf-8"):
        x = json.loads(line)
        docs = clusters[x["cluster"]]["docs"]
        st = docs[x["s_article"]]["text"].find(x["s"])
        vs = []
        for piece in x["v"].split(" / "):
            p = docs[x["v_article"]]["text"].find(piece)
            if p < 0:
                raise SystemExit(f"credit {x['id']}: a version is not in its article")
            vs.append([p, p + len(piece)])
        if st < 0:
            raise SystemExit(f"credit {x['id']}: S is not in its article")
        labels = {j["judge"]: j["judgement"] for j in x["judgements"]}
        out.append({"id": x["id"], "cluster": x["cluster"], "s_article": x["s_article"], "s": [st, st + len(x["s"])],
                    "v_article": x["v_article"], "v": vs, "label": x["judgements"][0]["judgement"],
                    "judges": labels, "set": "2026-12-06"})
    with open(JUDGED, "w", encoding="utf-8") as f:
        for x in out:
            f.write(json.dumps(x) + "\n")
    print(f"{len(out)} judgements written to {JUDGED}")
    return 0


STRICT = {"SAME": 0, "PARTIAL": 1, "DIFFERENT": 2}


def merge_labels(sample, paths):
    """Writes the set's judged file from a drawn sample (its order gives the ids) and the judges' label files (lines
    {"key", "label", "judge"}): ids, offsets and labels only. Where two judges disagree the label is the stricter
    (SAME only when both say SAME)."""
    keys = [json.loads(line)["key"] for line in open(sample, encoding="utf-8")]
    index = {json.dumps(k, sort_keys=True): i for i, k in enumerate(keys)}
    judges = defaultdict(dict)
    for path in paths:
        for line in open(path, encoding="utf-8"):
            if not line.strip():
                continue
            x = json.loads(line)
            i = index.get(json.dumps(x["key"], sort_keys=True))
            if i is None or x.get("label") not in STRICT:
                raise SystemExit(f"{path}: a line with an unknown key or label: {line.strip()[:200]}")
            judges[i][x.get("judge", os.path.basename(path)[0])] = x["label"]
    missing = [i for i in range(len(keys)) if i not in judges]
    with open(JUDGED, "w", encoding="utf-8") as f:
        for i in sorted(judges):
            label = max(judges[i].values(), key=STRICT.get)
            f.write(json.dumps({"id": i, **keys[i], "label": label, "judges": dict(sorted(judges[i].items())),
                                "set": RANDOM_SET}) + "\n")
    print(f"{len(judges)} judged of {len(keys)} ({len(missing)} unjudged) written to {JUDGED}")
    return 0


def recall_items(path, out):
    """Turns a --recall-draw file into items for blind judges ({key, s, v}: one candidate report each, shuffled)."""
    items = []
    for line in open(path, encoding="utf-8"):
        r = json.loads(line)
        for c in r["candidates"]:
            key = {"n": r["n"], "cluster": r["cluster"], "s_article": r["s_article"], "s": r["s"],
                   "v_article": c["article"], "v": [c["v"]]}
            items.append({"key": key, "s": r["s_text"], "v": c["text"]})
    random.Random(18).shuffle(items)
    with open(out, "w", encoding="utf-8") as f:
        for x in items:
            f.write(json.dumps(x) + "\n")
    print(f"{len(items)} candidate reports to judge written to {out}")
    return 0


def recall_labels(paths):
    """Rewrites the set's recall file from blind judges' labels of `recall_items` (SAME: the sentence reports S's
    fact; the stricter label where two judges differ)."""
    rows = {}
    for line in open(RECALL, encoding="utf-8"):
        r = json.loads(line)
        rows[r["n"]] = {**r, "reports": [], "not": [], "judge": set(), "before": r.get("judge", "")}
    labels = defaultdict(dict)
    for path in paths:
        for line in open(path, encoding="utf-8"):
            if line.strip():
                x = json.loads(line)
                k = x["key"]
                labels[(k["n"], k["v_article"], tuple(k["v"][0]))][x.get("judge", "?")] = x["label"]
    for (n, a, (st, en)), by in sorted(labels.items()):
        label = max(by.values(), key=STRICT.get)
        rows[n]["reports" if label == "SAME" else "not"].append([a, st, en])
        rows[n]["judge"] |= set(by)
    with open(RECALL, "w", encoding="utf-8") as f:
        for n in sorted(rows):
            r = rows[n]
            r["judge"] = "+".join(sorted(r["judge"])) or r["before"]  # no candidate: nothing to judge
            del r["before"]
            f.write(json.dumps(r) + "\n")
    print(f"{len(labels)} judged candidate reports written to {RECALL}")
    return 0


def add_labels(path, clusters):
    """Appends the labels of a judged sample (lines {"key": {...}, "label", "judge"}) to eval/credits_judged.jsonl."""
    judged = [json.loads(line) for line in open(JUDGED, encoding="utf-8")]
    next_id = max(j["id"] for j in judged) + 1
    added = 0
    for line in open(path, encoding="utf-8"):
        x = json.loads(line)
        if "label" not in x:
            continue
        k = x["key"]
        judged.append({"id": next_id, **k, "label": x["label"], "judges": {x.get("judge", "C"): x["label"]},
                       "set": x.get("set", "new")})
        next_id += 1
        added += 1
    with open(JUDGED, "w", encoding="utf-8") as f:
        for x in judged:
            f.write(json.dumps(x) + "\n")
    print(f"{added} judgements added to {JUDGED}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
