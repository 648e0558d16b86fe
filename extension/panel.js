// @ts-check
// gistr's side panel (Chromium), sidebar (Firefox) or popup: reads tabs or a
// selection, summarises them with the page's summary client (a Web Worker
// running the wasm module that ships inside the extension, newest request
// wins) and shows the result with the page's summary view, options, status
// line, busy line and toasts. Those modules are the page's own (www/), copied
// into page/ by scripts/build-extension.sh; tsc maps page/ to www/
// (extension/tsconfig.json). This module wires them to the panel's own:
// reading tabs (tabs.js), the picker (picker.js), permissions
// (permissions.js), pins (pins.js) and showing a sentence in its tab
// (in-tab.js); and it takes the requests of the toolbar button and the
// context menu (background.js).
import { api } from './api.js';
import { LONG_SOURCE } from './page/render.js';
import { createSummaryView } from './page/summary-view.js';
import { createSummarizer } from './page/summary-client.js';
import { createControls, optionsOf } from './page/controls.js';
import { createProgress } from './page/progress.js';
import { createStatus } from './page/status.js';
import { createToast } from './page/toast.js';
import { DEFAULT_SETTINGS } from './page/store.js';
import { summaryAsText } from './page/exporter.js';
import { inputSize, tooLargeMessage } from './page/limits.js';
import { readSelectionOf, readTab, readTabs } from './tabs.js';
import { createPermissions } from './permissions.js';
import { createPicker } from './picker.js';
import { createPins } from './pins.js';
import { createShowInTab } from './in-tab.js';

/** @typedef {import('./tabs.js').TabArticle} TabArticle */
/** @typedef {import('./page/protocol.js').SummaryResult} SummaryResult */
/** @typedef {import('./page/protocol.js').SummarizeOptions} SummarizeOptions */

/** The panel's element with this id, of the type its use asks for. */
const $ = /** @type {<T extends HTMLElement = HTMLElement>(id: string) => T} */ ((id) => document.getElementById(id));

const app = {
  /** @type {TabArticle[]} What is summarised. */
  articles: [],
  /** @type {string} 'tab', 'tabs', 'selection' or 'pinned'. */
  kind: '',
  /** @type {SummaryResult | null} The last result shown, for the articles above. */
  result: null,
};

const toast = createToast({ box: $('toast'), text: $('toast-text') });
const status = createStatus({ status: $('status'), errorBox: $('error-box') }, { noun: 'tab' });
const summarizer = createSummarizer({ onError: (e) => status.error(`The summariser stopped: ${e.message}`) });
const progress = createProgress(
  { status: $('status'), box: $('progress'), text: $('progress-text'), cancel: $('cancel-button') },
  { onCancel: () => summarizer.terminate(), noun: 'tab' },
);
const controls = createControls({ form: $('controls'), length: $('length-input'), lengthRange: $('length-range'), lengthError: $('length-error'), order: $('order-select') }, { changed });
const showInTab = createShowInTab({ shown: () => app, toast, error: status.error });
// The page's summary view and coverage grid: select a sentence to open its
// versions, "Show in source" on a version or a cell of the grid; here each
// also goes to the sentence in its tab.
const view = createSummaryView({ into: $('result'), sources: $('sources'), noun: 'tab', onReveal: showInTab, onSettled: () => setIdle() });
const pins = createPins(
  { button: $('pin-button'), panel: $('pins-panel'), list: $('pin-list') },
  {
    current: () => (app.articles.length ? { title: app.result?.sentences[0]?.text || app.articles[0].title, options: options(), articles: app.articles } : null),
    open: (pin) => {
      setOptions(pin.options);
      use(pin.articles, 'pinned');
    },
    toast,
  },
);
createPicker(
  { open: $('choose-tabs'), picker: $('tab-picker'), list: $('tab-list'), go: $('summarise-tabs'), hint: $('ask-hint') },
  { permissions: createPermissions(), onChosen: summariseTabs, onError: status.error, onOpen: status.clearError },
);

// ---------------------------------------------------------------- summarising: newest request wins

/** The summariser options the controls give, or the defaults while the box holds no usable length. @returns {SummarizeOptions} */
const options = () => controls.options().options || /** @type {SummarizeOptions} */ (optionsOf(DEFAULT_SETTINGS).options);

