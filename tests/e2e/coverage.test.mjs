// The coverage grid ("Who reported what", www/coverage.js) on the page: a
// table with headers that agrees with the summary's credits, marks the
// conflicting article, shows an article's version on focus and hover,
// transposes when there are more articles than facts, and fits 360 px.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { LIBRARY_A, LIBRARY_B, LIBRARY_C, MARKDOWN_ARTICLE, TEXT_ARTICLE, fillArticle, openPage, settled, setup, summaryTexts } from './helpers.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

async function threeArticles(page, sentences) {
  await fillArticle(page, 0, LIBRARY_A);
  await fillArticle(page, 1, LIBRARY_B);
  await fillArticle(page, 2, LIBRARY_C);
  await page.fill('#length-input', String(sentences));
  return summaryTexts(page, sentences);
}

/** Per row of the grid: the articles (1-based) whose cell is filled or marked, and which are marked. */
function gridRows(page) {
  return page.$$eval('#coverage tbody tr', (rows) =>
    rows.map((tr) => {
      const cells = [...tr.querySelectorAll('td')];
      return {
        states: cells.flatMap((td, i) => (td.querySelector('.cov-mark') ? [i + 1] : [])),
        // Cells of articles credited with the fact: every ●, and a ≠ of a
        // credited version (a ≠ of a related sentence is not counted).
        counted: cells.flatMap((td, i) => (td.querySelector('.cov-mark:not([aria-label$="(not counted as reporting it)"])') ? [i + 1] : [])),
        marked: cells.flatMap((td, i) => (td.querySelector('.cov-conflict') ? [i + 1] : [])),
      };
    }));
}

test('one row per fact, one column per article, agreeing with the summary and marking the conflict', async () => {
  const { page, context, errors } = await openPage(env.browser, env.base);
  const texts = await threeArticles(page, 6);
  assert.equal(await page.isVisible('#coverage'), true);
  assert.equal(await page.textContent('#coverage h3'), 'Who reported what');
  // Only elements and words: no "null" from an absent part (the "more articles" note).
  assert.deepEqual(await page.$eval('#coverage', (c) => [...c.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent)), []);
  assert.equal(await page.locator('#coverage thead th[scope="col"]').count(), 4, 'a corner and three articles');
  assert.equal(await page.locator('#coverage tbody th[scope="row"]').count(), 6);
  // The credits of each summary sentence, from its chips.
  const credited = await page.$$eval('#summary .summary-item', (items) =>
    items.map((li) => [...li.querySelectorAll('.carried .chip-num')].map((n) => Number(n.textContent))));
  const rows = await gridRows(page);
  assert.deepEqual(rows.map((r) => r.counted), credited);
  // The cost: 3.2 million in article 1 against 3.9 million in article 2.
  const cost = texts.findIndex((t) => /million dollars/.test(t));
  assert.ok(cost >= 0, 'the cost is in the summary');
  const other = /3\.9/.test(texts[cost]) ? 1 : 2;
  assert.deepEqual(rows[cost].marked, [other]);
  const label = await page.getAttribute(`#coverage tbody tr:nth-child(${cost + 1}) .cov-conflict`, 'aria-label');
  assert.match(label, /with a different number “3\.[29] million” where the summary says “3\.[29] million”/);
  // Every cell says what it means in words, not only in colour.
  const unlabelled = await page.$$eval('#coverage td', (tds) => tds.filter((td) => !(td.textContent.trim() || td.querySelector('[aria-label]'))).length);
  assert.equal(unlabelled, 0);
  assert.deepEqual(errors, []);
  await context.close();
});

