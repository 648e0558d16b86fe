#!/usr/bin/env bash
# ROUGE of gistr on the DUC evaluation sets, in-set and cross-set.
#
#   eval/rouge.sh                  the defaults on the three dev sets, with
#                                    the lead and TextRank reference rows
#   eval/rouge.sh --cross [KNOB…]  cross-set check of the tuned knobs (all
#                                    of GRID below, or the ones named), on
#                                    the three sets and the halves of each
#
# Cross-set protocol (issues 14, 19): for each knob, every value of its grid
# is run on the three dev sets (duc2006 @250 words, 25 articles a cluster;
# duc2007_update @100 words, 10 articles; duc2007_main @250 words, 25
# articles). The value that a search would choose on one set (the best
# R1-R + R2-R there) is then scored on each of the other two, and the value
# chosen on one half of a set (its even or odd clusters) on the other half
# (eval/rouge-cross.py). A knob's setting is kept only when it wins on every
# set and half it was not chosen on, against the knob's neutral value (its
# "off", listed first in GRID), and is removed (set to its "off") when it
# loses (by more than 0.05 of R1-R + R2-R) on one. The knobs are
# read from GISTR_<NAME> by a `--cfg gistr_tune` build (see crates/gistr/src/tuning.rs);
# normal builds never read the environment.
#
# The data is read at run time from $GISTR_EVAL, ../shared/eval or
# ../../shared/eval (evaluation-only licence: never copied into the
# repository). Without it this script says so and exits 0.
# Environment: GISTR_EVAL_OUT (default: target/eval) keeps the predictions;
# GISTR_EVAL_ARGS adds options to every run (for experiments only).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
eval_dir=
for d in "${GISTR_EVAL:-}" "$root/../shared/eval" "$root/../../shared/eval"; do
    if [[ -n "$d" && -f "$d/duc2006.jsonl" && -f "$d/duc2007_update.jsonl" && -f "$d/duc2007_main.jsonl" \
        && -f "$d/score.py" ]]; then
        eval_dir="$(cd "$d" && pwd)"
        break
    fi
done
if [[ -z "$eval_dir" ]]; then
    echo "skipped: ../shared/eval absent"
    exit 0
fi
cd "$root"
python3 -c 'import rouge_score, nltk' 2>/dev/null || pip install --quiet rouge-score >&2
extra=(${GISTR_EVAL_ARGS:-})

# The knobs checked cross-set, neutral value first. Names are those of
# `Tuning::from_env` (GISTR_<NAME>).
declare -A GRID=(
    [RANK]="0 0.25 0.5 1"
    [COST]="0 0.5 0.75 1"
    [OVERFLOW]="0 10 20"
    [COVER]="0 0.5 1 2"
    [ALPHA]="0.01 0.03 0.1"
    [WPOW]="1 1.2 1.5"
    [MIN_ART_FRAC]="0 0.15 0.3"
    [TITLE_MIX]="0 0.4 0.8"
    [LEAD_POW]="0 0.5 1"
    [CORROB]="0 0.05 0.2"
    [PERSON_PEN]="0 0.25 0.5"
    [SAID_PEN]="0 0.3 0.5"
    [CAPS_PEN]="0 0.3 0.6"
    [MIN_FIT]="5 10 12 15"
    [LINK_UNFIT]="0 1"
)

# score DATA PRED WORDS -> "R1-R R1-F R2-R R2-F"
score() {
    python3 "$eval_dir/score.py" "$eval_dir/$1" "$2" --words "$3" | tail -1 | awk '{print $1, $2, $3, $4}'
}

