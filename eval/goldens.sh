#!/usr/bin/env bash
# Golden outputs of a gistr binary, to show that a change keeps every output byte-identical:
#   eval/goldens.sh BIN OUTDIR      then      diff -r OUTDIR_BEFORE OUTDIR_AFTER
# The seeds (../shared/seeds) with --json at 3 and 10 sentences and 100 words, each article
# alone and all together; every cluster of the three DUC sets (../shared/eval) through --jsonl
# --json at 100 and 250 words (a binary older than --jsonl --json gives the summaries only). Reads the data at run time; skips what is absent.
set -euo pipefail
bin=${1:?usage: eval/goldens.sh BIN OUTDIR}
out=${2:?usage: eval/goldens.sh BIN OUTDIR}
root=$(cd "$(dirname "$0")/.." && pwd)
shared=${GISTR_SHARED:-$root/../shared}
mkdir -p "$out"
n=0
if compgen -G "$shared/seeds/*.txt" >/dev/null; then
  seeds=("$shared"/seeds/*.txt)
  for b in "--sentences 3" "--sentences 10" "--words 100"; do
    tag=${b// /}
    "$bin" --json $b "${seeds[@]}" > "$out/seeds-all$tag.json" 2>&1 || true
    n=$((n + 1))
    for s in "${seeds[@]}"; do
      "$bin" --json $b "$s" > "$out/seed-$(basename "$s" .txt)$tag.json" 2>&1 || true
      n=$((n + 1))
    done
  done
fi
for set in duc2006 duc2007_update duc2007_main; do
  f=$shared/eval/$set.jsonl
  [ -f "$f" ] || continue
  for w in 100 250; do
    # Without the wall time ("ms"), which differs run to run.
    "$bin" --jsonl "$f" --json --words "$w" 2>&1 | sed -E 's/"ms":[0-9.eE+-]+,?//' > "$out/$set-w$w.jsonl" || true
    n=$((n + $(wc -l < "$f")))
  done
done
echo "goldens: $n outputs in $out"
