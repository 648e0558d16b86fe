#!/usr/bin/env bash
# Runs every test: format and lint, the Rust unit, integration, property
# and doc tests, the wasm tests in headless Chromium, web-ext lint on the
# Firefox extension, and the Playwright end-to-end tests of the page and the
# browser extension. Installs what is missing first.
set -euo pipefail
cd "$(dirname "$0")/.."

# Each step's wall time and CPU time (user + sys of the processes it waited
# for, from /proc; a daemon left running is not counted), as a table at the end.
tick=$(getconf CLK_TCK)
cpu_ticks() { local s; read -ra s < /proc/$$/stat; echo $((s[15] + s[16])); }
labels=() walls=() cpus=() t0=$SECONDS c0=$(cpu_ticks)
step_end() {
  [[ ${#labels[@]} -gt ${#walls[@]} ]] || return 0
  local c; c=$(cpu_ticks)
  walls+=($((SECONDS - t0))) cpus+=($(((c - c0) / tick))) t0=$SECONDS c0=$c
}
step() { step_end; local l="$*"; labels+=("${l:0:64}"); printf '\n\033[1m== %s\033[0m\n' "$*"; }
times_table() {
  step_end
  printf '\n\033[1m== time per step\033[0m\n%6s %6s  %s\n' wall_s cpu_s step
  local i
  for i in "${!walls[@]}"; do printf '%6d %6d  %s\n' "${walls[$i]}" "${cpus[$i]}" "${labels[$i]}"; done
  printf '%6d %6d  total\n' "$SECONDS" $(($(cpu_ticks) / tick))
}
trap times_table EXIT

# A fresh clone compiles everything once: incremental compilation's
# bookkeeping would be written and never read (a cold `cargo test --workspace
# --no-run`: 195.5 s of CPU with it, 136.7 s without), and no debugger reads
# the full debug info of the test builds (line tables keep a backtrace's file
# and line; the same build 152.7 -> 139.9 s of CPU, 80 -> 74 s wall).
if [[ -n "${CI:-}" ]]; then export CARGO_INCREMENTAL=0 CARGO_PROFILE_DEV_DEBUG=line-tables-only; fi

step "setup (scripts/setup.sh --test)"
scripts/setup.sh --test
# The Python tests' tools (pyspark, pyarrow, pandas, mypy, pytest: about 400 MB
# from PyPI on a fresh machine, reused after) download in the background while
# the Rust steps below compile; waited for before the Python step.
mkdir -p target/python-test
scripts/test-python.sh --deps >target/python-test/deps.log 2>&1 &
deps_pid=$!

step "format"
cargo fmt --all --check

step "lint: clippy native, then wasm32"
cargo clippy --workspace --all-targets -- -D warnings
cargo clippy -p gistr-wasm --all-targets --target wasm32-unknown-unknown -- -D warnings
# The English-only module (feature lean) the page and gistr/worker load first.
cargo clippy -p gistr-wasm --features lean --target wasm32-unknown-unknown -- -D warnings

step "Rust tests (unit, integration, property, doc)"
cargo test --workspace
# The English-only build's language detection (it says English only where the full one would).
cargo test -p gistr --features lean --lib lang

step "fuzz smoke test: each fuzz target for a few seconds (scripts/fuzz.sh, docs/FUZZING.md)"
# Builds the fuzz crate (fuzz/, its own workspace) and runs each target 3 s from
# the fixture seeds; fails on any crash or hang. Measured on a fresh clone:
# 141 s of CPU (build about 125 s; the longest steps are libFuzzer's C++ and gistr
# instrumented), so about 1.5 min of wall time on two idle cores. For a smoke
# test the targets are optimised less (opt-level 1, 16 codegen units: the cold
# build 193 -> 164 s of CPU); a fuzzing run (scripts/fuzz.sh 60) builds them as
# fuzz/Cargo.toml says.
CARGO_PROFILE_RELEASE_OPT_LEVEL=1 CARGO_PROFILE_RELEASE_CODEGEN_UNITS=16 \
  scripts/fuzz.sh "${FUZZ_SMOKE_SECONDS:-3}"

# The Python wheel (scripts/build-python.sh: a release build with LTO, its
# last part on one core) builds in the background from here, beside the wasm
# tests' debug build (another lock: target/debug); the page's build below
# waits for target/release until it is done. Not beside the fuzz smoke test,
# whose targets run for a fixed time. Waited for before the Python step.
scripts/build-python.sh >target/python-test/wheel.log 2>&1 &
wheel_pid=$!

step "wasm tests in headless Chromium"
CHROMEDRIVER=$(command -v chromedriver) \
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --target wasm32-unknown-unknown -p gistr-wasm --test wasm

step "build the page"
scripts/build-web.sh

step "the .wasm within its size budgets (scripts/wasm-budgets.sh)"
scripts/wasm-budgets.sh www/pkg/gistr_bg.wasm www/pkg/lean/gistr_bg.wasm

step "build the npm package (dist/npm; tests/e2e/npm-package.test.mjs packs and consumes it)"
scripts/build-npm.sh

step "type check the page's modules and the extension's (tsc --noEmit, www/ and extension/tsconfig.json)"
node_modules/.bin/tsc -p www
node_modules/.bin/tsc -p extension

step "build the browser extension; web-ext lint on its Firefox variant"
# About 2 s to build, 10 s to lint; below, the extension's e2e tests take about
# 14 s in Chromium and 20 s in Firefox (setup.sh installs firefox-esr: about a minute).
scripts/build-extension.sh
node_modules/.bin/web-ext lint --source-dir dist/extension-firefox --no-input

step "the Python package from its wheel, in a fresh venv (scripts/test-python.sh: API, CLI equality, bad input, mypy, doctests, Spark local mode)"
# The CLI of the Rust tests above (target/debug/gistr, linked by `cargo test
# --workspace`): test-python.sh compares the package's output with it.
wait "$deps_pid" || { cat target/python-test/deps.log; exit 1; }
wait "$wheel_pid" || { cat target/python-test/wheel.log; exit 1; }
GISTR_WHEEL_BUILT=1 GISTR_CLI=$PWD/target/debug/gistr scripts/test-python.sh

step "end-to-end tests of the page and the extension (Playwright, Chromium)"
# Of these, bad-input.test.mjs (40 inputs through the wasm module in Node, 26
# through the page, each with a reload) takes about 75 s on two busy cores and
# security.test.mjs about 10 s. Two files at a time: a file mostly waits (for a
# debounce, a worker, a reload: page.test.mjs takes 79 s of wall time and 42 s
# of CPU), so two share the two cores (all files: 462 s one at a time at stop
# 29, 343 s two at a time, every test passing). The timed checks bound the
# page's main-thread CPU time, which the other file does not stretch
# (helpers.mjs mainThreadTasks); the wall-clock bounds left are generous (a
# click handled within 2 s, an answer within its case's 5 to 30 s).
node --test --test-concurrency=2 tests/e2e/
