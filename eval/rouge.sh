#!/usr/bin/env bash
# ROUGE of gistr on the DUC evaluation sets, in-set and cross-set.
#
#   eval/rouge.sh                  the defaults on both dev sets, with the
#                                    lead and TextRank reference rows
#   eval/rouge.sh --cross [KNOB…]  cross-set check of the tuned knobs (all
#                                    of GRID below, or the ones named), then
#                                    the same within DUC 2006's two halves
#
# Cross-set protocol (issue 14): for each knob, every value of its grid is
# run on both dev sets (duc2006 @250 words, 25 articles a cluster;
# duc2007_update @100 words, 10 articles). The value that a search would
# choose on one set (the best R1-R + R2-R there) is then reported on the
# other set, both ways. A knob's setting is kept only when it does not lose
# (by more than 0.05 of R1-R + R2-R) on the set it was not chosen on,
# against the knob's neutral value (its "off", listed first in GRID); a knob
# whose gain does not survive that is removed (set to its "off"). The knobs are
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
    if [[ -n "$d" && -f "$d/duc2006.jsonl" && -f "$d/duc2007_update.jsonl" && -f "$d/score.py" ]]; then
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

# Cross-set mode.
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
mkdir -p "$out"
# Every setting's predictions first (one per knob value, and the defaults),
# then each set scored in one process (eval/rouge-score.py).
settings=(default)
for k in "${knobs[@]}"; do
    for v in ${GRID[$k]:-}; do settings+=("GISTR_$k=$v"); done
done
# GISTR_EVAL_REUSE=1 scores the predictions of the last run again.
[[ -n "${GISTR_EVAL_REUSE:-}" ]] || rm -f "$out"/*.jsonl "$out"/*.score
for s in "${settings[@]}"; do
    [[ -n "${GISTR_EVAL_REUSE:-}" && -f "$out/$s.y07.jsonl" ]] && continue
    envs=()
    [[ $s == default ]] || envs=("$s")
    env "${envs[@]}" "$bin" --jsonl "$eval_dir/duc2006.jsonl" --words 250 "${extra[@]}" > "$out/$s.y06.jsonl"
    env "${envs[@]}" "$bin" --jsonl "$eval_dir/duc2007_update.jsonl" --words 100 "${extra[@]}" > "$out/$s.y07.jsonl"
done
declare -A R06 R07
while read -r r1 _ r2 _ path; do
    f="${path##*/}"; R06[${f%.y06.jsonl}]="$r1 $r2"
done < <(python3 eval/rouge-score.py "$eval_dir" duc2006.jsonl 250 "$out"/*.y06.jsonl)
while read -r r1 _ r2 _ path; do
    f="${path##*/}"; R07[${f%.y07.jsonl}]="$r1 $r2"
done < <(python3 eval/rouge-score.py "$eval_dir" duc2007_update.jsonl 100 "$out"/*.y07.jsonl)
both() { # SETTING -> "r1_06 r2_06 r1_07 r2_07"
    echo "${R06[$1]} ${R07[$1]}"
}
read -r d061 d062 d071 d072 <<< "$(both default)"
printf 'defaults: duc2006 @250 %s / %s   duc2007_update @100 %s / %s (R1-R / R2-R)\n' \
    "$d061" "$d062" "$d071" "$d072"
printf '%-13s %-7s | %-7s %-15s %-15s | %-7s %-15s %-15s | %-15s %-15s | %s\n' knob default \
    "pick@06" "in-set 06" "cross 07" "pick@07" "in-set 07" "cross 06" "off: 06" "off: 07" verdict
for k in "${knobs[@]}"; do
    grid="${GRID[$k]:-}"
    [[ -n "$grid" ]] || { echo "unknown knob $k (not in GRID)"; continue; }
    best06= best07= b06=-1 b07=-1
    declare -A S=()
    for v in $grid; do
        S[$v]="$(both "GISTR_$k=$v")"
        read -r a1 a2 c1 c2 <<< "${S[$v]}"
        s06=$(echo "$a1 + $a2" | bc -l) s07=$(echo "$c1 + $c2" | bc -l)
        if (( $(echo "$s06 > $b06" | bc -l) )); then b06=$s06 best06=$v; fi
        if (( $(echo "$s07 > $b07" | bc -l) )); then b07=$s07 best07=$v; fi
    done
    read -r p061 p062 p071 p072 <<< "${S[$best06]}"
    read -r q061 q062 q071 q072 <<< "${S[$best07]}"
    neutral="${grid%% *}"
    read -r n061 n062 n071 n072 <<< "${S[$neutral]}"
    # The knob's default is the value whose run equals the defaults' run.
    dflt="?"
    for v in $grid; do [[ "${S[$v]}" == "$d061 $d062 $d071 $d072" ]] && { dflt=$v; break; }; done
    # Cross-set gains (R1+R2) of each set's pick over the neutral value,
    # on the other set.
    g07=$(echo "($p071 + $p072) - ($n071 + $n072)" | bc -l)
    g06=$(echo "($q061 + $q062) - ($n061 + $n062)" | bc -l)
    # A loss is one of more than 0.05 (R1 + R2): the figures are printed
    # to two decimals, and a pick that ties its "off" cross-set is no loss.
    lost=
    [[ $best06 != "$neutral" ]] && (( $(echo "$g07 < -0.05" | bc -l) )) && lost+=" 06->07"
    [[ $best07 != "$neutral" ]] && (( $(echo "$g06 < -0.05" | bc -l) )) && lost+=" 07->06"
    if [[ $best06 == "$neutral" && $best07 == "$neutral" ]]; then
        verdict="remove: both sets pick $neutral (off)"
    elif [[ -n $lost ]]; then
        verdict="loses cross-set ($lost)"
    elif (( $(echo "$g07 == 0 && $g06 == 0" | bc -l) )); then
        verdict="no effect cross-set"
    else
        verdict="survives (cross gain over $neutral: 07 $(printf '%+.2f' "$g07"), 06 $(printf '%+.2f' "$g06"))"
    fi
    printf '%-13s %-7s | %-7s %-15s %-15s | %-7s %-15s %-15s | %-15s %-15s | %s\n' "$k" "$dflt" \
        "$best06" "$p061/$p062" "$p071/$p072" "$best07" "$q071/$q072" "$q061/$q062" \
        "$n061/$n062" "$n071/$n072" "$verdict"
    unset S
done
# The same check within DUC 2006, in two halves of 25 clusters: for the
# knobs DUC 2007 cannot check (10 articles a cluster) or where the sets
# disagree.
echo "duc2006 in two halves (even / odd clusters; eval/rouge-halves.py):"
halves=()
for k in "${knobs[@]}"; do
    [[ -n "${GRID[$k]:-}" ]] && halves+=("$k:$(echo ${GRID[$k]} | tr ' ' ',')")
done
python3 eval/rouge-halves.py "$eval_dir" "$out" "${halves[@]}"
