#!/usr/bin/env node
// What the wasm module's memory needs for a large input in Chromium, and
// whether the largest input the page and the extension accept
// (www/limits.js MAX_INPUT_BYTES, the core's 64 MiB) is analysed and
// summarised there. Each size runs in a fresh Web Worker (a fresh module, so
// its memory, which never shrinks, is the peak of that input):
// new Summarizer([{text}]) then .summarize({sentences: 5}), as the page's worker does.
//
//   node scripts/bench-max-input.mjs [--sizes 8,16,32,64] [--kind numbered|story]
//
// Prints per size: the UTF-8 bytes, the time, the module's memory after it and
// its ratio to the input, or the error. The text is made in the worker:
// "numbered" the benchmarks' numbered sentences (tests/e2e/helpers.mjs
// makeText), "story" council reports with numbered names and places.
import { mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { startServer } from './serve.mjs';
import { LAUNCH, WWW, requireBuilt } from '../tests/e2e/helpers.mjs';
import { MAX_INPUT_BYTES } from '../www/limits.js';

const { values } = parseArgs({ options: { sizes: { type: 'string', default: '8,16,32,64' }, kind: { type: 'string', default: 'numbered' } } });
requireBuilt();
const dir = mkdtempSync(join(tmpdir(), 'gistr-max-input-'));
symlinkSync(join(WWW, 'pkg'), join(dir, 'pkg'));
writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><title>max input</title>');
writeFileSync(join(dir, 'worker.js'), `import init, { Summarizer } from './pkg/gistr.js';
const ready = init();
const textOf = (mib, kind) => {
  const parts = [];
  let size = 0;
  for (let n = 0; size < mib * 1048576; n++) {
    const s = kind === 'numbered'
      ? \`Report \${n} says that \${n % 977} boats reached harbour \${n % 131} with \${n * 7} people aboard. \`
      : \`The council of district \${n % 5000} approved the budget for bridge \${n} on Tuesday after a debate of \${n % 13} hours, said mayor Anna\${n % 311} Berg. \`;
    parts.push(s);
    size += s.length;
    if (n % 12 === 11) { parts.push('\\n'); size += 1; }
  }
  return parts.join('').slice(0, mib * 1048576);
};
onmessage = async (e) => {
  const wasm = await ready;
  const { mib, kind } = e.data;
  const text = textOf(mib, kind);
  const bytes = new TextEncoder().encode(text).length;
  const t0 = performance.now();
  try {
    const s = new Summarizer([{ text }], {});
    const r = s.summarize({ sentences: 5 });
    postMessage({ ok: r.sentences.length > 0, bytes, ms: performance.now() - t0, mem: wasm.memory.buffer.byteLength, error: r.sentences.length ? '' : JSON.stringify(r.empty) });
  } catch (err) {
    postMessage({ ok: false, bytes, ms: performance.now() - t0, mem: wasm.memory.buffer.byteLength, error: String(err).slice(0, 200) });
  }
};
`);
const server = await startServer({ root: dir, port: 0 });
const browser = await chromium.launch(LAUNCH);
const page = await browser.newPage();
await page.goto(`http://127.0.0.1:${server.address().port}/`);
console.log(`the page's limit: ${MAX_INPUT_BYTES} bytes; text: ${values.kind}`);
console.log('MiB   bytes        seconds  module memory (MiB)  × input  result');
for (const mib of values.sizes.split(',').map(Number)) {
  const r = await page.evaluate(({ mib, kind }) => new Promise((ok) => {
    const w = new Worker('worker.js', { type: 'module' });
    w.onmessage = (e) => {
      ok(e.data);
      w.terminate();
    };
    w.onerror = (e) => {
      ok({ ok: false, error: `worker error: ${e.message}` });
      w.terminate();
    };
    w.postMessage({ mib, kind });
  }), { mib, kind: values.kind });
  const memMiB = r.mem ? Math.round(r.mem / 1048576) : 0;
  console.log(`${String(mib).padEnd(5)} ${String(r.bytes ?? '').padEnd(12)} ${((r.ms ?? 0) / 1000).toFixed(1).padStart(7)}  ${String(memMiB).padStart(19)}  ${r.mem ? (r.mem / r.bytes).toFixed(1).padStart(7) : ''}  ${r.ok ? 'summarised' : `FAILED: ${r.error}`}`);
}
await browser.close();
await new Promise((ok) => server.close(ok));
rmSync(dir, { recursive: true, force: true });
