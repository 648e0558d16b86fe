// The Firefox build (dist/extension-firefox) in Debian's firefox-esr, driven
// over WebDriver BiDi with puppeteer-core (Playwright cannot drive a stock
// Firefox), with the three fixture pages of extension.test.mjs on 127.0.0.1.
// The extension is installed as a temporary add-on; its panel (the sidebar's
// page) is opened as a tab at its moz-extension:// address, which needs
// Firefox's --remote-allow-system-access. As in the Chromium test, the test's
// copy of the extension holds `tabs` and http://127.0.0.1/* already (what the
// reader's "Allow" would grant; Firefox grants an MV3 extension's
// host_permissions at install), so the panel's permission requests, made on
// real clicks, resolve without a prompt. Skipped when firefox-esr is not
// installed (scripts/setup.sh --test installs it). Every request that is not
// loopback goes to a catch-all proxy, which records it.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, requireFreshExtension } from './helpers.mjs';
import { BOILERPLATE, PAGES, TABS, factOf, serveFixtures } from './extension-fixtures.mjs';

const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
const BUILT = join(ROOT, 'dist', 'extension-firefox');
const skip = existsSync(FIREFOX) ? false : `no Firefox at ${FIREFOX} (apt-get install firefox-esr)`;
const UUID = '6a3c2f1e-0d4b-4c1a-9e2f-67a5b1c0e001';

let env;
before(async () => {
  if (skip) return;
  if (!existsSync(join(BUILT, 'manifest.json'))) throw new Error('dist/extension-firefox missing: run scripts/build-extension.sh');
  requireFreshExtension(BUILT);
  const dir = mkdtempSync(join(tmpdir(), 'gistr-firefox-'));
  const extDir = join(dir, 'extension');
  cpSync(BUILT, extDir, { recursive: true });
  const manifest = JSON.parse(readFileSync(join(extDir, 'manifest.json'), 'utf8'));
  assert.ok(!manifest.host_permissions && !manifest.permissions.includes('tabs'), 'installs with neither tabs nor host permissions');
  manifest.permissions.push('tabs');
  manifest.host_permissions = ['http://127.0.0.1/*'];
  writeFileSync(join(extDir, 'manifest.json'), JSON.stringify(manifest));
  const fixtures = await serveFixtures();
  // Everything that is not loopback goes through this "proxy", which records and refuses it.
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
  const port = proxy.address().port;
  const { default: puppeteer } = await import('puppeteer-core');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ 'gistr@gistr.invalid': UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
    },
  });
  env = { browser, dir, extDir, proxy, escaped, ...fixtures, pages: {} };
});
after(async () => {
  if (!env) return;
  await env.browser.close();
  await new Promise((ok) => env.server.close(ok));
  await new Promise((ok) => env.proxy.close(ok));
  rmSync(env.dir, { recursive: true, force: true });
});

/**
 * Waits until `fn` is true in `page`. An evaluation that a navigation cuts short is tried again:
 * Firefox reports it as a protocol error ("right-hand side of 'in' should be an object, got null",
 * seen in CI while the panel's tab moved into the extension's process), which puppeteer's
 * waitForFunction does not take for a lost context and throws. The last error is kept for the
 * timeout's message, so a panel that never gets ready still fails.
 */
