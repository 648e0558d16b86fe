// @ts-check
// The coverage grid: who reported what, at a glance. A real <table>: one row
// per summary fact and one column per article (transposed, one row per
// article, when there are more articles than facts, so it stays narrow).
// A cell is filled (●) when the article states the fact and marked (≠) when
// it states it with a conflicting number or name, says the opposite, or
// only that it is planned; ≈
// when its like sentence only has another date (another event, or a
// disagreement: the summariser cannot tell, so it says neither); a dot says no version was found in it (it may still say it in
// other words: see the sentence's related ones); every cell also
// says so in words for screen readers. Hovering or focusing a cell shows that
// article's version of the fact. Reusable outside the page:
//
//   renderCoverage(container, result, articles, { onSelect, noun });
//
// `container` is any block element (a <section>: it gets the heading "Who
// reported what" and is hidden when there is one article or no summary);
// `result` a SummaryResult; `articles` the articles as sent ({title?, source?,
// site?, file?}): a column is headed by the article's short name (its site or
// source, else the start of its title), the full name in its tooltip;
// `onSelect(fact, article, sentence)` (optional) is called when a filled cell
// is activated, with the summary sentence's index and where that article
// states it; `noun` ("article" or "tab") is what the inputs are called.
import { COUNT, DATE_CAVEAT, articleName, h, inputName, inputWord, shortNames } from './render.js';

/** @typedef {import('./protocol.js').SummaryResult} SummaryResult */
/** @typedef {import('./protocol.js').ChosenSentence} ChosenSentence */
/** @typedef {{title?: string, source?: string, site?: string, file?: string}} NamedArticle */
/** @typedef {import('./render.js').Noun} Noun */

/**
 * What article `a` says of fact `s`: its version (the chosen sentence or the
 * first of its other versions), and the conflicts it raises; null when the
 * article does not state it.
 * @param {ChosenSentence} s @param {number} a
 */
export function coverageCell(s, a) {
  const conflicts = s.conflicts.filter((c) => c.at.article === a);
  if (!s.articles.includes(a)) {
    // Not a credit, but a related sentence that states the fact with another
    // figure, date or name: a ≠, never a ● and never counted.
    if (!conflicts.length) return null;
    const related = (s.related || []).find((v) => v.at.article === a);
    return { at: related ? related.at : conflicts[0].at, text: related ? related.text : '', conflicts, chosen: false, counted: false };
  }
  const version = s.at.article === a ? { at: s.at, text: s.text } : s.versions.find((v) => v.at.article === a);
  return { at: version ? version.at : null, text: version ? version.text : '', conflicts, chosen: s.at.article === a, counted: true };
}

const KIND_WORDS = { number: 'number', date: 'date', name: 'name', claim: 'claim' };
/** With more articles than this (one row each), only the first this many stating a fact are shown. */
const MAX_ROWS = 24;

/**
 * @param {HTMLElement} container
 * @param {SummaryResult} result
 * @param {NamedArticle[]} articles
 * @param {{onSelect?: (fact: number, article: number, sentence: number) => void, noun?: Noun}} [options]
 */
