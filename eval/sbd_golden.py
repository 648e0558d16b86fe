#!/usr/bin/env python3
"""The 48 English "golden rules" of sentence splitting (Pragmatic Segmenter, as kept by pySBD) through gistr.

    python3 eval/sbd_golden.py [FILE]   FILE (or $GISTR_GOLDEN, default
                                        ../sbd-data/english_golden_rules.py) is
                                        pySBD's benchmarks/english_golden_rules.py,
                                        read at run time (not in this repository;
                                        without it this says so and exits 0)

Prints each rule gistr fails and the count passed; exits 1 if any fails.
Needs `cargo build --release` first (eval/sbd.py builds the helper).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import sbd  # noqa: E402


def main():
    path = sys.argv[1] if len(sys.argv) > 1 else os.environ.get(
        "GISTR_GOLDEN", os.path.join(sbd.ROOT, "..", "sbd-data", "english_golden_rules.py"))
    if not os.path.exists(path):
        print(f"skipped: {path} absent")
        return 0
    scope = {}
    exec(open(path, encoding="utf-8").read(), scope)
    rules = scope["GOLDEN_EN_RULES"]
    texts = [t for t, _ in rules]
    ends = sbd.gistr_ends(texts)
    passed = 0
    for i, ((text, want), e) in enumerate(zip(rules, ends), 1):
        got, start = [], 0
        for end in sorted(e):
            got.append(text[start:end].strip())
            start = end
        got = [s for s in got if s]
        if got == [w.strip() for w in want]:
            passed += 1
        else:
            print(f"rule {i} fails:\n  text: {text!r}\n  want: {want!r}\n  got:  {got!r}")
    print(f"{passed} of {len(rules)} English golden rules pass")
    return 0 if passed == len(rules) else 1


if __name__ == "__main__":
    sys.exit(main())
