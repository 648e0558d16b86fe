// Numbers in the page's English text are written in English whatever the
// reader's locale: "1,800 words", not "1.800 words" (a German browser) beside
// "2 articles". The cards once used the reader's locale and the rest of the
// page English (www/render.js COUNT).
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fillArticle, openPage, setup, summaryTexts } from './helpers.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

test('a German browser: the cards and the summary write numbers as the English text around them does', async () => {
  const { context, page, errors } = await openPage(env.browser, env.base, { locale: 'de-DE' });
  try {
    assert.equal(await page.evaluate(() => (1500).toLocaleString()), '1.500', 'the context is German');
    // 1,800 words: 100 sentences of 18.
    const sentence = (i) => `The harbour office counted boat number ${i} arriving late on a calm grey morning in the northern bay.`;
    const text = Array.from({ length: 100 }, (_, i) => sentence(i)).join(' ');
    await fillArticle(page, 0, text);
    await fillArticle(page, 1, 'A second article about the boats in the harbour, which arrived late on Monday morning after a storm.');
    await summaryTexts(page);
    const meta = await page.locator('#cards > li .card-meta').first().textContent();
    assert.match(meta, /\b1,800 words\b/, meta);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
