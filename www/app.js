// @ts-check
// gistr's page: articles in, live summary out. This module wires the page's
// parts together: the cards (cards.js), the options (controls.js), the
// summariser in its worker (summary-client.js), the summary and sources
// (summary-view.js), files (files.js), saving (store.js), messages
// (toast.js) and export.
import { countWords } from './articles.js';
import { DEFAULT_SETTINGS, clearState, loadState, saveState, saveStateNow } from './store.js';
import { copyToClipboard, downloadText, summaryAsJson, summaryAsMarkdown, summaryAsText } from './exporter.js';
import { LONG_SOURCE, h } from './render.js';
import { EXAMPLE_ARTICLES } from './examples.js';
import { createCards, newCard } from './cards.js';
import { createControls } from './controls.js';
import { createSummarizer } from './summary-client.js';
import { createSummaryView } from './summary-view.js';
import { acceptFiles } from './files.js';
import { createToast } from './toast.js';

/** @typedef {import('./protocol.js').SummaryResult} SummaryResult */
/** @typedef {import('./protocol.js').SummarizeOptions} SummarizeOptions */
/** @typedef {import('./cards.js').CardArticle} CardArticle */

/** The page's element with this id, of the type its use asks for. */
const $ = /** @type {<T extends HTMLElement = HTMLElement>(id: string) => T} */ ((id) => document.getElementById(id));
const ui = {
  status: $('status'),
  errorBox: $('error-box'),
  empty: $('empty-state'),
  result: $('result'),
  sources: $('sources'),
  jump: $('jump-summary'),
  progress: $('progress'),
  progressText: $('progress-text'),
  exports: /** @type {HTMLButtonElement[]} */ ([$('copy-text'), $('copy-markdown'), $('download-json')]),
};

/** The last summary shown: the result, the articles as sent and the options. */
/** @type {{result: SummaryResult, articles: CardArticle[], options: SummarizeOptions, sent?: import('./protocol.js').ArticleInput[]} | null} */
let shown = null;

const toast = createToast({ box: $('toast'), text: $('toast-text'), action: $('toast-action') });
const cards = createCards({ list: $('cards'), count: $('article-count') }, { changed, toast });
const controls = createControls({
  form: $('controls'), length: $('length-input'), lengthRange: $('length-range'), lengthError: $('length-error'),
  unit: $('unit-select'), order: $('order-select'), language: $('language-select'), focus: $('focus-input'),
}, { changed });
const view = createSummaryView({ keywords: $('keywords'), summary: $('summary'), sources: ui.sources, coverage: $('coverage') });

// The single-file build carries the worker's source in the page; served, it is worker.js.
const inlineWorker = document.getElementById('gistr-worker-source');
const summarizer = createSummarizer({
  worker: inlineWorker
    ? () => new Worker(URL.createObjectURL(new Blob([inlineWorker.textContent || ''], { type: 'text/javascript' })), { name: 'gistr' })
    : undefined,
  onError: (e) => showError(failureMessage(e)),
});

// ---------------------------------------------------------------- summarising

/** data-idle="true" on <html> when no summary is scheduled or running (tests wait for it). */
const setIdle = () => {
  document.documentElement.dataset.idle = String(!timerPending && !summarizer.busy());
};

let summaryTimer = 0;
let timerPending = false;
function scheduleSummary(delay = 200) {
  timerPending = true;
  setIdle();
  clearTimeout(summaryTimer);
  summaryTimer = setTimeout(requestSummary, delay);
}

/** @param {Error & {kind?: string}} e */
function failureMessage(e) {
  if (e.kind === 'invalid') return `Could not summarise: ${e.message.replace(/^Error:\s*/, '')}`;
  if (e.kind === 'crashed') return `${e.message} Change anything to try again.`;
  return e.message;
}

async function requestSummary() {
  clearTimeout(summaryTimer);
  timerPending = false;
  const articles = cards.articles();
  const { options, error } = controls.options();
  controls.setLengthError(error || '');
  if (!options) return setIdle();
  if (articles.length === 0) {
    summarizer.cancel(); // anything still running is stale now
    setBusy(false);
    hideError();
    showEmpty();
    return setIdle();
  }
  const sent = articles.map(({ title, text, source }) => ({ text, ...(title && { title }), ...(source && { source }) }));
  setBusy(true);
  setIdle();
  try {
    // Long articles' sentence reports come trimmed to what the source view shows.
    const chars = sent.reduce((n, a) => n + a.text.length, 0);
    const { result, ms } = await summarizer.summarize(sent, options, {
      lean: LONG_SOURCE,
      onProgress: (p) => showStage(stageLabel(p, sent.length, chars)),
    });
    hideError();
    showResult(result, articles, options, ms);
    if (shown) shown.sent = sent;
  } catch (e) {
    const error = /** @type {Error} */ (e);
    if (error.name === 'AbortError') return; // a newer request wins
    showError(failureMessage(error));
  } finally {
    if (!summarizer.busy()) setBusy(false);
    setIdle();
  }
}

