// gistr's side panel (Chromium), sidebar (Firefox) or popup: reads tabs or a
// selection, summarises them with the page's summary client (a Web Worker
// running the wasm module that ships inside the extension, newest request
// wins) and shows the result with the page's summary view. Those modules are
// the page's own, copied into page/ by scripts/build-extension.sh.
import { articleFromHtml, countWords, formatDate } from './page/articles.js';
import { LONG_SOURCE, h } from './page/render.js';
import { createSummaryView, whyEmpty } from './page/summary-view.js';
import { createSummarizer } from './page/summary-client.js';
import { summaryAsText } from './page/exporter.js';
import { HIGHLIGHT_CSS, highlightInPage, readPage } from './inject.js';

const api = globalThis.browser ?? globalThis.chrome;
const $ = (id) => document.getElementById(id);
const ui = {
  thisTab: $('this-tab'),
  chooseTabs: $('choose-tabs'),
  picker: $('tab-picker'),
  tabList: $('tab-list'),
  summariseTabs: $('summarise-tabs'),
  askHint: $('ask-hint'),
  length: $('length-input'),
  lengthRange: $('length-range'),
  order: $('order-select'),
  status: $('status'),
  errorBox: $('error-box'),
  empty: $('empty-state'),
  result: $('result'),
  coverage: $('coverage'),
  keywords: $('keywords'),
  summary: $('summary'),
  sources: $('sources'),
  copyText: $('copy-text'),
  pin: $('pin-button'),
  pinsPanel: $('pins-panel'),
  pinList: $('pin-list'),
  toast: $('toast'),
  toastText: $('toast-text'),
};

const app = {
  /** What is summarised: {title, text, source, site, url, tabId, windowId, selection?}. */
  articles: [],
  /** The last result shown, for the articles above. */
  result: null,
  /** The tabs listed in the picker. */
  listed: [],
  /** Origins the extension may read now (refreshed when the picker opens). */
  granted: new Set(),
};

// ---------------------------------------------------------------- summarising: newest request wins

const summarizer = createSummarizer({ onError: (e) => showError(`The summariser stopped: ${e.message}`) });

function options() {
  const n = Math.max(1, Math.min(50, Math.round(Number(ui.length.value)) || 5));
  return { sentences: n, order: ui.order.value };
}

async function summarise() {
  if (!app.articles.length) return;
  setBusy(true);
  try {
    const { result, ms } = await summarizer.summarize(
      app.articles.map(({ title, text, source }) => ({ title, text, source })),
      options(),
      { lean: LONG_SOURCE }, // long pages: only the summary's sentences, their versions and neighbours come back
    );
    setBusy(false);
    hideError();
    showResult(result, ms);
  } catch (e) {
    if (e.name === 'AbortError') return; // a newer request is on its way
    setBusy(false);
    showError(`Could not summarise: ${String(e.message || e).replace(/^Error:\s*/, '')}`);
  }
}

// ---------------------------------------------------------------- reading tabs

const hostOf = (url) => {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
};
/** The host permission a tab's page needs: its scheme and host, any port and path. */
const originPattern = (url) => {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
};
const readable = (tab) => /^https?:/.test(tab.url || '');

/** One tab as an article, with Readability run on its HTML here, in the extension. */
async function readTab(tabId, windowId) {
  const [frame] = await api.scripting.executeScript({ target: { tabId }, func: readPage });
  const page = frame?.result;
  if (!page) throw new Error('the page gave nothing back');
  const article = articleFromHtml(page.html);
  const site = article.source || hostOf(page.url);
  const title = article.title || page.title || site;
  if (!article.text.trim()) throw new Error('no article text found');
  return { title, text: article.text, source: site, site, url: page.url, tabId, windowId, byline: article.byline, date: formatDate(article.date) };
}

async function summariseTabs(tabs) {
  hideError();
  ui.status.textContent = `Reading ${tabs.length} ${tabs.length === 1 ? 'tab' : 'tabs'}…`;
  const read = await Promise.allSettled(tabs.map((t) => readTab(t.id, t.windowId)));
  const articles = [];
  const problems = [];
  read.forEach((r, i) => {
    if (r.status === 'fulfilled') articles.push(r.value);
    else problems.push(`${tabs[i].title || `tab ${i + 1}`}: ${r.reason?.message || r.reason}`);
  });
  if (problems.length) showError(`Skipped ${problems.join('; ')}.`);
  if (!articles.length) {
    ui.status.textContent = '';
    return;
  }
  use(articles, 'tabs');
}

