#!/usr/bin/env bash
# The Python benchmark of BENCHMARKS.md ("Python and Spark"): clusters per
# second and peak memory of gistr.summarize_many (1 and 2 threads), the
# CLI's --jsonl, gistr.spark in local mode and sumy's LexRank (pure Python),
# on the DUC 2006 dev set (50 clusters x 25 articles, read from
# ../shared/eval (or $GISTR_EVAL) at run time; skipped when absent) and on 5,000 generated
# clusters (tests/python/generate.py; GENERATED_CLUSTERS=N for fewer). Every run summarises to 5 sentences,
# in its own process under measure.sh (CPU time and peak memory of the whole
# process tree). LexRank runs on the first LEXRANK_DUC (2) and
# LEXRANK_GENERATED (300) clusters only: at its pace the full sets take hours.
# Needs scripts/test-python.sh's tool venv (pyspark); installs sumy into
# target/python-bench. Prints a Markdown table; raw lines in
# target/python-bench/results.jsonl.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
python=${PYTHON:-python3}
deps=target/python-test/deps
[ -x "$deps/bin/python" ] || { echo "bench: run scripts/test-python.sh first (it makes $deps)" >&2; exit 1; }

scripts/build-python.sh >/dev/null
cargo build --release -q -p gistr-cli
export GISTR_CLI=$PWD/target/release/gistr

venv=target/python-bench
[ -x "$venv/bin/python" ] || "$python" -m venv "$venv"
"$venv/bin/python" -c 'import sumy' 2>/dev/null || "$venv/bin/pip" install -q --disable-pip-version-check sumy==0.13.0
"$venv/bin/pip" install -q --disable-pip-version-check --no-deps --force-reinstall dist/python/gistr-*.whl
site() { "$1/bin/python" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])'; }
site "$deps" > "$(site "$venv")/zz-gistr-test-tools.pth"
export PYSPARK_PYTHON=$PWD/$venv/bin/python

out=$venv/results.jsonl
: > "$out"
run() { # KIND DATA [LIMIT]
  local m line
  # Its own session: stopping a Spark session signals its process group.
  line=$(setsid --wait benches/python/measure.sh "$venv/bin/python" benches/python/bench.py "$@" 2>"$venv/stderr.log" | grep '^{"kind"' | tail -1) \
    || { echo "bench: $* failed, see $venv/stderr.log" >&2; return 0; }
  # Not anchored at a line's start: Spark's progress bar ends in a carriage
  # return, not a newline, so measure.sh's line can follow it on one line
  # (grep '^measure:' then found nothing and `set -e` ended the script).
  m=$(grep -ao 'measure: .*' "$venv/stderr.log" | tail -1) ||
    { echo "bench: $* gave no measure line, see $venv/stderr.log" >&2; m=""; }
  echo "$line $m" | tee -a "$out" >&2
}
sets=(generated)
export GISTR_EVAL=${GISTR_EVAL:-$(cd .. && pwd)/shared/eval}
if [ -f "$GISTR_EVAL/duc2006.jsonl" ]; then sets=(duc2006 generated); else echo "bench: DUC 2006 absent, skipped" >&2; fi
for data in "${sets[@]}"; do
  for kind in none many1 many2 cli spark; do run "$kind" "$data"; done
  if [ "$data" = duc2006 ]; then run lexrank duc2006 "${LEXRANK_DUC:-2}"; else run lexrank generated "${LEXRANK_GENERATED:-300}"; fi
done
"$python" - "$out" <<'PY'
import json, re, sys
names = {"many1": "gistr.summarize_many, 1 thread", "many2": "gistr.summarize_many, 2 threads",
         "cli": "gistr CLI --jsonl", "spark": "gistr.spark, local[2]", "lexrank": "sumy LexRank (pure Python)"}
rows = []
for line in open(sys.argv[1]):
    j = json.loads(line[: line.rindex("}") + 1])
    j.update((k, float(v)) for k, v in re.findall(r"(\w+)=([\d.]+)", line[line.rindex("}") + 1 :]))
    rows.append(j)
base = {r["data"]: r for r in rows if r["kind"] == "none"}
print("| data | run | clusters | wall s | clusters/s (wall) | CPU s over the baseline | clusters per CPU s | peak MiB |")
print("|---|---|---:|---:|---:|---:|---:|---:|")
for j in rows:
    if j["kind"] == "none":
        continue
    cpu = j.get("cpu", 0) - base.get(j["data"], {}).get("cpu", 0)
    setup = f" (+{j['setup_seconds']:.0f} start)" if j["setup_seconds"] else ""
    # A small set (GENERATED_CLUSTERS) can take less than the 0.1 s resolution.
    rate = lambda n, s: f"{n / s:.1f}" if s > 0 else "–"
    print(f"| {j['data']} | {names[j['kind']]} | {j['clusters']} | {j['seconds']:.1f}{setup} | "
          f"{rate(j['clusters'], j['seconds'])} | {cpu:.1f} | {rate(j['clusters'], cpu)} | {j.get('peak_mib', 0):.0f} |")
for d, b in base.items():
    print(f"\nBaseline ({d}): Python's start and the clusters loaded: {b.get('cpu', 0):.1f} CPU s, {b.get('peak_mib', 0):.0f} MiB.")
PY
