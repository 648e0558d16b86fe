#!/usr/bin/env bash
# Runs each fuzz target (fuzz/fuzz_targets/) under libFuzzer for SECONDS
# (default 60) and prints, per target, the executions, the coverage (cov:
# edges, ft: features), the corpus size and the crashes, hangs and
# out-of-memory inputs found. See docs/FUZZING.md.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]
#
# The targets are built with plain `cargo build` and the instrumentation
# flags that `cargo fuzz build -s none` passes (stable Rust, no nightly, no
# cargo-fuzz needed; the core forbids unsafe code, so no sanitizer). The
# corpora are seeded at run time from tests/fixtures into fuzz/seeds/, and
# grow in fuzz/corpus/ (both git-ignored); crashing inputs land in
# fuzz/artifacts/TARGET/. A target that crashes is restarted until its
# time is up, so one bug does not end the run.
#
# Environment: FUZZ_TIMEOUT (seconds an input may take before it counts as
# a hang, default 10), FUZZ_MAX_LEN (bytes, default 16384), FUZZ_ARGS
# (more libFuzzer flags). Exits 1 if anything was found.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
shift || true
mapfile -t all < <(sed -n '/^\[\[bin\]\]/{n;s/^name = "\(.*\)"/\1/p}' fuzz/Cargo.toml)
targets=("${@:-${all[@]}}")
timeout=${FUZZ_TIMEOUT:-10}
max_len=${FUZZ_MAX_LEN:-16384}

say() { printf '\033[1mfuzz:\033[0m %s\n' "$*"; }

# One run at a time: runs share the seeds, corpora and logs.
mkdir -p fuzz/logs
exec 9>fuzz/logs/.lock
if ! flock -n 9; then
  say "another scripts/fuzz.sh is running in this folder; wait for it to end" >&2
  exit 1
fi

triple=$(rustc -vV | sed -n 's/^host: //p')
export RUSTFLAGS="-Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
-Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
-Cllvm-args=-sanitizer-coverage-trace-compares -Cllvm-args=-sanitizer-coverage-stack-depth \
-Cllvm-args=-simplifycfg-branch-fold-threshold=0 --cfg fuzzing -Cdebug-assertions -Coverflow-checks"
say "building ${targets[*]}"
start=$SECONDS
bins=()
for t in "${targets[@]}"; do bins+=(--bin "$t"); done
cargo build --quiet --release --manifest-path fuzz/Cargo.toml --target "$triple" "${bins[@]}"
say "built in $((SECONDS - start)) s"
bin_dir=${CARGO_TARGET_DIR:-fuzz/target}/$triple/release

