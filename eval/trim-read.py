#!/usr/bin/env python3
"""The summary sentences a trimmed run shows differently from their source
(issue 19, the `GISTR_TRIM` experiment): for reading whether a cut harmed
the sentence.

    GISTR_TRIM=15 target/tune/release/gistr --jsonl DATA --words N --json > OUT
    python3 eval/trim-read.py DATA OUT

Prints, per changed sentence, the source text (the sentence's span in its
article) and the text shown, and flags an acronym whose brackets were cut
while the summary still uses it.
"""
import json
import re
import sys


def main():
    data, pred = sys.argv[1], sys.argv[2]
    clusters = {json.loads(l)["id"]: json.loads(l) for l in open(data, encoding="utf-8")}
    k = 0
    for line in open(pred, encoding="utf-8"):
        row = json.loads(line)
        chosen = row.get("result", {}).get("sentences", [])
        for c in chosen:
            span = c["at"]["span"]
            text = clusters[row["id"]]["docs"][c["at"]["article"]]["text"].encode()
            source = text[span["start"]:span["end"]].decode()
            if source == c["text"]:
                continue
            k += 1
            print(f"{k} {row['id']}\n   SOURCE: {source}\n   SHOWN:  {c['text']}")
            for a in re.findall(r"\(([A-Z][A-Za-z0-9&.]{1,7})\)", source):
                if f"({a})" not in c["text"] and any(
                    re.search(r"\b" + re.escape(a) + r"\b", d["text"]) for d in chosen
                ):
                    print(f"   ! {a} is cut where it is defined, and the summary uses it")


if __name__ == "__main__":
    main()
