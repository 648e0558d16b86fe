// A plain-text file gives the same summary in the page and from the CLI.
// The page takes a title from a .txt file's first lines (www/articles.js
// guessTitle, articleFromPlainText); the CLI does the same through the core
// (crates/gistr/src/plain.rs). 1: the page's rule gives every case of
// tests/fixtures/titles.json, the table crates/gistr/tests/it/titles.rs checks
// the core on. 2: the CLI's --json on files equals the wasm module's result
// for the articles the page builds from the same files, in Node. 3: files
// dropped on the page: the worker's result is the CLI's --json, byte for
// byte (see sameResult). A .txt file holding separator lines (a line of
// three or more dashes) is several articles in both: the page's rule
// (articles.js splitArticles, cards.js cardArticles) gives every case of
// tests/fixtures/separators.json, which the core is checked on too, and a
// set of files with such a file is one of the sets compared.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { articleFromPlainText, guessTitle, hasSeparator, isSeparatorLine, normalizeNewlines, splitArticles } from '../../www/articles.js';
import { cardArticles, newCard } from '../../www/cards.js';
import { ROOT, dropFiles, gotoReady, openPage, requireBuilt, settled, setup, summaryTexts } from './helpers.mjs';

const table = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/titles.json'), 'utf8'));
const separators = JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/separators.json'), 'utf8'));

test('the page reads plain text by the table the core is checked on', () => {
  assert.ok(table.cases.length >= 30, `${table.cases.length} cases`);
  for (const c of table.cases) {
    assert.equal(guessTitle(c.text) || null, c.guess, `guess: ${c.why}`);
    const a = articleFromPlainText(c.text, c.name || '');
    // What the page sends: the card's title trimmed, left out when empty (cards.js, app.js).
    assert.equal(a.title.trim() || null, c.title, `title: ${c.why}`);
    assert.equal(a.text, c.body, `body: ${c.why}`);
  }
});

/** What the page sends for a text dropped as a file called `name` (articles.js, then cards.js and app.js): one article a piece. */
function sentFor(text, name) {
  const article = articleFromPlainText(text, name);
  // A file with no text is refused (articleFromFile): no card.
  if (!article.text.trim()) return [];
  return cardArticles([newCard(article)]).map((a) => ({ text: a.text, ...(a.title.trim() && { title: a.title.trim() }), ...(a.source && { source: a.source }) }));
}

test('the page splits plain text on --- lines by the table the core is checked on', () => {
  assert.ok(separators.cases.length >= 20, `${separators.cases.length} cases`);
  for (const c of separators.cases) {
    assert.equal(hasSeparator(c.text), c.separator, `hasSeparator: ${c.why}`);
    assert.equal(normalizeNewlines(c.text).split('\n').some(isSeparatorLine), c.separator, `isSeparatorLine: ${c.why}`);
    assert.deepEqual(splitArticles(c.text), c.pieces, `pieces: ${c.why}`);
    const sent = sentFor(c.text, c.name || '');
    assert.deepEqual(sent.map((a) => a.text), c.pieces, `sent texts: ${c.why}`);
    assert.deepEqual(sent.map((a) => a.title ?? null), c.titles, `titles: ${c.why}`);
  }
});

/** The CLI that `cargo build -p gistr-cli` (or `cargo test`) made, or $GISTR_CLI. */
const CLI = process.env.GISTR_CLI || join(ROOT, 'target/debug/gistr');

/** The .txt files of each set that is present: fixtures written for gistr, and the seeds beside the repository. */
function sets() {
  const out = [];
  for (const dir of ['tests/fixtures/strike', 'tests/fixtures/aeb-2026-12-07', '../shared/seeds']) {
    const d = join(ROOT, dir);
    if (!existsSync(d)) continue;
    const files = readdirSync(d).filter((f) => f.endsWith('.txt')).sort().map((f) => join(d, f));
    if (files.length) out.push({ dir, files });
  }
  return out;
}

/**
 * The strike fixtures as two files: the first two reports in one .txt
 * file, separated by a line of dashes (with CR LF line ends and spaces
 * around it), and the third alone. The page and the CLI read the first
 * file as two articles: three in all, as from three files.
 */
function splitSet() {
  const dir = mkdtempSync(join(tmpdir(), 'gistr-split-'));
  const src = join(ROOT, 'tests/fixtures/strike');
  const [a, b, c] = readdirSync(src).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(src, f), 'utf8'));
  const joined = join(dir, 'two-reports.txt');
  writeFileSync(joined, `${a.replace(/\n/g, '\r\n')}\r\n  -----  \r\n${b.replace(/\n/g, '\r\n')}`);
  const third = join(dir, 'third.txt');
  writeFileSync(third, c);
  return { dir: 'tests/fixtures/strike, two of them in one file split by ---', files: [joined, third], articles: 3 };
}

/**
 * The strike fixtures written in three encodings other than plain UTF-8,
 * with letters outside ASCII added: windows-1252 (what "Latin-1" is on the
 * web), UTF-16 with its byte order mark, and UTF-8 with one. The page
 * decodes them with TextDecoder (www/articles.js decodeBytes), the CLI with
 * encoding_rs (crates/gistr-cli/src/decode.rs): both the WHATWG standard.
 */
