// The CLI and the wasm module give one result: the CLI's --jsonl --json against
// the npm package's summarize() on every cluster of a DUC set, field by field
// (the CLI's --jsonl rows sort their keys, so the comparison is by field).
// Evaluation only: reads ../shared/eval at run time.
//   node eval/native-wasm.mjs NPMDIR(absolute, scripts/build-npm.sh's dist/npm) CLI SET.jsonl WORDS [SHOWN]
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
const [npm, cli, set, words, limit] = process.argv.slice(2);
if (!npm || !cli || !set || !words) { console.error('usage: node eval/native-wasm.mjs NPMDIR CLI SET.jsonl WORDS [SHOWN]'); process.exit(2); }
const g = await import(npm + '/node.js');
const cliOut = execFileSync(cli, ['--jsonl', set, '--json', '--words', words], { maxBuffer: 1 << 30 }).toString().trim().split('\n');
const lines = readFileSync(set, 'utf8').trim().split('\n');
const diffs = [];
function walk(a, b, path) {
  if (typeof a !== typeof b || Array.isArray(a) !== Array.isArray(b)) { diffs.push([path, a, b]); return; }
  if (a && typeof a === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    for (const k of keys) if (k !== 'ms') walk(a[k], b[k], path + '.' + k);
  } else if (a !== b) diffs.push([path, a, b]);
}
const kinds = {};
lines.forEach((l, i) => {
  const c = JSON.parse(l);
  const r = g.summarize(c.docs.map((d) => ({ title: d.title ?? '', text: d.text, source: d.source ?? '' })), { words: Number(words) });
  const before = diffs.length;
  walk(JSON.parse(JSON.stringify(r)), JSON.parse(cliOut[i]).result, c.id);
  for (const d of diffs.slice(before)) { const k = d[0].replace(/^[^.]*/, '').replace(/\d+/g, 'N'); kinds[k] = (kinds[k] || 0) + 1; }
});
console.log(set, words, 'differences', diffs.length);
console.log(Object.entries(kinds).sort((a, b) => b[1] - a[1]).slice(0, 15));
console.log(diffs.slice(0, Number(limit || 5)));
