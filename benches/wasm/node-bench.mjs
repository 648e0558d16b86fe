// Times the wasm build's `summarize` under Node on one corpus tier.
//
//   node benches/wasm/node-bench.mjs PKG_DIR TIER.json [RUNS] [SENTENCES]
//
// PKG_DIR is a `wasm-bindgen --target nodejs` output, or a `--target web`
// one (an ES module, loaded with `initSync`): the English-only module
// (`scripts/bench-build-wasm.sh DIR` writes it to DIR/lean) has no free
// `summarize`, so a call is then `new Summarizer(articles, {language})`
// and its `summarize`, as the page's worker does (GISTR_LANGUAGE, default
// "en"; set it with the full module to time that way too). Prints one JSON line
// like benches/tiers.rs: median/min/max ms of the summarize call alone
// (JS objects in, JS objects out) after one warm-up call (first_ms), the
// median of re-summarising through a Summarizer at a new length
// (resummarize_ms), peak resident memory (KiB).
import { createRequire } from "node:module";
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [pkg, tier, runsArg, kArg] = process.argv.slice(2);
if (!pkg || !tier) {
  console.error("usage: node-bench.mjs PKG_DIR TIER.json [RUNS] [SENTENCES]");
  process.exit(2);
}
const runs = Number(runsArg || 5);
const k = Number(kArg || 10);
const require = createRequire(import.meta.url);
const js = resolve(pkg, "gistr.js");
let gistr;
if (/^export /m.test(readFileSync(js, "utf8"))) {
  // A web target: an ES module in a .js file, which Node 20 reads as
  // CommonJS; imported from a copy named .mjs, the .wasm given as bytes.
  const dir = mkdtempSync(join(tmpdir(), "gistr-bench-"));
  copyFileSync(js, join(dir, "gistr.mjs"));
  gistr = await import(pathToFileURL(join(dir, "gistr.mjs")).href);
  rmSync(dir, { recursive: true, force: true });
  gistr.initSync({ module: readFileSync(resolve(pkg, "gistr_bg.wasm")) });
} else {
  gistr = require(js);
}
const language = process.env.GISTR_LANGUAGE || (gistr.summarize ? "" : "en");
const articles = JSON.parse(readFileSync(tier, "utf8"));
// One summarise call: the free function, or a Summarizer made and freed.
const summarize = language
  ? () => {
      const s = new gistr.Summarizer(articles, { language });
      try {
        return s.summarize({ sentences: k });
      } finally {
        s.free();
      }
    }
  : () => gistr.summarize(articles, { sentences: k });
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text) + Buffer.byteLength(a.title || ""), 0);
const base = process.memoryUsage().rss >> 10;
// One call first, reported as first_ms but not in the median: V8 runs new
// wasm code on its baseline compiler (Liftoff) and tiers hot functions up to
// TurboFan in the background, so the first calls are up to 2x slower.
let t0 = performance.now();
let result = summarize();
const first = performance.now() - t0;
const times = [];
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  result = summarize();
  times.push(performance.now() - t);
}
if (!result || result.sentences.length === 0) throw new Error("empty summary");
times.sort((a, b) => a - b);
const peak = process.resourceUsage().maxRSS; // before the slider's analysis
// A length slider: the articles analysed once by a Summarizer, then a new
// length per call (3 to 12 sentences in turn).
const again = [];
const summarizer = new gistr.Summarizer(articles, language ? { language } : {});
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
