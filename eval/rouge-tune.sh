#!/usr/bin/env bash
# Experiments: like rouge.sh, but built with `--cfg gistr_tune` (knobs read
# from GISTR_* environment variables) without LTO, into target/tune.
#   GISTR_RANK=0.3 eval/rouge-tune.sh [06|07|07m|06t|all]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
eval_dir=
for d in "${GISTR_EVAL:-}" "$root/../shared/eval" "$root/../../shared/eval"; do
    [[ -n "$d" && -f "$d/duc2006.jsonl" ]] && { eval_dir="$d"; break; }
done
[[ -n "$eval_dir" ]] || { echo "skipped: ../shared/eval absent"; exit 0; }
cd "$root"
export CARGO_TARGET_DIR="$root/target/tune" CARGO_PROFILE_RELEASE_LTO=false \
    CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 RUSTFLAGS="--cfg gistr_tune"
cargo build --release --quiet 2>&1 | grep -v '^$' >&2 || true
bin="$CARGO_TARGET_DIR/release/gistr"
out="$CARGO_TARGET_DIR/eval"
mkdir -p "$out"
which="${1:-all}"
one() { # tag data words args...
    local tag="$1" data="$eval_dir/$2" words="$3"
    shift 3
    "$bin" --jsonl "$data" --words "$words" "$@" > "$out/$tag.jsonl"
    printf '%-4s %s\n' "$tag" "$(python3 "$eval_dir/score.py" "$data" "$out/$tag.jsonl" --words "$words" | tail -1)"
}
[[ $which == all || $which == 06 ]] && one 06 duc2006.jsonl 250
[[ $which == all || $which == 07 ]] && one 07 duc2007_update.jsonl 100
[[ $which == all || $which == 07m ]] && one 07m duc2007_main.jsonl 250
[[ $which == all || $which == 06t ]] && one 06t duc2006.jsonl 250 --topic
exit 0
