#!/usr/bin/env python3
"""The cross-set protocol over the three DUC dev sets and the halves of
each (issue 19 item 3): every value of each knob's grid is run on every
set; the value a search would pick on one set (best R1-R + R2-R there;
ties to the value listed first) is then scored on each set it was not
picked on, against the knob's "off" value (listed first); the same within
each set, between its even and odd clusters (file order).

    python3 eval/rouge-cross.py EVAL_DIR BIN OUT_DIR KNOB:OFF,V2,V3 ...

BIN is a `--cfg gistr_tune` build (eval/rouge.sh --cross makes one); it is
run once per set and knob value with GISTR_<KNOB>=<V> added to the
environment (other GISTR_* variables already set apply to every run, so a
knob can be checked on top of another). OUT_DIR keeps the predictions,
`<SETTING>.<SET>.jsonl`; with GISTR_EVAL_REUSE=1 existing ones are scored
again. Scores as ../shared/eval/score.py does (its own functions,
imported at run time): ROUGE-1/2 recall, the references pooled, x100.

Prints the defaults' figures, then per knob: each set's pick, its gain
over "off" on every other set (R1+R2), and on the other half of each set,
and a verdict: "wins" when every pick other than "off" gains on every set
and half it was not picked on, "loses" when one loses more than 0.05.
"""
import functools
import importlib.util
import json
import os
import subprocess
import sys

SETS = [("06", "duc2006.jsonl", 250), ("07u", "duc2007_update.jsonl", 100), ("07m", "duc2007_main.jsonl", 250)]


def main():
    eval_dir, binary, out_dir, knobs = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4:]
    spec = importlib.util.spec_from_file_location("score", os.path.join(eval_dir, "score.py"))
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    stem = functools.lru_cache(maxsize=None)(score.STEMMER.stem)

    class Cached:
        pass

    Cached.stem = staticmethod(stem)
    reuse = bool(os.environ.get("GISTR_EVAL_REUSE"))
    sets = [s for s in SETS if os.path.exists(os.path.join(eval_dir, s[1]))]
    os.makedirs(out_dir, exist_ok=True)

    def tokens(text, words):
        return score.tokenize.tokenize(" ".join(text.split()[:words]), Cached())

    data = {}
    for tag, name, words in sets:
        clusters = [json.loads(l) for l in open(os.path.join(eval_dir, name), encoding="utf-8")]
        refs = []
        for c in clusters:
            toks = [tokens(r, words) for r in c["refs"]]
            grams = [[score.ngrams(t, n) for t in toks] for n in (1, 2)]
            refs.append((c["id"], grams, [sum(sum(r.values()) for r in g) for g in grams]))
        data[tag] = (name, words, refs)

    def run(setting):
        """Per set: a list of per-cluster R1-R + R2-R (x100), and the two means."""
        env = dict(os.environ)
        if setting != "default":
            k, v = setting.split("=", 1)
            env[k] = v
        res = {}
        for tag, (name, words, refs) in data.items():
            path = os.path.join(out_dir, f"{setting}.{tag}.jsonl")
            if not (reuse and os.path.exists(path)):
                with open(path, "w", encoding="utf-8") as f:
                    subprocess.run(
                        [binary, "--jsonl", os.path.join(eval_dir, name), "--words", str(words)],
                        stdout=f,
                        env=env,
                        check=True,
                    )
            got = {}
            for line in open(path, encoding="utf-8"):
                if line.strip():
                    row = json.loads(line)
                    got[row["id"]] = row["summary"]
            per = []
            for cid, grams, totals in refs:
                p_toks = tokens(got.get(cid, ""), words)
                rec = []
                for i, n in enumerate((1, 2)):
                    p = score.ngrams(p_toks, n)
                    hit = sum(sum((p & r).values()) for r in grams[i])
                    rec.append(100 * hit / totals[i] if totals[i] else 0.0)
                per.append(rec)
            res[tag] = per
        return res

    def mean(per, which=None):
        rows = [r for k, r in enumerate(per) if which is None or k % 2 == which]
        return [sum(r[i] for r in rows) / len(rows) for i in (0, 1)]

    base = run("default")
    print("defaults (R1-R / R2-R): " + "   ".join(
        f"{data[t][0].removesuffix('.jsonl')} @{data[t][1]} {m[0]:.2f} / {m[1]:.2f}"
        for t in data for m in [mean(base[t])]))
    print("defaults by half (even / odd clusters): " + "   ".join(
        f"{t} {a[0]:.2f} / {a[1]:.2f}, {b[0]:.2f} / {b[1]:.2f}"
        for t in data for a, b in [(mean(base[t], 0), mean(base[t], 1))]))
    units = [(t, None) for t in data] + [(t, h) for t in data for h in (0, 1)]

    def uname(u):
        return u[0] if u[1] is None else f"{u[0]}.{'even' if u[1] == 0 else 'odd'}"

    def others(u):
        """The units a pick on `u` is checked on."""
        if u[1] is None:
            return [(t, None) for t in data if t != u[0]]
        return [(u[0], 1 - u[1])]

    for knob in knobs:
        name, grid = knob.split(":")
        values = grid.split(",")
        res = {v: run(f"GISTR_{name}={v}") for v in values}
        tot = {(v, u): sum(mean(res[v][u[0]], u[1])) for v in values for u in units}
        off = values[0]
        print(f"{name}: grid " + "  ".join(
            f"{v}=" + "/".join(f"{m[0]:.2f},{m[1]:.2f}" for t in data for m in [mean(res[v][t])]) for v in values)
            + "   (R1,R2 on " + "/".join(data) + ")")
        verdict, gains = "no pick but off", []
        for u in units:
            pick = max(values, key=lambda v: (round(tot[(v, u)], 6), -values.index(v)))
            cells = []
            for o in others(u):
                g = tot[(pick, o)] - tot[(off, o)]
                cells.append(f"{uname(o)} {g:+.2f}")
                if pick != off:
                    gains.append(g)
            print(f"  pick on {uname(u):<9} {pick:<6} gain over {off} on " + ", ".join(cells))
        if gains:
            if min(gains) > 0:
                verdict = "wins on every set and half it was not picked on"
            elif min(gains) < -0.05:
                verdict = f"loses (worst {min(gains):+.2f})"
            else:
                verdict = f"ties (worst {min(gains):+.2f})"
        print(f"  verdict: {verdict}")


if __name__ == "__main__":
    main()
