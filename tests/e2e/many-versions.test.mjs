// A fact that hundreds of articles state: opening it draws the first
// VERSIONS_SHOWN (24) version cards and a button for more, 200 at a time, so
// one click never builds and lays out a card per article (3,000 articles
// stating one fact built 3,000 cards in one task). Behaviour only: the
// counts of cards, not timings.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, settled, setup } from './helpers.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

test('a sentence that 400 articles state opens with 24 versions and shows more on request', async () => {
  const { page, context, errors } = await openPage(env.browser, env.base);
  const parts = [];
  for (let i = 0; i < 400; i++) {
    parts.push(`Bridge report ${i}\nThe city council approved the new river bridge on Tuesday after a long debate. Clerk ${i} counted ${i + 7} letters from residents of ward ${i % 13}.`);
  }
  // Typed into the first box, then split on its --- lines when the focus leaves it.
  await page.locator('#cards textarea').first().fill(parts.join('\n---\n'));
  await page.keyboard.press('Tab');
  await page.waitForFunction(() => document.getElementById('article-count').textContent === '400');
  await settled(page);
  const item = page.locator('#summary .summary-item').filter({ hasText: 'The city council approved the new river bridge' }).first();
  assert.match(await item.locator('.count').textContent(), /^400 of 400$/);
  // An article none of whose sentences was chosen still says it reports the fact, not just "0 in summary".
  const metas = await page.locator('#sources .source-meta').allTextContents();
  assert.ok(metas.some((m) => /· 0 in summary, reports 1 of its \d+ facts$/.test(m)), metas.slice(0, 3).join(' / '));
  assert.ok(!metas.some((m) => /· 0 in summary$/.test(m)), 'no article that reports a fact says only "0 in summary"');
  await item.locator('.sentence-text').click();
  const versions = item.locator('.versions');
  assert.match(await versions.locator('.versions-heading').textContent(), /^400 versions of this sentence$/);
  assert.equal(await versions.locator('.version').count(), 24);
  const more = versions.locator('.more-versions');
  assert.equal(await more.textContent(), 'Show 200 more (24 of 400 shown)');
  await more.click();
  assert.equal(await versions.locator('.version').count(), 224);
  // The focus goes to the first new card's way to its source, not back to the top.
  assert.equal(await page.evaluate(() => [...document.querySelectorAll('.versions .version .show-source')].indexOf(document.activeElement)), 24);
  assert.equal(await more.textContent(), 'Show 176 more (224 of 400 shown)');
  await more.click();
  assert.equal(await versions.locator('.version').count(), 400);
  assert.equal(await versions.locator('.more-versions').count(), 0, 'no button once all are shown');
  // Closed and opened again: back to the first 24.
  await item.locator('.sentence-text').click();
  await item.locator('.sentence-text').click();
  assert.equal(await versions.locator('.version').count(), 24);
  assert.deepEqual(errors, []);
  await context.close();
});