async function summariseTab(tabId, windowId) {
  hideError();
  try {
    const article = await readTab(tabId, windowId);
    use([article], 'tab');
  } catch (e) {
    ui.status.textContent = '';
    showError(
      `gistr could not read this tab (${e.message || e}). Click the gistr button in the toolbar while the tab is open, ` +
        'or pick it with “Summarise several tabs”. Browser pages and the extension store cannot be read.',
    );
  }
}

function use(articles, kind) {
  app.articles = articles;
  app.kind = kind;
  view.clear();
  app.pinned = false;
  ui.pin.setAttribute('aria-pressed', 'false');
  ui.pin.textContent = 'Pin this summary';
  remember();
  summarise();
}

/** The session keeps the last summary's articles (gone when the browser closes). */
function remember() {
  api.storage.session
    .set({ last: { articles: app.articles, kind: app.kind, options: options() } })
    .catch(() => {}); // too large for the session: it is simply not kept
}

// ---------------------------------------------------------------- the tab picker

ui.chooseTabs.addEventListener('click', () => {
  if (!ui.picker.hidden) {
    closePicker();
    return;
  }
  // Asked at the click (a user gesture), before anything is awaited.
  api.permissions.request({ permissions: ['tabs'] }).then(
    (ok) => (ok ? openPicker() : showError('To list your tabs, gistr needs to see their titles and addresses (the “tabs” permission).')),
    (e) => showError(`Could not ask for the tabs permission: ${e.message || e}`),
  );
});

function closePicker() {
  ui.picker.hidden = true;
  ui.chooseTabs.setAttribute('aria-expanded', 'false');
}

async function openPicker() {
  hideError();
  const [tabs, perms] = await Promise.all([api.tabs.query({ currentWindow: true }), api.permissions.getAll()]);
  app.granted = new Set(perms.origins || []);
  app.listed = tabs.filter(readable);
  const highlighted = app.listed.filter((t) => t.highlighted);
  const preselect = new Set(highlighted.length >= 2 ? highlighted.map((t) => t.id) : []);
  ui.tabList.replaceChildren(
    ...app.listed.map((t) =>
      h(
        'li',
        { class: 'tab-item' },
        h(
          'label',
          {},
          h('input', { type: 'checkbox', value: String(t.id), checked: preselect.has(t.id) }),
          h('span', { class: 'tab-title' }, t.title || t.url),
          h('span', { class: 'tab-site' }, hostOf(t.url)),
        ),
      ),
    ),
  );
  if (!app.listed.length) ui.tabList.append(h('li', { class: 'muted' }, 'No web pages are open in this window.'));
  ui.picker.hidden = false;
  ui.chooseTabs.setAttribute('aria-expanded', 'true');
  updatePicker();
  ui.tabList.querySelector('input')?.focus();
}

function chosenTabs() {
  const ids = new Set([...ui.tabList.querySelectorAll('input:checked')].map((i) => Number(i.value)));
  return app.listed.filter((t) => ids.has(t.id));
}

function updatePicker() {
  const chosen = chosenTabs();
  ui.summariseTabs.disabled = chosen.length === 0;
  ui.summariseTabs.textContent = chosen.length ? `Summarise ${chosen.length} ${chosen.length === 1 ? 'tab' : 'tabs'}` : 'Summarise these tabs';
  const ask = [...new Set(chosen.map((t) => originPattern(t.url)))].filter((o) => !app.granted.has(o));
  ui.askHint.textContent = ask.length
    ? `gistr will ask to read ${ask.map((o) => o.replace(/^\w+:\/\/|\/\*$/g, '')).join(', ')}, only to take the article from these tabs.`
    : '';
}

ui.tabList.addEventListener('change', updatePicker);

ui.summariseTabs.addEventListener('click', () => {
  const chosen = chosenTabs();
  if (!chosen.length) return;
  const origins = [...new Set(chosen.map((t) => originPattern(t.url)))];
  // Exactly the sites of the chosen tabs, asked at the click.
  api.permissions.request({ origins }).then(
    (ok) => {
      if (!ok) {
        showError('gistr can only read the tabs after you allow it to read these sites.');
        return;
      }
      for (const o of origins) app.granted.add(o);
      closePicker();
      summariseTabs(chosen);
    },
    (e) => showError(`Could not ask for access to these sites: ${e.message || e}`),
  );
});

ui.thisTab.addEventListener('click', async () => {
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  if (tab) summariseTab(tab.id, tab.windowId);
});

// ---------------------------------------------------------------- output