/** Shows options kept with a pin or the session (a length in sentences and an order). @param {SummarizeOptions | undefined} o */
function setOptions(o) {
  controls.set({ ...DEFAULT_SETTINGS, sentences: o?.sentences || DEFAULT_SETTINGS.sentences, order: o?.order || DEFAULT_SETTINGS.order });
}

let timer = 0;
let timerPending = false;
/** An option changed: summarise again after `delay` ms. @param {number} [delay] */
function changed(delay = 0) {
  clearTimeout(timer);
  timerPending = true;
  setIdle();
  timer = setTimeout(() => {
    timerPending = false;
    remember();
    summarise();
  }, delay);
}

/** data-idle="true" on <html> when nothing is scheduled, being summarised or still drawn (tests wait for it). */
function setIdle() {
  document.documentElement.dataset.idle = String(!timerPending && !measuring && !summarizer.busy() && view.settled());
}

/** Bumped by each summarise(): a size still being counted for an older one is dropped. */
let sizeChecks = 0;
/** The input's size is being counted (a big input, a few megabytes per task). */
let measuring = false;

async function summarise() {
  const asked = ++sizeChecks;
  measuring = false; // an older count is stale now
  const { options: chosen, error } = controls.options();
  controls.setLengthError(error || '');
  if (!app.articles.length || !chosen) return setIdle();
  const sent = app.articles.map(({ title, text, source }) => ({ title, text, source }));
  // Over the most gistr takes, refused before anything is sent; the panel keeps the tabs' text.
  measuring = true;
  const size = await inputSize(sent); // at once unless the input is near the limit
  if (asked !== sizeChecks) return;
  measuring = false;
  if (!size.fits) {
    summarizer.cancel();
    progress.busy(false);
    app.result = null;
    view.clear();
    $('result').hidden = true;
    status.error(tooLargeMessage(size.bytes, sent.length, 'tab'));
    return setIdle();
  }
  const chars = sent.reduce((n, a) => n + a.text.length, 0);
  progress.busy(true, app.result !== null);
  try {
    const pending = summarizer.summarize(sent, chosen, {
      lean: LONG_SOURCE, // long pages: only the summary's sentences, their versions and neighbours come back
      onProgress: (p) => progress.stage(p, sent.length, chars),
    });
    setIdle(); // busy now: said before summarize() was called, the panel was idle until the result
    const { result, ms } = await pending;
    status.clearError();
    showResult(result, ms);
  } catch (e) {
    const error = /** @type {Error} */ (e);
    if (error.name === 'AbortError') return; // a newer request is on its way
    status.error(`Could not summarise: ${String(error.message || error).replace(/^Error:\s*/, '')}`);
  } finally {
    if (!summarizer.busy()) progress.busy(false);
    setIdle();
  }
}

/** @param {SummaryResult} result @param {number} ms */
function showResult(result, ms) {
  app.result = result;
  $('empty-state').hidden = true;
  $('result').hidden = false;
  view.show(result, app.articles);
  status.result(result, app.articles, ms, app.kind === 'selection' ? 'the selection' : undefined);
}

// ---------------------------------------------------------------- what is summarised

$('this-tab').addEventListener('click', async () => {
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  if (tab?.id !== undefined) summariseTab(tab.id, tab.windowId);
});

/** @param {WebExtTab[]} tabs */
async function summariseTabs(tabs) {
  status.clearError();
  status.say(`Reading ${tabs.length} ${tabs.length === 1 ? 'tab' : 'tabs'}…`);
  const { articles, problems } = await readTabs(tabs);
  if (problems.length) status.error(`Skipped ${problems.join('; ')}.`);
  if (!articles.length) return status.say('');
  use(articles, 'tabs');
}

/** @param {number} tabId @param {number} [windowId] */
async function summariseTab(tabId, windowId) {
  status.clearError();
  try {
    use([await readTab(tabId, windowId)], 'tab');
  } catch (e) {
    status.error(
      `gistr could not read this tab (${/** @type {Error} */ (e).message || e}). Click the gistr button in the toolbar while the tab is open, ` +
        'or pick it with “Summarise several tabs”. Browser pages and the extension store cannot be read.',
    );
  }
}

/** @param {TabArticle[]} articles @param {string} kind */
function use(articles, kind) {
  app.articles = articles;
  app.kind = kind;
  app.result = null;
  view.clear();
  pins.reset();
  remember();
  summarise();
}

