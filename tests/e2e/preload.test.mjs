// The page's module preload hints: index.html names every module app.js
// imports, at any depth, so the browser fetches them at once instead of one
// level of imports at a time (four levels: app.js, cards.js, render.js,
// pager.js). A module added to the imports and not to the list would load a
// round trip later; one left in the list after its import goes, for nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { SINGLE_FILE, WWW } from './helpers.mjs';

/** The `./x.js` modules `name` imports (one-line imports: the page's convention, see build-web.sh). */
const importsOf = (name) => [...readFileSync(`${WWW}/${name}`, 'utf8').matchAll(/^import\s.*\sfrom\s+'\.\/([^']+)';\s*$/gm)].map((m) => m[1]);

test('index.html preloads exactly the modules app.js imports, at any depth', () => {
  const seen = new Set();
  const visit = (name) => {
    for (const m of importsOf(name)) {
      if (seen.has(m)) continue;
      seen.add(m);
      visit(m);
    }
  };
  visit('app.js');
  assert.ok(seen.has('pager.js') && seen.has('articles.js'), 'the walk reaches the deepest modules');
  const html = readFileSync(`${WWW}/index.html`, 'utf8');
  const hinted = [...html.matchAll(/<link rel="modulepreload" href="([^"]+)">/g)].map((m) => m[1]);
  assert.equal(new Set(hinted).size, hinted.length, 'no module hinted twice');
  assert.deepEqual([...hinted].sort(), [...seen].sort());
});

test('the single file, where every module is inlined, has no preload hint', { skip: !existsSync(SINGLE_FILE) && 'dist/gistr.html is not built' }, () => {
  const html = readFileSync(SINGLE_FILE, 'utf8');
  assert.doesNotMatch(html, /modulepreload|Every module app\.js imports/);
});
