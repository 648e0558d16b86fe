// Shared setup for the e2e tests: Debian's Chromium through playwright-core,
// the page served by scripts/serve.mjs on a free loopback port, and fixture
// articles written for these tests (made-up events, no real data).
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../scripts/serve.mjs';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const WWW = `${ROOT}www`;
export const SINGLE_FILE = `${ROOT}dist/gistr.html`;

export const LAUNCH = {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--no-first-run',
    '--disable-sync',
    '--disable-quic',
  ],
};

/** Fails with a clear message when the build outputs are missing. */
export function requireBuilt({ single = false } = {}) {
  const missing = [];
  for (const f of ['www/pkg/gistr.js', 'www/pkg/gistr_bg.wasm', 'www/pkg/lean/gistr_bg.wasm', 'www/vendor/Readability.js']) {
    if (!existsSync(`${ROOT}${f}`)) missing.push(f);
  }
  if (single && !existsSync(SINGLE_FILE)) missing.push('dist/gistr.html');
  if (missing.length) {
    throw new Error(`missing ${missing.join(', ')}: run scripts/build-web.sh before the e2e tests`);
  }
  // A single file older than the page's sources tests an older page (it happened: a module
  // the single-file build did not know passed against a stale dist/gistr.html).
  if (single) {
    const newer = readdirSync(WWW).filter((f) => /\.(js|html|css)$/.test(f) && statSync(join(WWW, f)).mtimeMs > statSync(SINGLE_FILE).mtimeMs);
    if (newer.length) throw new Error(`dist/gistr.html is older than www/${newer.join(', www/')}: run scripts/build-web.sh`);
  }
  if (!existsSync(LAUNCH.executablePath)) {
    throw new Error(`no Chromium at ${LAUNCH.executablePath}: apt-get install chromium (or set CHROMIUM)`);
  }
}

/**
 * Fails when a built extension's copies of the page's modules differ from
 * www/ (the extension was built from an older page): `dir` is dist/extension
 * or dist/extension-firefox.
 */
export function requireFreshExtension(dir) {
  const stale = readdirSync(join(dir, 'page')).filter((f) => /\.(js|css)$/.test(f) && existsSync(join(WWW, f)) && readFileSync(join(dir, 'page', f), 'utf8') !== readFileSync(join(WWW, f), 'utf8'));
  if (stale.length) throw new Error(`${dir} holds older copies of www/${stale.join(', www/')}: run scripts/build-extension.sh`);
}

/** Starts the server and the browser; returns {base, browser, close}. */
export async function setup({ extraArgs = [] } = {}) {
  requireBuilt();
  const server = await startServer({ root: WWW, port: 0 });
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({ ...LAUNCH, args: [...LAUNCH.args, ...extraArgs] });
  return {
    base,
    browser,
    async close() {
      await browser.close();
      await new Promise((ok) => server.close(ok));
    },
  };
}

/**
 * A new context and page that record every request, page error, dialog and
 * CSP report; `problems()` lists what went wrong.
 */
