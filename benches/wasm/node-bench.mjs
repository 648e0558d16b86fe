// Times the wasm build's `summarize` under Node on one corpus tier.
//
//   node benches/wasm/node-bench.mjs PKG_DIR TIER.json [RUNS] [SENTENCES]
//
// PKG_DIR is a `wasm-bindgen --target nodejs` output. Prints one JSON line
// like benches/tiers.rs: median/min/max ms of the summarize call alone
// (JS objects in, JS objects out) after one warm-up call (first_ms), the
// median of re-summarising through a Summarizer at a new length
// (resummarize_ms), peak resident memory (KiB).
import { createRequire } from "node:module";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";

const [pkg, tier, runsArg, kArg] = process.argv.slice(2);
if (!pkg || !tier) {
  console.error("usage: node-bench.mjs PKG_DIR TIER.json [RUNS] [SENTENCES]");
  process.exit(2);
}
const runs = Number(runsArg || 5);
const k = Number(kArg || 10);
const require = createRequire(import.meta.url);
const gistr = require(resolve(pkg, "gistr.js"));
const articles = JSON.parse(readFileSync(tier, "utf8"));
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text) + Buffer.byteLength(a.title || ""), 0);
const base = process.memoryUsage().rss >> 10;
// One call first, reported as first_ms but not in the median: V8 runs new
// wasm code on its baseline compiler (Liftoff) and tiers hot functions up to
// TurboFan in the background, so the first calls are up to 2x slower.
let t0 = performance.now();
let result = gistr.summarize(articles, { sentences: k });
const first = performance.now() - t0;
const times = [];
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  result = gistr.summarize(articles, { sentences: k });
  times.push(performance.now() - t);
}
if (!result || result.sentences.length === 0) throw new Error("empty summary");
times.sort((a, b) => a - b);
const peak = process.resourceUsage().maxRSS; // before the slider's analysis
// A length slider: the articles analysed once by a Summarizer, then a new
// length per call (3 to 12 sentences in turn).
const again = [];
const summarizer = new gistr.Summarizer(articles, {});
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  summarizer.summarize({ sentences: 3 + (i % 10) });
  again.push(performance.now() - t);
}
summarizer.free();
again.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    articles: articles.length,
    bytes,
    runs,
    median_ms: +times[runs >> 1].toFixed(3),
    min_ms: +times[0].toFixed(3),
    max_ms: +times[runs - 1].toFixed(3),
    first_ms: +first.toFixed(3),
    resummarize_ms: +again[runs >> 1].toFixed(3),
    peak_kib: peak,
    base_kib: base,
  }),
);