if [[ "${1:-}" != "--cross" ]]; then
    cargo build --release --quiet
    bin="$root/target/release/gistr"
    out="${GISTR_EVAL_OUT:-$root/target/eval}"
    mkdir -p "$out"
    rows=()
    run() { # name data words [args…]
        local name="$1" data="$2" words="$3" pred="$out/$1.jsonl" t0 t1
        shift 3
        t0=$(date +%s.%N)
        "$bin" --jsonl "$eval_dir/$data" --words "$words" "$@" "${extra[@]}" > "$pred"
        t1=$(date +%s.%N)
        read -r r1r r1f r2r r2f <<< "$(score "$data" "$pred" "$words")"
        rows+=("$(printf '%-32s %6s %6s %6s %6s %8.2f' "$name" "$r1r" "$r2r" "$r1f" "$r2f" \
            "$(echo "$t1 - $t0" | bc -l)")")
    }
    lead() { # name data words
        local pred="$out/$1.jsonl"
        python3 "$root/eval/lead.py" "$eval_dir/$2" > "$pred"
        read -r r1r r1f r2r r2f <<< "$(score "$2" "$pred" "$3")"
        rows+=("$(printf '%-32s %6s %6s %6s %6s' "$1" "$r1r" "$r2r" "$r1f" "$r2f")")
    }
    run "gistr duc2006 @250" duc2006.jsonl 250
    run "gistr duc2007_update @100" duc2007_update.jsonl 100
    run "gistr duc2007_main @250" duc2007_main.jsonl 250
    run "gistr duc2007_main @250 --topic" duc2007_main.jsonl 250 --topic
    run "gistr duc2006 @250 --topic" duc2006.jsonl 250 --topic
    run "gistr duc2006 @250 --order rank" duc2006.jsonl 250 --order rank
    run "gistr duc2007 @100 --order rank" duc2007_update.jsonl 100 --order rank
    # Without titles (an unseen set may have none): a copy with every
    # title emptied, in a temporary file removed on exit.
    untitled="$(mktemp)"
    trap 'rm -f "$untitled"' EXIT
    python3 -c 'import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    c = json.loads(line)
    for d in c["docs"]:
        d["title"] = ""
    print(json.dumps(c))' "$eval_dir/duc2007_update.jsonl" > "$untitled"
    "$bin" --jsonl "$untitled" --words 100 "${extra[@]}" > "$out/untitled07.jsonl"
    read -r r1r r1f r2r r2f <<< "$(score duc2007_update.jsonl "$out/untitled07.jsonl" 100)"
    rows+=("$(printf '%-32s %6s %6s %6s %6s' "gistr duc2007 @100, no titles" "$r1r" "$r2r" "$r1f" "$r2f")")
    python3 -c 'import json, sys
for line in open(sys.argv[1], encoding="utf-8"):
    c = json.loads(line)
    for d in c["docs"]:
        d["title"] = ""
    print(json.dumps(c))' "$eval_dir/duc2006.jsonl" > "$untitled"
    "$bin" --jsonl "$untitled" --words 250 "${extra[@]}" > "$out/untitled06.jsonl"
    read -r r1r r1f r2r r2f <<< "$(score duc2006.jsonl "$out/untitled06.jsonl" 250)"
    rows+=("$(printf '%-32s %6s %6s %6s %6s' "gistr duc2006 @250, no titles" "$r1r" "$r2r" "$r1f" "$r2f")")
    lead "lead duc2006 @250" duc2006.jsonl 250
    lead "lead duc2007_update @100" duc2007_update.jsonl 100
    lead "lead duc2007_main @250" duc2007_main.jsonl 250
    printf '%-32s %6s %6s %6s %6s %8s\n' "system" "R1-R" "R2-R" "R1-F" "R2-F" "time(s)"
    printf '%s\n' "${rows[@]}"
    echo "reference rows (../shared/eval/README.md; recall only):"
    printf '%-32s %6s %6s\n' \
        "TF-IDF TextRank+redund. 2006" 39.0 7.6 \
        "TF-IDF TextRank+redund. 2007" 34.4 7.3 \
        "best DUC06 peer (topic)" "" "~9.5"
    echo "cross-set figures of the tuned knobs: eval/rouge.sh --cross"
    exit 0
fi

# Cross-set mode: eval/rouge-cross.py runs every value of each knob's grid
# on the three sets and scores the picks on the sets and halves they were
# not picked on.
shift
knobs=("$@")
if [[ ${#knobs[@]} -eq 0 ]]; then
    mapfile -t knobs < <(printf '%s\n' "${!GRID[@]}" | sort)
fi
export CARGO_TARGET_DIR="$root/target/tune" CARGO_PROFILE_RELEASE_LTO=false \
    CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 RUSTFLAGS="--cfg gistr_tune"
cargo build --release --quiet --bin gistr
bin="$CARGO_TARGET_DIR/release/gistr"
out="${GISTR_EVAL_OUT:-$CARGO_TARGET_DIR/eval}"
specs=()
for k in "${knobs[@]}"; do
    [[ -n "${GRID[$k]:-}" ]] || { echo "unknown knob $k (not in GRID)"; continue; }
    specs+=("$k:$(echo ${GRID[$k]} | tr ' ' ',')")
done
# GISTR_EVAL_REUSE=1 scores the predictions of the last run again.
[[ -n "${GISTR_EVAL_REUSE:-}" ]] || rm -f "$out"/*.jsonl
nice python3 eval/rouge-cross.py "$eval_dir" "$bin" "$out" "${specs[@]}"