let busyTimer = 0;
let busy = false;
function setBusy(on) {
  busy = on;
  clearTimeout(busyTimer);
  document.body.classList.toggle('busy', busy);
  setIdle();
  if (busy) busyTimer = setTimeout(() => (ui.status.textContent = 'Summarising…'), 250);
}

/** data-idle="true" on <html> when nothing is being summarised or still drawn (tests wait for it). */
function setIdle() {
  document.documentElement.dataset.idle = String(!busy && view.settled());
}

function showResult(result, ms) {
  app.result = result;
  ui.empty.hidden = true;
  ui.result.hidden = false;
  view.show(result, app.articles);
  const n = result.sentences.length;
  const words = result.sentences.reduce((k, s) => k + countWords(s.text), 0);
  const what = app.kind === 'selection' ? 'the selection' : `${app.articles.length} ${app.articles.length === 1 ? 'tab' : 'tabs'}`;
  ui.status.textContent = n
    ? `${n} ${n === 1 ? 'sentence' : 'sentences'}, ${words} words, from ${what} · ${Math.max(1, Math.round(ms || 0))} ms`
    : whyEmpty(result, (i) => app.articles[i]?.title || `Tab ${i + 1}`);
  setIdle();
}

function showError(message) {
  ui.errorBox.replaceChildren(h('p', {}, message));
  ui.errorBox.hidden = false;
}

function hideError() {
  ui.errorBox.hidden = true;
  ui.errorBox.replaceChildren();
}

let toastTimer = 0;
function toast(message) {
  clearTimeout(toastTimer);
  ui.toastText.textContent = message;
  ui.toast.hidden = false;
  toastTimer = setTimeout(() => (ui.toast.hidden = true), 3000);
}

// ---------------------------------------------------------------- from a sentence to its tab

/** The text of sentence `si` of article `ai`, as the summariser saw it. */
function sentenceText(ai, si) {
  const span = app.result?.articles[ai]?.sentences[si]?.span;
  const text = app.articles[ai]?.text;
  return span && text ? text.slice(span.startUtf16, span.endUtf16) : '';
}

const inserted = new Set();
/** Activates the tab of article `ai`, scrolls it to the sentence and highlights it. */
async function showInTab(ai, si) {
  const article = app.articles[ai];
  const text = sentenceText(ai, si);
  if (!article || !text) return;
  if (article.tabId === undefined) {
    toast('This summary was pinned; its tabs are not open any more.');
    return;
  }
  try {
    await api.tabs.update(article.tabId, { active: true });
    if (article.windowId !== undefined) api.windows?.update(article.windowId, { focused: true }).catch(() => {});
    if (!inserted.has(article.tabId)) {
      await api.scripting.insertCSS({ target: { tabId: article.tabId }, css: HIGHLIGHT_CSS });
      inserted.add(article.tabId);
    }
    const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
    const [frame] = await api.scripting.executeScript({ target: { tabId: article.tabId }, func: highlightInPage, args: [text, smooth] });
    if (!frame?.result) toast(`The sentence is no longer on “${article.title}”: the page has changed.`);
  } catch (e) {
    showError(`Could not show the sentence in “${article.title}”: ${e.message || e}`);
  }
}

// The page's summary view and coverage grid: select a sentence to open its
// versions, "Show in source" on a version or a cell of the grid; here each also
// goes to the sentence in its tab.
const view = createSummaryView({ keywords: ui.keywords, summary: ui.summary, sources: ui.sources, coverage: ui.coverage, onReveal: showInTab, onSettled: setIdle, noun: 'tab' });

/** After the view has handled a click or key on a sentence: when it opened, its tab shows it. */
function followOpened(target) {
  const text = target.closest?.('.sentence-text');
  if (!text || text.getAttribute('aria-expanded') !== 'true') return;
  const s = app.result?.sentences[Number(text.dataset.index)];
  if (s) showInTab(s.at.article, s.at.sentence);
}
ui.summary.addEventListener('click', (event) => {
  if (!event.target.closest('.show-source') && !getSelection()?.toString()) followOpened(event.target);
});
ui.summary.addEventListener('keydown', (event) => {
  if (event.key === 'Enter' || event.key === ' ') followOpened(event.target);
});

// ---------------------------------------------------------------- controls, copy, pins

ui.length.addEventListener('input', () => {
  if (Number.isInteger(Number(ui.length.value)) && ui.length.value !== '') ui.lengthRange.value = ui.length.value;
  summarise();
});
ui.lengthRange.addEventListener('input', () => {
  ui.length.value = ui.lengthRange.value;
  summarise();
});
ui.order.addEventListener('change', summarise);
$('controls').addEventListener('submit', (event) => event.preventDefault());

