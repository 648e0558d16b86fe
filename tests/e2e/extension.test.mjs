// The browser extension, unpacked from dist/extension (scripts/build-extension.sh),
// in Debian's Chromium (new headless mode, a persistent profile), reading three
// article pages written for this test (tests/fixtures/pages: one made-up event,
// with navigation, ads, related stories and cookie banners) served on 127.0.0.1.
//
// Headless Chromium has no toolbar, side panel or context menu to click, and no
// permission prompt to answer. So:
// - the panel page is opened as a tab at its chrome-extension:// address (the
//   same page the side panel shows);
// - the toolbar button and the context-menu entry are reached by calling the
//   background's own listeners (`gistr.onAction`, `gistr.onMenuClicked`, the
//   functions registered with action.onClicked and contextMenus.onClicked)
//   with the arguments the browser passes; so the activeTab grant a real click
//   gives is not exercised (the test's copy may read 127.0.0.1 anyway);
// - the permission prompts: the test's copy of the extension lists "tabs" and
//   http://127.0.0.1/* as already granted (what the reader's "Allow" would
//   grant), and a spy records every chrome.permissions.request the panel makes
//   (and passes it on, unchanged, to the real one). The test checks the panel
//   asks for exactly `tabs`, then exactly the three tabs' site, on the clicks.
// Every request is recorded three ways: the browser context, a proxy that
// catches whatever is not loopback, and the fixture server's log.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { LAUNCH, ROOT, requireFreshExtension } from './helpers.mjs';
import { BOILERPLATE, FACTS, TABS, factOf, serveFixtures } from './extension-fixtures.mjs';

const BUILT = join(ROOT, 'dist', 'extension');
const SHOTS = process.env.UPDATE_SCREENSHOTS === '1' ? join(ROOT, 'docs', 'screenshots') : join(ROOT, 'test-results', 'screenshots');

let env;

