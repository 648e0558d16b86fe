// The bad option values of tests/fixtures/option-errors.json, through the wasm
// module in Node: each is refused with the message the CLI and Python give for
// it, word for word (the one checker, crates/gistr/src/options.rs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { initSync, summarize } from '../../www/pkg/gistr.js';
import { ROOT } from './helpers.mjs';

const NUMBERS = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity };

test('bad options give the message every front end gives', () => {
  initSync({ module: readFileSync(`${ROOT}www/pkg/gistr_bg.wasm`) });
  const { cases } = JSON.parse(readFileSync(`${ROOT}tests/fixtures/option-errors.json`, 'utf8'));
  assert.ok(cases.length >= 10);
  const article = { text: readFileSync(`${ROOT}tests/fixtures/strike/3-wire.txt`, 'utf8') };
  for (const c of cases) {
    const options = Object.fromEntries(
      Object.entries(c.options).map(([k, v]) => [k, typeof v === 'string' && v in NUMBERS && k !== 'order' && k !== 'language' ? NUMBERS[v] : v]),
    );
    assert.throws(() => summarize([article], options), (e) => {
      assert.equal(e.message, c.message, JSON.stringify(c.options));
      return true;
    });
  }
});
