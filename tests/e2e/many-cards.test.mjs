// 3,000 pasted articles: every action on the cards works (add, type, remove
// and undo, reorder, show more and earlier, clear and undo) while only a
// window of boxes is in the page. Issue 22: adding a box focused the new last
// one, which built and laid out all 3,002 boxes (2.5 s), and every action
// after that rebuilt them all. Behaviour only; the timings are in
// scripts/bench-longtask.mjs.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { openPage, pasteText, settled, setup } from './helpers.mjs';

/** The most boxes in the page at once (MAX_SHOWN in www/cards.js). */
const MAX_BOXES = 40;

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

/** Pastes 3,000 small articles separated by --- lines into the first box. */
async function pasteArticles(page) {
  await page.evaluate(() => {
    const parts = [];
    for (let i = 0; i < 3000; i++) parts.push(`Report ${i} from the harbour office\nBoat ${i} reached harbour ${i % 31} on day ${i % 365} with ${(i * 7) % 300} people aboard.`);
    window.__text = parts.join('\n---\n');
  });
  await pasteText(page);
  await page.waitForFunction(() => document.getElementById('article-count').textContent === '3000');
}

/**
 * The boxes in the page: how many (and how many .card elements in all), the
 * number each shows, says to screen readers and has among all, its title, and
 * the buttons around them. Fails when more than MAX_BOXES are in the page or a
 * box's numbers disagree.
 */
async function shown(page) {
  const state = await page.evaluate(() => {
    const boxes = [...document.querySelectorAll('#cards > li')];
    const visible = (sel) => {
      const b = document.querySelector(sel);
      return b && !b.hidden ? b.textContent : '';
    };
    return {
      cards: document.querySelectorAll('.card').length,
      boxes: boxes.map((li) => ({
        chip: li.querySelector('.chip-num').textContent,
        heading: li.querySelector('.card-title').textContent,
        pos: li.getAttribute('aria-posinset'),
        size: li.getAttribute('aria-setsize'),
        up: li.querySelector('.move-up').getAttribute('aria-label'),
        upDisabled: li.querySelector('.move-up').disabled,
        downDisabled: li.querySelector('.move-down').disabled,
        text: li.querySelector('textarea')?.value ?? '',
      })),
      earlier: visible('.earlier-cards'),
      more: visible('.more-cards'),
      said: document.querySelector('.cards-said')?.textContent ?? '',
    };
  });
  assert.ok(state.cards <= MAX_BOXES, `${state.cards} boxes are in the page (at most ${MAX_BOXES})`);
  const total = Number(state.boxes[0]?.size);
  state.boxes.forEach((b, k) => {
    const n = Number(state.boxes[0].pos) + k;
    assert.equal(b.pos, String(n), 'the boxes are consecutive');
    assert.equal(b.chip, String(n));
    assert.ok(b.heading.startsWith(`Article ${n}: `), b.heading);
    assert.equal(b.up, `Move article ${n} up`);
    assert.equal(b.size, String(total));
    assert.equal(b.upDisabled, n === 1);
    assert.equal(b.downDisabled, n === total);
  });
  return { ...state, first: Number(state.boxes[0]?.pos), last: Number(state.boxes.at(-1)?.pos), total };
}

/** What has the focus: its class, and the number of the box it is in. */
const focused = (page) => page.evaluate(() => {
  const el = document.activeElement;
  return { cls: el.className, box: el.closest('.card')?.getAttribute('aria-posinset') ?? null, label: el.labels?.[0]?.textContent ?? el.getAttribute('aria-label') };
});