before(async () => {
  if (!existsSync(join(BUILT, 'manifest.json'))) throw new Error('dist/extension missing: run scripts/build-extension.sh before this test');
  requireFreshExtension(BUILT);
  if (!existsSync(LAUNCH.executablePath)) throw new Error(`no Chromium at ${LAUNCH.executablePath}`);
  // The fixture pages as written, on loopback; every request logged.
  const { server, base, served } = await serveFixtures();
  // Anything that is not loopback goes through this "proxy", which records and refuses it.
  const escaped = [];
  const proxy = createServer((req, res) => {
    escaped.push(`${req.method} ${req.url}`);
    res.writeHead(403);
    res.end();
  });
  proxy.on('connect', (req, socket) => {
    escaped.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise((ok) => proxy.listen(0, '127.0.0.1', ok));

  // The test's copy of the extension: the built one, with the two optional
  // permissions the panel will ask for already granted (see the top of this file).
  const dir = mkdtempSync(join(tmpdir(), 'gistr-ext-'));
  const extDir = join(dir, 'extension');
  cpSync(BUILT, extDir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(extDir, 'manifest.json'), 'utf8'));
  assert.ok(!manifest.host_permissions, 'the extension installs with no host permission');
  assert.ok(!manifest.permissions.includes('tabs'), 'the extension installs without the tabs permission');
  manifest.permissions.push('tabs');
  manifest.host_permissions = ['http://127.0.0.1/*'];
  writeFileSync(join(extDir, 'manifest.json'), JSON.stringify(manifest));

  const context = await chromium.launchPersistentContext(join(dir, 'profile'), {
    executablePath: LAUNCH.executablePath,
    headless: false,
    viewport: { width: 1000, height: 800 },
    args: [
      ...LAUNCH.args.filter((a) => a !== '--headless'),
      '--headless=new',
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      `--proxy-server=http://127.0.0.1:${proxy.address().port}`,
      '--proxy-bypass-list=127.0.0.1',
      '--disable-lcd-text',
      '--disable-default-apps',
      '--no-service-autorun',
      '--allow-browser-signin=false',
      '--extensions-update-frequency=604800',
    ],
  });
  const requests = [];
  const errors = [];
  context.on('request', (r) => requests.push(r.url()));
  context.on('weberror', (e) => errors.push(String(e.error())));
  let [sw] = context.serviceWorkers();
  if (!sw) sw = await context.waitForEvent('serviceworker');
  const id = new URL(sw.url()).host;
  env = { context, sw, id, base, served, escaped, requests, errors, dir, server, proxy, pages: {} };
});

after(async () => {
  if (!env) return;
  await env.context.close();
  await new Promise((ok) => env.server.close(ok));
  await new Promise((ok) => env.proxy.close(ok));
  rmSync(env.dir, { recursive: true, force: true });
});

/** Opens the panel page as a tab, with a spy on chrome.permissions.request. */
async function openPanel() {
  const panel = await env.context.newPage();
  await panel.addInitScript(() => {
    if (!globalThis.chrome?.permissions) return;
    const real = chrome.permissions.request.bind(chrome.permissions);
    globalThis.__asked = [];
    chrome.permissions.request = (what) => {
      globalThis.__asked.push(JSON.parse(JSON.stringify(what)));
      return real(what);
    };
  });
  const problems = [];
  panel.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  panel.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  await panel.goto(`chrome-extension://${env.id}/panel.html`);
  await panel.waitForSelector('html[data-ready="true"]');
  return { panel, problems };
}

async function settledSummary(panel) {
  await panel.waitForSelector('#summary .sentence-text');
  await panel.waitForFunction(() => document.documentElement.dataset.idle === 'true');
  return panel.locator('#summary .sentence-text').allTextContents();
}

test('three tabs: one summary, each fact once, credited to the right tabs; a click shows the sentence in its tab', async () => {
  for (const [key, t] of Object.entries(TABS)) {
    const page = await env.context.newPage();
    await page.goto(`${env.base}${t.file}`);
    env.pages[key] = page;
  }
  const { panel, problems } = await openPanel();
  env.panel = panel;

  // 1. The reader highlights the three tabs (Ctrl-click) with the panel's tab active, as
  //    beside a side panel. "Summarise several tabs…" asks for `tabs` on the click and
  //    lists the window's web pages, the highlighted ones ticked.
  await env.sw.evaluate(async (urls) => {
    const tabs = await chrome.tabs.query({ currentWindow: true });
    const panel = tabs.find((t) => t.url.startsWith(chrome.runtime.getURL('')));
    const chosen = tabs.filter((t) => urls.includes(t.url));
    await chrome.tabs.highlight({ windowId: panel.windowId, tabs: [panel.index, ...chosen.map((t) => t.index)] });
  }, Object.values(TABS).map((t) => `${env.base}${t.file}`));
  await panel.click('#choose-tabs');
  await panel.waitForSelector('#tab-list input[type="checkbox"]');
  const listed = await panel.locator('#tab-list .tab-title').allTextContents();
  for (const t of Object.values(TABS)) assert.ok(listed.includes(t.title) || listed.some((l) => l.startsWith(t.title)), `tab “${t.title}” listed: ${listed}`);
  assert.deepEqual(await panel.evaluate(() => globalThis.__asked), [{ permissions: ['tabs'] }]);
  for (const t of Object.values(TABS)) {
    assert.ok(await panel.locator('#tab-list label', { hasText: t.title }).locator('input').isChecked(), `highlighted tab “${t.title}” is ticked`);
  }

  // 2. The panel says which site it will ask for, and asks for exactly it on the click.
  assert.equal(await panel.textContent('#summarise-tabs'), 'Summarise 3 tabs');
  // (The test's copy already holds http://127.0.0.1/*, so the panel announces no new site to ask for.)
  assert.equal(await panel.textContent('#ask-hint'), '');
  await panel.click('#summarise-tabs');
  const texts = await settledSummary(panel);
  assert.deepEqual((await panel.evaluate(() => globalThis.__asked))[1], { origins: ['http://127.0.0.1/*'] });
  assert.match(await panel.textContent('#status'), /from 3 tabs/);

  // 3. Each summary sentence is a fixture sentence, each fact appears once, and the
  //    chips credit exactly the tabs that state it (title and site).
  assert.ok(texts.length >= 4, `a summary of several sentences: ${texts.length}`);
  const seen = new Set();
  const items = panel.locator('#summary .summary-item');
  for (let i = 0; i < texts.length; i++) {
    const f = factOf(texts[i]);
    assert.ok(f, `summary sentence ${i + 1} is a sentence of the fixtures: ${texts[i]}`);
    assert.ok(!seen.has(f.fact), `the fact “${f.fact}” appears once`);
    seen.add(f.fact);
    const chips = await items.nth(i).locator('.article-chip').evaluateAll((els) =>
      els.map((el) => ({ title: el.querySelector('.chip-label').textContent, site: el.querySelector('.chip-site')?.textContent })),
    );
    const credited = f.credited || f.tabs;
    const want = credited.map((k) => ({ title: TABS[k].title, site: TABS[k].site }));
    const byTitle = (a, b) => a.title.localeCompare(b.title);
    assert.deepEqual(chips.sort(byTitle), want.sort(byTitle), `tabs credited for “${f.fact}”`);
    assert.equal(await items.nth(i).locator('.count').textContent(), `${credited.length} of 3`);
    const conflicts = (await items.nth(i).locator('.conflict').allTextContents()).join(' ');
    if (f.conflict) for (const n of f.conflict) assert.ok(conflicts.includes(n), `the disagreement on “${f.fact}” names ${n}: ${conflicts}`);
  }
  assert.ok(seen.has('grounding'), 'the fact all three tabs report is in the summary');

  // The coverage grid says the same: one row per fact, a mark in the column of each tab
  // that states it, ≠ where a tab states it with a different date. Each column is
  // headed by its tab's site, the tab's title and site in its tooltip.
  const grid = await panel.evaluate(() => {
    const table = document.querySelector('#coverage table');
    if (!table || table.classList.contains('transposed')) return null;
    const columns = [...table.querySelectorAll('thead th.cov-article')].map((th) => th.querySelector('.cov-col-name')?.textContent);
    return [...table.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td, j) => ({ site: columns[j], mark: td.querySelector('.cov-mark')?.textContent || '' })),
    );
  });
  assert.ok(grid, 'a coverage grid with one row per fact');
  assert.equal(grid.length, texts.length);
  const tooltips = await panel.$$eval('#coverage thead th.cov-article', (ths) => ths.map((th) => th.title));
  assert.deepEqual(tooltips.sort(), Object.values(TABS).map((t) => `${t.title} — ${t.site}`).sort());
  grid.forEach((row, i) => {
    const f = factOf(texts[i]);
    const marked = row.filter((c) => c.mark).map((c) => c.site).sort();
    assert.deepEqual(marked, f.tabs.map((k) => TABS[k].site).sort(), `grid row ${i + 1} (“${f.fact}”)`);
    if (f.conflict) assert.ok(row.some((c) => c.mark === '≠'), `grid row ${i + 1} marks the disagreement`);
  });
  assert.ok([...seen].some((f) => FACTS.find((x) => x.fact === f).tabs.length === 2), 'a fact two tabs report is in the summary');
  // The panel calls its inputs tabs, in the words shown and in those read out.
  const said = await panel.evaluate(() => ['#summary', '#coverage', '#sources'].map((sel) => {
    const el = document.querySelector(sel);
    return [el.textContent, ...[...el.querySelectorAll('[aria-label], [title]')].map((e) => `${e.getAttribute('aria-label') || ''} ${e.getAttribute('title') || ''}`)].join(' ');
  }).join(' '));
  assert.doesNotMatch(said, /\barticles? \d/i, 'no "article N" in the panel');
  assert.match(said, /\bin tab \d/, 'a disagreement names its tab');
  assert.match(said, /\bTab \d states fact \d/, "the grid's cells name their tab");
  assert.doesNotMatch(await panel.textContent('#coverage'), /\barticle/i, 'the grid, its legend included, says "tab"');
  assert.match(await panel.textContent('#coverage .cov-legend'), /not found in that tab$/);

  // 4. No boilerplate of the pages reached the summary or the articles as read.
  //    Readability keeps an ad that sits inside an article's body; gistr must mark it boilerplate.
  const summaryText = await panel.textContent('#summary');
  for (const b of BOILERPLATE) assert.ok(!summaryText.includes(b), `“${b}” is not in the summary`);
  const kept = await panel.evaluate((phrases) => {
    const out = [];
    for (const body of document.querySelectorAll('#sources .source-body')) {
      for (const node of body.childNodes) {
        const text = node.textContent;
        const status = node.nodeType === 1 ? node.dataset.status : 'between sentences';
        if (phrases.some((p) => text.includes(p))) out.push(`${status}: ${text.trim()}`);
      }
    }
    return out;
  }, BOILERPLATE);
  assert.deepEqual(kept.filter((k) => !k.startsWith('boilerplate:')), [], 'page furniture in the articles as read, not marked boilerplate');

  // 5. Clicking a sentence opens its versions, activates its tab, scrolls to it and highlights it:
  //    a sentence of another tab than the first, whose fact another tab reports too (for step 6).
  const target = texts.findIndex((t) => factOf(t).at !== 'herald' && factOf(t).tabs.length >= 2);
  assert.ok(target >= 0, `a sentence not of the Herald whose fact two tabs report: ${texts.join(' | ')}`);
  const fact = factOf(texts[target]);
  const tab = env.pages[fact.at];
  const visible = () => tab.evaluate(() => document.visibilityState);
  await panel.locator('#summary .sentence-text').nth(target).click();
  assert.equal(await panel.locator('#summary .sentence-text').nth(target).getAttribute('aria-expanded'), 'true');
  await tab.waitForFunction(() => document.visibilityState === 'visible');
  const active = await env.sw.evaluate(async () => (await chrome.tabs.query({ active: true, currentWindow: true }))[0]?.url);
  assert.ok(active.endsWith(TABS[fact.at].file), `the active tab is ${TABS[fact.at].file}: ${active}`);
  const highlighted = await tab.waitForFunction(() => {
    const hl = CSS.highlights.get('gistr');
    if (!hl) return null;
    const [range] = [...hl];
    const r = range.getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight ? range.toString().replace(/\s+/g, ' ') : null;
  });
  assert.equal(await highlighted.jsonValue(), texts[target]);
  assert.equal(await visible(), 'visible');

  // 6. "Show in source" on another version goes to that version's tab.
  const item = panel.locator('#summary .summary-item').nth(target);
  const other = item.locator('.version:not(.version-chosen) .show-source').first();
  assert.equal(await other.count(), 1, `another version of “${fact.fact}” to show`);
  {
    const title = await other.locator('xpath=ancestor::li[contains(@class,"version")]').locator('.version-title').textContent();
    const key = Object.keys(TABS).find((k) => TABS[k].title === title);
    assert.ok(key, `a version from a fixture tab: ${title}`);
    await other.click();
    await env.pages[key].waitForFunction(() => document.visibilityState === 'visible' && CSS.highlights.get('gistr'));
  }

  // 7. The keyboard does what the click does: Enter on a sentence of another tab shows it there.
  const byKey = texts.findIndex((t, i) => i !== target && factOf(t).at !== fact.at);
  assert.ok(byKey >= 0, 'a sentence of another tab');
  {
    await panel.bringToFront();
    await panel.locator('#summary .sentence-text').nth(byKey).focus();
    await panel.keyboard.press('Enter');
    const keyTab = env.pages[factOf(texts[byKey]).at];
    await keyTab.waitForFunction(
      (want) => document.visibilityState === 'visible' && [...(CSS.highlights.get('gistr') || [])][0]?.toString().replace(/\s+/g, ' ') === want,
      texts[byKey],
    );
  }

  // 8. A cell of the grid goes to that tab's version: the ≠ of the grounding row is the Bay Courier's.
  const conflictCell = panel.locator('#coverage .cov-mark.cov-conflict').first();
  await conflictCell.click();
  await env.pages.bay.waitForFunction(
    (want) => document.visibilityState === 'visible' && [...(CSS.highlights.get('gistr') || [])][0]?.toString().replace(/\s+/g, ' ') === want,
    FACTS[0].versions.bay,
  );

  // 9. Nothing is kept beyond the session until the reader pins the summary.
  assert.deepEqual(await panel.evaluate(() => chrome.storage.local.get(null)), {});
  await panel.click('#pin-button');
  await panel.waitForSelector('#pin-list .pin');
  const pinned = await panel.evaluate(() => chrome.storage.local.get(null));
  assert.equal(pinned.pins.length, 1);
  assert.equal(pinned.pins[0].articles.length, 3);
  await panel.click('#pin-list [data-unpin]');
  await panel.waitForFunction(() => document.getElementById('pins-panel').hidden);
  assert.deepEqual((await panel.evaluate(() => chrome.storage.local.get(null))).pins, []);

  assert.deepEqual(problems, []);
});

