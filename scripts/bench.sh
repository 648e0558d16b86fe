#!/usr/bin/env bash
# gistr's speed and size benchmark, with its peers, in one run.
#
#   scripts/bench.sh [--quick] [--no-peers] [--no-web] [--opt 3|s|z]
#
# 1. Builds the corpus tiers (benches/corpus.py; skips cleanly without the
#    DUC data in ../shared/eval/).
# 2. Native: benches/tiers.rs, one process per tier (peak memory per tier).
# 3. wasm under Node: scripts/bench-build-wasm.sh + benches/wasm/node-bench.mjs.
# 4. wasm in headless Chromium through a Web Worker: benches/web/.
# 5. Peers (scripts/bench-peers.sh): sumy TextRank, wink-nlp.
# 6. One large article of 10, 50 and 200 MB (scripts/bench-scale.sh): time
#    and peak memory; fails when memory is over its budget.
# Then prints the table (scripts/bench-table.py) and the .wasm size.
#
# Tiers: 5, 50, 500, 2000, 8000 articles (--quick: 5, 50, 500, 2000, fewer
# runs, peers capped at 60 s). Runs are niced; medians of RUNS calls.
# Criterion per-stage benchmarks are separate: cargo bench --bench stages.
set -euo pipefail
cd "$(dirname "$0")/.."
quick= peers=1 web=1 opt=
while [ $# -gt 0 ]; do
    case $1 in
        --quick) quick=1 ;;
        --no-peers) peers= ;;
        --no-web) web= ;;
        --opt) opt=$2; shift ;;
        *) echo "usage: scripts/bench.sh [--quick] [--no-peers] [--no-web] [--opt 3|s|z]" >&2; exit 2 ;;
    esac
    shift
done
tiers=(5 50 500 2000 8000)
# Small tiers get many runs: V8 tiers wasm up from Liftoff to TurboFan over
# the first calls, and the median should be the steady state.
runs_tiny=21 runs_small=7 runs_big=3
if [ -n "$quick" ]; then
    tiers=(5 50 500 2000)
    runs_tiny=11 runs_small=5 runs_big=2
    export PEER_CAP=${PEER_CAP:-60}
fi
python3 benches/corpus.py --tiers "$(IFS=,; echo "${tiers[*]}")"
if [ ! -f bench-data/tier-5.json ]; then
    echo "bench: no corpus (../shared/eval/ absent); nothing to measure" >&2
    exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
results=$work/results.tsv
: > "$results"
runs_for() {
    if [ "$1" -ge 2000 ]; then echo $runs_big; elif [ "$1" -ge 500 ]; then echo $runs_small; else echo $runs_tiny; fi
}

echo "bench: building native runner" >&2
# Thin LTO here: with fat LTO, building benches also links the CLI, which
# rust-lld (Rust 1.95) fails on with an undefined RawVec::grow_one symbol.
# Unwinding: a bench target is always built with it, and with criterion among
# the dev-dependencies Cargo no longer builds the library twice for it.
CARGO_PROFILE_RELEASE_LTO=thin CARGO_PROFILE_RELEASE_PANIC=unwind CARGO_TARGET_DIR=target/bench-native \
    nice cargo build -q --release --bench tiers --message-format=json > "$work/cargo.json"
