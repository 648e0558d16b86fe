#!/usr/bin/env bash
# Tests the Python package as a user gets it: builds the wheel
# (scripts/build-python.sh), installs it into a fresh venv (not editable) and
# runs pytest on tests/python/: the API, to_dict() against the CLI's --json,
# bad input, gistr.spark in Spark local mode, mypy --strict on a consumer,
# and the docstrings' examples. Also clippy on the PyO3 glue (feature
# `python`, which a plain `cargo clippy --workspace` leaves out).
#
# The test tools (pytest, mypy, pyspark, pyarrow: about 400 MB) live in a
# venv cached under target/python-test/deps, made once and reused while
# tests/python/requirements.txt is unchanged; each run makes the venv that
# installs the wheel anew and sees the tools through a .pth file. Installs
# Java (default-jre-headless) when `java` is missing.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

step() { printf '\n\033[1m== %s\033[0m (at %d s)\n' "$*" "$SECONDS"; }
python=${PYTHON:-python3}
trap 'printf "test-python: %d s\n" "$SECONDS"' EXIT

deps=target/python-test/deps
reqs=tests/python/requirements.txt
if ! cmp -s "$reqs" "$deps/requirements.txt" 2>/dev/null; then
  step "the test tools' venv ($deps, from $reqs; reused while that file is unchanged)"
  rm -rf "$deps"
  "$python" -m venv "$deps"
  "$deps/bin/pip" install --quiet --disable-pip-version-check -r "$reqs"
  cp "$reqs" "$deps/requirements.txt"
fi
# --deps: only the tools' venv (scripts/test.sh makes it in the background,
# mostly downloads, while the Rust tests compile).
[[ "${1:-}" == "--deps" ]] && exit 0

step "clippy on the PyO3 glue (feature python)"
cargo clippy -q -p gistr-python --features python --all-targets -- -D warnings

step "build the wheel and the CLI"
# GISTR_WHEEL_BUILT=1: scripts/test.sh built dist/python's wheel already (in
# the background, while the fuzz and wasm steps left a core idle).
if [ "${GISTR_WHEEL_BUILT:-}" = 1 ]; then
  ls dist/python/gistr-*.whl
else
  scripts/build-python.sh
fi
# scripts/test.sh passes the CLI that `cargo test --workspace` just built and
# tested (target/debug/gistr): `cargo build -p gistr-cli` resolves the core's
# features apart from the workspace's tests and would compile it once more.
if [ -z "${GISTR_CLI:-}" ]; then
  cargo build -q -p gistr-cli
  export GISTR_CLI=$PWD/target/debug/gistr
fi

if ! command -v java >/dev/null; then
  step "install Java for Spark (default-jre-headless)"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless >/dev/null
fi


step "a fresh venv with the wheel"
run=target/python-test/run
rm -rf "$run"
"$python" -m venv "$run"
"$run/bin/pip" install --quiet --disable-pip-version-check --no-index --no-deps dist/python/gistr-*.whl
site() { "$1/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])'; }
# After the venv's own site-packages: the wheel's gistr comes first, the tools after.
site "$deps" > "$(site "$run")/zz-gistr-test-tools.pth"

step "pytest tests/python"
export GISTR_REQUIRE_SPARK=1 PYSPARK_PYTHON=$PWD/$run/bin/python
cd tests/python
"../../$run/bin/python" -m pytest -p no:cacheprovider -q "$@"
