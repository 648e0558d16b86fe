#!/usr/bin/env bash
# Runs every test: format and lint, the Rust unit, integration, property
# and doc tests, the fuzz smoke test, the wasm tests in headless Chromium,
# the Python package, web-ext lint on the Firefox extension, and the
# Playwright end-to-end tests of the page and the browser extension.
# Installs what is missing first.
#
# The steps run in three lanes at once (each lane's steps in order), so that
# both cores are busy while the end-to-end tests, which are mostly waits on
# one core, run:
#   web    build the page, the npm package and the extension; the e2e tests
#   rust   format, clippy, the Rust tests, the wasm tests
#   extra  the fuzz smoke test, the Python wheel, the Python tests
#   deps   the Python tests' tools (a download)
# The web lane is the longest (the e2e tests come last, after the page's
# release build); the other two fill the cores it leaves idle. All run at
# the same priority: at a lower one, the other lanes starved whenever other
# work shared the machine (the Python tools' download took 8 minutes at
# nice 19 beside a load of 5). Each lane's output goes
# to target/test-logs/LANE.log, printed when the lane ends; a lane that fails
# ends the run (its log first). TEST_SERIAL=1 runs the lanes one after
# another (web, rust, deps, extra).
set -euo pipefail
cd "$(dirname "$0")/.."

# A fresh clone compiles everything once: incremental compilation's
# bookkeeping would be written and never read.
[[ -n "${CI:-}" ]] && export CARGO_INCREMENTAL=0