native=$(python3 -c '
import json, sys
for l in open(sys.argv[1]):
    m = json.loads(l)
    if m.get("reason") == "compiler-artifact" and m["target"]["name"] == "tiers" and m.get("executable"):
        print(m["executable"])' "$work/cargo.json" | tail -1)
for n in "${tiers[@]}"; do
    echo "bench: native, $n articles" >&2
    printf 'gistr-native\t%s\t%s\n' "$n" "$(nice "$native" "bench-data/tier-$n.json" "$(runs_for "$n")" 10)" >> "$results"
done
# The length slider: 10 articles of about 10 KB, analysed cold on every call
# (median_ms) and re-summarised at a new length through a Summarizer
# (resummarize_ms; in Chromium: the page's worker, which keeps the analysis).
slider=$work/slider.tsv
: > "$slider"
if [ -f bench-data/slider-10.json ]; then
    echo "bench: native, slider" >&2
    printf 'native\t%s\n' "$(nice "$native" bench-data/slider-10.json $runs_tiny 10)" >> "$slider"
fi

echo "bench: building wasm" >&2
nice scripts/bench-build-wasm.sh "$work/wasm" $opt
for n in "${tiers[@]}"; do
    echo "bench: wasm/Node, $n articles" >&2
    printf 'gistr-wasm-node\t%s\t%s\n' "$n" \
        "$(nice node benches/wasm/node-bench.mjs "$work/wasm/node" "bench-data/tier-$n.json" "$(runs_for "$n")" 10 | tail -1)" \
        >> "$results"
done
if [ -f bench-data/slider-10.json ]; then
    echo "bench: wasm/Node, slider" >&2
    printf 'wasm-node\t%s\n' "$(nice node benches/wasm/node-bench.mjs "$work/wasm/node" bench-data/slider-10.json $runs_tiny 10 | tail -1)" >> "$slider"
fi
if [ -n "$web" ]; then
    [ -d node_modules/playwright-core ] || npm install --no-audit --no-fund --silent
    if [ -f bench-data/slider-10.json ]; then
        for mode in cold slider; do
            echo "bench: wasm/Chromium worker, slider ($mode)" >&2
            printf 'chromium-%s\t%s\n' "$mode" "$(nice node benches/web/chromium-bench.mjs "$work/wasm/web" bench-data/slider-10.json $runs_tiny 10 $mode \
                2>"$work/chromium.err" | tail -1 || echo "failed: $(tail -1 "$work/chromium.err")")" >> "$slider"
        done
    fi
    for n in "${tiers[@]}"; do
        echo "bench: wasm/Chromium worker, $n articles" >&2
        line=$(nice node benches/web/chromium-bench.mjs "$work/wasm/web" "bench-data/tier-$n.json" "$(runs_for "$n")" 10 \
            2>"$work/chromium.err" | tail -1) || line="failed: $(tail -1 "$work/chromium.err")"
        printf 'gistr-chromium\t%s\t%s\n' "$n" "$line" >> "$results"
    done
fi
if [ -n "$peers" ]; then
    scripts/bench-peers.sh "$results" "${tiers[@]}"
fi
cp "$results" bench-data/last-results.tsv
echo
echo "gistr benchmark, $(date -u +%FT%TZ), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "summarize call only, 10-sentence summary; median of runs; growth = log time ratio / log size ratio to the tier above"
echo "xnative / xwasm: peer time / gistr time (native, wasm under Node) on the same tier"
python3 scripts/bench-table.py "$results"
echo
echo "length slider: 10 articles, about 10 KB each; cold = analysed on every call, re-summarise = a new length on the kept analysis"
python3 - "$slider" <<'PY'
import json, sys
rows = [l.rstrip("\n").split("\t", 1) for l in open(sys.argv[1]) if l.strip()]
fmt = "{:<16} {:>8} {:>12} {:>14}"
print(fmt.format("engine", "bytes", "cold median", "re-summarise"))
for name, payload in rows:
    try:
        r = json.loads(payload)
    except json.JSONDecodeError:
        print(fmt.format(name, "", payload[:40], ""))
        continue
    again = r.get("resummarize_ms")
    if name == "chromium-slider":
        name, cold, again = "chromium worker", None, r["median_ms"]
    elif name == "chromium-cold":
        name, cold = "chromium worker", r["median_ms"]
    else:
        cold = r["median_ms"]
    print(fmt.format(name, r["bytes"], "" if cold is None else "%.1f ms" % cold, "" if again is None else "%.2f ms" % again))
PY
read -r o raw gz raw0 gz0 < "$work/wasm/size.txt"
echo
echo "wasm (opt-level $o + wasm-opt): $raw bytes raw, $gz gzip -9 (before wasm-opt: $raw0 / $gz0)"

# One large article (10, 50 and 200 MB): time, peak memory as a multiple of
# the input, and the memory budget, which fails this script when exceeded
# (scripts/bench-scale.sh --budget).
echo
cargo build --release --quiet -p gistr-cli
scripts/bench-scale.sh --runs 1 --bin target/release/gistr --timeout 600