# Seeds. Header of the article targets (fuzz/src/lib.rs): budget kind and
# flags, the budget's number (2 bytes), language, focus length, 3 spare.
rm -rf fuzz/seeds
fixtures=(tests/fixtures/*/*.txt)
join() { # header, then the given files separated by 0x1E
  printf "$1"
  shift
  local first=1
  for f in "$@"; do
    [[ $first == 1 ]] || printf '\x1e'
    first=0
    cat "$f"
  done
}
# A fixture's seed name: its folder and file name (two folders may hold a
# 3-wire.txt: strike/ and standfirst/ do).
seed_name() { local f=$1; printf '%s-%s' "$(basename "$(dirname "$f")")" "$(basename "$f" .txt)"; }
for t in summarize summarizer; do
  d=fuzz/seeds/$t
  mkdir -p "$d"
  join '\x00\x05\x00\x00\x00\x00\x03\x00' "${fixtures[@]}" >"$d/all-5-sentences"
  join '\x05\x64\x00\x01\x06\x01\x02\x00' "${fixtures[@]}" >"$d/all-100-words-rank-focus"
  join '\x0a\xc8\x00\x00\x00\x02\x2c\x01' "${fixtures[@]}" >"$d/all-ratio-titled"
  for f in "${fixtures[@]}"; do join '\x00\x03\x00\x00\x00\x00\x01\x00' "$f" >"$d/one-$(seed_name "$f")"; done
done
mkdir -p fuzz/seeds/sentences fuzz/seeds/dedup_pair fuzz/seeds/options
for f in "${fixtures[@]}"; do cp "$f" "fuzz/seeds/sentences/$(seed_name "$f").txt"; done
# Pairs of paragraphs: the same paragraph of two articles about one event.
n=0
for a in "${fixtures[@]}"; do
  for b in "${fixtures[@]}"; do
    [[ $a < $b ]] || continue
    # sed, not head: head's early exit would end paste with SIGPIPE (status 141
    # under pipefail) once the fixtures outgrow the pipe's buffer.
    paste -d '\036' <(grep -v '^\s*$' "$a") <(grep -v '^\s*$' "$b") | sed -n '1,20p' | while IFS= read -r line; do
      n=$((n + 1))
      printf '\x01%s' "$line" >"fuzz/seeds/dedup_pair/$(seed_name "$a")-$(seed_name "$b")-$n"
    done
  done
done
# Options (fuzz/fuzz_targets/options.rs): which are given and the group
# (1 byte), the numbers sentences, words, ratio (8 bytes each, f64 bits), the
# input limit (4 bytes), the lengths of order, language and focus, then those.
opt() { printf "$1"; printf '%s' "$2"; cat "${fixtures[@]}"; }
opt '\x31\x00\x00\x00\x00\x00\x00\x08\x40\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x02\x06' enstrike >fuzz/seeds/options/sentences-en
opt '\x1a\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x5e\x40\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x04\x04\x00' rankauto >fuzz/seeds/options/words-rank-auto
opt '\x84\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xd0\x3f\x00\x00\x10\x00\x00\x00\x00' '' >fuzz/seeds/options/ratio-quarter-selection
opt '\x14\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xf8\x7f\x00\x01\x00\x00\x00\x03\x00' eng >fuzz/seeds/options/ratio-nan-small-limit
opt '\x41\x00\x00\x00\x00\x00\x00\x04\x40\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x10\x00\x00\x00\x00' '' >fuzz/seeds/options/sentences-in-the-summarizer
found=0
report=()
for t in "${targets[@]}"; do
  corpus=fuzz/corpus/$t
  artifacts=fuzz/artifacts/$t
  mkdir -p "$corpus" "$artifacts"
  log=fuzz/logs/$t.log
  : >"$log"
  before=$(find "$artifacts" -type f | wc -l)
  started=$SECONDS execs=0 runs=0 cov=? ft=? corp=?
  # Restart after a crash until the time is up (at most 20 times).
  while ((SECONDS - started < seconds && runs < 20)); do
    left=$((seconds - (SECONDS - started)))
    runs=$((runs + 1))
    # shellcheck disable=SC2086
    "$bin_dir/$t" "$corpus" "fuzz/seeds/$t" -max_total_time="$left" -timeout="$timeout" \
      -max_len="$max_len" -print_final_stats=1 -artifact_prefix="$artifacts/" ${FUZZ_ARGS:-} \
      >>"$log" 2>&1 && break
  done
  elapsed=$((SECONDS - started))
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | awk '{s += $1} END {print s + 0}')
  last=$(grep -E '^#[0-9]+.*cov: ' "$log" | tail -1)
  cov=$(sed -n 's/.*cov: \([0-9]*\).*/\1/p' <<<"$last")
  ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$last")
  corp=$(find "$corpus" -type f | wc -l)
  new=$(($(find "$artifacts" -type f | wc -l) - before))
  crashes=$(grep -c 'ERROR: libFuzzer: deadly signal' "$log" || true)
  hangs=$(grep -c 'ERROR: libFuzzer: timeout' "$log" || true)
  ooms=$(grep -c 'ERROR: libFuzzer: out-of-memory' "$log" || true)
  ((new == 0)) || found=1
  line=$(printf '%-11s %5ss %10s execs %7s/s  cov %-5s ft %-6s corpus %-5s crashes %s hangs %s ooms %s' \
    "$t" "$elapsed" "$execs" "$((execs / (elapsed > 0 ? elapsed : 1)))" "${cov:-?}" "${ft:-?}" "$corp" \
    "$crashes" "$hangs" "$ooms")
  say "$line"
  report+=("$line")
  if ((new > 0)); then
    say "$t: $new new input(s) in $artifacts/ (log: $log)"
  fi
done
printf '\n'
say "summary ($(date -u +%H:%M) UTC, $seconds s per target)"
printf '  %s\n' "${report[@]}"
exit $found