function encodedSet() {
  const dir = mkdtempSync(join(tmpdir(), 'gistr-encodings-'));
  const src = join(ROOT, 'tests/fixtures/strike');
  const names = readdirSync(src).filter((f) => f.endsWith('.txt')).sort();
  const encoders = [
    (t) => Buffer.from(t, 'latin1'),
    (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]),
    (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')]),
  ];
  const files = names.map((name, i) => {
    const text = readFileSync(join(src, name), 'utf8').replace(/ the /, ' the café of Søren, the ');
    const path = join(dir, name);
    writeFileSync(path, encoders[i % encoders.length](text));
    return path;
  });
  return { dir: 'tests/fixtures/strike in windows-1252, UTF-16 and UTF-8 with a BOM', files };
}

/** The CLI's --json for `files` with the page's options as flags. */
function cliJson(files, options) {
  const flags = [];
  for (const [k, v] of Object.entries(options)) {
    if (v === undefined || v === '') continue;
    flags.push(k === 'language' ? '--lang' : `--${k}`, String(v));
  }
  return execFileSync(CLI, ['--json', ...flags, ...files], { encoding: 'utf8', maxBuffer: 64 << 20 });
}

/**
 * Asserts that two JSON texts are one result, byte for byte. The core
 * takes ln, exp and powf from the `libm` crate on every target
 * (crates/gistr/src/math.rs), so the native build and the wasm build give
 * the same bits; before that, most scores differed in their last bit, and
 * on DUC 2006 a version was credited to another article. When they differ,
 * the first differing field is named.
 */
function sameResult(got, want, what) {
  if (got === want) return;
  const walk = (a, b, at) => {
    if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object') {
      assert.equal(a, b, `${what}: ${at}`);
      return;
    }
    assert.deepEqual(Object.keys(a), Object.keys(b), `${what}: ${at}: the same fields in the same order`);
    for (const k of Object.keys(a)) walk(a[k], b[k], `${at}.${k}`);
  };
  walk(JSON.parse(got), JSON.parse(want), 'result');
  assert.equal(got, want, `${what}: the same values, written alike`);
}

/** The articles the page sends for dropped .txt files (articles.js, then cards.js and app.js). */
const pageArticles = (files) => files.flatMap((f) => sentFor(readFileSync(f, 'utf8'), basename(f)));

describe('the CLI and the page give one summary of the same files', () => {
  before(() => {
    requireBuilt();
    if (!existsSync(CLI)) throw new Error(`no CLI at ${CLI}: cargo build -p gistr-cli (or set GISTR_CLI)`);
  });

  test('in Node: the wasm module on the page\'s articles gives the CLI\'s --json', async (t) => {
    const wasm = await import(pathToFileURL(join(ROOT, 'www/pkg/gistr.js')).href);
    wasm.initSync({ module: readFileSync(join(ROOT, 'www/pkg/gistr_bg.wasm')) });
    const all = [...sets(), splitSet()];
    assert.ok(all.length >= 3);
    let titled = 0;
    for (const { dir, files } of all) {
      const articles = pageArticles(files);
      if (dir.includes('split')) assert.equal(articles.length, 3, 'a file with a --- line is two articles');
      titled += articles.filter((a) => a.title).length;
      for (const options of [{}, { sentences: 3, order: 'rank' }, { words: 100 }]) {
        const want = `${JSON.stringify(wasm.summarize(articles, options))}\n`;
        sameResult(cliJson(files, options), want, `${dir} ${JSON.stringify(options)}`);
      }
    }
    assert.ok(titled >= 6, `${titled} titled articles: the titles are tested, not only the bodies`);
  });

  describe('in the page', () => {
    let env;
    before(async () => {
      env = await setup();
    });
    after(async () => {
      await env?.close();
    });

    for (const { dir, files, articles = files.length } of [...sets(), encodedSet(), splitSet()]) {
      test(`files dropped from ${dir}: the worker's result is the CLI's --json`, async (t) => {
        const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 } });
        // What the page asks its worker and what the worker answers, as they pass.
        await context.addInitScript(() => {
          const Native = window.Worker;
          /** @type {any} */ (window).__asked = [];
          /** @type {any} */ (window).__answered = [];
          window.Worker = class extends Native {
            constructor(...args) {
              super(...args);
              this.addEventListener('message', (e) => {
                if (e.data && e.data.result) /** @type {any} */ (window).__answered.push({ id: e.data.id, json: JSON.stringify(e.data.result) });
              });
            }
            postMessage(msg, ...rest) {
              if (msg && Array.isArray(msg.articles)) /** @type {any} */ (window).__asked.push({ id: msg.id, n: msg.articles.length, options: msg.options });
              return super.postMessage(msg, ...rest);
            }
          };
        });
        const page = await context.newPage();
        await gotoReady(page, env.base);
        await dropFiles(page, files.map((f) => ({ name: basename(f), type: 'text/plain', bytes: [...readFileSync(f)] })));
        await page.waitForFunction((n) => document.querySelectorAll('#cards > li').length === n, files.length);
        // The toast counts articles, as the count beside "Articles" does (it said "Added 2 articles." for 3).
        const n = articles;
        assert.equal(await page.textContent('#toast-text'), n === files.length ? `Added ${n} articles.` : `Added ${n} articles from ${files.length} files.`);
        assert.equal(await page.textContent('#article-count'), String(n));
        await summaryTexts(page);
        await settled(page);
        const { asked, answered } = await page.evaluate(() => ({ asked: window.__asked, answered: window.__answered }));
        const last = answered.at(-1);
        assert.ok(last, 'the worker answered');
        const request = asked.find((r) => r.id === last.id);
        assert.equal(request.n, articles, 'the answer is for every article of every file');
        sameResult(cliJson(files, request.options), `${last.json}\n`, `${dir} ${JSON.stringify(request.options)}`);
        await context.close();
      });
    }
  });
});