test("focus and hover show that article's version; activating a cell opens the fact's versions", async () => {
  const { page, context, errors } = await openPage(env.browser, env.base);
  const texts = await threeArticles(page, 6);
  const cost = texts.findIndex((t) => /million dollars/.test(t));
  const mark = page.locator(`#coverage tbody tr:nth-child(${cost + 1}) .cov-conflict`);
  await mark.focus();
  const tip = page.locator('#coverage [role="tooltip"]');
  assert.equal(await tip.isVisible(), true);
  const other = await mark.getAttribute('data-article');
  assert.match(await tip.textContent(), new RegExp(`Article ${Number(other) + 1}`));
  assert.match(await tip.textContent(), other === '0' ? /The repairs cost 3\.2 million dollars/ : /3\.9 million dollars/);
  assert.equal(await mark.getAttribute('aria-describedby'), await tip.getAttribute('id'));
  await page.keyboard.press('Escape');
  assert.equal(await tip.isVisible(), false);
  // Hover over a plain filled cell of another row.
  const plain = page.locator('#coverage tbody tr:nth-child(1) .cov-mark').nth(1);
  await plain.hover();
  assert.equal(await tip.isVisible(), true);
  assert.match(await tip.textContent(), /Article 2/);
  await mark.click();
  assert.equal(await page.getAttribute(`#summary-${cost}`, 'aria-expanded'), 'true');
  assert.deepEqual(errors, []);
  await context.close();
});

test("the columns carry each article's short name (its source or site, else the start of its title), whole in the tooltip, readable at 360 px", async () => {
  const { page, context, errors } = await openPage(env.browser, env.base, { viewport: { width: 360, height: 800 } });
  await fillArticle(page, 0, LIBRARY_A, { source: 'www.riversidepost.example' });
  await fillArticle(page, 1, LIBRARY_B, { source: 'The Valley Times' });
  await fillArticle(page, 2, LIBRARY_C);
  await page.fill('#length-input', '5');
  await summaryTexts(page, 5);
  await page.waitForSelector('#coverage table:not(.transposed)');
  const columns = await page.$$eval('#coverage thead th.cov-article', (ths) => ths.map((th) => {
    const name = th.querySelector('.cov-col-name');
    const r = name?.getBoundingClientRect();
    const style = name && getComputedStyle(name);
    return {
      short: name?.textContent,
      title: th.getAttribute('title'),
      // Shown: in its column, at least 9 px tall text, not the visually hidden kind.
      shown: Boolean(r && r.width > 20 && r.height >= 9 && r.right <= th.getBoundingClientRect().right + 0.5 && style.position !== 'absolute'),
    };
  }));
  assert.deepEqual(columns, [
    { short: 'riversidepost', title: 'Riverside library reopens after flood repairs', shown: true },
    { short: 'Valley Times', title: 'Flood-hit Riverside library welcomes readers again', shown: true },
    { short: 'Readers return to…', title: 'Readers return to Riverside library', shown: true },
  ]);
  // A screen reader hears the whole name, not the short one twice.
  assert.match(await page.textContent('#coverage thead th.cov-article .visually-hidden'), /^Article 1: Riverside library reopens after flood repairs$/);
  const fits = await page.evaluate(() => document.querySelector('#coverage table').getBoundingClientRect().right <= document.querySelector('#coverage').getBoundingClientRect().right + 0.5);
  assert.equal(fits, true, 'five facts by three named articles fit 360 px');
  assert.deepEqual(errors, []);
  await context.close();
});

