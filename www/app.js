// @ts-check
// gistr's page: articles in, live summary out. This module wires the page's
// parts together: the cards (cards.js), the options (controls.js), the
// summariser in its worker (summary-client.js), the summary and sources
// (summary-view.js), the busy line (progress.js), the status line
// (status.js), files (files.js), saving (store.js), messages (toast.js) and
// export.
import { DEFAULT_SETTINGS, clearState, loadState, saveState, saveStateNow } from './store.js';
import { copyToClipboard, downloadText, summaryAsJson, summaryAsMarkdown, summaryAsText } from './exporter.js';
import { COUNT, LONG_SOURCE, h } from './render.js';
import { EXAMPLE_ARTICLES } from './examples.js';
import { cardArticles, createCards, newCard } from './cards.js';
import { createControls } from './controls.js';
import { createSummarizer } from './summary-client.js';
import { createSummaryView } from './summary-view.js';
import { createStatus } from './status.js';
import { createProgress } from './progress.js';
import { acceptFiles } from './files.js';
import { inputSize, tooLargeMessage } from './limits.js';
import { createToast } from './toast.js';

/** @typedef {import('./protocol.js').SummaryResult} SummaryResult */
/** @typedef {import('./protocol.js').SummarizeOptions} SummarizeOptions */
/** @typedef {import('./cards.js').CardArticle} CardArticle */

