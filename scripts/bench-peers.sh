#!/usr/bin/env bash
# Installs the peers (into git-ignored bench-data/peers/) and times them on
# the corpus tiers, appending "engine<TAB>tier<TAB>json" lines to RESULTS.
#
#   scripts/bench-peers.sh RESULTS.tsv TIER...
#
# Peers: sumy's TextRank (PyPI; offline regex sentence splitter instead of
# NLTK punkt, see benches/peers/sumy_textrank.py) and wink-nlp with
# wink-eng-lite-web-model (npm; sentence-wise importance, top k). Each run is
# capped at PEER_CAP seconds (default 120); a peer over it is "> 120 s", and
# larger tiers are then skipped for it. PEER_RUNS (default 3) runs per tier
# below 500 articles, 1 from there on.
set -uo pipefail
cd "$(dirname "$0")/.."
out=${1:?usage: bench-peers.sh RESULTS.tsv TIER...}
shift
cap=${PEER_CAP:-120}
dir=bench-data/peers
mkdir -p "$dir/node"
if [ ! -d "$dir/py/sumy" ]; then
    echo "peers: installing sumy (PyPI)" >&2
    pip install --quiet --disable-pip-version-check --target "$dir/py" sumy >&2 || echo "peers: sumy install failed" >&2
fi
if [ ! -d "$dir/node/node_modules/wink-nlp" ]; then
    echo "peers: installing wink-nlp (npm)" >&2
    [ -f "$dir/node/package.json" ] || echo '{"private":true}' > "$dir/node/package.json"
    (cd "$dir/node" && npm install --no-audit --no-fund --silent wink-nlp wink-eng-lite-web-model >&2) ||
        echo "peers: wink-nlp install failed" >&2
fi
run_peer() {
    local name=$1 n
    shift
    local over=""
    for n in "${TIERS[@]}"; do
        if [ -n "$over" ]; then
            printf '%s\t%s\t%s\n' "$name" "$n" "skipped" >> "$out"
            continue
        fi
        local runs=${PEER_RUNS:-3}
        [ "$n" -ge 500 ] && runs=1
        echo "peers: $name, $n articles" >&2
        local line
        line=$(timeout "$cap" nice "$@" "bench-data/tier-$n.json" "$runs" 10 2>/dev/null)
        local rc=$?
        line=$(printf '%s\n' "$line" | grep '^{' | tail -1)
        if [ -z "$line" ]; then
            if [ $rc -eq 124 ]; then line="> $cap s"; over=1; else line="failed ($rc)"; fi
        fi
        printf '%s\t%s\t%s\n' "$name" "$n" "$line" >> "$out"
    done
}
TIERS=("$@")
if [ -d "$dir/node/node_modules/wink-nlp" ]; then
    NODE_PATH=$dir/node/node_modules run_peer wink-nlp node benches/peers/wink.cjs
fi
if [ -d "$dir/py/sumy" ]; then
    PYTHONPATH=$dir/py run_peer sumy-textrank python3 benches/peers/sumy_textrank.py
fi