test('the context-menu entry summarises the selected text', async () => {
  const page = env.pages.coast;
  await page.bringToFront();
  // Select three paragraphs of the article, as a reader would with the mouse.
  const selected = await page.evaluate(() => {
    const ps = document.querySelectorAll('article p');
    const range = document.createRange();
    range.setStart(ps[2], 0);
    range.setEnd(ps[4], ps[4].childNodes.length);
    getSelection().removeAllRanges();
    getSelection().addRange(range);
    return String(getSelection());
  });
  // The menu entry exists (update fails for an unknown id) and its listener does what a click does.
  await env.sw.evaluate(() => chrome.contextMenus.update(gistr.MENU_SELECTION, {}));
  await env.sw.evaluate(async ({ selectionText, url }) => {
    const [tab] = await chrome.tabs.query({ url });
    await gistr.onMenuClicked({ menuItemId: gistr.MENU_SELECTION, selectionText: selectionText.replace(/\s+/g, ' '), frameId: 0, pageUrl: url }, tab);
  }, { selectionText: selected, url: `${env.base}${TABS.coast.file}` });
  const panel = env.panel;
  await panel.waitForFunction(() => /from the selection/.test(document.getElementById('status').textContent));
  const texts = await settledSummary(panel);
  assert.ok(texts.length >= 1);
  for (const t of texts) assert.ok(selected.replace(/\s+/g, ' ').includes(t), `“${t}” comes from the selection`);
  assert.ok(!texts.some((t) => t.includes('Advertisement')), 'the ad inside the selection is not in the summary');
  // One input: no chip under the sentences; the source view names the selection.
  assert.equal(await panel.locator('#summary .article-chip').count(), 0);
  assert.match(await panel.textContent('#sources .source h3'), /Selection from “Passengers rescued/);
  // A selection with no sentence end: the panel says so, not "no sentence fits".
  await env.sw.evaluate(async ({ url }) => {
    const [tab] = await chrome.tabs.query({ url });
    await gistr.onMenuClicked({ menuItemId: gistr.MENU_SELECTION, selectionText: 'harbour ferry rescue crew '.repeat(60), frameId: 0, pageUrl: url }, tab);
  }, { url: `${env.base}${TABS.coast.file}` });
  await panel.waitForFunction(() => /^No summary: the text has no sentence ends: no \. ! or \? within 80 words or 600 characters\.$/.test(document.getElementById('status').textContent));
});

