#!/usr/bin/env bash
# Builds the Python package `gistr` (crates/gistr-python: PyO3 + maturin) into
# dist/python/: one abi3 wheel for CPython >= 3.9 on this platform, and with
# --sdist the source archive too. maturin comes from a venv under target/
# (installed from PyPI on the first run). Install the wheel with
#   pip install dist/python/gistr-*.whl
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

die() { printf 'build-python: %s\n' "$*" >&2; exit 1; }
python=${PYTHON:-python3}
command -v "$python" >/dev/null || die "$python not found (set PYTHON=/path/to/python3, >= 3.9)"

venv=target/python-build
if [ ! -x "$venv/bin/maturin" ]; then
  "$python" -m venv "$venv" || die "cannot make a venv: install python3-venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check 'maturin>=1.5,<2'
fi

out=dist/python
rm -rf "$out"
mkdir -p "$out"
# --release: the workspace's release profile (LTO, as the CLI).
"$venv/bin/maturin" build --release --quiet \
  --manifest-path crates/gistr-python/Cargo.toml \
  --interpreter "$python" --out "$out" "$@" >&2
ls "$out"/gistr-*.whl >/dev/null 2>&1 || die "no wheel in $out"
printf 'build-python: %s\n' "$out"/*