test('3,000 pasted articles: add, remove, undo, reorder, show more and clear work with a bounded number of boxes', async () => {
  const { page, context, errors } = await openPage(env.browser, env.base);
  await pasteArticles(page);
  // 3,000 boxes from the paste and the page's second, empty box: the first 8 shown.
  let s = await shown(page);
  assert.equal(s.boxes.length, 8);
  assert.equal(s.total, 3001);
  assert.equal(s.more, 'Show 8 more (2,993 articles not shown)');
  assert.equal(s.earlier, '');

  // Add: the new box is shown, last, with the focus in its text; the count is said.
  await page.click('#add-button');
  s = await shown(page);
  assert.equal(s.total, 3002);
  assert.equal(s.last, 3002);
  assert.deepEqual(await focused(page), { cls: 'card-text', box: '3002', label: 'Text of article 3002' });
  assert.equal(s.said, 'Added article 3,002 of 3,002.');
  assert.match(s.earlier, /^Show 8 earlier \(2,99\d articles not shown above\)$/);
  assert.equal(s.more, '');
  await page.keyboard.type('Lighthouse keeper retires after forty years\nThe keeper of the north light said goodbye to the lamp on Friday.');
  await page.waitForFunction(() => document.getElementById('article-count').textContent === '3001');

  // Reorder: up one place, the focus staying on the moved box's button.
  await page.locator('#cards > li').last().locator('.move-up').click();
  s = await shown(page);
  assert.equal(s.boxes.at(-2).heading, 'Article 3001: Lighthouse keeper retires after forty years');
  assert.equal(s.boxes.at(-1).text, '', 'the empty box is last now');
  assert.deepEqual(await focused(page), { cls: 'icon-button move-up', box: '3001', label: 'Move article 3001 up' });
  await page.keyboard.press('Enter');
  s = await shown(page);
  assert.equal(s.boxes.at(-3).heading, 'Article 3000: Lighthouse keeper retires after forty years');

  // Remove it, then Undo: back in its place, with its text.
  await page.locator('#cards > li').nth(s.boxes.length - 3).locator('.remove').click();
  s = await shown(page);
  assert.equal(s.total, 3001);
  assert.ok(!s.boxes.some((b) => b.heading.includes('Lighthouse')));
  assert.equal(await page.textContent('#article-count'), '3000');
  assert.deepEqual(await focused(page), { cls: 'icon-button remove', box: '3000', label: 'Remove article 3000' });
  await page.click('#toast-action');
  s = await shown(page);
  assert.equal(s.total, 3002);
  assert.equal(s.boxes.find((b) => b.pos === '3000')?.heading, 'Article 3000: Lighthouse keeper retires after forty years');
  assert.equal(await page.textContent('#article-count'), '3001');

  // Show earlier, as far as the window goes: the boxes before come in, the last go out.
  const before = s.first;
  for (let k = 1; k <= 6; k++) {
    await page.click('.earlier-cards');
    s = await shown(page);
    assert.equal(s.first, before - 8 * k);
    assert.equal(s.said, `Showing articles ${(s.first).toLocaleString('en')} to ${s.last.toLocaleString('en')} of 3,002.`);
    assert.deepEqual((await focused(page)).box, String(before - 8 * (k - 1) - 1), 'the focus is in the box just above the ones shown before');
  }
  assert.equal(s.boxes.length, MAX_BOXES);
  assert.match(s.more, /^Show 8 more \(\d+ articles not shown\)$/);

  // Clear all, and Undo: the articles are back, the first boxes shown.
  await page.click('#clear-button');
  s = await shown(page);
  assert.equal(s.total, 2);
  assert.deepEqual(s.boxes.map((b) => b.text), ['', '']);
  assert.equal(s.more, '');
  assert.equal(s.earlier, '');
  await page.click('#toast-action');
  s = await shown(page);
  assert.equal(s.total, 3002);
  assert.equal(s.first, 1);
  assert.equal(s.boxes.length, 8);
  assert.equal(await page.textContent('#article-count'), '3001');

  // Show more, past what the window holds: the first boxes go out and "Show earlier" comes.
  for (let k = 1; k <= 6; k++) {
    await page.click('.more-cards');
    s = await shown(page);
    assert.equal(s.last, 8 + 8 * k);
    assert.deepEqual((await focused(page)).box, String(8 * k + 1), 'the focus is in the first box shown');
  }
  assert.equal(s.boxes.length, MAX_BOXES);
  assert.equal(s.first, 56 - MAX_BOXES + 1);
  assert.equal(s.earlier, `Show 8 earlier (${56 - MAX_BOXES} articles not shown above)`);

  // Remove the first box shown: the one after the window comes in.
  await page.locator('#cards > li').first().locator('.remove').click();
  s = await shown(page);
  assert.equal(s.total, 3001);
  assert.equal(s.boxes.length, MAX_BOXES);
  assert.equal(await page.textContent('#article-count'), '3000');
  await settled(page);
  assert.deepEqual(errors, []);
  await context.close();
});

test('articles typed into one box with --- lines, then "Clear all": nothing is left (the split after the edit finds its box gone)', async () => {
  const { page, context, errors } = await openPage(env.browser, env.base);
  const text = Array.from({ length: 5 }, (_, i) => `Report ${i} from the harbour office\nBoat ${i} reached harbour on day ${i}.`).join('\n---\n');
  await page.locator('#cards textarea').first().fill(text);
  await page.waitForFunction(() => document.getElementById('article-count').textContent === '5');
  // The click ends the edit: the box is split a task after its change event, after the clear.
  await page.click('#clear-button');
  await settled(page);
  await page.waitForTimeout(300);
  assert.equal(await page.textContent('#article-count'), '0');
  assert.deepEqual(await page.locator('#cards textarea').evaluateAll((areas) => areas.map((a) => a.value)), ['', '']);
  assert.deepEqual(errors, []);
  await context.close();
});