async function pollThroughNavigation(page, fn, timeout) {
  const end = Date.now() + timeout;
  let last = 'never true';
  for (;;) {
    try {
      if (await page.evaluate(fn)) return;
    } catch (e) {
      last = e.message;
    }
    if (Date.now() > end) throw new Error(`not ready after ${timeout} ms: ${last}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

/** The text of the highlight gistr set in a page, or '' (the page's own world sees it too). */
const highlightOf = (page) =>
  page.evaluate(() => (globalThis.CSS?.highlights?.get('gistr') ? [...CSS.highlights.get('gistr')][0].toString().replace(/\s+/g, ' ') : ''));

test('Firefox: three tabs summarised together; a click shows the sentence in its tab; a selection', { skip }, async () => {
  const { browser } = env;
  assert.equal(await browser.installExtension(env.extDir), 'gistr@gistr.invalid');
  for (const [key, t] of Object.entries(TABS)) {
    const page = await browser.newPage();
    await page.goto(`${env.base}${t.file}`);
    env.pages[key] = page;
  }
  const panel = await browser.newPage();
  const problems = [];
  panel.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  panel.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  // The navigation into the extension's process detaches the frame the promise waits on: poll instead.
  panel.goto(`moz-extension://${UUID}/panel.html`).catch(() => {});
  await pollThroughNavigation(panel, () => location.protocol === 'moz-extension:' && document.documentElement.dataset.ready === 'true', 20000);

  await panel.click('#choose-tabs');
  await panel.waitForSelector('#tab-list input', { timeout: 10000 });
  const listed = await panel.$$eval('#tab-list .tab-title', (els) => els.map((e) => e.textContent));
  for (const t of Object.values(TABS)) assert.ok(listed.some((l) => l.startsWith(t.title)), `“${t.title}” listed: ${listed}`);
  for (const box of await panel.$$('#tab-list input')) await box.click();
  await panel.click('#summarise-tabs');
  await panel.waitForFunction(() => /from 3 tabs/.test(document.getElementById('status').textContent), { timeout: 20000 });

  // The same summary as in Chromium: fixture sentences, each fact once, the right tabs credited.
  const items = await panel.$$eval('#summary .summary-item', (els) =>
    els.map((el) => ({ text: el.querySelector('.sentence-text').textContent, sites: [...el.querySelectorAll('.chip-site')].map((c) => c.textContent).sort() })),
  );
  assert.ok(items.length >= 4);
  const seen = new Set();
  for (const item of items) {
    const f = factOf(item.text);
    assert.ok(f, `a fixture sentence: ${item.text}`);
    assert.ok(!seen.has(f.fact), `“${f.fact}” once`);
    seen.add(f.fact);
    assert.deepEqual(item.sites, (f.credited || f.tabs).map((k) => TABS[k].site).sort(), `tabs credited for “${f.fact}”`);
  }
  const summaryText = await panel.$eval('#summary', (e) => e.textContent);
  for (const b of BOILERPLATE) assert.ok(!summaryText.includes(b), `“${b}” is not in the summary`);

  // A click on a sentence brings its tab to the front with the sentence highlighted.
  const first = factOf(items[0].text);
  await panel.click('#summary .sentence-text');
  const tab = env.pages[first.at];
  await tab.waitForFunction(() => document.visibilityState === 'visible', { timeout: 10000 });
  assert.equal(await highlightOf(tab), items[0].text);

  // The selection, as the context-menu entry hands it over (a request in session storage).
  const html = readFileSync(join(PAGES, TABS.coast.file), 'utf8');
  const text = [...html.matchAll(/<p>([^<]+)<\/p>/g)].map((m) => m[1]).filter((p) => p.split(' ').length > 8).join('\n');
  await panel.evaluate(
    (text, title) => browser.storage.session.set({ request: { kind: 'selection', seq: Date.now() * 1000, text, title, site: 'Coastline Daily' } }),
    text,
    TABS.coast.title,
  );
  await panel.waitForFunction(() => /from the selection/.test(document.getElementById('status').textContent), { timeout: 20000 });
  const sentences = await panel.$$eval('#summary .sentence-text', (els) => els.map((e) => e.textContent));
  assert.ok(sentences.length >= 3, `a summary of the selection: ${sentences}`);
  for (const s of sentences) assert.ok(text.includes(s), `“${s}” is a sentence of the selection`);

  assert.deepEqual(problems, []);
  // Firefox itself polls its Remote Settings service (firefox.settings.services.mozilla.com),
  // extension or not; allowed here by name. Anything else that leaves fails.
  assert.deepEqual(env.escaped.filter((r) => r !== 'CONNECT firefox.settings.services.mozilla.com:443'), [], 'requests that reached the catch-all proxy');
  assert.deepEqual(env.served.filter((u) => !Object.values(TABS).some((t) => u === `/${t.file}`)), [], 'the fixture server served only the three pages');
});