export function renderCoverage(container, result, articles, options = {}) {
  const noun = options.noun || 'article';
  const facts = result.sentences;
  if (facts.length === 0 || articles.length < 2) {
    delete container.dataset.rows;
    container.replaceChildren();
    container.hidden = true;
    return;
  }
  container.hidden = false;
  const transposed = articles.length > facts.length;
  const tipId = `${container.id || 'coverage'}-tip`;
  const tip = h('div', { class: 'cov-tip', id: tipId, role: 'tooltip', hidden: true });
  // Only columns show short names (a row has room for the whole name); of 3,000 articles, telling
  // their short names apart took 30-50 ms.
  const shorts = transposed ? [] : shortNames(articles, noun);

  const factHeader = (/** @type {number} */ i, /** @type {string} */ scope) =>
    h('th', { scope, class: 'cov-fact' }, h('span', { class: 'cov-num' }, String(i + 1)), h('span', { class: 'cov-excerpt', dir: 'auto' }, facts[i].text));
  // A row (transposed) has room for the name; a column, for its short name, the full one read out and in the tooltip.
  const articleHeader = (/** @type {number} */ a, /** @type {string} */ scope) => {
    const name = articleName(articles[a], a, noun);
    const short = shorts[a];
    const num = h('span', { class: 'chip-num', 'aria-hidden': 'true' }, String(a + 1));
    return h('th', { scope, class: 'cov-article', title: [name, /** @type {{site?: string}} */ (articles[a]).site].filter(Boolean).join(' — ') },
      transposed
        ? [num, h('span', { class: 'cov-article-name', dir: 'auto' }, name)]
        : [h('span', { class: 'cov-col-head', 'aria-hidden': 'true' }, num, h('span', { class: 'cov-col-name', dir: 'auto' }, short)), h('span', { class: 'visually-hidden' }, `${inputName(noun, a, true)}: ${name}`)]);
  };

  const cell = (/** @type {number} */ f, /** @type {number} */ a) => {
    const c = coverageCell(facts[f], a);
    const name = inputName(noun, a);
    if (!c) return h('td', { class: 'cov-cell cov-none' }, h('span', { class: 'visually-hidden' }, `Not found in ${name}`));
    const marked = c.conflicts.length > 0;
    // Another date alone, in a sentence not counted as reporting the fact: perhaps another event.
    const dated = marked && !c.counted && c.conflicts.every((k) => k.kind === 'date');
    const differs = c.conflicts.map((k) => `${KIND_WORDS[k.kind] || k.kind} “${k.theirs}” where the summary says “${k.ours}”`).join('; ');
    const label = dated
      ? `${inputName(noun, a, true)} has a like sentence with another ${differs}: ${DATE_CAVEAT} (not counted as reporting fact ${f + 1})`
      : `${inputName(noun, a, true)} states fact ${f + 1}${marked ? ` with a different ${differs}` : ''}${c.counted ? '' : ' (not counted as reporting it)'}`;
    const button = h('button', {
      type: 'button',
      class: `cov-mark${marked ? ' cov-conflict' : ''}${dated ? ' cov-other-date' : ''}${c.chosen ? ' cov-chosen' : ''}`,
      'aria-label': label,
      dataset: { fact: String(f), article: String(a), sentence: c.at ? String(c.at.sentence) : '' },
    }, h('span', { 'aria-hidden': 'true' }, dated ? '≈' : marked ? '≠' : '●'));
    return h('td', { class: `cov-cell${marked ? ' cov-cell-conflict' : ' cov-cell-states'}` }, button);
  };

  // With many articles (one row each), only those stating a fact: MAX_ROWS of them at first, and
  // MAX_ROWS more a click of "Show more rows". A new summary keeps as many rows as were shown.
  const stating = transposed && articles.length > MAX_ROWS
    ? [...new Set(facts.flatMap((s) => s.articles))].sort((a, b) => a - b)
    : articles.map((_, a) => a);
  let shown = Math.min(stating.length, Math.max(MAX_ROWS, Number(container.dataset.rows) || 0));
  const cols = transposed ? facts.length : articles.length;
  const row = (/** @type {number} */ i) =>
    h('tr', {}, transposed ? articleHeader(stating[i], 'row') : factHeader(i, 'row'), Array.from({ length: cols }, (_, j) => (transposed ? cell(j, stating[i]) : cell(i, j))));
  const body = h('tbody', {}, Array.from({ length: transposed ? shown : facts.length }, (_, i) => row(i)));
  const corner = transposed ? inputWord(noun, false, true) : 'Fact';
  const table = h(
    'table',
    { class: `coverage-table${transposed ? ' transposed' : ''}` },
    h('caption', { class: 'visually-hidden' }, `Which ${inputWord(noun)} states which summary fact (one row per ${transposed ? inputWord(noun) : 'fact'})`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col', class: 'cov-corner' }, corner), Array.from({ length: cols }, (_, j) => (transposed ? h('th', { scope: 'col', class: 'cov-fact-col' }, String(j + 1), h('span', { class: 'visually-hidden' }, ` fact ${j + 1}`)) : articleHeader(j, 'col'))))),
    body,
  );
  const silent = transposed ? articles.length - stating.length : 0;
  const none = silent > 0
    ? h('p', { class: 'cov-legend cov-more' }, `The other ${COUNT.format(silent)} ${inputWord(noun, silent !== 1)} state${silent === 1 ? 's' : ''} none of these facts.`)
    : null;
  // The rows of the articles stating a fact that are not shown yet: a button adds the next MAX_ROWS
  // (the focus goes to the first row added, and a live region says so).
  const moreRows = /** @type {HTMLButtonElement} */ (h('button', { type: 'button', class: 'button small cov-more-rows' }));
  const said = h('p', { class: 'visually-hidden cov-said', role: 'status', 'aria-live': 'polite' });
  const label = () => {
    const left = stating.length - shown;
    moreRows.hidden = left <= 0;
    moreRows.textContent = left > 0 ? `Show ${COUNT.format(Math.min(left, MAX_ROWS))} more rows (${COUNT.format(left)} ${inputWord(noun, left !== 1)} stating a fact not shown)` : '';
  };
  label();
  moreRows.addEventListener('click', () => {
    const first = shown;
    shown = Math.min(stating.length, shown + MAX_ROWS);
    for (let i = first; i < shown; i++) body.append(row(i));
    container.dataset.rows = String(shown);
    // A row added may hold the first ≈.
    if (!legend.querySelector('.cov-key-date') && body.querySelector('.cov-other-date')) legend.replaceWith((legend = legendOf(true)));
    label();
    said.textContent = `Showing ${COUNT.format(shown)} of the ${COUNT.format(stating.length)} ${inputWord(noun, true)} that state a fact.`;
    const th = /** @type {HTMLElement | undefined} */ (body.rows[first]?.cells[0]);
    if (th) {
      th.tabIndex = -1;
      th.focus();
    }
  });

  /** @param {HTMLElement} button */
  const showTip = (button) => {
    const f = Number(button.dataset.fact);
    const a = Number(button.dataset.article);
    const c = coverageCell(facts[f], a);
    if (!c) return;
    tip.replaceChildren(
      h('p', { class: 'cov-tip-head' }, `${inputName(noun, a, true)}, ${articleName(articles[a], a, noun)}${c.chosen ? ' (in the summary)' : ''}`),
      h('p', { class: 'cov-tip-text', dir: 'auto' }, c.text || facts[f].text),
      ...c.conflicts.map((k) => h('p', { class: 'cov-tip-conflict' }, `Says “${k.theirs}” where the summary says “${k.ours}”${k.kind === 'date' ? ` (${DATE_CAVEAT})` : ''}`)),
    );
    tip.hidden = false;
    button.setAttribute('aria-describedby', tipId);
    const box = container.getBoundingClientRect();
    const r = button.getBoundingClientRect();
    tip.style.top = `${r.bottom - box.top + container.scrollTop + 4}px`;
    tip.style.left = `${Math.max(0, Math.min(r.left - box.left, box.width - Math.min(box.width, 320)))}px`;
  };
  const hideTip = () => {
    tip.hidden = true;
    for (const b of container.querySelectorAll('[aria-describedby]')) b.removeAttribute('aria-describedby');
  };
  const markOf = (/** @type {EventTarget | null} */ t) => /** @type {HTMLElement | null} */ (t instanceof Element ? t.closest('.cov-mark') : null);
  table.addEventListener('mouseover', (e) => {
    const b = markOf(e.target);
    if (b) showTip(b);
  });
  table.addEventListener('mouseleave', hideTip);
  table.addEventListener('focusin', (e) => {
    const b = markOf(e.target);
    if (b) showTip(b);
  });
  table.addEventListener('focusout', hideTip);
  table.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') hideTip();
  });
  table.addEventListener('click', (e) => {
    const b = markOf(e.target);
    if (!b || !options.onSelect || b.dataset.sentence === '') return;
    options.onSelect(Number(b.dataset.fact), Number(b.dataset.article), Number(b.dataset.sentence));
  });

  // The ≈ key only when a cell has it: a like sentence with another date alone.
  const legendOf = (/** @type {boolean} */ dated) => h('p', { class: 'cov-legend' },
    h('span', { 'aria-hidden': 'true', class: 'cov-key' }, '●'), ' states it ',
    h('span', { 'aria-hidden': 'true', class: 'cov-key cov-key-conflict' }, '≠'), ' states it with a different number, date or name, says the opposite, or only as a plan ',
    dated ? [h('span', { 'aria-hidden': 'true', class: 'cov-key cov-key-conflict cov-key-date' }, '≈'), ` a like sentence with another date: ${DATE_CAVEAT} `] : null,
    h('span', { 'aria-hidden': 'true', class: 'cov-key cov-key-none' }, '·'), ` not found in that ${inputWord(noun)}`);
  let legend = legendOf(Boolean(table.querySelector('.cov-other-date')));
  const headingId = `${container.id || 'coverage'}-heading`;
  container.setAttribute('aria-labelledby', headingId);
  const scroll = h('div', { class: 'cov-scroll' }, table);
  const more = transposed && stating.length > MAX_ROWS ? [moreRows, said] : [];
  container.replaceChildren(h('h3', { class: 'coverage-heading', id: headingId }, 'Who reported what'), scroll, ...more, legend, ...(none ? [none] : []), tip);
  // Column names side by side wider than the room (many articles, a narrow screen): each stands on its end.
  if (!transposed && scroll.scrollWidth > scroll.clientWidth + 1) table.classList.add('upright-names');
}
