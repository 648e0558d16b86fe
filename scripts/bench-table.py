#!/usr/bin/env python3
"""Prints the benchmark table from the JSON lines of the runners.

    bench-table.py RESULTS.tsv

RESULTS.tsv: "engine<TAB>tier<TAB>json-or-error" per line. For each engine
and tier: bytes, median time, peak memory, the growth exponent from the
previous tier (log time ratio / log size ratio), and, for the peers, gistr
native's and gistr wasm's speed-up against them (peer time / gistr time).
"""
import json
import math
import sys

rows = {}
order = []
for line in open(sys.argv[1], encoding="utf-8"):
    engine, tier, payload = line.rstrip("\n").split("\t", 2)
    if engine not in order:
        order.append(engine)
    try:
        rows[(engine, int(tier))] = json.loads(payload)
    except json.JSONDecodeError:
        rows[(engine, int(tier))] = {"error": payload}

tiers = sorted({t for (_, t) in rows})
fmt = "{:<16} {:>6} {:>10} {:>12} {:>10} {:>10} {:>7} {:>9} {:>9}"
print(fmt.format("engine", "tier", "bytes", "median", "first", "peak MiB", "growth", "xnative", "xwasm"))
for e in order:
    prev = None
    for t in tiers:
        r = rows.get((e, t))
        if r is None:
            continue
        if "error" in r:
            print(fmt.format(e, t, "", r["error"], "", "", "", "", ""))
            prev = None
            continue
        ms = r["median_ms"]
        growth = ""
        if prev and prev["bytes"] > 0 and r["bytes"] != prev["bytes"] and prev["median_ms"] > 0:
            growth = "%.2f" % (math.log(ms / prev["median_ms"]) / math.log(r["bytes"] / prev["bytes"]))
        ratios = []
        for g in ("gistr-native", "gistr-wasm-node"):
            gr = rows.get((g, t))
            if e.startswith("gistr") or not gr or "median_ms" not in gr:
                ratios.append("")
            else:
                ratios.append("%.1fx" % (ms / gr["median_ms"]))
        def show(ms):
            return "" if ms is None else "%.1f ms" % ms if ms < 10_000 else "%.2f s" % (ms / 1e3)
        peak = r.get("peak_kib")
        print(fmt.format(e, t, r["bytes"], show(ms), show(r.get("first_ms")), "%.1f" % (peak / 1024) if peak else "",
                         growth, *ratios))
        prev = r
