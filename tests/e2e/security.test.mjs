// Hostile input through every path out of the page (issue 12, §7): article
// text, titles and sources that carry HTML, entities, Markdown links to
// javascript: and data: URLs, `</textarea>`, and a saved page with SVG onload
// and friends that goes through Readability. Nothing may run (a
// window.__pwned trap and the dialog listener), no element may come from the
// input, and no link, in the page or in what is exported, may point anywhere
// but http(s). The Markdown export is rendered by markdown-it at its most
// permissive (raw HTML on, every link scheme allowed, bare URLs linked), as a
// careless reader's tool would, and the HTML it makes is loaded in a page with
// no policy at all: it must hold no link or element the export did not mean.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import MarkdownIt from 'markdown-it';
import { dropFiles, fillArticle, openPage, setup, summaryTexts } from './helpers.mjs';

let env;
before(async () => {
  env = await setup();
});
after(async () => {
  await env?.close();
});

const TRAP = (what) => `window.__pwned='${what}';alert('${what}')`;

/** Sentences long enough to be chosen, each carrying an attack. */
const HOSTILE_TEXT = [
  `Farmers read [the drought report](javascript:${TRAP('md-link')}) before they met the water board in May.`,
  `A museum showed ![a painting](javascript:${TRAP('md-image')}) that had been missing since the robbery of 1994.`,
  `The railway said <javascript:${TRAP('autolink')}> was printed on its new tickets by a fault in the printer.`,
  `A reader wrote &lt;img src=x onerror="${TRAP('entity')}"&gt; under the article about school lunches.`,
  `The clerk typed </textarea><img src=x onerror="${TRAP('textarea')}"> into the tax form by mistake on Friday.`,
  `Hospital staff were sent [a link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) that asked for their passwords.`,
  `[ref]: javascript:${TRAP('refdef')}`,
  `The harbour budget passed by nine votes to four after a long debate in the council chamber on Monday evening.`,
].join('\n');

const OTHER_TEXT = `The council approved the harbour budget on Monday after a long debate in the chamber.
The vote on the harbour budget was nine to four, the clerk said after the meeting.
Members read the full report on the harbour before the vote, the mayor said on Monday.`;

/** A saved page: SVG onload, a mutation-XSS classic, javascript: and data: links, hostile metadata. */
const HOSTILE_PAGE = `<!DOCTYPE html><html><head><meta charset="utf-8">
<title>Harbour budget &lt;img src=x onerror=&quot;${TRAP('title-entity')}&quot;&gt; &amp; more</title>
<meta property="og:site_name" content="javascript:${TRAP('site')}">
<meta name="author" content="&lt;/textarea&gt;&lt;svg onload=${TRAP('author')}&gt;">
<meta property="article:published_time" content="<img src=x onerror=${TRAP('date')}>">
<script>${TRAP('script')}</script>
</head><body onload="${TRAP('body')}">
<svg onload="${TRAP('svg')}"><script>${TRAP('svg-script')}</script></svg>
<article><h1>Harbour budget approved &amp; signed</h1>
<p>The council approved the harbour budget on Monday <svg><a xlink:href="javascript:${TRAP('svg-link')}"><text>here</text></a></svg> after a debate in the chamber.</p>
<p>Members said <a href="javascript:${TRAP('page-link')}">the report</a> and <a href="data:text/html,<script>${TRAP('data-link')}</script>">the annex</a> were read before the vote.</p>
<p>The mayor signed the harbour budget <math><mtext><table><mglyph><style><img src=x onerror="${TRAP('mxss')}"></style></mglyph></table></mtext></math> on Monday evening.</p>
<p>An iframe <iframe srcdoc="<script>${TRAP('srcdoc')}</script>"></iframe> with the harbour budget vote was shown to the members.</p>
<p>The next council meeting on the harbour budget will take place in the spring, after the figures are published.</p>
</article></body></html>`;

const TITLE = `Budget &amp; tax &lt;script&gt;${TRAP('title')}&lt;/script&gt; </textarea><img src=x onerror="${TRAP('title-img')}">`;
const SOURCES = [`javascript:${TRAP('source')}`, 'data:text/html,<script>alert(1)</script>', ` JaVaScRiPt:${TRAP('source-case')}`];

