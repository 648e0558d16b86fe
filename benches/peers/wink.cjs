// Times wink-nlp (with wink-eng-lite-web-model) on one corpus tier: a peer
// for scripts/bench-peers.sh. wink-nlp has no summarise call; its documented
// way is sentence-wise importance (its.sentenceWiseImportance) and taking
// the top sentences, which is what is timed: readDoc + importance + top k.
//
//   NODE_PATH=bench-data/peers/node/node_modules node benches/peers/wink.cjs TIER.json [RUNS] [SENTENCES]
const { readFileSync } = require("node:fs");
const winkNLP = require("wink-nlp");
const model = require("wink-eng-lite-web-model");

const [tier, runsArg, kArg] = process.argv.slice(2);
const runs = Number(runsArg || 3);
const k = Number(kArg || 10);
const articles = JSON.parse(readFileSync(tier, "utf8"));
const bytes = articles.reduce((n, a) => n + Buffer.byteLength(a.text) + Buffer.byteLength(a.title || ""), 0);
const text = articles.map((a) => a.text).join("\n\n");
const nlp = winkNLP(model);
const its = nlp.its;
const times = [];
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  const doc = nlp.readDoc(text);
  const imp = doc.out(its.sentenceWiseImportance);
  const top = imp
    .slice()
    .sort((a, b) => b.importance - a.importance || a.index - b.index)
    .slice(0, k)
    .sort((a, b) => a.index - b.index);
  const sents = doc.sentences().out();
  const summary = top.map((s) => sents[s.index]);
  times.push(performance.now() - t);
  if (!summary.length) throw new Error("empty summary");
}
times.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    articles: articles.length,
    bytes,
    runs,
    median_ms: +times[runs >> 1].toFixed(3),
    min_ms: +times[0].toFixed(3),
    max_ms: +times[runs - 1].toFixed(3),
    peak_kib: process.resourceUsage().maxRSS,
  }),
);