ui.copyText.addEventListener('click', async () => {
  if (!app.result) return;
  try {
    await navigator.clipboard.writeText(summaryAsText(app.result, app.articles));
    toast('Copied the summary.');
  } catch {
    showError('The browser did not allow copying. Select the summary and copy it by hand.');
  }
});

async function pins() {
  return (await api.storage.local.get('pins')).pins || [];
}

ui.pin.addEventListener('click', async () => {
  if (!app.articles.length) return;
  const list = await pins();
  list.unshift({
    id: Date.now(),
    title: app.result?.sentences[0]?.text || app.articles[0].title,
    savedAt: new Date().toISOString(),
    options: options(),
    articles: app.articles.map(({ title, text, source, site, url }) => ({ title, text, source, site, url })),
  });
  await api.storage.local.set({ pins: list });
  ui.pin.setAttribute('aria-pressed', 'true');
  ui.pin.textContent = 'Pinned';
  toast('Pinned: kept on this device until you unpin it.');
  showPins();
});

async function showPins() {
  const list = await pins();
  ui.pinsPanel.hidden = list.length === 0;
  ui.pinList.replaceChildren(
    ...list.map((p) =>
      h(
        'li',
        { class: 'pin' },
        h('p', { class: 'pin-title' }, p.title),
        h('p', { class: 'pin-meta muted' }, `${p.articles.length} ${p.articles.length === 1 ? 'article' : 'articles'} · ${new Date(p.savedAt).toLocaleString()}`),
        h(
          'div',
          { class: 'pin-actions' },
          h('button', { type: 'button', class: 'button small', dataset: { open: String(p.id) } }, 'Open'),
          h('button', { type: 'button', class: 'button small ghost danger', dataset: { unpin: String(p.id) } }, 'Unpin'),
        ),
      ),
    ),
  );
}

ui.pinList.addEventListener('click', async (event) => {
  const button = event.target.closest('button');
  if (!button) return;
  const list = await pins();
  if (button.dataset.unpin) {
    await api.storage.local.set({ pins: list.filter((p) => String(p.id) !== button.dataset.unpin) });
    showPins();
  } else if (button.dataset.open) {
    const p = list.find((x) => String(x.id) === button.dataset.open);
    if (!p) return;
    ui.length.value = ui.lengthRange.value = String(p.options?.sentences || 5);
    ui.order.value = p.options?.order || 'article';
    use(p.articles, 'pinned');
  }
});

// ---------------------------------------------------------------- requests from the toolbar button and the context menu

let handled = 0;
async function handle(request) {
  if (!request || request.seq <= handled) return;
  handled = request.seq;
  api.storage.session.set({ handled }).catch(() => {});
  if (request.kind === 'tab') {
    summariseTab(request.tabId, request.windowId);
  } else if (request.kind === 'selection') {
    const text = String(request.text || '').trim();
    if (!text) {
      showError('The selection is empty.');
      return;
    }
    use([{ title: request.title ? `Selection from “${request.title}”` : 'Selection', text, source: request.site || '', site: request.site || '', tabId: request.tabId, windowId: request.windowId, selection: true }], 'selection');
  }
}

api.storage.session.onChanged?.addListener((changes) => changes.request && handle(changes.request.newValue));
if (!api.storage.session.onChanged) {
  api.storage.onChanged.addListener((changes, area) => area === 'session' && changes.request && handle(changes.request.newValue));
}

async function boot() {
  setBusy(false);
  showPins().catch(() => {});
  const popup = new URLSearchParams(location.search).has('popup');
  const state = await api.storage.session.get(['request', 'handled', 'last']).catch(() => ({}));
  handled = state.handled || 0;
  if (popup) {
    // A popup opens from the button, which granted activeTab on the active tab.
    const [tab] = await api.tabs.query({ active: true, currentWindow: true });
    if (tab) summariseTab(tab.id, tab.windowId);
  } else if (state.request && state.request.seq > handled) {
    handle(state.request);
  } else if (state.last?.articles?.length) {
    ui.length.value = ui.lengthRange.value = String(state.last.options?.sentences || 5);
    ui.order.value = state.last.options?.order || 'article';
    app.articles = state.last.articles;
    app.kind = state.last.kind;
    summarise();
  }
  document.documentElement.dataset.ready = 'true';
}

boot();
