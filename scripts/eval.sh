#!/usr/bin/env bash
# ROUGE of gistr's default settings on the DUC evaluation sets.
#
#   scripts/eval.sh            build, summarise, score, print a table
#
# The data is read from ../shared/eval (evaluation-only licence: it is never
# copied into the repository). Without it this script says so and exits 0.
# Environment: GISTR_EVAL_OUT (default: target/eval) keeps the predictions;
# GISTR_EVAL_ARGS adds options to every run (for experiments only).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
eval_dir="$root/../shared/eval"
if [[ ! -f "$eval_dir/duc2006.jsonl" || ! -f "$eval_dir/score.py" ]]; then
    echo "skipped: ../shared/eval absent"
    exit 0
fi
cd "$root"
python3 -c 'import rouge_score, nltk' 2>/dev/null || pip install --quiet rouge-score >&2
cargo build --release --quiet
bin="$root/target/release/gistr"
out="${GISTR_EVAL_OUT:-$root/target/eval}"
mkdir -p "$out"
extra=(${GISTR_EVAL_ARGS:-})

rows=()
run() { # name data words [--topic]
    local name="$1" data="$eval_dir/$2" words="$3"
    shift 3
    [[ -f "$data" ]] || { rows+=("$(printf '%-30s %s' "$name" "skipped: $data absent")"); return; }
    local pred="$out/$name.jsonl" t0 t1 score
    t0=$(date +%s.%N)
    "$bin" --jsonl "$data" --words "$words" "$@" "${extra[@]}" > "$pred"
    t1=$(date +%s.%N)
    score=$(python3 "$eval_dir/score.py" "$data" "$pred" --words "$words" | tail -1)
    read -r r1r r1f r2r r2f _ <<< "$score"
    rows+=("$(printf '%-30s %6s %6s %6s %6s %8.2f' "$name" "$r1r" "$r2r" "$r1f" "$r2f" \
        "$(echo "$t1 - $t0" | bc -l)")")
}
run "duc2006 @250 generic" duc2006.jsonl 250
run "duc2006 @250 --topic" duc2006.jsonl 250 --topic
run "duc2007_update @100 generic" duc2007_update.jsonl 100

printf '%-30s %6s %6s %6s %6s %8s\n' "system (gistr defaults)" "R1-R" "R2-R" "R1-F" "R2-F" "time(s)"
printf '%s\n' "${rows[@]}"
echo "reference rows (../shared/eval/README.md; recall only):"
printf '%-30s %6s %6s\n' \
    "lead, duc2006 @250" 30.4 5.0 \
    "TextRank+redund., duc2006" 39.0 7.6 \
    "TextRank+redund., duc2007" 34.4 7.3 \
    "best DUC06 peer (topic)" "" "~9.5" \
    "target duc2006 @250" 42.0 9.5 \
    "target duc2007_update @100" 37.0 9.0