export async function openPage(browser, url, contextOptions = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  const requests = [];
  const errors = [];
  const dialogs = [];
  context.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.location().url}:${m.location().lineNumber}: ${m.text()}`);
  });
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  if (url) await gotoReady(page, url);
  return { context, page, requests, errors, dialogs };
}

export async function gotoReady(page, url) {
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]');
}

/** Types an article into the n-th box (0-based), adding boxes as needed. */
export async function fillArticle(page, n, text, { title, source } = {}) {
  while ((await page.locator('#cards > li').count()) <= n) await page.click('#add-button');
  const card = page.locator('#cards > li').nth(n);
  await card.locator('textarea').fill(text);
  if (title !== undefined) await card.locator('.card-title-input').fill(title);
  if (source !== undefined) await card.locator('.card-source-input').fill(source);
}

/** Waits until the summary shows `count` sentences (or any when omitted) and returns their texts. */
export async function summaryTexts(page, count) {
  await settled(page);
  if (count === undefined) {
    await page.waitForSelector('#summary .sentence-text');
  } else {
    await page.waitForFunction((n) => document.querySelectorAll('#summary .sentence-text').length === n, count);
  }
  await settled(page);
  return page.locator('#summary .sentence-text').allTextContents();
}

/**
 * Runs `fn` while Chromium traces the page's main thread, and returns
 * `{ result, longestCpu, longestWall }`: the longest main-thread task in the
 * CPU time the thread spent on it, and in wall time (ms). A task that holds
 * the main thread holds back every click and keystroke for as long as it
 * runs; on an idle machine its wall time is its CPU time, but on a busy one
 * (other tests, builds) the thread also waits for a core, and a wall-clock
 * bound fails for the machine's load, not the page's. The CPU time does not
 * grow with the load: a responsiveness bound on it fails only when the page
 * itself does too much in one task. (Trace category `toplevel`: each task's
 * `dur` and thread time `tdur`, in µs.)
 */
export async function mainThreadTasks(browser, page, fn) {
  await browser.startTracing(page, { categories: ['toplevel'] });
  let result;
  let buffer;
  try {
    result = await fn();
  } finally {
    buffer = await browser.stopTracing();
  }
  const trace = JSON.parse(buffer.toString('utf8'));
  const events = Array.isArray(trace) ? trace : trace.traceEvents;
  const main = new Set(events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  let longestCpu = 0;
  let longestWall = 0;
  let tasks = 0;
  for (const e of events) {
    if (e.ph !== 'X' || !main.has(`${e.pid}:${e.tid}`)) continue;
    tasks++;
    longestWall = Math.max(longestWall, (e.dur ?? 0) / 1000);
    longestCpu = Math.max(longestCpu, (e.tdur ?? e.dur ?? 0) / 1000);
  }
  if (!tasks) throw new Error('the trace holds no task of the page\'s main thread');
  return { result, longestCpu, longestWall };
}

/** Waits until no summary is scheduled or running: what is shown is for the latest input. */
export async function settled(page) {
  await page.waitForFunction(() => document.documentElement.dataset.idle === 'true');
}

/**
 * Pastes `text` into box `n` as the clipboard would (a synthetic paste event: a
 * long paste never enters a textarea). Without `text`, pastes `window.__text`
 * (made in the page by makeText, so that megabytes never cross to Node) and
 * lets it go.
 */
export async function pasteText(page, text, n = 0) {
  await page.evaluate(({ text, n }) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', text ?? window.__text);
    if (text == null) window.__text = null;
    const box = document.querySelectorAll('#cards > li')[n].querySelector('textarea');
    box.dispatchEvent(new ClipboardEvent('paste', { bubbles: true, cancelable: true, clipboardData: dt }));
  }, { text: text ?? null, n });
}

/**
 * What the page has saved, read back as the page reads it (IndexedDB, else
 * localStorage; a long text from its pieces): for each article, its file name,
 * its text's length and first 200 characters, whether it holds a \r, whether
 * it is only white space, and
 * `slice` ([from, to]) of its text when asked. Computed in the page: a text of
 * 70 MB is never copied to Node.
 */
export async function savedArticles(page, { slice } = {}) {
  return page.evaluate(async (slice) => {
    const db = await new Promise((ok) => (indexedDB.open('gistr').onsuccess = (e) => ok(e.target.result)));
    const get = (key) => new Promise((ok) => (db.transaction('state').objectStore('state').get(key).onsuccess = (e) => ok(e.target.result)));
    const state = (await get('gistr:v1')) || JSON.parse(localStorage.getItem('gistr:v1') || 'null');
    const out = [];
    for (const a of state ? state.articles : []) {
      const pieces = [a.text];
      // A piece a newer save removed meanwhile reads as '': a shorter text, which a caller polling for the saved text retries.
      if (a.chunks) for (let k = 0; k < a.chunks.n; k++) pieces.push((await get(`${a.chunks.key}:${k}`)) ?? '');
      // Piece by piece: the whole text is only joined for a slice.
      let start = '';
      for (const p of pieces) if (start.length < 200) start += p.slice(0, 200 - start.length);
      out.push({
        file: a.file,
        length: pieces.reduce((n, p) => n + p.length, 0),
        start,
        crlf: pieces.some((p) => p.includes('\r')),
        blank: pieces.every((p) => !p.trim()),
        ...(slice ? { slice: pieces.join('').slice(...slice) } : {}),
      });
    }
    db.close();
    return out;
  }, slice ?? null);
}

// ---------------------------------------------------------------- fixtures

export const LIBRARY_A = `Riverside library reopens after flood repairs
The Riverside public library reopened on Monday after eight months of repairs following the spring flood.
Water had reached a depth of 1.5 metres on the ground floor and destroyed about 12,000 books.
The repairs cost 3.2 million dollars, paid mostly by the city's insurance.
Head librarian Maya Okafor said the children's section had been rebuilt on the first floor, away from the river.
Visitors queued outside the doors before the opening at nine o'clock.
The library will stay open until eight in the evening during the first month.`;

export const LIBRARY_B = `Flood-hit Riverside library welcomes readers again
After eight months of repairs, the Riverside library reopened its doors on Monday.
The spring flood left 1.5 metres of water on the ground floor and ruined roughly 12,000 books.
City officials put the cost of the repairs at 3.9 million dollars.
Librarian Maya Okafor said the children's books now sit on the first floor, safely above the river.
Donations from residents have already replaced about half of the lost books.`;

export const LIBRARY_C = `Readers return to Riverside library
Riverside's library opened again on Monday, eight months after the spring flood forced it to close.
About 12,000 books were destroyed when water flooded the ground floor.
A new pump system will protect the building from future floods, the city said.
The reading room now has space for sixty people.`;

/** A saved news page as a browser would save it: navigation, ads, scripts, comments. */
export const SAVED_PAGE = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harbour tunnel approved after long debate | The Daily Example</title>
<meta property="og:site_name" content="The Daily Example">
<meta property="og:title" content="Harbour tunnel approved after long debate">
<meta name="author" content="Jonas Berg">
<meta property="article:published_time" content="2026-05-04T09:30:00Z">
<link rel="stylesheet" href="https://static.example.invalid/site.css">
<script src="https://ads.example.invalid/tracker.js"></script>
<script>window.__savedPageScriptRan = true;</script>
</head>
<body>
<header class="site-header"><a href="/">The Daily Example</a>
<nav><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li></ul></nav></header>
<div class="cookie-banner">We use cookies to improve your experience. <button>Accept</button></div>
<main>
<article>
<h1>Harbour tunnel approved after long debate</h1>
<p class="byline">By Jonas Berg</p>
<p>The regional council approved the harbour tunnel on Sunday after a debate that lasted eleven hours.</p>
<p>The tunnel will link the old town with the northern docks and is expected to carry 30,000 vehicles a day.</p>
<div class="ad"><img src="https://ads.example.invalid/banner.png" alt="Advertisement"></div>
<p>Construction is due to start next spring and should take four years, the council said in a statement.</p>
<p>Opponents argued that the money would be better spent on trams and cycle lanes across the city.</p>
<p>The council's transport committee will publish the final route in the autumn, after a public consultation.</p>
<p>Shop owners in the old town welcomed the decision, saying that traffic had kept customers away for years.</p>
</article>
<aside><h2>Most read</h2><ul><li><a href="/a">Storm closes ferry service</a></li><li><a href="/b">Local team wins cup</a></li></ul></aside>
</main>
<footer><p>© 2026 The Daily Example. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
<img src="https://pixel.example.invalid/p.gif" width="1" height="1" alt="">
</body>
</html>`;

