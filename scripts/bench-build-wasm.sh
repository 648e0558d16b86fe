#!/usr/bin/env bash
# Builds the wasm module for the benchmarks, and reports its size.
#
#   scripts/bench-build-wasm.sh OUTDIR [OPT]
#
# OPT is the [profile.release] opt-level to build with (3, s or z; default:
# whatever Cargo.toml says) and also the wasm-opt level (-O3/-Os/-Oz).
# OUTDIR gets node/ (wasm-bindgen --target nodejs) and web/ (--target web),
# each with the wasm-opt'ed gistr_bg.wasm, and size.txt:
#   "opt raw_bytes gzip_bytes raw_before_wasm_opt gzip_before_wasm_opt".
# Set NO_WASM_OPT=1 to skip wasm-opt.
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: bench-build-wasm.sh OUTDIR [3|s|z]}
opt=${2:-}
mkdir -p "$out"
[ -n "$opt" ] && export CARGO_PROFILE_RELEASE_OPT_LEVEL="$opt"
# A target dir per opt-level, so switching does not rebuild everything.
export CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target}/bench-wasm-${opt:-default}
# wasm_cargo_build and wasm_opt: the same flags as scripts/build-web.sh.
. scripts/wasm-release.sh
wasm_cargo_build -q
wasm=$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/gistr_wasm.wasm
bindgen=$(command -v wasm-bindgen || echo "$HOME/.cargo/bin/wasm-bindgen")
wasmopt=node_modules/.bin/wasm-opt
[ -x "$wasmopt" ] || npm install --no-audit --no-fund --silent
for t in nodejs web; do
    d=$out/${t/nodejs/node}
    rm -rf "$d"
    "$bindgen" --target "$t" --out-name gistr --out-dir "$d" "$wasm"
done
raw0=$(stat -c %s "$out/node/gistr_bg.wasm")
gz0=$(gzip -9 -c "$out/node/gistr_bg.wasm" | wc -c)
if [ -z "${NO_WASM_OPT:-}" ]; then
    level=-O${opt:-3}
    [ "$level" = -O ] && level=-O3
    for d in "$out/node" "$out/web"; do
        wasm_opt "$level" "$d/gistr_bg.wasm" "$d/gistr_bg.opt.wasm"
        mv "$d/gistr_bg.opt.wasm" "$d/gistr_bg.wasm"
    done
fi
raw=$(stat -c %s "$out/node/gistr_bg.wasm")
gz=$(gzip -9 -c "$out/node/gistr_bg.wasm" | wc -c)
echo "${opt:-default} $raw $gz $raw0 $gz0" > "$out/size.txt"
echo "wasm ${opt:-default}: $raw bytes, $gz gzip (before wasm-opt: $raw0, $gz0)" >&2