// ---------------------------------------------------------------- output

let busyTimer = 0;
let progressTimer = 0;
/** When the running summary started, and the stage it is in (what the worker said last). */
let busySince = 0;
let stage = '';
const progressLine = () => `${stage || 'Summarising…'} ${Math.round((performance.now() - busySince) / 1000)} s`;

/** @param {boolean} busy */
function setBusy(busy) {
  clearTimeout(busyTimer);
  clearInterval(progressTimer);
  ui.progress.hidden = true;
  stage = '';
  document.body.classList.toggle('busy', busy);
  if (!busy) return;
  // Only say "working" when it takes long enough to notice; after a second,
  // the stage, the time so far and a Cancel button (the status line is not
  // updated every second: screen readers would read each).
  busySince = performance.now();
  busyTimer = setTimeout(() => (ui.status.textContent = shown ? 'Updating…' : 'Summarising…'), 250);
  progressTimer = setInterval(() => {
    ui.progressText.textContent = progressLine();
    ui.progress.hidden = false;
  }, 1000);
}

/** A new stage of the running summary: shown at once when the progress line is. @param {string} label */
function showStage(label) {
  stage = label;
  if (!ui.progress.hidden) ui.progressText.textContent = progressLine();
}

/**
 * The progress line for a stage the summary client reports. The worker's
 * analysis is one call into the module, which cannot report from inside:
 * its stages are what can honestly be told.
 * @param {import('./summary-client.js').Progress} p @param {number} n articles @param {number} chars
 */
function stageLabel(p, n, chars) {
  const size = chars >= 1e6 ? `${(chars / 1e6).toFixed(1)} million characters` : `${chars.toLocaleString()} characters`;
  if (p.stage === 'sending') return `Handing the text to the summariser: ${Math.round((100 * p.sent) / p.total)}%…`;
  if (p.stage === 'analysing') return `Analysing ${n} ${n === 1 ? 'article' : 'articles'} (${size}): sentences, scores, repeats…`;
  return 'Choosing the sentences…';
}

// Cancel: the worker is stopped (a fresh one starts on the next change); the articles stay.
$('cancel-button').addEventListener('click', () => {
  summarizer.terminate();
  setBusy(false);
  ui.status.textContent = 'Cancelled. The articles are kept: change anything to summarise again.';
});

function showEmpty() {
  shown = null;
  view.clear();
  ui.result.hidden = true;
  ui.jump.hidden = true;
  ui.empty.hidden = false;
  ui.status.textContent = '';
  ui.sources.replaceChildren(h('p', { class: 'muted' }, 'Each article appears here with the sentences the summary uses highlighted.'));
  setExportEnabled(false);
}

/** @param {SummaryResult} result @param {CardArticle[]} articles @param {SummarizeOptions} options @param {number} ms */
function showResult(result, articles, options, ms) {
  shown = { result, articles, options };
  ui.empty.hidden = true;
  ui.result.hidden = false;
  ui.jump.hidden = result.sentences.length === 0;
  // With no summary sentence, key terms would only be noise (5 MB of one letter gave two "words" of 600).
  view.show(result.sentences.length ? result : { ...result, keywords: [] }, articles);
  const words = result.sentences.reduce((n, s) => n + countWords(s.text), 0);
  const total = articles.length;
  const n = result.sentences.length;
  ui.status.textContent = n
    ? `${n} ${n === 1 ? 'sentence' : 'sentences'}, ${words} words, from ${total} ${total === 1 ? 'article' : 'articles'}${ms !== undefined ? ` · ${Math.max(1, Math.round(ms))} ms` : ''}`
    : emptyMessage(result, articles);
  setExportEnabled(n > 0);
}

/**
 * Why there is no summary, for the reader: the summariser's reason
 * (result.empty), naming the file or article that looks binary.
 * @param {SummaryResult} result @param {CardArticle[]} articles
 */
function emptyMessage(result, articles) {
  const empty = result.empty;
  if (!empty) return 'No summary: no sentence could be chosen.';
  const message = empty.message.replace(/[.\s]+$/, '');
  if (empty.reason === 'binary' && empty.article !== undefined) {
    const a = articles[empty.article];
    const name = a ? a.file || a.title || `Article ${empty.article + 1}` : `Article ${empty.article + 1}`;
    return `No summary: “${name}” ${message.replace(/^this /, '')}. Remove it, or paste its text instead.`;
  }
  return `No summary: ${message}.`;
}

/** @param {string} message */
function showError(message) {
  ui.errorBox.replaceChildren(h('p', {}, message));
  ui.errorBox.hidden = false;
  ui.status.textContent = '';
}

const hideError = () => (ui.errorBox.hidden = true, ui.errorBox.replaceChildren());

const setExportEnabled = (/** @type {boolean} */ on) => ui.exports.forEach((b) => (b.disabled = !on));

// ---------------------------------------------------------------- files

