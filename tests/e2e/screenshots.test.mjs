// Screenshots of the page summarising the five seed articles (../shared/seeds
// beside the repository), in light, dark, at 360 px and with long articles,
// with checks on layout. They go to test-results/screenshots/, or to
// docs/screenshots/ with UPDATE_SCREENSHOTS=1 (those are committed).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, openPage, pasteText, settled, setup, summaryTexts } from './helpers.mjs';
import { pdfBytes } from './bad-inputs.mjs';

// GISTR_SEEDS names another folder (a worktree whose parent has no shared/).
const SEEDS = process.env.GISTR_SEEDS || join(ROOT, '..', 'shared', 'seeds');
const OUT = process.env.UPDATE_SCREENSHOTS === '1' ? join(ROOT, 'docs', 'screenshots') : join(ROOT, 'test-results', 'screenshots');
const seedFiles = existsSync(SEEDS) ? readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().slice(0, 5) : [];
const skip = seedFiles.length < 5 ? `no seed articles in ${SEEDS}` : false;

let env;
before(async () => {
  // Grey-scale text antialiasing keeps the PNGs small.
  env = await setup({ extraArgs: ['--disable-lcd-text'] });
  mkdirSync(OUT, { recursive: true });
});
after(async () => {
  await env?.close();
});

async function loadSeeds(page) {
  await page.setInputFiles('#file-input', seedFiles.map((f) => ({ name: f, mimeType: 'text/plain', buffer: readFileSync(join(SEEDS, f)) })));
  await page.waitForFunction(() => document.querySelectorAll('#sources .source').length === 5);
  return summaryTexts(page);
}

async function snap(page, name, options = {}) {
  await page.evaluate(() => {
    document.getElementById('toast').hidden = true; // "Added 5 articles." would cover the page
  });
  await page.screenshot({ path: join(OUT, name), ...options });
}

async function noHorizontalOverflow(page) {
  const { scroll, width, wide } = await page.evaluate(() => {
    const wide = [...document.querySelectorAll('body *')]
      .filter((el) => el.getClientRects().length && el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
      .filter((el) => !el.closest('.visually-hidden') && !el.classList.contains('clipboard-fallback'))
      .slice(0, 5)
      .map((el) => `${el.tagName.toLowerCase()}.${el.className}`);
    return { scroll: document.documentElement.scrollWidth, width: document.documentElement.clientWidth, wide };
  });
  assert.ok(scroll <= width, `page scrolls sideways: ${scroll} > ${width}`);
  assert.deepEqual(wide, [], 'elements past the right edge');
}

/** Opens the versions of the first sentence several articles carry (else the first sentence). */
async function openFirstCorroborated(page) {
  const many = page.locator('#summary .summary-item').filter({ has: page.locator('.count-many') });
  const item = (await many.count()) ? many.first() : page.locator('#summary .summary-item').first();
  await item.locator('.sentence-text').click();
  assert.equal(await item.locator('.sentence-text').getAttribute('aria-expanded'), 'true');
  return item;
}

for (const scheme of ['light', 'dark']) {
  test(`${scheme}: the seed articles summarised on a wide screen`, { skip }, async () => {
    const { page, context, errors } = await openPage(env.browser, env.base, {
      colorScheme: scheme, viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce',
    });
    const texts = await loadSeeds(page);
    assert.equal(texts.length, 5);
    await openFirstCorroborated(page);
    await page.waitForTimeout(100);
    await noHorizontalOverflow(page);
    assert.equal(await page.isVisible('#coverage table'), true, 'the coverage grid is shown');
    const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    assert.equal(bg === 'rgb(17, 19, 23)', scheme === 'dark', `dark background only in dark: ${bg}`);
    await snap(page, `${scheme}.png`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('narrow-360: one column, nothing wider than the screen', { skip }, async () => {
  const { page, context, errors } = await openPage(env.browser, env.base, {
    viewport: { width: 360, height: 800 }, deviceScaleFactor: 1, reducedMotion: 'reduce', isMobile: true, hasTouch: true,
  });
  await loadSeeds(page);
  await noHorizontalOverflow(page);
  const [a, s] = await page.evaluate(() => ['#articles-panel', '#summary-panel'].map((q) => document.querySelector(q).getBoundingClientRect().toJSON()));
  assert.ok(s.top >= a.bottom, 'the summary comes below the articles');
  // Below the articles, a link leads to the summary.
  await page.click('#jump-summary');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'summary-panel');
  await openFirstCorroborated(page);
  await noHorizontalOverflow(page);
  await page.locator('#summary-panel').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 8));
  await snap(page, 'narrow-360.png');
  assert.deepEqual(errors, []);
  await context.close();
});

test('long: long articles and a long summary, the whole page', { skip }, async () => {
  const { page, context, errors } = await openPage(env.browser, env.base, {
    viewport: { width: 1024, height: 1000 }, reducedMotion: 'reduce',
  });
  await loadSeeds(page);
  // One more, long article: the seeds' bodies run together as one roundup.
  const long = seedFiles.map((f) => readFileSync(join(SEEDS, f), 'utf8').trim()).join('\n\n');
  await page.click('#add-button');
  await page.locator('#cards textarea').last().fill(long);
  await page.locator('#cards .card-title-input').last().fill('Roundup: every report in one long article');
  await page.selectOption('#unit-select', 'words');
  await page.fill('#length-input', '220');
  await settled(page);
  await page.waitForFunction(() => document.querySelectorAll('#sources .source').length === 6);
  await noHorizontalOverflow(page);
  // The long article in the source view, with its highlights.
  await page.locator('#source-5').scrollIntoViewIfNeeded();
  await page.locator('#source-5').evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 100));
  await snap(page, 'long.png');
  assert.deepEqual(errors, []);
  await context.close();
});

test('bad-input-360-dark: a 5 MB text with no sentence end and a dropped PDF, at 360 px in dark', async () => {
  const { page, context, errors } = await openPage(env.browser, env.base, {
    viewport: { width: 360, height: 800 }, deviceScaleFactor: 1, colorScheme: 'dark', reducedMotion: 'reduce', isMobile: true, hasTouch: true,
  });
  await page.evaluate(() => (window.__text = 'a'.repeat(5e6)));
  await pasteText(page);
  await page.waitForFunction(() => /^No summary: the text has no sentence ends/.test(document.getElementById('status').textContent), null, { timeout: 30000 });
  await page.evaluate((bytes) => {
    const dt = new DataTransfer();
    dt.items.add(new File([new Uint8Array(bytes)], 'report.pdf', { type: 'application/pdf' }));
    document.getElementById('dropzone').dispatchEvent(new DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: dt }));
  }, [...pdfBytes()]);
  await page.waitForSelector('#file-problems:not([hidden])');
  await settled(page);
  await noHorizontalOverflow(page);
  assert.equal(await page.locator('#keywords .keyword').count(), 0, 'no key terms without a summary');
  await snap(page, 'bad-input-360-dark.png', { fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});
