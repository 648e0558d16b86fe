// A smoke test of the Firefox build (dist/extension-firefox) in Debian's
// firefox-esr, driven over WebDriver BiDi with puppeteer-core (Playwright
// cannot drive a stock Firefox). The extension is installed as a temporary
// add-on; its panel page is opened as a tab at its moz-extension:// address
// (navigating there needs Firefox's --remote-allow-system-access). The panel
// is given a selection the way the context-menu entry gives it one (a request
// in session storage) and must summarise it with the wasm module that ships
// inside the extension. Skipped when firefox-esr is not installed
// (scripts/setup.sh --test installs it).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './helpers.mjs';

const FIREFOX = process.env.FIREFOX || '/usr/bin/firefox-esr';
const BUILT = join(ROOT, 'dist', 'extension-firefox');
const skip = existsSync(FIREFOX) ? false : `no Firefox at ${FIREFOX} (apt-get install firefox-esr)`;
const UUID = '6a3c2f1e-0d4b-4c1a-9e2f-67a5b1c0e001';

let browser;
before(async () => {
  if (skip) return;
  if (!existsSync(join(BUILT, 'manifest.json'))) throw new Error('dist/extension-firefox missing: run scripts/build-extension.sh');
  const { default: puppeteer } = await import('puppeteer-core');
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ 'gistr@gistr.invalid': UUID }) },
  });
});
after(async () => {
  await browser?.close();
});

test('Firefox: the panel summarises a selection with the wasm inside the extension', { skip }, async () => {
  const id = await browser.installExtension(BUILT);
  assert.equal(id, 'gistr@gistr.invalid');
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  // The navigation into the extension's process detaches the frame the promise waits on: poll instead.
  page.goto(`moz-extension://${UUID}/panel.html`).catch(() => {});
  await page.waitForFunction(() => location.protocol === 'moz-extension:' && document.documentElement.dataset.ready === 'true', { timeout: 20000 });

  // The Coastline Daily article's paragraphs, as a reader would select them.
  const html = readFileSync(join(ROOT, 'tests', 'fixtures', 'pages', 'coastline-daily.html'), 'utf8');
  const paragraphs = [...html.matchAll(/<p>([^<]+)<\/p>/g)].map((m) => m[1]).filter((p) => p.split(' ').length > 8);
  assert.ok(paragraphs.length >= 5);
  const text = paragraphs.join('\n');
  await page.evaluate((text) => browser.storage.session.set({ request: { kind: 'selection', seq: Date.now() * 1000, text, title: 'Passengers rescued', site: 'Coastline Daily' } }), text);
  await page.waitForFunction(() => /from the selection/.test(document.getElementById('status').textContent), { timeout: 20000 });
  const sentences = await page.$$eval('#summary .sentence-text', (els) => els.map((e) => e.textContent));
  assert.ok(sentences.length >= 3, `a summary: ${sentences}`);
  for (const s of sentences) assert.ok(text.includes(s), `“${s}” is a sentence of the selection`);
  assert.equal(await page.$eval('#summary .chip-site', (e) => e.textContent), 'Coastline Daily');
  assert.deepEqual(problems, []);
});