logs=target/test-logs
mkdir -p "$logs"
rm -f "$logs"/*.log "$logs"/*.done "$logs"/steps.tsv

# Each step's wall time and CPU time (user + sys of the processes it waited
# for, from /proc; a daemon left running is not counted), per lane, as a
# table at the end, with the load average at the start and the end.
tick=$(getconf CLK_TCK)
start_load=$(cut -d' ' -f1-3 /proc/loadavg)
# (Read into $cpu, not printed: a command substitution would read its own
# subshell's /proc entry.)
cpu_now() { local s; read -ra s <"/proc/$BASHPID/stat"; cpu=$((s[13] + s[14] + s[15] + s[16])); }
lane=main label='' t0=0 c0=0
step_end() {
  [[ -n $label ]] || return 0
  local cpu; cpu_now
  printf '%s\t%d\t%d\t%d\t%s\n' "$lane" "$t0" $((SECONDS - t0)) $(((cpu - c0) / tick)) "$label" >>"$logs/steps.tsv"
  label=''
}
step() {
  step_end
  local cpu; cpu_now
  label="$*" t0=$SECONDS c0=$cpu
  label=${label:0:64}
  printf '\n\033[1m== %s\033[0m (%s lane, at %d s)\n' "$*" "$lane" "$SECONDS"
  [[ $lane == main ]] || printf '%5d s  %-5s  %s\n' "$SECONDS" "$lane" "$*" >&3
}
times_table() {
  step_end
  printf '\n\033[1m== time per step\033[0m (load average %s at the start, %s at the end)\n' \
    "$start_load" "$(cut -d' ' -f1-3 /proc/loadavg)"
  printf '%-6s %6s %6s %6s  %s\n' lane from_s wall_s cpu_s step
  [[ -f $logs/steps.tsv ]] && sort -t$'\t' -k2,2n "$logs/steps.tsv" |
    while IFS=$'\t' read -r l from wall cpu what; do printf '%-6s %6d %6d %6d  %s\n' "$l" "$from" "$wall" "$cpu" "$what"; done
  local cpu; cpu_now
  printf '%-6s %6s %6d %6d  total\n' '' '' "$SECONDS" $((cpu / tick))
}

# Lanes: run_lane NAME FUNCTION starts FUNCTION in the background (its own
# process group, so that a failure elsewhere can stop it), writing to
# $logs/NAME.log; each of its steps is also announced here as it starts.
# `mark WHAT` leaves $logs/WHAT.done; `after WHAT`, in another lane, waits
# for it.
exec 3>&1
declare -A lane_pid=()
run_lane() {
  local name=$1 fn=$2
  set -m
  (
    trap step_end EXIT
    lane=$name
    "$fn"
    mark "$name"
  ) >"$logs/$name.log" 2>&1 &
  lane_pid[$name]=$!
  set +m
  [[ -z ${TEST_SERIAL:-} ]] || finish_lane "$name"
}
mark() { touch "$logs/$1.done"; }
after() {
  while [[ ! -f $logs/$1.done ]]; do sleep 1; done
}
finish_lane() {
  local name=$1 rc=0
  wait "${lane_pid[$name]}" || rc=$?
  unset "lane_pid[$name]"
  printf '\n\033[1m==== %s lane: %s (at %d s); its log:\033[0m\n' "$name" "$([[ $rc == 0 ]] && echo done || echo FAILED)" "$SECONDS"
  cat "$logs/$name.log"
  if [[ $rc != 0 ]]; then
    printf '\n\033[1m==== the %s lane failed (exit %d): its log is above and in %s\033[0m\n' "$name" "$rc" "$logs/$name.log"
    exit 1
  fi
}
stop_lanes() {
  local n
  for n in "${!lane_pid[@]}"; do kill -- "-${lane_pid[$n]}" 2>/dev/null || true; done
  times_table
}
trap stop_lanes EXIT

step "setup (scripts/setup.sh --test)"
scripts/setup.sh --test
step_end

# ---------------------------------------------------------------- lanes

web_lane() {
  step "build the page"
  scripts/build-web.sh
  # target/release is free now for the extra lane's Python wheel.
  mark page-built

  step "the .wasm within its size budgets (scripts/wasm-budgets.sh)"
  scripts/wasm-budgets.sh www/pkg/gistr_bg.wasm www/pkg/lean/gistr_bg.wasm

  step "build the npm package (dist/npm; tests/e2e/npm-package.test.mjs packs and consumes it)"
  scripts/build-npm.sh

  step "type check the page's modules and the extension's (tsc --noEmit, www/ and extension/tsconfig.json)"
  node_modules/.bin/tsc -p www
  node_modules/.bin/tsc -p extension

  step "build the browser extension; web-ext lint on its Firefox variant"
  scripts/build-extension.sh
  node_modules/.bin/web-ext lint --source-dir dist/extension-firefox --no-input

  step "end-to-end tests of the page and the extension (Playwright, Chromium)"
  # Two files at a time (E2E_CONCURRENCY): a file mostly waits on one core (the
  # page's worker, Node's side). Their responsiveness and time bounds are on CPU
  # time, not wall time (tests/e2e/helpers.mjs, mainThreadTasks), so the
  # other file and the other lanes do not fail them.
  node --test --test-concurrency="${E2E_CONCURRENCY:-2}" tests/e2e/
}

rust_lane() {
  step "format"
  cargo fmt --all --check

  step "lint: clippy native, wasm32, and the PyO3 glue"
  cargo clippy --workspace --all-targets -- -D warnings
  cargo clippy -p gistr-wasm --all-targets --target wasm32-unknown-unknown -- -D warnings
  # The English-only module (feature lean) the page and gistr/worker load first.
  cargo clippy -p gistr-wasm --features lean --target wasm32-unknown-unknown -- -D warnings
  # The PyO3 glue (feature python, which the workspace's clippy leaves out;
  # scripts/test-python.sh runs this too when not told it ran).
  cargo clippy -p gistr-python --features python --all-targets -- -D warnings

  step "Rust tests (unit, integration, property, doc)"
  cargo test --workspace
  # The English-only build's language detection (it says English only where the full one would).
  cargo test -p gistr --features lean --lib lang
  # target/debug/gistr, which the extra lane's Python tests compare with.
  mark rust-tests

  step "wasm tests in headless Chromium"
  CHROMEDRIVER=$(command -v chromedriver) \
  CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
    cargo test --target wasm32-unknown-unknown -p gistr-wasm --test wasm
}

# Mostly a download: its own lane, beside the builds.
deps_lane() {
  step "the Python tests' tools (a venv under target/python-test; about 400 MB from PyPI the first time)"
  scripts/test-python.sh --deps
}

extra_lane() {
  step "fuzz smoke test: each fuzz target for a few seconds (scripts/fuzz.sh, docs/FUZZING.md)"
  # Builds the fuzz crate (fuzz/, its own workspace and target/) and runs each
  # target for 3 s from the fixture seeds; fails on any crash or hang.
  scripts/fuzz.sh "${FUZZ_SMOKE_SECONDS:-3}"

  step "build the Python wheel (scripts/build-python.sh: release, LTO; after the page's release build)"
  after page-built
  scripts/build-python.sh >/dev/null

  step "the Python package from its wheel, in a fresh venv (scripts/test-python.sh: API, CLI equality, bad input, mypy, doctests, Spark local mode)"
  # The CLI of the Rust tests (target/debug/gistr, linked by `cargo test
  # --workspace`): test-python.sh compares the package's output with it.
  after rust-tests
  after deps
  GISTR_CLIPPY_DONE=1 GISTR_WHEEL_BUILT=1 GISTR_CLI=$PWD/target/debug/gistr scripts/test-python.sh
}

run_lane web web_lane
run_lane rust rust_lane
run_lane deps deps_lane
run_lane extra extra_lane
# In the order they end (the web lane last, as a rule).
while ((${#lane_pid[@]})); do
  wait -n "${lane_pid[@]}" || true
  for n in "${!lane_pid[@]}"; do
    kill -0 "${lane_pid[$n]}" 2>/dev/null || finish_lane "$n"
  done
done