/** The session keeps the last summary's articles (gone when the browser closes). */
function remember() {
  if (!app.articles.length) return;
  api.storage.session
    .set({ last: { articles: app.articles, kind: app.kind, options: options() } })
    .catch(() => {}); // too large for the session: it is simply not kept
}

// ---------------------------------------------------------------- the summary: to the tab, copy

/** After the view has handled a click or key on a sentence: when it opened, its tab shows it. @param {EventTarget | null} target */
function followOpened(target) {
  const text = /** @type {HTMLElement | null} */ (target instanceof Element ? target.closest('.sentence-text') : null);
  if (!text || text.getAttribute('aria-expanded') !== 'true') return;
  const s = app.result?.sentences[Number(text.dataset.index)];
  if (s) showInTab(s.at.article, s.at.sentence);
}
view.parts.summary.addEventListener('click', (event) => {
  const target = /** @type {Element} */ (event.target);
  if (!target.closest('.show-source') && !getSelection()?.toString()) followOpened(target);
});
view.parts.summary.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' || event.key === ' ') followOpened(event.target);
});

$('copy-text').addEventListener('click', async () => {
  if (!app.result) return;
  try {
    await navigator.clipboard.writeText(summaryAsText(app.result, app.articles));
    toast('Copied the summary.');
  } catch {
    status.error('The browser did not allow copying. Select the summary and copy it by hand.');
  }
});

// ---------------------------------------------------------------- requests from the toolbar button and the context menu

let handled = 0;
/** @param {{kind: string, seq: number, tabId?: number, windowId?: number, frameId?: number, text?: string, read?: boolean, chars?: number, title?: string, site?: string} | undefined} request */
function handle(request) {
  if (!request || request.seq <= handled) return;
  handled = request.seq;
  api.storage.session.set({ handled }).catch(() => {});
  if (request.kind === 'tab' && request.tabId !== undefined) {
    summariseTab(request.tabId, request.windowId);
  } else if (request.kind === 'selection') {
    if (request.read && request.tabId !== undefined) useBigSelection({ ...request, tabId: request.tabId });
    else useSelection(request, String(request.text || ''));
  }
}

/** @param {{tabId?: number, windowId?: number, title?: string, site?: string}} request @param {string} selected */
function useSelection(request, selected) {
  const text = selected.trim();
  if (!text) return status.error('The selection is empty.');
  const site = request.site || '';
  use([{ title: request.title ? `Selection from “${request.title}”` : 'Selection', text, source: site, site, tabId: request.tabId, windowId: request.windowId, selection: true }], 'selection');
}

/**
 * A selection too big to pass through session storage (about 10 MB): read here, from its tab.
 * @param {{tabId: number, windowId?: number, frameId?: number, chars?: number, title?: string, site?: string}} request */
async function useBigSelection(request) {
  status.clearError();
  status.say('Reading the selection…');
  try {
    useSelection(request, await readSelectionOf(request.tabId, request.frameId || 0));
  } catch (e) {
    status.say('');
    status.error(
      `gistr could not read the selection of ${(request.chars || 0).toLocaleString('en')} characters from its tab (${/** @type {Error} */ (e).message || e}). ` +
        'Copy it and paste it into the gistr page, or select less.',
    );
  }
}

if (api.storage.session.onChanged) api.storage.session.onChanged.addListener((changes) => changes.request && handle(changes.request.newValue));
else api.storage.onChanged.addListener((changes, area) => area === 'session' && changes.request && handle(changes.request.newValue));

async function boot() {
  controls.set({ ...DEFAULT_SETTINGS });
  setIdle();
  pins.show().catch(() => {});
  const popup = new URLSearchParams(location.search).has('popup');
  /** @type {Record<string, any>} */
  const state = await api.storage.session.get(['request', 'handled', 'last']).catch(() => ({}));
  handled = state.handled || 0;
  if (popup) {
    // A popup opens from the button, which granted activeTab on the active tab.
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    if (tab?.id !== undefined) summariseTab(tab.id, tab.windowId);
  } else if (state.request && state.request.seq > handled) {
    handle(state.request);
  } else if (state.last?.articles?.length) {
    setOptions(state.last.options);
    app.articles = state.last.articles;
    app.kind = state.last.kind;
    summarise();
  }
  document.documentElement.dataset.ready = 'true';
}

boot();
