// dist/gistr.html opened from file://: everything inlined, nothing fetched.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import {
  LAUNCH, LIBRARY_A, LIBRARY_B, SAVED_PAGE, SINGLE_FILE,
  dropFiles, fillArticle, gotoReady, openPage, requireBuilt, summaryTexts,
} from './helpers.mjs';

let browser;
before(async () => {
  requireBuilt({ single: true });
  browser = await chromium.launch(LAUNCH);
});
after(async () => {
  await browser?.close();
});

test('the single file has no outside reference and a policy with hashes, not unsafe-inline', () => {
  const html = readFileSync(SINGLE_FILE, 'utf8');
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1];
  assert.ok(csp, 'a CSP meta');
  assert.doesNotMatch(csp, /'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\s\*|https?:/);
  assert.match(csp, /script-src 'sha256-[A-Za-z0-9+/=]+' 'sha256-[A-Za-z0-9+/=]+' 'wasm-unsafe-eval'/);
  assert.match(csp, /style-src 'sha256-/);
  assert.match(csp, /connect-src 'none'/);
  assert.match(csp, /worker-src blob:/);
  assert.doesNotMatch(html, /<script[^>]+src=/i, 'no external script');
  assert.doesNotMatch(html, /<link[^>]+rel="stylesheet"/i, 'no external stylesheet');
});

test('from file:// it summarises, reads a dropped page, keeps state, and fetches nothing', async () => {
  const url = pathToFileURL(SINGLE_FILE).href;
  const { page, context, requests, errors, dialogs } = await openPage(browser, url);
  assert.equal(await page.getAttribute('html', 'data-build'), 'single-file');
  await fillArticle(page, 0, LIBRARY_A);
  await fillArticle(page, 1, LIBRARY_B);
  const texts = await summaryTexts(page);
  assert.ok(texts.length >= 2);
  assert.equal(await page.locator('#sources mark.sent').count(), texts.length);
  await dropFiles(page, [{ name: 'saved.html', type: 'text/html', content: SAVED_PAGE }]);
  await page.waitForFunction(() => document.querySelectorAll('#sources .source').length === 3);
  assert.equal(await page.locator('#cards .card-title-text').nth(2).textContent(), 'Harbour tunnel approved after long debate');
  await page.fill('#length-input', '2');
  await summaryTexts(page, 2);
  await page.waitForTimeout(500);
  await gotoReady(page, url);
  assert.equal(await page.inputValue('#length-input'), '2');
  await summaryTexts(page, 2);
  const foreign = requests.filter((u) => !/^(file|data|blob):/.test(u));
  assert.deepEqual(foreign, [], `requests from the single file: ${foreign.join(', ')}`);
  assert.deepEqual(errors, [], 'no error and no CSP report');
  assert.deepEqual(dialogs, []);
  await context.close();
});
