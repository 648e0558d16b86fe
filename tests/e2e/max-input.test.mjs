// The largest input: the page refuses more than 64 MiB of text (www/limits.js,
// the core's own limit) before any work starts, says so, and keeps the text.
// In Node, the page's count of an input's bytes is the core's, to the byte:
// the core's TooLarge error names the bytes it counted. (The module's memory
// at the limit, in Chromium: scripts/bench-max-input.mjs.) The extension's
// panel is checked in extension.test.mjs.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { initSync, summarize } from '../../www/pkg/gistr.js';
import { MAX_INPUT_BYTES, inputSize, tooLargeMessage, utf8Length } from '../../www/limits.js';
import { LIBRARY_A, ROOT, fillArticle, makeText, openPage, pasteText, savedArticles, settled, setup } from './helpers.mjs';

const MAX = MAX_INPUT_BYTES;

/** The bytes the core counted, from its TooLarge message; null when it took the input. */
function coreBytes(articles) {
  try {
    summarize(articles, { sentences: 1 });
    return null;
  } catch (e) {
    const m = /input is too large: (\d+) bytes, the limit is (\d+) bytes/.exec(String(e.message));
    assert.ok(m, `a TooLarge error: ${e.message}`);
    assert.equal(Number(m[2]), MAX, 'the core and the page have the same limit');
    return Number(m[1]);
  }
}

describe('the page counts an input as the core does', () => {
  before(() => initSync({ module: readFileSync(`${ROOT}www/pkg/gistr_bg.wasm`) }));

  test('small inputs fit without being counted', async () => {
    assert.deepEqual(await inputSize([{ text: 'x'.repeat(MAX / 3), title: '' }]), { bytes: -1, fits: true });
    assert.equal(utf8Length('aé€😀\ud800'), 1 + 2 + 3 + 4 + 3);
  });

  // Each just over the limit (the core refuses it before any work, so this is quick), in
  // characters of every UTF-8 length, with lone surrogates and titles; the page's count is the core's.
  const cases = {
    'ASCII, one byte over': () => [{ text: 'a'.repeat(MAX + 1) }],
    'two-byte letters: fewer characters than the limit, more bytes': () => [{ text: 'é'.repeat(MAX / 2 + 1) }],
    'three-byte characters and a title': () => [{ title: 'Bridge € report', text: '€'.repeat(Math.floor(MAX / 3)) }],
    'emoji (surrogate pairs), lone surrogates, several articles': () => [
      { text: `${'😀'.repeat(MAX / 8)}\ud800` },
      { title: '\udfff', text: `${'a'.repeat(MAX / 2)}\ud83d` },
    ],
  };
  for (const [name, make] of Object.entries(cases)) {
    test(name, async () => {
      const articles = make();
      const page = await inputSize(articles);
      const core = coreBytes(articles);
      assert.equal(page.fits, false);
      assert.equal(page.bytes, core);
      assert.ok(page.bytes > MAX);
    });
  }

  test('exactly the limit fits; one two-byte letter more does not', async () => {
    const at = [{ text: `${'a'.repeat(MAX - 2)}é` }];
    assert.deepEqual(await inputSize(at), { bytes: MAX, fits: true });
    const over = [{ text: `${'a'.repeat(MAX - 2)}éé` }];
    assert.deepEqual(await inputSize(over), { bytes: MAX + 2, fits: false });
    assert.equal(coreBytes(over), MAX + 2);
  });

  test('the message says the size, the limit, that nothing was sent or lost, and what to do', () => {
    assert.equal(
      tooLargeMessage(70_000_123, 1, 'article'),
      'Too large to summarise: this article holds 70.0 MB of text, and gistr takes at most 67.1 MB (64 MiB) at once. Nothing was sent to the summariser, and the text is still here. Shorten it, and it is summarised.',
    );
    assert.match(tooLargeMessage(80e6, 2, 'article'), /^Too large to summarise: these articles hold 80\.0 MB of text, .* Remove an article or shorten one, and the rest is summarised\.$/);
    assert.match(tooLargeMessage(80e6, 1, 'tab'), /^Too large to summarise: this tab holds 80\.0 MB of text, .* Select a part of the page and summarise the selection\.$/);
    assert.match(tooLargeMessage(90e6, 3, 'tab'), /^Too large to summarise: these tabs hold 90\.0 MB of text, .* Summarise fewer tabs, or select a part of a page and summarise the selection\.$/);
  });
});

let env;
describe('the page refuses an input over the limit', () => {
  before(async () => {
    env = await setup();
  });
  after(async () => {
    await env?.close();
  });

  test('a 70 MB paste: refused at once with the reason, nothing sent to the worker, the text kept and still there after a reload', async () => {
    const { page, context, errors } = await openPage(env.browser, null);
    // Every message the page sends its worker (a request, or a piece of a long text).
    await context.addInitScript(() => {
      window.__sent = 0;
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (...args) {
        window.__sent++;
        return post.apply(this, args);
      };
    });
    await page.goto(env.base);
    await page.waitForSelector('html[data-ready="true"]');
    await makeText(page, 70);
    const length = await page.evaluate(() => window.__text.length);
    await pasteText(page);
    const refused = /^Too large to summarise: this article holds 70\.\d MB of text, and gistr takes at most 67\.1 MB \(64 MiB\) at once\. Nothing was sent to the summariser, and the text is still here\./;
    await page.waitForFunction((re) => new RegExp(re).test(document.getElementById('error-box').textContent), refused.source, { timeout: 30000 });
    await settled(page);
    assert.equal(await page.evaluate(() => window.__sent), 0, 'no message to the worker');
    assert.equal(await page.isVisible('#progress'), false, 'no busy line');
    assert.equal(await page.isVisible('#result'), false, 'no summary');
    assert.equal(await page.locator('#cards .card-preview').count(), 1, 'the text is in its box (a preview)');
    assert.match(await page.locator('#cards .card-meta').first().textContent(), /70\.\d million characters/);

    // Saved (IndexedDB, in pieces): after a reload the text is back, and refused again.
    const kept = async () => (await savedArticles(page)).find((a) => a.length)?.length ?? 0;
    let saved = 0;
    for (let i = 0; i < 150 && saved !== length; i++) {
      await page.waitForTimeout(200);
      saved = await kept();
    }
    assert.equal(saved, length, 'the whole text is saved');
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    await page.waitForFunction((re) => new RegExp(re).test(document.getElementById('error-box').textContent), refused.source, { timeout: 30000 });
    assert.equal(await page.evaluate(() => window.__sent), 0, 'no message to the worker after the reload');
    assert.match(await page.locator('#cards .card-meta').first().textContent(), /70\.\d million characters/);

    // A short article beside it: still too large together (two articles now). Without the long one, summarised.
    await fillArticle(page, 1, LIBRARY_A);
    await page.waitForFunction(() => /^Too large to summarise: these articles hold 70\.\d MB of text/.test(document.getElementById('error-box').textContent));
    await settled(page);
    assert.equal(await page.evaluate(() => window.__sent), 0);
    await page.locator('#cards > li').first().locator('.remove').click();
    await page.waitForSelector('#summary .sentence-text');
    await settled(page);
    assert.equal(await page.isVisible('#error-box'), false, 'the message is gone with the summary');
    assert.match(await page.textContent('#status'), /from 1 article/);
    assert.deepEqual(errors, []);
    await context.close();
  });
});
