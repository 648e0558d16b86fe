// Right-to-left text reads right to left: the reader's text (summary
// sentences, versions, sources, keywords, titles, the grid's excerpts and the
// boxes' text) takes its direction from its own first strong letter
// (dir="auto"), so an Arabic or Hebrew sentence starts at the right with its
// full stop at its end, beside English ones that stay left to right. Before,
// the page set no direction: Arabic lines were aligned left with the full
// stop at their start.
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

const ARABIC_A = 'أعلنت الحكومة يوم الاثنين عن خطة جديدة لبناء جسر فوق النهر في وسط المدينة. وقال وزير النقل إن المشروع سيكلف مليار دولار أمريكي. ومن المتوقع أن يبدأ العمل في الربيع المقبل بعد موافقة البرلمان.';
const ARABIC_B = 'كشفت الحكومة الاثنين عن خطة لبناء جسر جديد فوق النهر في وسط المدينة. وأوضح الوزير أن تكلفة المشروع تبلغ مليار دولار أمريكي. وسيستغرق البناء ثلاث سنوات حسب المهندسين.';
const ENGLISH = 'The government announced on Monday a new plan to build a bridge over the river in the city centre. The transport minister said the project would cost one billion dollars.';

test('Arabic reads right to left and English left to right, side by side', async () => {
  const { context, page, errors } = await openPage(env.browser, env.base);
  try {
    await fillArticle(page, 0, ARABIC_A, { title: 'خطة لبناء جسر جديد' });
    await fillArticle(page, 1, ARABIC_B);
    await fillArticle(page, 2, ENGLISH);
    await summaryTexts(page);
    const dirs = await page.evaluate(() => {
      const dir = (/** @type {Element | null} */ el) => (el ? getComputedStyle(el).direction : 'missing');
      const arabic = (/** @type {string} */ t) => /[\u0600-\u06ff]/.test(t.trim()[0] || '');
      const all = (/** @type {string} */ sel) => [...document.querySelectorAll(sel)];
      const pick = (/** @type {string} */ sel, /** @type {boolean} */ ar) => all(sel).find((e) => arabic(e.textContent || /** @type {HTMLTextAreaElement} */ (e).value || '') === ar) || null;
      return {
        sentenceAr: dir(pick('#summary .sentence-text', true)),
        sentenceEn: dir(pick('#summary .sentence-text', false)),
        sourceAr: dir(all('#sources .source-body')[0]),
        sourceEn: dir(all('#sources .source-body')[2]),
        textareaAr: dir(all('#cards textarea')[0]),
        textareaEn: dir(all('#cards textarea')[2]),
        titleAr: dir(all('#cards .card-title-input')[0]),
        keywordAr: dir(pick('#keywords .keyword', true)),
        excerptAr: dir(pick('#coverage .cov-excerpt', true)),
      };
    });
    assert.deepEqual(dirs, {
      sentenceAr: 'rtl',
      sentenceEn: 'ltr',
      sourceAr: 'rtl',
      sourceEn: 'ltr',
      textareaAr: 'rtl',
      textareaEn: 'ltr',
      titleAr: 'rtl',
      keywordAr: 'rtl',
      excerptAr: 'rtl',
    });
    // Each summary sentence carries its article's language, for screen readers.
    const langs = await page.$$eval('#summary .sentence-text', (els) => els.map((e) => [/^[\u0600-\u06ff]/.test(e.textContent || ''), e.getAttribute('lang')]));
    assert.ok(langs.length >= 2, JSON.stringify(langs));
    for (const [ar, lang] of langs) assert.equal(lang, ar ? 'ar' : 'en', JSON.stringify(langs));
    // An Arabic sentence's full stop is at its left end, where it ends.
    const box = await page.evaluate(() => {
      const el = [...document.querySelectorAll('#summary .sentence-text')].find((e) => /^[\u0600-\u06ff]/.test(e.textContent || ''));
      if (!el) return null;
      const text = /** @type {Text} */ (el.firstChild);
      const range = document.createRange();
      const end = (text.textContent || '').length;
      range.setStart(text, end - 1);
      range.setEnd(text, end);
      const stop = range.getBoundingClientRect();
      const line = el.getBoundingClientRect();
      return { stopLeft: stop.left - line.left, stopRight: line.right - stop.right };
    });
    assert.ok(box && box.stopLeft < box.stopRight, `the full stop ends the line on the left: ${JSON.stringify(box)}`);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test('a long Arabic article: its English note reads left to right, its passages right to left', async () => {
  const { context, page, errors } = await openPage(env.browser, env.base);
  try {
    // Over LONG_SOURCE characters (www/render.js): only passages are shown, after a note in English.
    const filler = Array.from({ length: 1400 }, (_, i) => `وفي الفقرة رقم ${i + 1} تحدث السكان عن الطرق والأسواق والمدارس في المدينة القديمة.`).join(' ');
    await fillArticle(page, 0, `${ARABIC_A} ${filler}`);
    await fillArticle(page, 1, ARABIC_B);
    await summaryTexts(page);
    const dirs = await page.evaluate(() => {
      const body = document.querySelector('#sources .source-body');
      const note = body?.querySelector('.source-elided-note');
      return { note: note ? getComputedStyle(note).direction : 'missing', body: body ? getComputedStyle(body).direction : 'missing' };
    });
    assert.deepEqual(dirs, { note: 'ltr', body: 'rtl' });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});

test("one Arabic article from an Arabic site: the status line keeps its order (the site's name isolated)", async () => {
  const { context, page, errors } = await openPage(env.browser, env.base);
  try {
    await fillArticle(page, 0, `${ARABIC_A} ${ARABIC_B}`, { source: 'الجزيرة' });
    await summaryTexts(page);
    await page.waitForFunction(() => /ms$/.test(document.getElementById('status')?.firstChild?.parentElement?.textContent?.split('Not the')[0].trim() || ''));
    const line = await page.evaluate(() => {
      const status = /** @type {HTMLElement} */ (document.getElementById('status'));
      const bdi = status.querySelector('bdi');
      const last = [...status.childNodes].find((n) => n.nodeType === Node.TEXT_NODE && /ms$/.test(n.textContent || ''));
      if (!bdi || !last) return { text: status.textContent, bdi: Boolean(bdi), last: Boolean(last) };
      const range = document.createRange();
      range.selectNodeContents(last);
      return { text: status.textContent, bdi: bdi.textContent, msRight: range.getBoundingClientRect().right, bdiRight: bdi.getBoundingClientRect().right };
    });
    assert.match(line.text, /from 1 article \(الجزيرة\) · \d+ ms/);
    assert.equal(line.bdi, 'الجزيرة');
    assert.ok(line.msRight > line.bdiRight, `" · N ms" stays after the name: ${JSON.stringify(line)}`);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
