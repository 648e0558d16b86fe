// @ts-check
// The summary, its versions and the marked sources, with their interaction:
// select a summary sentence to open its versions (and outline them in the
// sources), "Show in source" to scroll to it, a marked source sentence to go
// back to the summary. Reusable outside the page (the extension's panel):
//
//   const view = createSummaryView({ into, sources, noun, onReveal, onSettled });
//   view.show(result, articles);   // SummaryResult, the articles as sent
//   view.clear();                  // nothing shown
//   view.settled();                // true once the grid and sources show it too
//   view.parts                     // {keywords, coverage, summary}: the elements it built
//
// The view builds its own elements: at the start of `into` (the page's or the
// panel's result block) the keywords (#keywords), the coverage grid
// (#coverage, coverage.js) and the summary (#summary); before `sources` (a
// block, optional) the legend of the marks it draws there. Selecting a cell
// of the grid opens that fact's versions and reveals that article's version
// as "Show in source" does. `onReveal(article, sentence)` (optional) is
// called when the reader asks to see a sentence in its source, after the
// sources (when given) have scrolled to it. `noun` ("article", the default,
// or "tab") is what the inputs are called in the text drawn.
//
// The summary is drawn at once; the coverage grid and then the sources each
// follow a frame later, after the page has painted what came before, so no
// one frame lays them all out (3,000 articles: one frame holding the summary,
// grid and first sources spent up to 49 ms in Layout, a long task). `onSettled()`
// (optional) is called when the last of them is drawn. Anything that needs
// the sources (a reveal) draws what is left at once. Of more than 24 articles
// only a window of sources is in the page, with buttons for the others
// (render.js, createSources); a reveal moves the window to its article.
import { VERSIONS_MORE, createSources, h, renderKeywords, renderSummary, renderVersions } from './render.js';
import { renderCoverage } from './coverage.js';
import { afterPaint } from './paint.js';

/** @typedef {import('./protocol.js').SummaryResult} SummaryResult */
/** @typedef {{title?: string, text: string, source?: string, byline?: string, date?: string, file?: string}} ShownArticle */

/**
 * @typedef {object} SummaryViewOptions
 * @property {HTMLElement} into the block the keywords, grid and summary are built in, at its start
 * @property {HTMLElement} [sources] the block for the marked sources; its legend is built before it
 * @property {(article: number, sentence: number) => void} [onReveal]
 * @property {() => void} [onSettled]
 * @property {import('./render.js').Noun} [noun] what an input is called in the text drawn ("article")
 */

/** The marks of the source view, in words. */
function sourceLegend() {
  return h('ul', { class: 'legend', 'aria-label': 'Legend' },
    h('li', {}, h('mark', { class: 'sent st-chosen' }, 'In the summary')),
    h('li', {}, h('span', { class: 'sent st-duplicate' }, 'Same fact, other words')),
    h('li', {}, h('span', { class: 'sent st-related' }, 'Related, not counted')),
    h('li', {}, h('span', { class: 'sent st-unfit' }, 'Taken after the others')),
    h('li', {}, h('span', { class: 'sent st-boilerplate' }, 'Boilerplate')));
}

