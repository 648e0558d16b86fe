#!/usr/bin/env bash
# Installs what a fresh machine lacks to build gistr: the wasm32 target and rust-src,
# wasm-bindgen-cli at the version pinned in Cargo.toml, the npm packages,
# and with --test also Debian's Chromium and ChromeDriver for the browser
# tests, firefox-esr for the Firefox extension's smoke test, Java for Spark
# and g++ for libFuzzer. Each step is skipped when its tool is already there.
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

if [[ -L node_modules ]]; then
  # A worktree's link to another checkout's packages: `npm ci` would empty the
  # linked folder first (a fresh worktree's package-lock.json is always newer).
  [[ -d node_modules/playwright-core ]] || { echo "setup: node_modules links to a folder without the npm packages" >&2; exit 1; }
elif [[ ! -d node_modules/playwright-core || package-lock.json -nt node_modules/.package-lock.json ]]; then
  say "installing npm packages"
  npm ci --no-audit --no-fund
fi

# Debian packages, in one `apt-get update` and one `apt-get install` (each
# apt-get run pays the index download and dpkg's triggers again). With --test:
# chromium and chromium-driver (the wasm tests, the e2e tests), firefox-esr
# (the Firefox extension's smoke test, tests/e2e/extension-firefox.test.mjs),
# Java for Spark local mode (scripts/test-python.sh) and g++: the
# libfuzzer-sys crate builds libFuzzer from C++, for the fuzz smoke test
# (scripts/fuzz.sh, docs/FUZZING.md). --fuzz also installs cargo-fuzz (about
# 4 minutes), for `cargo fuzz tmin` and `cmin` by hand: the scripts build the
# targets with plain cargo.
want_fuzz=0
[[ " $* " == *" --fuzz "* ]] && want_fuzz=1
apt=()
if [[ $want_browser == 1 ]]; then
  { command -v chromium && command -v chromedriver; } >/dev/null || apt+=(chromium chromium-driver)
  command -v firefox-esr >/dev/null || apt+=(firefox-esr)
  command -v java >/dev/null || apt+=(default-jre-headless)
fi
if [[ $want_browser == 1 || $want_fuzz == 1 ]] && ! command -v c++ >/dev/null; then
  apt+=(g++)
fi
if [[ ${#apt[@]} -gt 0 ]]; then
  say "installing Debian's ${apt[*]} (a minute or two)"
  sudo=""
  [[ $(id -u) != 0 ]] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${apt[@]}" >/dev/null
fi
if [[ $want_fuzz == 1 ]] && ! cargo fuzz --version >/dev/null 2>&1; then
  say "installing cargo-fuzz"
  cargo install cargo-fuzz --locked
fi
say "ready"