/** Every link target, element and handler in `root` that is not plain content. */
function inspect(root) {
  const bad = [];
  for (const el of root.querySelectorAll('*')) {
    for (const attr of el.getAttributeNames()) {
      if (/^on/i.test(attr)) bad.push(`${el.tagName} ${attr}`);
      if (/^(href|src|xlink:href|action|formaction|srcdoc|data)$/i.test(attr)) {
        const v = el.getAttribute(attr).trim();
        const ok = /^https?:\/\//i.test(v) || (el.tagName === 'A' && /^#[\w-]*$/.test(v)) || (attr === 'href' && el.tagName === 'LINK');
        if (!ok) bad.push(`${el.tagName} ${attr}=${v.slice(0, 60)}`);
      }
    }
    if (['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'SVG', 'MATH', 'IMG', 'BASE', 'META', 'LINK', 'STYLE'].includes(el.tagName.toUpperCase()) && !el.closest('head')) {
      bad.push(`element ${el.tagName}`);
    }
  }
  return bad;
}

test('hostile titles, sources and text, and a hostile saved page: nothing runs, and no link but http(s), in the page or the exports', async () => {
  const { page, context, requests, errors, dialogs } = await openPage(env.browser, env.base, { acceptDownloads: true });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.base });
  await page.fill('#length-input', '20'); // every usable sentence is in the summary, so in the exports
  await fillArticle(page, 0, HOSTILE_TEXT, { title: TITLE, source: SOURCES[0] });
  await fillArticle(page, 1, OTHER_TEXT, { title: SOURCES[2], source: SOURCES[1] });
  await dropFiles(page, [{ name: 'hostile.html', type: 'text/html', content: HOSTILE_PAGE }]);
  await page.waitForFunction(() => document.querySelectorAll('#sources .source').length === 3);
  const texts = await summaryTexts(page);
  // Hostile sentences are in the summary (others repeat them: the shared trap code), and the
  // hostile titles and sources in every export's list of sources.
  assert.ok(texts.some((t) => t.includes('](javascript:')), `a javascript: Markdown link is summarised: ${texts.join(' | ')}`);

  // Open every sentence's versions, hover the chips, the marks and the coverage grid.
  for (const el of await page.locator('#summary .sentence-text').all()) await el.click();
  for (const el of await page.locator('#summary .chip, #sources .sent, #coverage .cov-mark, #cards .card-title').all()) await el.hover();
  const card = await page.locator('#cards > li').nth(2);
  assert.match(await card.locator('.card-title-text').textContent(), /^Harbour budget/);

  // In the page: nothing ran, no element came from the input, every link is http(s) or this page.
  const inPage = await page.evaluate(`(${inspect})(document.body)`);
  assert.deepEqual(inPage, [], 'links, handlers or elements in the page');
  assert.equal(await page.locator('#cards .card-title-input').first().inputValue(), TITLE, 'the title kept as typed');
  assert.equal(await page.locator('#cards .card-source-input').first().inputValue(), SOURCES[0]);

  // Markdown, as a permissive renderer turns it into HTML, loaded in a page with no policy.
  await page.click('#copy-markdown');
  await page.waitForFunction(() => /Markdown/.test(document.querySelector('#toast').textContent));
  const markdown = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(markdown.includes('javascript:'), 'the hostile text is exported, as text');
  const md = new MarkdownIt({ html: true, linkify: true });
  md.validateLink = () => true; // every scheme: the export itself must not make a link
  const html = md.render(markdown);
  const viewer = await context.newPage();
  const viewerDialogs = [];
  viewer.on('dialog', (d) => {
    viewerDialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  await viewer.goto('about:blank');
  await viewer.setContent(`<!doctype html><meta charset="utf-8"><body>${html}</body>`);
  await viewer.waitForTimeout(200);
  for (const el of await viewer.locator('body *').all()) await el.hover().catch(() => {});
  assert.deepEqual(await viewer.evaluate(`(${inspect})(document.body)`), [], 'links, handlers or elements in the rendered Markdown');
  assert.equal(await viewer.evaluate(() => window.__pwned), undefined, 'the rendered Markdown ran nothing');
  assert.deepEqual(viewerDialogs, []);
  // The text survives: what was escaped shows as typed.
  const shown = await viewer.textContent('body');
  assert.ok(shown.includes('[the drought report](javascript:'), 'the Markdown link shows as text');
  assert.ok(shown.includes('</textarea><img src=x onerror='), 'the tags show as text');
  await viewer.close();

  // Plain text and JSON: the input, byte for byte, never turned into anything.
  await page.click('#copy-text');
  await page.waitForFunction(() => /plain text/.test(document.querySelector('#toast').textContent));
  const plain = await page.evaluate(() => navigator.clipboard.readText());
  assert.ok(plain.includes(`[1] ${TITLE} — ${SOURCES[0]}`), 'the plain text names the article as typed');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-json')]);
  const json = JSON.parse(readFileSync(await download.path(), 'utf8'));
  assert.equal(json.articles[0].title, TITLE);
  assert.equal(json.articles[0].source, SOURCES[0]);
  assert.equal(json.articles[1].source, SOURCES[1]);
  const fromPage = json.articles[2];
  assert.equal(fromPage.source, `javascript:${TRAP('site')}`, 'the saved page\'s site name is kept as text');
  assert.doesNotMatch(fromPage.text, /__pwned='(script|svg-script|body|srcdoc)'/, 'scripts and handlers of the saved page are not text');

  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no injected code ran');
  assert.deepEqual(dialogs, [], 'no dialog opened');
  const origin = new URL(env.base).origin;
  assert.deepEqual(requests.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:') && new URL(u).origin !== origin), []);
  // Parsing the saved page with DOMParser makes Chromium report (and block) its inline
  // handlers and styles under the page's policy; nothing else may be logged.
  const blockedWhileParsing = (e) =>
    /(Executing inline event handler|Applying inline style) violates the following Content Security Policy/.test(e) &&
    /\/(articles\.js|vendor\/Readability\.js):/.test(e);
  assert.deepEqual(errors.filter((e) => !blockedWhileParsing(e)), []);
  await context.close();
});