/** @param {SummaryViewOptions} options */
export function createSummaryView(options) {
  const { into, sources, onReveal, onSettled } = options;
  const noun = options.noun || 'article';
  const keywords = h('ul', { class: 'chips keywords', id: 'keywords', 'aria-labelledby': 'keywords-heading' });
  const coverage = h('section', { class: 'coverage', id: 'coverage', hidden: true });
  const summary = h('ol', { class: 'summary', id: 'summary', 'aria-label': 'Summary sentences' });
  into.prepend(
    h('div', { class: 'keywords-wrap' }, h('h3', { class: 'visually-hidden', id: 'keywords-heading' }, 'Keywords'), keywords),
    coverage,
    summary,
  );
  sources?.before(sourceLegend());
  // Of many articles, only a window of sources is in the page (render.js, createSources).
  const sourceList = sources
    ? createSources(sources, {
        noun,
        onChange: () => markExpandedInSources(),
        onDone: () => {
          if (!later.length) onSettled?.();
        },
      })
    : null;
  const win = summary.ownerDocument.defaultView || window;
  const wide = () => win.matchMedia('(min-width: 1100px)').matches;
  const smooth = () => (win.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth');
  /** @type {{result: SummaryResult, articles: ShownArticle[]} | null} */
  let shown = null;
  /** Index of the summary sentence whose versions are open, or -1. */
  let expanded = -1;
  /** @type {(() => void)[]} What of the shown result is still to be drawn, one step a frame. */
  let later = [];
  /** Bumped by each schedule and flush, so a frame or timer of an older one does nothing. */
  let laterGen = 0;

  /** Runs the first step of `later` after the next frame has been painted, then the next. */
  function scheduleLater() {
    const gen = ++laterGen;
    const run = () => {
      if (gen !== laterGen) return;
      laterGen++;
      later.shift()?.();
      if (later.length) scheduleLater();
      else onSettled?.();
    };
    afterPaint(run, win);
  }

  /** Draws at once whatever of the shown result is still to be drawn. */
  function flushLater() {
    if (!later.length) return;
    laterGen++;
    const steps = later;
    later = [];
    for (const step of steps) step();
    onSettled?.();
  }

  /** @param {string} id @returns {HTMLElement | null} */
  const inSummary = (id) => summary.querySelector(`#${id}`);
  /** @param {string} id @returns {HTMLElement | null} */
  const inSources = (id) => (sources ? sources.querySelector(`#${id}`) : null);

  /** Outlines, in the source view, every version of the open sentence. */
  function markExpandedInSources() {
    if (!sources) return;
    for (const el of sources.querySelectorAll('.in-focus')) el.classList.remove('in-focus');
    if (!shown || expanded < 0) return;
    const s = shown.result.sentences[expanded];
    if (!s) return;
    for (const at of [s.at, ...s.versions.map((v) => v.at)]) inSources(`src-${at.article}-${at.sentence}`)?.classList.add('in-focus');
  }

  /** Scrolls `el` to the middle of its panel when the panel scrolls by itself (wide layout), else the page. */
  function scrollToCenter(/** @type {HTMLElement} */ el) {
    const panel = el.closest('.panel');
    if (panel && panel.scrollHeight > panel.clientHeight + 1 && win.getComputedStyle(panel).overflowY !== 'visible') {
      const p = panel.getBoundingClientRect();
      const r = el.getBoundingClientRect();
      const top = panel.scrollTop + (r.top - p.top) - (panel.clientHeight - Math.min(r.height, panel.clientHeight)) / 2;
      panel.scrollTo({ top: Math.max(0, top), behavior: smooth() });
    } else {
      el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: smooth() });
    }
  }

  /** @param {number} article @param {number} sentence @param {boolean} moveFocus */
  function revealInSources(article, sentence, moveFocus) {
    flushLater();
    sourceList?.ensure(article);
    const target = inSources(`src-${article}-${sentence}`) || inSources(`source-${article}`);
    if (!target) return;
    scrollToCenter(target);
    target.classList.remove('flash');
    void target.offsetWidth; // restart the animation
    target.classList.add('flash');
    if (moveFocus) {
      target.setAttribute('tabindex', '-1');
      target.focus({ preventScroll: true });
    }
  }

  /** "Show in source": the sources scroll to it, then onReveal is told. @param {number} article @param {number} sentence */
  function reveal(article, sentence) {
    revealInSources(article, sentence, true);
    if (onReveal) onReveal(article, sentence);
  }

  /** The open sentence's versions, `VERSIONS_MORE` more than the `shown` drawn; focus stays at the first new card. */
  function showMoreVersions(/** @type {number} */ shownBefore) {
    if (!shown || expanded < 0) return;
    const panel = inSummary(`versions-${expanded}`);
    if (!panel) return;
    panel.replaceChildren(...renderVersions(shown.result.sentences[expanded], shown.articles, noun, shownBefore + VERSIONS_MORE));
    markExpandedInSources();
    const next = /** @type {HTMLElement | undefined} */ (panel.querySelectorAll('.version .show-source')[shownBefore]);
    next?.focus();
  }

  /** @param {number} index */
  function toggle(index) {
    if (!shown) return;
    const open = expanded === index ? -1 : index;
    const previous = expanded;
    expanded = open;
    for (const i of new Set([previous, index])) {
      if (i < 0) continue;
      const text = inSummary(`summary-${i}`);
      const panel = inSummary(`versions-${i}`);
      if (!text || !panel) continue;
      const isOpen = i === open;
      text.setAttribute('aria-expanded', String(isOpen));
      text.closest('.summary-item')?.classList.toggle('open', isOpen);
      panel.replaceChildren(...(isOpen ? renderVersions(shown.result.sentences[i], shown.articles, noun) : []));
      panel.hidden = !isOpen;
    }
    markExpandedInSources();
    if (open >= 0 && wide()) {
      // Beside the summary, the source view follows; in one column, "Show in source" does.
      const at = shown.result.sentences[open].at;
      revealInSources(at.article, at.sentence, false);
    }
  }

  const selecting = () => Boolean(win.getSelection()?.toString());

  summary.addEventListener('click', (event) => {
    const target = /** @type {HTMLElement} */ (event.target);
    const show = /** @type {HTMLElement | null} */ (target.closest('.show-source'));
    if (show) {
      reveal(Number(show.dataset.article), Number(show.dataset.sentence));
      return;
    }
    const more = /** @type {HTMLElement | null} */ (target.closest('.more-versions'));
    if (more) {
      showMoreVersions(Number(more.dataset.shown));
      return;
    }
    const text = /** @type {HTMLElement | null} */ (target.closest('.sentence-text'));
    if (text && !selecting()) toggle(Number(text.dataset.index));
  });
  summary.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && expanded >= 0) {
      const index = expanded;
      toggle(index);
      inSummary(`summary-${index}`)?.focus();
      return;
    }
    const text = /** @type {HTMLElement | null} */ (/** @type {HTMLElement} */ (event.target).closest('.sentence-text'));
    if (!text || (event.key !== 'Enter' && event.key !== ' ')) return;
    event.preventDefault();
    toggle(Number(text.dataset.index));
  });
  // From the source view back to the summary.
  sources?.addEventListener('click', (event) => {
    const sent = /** @type {HTMLElement | null} */ (/** @type {HTMLElement} */ (event.target).closest('.sent[data-summary]'));
    if (!sent || selecting()) return;
    const index = Number(sent.dataset.summary) - 1;
    const target = inSummary(`summary-${index}`);
    if (!target) return;
    if (expanded !== index) toggle(index);
    scrollToCenter(target);
    target.focus({ preventScroll: true });
  });

  /**
   * The notes around the summary: before it, one when the focus matched no
   * word of the articles and was ignored (`result.unmatchedFocus`); after it,
   * one when a large input was not compared whole (`result.compared`).
   */
  function showNotes(/** @type {SummaryResult | null} */ result) {
    for (const old of [summary.previousElementSibling, summary.nextElementSibling]) {
      if (old && (old.classList.contains('compared-note') || old.classList.contains('focus-note'))) old.remove();
    }
    const note = (/** @type {string} */ cls, /** @type {string} */ text) => {
      const p = summary.ownerDocument.createElement('p');
      p.className = cls;
      p.textContent = text;
      return p;
    };
    if (result && result.unmatchedFocus) {
      summary.before(note('focus-note', 'No word of “Focus on” is in the articles, so it was ignored: this is the summary without a focus.'));
    }
    const c = result && result.compared;
    if (c) {
      summary.after(note('compared-note', `A large input: only the ${c.sentences.toLocaleString('en')} best-ranked of its ${c.of.toLocaleString('en')} sentences were compared and could be chosen.`));
    }
  }

  return {
    /**
     * Shows a summary; the open sentence stays open when it is still in it.
     * @param {SummaryResult} result @param {ShownArticle[]} articles
     */
    show(result, articles) {
      const previous = shown && expanded >= 0 ? shown.result.sentences[expanded] : null;
      shown = { result, articles };
      expanded = previous
        ? result.sentences.findIndex((s) => s.at.article === previous.at.article && s.at.sentence === previous.at.sentence)
        : -1;
      renderKeywords(keywords, result.keywords);
      renderSummary(summary, result, articles, expanded, noun);
      showNotes(result);
      later = [];
      later.push(() =>
        renderCoverage(coverage, result, articles, {
          noun,
          onSelect(fact, article, sentence) {
            if (expanded !== fact) toggle(fact);
            reveal(article, sentence);
          },
        }),
      );
      if (sources) {
        later.push(() => {
          sourceList?.show(result, articles);
          markExpandedInSources();
        });
      }
      scheduleLater();
    },
    /** Forgets what was shown (the containers are left to the caller). */
    clear() {
      shown = null;
      expanded = -1;
      later = [];
      laterGen++;
      sourceList?.clear();
      showNotes(null);
    },
    /** Whether the grid and the sources show the result last given to `show` (or nothing is shown). */
    settled: () => later.length === 0 && !sourceList?.pending(),
    reveal,
    /** The summary shown, or null. */
    shown: () => shown,
    /** The elements the view built. */
    parts: { keywords, coverage, summary },
  };
}
