#!/usr/bin/env python3
"""Sentences that open with wire furniture instead of news (issue 18 item 4):
a dateline ("MIAMI _", "GENEVA (AP) --", "ST. PETERSBURG, Fla. _"), a
news-budget slug before one ("CUBA-ELIAN _ MIAMI _"), a list bullet ("_ ",
"-- ", "- ", "* ") or a wire code ("&UR; &LR; "), counted among every
article sentence gistr keeps as content and among its summary sentences,
on the three DUC sets at their default budgets (duc2006 and duc2007_main at
250 words, duc2007_update at 100).

    python3 eval/datelines.py BIN [--show] [--eval DIR]

BIN is a gistr binary (run with --jsonl --json). The detector here is
written apart from the Rust one (boilerplate/lead.rs), broader on purpose,
so that it also counts what the Rust side leaves. --show prints each
summary sentence it flags (to the terminal only: the data is evaluation-
only and nothing of it is kept). The data is read at run time from --eval,
$GISTR_EVAL or ../shared/eval; without it this script says so and exits 0.
"""
import collections
import json
import os
import re
import subprocess
import sys

SETS = [("duc2006", 250), ("duc2007_main", 250), ("duc2007_update", 100)]

# A wire code of the NYT service ("&QL;", "&UR;", "&LR;", "&QC;").
CODE = re.compile(r"&[A-Z]{2};\s*")
# A bullet: underscores, one to three dashes, a star or a bullet sign, then
# a space or a capital, a figure's sign or a quote ("-3 degrees" is not one).
BULLET = re.compile(r"(?:_+|-{1,3}|\*|\u2022)(?:\s+|(?=[A-Z$`'\"(]))")
# A dateline or slug: up to five words with three capitals or more, the first
# all capitals (or "d'", "Mc" before capitals), an optional "(Agency)" or
# "(Region)", an optional ", Region" or ", Month Day" and a second "(...)",
# then a separator and white space.
DATELINE = re.compile(
    r"(?P<city>(?:[a-z]{0,2}'?[A-Z][A-Za-z.'\u2019&/-]*)(?: [A-Za-z.'\u2019&/-]+){0,4}?)"
    r"\s*(?:\([^()]{1,30}\))?"
    r"(?:,\s*[A-Z0-9][A-Za-z0-9.'\- ]{0,24}?,?)?"
    r"\s*(?:\([^()]{1,30}\))?"
    r"\s*(?P<sep>_|--|\u2014|\u2013|-|:)\s+(?=\S)"
)


def caps_word(w):
    """An all-capitals word ("COEUR", "CUBA-ELIAN", "U.S."), or one with up
    to two lower-case letters at its start before capitals ("d'ALENE",
    "McALLEN")."""
    head, tail = w[:3], w[3:]
    lower = sum(c.islower() for c in head)
    upper = sum(c.isupper() for c in w)
    return lower <= 2 and not any(c.islower() for c in tail) and upper >= (3 if lower else 1)


def prefix(text):
    """The shape of the furniture `text` opens with, or None."""
    shapes = []
    rest = text
    for _ in range(6):
        m = CODE.match(rest)
        if m:
            shapes.append("code")
            rest = rest[m.end():]
            continue
        m = BULLET.match(rest)
        if m and m.end() < len(rest):
            shapes.append("bullet")
            rest = rest[m.end():]
            continue
        m = DATELINE.match(rest)
        if m:
            words = m.group("city").split()
            caps = sum(c.isupper() for c in m.group("city"))
            if caps >= 3 and caps_word(words[0]) and all(caps_word(w) or w in ("d", "de") for w in words):
                shapes.append("dateline" if not shapes or shapes[-1] != "dateline" else "repeat")
                rest = rest[m.end():]
                continue
            # A title-case city with a state's abbreviation: "Andrews, N.C. _".
            t = re.match(r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}, [A-Z][a-z]?\.(?:[A-Z]\.)? _ (?=[A-Z])", rest)
            if t:
                shapes.append("titlecase")
                rest = rest[t.end():]
                continue
        break
    return "+".join(shapes) or None


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show = "--show" in sys.argv
    eval_dir = None
    if "--eval" in sys.argv:
        eval_dir = sys.argv[sys.argv.index("--eval") + 1]
        args.remove(eval_dir)
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for d in (eval_dir, os.environ.get("GISTR_EVAL"), os.path.join(root, "..", "shared", "eval")):
        if d and all(os.path.exists(os.path.join(d, f"{n}.jsonl")) for n, _ in SETS):
            eval_dir = d
            break
    else:
        print("skipped: ../shared/eval absent")
        return
    if len(args) != 1:
        sys.exit(__doc__)
    binary = args[0]
    print(f"{'set':<16} {'content':>8} {'flagged':>8} {'summary':>8} {'flagged':>8}  summary shapes")
    for name, words in SETS:
        path = os.path.join(eval_dir, f"{name}.jsonl")
        clusters = {}
        for line in open(path, encoding="utf-8"):
            c = json.loads(line)
            clusters[c["id"]] = c
        out = subprocess.run(
            [binary, "--jsonl", path, "--json", "--words", str(words)],
            check=True, capture_output=True, text=True,
        ).stdout
        content = flagged = chosen_n = chosen_flagged = 0
        shapes = collections.Counter()
        for line in out.splitlines():
            o = json.loads(line)
            c = clusters[o["id"]]
            result = o["result"]
            chosen = {(s["at"]["article"], s["at"]["sentence"]) for s in result["sentences"]}
            for ai, article in enumerate(result["articles"]):
                text = c["docs"][ai]["text"]
                # Spans are byte offsets into the UTF-8 text.
                raw = text.encode("utf-8")
                for si, s in enumerate(article["sentences"]):
                    if s["status"] == "boilerplate":
                        continue
                    span = s["span"]
                    sent = raw[span["start"]:span["end"]].decode("utf-8", "replace")
                    content += 1
                    shape = prefix(sent)
                    flagged += shape is not None
                    if (ai, si) in chosen:
                        chosen_n += 1
                        if shape:
                            chosen_flagged += 1
                            shapes[shape] += 1
                            if show:
                                print(f"  {o['id']} article {ai} sentence {si} [{shape}]: {sent[:110]!r}")
        detail = ", ".join(f"{k} {v}" for k, v in sorted(shapes.items()))
        print(f"{name + ' @' + str(words):<16} {content:>8} {flagged:>8} {chosen_n:>8} {chosen_flagged:>8}  {detail}")


if __name__ == "__main__":
    main()