test('the toolbar button summarises the tab it was clicked on', async () => {
  // The listener registered with action.onClicked, called with the tab as the browser would.
  await env.sw.evaluate(async (url) => {
    const [tab] = await chrome.tabs.query({ url });
    await gistr.onAction(tab);
  }, `${env.base}${TABS.bay.file}`);
  const panel = env.panel;
  await panel.waitForFunction(() => /from 1 tab\b/.test(document.getElementById('status').textContent));
  const texts = await settledSummary(panel);
  for (const t of texts) assert.equal(factOf(t)?.at, 'bay', `“${t}” is the Bay Courier's`);
  // One tab: no "1 of 1" and no chip of that tab under every sentence; the status line names it once.
  assert.equal(await panel.locator('#summary .carried').count(), 0, 'no "reported by" line');
  assert.equal(await panel.locator('#summary .article-chip').count(), 0, 'no chips');
  assert.doesNotMatch(await panel.textContent('#summary'), /1 of 1/);
  assert.match(await panel.textContent('#status'), /from 1 tab \(Bay Courier\)/);
  assert.ok(await panel.locator('#coverage').isHidden(), 'no grid for one tab');
});

test('the length box wins: 20 typed reads 20 on the slider, and what is typed past its end stretches it', async () => {
  const panel = env.panel;
  await panel.bringToFront();
  const usualEnd = Number(await panel.getAttribute('#length-range', 'max'));
  for (const typed of [20, usualEnd + 10]) {
    await panel.fill('#length-input', String(typed));
    await panel.waitForFunction(() => document.documentElement.dataset.idle === 'true');
    const slider = await panel.$eval('#length-range', (r) => ({ value: r.value, max: r.max, text: r.getAttribute('aria-valuetext') }));
    assert.deepEqual(slider, { value: String(typed), max: String(Math.max(typed, usualEnd)), text: `${typed} sentences` });
    assert.equal(await panel.inputValue('#length-input'), String(typed));
    // The summariser is asked for that many (the one tab has fewer: all of them are shown).
    const shown = await panel.locator('#summary .sentence-text').count();
    assert.match(await panel.textContent('#status'), new RegExp(`^${shown} sentences?, `));
    // The session keeps what the box says, for the next time the panel opens.
    assert.equal((await panel.evaluate(() => chrome.storage.session.get('last'))).last.options.sentences, typed);
  }
  await panel.fill('#length-input', '5');
  await panel.waitForFunction(() => document.documentElement.dataset.idle === 'true');
  assert.deepEqual(await panel.$eval('#length-range', (r) => [r.value, Number(r.max)]), ['5', usualEnd]);
  assert.equal((await panel.evaluate(() => chrome.storage.session.get('last'))).last.options.sentences, 5);
});