// Files that could not be read are said beside the drop zone, until the next
// files or "Dismiss" (not in the summary's error box, which a summary clears).
const fileProblems = $('file-problems');
acceptFiles({ input: $('file-input'), dropTarget: $('articles-panel') }, (added, problems) => {
  if (added.length) {
    cards.set([...cards.all().filter((c) => c.text.trim() || c.title.trim() || c.source.trim()), ...added.map((a) => newCard(a))]);
    changed(0);
  }
  const said = added.length ? `Added ${added.length} ${added.length === 1 ? 'article' : 'articles'}.` : '';
  fileProblems.hidden = !problems.length;
  fileProblems.replaceChildren();
  if (problems.length) {
    fileProblems.append(
      h('p', {}, [said, `Skipped: ${problems.join('; ')}`].filter(Boolean).join(' ')),
      h('button', { type: 'button', class: 'link-button', onclick: () => (fileProblems.hidden = true) }, 'Dismiss'),
    );
  } else if (said) {
    toast(said);
  }
});

// ---------------------------------------------------------------- saving

let saveTimer = 0;
/** Saves run one after another, so "Clear all" cannot be undone by a save still running. */
let saving = Promise.resolve();
let warnedStorage = '';
function save(now = false) {
  clearTimeout(saveTimer);
  const articles = cards.all();
  const settings = controls.saved();
  const run = async () => {
    const outcome = await saveState(articles, settings);
    if (outcome.ok) warnedStorage = '';
    else if (warnedStorage !== outcome.why) {
      warnedStorage = outcome.why;
      toast(outcome.why === 'full'
        ? 'The browser’s storage for this page is full: these articles will not be kept after a reload. The summary still works.'
        : 'This browser does not let the page keep anything: these articles will not be kept after a reload. The summary still works.');
    }
  };
  // Leaving the page, the save starts at once, not after one still running.
  saving = now ? run() : saving.then(run);
}

/** Something the summary depends on changed: save soon and summarise after `delay` ms. */
function changed(delay = 150) {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(save, 400);
  scheduleSummary(delay);
}
// Leaving: a small state is written at once (localStorage), as an IndexedDB
// write may not finish before the page goes; the IndexedDB save runs too.
window.addEventListener('pagehide', () => {
  saveStateNow(cards.all(), controls.saved());
  save(true);
});

// ---------------------------------------------------------------- export

/** @param {string} text @param {string} what */
async function copy(text, what) {
  if (await copyToClipboard(text)) toast(`Copied the summary as ${what}.`);
  else showError('The browser did not allow copying. Select the summary and copy it by hand.');
}

const [copyText, copyMarkdown, downloadJson] = ui.exports;
copyText.addEventListener('click', () => shown && copy(summaryAsText(shown.result, shown.articles), 'plain text'));
copyMarkdown.addEventListener('click', () => shown && copy(summaryAsMarkdown(shown.result, shown.articles), 'Markdown'));
downloadJson.addEventListener('click', async () => {
  if (!shown) return;
  let result = shown.result;
  if (shown.sent && shown.articles.some((a) => a.text.length > LONG_SOURCE)) {
    // The shown result of a long article is trimmed: the download asks for it whole.
    try {
      result = (await summarizer.summarize(shown.sent, shown.options)).result;
    } catch (e) {
      return showError(`The JSON could not be made: ${/** @type {Error} */ (e).message}`);
    }
  }
  const name = `gistr-summary-${new Date().toISOString().slice(0, 10)}.json`;
  downloadText(name, summaryAsJson(result, shown.articles, shown.options), 'application/json');
});

// ---------------------------------------------------------------- clear, example, add

$('clear-button').addEventListener('click', () => {
  const before = { cards: cards.all(), settings: controls.settings() };
  saving = saving.then(clearState);
  controls.set({ ...DEFAULT_SETTINGS });
  cards.set([newCard(), newCard()]);
  clearTimeout(saveTimer);
  scheduleSummary(0);
  toast('Cleared all articles and settings.', 'Undo', () => {
    controls.set(before.settings);
    cards.set(before.cards);
    changed(0);
  });
});

$('example-button').addEventListener('click', () => {
  cards.set([...cards.all().filter((c) => c.text.trim()), ...EXAMPLE_ARTICLES.map((a) => newCard({ ...a }))]);
  changed(0);
  toast(`Added ${EXAMPLE_ARTICLES.length} example articles.`);
});

$('add-button').addEventListener('click', () => {
  cards.addEmpty();
  changed();
});

// ---------------------------------------------------------------- start

// The saved articles come from IndexedDB (asynchronously): the page is ready once they are shown.
loadState().then((saved) => {
  controls.set(saved ? saved.settings : { ...DEFAULT_SETTINGS });
  const start = saved ? saved.articles.map((a) => newCard(a)) : [];
  while (start.length < 2) start.push(newCard());
  cards.set(start);
  setExportEnabled(false);
  if (cards.articles().length) requestSummary();
  else showEmpty();
  setIdle();
  document.documentElement.dataset.ready = 'true';
});