/** The page's element with this id, of the type its use asks for. */
const $ = /** @type {<T extends HTMLElement = HTMLElement>(id: string) => T} */ ((id) => document.getElementById(id));
const ui = {
  status: $('status'),
  empty: $('empty-state'),
  result: $('result'),
  sources: $('sources'),
  jump: $('jump-summary'),
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
const view = createSummaryView({ into: ui.result, sources: ui.sources, onSettled: () => setIdle() });
const status = createStatus({ status: ui.status, errorBox: $('error-box') }, { binaryHint: 'Remove it, or paste its text instead.' });
const showError = status.error;
const hideError = status.clearError;

// The single-file build carries the worker's source in the page; served, it is worker.js.
const inlineWorker = document.getElementById('gistr-worker-source');
const summarizer = createSummarizer({
  worker: inlineWorker
    ? () => new Worker(URL.createObjectURL(new Blob([inlineWorker.textContent || ''], { type: 'text/javascript' })), { name: 'gistr' })
    : undefined,
  onError: (e) => showError(failureMessage(e)),
});
const progress = createProgress(
  { status: ui.status, box: $('progress'), text: $('progress-text'), cancel: $('cancel-button') },
  { onCancel: () => summarizer.terminate() },
);
const setBusy = (/** @type {boolean} */ busy) => progress.busy(busy, shown !== null);

// ---------------------------------------------------------------- summarising

/** A result has come and waits for its own task to be drawn. */
let drawing = false;
/** The input's size is being counted (a big input, a few megabytes per task). */
let measuring = false;
/** data-idle="true" on <html> when no summary is scheduled, running or still drawn (tests wait for it). */
const setIdle = () => {
  document.documentElement.dataset.idle = String(!timerPending && !drawing && !measuring && !summarizer.busy() && view.settled());
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

/** Bumped by each request: a size still being counted for an older one is dropped. */
let sizeChecks = 0;

async function requestSummary() {
  clearTimeout(summaryTimer);
  timerPending = false;
  const asked = ++sizeChecks;
  measuring = false; // an older request's count is stale now
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
  // Over the most gistr takes, refused before anything is sent; the cards keep the text.
  measuring = true;
  const size = await inputSize(sent); // at once unless the input is near the limit
  if (asked !== sizeChecks) return; // a newer request is counting or sent
  measuring = false;
  if (!size.fits) {
    summarizer.cancel();
    setBusy(false);
    showTooLarge(tooLargeMessage(size.bytes, sent.length, 'article'));
    return setIdle();
  }
  setBusy(true);
  // Summarising: "Nothing to summarise yet" would say the opposite (a 20 MB article: for seconds).
  ui.empty.hidden = true;
  try {
    // Long articles' sentence reports come trimmed to what the source view shows.
    const chars = sent.reduce((n, a) => n + a.text.length, 0);
    const pending = summarizer.summarize(sent, options, {
      lean: LONG_SOURCE,
      onProgress: (p) => progress.stage(p, sent.length, chars),
    });
    setIdle(); // busy now: said before summarize() was called, the page was idle until the result
    const { result, ms } = await pending;
    // Drawn in a task of its own: the message's task already spent its time taking the result in
    // (3,000 articles: 20-30 ms of CPU), and a click waiting behind both waited too long (issue 22).
    drawing = true;
    await new Promise((ok) => setTimeout(ok, 0)).finally(() => (drawing = false));
    if (summarizer.busy()) return; // a newer request was made meanwhile: its result is drawn instead
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

function showEmpty() {
  shown = null;
  view.clear();
  ui.result.hidden = true;
  ui.jump.hidden = true;
  ui.empty.hidden = false;
  status.say('');
  ui.sources.replaceChildren(h('p', { class: 'muted' }, 'Each article appears here with the sentences the summary uses highlighted.'));
  setExportEnabled(false);
}

/** No summary, as the input is over the most gistr takes: `message` says so (the cards keep the text). @param {string} message */
function showTooLarge(message) {
  shown = null;
  view.clear();
  ui.result.hidden = true;
  ui.jump.hidden = true;
  ui.empty.hidden = true;
  ui.sources.replaceChildren(h('p', { class: 'muted' }, 'Nothing is summarised: the input is too large.'));
  setExportEnabled(false);
  showError(message);
}

/** @param {SummaryResult} result @param {CardArticle[]} articles @param {SummarizeOptions} options @param {number} ms */
function showResult(result, articles, options, ms) {
  shown = { result, articles, options };
  ui.empty.hidden = true;
  ui.result.hidden = false;
  ui.jump.hidden = result.sentences.length === 0;
  // With no summary sentence, key terms would only be noise (5 MB of one letter gave two "words" of 600).
  view.show(result.sentences.length ? result : { ...result, keywords: [] }, articles);
  status.result(result, articles, ms);
  setExportEnabled(result.sentences.length > 0);
}

const setExportEnabled = (/** @type {boolean} */ on) => ui.exports.forEach((b) => (b.disabled = !on));

// ---------------------------------------------------------------- files

// Files that could not be read are said beside the drop zone, until the next
// files or "Dismiss" (not in the summary's error box, which a summary clears).
const fileProblems = $('file-problems');
acceptFiles({ input: $('file-input'), dropTarget: $('articles-panel') }, (added, problems) => {
  const fresh = added.map((a) => newCard(a));
  if (added.length) {
    cards.set([...cards.all().filter((c) => c.text.trim() || c.title.trim() || c.source.trim()), ...fresh]);
    changed(0);
  }
  // Articles, as the count beside "Articles" says them: a .txt file with --- lines holds several.
  const n = cardArticles(fresh).length;
  const articlesSaid = `${COUNT.format(n)} ${n === 1 ? 'article' : 'articles'}`;
  const said = !added.length ? '' : n === added.length ? `Added ${articlesSaid}.` : `Added ${articlesSaid} from ${COUNT.format(added.length)} ${added.length === 1 ? 'file' : 'files'}.`;
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
    const outcome = await saveState(articles, settings, now);
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

// The example is one story: added to the reader's own articles (another
// story) it would make one summary of two stories. It replaces them, and
// Undo brings them back.
$('example-button').addEventListener('click', () => {
  const before = cards.all();
  const own = before.filter((c) => c.text.trim()).length;
  cards.set(EXAMPLE_ARTICLES.map((a) => newCard({ ...a })));
  changed(0);
  if (!own) return toast(`Showing ${EXAMPLE_ARTICLES.length} example articles.`);
  toast(`Replaced your ${own === 1 ? 'article' : `${own} articles`} with ${EXAMPLE_ARTICLES.length} example articles.`, 'Undo', () => {
    cards.set(before);
    changed(0);
  });
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
