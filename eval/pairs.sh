#!/usr/bin/env bash
# Duplicate detection quality: runs the evaluation pair files through
# `gistr dedup --pairs` (the summariser's own decision, at its own threshold)
# and prints precision, recall, F1 and accuracy for each; then the SCU pairs
# in context (eval/pairs-context.py).
#
# The pair files are evaluation-only data read from ../shared/eval at run
# time; nothing of them is copied into the repository. Without that folder
# this script prints a "skipped" line and exits 0.
#
# Usage: eval/pairs.sh [--release]
set -euo pipefail
cd "$(dirname "$0")/.."
EVAL=../shared/eval
for d in "${GISTR_EVAL:-}" ../shared/eval ../../shared/eval; do
    [ -n "$d" ] && [ -f "$d/scu_pairs_dev.jsonl" ] && { EVAL=$d; break; }
done
files=(msrp_dev.jsonl scu_pairs_dev.jsonl)
for f in "${files[@]}"; do
    if [ ! -f "$EVAL/$f" ]; then
        echo "eval-pairs: skipped ($EVAL/$f not found)"
        exit 0
    fi
done
profile=debug
if [ "${1:-}" = "--release" ]; then
    cargo build --quiet --release --bin gistr
    profile=release
else
    cargo build --quiet --bin gistr
fi
bin="target/$profile/gistr"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
for f in "${files[@]}"; do
    "$bin" dedup --lang en --pairs "$EVAL/$f" >"$out/$f"
done
python3 eval/pairs-score.py "$EVAL" "$out" "${files[@]}"
# The claim a reader sees: the SCU pairs as clusters of the summariser's
# output, each pair's DUC 2006 cluster summarised whole (4 s).
if [ -f "$EVAL/duc2006.jsonl" ]; then
    echo
    echo "in context (eval/pairs-context.py: one output cluster = one fact):"
    python3 eval/pairs-context.py "$EVAL" "$bin"
fi