test('names too wide side by side stand on their end; side by side again where there is room', async () => {
  for (const [width, upright] of [[360, true], [1280, false]]) {
    const { page, context, errors } = await openPage(env.browser, env.base, { viewport: { width, height: 800 } });
    const sources = ['Riverside Post', 'Valley Times', 'Harbour Weekly', 'Daily Example', 'Council News'];
    for (const [i, text] of [LIBRARY_A, LIBRARY_B, LIBRARY_C, MARKDOWN_ARTICLE, TEXT_ARTICLE].entries()) await fillArticle(page, i, text, { source: sources[i] });
    await page.fill('#length-input', '8');
    await summaryTexts(page, 8);
    await page.waitForSelector('#coverage table:not(.transposed)');
    assert.equal(await page.locator('#coverage table.upright-names').count(), upright ? 1 : 0, `upright at ${width} px`);
    assert.deepEqual(await page.locator('#coverage .cov-col-name').allTextContents(), sources);
    // Every name shows whole, inside its column.
    const clipped = await page.$$eval('#coverage .cov-col-name', (els) => els.filter((el) => el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1 || el.getBoundingClientRect().right > el.closest('th').getBoundingClientRect().right + 0.5).map((el) => el.textContent));
    assert.deepEqual(clipped, [], `clipped at ${width} px`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('transposed when there are more articles than facts; hidden for one article; fits 360 px', async () => {
  const { page, context, errors } = await openPage(env.browser, env.base, { viewport: { width: 360, height: 800 } });
  await threeArticles(page, 2);
  assert.equal(await page.locator('#coverage table.transposed').count(), 1);
  assert.equal(await page.locator('#coverage tbody th[scope="row"]').count(), 3, 'one row per article');
  assert.equal(await page.locator('#coverage thead th[scope="col"]').count(), 3, 'a corner and two facts');
  const fits = await page.evaluate(() => {
    const table = document.querySelector('#coverage table').getBoundingClientRect();
    const section = document.querySelector('#coverage').getBoundingClientRect();
    return { page: document.documentElement.scrollWidth <= innerWidth, table: table.right <= section.right + 0.5 };
  });
  assert.deepEqual(fits, { page: true, table: true });
  await page.fill('#length-input', '6');
  await summaryTexts(page, 6);
  assert.equal(await page.locator('#coverage table.transposed').count(), 0);
  const fitsWide = await page.evaluate(() => document.querySelector('#coverage table').getBoundingClientRect().right <= document.querySelector('#coverage').getBoundingClientRect().right + 0.5);
  assert.equal(fitsWide, true, 'six facts by three articles fit 360 px');
  // One article: nothing to compare.
  for (const i of [2, 1]) await page.locator('#cards > li').nth(i).locator('.remove').click();
  await settled(page);
  await page.waitForFunction(() => document.getElementById('coverage').hidden);
  assert.deepEqual(errors, []);
  await context.close();
});

test('the summary is drawn first, the grid and the sources each a frame later; idle waits for them; opening a sentence draws them at once', async () => {
  const { page, context, errors } = await openPage(env.browser, env.base);
  await threeArticles(page, 4);
  // Counts frames, and records in which frame each part changed and whether the page said it was idle.
  await page.evaluate(() => {
    const w = /** @type {any} */ (window);
    w.frames_ = 0;
    const tick = () => { w.frames_++; requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
    w.changes = [];
    for (const id of ['summary', 'coverage', 'sources']) {
      new MutationObserver(() => w.changes.push({ id, frame: w.frames_, idle: document.documentElement.dataset.idle }))
        .observe(document.getElementById(id), { childList: true, subtree: true });
    }
  });
  await page.fill('#length-input', '5');
  await page.waitForFunction(() => document.querySelectorAll('#summary .sentence-text').length === 5);
  await settled(page);
  const changes = await page.evaluate(() => /** @type {any} */ (window).changes);
  const first = (id) => changes.find((c) => c.id === id);
  assert.ok(first('summary') && first('coverage') && first('sources'), JSON.stringify(changes));
  assert.ok(first('coverage').frame > first('summary').frame, `the grid a frame after the summary: ${JSON.stringify(changes)}`);
  assert.ok(first('sources').frame > first('coverage').frame, `the sources a frame after the grid: ${JSON.stringify(changes)}`);
  // (The observer runs after the task that drew the sources, which also said the page was idle.)
  assert.ok(changes.filter((c) => c.id !== 'sources').every((c) => c.idle === 'false'), `not idle while any part is still to be drawn: ${JSON.stringify(changes)}`);
  assert.equal(await page.locator('#coverage tbody tr').count(), 5);

  // Opening a sentence as soon as the summary is drawn (wide layout: the sources follow it)
  // draws the grid and the sources then and there, for the new summary.
  const atOnce = await page.evaluate(() => new Promise((done) => {
    const observer = new MutationObserver(() => {
      if (document.querySelectorAll('#summary .sentence-text').length !== 6) return;
      observer.disconnect();
      /** @type {HTMLElement} */ (document.querySelector('#summary .sentence-text')).click();
      done({
        rows: document.querySelectorAll('#coverage tbody tr').length,
        marked: Math.max(...[...document.querySelectorAll('#sources [data-summary]')].map((e) => Number(/** @type {HTMLElement} */ (e).dataset.summary))),
        focused: document.querySelectorAll('#sources .in-focus').length,
      });
    });
    observer.observe(document.getElementById('summary'), { childList: true, subtree: true });
    const input = /** @type {HTMLInputElement} */ (document.getElementById('length-input'));
    input.value = '6';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }));
  assert.deepEqual({ ...atOnce, focused: atOnce.focused > 0 }, { rows: 6, marked: 6, focused: true });
  await settled(page);
  assert.equal(await page.locator('#coverage tbody tr').count(), 6);
  assert.deepEqual(errors, []);
  await context.close();
});

/** Two reports of two calls on two days (made up): like sentences, another date, two events. */
const CALL_A = `Leaders hold talks on grain corridor
The prime minister spoke with the president by phone on Tuesday about reopening the grain corridor through the strait, the government said.
Officials said the call lasted about an hour and covered shipping insurance and port security.
Exporters have waited for weeks for a decision on the corridor.`;
const CALL_B = `Second call on grain corridor
The prime minister spoke with the president by phone on Thursday about reopening the grain corridor through the strait, the government said.
It was their second call in three days, after a first conversation that ended without agreement.
Farmers' groups urged both leaders to settle the dispute before the harvest.`;

test('two like sentences with two dates are not said to disagree: "Other date … another event, or a disagreement", ≈ in the grid', async () => {
  const { page, context, errors } = await openPage(env.browser, env.base);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.base });
  await fillArticle(page, 0, CALL_A);
  await fillArticle(page, 1, CALL_B);
  await summaryTexts(page);
  const conflicts = await page.locator('#summary .conflict').allTextContents();
  assert.equal(conflicts.length, 1, `one line for the two dates: ${conflicts}`);
  assert.match(conflicts[0], /^Other date: Tuesday in article 1, Thursday in article 2 \(Second call on grain corridor\): another event, or a disagreement$/);
  assert.doesNotMatch(await page.textContent('#summary'), /Dates? differ|disagree on the date/i);
  assert.equal(await page.getAttribute('#summary .conflicts', 'aria-label'), 'Differences between the versions');
  // The grid: ≈, a like sentence, not "states it with a different date".
  const mark = page.locator('#coverage .cov-other-date');
  assert.equal(await mark.count(), 1);
  assert.equal(await mark.textContent(), '≈');
  assert.match(await mark.getAttribute('aria-label'), /^Article 2 has a like sentence with another date “Thursday” where the summary says “Tuesday”: another event, or a disagreement \(not counted as reporting fact \d\)$/);
  assert.match(await page.textContent('#coverage .cov-legend'), /≈ a like sentence with another date: another event, or a disagreement/);
  // The copy says it the same way.
  await page.click('#copy-text');
  await page.waitForFunction(() => /plain text/.test(document.querySelector('#toast').textContent));
  const plain = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(plain, /  ! Other date: “Tuesday” here, “Thursday” in \[2\] Second call on grain corridor: another event, or a disagreement\n/);
  assert.doesNotMatch(plain, /dates differ/i);
  assert.deepEqual(errors, []);
  await context.close();
});

test('two names a column would show alike are told apart in the grid, at 360 px and wide', async () => {
  for (const width of [360, 1280]) {
    const { page, context, errors } = await openPage(env.browser, env.base, { viewport: { width, height: 800 } });
    // [sources, titles, the short names, whether each shows whole]
    const cases = [
      [['The Riverside Post Evening Edition', 'The Riverside Post Morning Edition', 'Valley Times'], [], ['…Evening Edition', '…Morning Edition', 'Valley Times'], true],
      [['news.example.com', 'news.example.org', 'www.example.net'], [], ['example.com', 'example.org', 'example.net'], true],
      // Two titles that open alike, as two of the seeds do: a column two words wide showed "Trump says…" twice.
      [['', '', 'Valley Times'], ['Trump says he hopes for ceasefire progress', 'Trump says Ukraine truce bid on track'], ['…he hopes for…', '…Ukraine truce bi…', 'Valley Times'], false],
    ];
    for (const [sources, titles, expected, whole] of cases) {
      for (const [i, text] of [LIBRARY_A, LIBRARY_B, LIBRARY_C].entries()) await fillArticle(page, i, text, { source: sources[i], title: titles[i] });
      await page.fill('#length-input', '5');
      await summaryTexts(page, 5);
      await page.waitForSelector('#coverage table:not(.transposed)');
      await page.waitForFunction((s) => document.querySelector('#coverage .cov-col-name')?.textContent.replace(/\u2060/g, '') === s, expected[0]);
      const names = await page.locator('#coverage .cov-col-name').allTextContents();
      assert.deepEqual(names.map((t) => t.replace(/\u2060/g, '')), expected, `at ${width} px`);
      // What tells them apart is on screen: each shows whole, or at least its first word, which differ.
      const shown = await page.$$eval('#coverage .cov-col-name', (els) => els.map((el) => ({
        text: el.textContent,
        whole: el.scrollHeight <= el.clientHeight + 1 && el.scrollWidth <= el.clientWidth + 1,
        first: (() => {
          const range = document.createRange();
          const node = el.firstChild;
          const word = /^\S+/.exec(node.textContent)[0];
          range.setStart(node, 0);
          range.setEnd(node, word.length);
          const r = range.getBoundingClientRect();
          const box = el.getBoundingClientRect();
          return r.bottom <= box.bottom + 0.5 && r.right <= box.right + 0.5 ? word : '';
        })(),
      })));
      if (whole) assert.deepEqual(shown.filter((c) => !c.whole).map((c) => c.text), [], `clipped at ${width} px`);
      const firsts = shown.map((c) => c.first);
      assert.ok(firsts.every(Boolean) && new Set(firsts).size === firsts.length, `first words shown and distinct at ${width} px: ${firsts}`);
    }
    assert.deepEqual(errors, []);
    await context.close();
  }
});

/** The contrast ratio of two CSS colours (rgb()/rgba(), alpha over `under`). */
function contrastIn(page, selector, pseudo) {
  return page.$$eval(selector, (els, pseudo) => {
    const rgb = (c) => (c.match(/[\d.]+/g) || []).map(Number);
    const over = (top, under) => {
      const a = top.length > 3 ? top[3] : 1;
      return [0, 1, 2].map((i) => top[i] * a + under[i] * (1 - a));
    };
    const lum = ([r, g, b]) => {
      const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    // The colour under an element: its own background and its ancestors', composed.
    const background = (el) => {
      const layers = [];
      for (let e = el; e; e = e.parentElement) {
        const c = rgb(getComputedStyle(e).backgroundColor);
        if (c.length > 3 && c[3] === 0) continue;
        layers.push(c);
        if (c.length === 3 || c[3] === 1) break;
      }
      return layers.reverse().reduce((under, top) => over(top, under), [255, 255, 255]);
    };
    return els.map((el) => {
      const bg = background(el);
      const fg = over(rgb(getComputedStyle(el, pseudo || null).color), bg);
      const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
      return { text: pseudo ? getComputedStyle(el, pseudo).content : el.textContent, ratio: Math.round(((a + 0.05) / (b + 0.05)) * 100) / 100 };
    });
  }, pseudo);
}

test('every mark of the grid and its legend has a contrast of 3:1 at least, light and dark', async () => {
  for (const colorScheme of ['light', 'dark']) {
    const { page, context, errors } = await openPage(env.browser, env.base, { colorScheme });
    await fillArticle(page, 0, CALL_A);
    await fillArticle(page, 1, CALL_B);
    await fillArticle(page, 2, LIBRARY_A);
    await fillArticle(page, 3, LIBRARY_B);
    await page.fill('#length-input', '6');
    await summaryTexts(page, 6);
    await page.waitForSelector('#coverage .cov-none');
    const marks = [
      ...(await contrastIn(page, '#coverage .cov-key')),
      ...(await contrastIn(page, '#coverage .cov-mark > span')),
      ...(await contrastIn(page, '#coverage .cov-none', '::before')),
    ];
    const low = marks.filter((m) => m.ratio < 3);
    assert.deepEqual(low, [], `${colorScheme}: marks under 3:1`);
    const kinds = new Set(marks.map((m) => m.text.replace(/"/g, '')));
    for (const k of ['●', '≠', '≈', '·']) assert.ok(kinds.has(k), `${colorScheme}: a ${k} to measure (${[...kinds]})`);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test('with many articles, the rows of those stating a fact come 24 at a time; those stating none are counted', async () => {
  const { page, context, errors } = await openPage(env.browser, env.base, { viewport: { width: 360, height: 800 } });
  // 40 articles carry the same report (each credited: copies), 10 report something else.
  const shared = 'The city council approved the new river bridge on Tuesday after a long debate about its cost.';
  const parts = [];
  for (let i = 0; i < 40; i++) parts.push(`${shared} Resident number ${i + 1} of street ${String.fromCharCode(65 + (i % 26))} spoke about parking ${i} times at the ${['north', 'south', 'east', 'west'][i % 4]} market.`);
  for (let i = 0; i < 10; i++) parts.push(`A violin recital number ${i + 1} filled the old chapel with music on a quiet evening in ${['May', 'June', 'July'][i % 3]}.`);
  await page.fill('#cards textarea', parts.join('\n---\n'));
  // Leaving the box splits it into 50 boxes (and summarises again): before the grid is read.
  await page.locator('#cards textarea').first().blur();
  await page.waitForFunction(() => document.querySelectorAll('#cards > li').length > 1);
  await page.waitForFunction(() => document.getElementById('article-count').textContent === '50');
  await summaryTexts(page);
  await settled(page);
  // The most articles one fact is credited to (its "k of n"): at least that many rows in all.
  const most = Math.max(...(await page.$$eval('#summary .summary-item .count', (c) => c.map((x) => parseInt(x.textContent, 10)))));
  const rows = () => page.locator('#coverage tbody tr').count();
  const button = page.locator('#coverage .cov-more-rows');
  assert.equal(await rows(), 24);
  const label = /^Show (\d+) more rows \((\d+) articles stating a fact not shown\)$/.exec(await button.textContent());
  assert.ok(label, await button.textContent());
  const stating = 24 + Number(label[2]);
  assert.equal(Number(label[1]), Math.min(24, stating - 24));
  assert.ok(most >= 40 && stating >= most && stating <= 50, `${most} credited to one fact, ${stating} stating one`);
  assert.equal(await page.textContent('#coverage .cov-more'), `The other ${50 - stating} articles state none of these facts.`);
  // By keyboard: the next rows come in, the focus goes to the first of them, and it is said.
  await button.focus();
  await page.keyboard.press('Enter');
  assert.equal(await rows(), Math.min(stating, 48));
  assert.equal(await page.evaluate(() => document.activeElement?.closest('tr') === document.querySelectorAll('#coverage tbody tr')[24]), true);
  assert.match(await page.textContent('#coverage .cov-said'), new RegExp(`^Showing ${Math.min(stating, 48)} of the ${stating} articles that state a fact\\.$`));
  // A new summary (another length) keeps the rows the reader asked for.
  await page.evaluate(() => document.querySelector('#coverage table')?.setAttribute('data-old', ''));
  await page.fill('#length-input', '4');
  await page.waitForFunction(() => document.querySelector('#coverage table') && !document.querySelector('#coverage table[data-old]'));
  await settled(page);
  assert.equal(await rows(), Math.min(stating, 48), 'the rows shown survive a new summary');
  while (await button.isVisible()) await button.click();
  assert.equal(await rows(), stating);
  // Each row is an article the summary credits with a fact, in order, none twice.
  const names = await page.$$eval('#coverage tbody th .chip-num', (n) => n.map((x) => Number(x.textContent)));
  assert.deepEqual(names, [...names].sort((a, b) => a - b));
  assert.equal(new Set(names).size, names.length);
  const counted = await page.$$eval('#coverage tbody tr', (trs) => trs.map((tr) => tr.querySelectorAll('.cov-mark:not([aria-label$="(not counted as reporting it)"])').length));
  assert.ok(counted.every((k) => k > 0), 'every row states a fact');
  assert.deepEqual(errors, []);
  await context.close();
});
