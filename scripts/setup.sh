#!/usr/bin/env bash
# Installs what a fresh machine lacks to build gistr: the wasm32 target and rust-src,
# wasm-bindgen-cli at the version pinned in Cargo.toml, the npm packages,
# and with --test also Debian's Chromium and ChromeDriver for the browser
# tests and firefox-esr for the Firefox extension's smoke test. Each step
# is skipped when its tool is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

want_browser=0
[[ "${1:-}" == "--test" ]] && want_browser=1

say() { printf '\033[1msetup:\033[0m %s\n' "$*"; }

if ! rustup component list --installed | grep -q '^rust-src'; then
  say "adding the rust-src component (the release .wasm builds std from source: scripts/wasm-release.sh)"
  rustup component add rust-src
fi
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

version=$(sed -n 's/^wasm-bindgen = "=\([0-9.]*\)".*/\1/p' Cargo.toml)
if [[ -z "$version" ]]; then
  echo "setup: cannot find the pinned wasm-bindgen version in Cargo.toml" >&2
  exit 1
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q " $version\$"; then
  say "installing wasm-bindgen-cli $version (a few minutes)"
  # --locked first; some lock files name a crate version the registry no
  # longer serves, so fall back to a fresh resolution of the same release.
  cargo install wasm-bindgen-cli --version "$version" --locked --force ||
    cargo install wasm-bindgen-cli --version "$version" --force
fi

if [[ ! -d node_modules/playwright-core || package-lock.json -nt node_modules/.package-lock.json ]]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund
fi

if [[ $want_browser == 1 ]] && ! { command -v chromium && command -v chromedriver; } >/dev/null; then
  say "installing Debian's chromium and chromium-driver"
  sudo=""
  [[ $(id -u) != 0 ]] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium chromium-driver >/dev/null
fi
if [[ $want_browser == 1 ]] && ! command -v firefox-esr >/dev/null; then
  # The Firefox build of the extension gets a smoke test (tests/e2e/extension-firefox.test.mjs); about a minute.
  say "installing Debian's firefox-esr"
  sudo=""
  [[ $(id -u) != 0 ]] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq firefox-esr >/dev/null
fi
# Fuzzing (scripts/fuzz.sh, docs/FUZZING.md): the libfuzzer-sys crate builds
# libFuzzer from C++, so the fuzz smoke test of --test needs a C++ compiler;
# --fuzz also installs cargo-fuzz (about 4 minutes), for `cargo fuzz tmin` and
# `cmin` by hand: the scripts build the targets with plain cargo.
want_fuzz=0
[[ " $* " == *" --fuzz "* ]] && want_fuzz=1
if [[ $want_browser == 1 || $want_fuzz == 1 ]] && ! command -v c++ >/dev/null; then
  say "installing Debian's g++ (libFuzzer for the fuzz targets)"
  sudo=""
  [[ $(id -u) != 0 ]] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq g++ >/dev/null
fi
if [[ $want_fuzz == 1 ]] && ! cargo fuzz --version >/dev/null 2>&1; then
  say "installing cargo-fuzz"
  cargo install cargo-fuzz --locked
fi
say "ready"
