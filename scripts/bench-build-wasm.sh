#!/usr/bin/env bash
# Builds the wasm modules for the benchmarks, reports their size, and fails
# when one is over its budget.
#
#   scripts/bench-build-wasm.sh OUTDIR [OPT]
#
# OPT is the [profile.release] opt-level to build with (3, s or z; default:
# whatever Cargo.toml says) and also the wasm-opt level (-O3/-Os/-Oz).
# OUTDIR gets, for the full module (every language), node/ (wasm-bindgen
# --target nodejs) and web/ (--target web), each with the wasm-opt'ed
# gistr_bg.wasm, and size.txt:
#   "opt raw_bytes gzip_bytes raw_before_wasm_opt gzip_before_wasm_opt";
# for the English-only module (feature `lean`: what the page, the extension
# and gistr/worker load first, the full one only for other languages),
# lean/ (--target web) and size-lean.txt, the same fields.
# Set NO_WASM_OPT=1 to skip wasm-opt.
#
# The budgets are scripts/wasm-budgets.sh's; the build fails over them.
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
bindgen=$(command -v wasm-bindgen || echo "$HOME/.cargo/bin/wasm-bindgen")
wasmopt=node_modules/.bin/wasm-opt
[ -x "$wasmopt" ] || npm install --no-audit --no-fund --silent
level=-O${opt:-3}
[ "$level" = -O ] && level=-O3

# build NAME SIZEFILE TARGETS... [-- CARGO ARGS]: one module, bindgen'd for each target.
build() {
    local name=$1 sizefile=$2 first="" raw0 gz0 raw gz
    shift 2
    local targets=()
    while [ $# -gt 0 ] && [ "$1" != -- ]; do targets+=("$1"); shift; done
    [ "${1:-}" = -- ] && shift
    wasm_cargo_build -q "$@"
    local wasm=$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/gistr_wasm.wasm
    for t in "${targets[@]}"; do
        local d=$out/${t#*:}
        rm -rf "$d"
        "$bindgen" --target "${t%%:*}" --out-name gistr --out-dir "$d" "$wasm"
        first=${first:-$d}
    done
    raw0=$(stat -c %s "$first/gistr_bg.wasm")
    gz0=$(gzip -9 -c "$first/gistr_bg.wasm" | wc -c)
    if [ -z "${NO_WASM_OPT:-}" ]; then
        for t in "${targets[@]}"; do
            local d=$out/${t#*:}
            wasm_opt "$level" "$d/gistr_bg.wasm" "$d/gistr_bg.opt.wasm"
            mv "$d/gistr_bg.opt.wasm" "$d/gistr_bg.wasm"
        done
    fi
    raw=$(stat -c %s "$first/gistr_bg.wasm")
    gz=$(gzip -9 -c "$first/gistr_bg.wasm" | wc -c)
    echo "${opt:-default} $raw $gz $raw0 $gz0" > "$out/$sizefile"
    echo "wasm ${opt:-default} $name: $raw bytes, $gz gzip (before wasm-opt: $raw0, $gz0)" >&2
}
build full size.txt nodejs:node web:web
build lean size-lean.txt web:lean -- --features lean

[ -n "${NO_WASM_OPT:-}" ] && { echo "bench-build-wasm: NO_WASM_OPT: budgets not checked" >&2; exit 0; }
scripts/wasm-budgets.sh "$out/web/gistr_bg.wasm" "$out/lean/gistr_bg.wasm"