test('no remote code: the CSP allows only the extension scripts and its wasm; no file loads from elsewhere', () => {
  const manifest = JSON.parse(readFileSync(join(BUILT, 'manifest.json'), 'utf8'));
  const csp = manifest.content_security_policy.extension_pages;
  assert.match(csp, /(^|; )script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  assert.match(csp, /(^|; )default-src 'self'(;|$)/);
  const files = readdirSync(BUILT, { recursive: true }).filter((f) => /\.(js|html|css)$/.test(f));
  assert.ok(files.some((f) => f.endsWith('gistr.js')) && existsSync(join(BUILT, 'page', 'pkg', 'gistr_bg.wasm')), 'the wasm module ships inside');
  for (const f of files) {
    const text = readFileSync(join(BUILT, f), 'utf8');
    for (const bad of [/\b(src|href)\s*=\s*["']?(https?:)?\/\//i, /\bimport\s*\(\s*["'](https?:)?\/\//, /\bfrom\s+["'](https?:)?\/\//, /url\(\s*["']?(https?:)?\/\//]) {
      assert.ok(!bad.test(text), `${f} loads something from elsewhere (${bad})`);
    }
  }
});

test('no request left loopback and the extension', async () => {
  const outside = env.requests.filter((u) => !u.startsWith(env.base) && !u.startsWith(`chrome-extension://${env.id}/`) && !/^(data|blob):/.test(u));
  assert.deepEqual(outside, [], 'requests the browser context saw');
  // Chromium itself, with or without any extension, asks accounts.google.com for the profile's
  // signed-in accounts (IdentityManager's ListAccounts, which no switch turns off) and
  // update.googleapis.com for updates; a run with no extension loaded shows the same requests.
  // Those two are allowed here by name; anything else that leaves fails.
  const browserOwn = /^(CONNECT (accounts\.google\.com|update\.googleapis\.com):443|POST http:\/\/update\.googleapis\.com\/service\/update2\/json\?)/;
  assert.deepEqual(env.escaped.filter((r) => !browserOwn.test(r)), [], 'requests that reached the catch-all proxy');
  assert.deepEqual(env.served.filter((u) => !Object.values(TABS).some((t) => u === `/${t.file}`)), [], 'the fixture server served only the three pages');
  assert.deepEqual(env.errors, []);
});

test('screenshots of the side panel', async () => {
  const { panel } = { panel: env.panel };
  // Back to the three tabs' summary, at a side panel's width.
  await panel.bringToFront();
  await panel.setViewportSize({ width: 400, height: 1100 });
  // No scrollbar: a full-page shot lays the panel out without one but kept its width off the image's right edge.
  await panel.evaluate(() => (document.documentElement.style.scrollbarWidth = 'none'));
  await panel.evaluate(() => document.querySelector('.ext-sources')?.removeAttribute('open'));
  // (The three-tab summary was replaced by the selection's; the session keeps the last: run the tabs again.)
  const { mkdirSync } = await import('node:fs');
  mkdirSync(SHOTS, { recursive: true });
  await panel.click('#choose-tabs');
  if (await panel.locator('#tab-picker').isHidden()) await panel.click('#choose-tabs');
  await panel.waitForSelector('#tab-list input[type="checkbox"]');
  for (const t of Object.values(TABS)) await panel.locator('#tab-list label', { hasText: t.title }).locator('input').check();
  await panel.evaluate(() => scrollTo(0, 0));
  await panel.screenshot({ path: join(SHOTS, 'extension-picker.png'), clip: { x: 0, y: 0, width: 400, height: await panel.evaluate(() => Math.ceil(document.querySelector('.ext-pick').getBoundingClientRect().bottom + 12)) } });
  await panel.click('#summarise-tabs');
  await panel.waitForFunction(() => /from 3 tabs/.test(document.getElementById('status').textContent));
  await settledSummary(panel);
  // A click on the first sentence: its tab comes to the front, scrolled to the sentence, highlighted.
  await panel.locator('#summary .sentence-text').first().click();
  const first = factOf((await panel.locator('#summary .sentence-text').first().textContent()));
  const tab = env.pages[first.at];
  await tab.waitForFunction(() => {
    const hl = CSS.highlights.get('gistr');
    const r = hl && [...hl][0].getBoundingClientRect();
    return r && r.top >= 0 && r.bottom <= innerHeight;
  });
  await tab.waitForTimeout(600); // the smooth scroll settles
  await tab.screenshot({ path: join(SHOTS, 'extension-tab-highlight.png') });
  await panel.bringToFront();
  await panel.evaluate(() => scrollTo(0, 0));
  await panel.screenshot({ path: join(SHOTS, 'extension-panel.png'), fullPage: true });
  await panel.locator('#coverage').screenshot({ path: join(SHOTS, 'extension-coverage.png') });
  await panel.setViewportSize({ width: 360, height: 1100 });
  await panel.emulateMedia({ colorScheme: 'dark' });
  await panel.screenshot({ path: join(SHOTS, 'extension-panel-dark-360.png'), fullPage: true });
  const wide = await panel.evaluate(() =>
    [...document.querySelectorAll('body *')]
      .filter((el) => el.getClientRects().length && el.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !el.closest('.visually-hidden'))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`),
  );
  assert.deepEqual(wide, [], 'nothing past the right edge at 360 px');
  await panel.emulateMedia({ colorScheme: 'light' });
});

test('axe-core finds no serious or critical violation in the panel (three tabs, versions and grid shown), light and dark', async () => {
  const panel = env.panel;
  // Evaluated through the DevTools protocol, which the extension's CSP does not govern.
  await panel.evaluate(readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8'));
  for (const colorScheme of ['light', 'dark']) {
    await panel.emulateMedia({ colorScheme });
    const violations = await panel.evaluate(async () => {
      const r = await window.axe.run(document, { resultTypes: ['violations'] });
      return r.violations.filter((v) => ['serious', 'critical'].includes(v.impact)).map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    });
    assert.deepEqual(violations, [], colorScheme);
  }
  await panel.emulateMedia({ colorScheme: 'light' });
});

/**
 * A big article page (paragraphs of 1,000 `line(n)` each, in sections with
 * content-visibility: auto, so the tab does not lay it all out) on a loopback
 * server of its own. Returns its address and a way to stop the server.
 * @param {(n: number) => string} line @param {number} count paragraphs @param {string} title
 */
async function bigPage(line, count, title, heading = '') {
  const paragraphs = [];
  for (let n = 0, p = []; paragraphs.length < count; n++) {
    p.push(line(n));
    if (p.length === 1000) {
      paragraphs.push(`<section style="content-visibility: auto; contain-intrinsic-size: auto 2000px"><p>${p.join('')}</p></section>`);
      p = [];
    }
  }
  const body = Buffer.from(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><article>${heading}${paragraphs.join('\n')}</article></body></html>`);
  const server = createServer((req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(body);
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const close = async () => {
    server.closeAllConnections(); // (a kept-alive connection would hold close() open)
    await new Promise((ok) => server.close(ok));
  };
  return { url: `http://127.0.0.1:${server.address().port}/page.html`, close };
}

test('a tab over 64 MiB: refused before any work, the panel says so and keeps what it read', async () => {
  // An article page of about 70 MB on a loopback server of its own (after the test of what
  // left loopback: this one is not the fixture server). Its 870 paragraphs of 80 KB sit in
  // sections with content-visibility: auto, so the tab does not lay out 70 MB to show it.
  const line = (n) => `Report ${n} says that ${n % 977} boats reached harbour ${n % 131} with ${n * 7} people aboard. `;
  const { url, close } = await bigPage(line, 870, 'The harbour reports', '<h1>The harbour reports</h1>');
  const tab = await env.context.newPage();
  try {
    await tab.goto(url, { waitUntil: 'domcontentloaded' });
    const { panel, problems } = await openPanel();
    // Every message the panel sends its summariser's worker.
    await panel.evaluate(() => {
      window.__sent = 0;
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (...args) {
        window.__sent++;
        return post.apply(this, args);
      };
    });
    await env.sw.evaluate(async (url) => {
      const [t] = await chrome.tabs.query({ url });
      await gistr.onAction(t);
    }, url);
    const refused = /^Too large to summarise: this tab holds 70\.\d MB of text, and gistr takes at most 67\.1 MB \(64 MiB\) at once\. Nothing was sent to the summariser, and the text is still here\. Select a part of the page and summarise the selection\.$/;
    // (Polled by a timer: the panel may be behind the big tab, where no frame runs.)
    await panel.waitForFunction((re) => new RegExp(re).test(document.getElementById('error-box').textContent), refused.source, { timeout: 120000, polling: 250 });
    await panel.waitForFunction(() => document.documentElement.dataset.idle === 'true', null, { polling: 250 });
    assert.equal(await panel.evaluate(() => window.__sent), 0, 'no message to the worker');
    assert.equal(await panel.isVisible('#progress'), false, 'no busy line');
    assert.equal(await panel.isVisible('#result'), false, 'no summary');
    // The panel keeps what it read: a new length is checked again on the same text, not read again.
    await panel.bringToFront();
    await panel.fill('#length-input', '3');
    await panel.waitForFunction(() => document.documentElement.dataset.idle === 'true', null, { polling: 250 });
    assert.match(await panel.textContent('#error-box'), refused);
    assert.equal(await panel.evaluate(() => window.__sent), 0);
    // As a narrow dark side panel shows it: the message wraps within the panel.
    await panel.setViewportSize({ width: 360, height: 700 });
    await panel.emulateMedia({ colorScheme: 'dark' });
    const { mkdirSync } = await import('node:fs');
    mkdirSync(SHOTS, { recursive: true });
    await panel.screenshot({ path: join(SHOTS, 'extension-too-large-dark-360.png') });
    const wide = await panel.evaluate(() => [...document.querySelectorAll('body *')]
      .filter((el) => el.getClientRects().length && el.getBoundingClientRect().right > document.documentElement.clientWidth + 1 && !el.closest('.visually-hidden'))
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`));
    assert.deepEqual(wide, [], 'nothing past the right edge at 360 px');
    assert.deepEqual(problems, []);
    await panel.close();
  } finally {
    await tab.close();
    await close();
  }
});

test('a selection over 10 MB (more than session storage holds) is read by the panel from its tab and summarised', async () => {
  // About 12 MB of varied reports: too big for the request in session storage (its quota is 10 MB).
  const towns = ['Kestrel Point', 'Harbour Mouth', 'Bay Reach', 'Gull Head', 'Cormorant Sound', 'Seal Rock', 'Lantern Quay'];
  const line = (n) => `The ferry from ${towns[n % 7]} carried ${n % 977} passengers on crossing ${n} before the ${towns[(n * 3) % 7]} pier closed. `;
  const { url, close } = await bigPage(line, 120, 'Ferry log');
  const tab = await env.context.newPage();
  try {
    await tab.goto(url, { waitUntil: 'domcontentloaded' });
    const chars = await tab.evaluate(() => {
      getSelection().selectAllChildren(document.querySelector('article'));
      return String(getSelection()).length;
    });
    assert.ok(chars > 11e6, `the selection holds ${chars} characters`);
    const { panel, problems } = await openPanel();
    // The menu's selectionText as the browser gives it (flattened); the listener reads the selection again.
    await env.sw.evaluate(async (url) => {
      const [t] = await chrome.tabs.query({ url });
      const [frame] = await chrome.scripting.executeScript({ target: { tabId: t.id }, func: () => String(getSelection()) });
      await gistr.onMenuClicked({ menuItemId: gistr.MENU_SELECTION, selectionText: frame.result.replace(/\s+/g, ' '), frameId: 0, pageUrl: url }, t);
    }, url);
    // The request went without its text: the quota refused it.
    const request = await env.sw.evaluate(async () => (await chrome.storage.session.get('request')).request);
    assert.equal(request.read, true, 'the big selection goes by its tab, not through session storage');
    assert.equal(request.text, undefined);
    assert.ok(request.chars > 11e6);
    await panel.waitForFunction(() => /from the selection/.test(document.getElementById('status').textContent), null, { timeout: 120000, polling: 250 });
    const texts = await settledSummary(panel);
    assert.ok(texts.length >= 1, 'a summary');
    for (const t of texts) assert.match(t, /^The ferry from [A-Za-z ]+ carried \d+ passengers on crossing \d+ before the [A-Za-z ]+ pier closed\.$/);
    assert.equal(await panel.textContent('#error-box'), '');
    assert.deepEqual(problems, []);
    await panel.close();
  } finally {
    await tab.close();
    await close();
  }
});
