// Of many articles (3,000 pasted), the source views: only a window of them is
// in the page, with real buttons to the others ("Show more", "Show earlier",
// an article by its number), a line that says which are shown, and every
// way to a source (a cell of the grid, a sentence of the summary) moving the
// window to it. Issue 22: the summary view built all 3,000 sources after each
// action, and every frame after laid out about 12,000 objects (140-190 ms of
// CPU a task at "to idle", scripts/bench-longtask.mjs). Small inputs show
// every source, without these controls. Behaviour only; the timings are in
// the bench script.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { LIBRARY_A, LIBRARY_B, LIBRARY_C, fillArticle, openPage, pasteText, settled, setup, summaryTexts } from './helpers.mjs';

/** The most source views in the page at once (MAX_SOURCES in www/render.js). */
const MAX_SOURCES = 48;

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

/**
 * Puts `n` small articles separated by --- lines into the first box (pasted, as a reader would
 * 3,000; typed in, for a few, as the page leaves a short paste to the textarea) and waits for the summary.
 */
async function pasteArticles(page, n) {
  const text = Array.from({ length: n }, (_, i) => `Report ${i} from the harbour office\nBoat ${i} reached harbour ${i % 31} on day ${i % 365} with ${(i * 7) % 300} people aboard. The harbour master said crew ${i} had sailed from port ${i % 17} in calm weather.`).join('\n---\n');
  if (n < 1000) {
    await page.locator('#cards textarea').first().fill(text);
    await page.locator('#cards textarea').first().blur(); // the box is split into one an article
  } else {
    await pasteText(page, text);
  }
  await page.waitForFunction((n) => document.getElementById('article-count').textContent === String(n), n);
  await summaryTexts(page);
}

/**
 * The source views in the page (their article numbers, 1-based), the
 * controls around them (their text when shown, '' when hidden), what was
 * said, and the focus. Fails when more than MAX_SOURCES are in the page or
 * they are not consecutive.
 */
async function sources(page) {
  await settled(page);
  const s = await page.evaluate(() => {
    const visible = (sel) => {
      const el = document.querySelector(sel);
      return el && !el.hidden && el.getClientRects().length ? el.textContent : '';
    };
    return {
      shown: [...document.querySelectorAll('#sources .source')].map((el) => Number(el.id.replace('source-', '')) + 1),
      line: visible('.sources-shown'),
      more: visible('.more-sources'),
      earlier: visible('.earlier-sources'),
      go: Boolean(visible('.sources-go')),
      said: document.querySelector('.sources-said')?.textContent ?? '',
      focus: document.activeElement?.id ?? '',
      elements: document.querySelectorAll('body *').length,
    };
  });
  assert.ok(s.shown.length <= MAX_SOURCES, `${s.shown.length} sources are in the page (at most ${MAX_SOURCES})`);
  s.shown.forEach((n, k) => assert.equal(n, s.shown[0] + k, `the sources are consecutive: ${s.shown}`));
  return { ...s, first: s.shown[0], last: s.shown.at(-1) };
}