export const MARKDOWN_ARTICLE = `---
title: Tunnel plan wins council vote
source: Harbour Weekly
date: 2026-05-05
---

# Tunnel plan wins council vote

The **regional council** voted on Sunday to build the harbour tunnel, ending a debate of *eleven hours*.

The tunnel should carry about [30,000 vehicles](https://example.invalid/traffic) a day between the old town and the northern docks.

- Work begins next spring.
- It is planned to take four years.

Critics said trams and cycle lanes would have been a better use of the money.
`;

export const TEXT_ARTICLE = `Council backs harbour tunnel
The regional council backed the harbour tunnel on Sunday after an eleven-hour debate.
About 30,000 vehicles a day are expected to use the tunnel once it opens.
Building work starts next spring and will last four years.
`;

/** Drops files on the page as a person would, with a synthetic drop event: each {name, type, content} (text) or {name, type, bytes} (an array of byte values). */
export async function dropFiles(page, files, selector = '#dropzone') {
  const dataTransfer = await page.evaluateHandle((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.bytes ? new Uint8Array(f.bytes) : f.content], f.name, { type: f.type }));
    return dt;
  }, files);
  await page.dispatchEvent(selector, 'dragenter', { dataTransfer });
  await page.dispatchEvent(selector, 'dragover', { dataTransfer });
  await page.dispatchEvent(selector, 'drop', { dataTransfer });
}

/** Builds ~`mb` MB of distinct numbered sentences in the page (window.__text), outside any measured task (large-input tests, scripts/bench-longtask.mjs). */
export async function makeText(page, mb) {
  await page.evaluate((mb) => {
    const parts = [];
    let size = 0;
    for (let n = 0; size < mb * 1e6; n++) {
      const s = `Report ${n} says that ${n % 977} boats reached harbour ${n % 131} with ${n * 7} people aboard. `;
      parts.push(s);
      size += s.length;
      if (n % 12 === 11) parts.push('\n');
    }
    window.__text = parts.join('');
  }, mb);
}