test('3,000 articles: a window of sources with buttons to the others, and every way to a source moves it there', async () => {
  const { page, context, errors } = await openPage(env.browser, env.base);
  await pasteArticles(page, 3000);
  let s = await sources(page);
  assert.deepEqual([s.first, s.last], [1, 24]);
  assert.equal(s.line, '24 of 3,000 articles shown (1–24)');
  assert.equal(s.more, 'Show 24 more (2,976 articles not shown)');
  assert.equal(s.earlier, '');
  assert.ok(s.go, 'the field to show an article by its number is there');
  // The whole page, cards and grid included, stays small (it held about 36,000 elements).
  assert.ok(s.elements < 3000, `${s.elements} elements in the page`);

  // Show more, by keyboard: the next 24 come in, the focus goes to the first of them, it is said.
  await page.focus('.more-sources');
  await page.keyboard.press('Enter');
  s = await sources(page);
  assert.deepEqual([s.first, s.last], [1, 48]);
  assert.equal(s.focus, 'source-24');
  assert.equal(s.said, 'Showing articles 1 to 48 of 3,000.');
  assert.equal(s.line, '48 of 3,000 articles shown (1–48)');
  // Again: the window keeps at most 48, the first ones go out.
  await page.click('.more-sources');
  s = await sources(page);
  assert.deepEqual([s.first, s.last], [25, 72]);
  assert.equal(s.focus, 'source-48');
  assert.equal(s.earlier, 'Show 24 earlier (24 articles not shown above)');
  await page.click('.earlier-sources');
  s = await sources(page);
  assert.deepEqual([s.first, s.last], [1, 48]);
  assert.equal(s.focus, 'source-23', 'the focus is in the source just above the ones shown before');
  assert.equal(s.earlier, '');

  // An article by its number.
  await page.fill('.sources-go-input', '2500');
  await page.press('.sources-go-input', 'Enter');
  s = await sources(page);
  assert.deepEqual([s.first, s.last], [2500, 2523]);
  assert.equal(s.focus, 'source-2499');
  assert.equal(s.said, 'Showing articles 2,500 to 2,523 of 3,000.');
  await page.fill('.sources-go-input', '3001');
  await page.press('.sources-go-input', 'Enter');
  s = await sources(page);
  assert.equal(s.first, 2500, 'a number out of range moves nothing');
  assert.equal(s.said, 'No article 3001: the numbers go from 1 to 3,000.');

  // A cell of the grid whose article is out of the window: the window moves to it, the focus to its sentence.
  const cell = page.locator('#coverage .cov-mark').last();
  const [article, sentence] = await cell.evaluate((b) => [Number(b.dataset.article), Number(b.dataset.sentence)]);
  assert.ok(article + 1 < 2500 && article + 1 > 48, `a cell of an article out of the window: ${article + 1}`);
  await cell.click();
  s = await sources(page);
  assert.ok(s.first <= article + 1 && article + 1 <= s.last, `article ${article + 1} in ${s.first}-${s.last}`);
  assert.equal(s.focus, `src-${article}-${sentence}`);
  assert.ok(await page.locator(`#src-${article}-${sentence}`).evaluate((el) => el.classList.contains('in-focus')), 'its version is outlined');

  // A new summary (a card removed) keeps the reader's place: the same numbers shown, of one fewer.
  const place = [s.first, s.last];
  await page.locator('#cards > li').first().locator('.remove').click();
  await page.waitForFunction(() => / of 2,999 articles shown/.test(document.querySelector('.sources-shown')?.textContent));
  s = await sources(page);
  assert.deepEqual([s.first, s.last], place);

  // Clear all: no source is left, and none comes later.
  await page.click('#clear-button');
  await settled(page);
  await page.waitForTimeout(500);
  s = await sources(page);
  assert.deepEqual(s.shown, []);
  assert.equal(s.line, '');
  assert.equal(s.more, '');
  assert.equal(s.go, false);
  assert.deepEqual(errors, []);
  await context.close();
});

test('up to 24 articles every source is shown without the controls; from 25 the window starts', async () => {
  const { page, context, errors } = await openPage(env.browser, env.base);
  await fillArticle(page, 0, LIBRARY_A);
  await fillArticle(page, 1, LIBRARY_B);
  await fillArticle(page, 2, LIBRARY_C);
  await summaryTexts(page);
  let s = await sources(page);
  assert.deepEqual(s.shown, [1, 2, 3]);
  assert.deepEqual([s.line, s.more, s.earlier, s.go], ['', '', '', false]);
  await page.click('#clear-button');
  await settled(page);

  await pasteArticles(page, 24);
  s = await sources(page);
  assert.equal(s.shown.length, 24);
  assert.deepEqual([s.line, s.more, s.earlier, s.go], ['', '', '', false]);
  await page.click('#clear-button');
  await settled(page);

  await pasteArticles(page, 25);
  s = await sources(page);
  assert.deepEqual([s.first, s.last], [1, 24]);
  assert.equal(s.line, '24 of 25 articles shown (1–24)');
  assert.equal(s.more, 'Show 1 more (1 article not shown)');
  await page.click('.more-sources');
  s = await sources(page);
  assert.deepEqual([s.first, s.last], [1, 25]);
  assert.equal(s.more, '');
  assert.equal(s.focus, 'source-24');
  assert.deepEqual(errors, []);
  await context.close();
});
