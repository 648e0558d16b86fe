// gistr's page: articles in, live summary out. All summarising happens in a
// Web Worker running the wasm module; this module only handles the page.
import { articleFromFile, countWords, formatDate, guessTitle, hasSeparator, splitArticles } from './articles.js';
import { DEFAULT_SETTINGS, clearState, loadState, saveState } from './store.js';
import { summaryAsJson, summaryAsMarkdown, summaryAsText } from './exporter.js';
import { h, renderKeywords, renderSources, renderSummary, renderVersions } from './render.js';
import { EXAMPLE_ARTICLES } from './examples.js';

const $ = (id) => document.getElementById(id);
const ui = {
  cards: $('cards'),
  count: $('article-count'),
  add: $('add-button'),
  fileInput: $('file-input'),
  dropzone: $('dropzone'),
  articlesPanel: $('articles-panel'),
  length: $('length-input'),
  lengthRange: $('length-range'),
  lengthError: $('length-error'),
  unit: $('unit-select'),
  order: $('order-select'),
  language: $('language-select'),
  focus: $('focus-input'),
  status: $('status'),
  errorBox: $('error-box'),
  empty: $('empty-state'),
  result: $('result'),
  keywords: $('keywords'),
  summary: $('summary'),
  sources: $('sources'),
  copyText: $('copy-text'),
  copyMarkdown: $('copy-markdown'),
  downloadJson: $('download-json'),
  clear: $('clear-button'),
  example: $('example-button'),
  toast: $('toast'),
  jump: $('jump-summary'),
  toastText: $('toast-text'),
  toastAction: $('toast-action'),
};

const LIMITS = {
  sentences: { min: 1, max: 200, rangeMax: 20, step: 1 },
  words: { min: 1, max: 100000, rangeMax: 600, step: 10 },
  percent: { min: 1, max: 100, rangeMax: 100, step: 1 },
};

let nextCardId = 1;
const newCard = (fields = {}) => ({
  id: nextCardId++,
  title: '',
  text: '',
  source: '',
  byline: '',
  date: '',
  file: '',
  ...fields,
});

const app = {
  cards: [],
  settings: { ...DEFAULT_SETTINGS },
  /** The last result shown: {result, articles (as sent), options}. */
  shown: null,
  /** Index of the summary sentence whose versions are open. */
  expanded: -1,
};

// ---------------------------------------------------------------- worker

let worker = null;
let requestSeq = 0;
let latestRequest = 0;
let inFlight = null; // {id, articles, options, started}
let workerWarm = false; // it has answered once, so its module is loaded
/** A request running longer than this is abandoned for a newer one by restarting the worker. */
const ABANDON_AFTER_MS = 300;

function startWorker() {
  const inline = document.getElementById('gistr-worker-source');
  try {
    if (inline) {
      const url = URL.createObjectURL(new Blob([inline.textContent], { type: 'text/javascript' }));
      worker = new Worker(url, { name: 'gistr' });
    } else {
      worker = new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'gistr' });
    }
  } catch (e) {
    worker = null;
    showError(`The summariser could not start: ${e.message || e}`);
    return;
  }
  worker.onmessage = onWorkerMessage;
  worker.onerror = (event) => {
    event.preventDefault();
    const detail = event.message ? `: ${event.message}` : '';
    const loaded = workerWarm;
    // No automatic restart (a worker that cannot load would loop): the next change starts a new one.
    worker.terminate();
    worker = null;
    workerWarm = false;
    failRequest(loaded
      ? `The summariser stopped working${detail}. Change anything to try again.`
      : `The summariser could not be loaded${detail}.`);
  };
  worker.onmessageerror = () => failRequest('The summariser sent a message the page could not read.');
}

function restartWorker() {
  if (worker) worker.terminate();
  worker = null;
  workerWarm = false;
  startWorker();
}

/** data-idle="true" on <html> when no summary is scheduled or running (tests wait for it). */
function setIdle(idle) {
  document.documentElement.dataset.idle = String(idle);
}

function failRequest(message) {
  inFlight = null;
  setIdle(!timerPending);
  setBusy(false);
  showError(message);
}

function onWorkerMessage(event) {
  const msg = event.data;
  workerWarm = true;
  if (!msg || msg.id !== latestRequest || !inFlight || inFlight.id !== msg.id) return; // stale: a newer request wins
  const request = inFlight;
  inFlight = null;
  setBusy(false);
  setIdle(!timerPending);
  if (msg.error !== undefined) {
    showError(friendlyError(msg.error));
    if (msg.fatal) restartWorker();
    return;
  }
  hideError();
  showResult(msg.result, request.articles, request.options, msg.ms);
}

function friendlyError(message) {
  const text = String(message || 'unknown error');
  return `Could not summarise: ${text.replace(/^Error:\s*/, '')}`;
}

// ---------------------------------------------------------------- inputs

/** The articles to send: every non-empty card, split on --- lines. */
function articlesToSend() {
  const out = [];
  for (const card of app.cards) {
    if (!card.text.trim()) continue;
    const pieces = hasSeparator(card.text) ? splitArticles(card.text) : [card.text];
    pieces.forEach((text, i) => {
      const title = (i === 0 && card.title.trim()) || guessTitle(text);
      out.push({
        cardId: card.id,
        title,
        text,
        source: i === 0 ? card.source.trim() : '',
        byline: i === 0 ? card.byline : '',
        date: i === 0 ? formatDate(card.date) : '',
        file: i === 0 ? card.file : '',
      });
    });
  }
  return out;
}

/** The options for the worker, or {error} when the length is not usable. */
function currentOptions() {
  const s = app.settings;
  const limits = LIMITS[s.unit];
  const value = s[s.unit];
  if (!Number.isInteger(value) || value < limits.min || value > limits.max) {
    const what = s.unit === 'percent' ? 'a whole percentage from 1 to 100' : `a whole number from ${limits.min} to ${limits.max}`;
    return { error: `Enter ${what}.` };
  }
  const options = { order: s.order, language: s.language };
  if (s.unit === 'sentences') options.sentences = value;
  else if (s.unit === 'words') options.words = value;
  else options.ratio = value / 100;
  if (s.focus.trim()) options.focus = s.focus.trim();
  return { options };
}

let summaryTimer = 0;
let timerPending = false;
function scheduleSummary(delay = 200) {
  setIdle(false);
  timerPending = true;
  clearTimeout(summaryTimer);
  summaryTimer = setTimeout(requestSummary, delay);
}

function requestSummary() {
  clearTimeout(summaryTimer);
  timerPending = false;
  const articles = articlesToSend();
  const { options, error } = currentOptions();
  setLengthError(error || '');
  if (error) {
    setIdle(!inFlight);
    return;
  }
  if (articles.length === 0) {
    latestRequest = ++requestSeq; // anything still running is stale now
    inFlight = null;
    setBusy(false);
    hideError();
    showEmpty();
    setIdle(true);
    return;
  }
  // Newest wins: a long summary of older input is not worth waiting for.
  if (inFlight && workerWarm && performance.now() - inFlight.started > ABANDON_AFTER_MS) restartWorker();
  if (!worker) startWorker();
  if (!worker) {
    setIdle(true);
    return;
  }
  const id = ++requestSeq;
  latestRequest = id;
  inFlight = { id, articles, options, started: performance.now() };
  setBusy(true);
  worker.postMessage({
    id,
    articles: articles.map(({ title, text, source }) => {
      const a = { text };
      if (title) a.title = title;
      if (source) a.source = source;
      return a;
    }),
    options,
  });
}

// ---------------------------------------------------------------- output

let busyTimer = 0;
function setBusy(busy) {
  clearTimeout(busyTimer);
  document.body.classList.toggle('busy', busy);
  if (busy) {
    // Only say "working" when it takes long enough to notice.
    busyTimer = setTimeout(() => {
      ui.status.textContent = app.shown ? 'Updating…' : 'Summarising…';
    }, 250);
  }
}

function showEmpty() {
  app.shown = null;
  app.expanded = -1;
  ui.result.hidden = true;
  ui.jump.hidden = true;
  ui.empty.hidden = false;
  ui.status.textContent = '';
  ui.sources.replaceChildren(h('p', { class: 'muted' }, 'Each article appears here with the sentences the summary uses highlighted.'));
  setExportEnabled(false);
}

function showResult(result, articles, options, ms) {
  const previous = app.shown && app.expanded >= 0 ? app.shown.result.sentences[app.expanded] : null;
  app.shown = { result, articles, options };
  app.expanded = previous
    ? result.sentences.findIndex((s) => s.at.article === previous.at.article && s.at.sentence === previous.at.sentence)
    : -1;
  ui.empty.hidden = true;
  ui.result.hidden = false;
  ui.jump.hidden = result.sentences.length === 0;
  renderKeywords(ui.keywords, result.keywords);
  renderSummary(ui.summary, result, articles, app.expanded);
  renderSources(ui.sources, result, articles);
  markExpandedInSources();
  const words = result.sentences.reduce((n, s) => n + countWords(s.text), 0);
  const total = articles.length;
  const n = result.sentences.length;
  ui.status.textContent = n
    ? `${n} ${n === 1 ? 'sentence' : 'sentences'}, ${words} words, from ${total} ${total === 1 ? 'article' : 'articles'}${ms !== undefined ? ` · ${Math.max(1, Math.round(ms))} ms` : ''}`
    : `No sentence fits this length: try a longer summary.`;
  setExportEnabled(n > 0);
}

function showError(message) {
  ui.errorBox.replaceChildren(h('p', {}, message));
  ui.errorBox.hidden = false;
  ui.status.textContent = '';
}

function hideError() {
  ui.errorBox.hidden = true;
  ui.errorBox.replaceChildren();
}

function setExportEnabled(on) {
  for (const b of [ui.copyText, ui.copyMarkdown, ui.downloadJson]) b.disabled = !on;
}

function setLengthError(message) {
  ui.lengthError.textContent = message;
  ui.lengthError.hidden = !message;
  if (message) ui.length.setAttribute('aria-invalid', 'true');
  else ui.length.removeAttribute('aria-invalid');
}

// ---------------------------------------------------------------- summary interaction

const wide = () => window.matchMedia('(min-width: 1100px)').matches;
const smooth = () => (window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth');

function toggleSentence(index) {
  if (!app.shown) return;
  const open = app.expanded === index ? -1 : index;
  const previous = app.expanded;
  app.expanded = open;
  for (const i of new Set([previous, index])) {
    if (i < 0) continue;
    const text = document.getElementById(`summary-${i}`);
    const panel = document.getElementById(`versions-${i}`);
    if (!text || !panel) continue;
    const isOpen = i === open;
    text.setAttribute('aria-expanded', String(isOpen));
    text.closest('.summary-item').classList.toggle('open', isOpen);
    panel.replaceChildren(...(isOpen ? renderVersions(app.shown.result.sentences[i], app.shown.articles) : []));
    panel.hidden = !isOpen;
  }
  markExpandedInSources();
  if (open >= 0) {
    const at = app.shown.result.sentences[open].at;
    // Beside the summary, the source view follows; in one column, "Show in source" does.
    if (wide()) revealSource(at.article, at.sentence, false);
  }
}

/** Outlines, in the source view, every version of the open sentence. */
function markExpandedInSources() {
  for (const el of ui.sources.querySelectorAll('.in-focus')) el.classList.remove('in-focus');
  if (!app.shown || app.expanded < 0) return;
  const s = app.shown.result.sentences[app.expanded];
  if (!s) return;
  for (const at of [s.at, ...s.versions.map((v) => v.at)]) {
    document.getElementById(`src-${at.article}-${at.sentence}`)?.classList.add('in-focus');
  }
}

/** Scrolls `el` to the middle of its panel when the panel scrolls by itself (wide layout), else the page. */
function scrollToCenter(el) {
  const panel = el.closest('.panel');
  if (panel && panel.scrollHeight > panel.clientHeight + 1 && getComputedStyle(panel).overflowY !== 'visible') {
    const p = panel.getBoundingClientRect();
    const r = el.getBoundingClientRect();
    const top = panel.scrollTop + (r.top - p.top) - (panel.clientHeight - Math.min(r.height, panel.clientHeight)) / 2;
    panel.scrollTo({ top: Math.max(0, top), behavior: smooth() });
  } else {
    el.scrollIntoView({ block: 'center', inline: 'nearest', behavior: smooth() });
  }
}

function revealSource(article, sentence, moveFocus) {
  const target = document.getElementById(`src-${article}-${sentence}`) || document.getElementById(`source-${article}`);
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

ui.summary.addEventListener('click', (event) => {
  const show = event.target.closest('.show-source');
  if (show) {
    revealSource(Number(show.dataset.article), Number(show.dataset.sentence), true);
    return;
  }
  const text = event.target.closest('.sentence-text');
  if (text && !window.getSelection()?.toString()) toggleSentence(Number(text.dataset.index));
});
ui.summary.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && app.expanded >= 0) {
    const index = app.expanded;
    toggleSentence(index);
    document.getElementById(`summary-${index}`)?.focus();
    return;
  }
  const text = event.target.closest('.sentence-text');
  if (!text || (event.key !== 'Enter' && event.key !== ' ')) return;
  event.preventDefault();
  toggleSentence(Number(text.dataset.index));
});

// From the source view back to the summary.
ui.sources.addEventListener('click', (event) => {
  const sent = event.target.closest('.sent[data-summary]');
  if (!sent || window.getSelection()?.toString()) return;
  const index = Number(sent.dataset.summary) - 1;
  const target = document.getElementById(`summary-${index}`);
  if (!target) return;
  if (app.expanded !== index) toggleSentence(index);
  scrollToCenter(target);
  target.focus({ preventScroll: true });
});

// ---------------------------------------------------------------- cards

function renderCards(focus) {
  if (!focus) {
    // Keep the focus where it was: the same control of the same card.
    const active = document.activeElement;
    const li = active && ui.cards.contains(active) ? active.closest('.card') : null;
    if (li && active.classList.length) focus = { id: li.dataset.id, selector: `.${[...active.classList].pop()}` };
  }
  const total = app.cards.length;
  ui.cards.replaceChildren(...app.cards.map((card, i) => cardElement(card, i, total)));
  updateCount();
  if (focus) {
    const el = ui.cards.querySelector(`[data-id="${focus.id}"] ${focus.selector}`) || (focus.fallback && document.querySelector(focus.fallback));
    el?.focus();
  }
}

function cardMeta(card) {
  const parts = [];
  if (card.source) parts.push(card.source);
  else if (card.file) parts.push(card.file);
  if (card.byline && card.byline !== card.source) parts.push(card.byline);
  if (card.date) parts.push(formatDate(card.date));
  const words = countWords(card.text);
  const pieces = hasSeparator(card.text) ? splitArticles(card.text).length : 1;
  parts.push(words ? `${words.toLocaleString()} ${words === 1 ? 'word' : 'words'}` : 'empty');
  if (pieces > 1) parts.push(`${pieces} articles`);
  return parts.join(' · ');
}

function cardTitle(card, i) {
  return card.title.trim() || guessTitle(card.text) || (card.text.trim() ? `Article ${i + 1}` : 'New article');
}

function cardElement(card, i, total) {
  const n = i + 1;
  const textId = `card-text-${card.id}`;
  const titleId = `card-title-${card.id}`;
  const sourceId = `card-source-${card.id}`;
  const headingId = `card-heading-${card.id}`;
  const textarea = h('textarea', {
    id: textId,
    class: 'card-text',
    rows: card.text ? '6' : '4',
    placeholder: n === 1 ? 'Paste the first article here…' : 'Paste another article here…',
    spellcheck: 'false',
  });
  textarea.value = card.text;
  const titleInput = h('input', { id: titleId, class: 'card-title-input', type: 'text', placeholder: guessTitle(card.text) || 'Headline (optional)', autocomplete: 'off' });
  titleInput.value = card.title;
  const sourceInput = h('input', { id: sourceId, class: 'card-source-input', type: 'text', placeholder: 'Outlet or URL (optional)', autocomplete: 'off' });
  sourceInput.value = card.source;
  return h(
    'li',
    { class: 'card', dataset: { id: String(card.id) }, 'aria-labelledby': headingId },
    h(
      'div',
      { class: 'card-head' },
      h('span', { class: 'chip-num', 'aria-hidden': 'true' }, String(n)),
      h(
        'div',
        { class: 'card-heading' },
        h('h3', { id: headingId, class: 'card-title' }, h('span', { class: 'visually-hidden' }, `Article ${n}: `), h('span', { class: 'card-title-text' }, cardTitle(card, i))),
      ),
      h(
        'div',
        { class: 'card-actions' },
        h('button', { type: 'button', class: 'icon-button move-up', 'aria-label': `Move article ${n} up`, title: 'Move up', disabled: i === 0 }, h('span', { class: 'icon icon-up', 'aria-hidden': 'true' })),
        h('button', { type: 'button', class: 'icon-button move-down', 'aria-label': `Move article ${n} down`, title: 'Move down', disabled: i === total - 1 }, h('span', { class: 'icon icon-down', 'aria-hidden': 'true' })),
        h('button', { type: 'button', class: 'icon-button remove', 'aria-label': `Remove article ${n}`, title: 'Remove' }, h('span', { class: 'icon icon-remove', 'aria-hidden': 'true' })),
      ),
    ),
    h('p', { class: 'card-meta' }, cardMeta(card)),
    h(
      'div',
      { class: 'card-fields' },
      h('div', { class: 'mini-field' }, h('label', { for: titleId }, 'Title'), titleInput),
      h('div', { class: 'mini-field' }, h('label', { for: sourceId }, 'Source'), sourceInput),
    ),
    h('label', { class: 'visually-hidden', for: textId }, `Text of article ${n}`),
    textarea,
  );
}

function updateCount() {
  const n = articlesToSend().length;
  ui.count.textContent = String(n);
  ui.count.setAttribute('aria-label', `${n} ${n === 1 ? 'article' : 'articles'}`);
}

function refreshCardHeader(card) {
  const li = ui.cards.querySelector(`[data-id="${card.id}"]`);
  if (!li) return;
  const i = app.cards.indexOf(card);
  li.querySelector('.card-title-text').textContent = cardTitle(card, i);
  li.querySelector('.card-meta').textContent = cardMeta(card);
  li.querySelector('.card-title-input').placeholder = guessTitle(card.text) || 'Headline (optional)';
}

function cardOf(el) {
  const li = el.closest('.card');
  return li ? app.cards.find((c) => c.id === Number(li.dataset.id)) : null;
}

/** A box holding several articles separated by --- becomes one box each. */
function splitCard(card, focusFirst = true) {
  const pieces = splitArticles(card.text);
  if (pieces.length < 2) return false;
  const at = app.cards.indexOf(card);
  card.text = pieces[0];
  const added = pieces.slice(1).map((text) => newCard({ text }));
  app.cards.splice(at + 1, 0, ...added);
  renderCards(focusFirst ? { id: card.id, selector: 'textarea' } : null);
  toast(`Split into ${pieces.length} articles.`);
  changed();
  return true;
}

ui.cards.addEventListener('input', (event) => {
  const card = cardOf(event.target);
  if (!card) return;
  const t = event.target;
  if (t.classList.contains('card-text')) {
    card.text = t.value;
    if (event.inputType === 'insertFromPaste' && hasSeparator(card.text) && splitCard(card)) return;
  } else if (t.classList.contains('card-title-input')) {
    card.title = t.value;
  } else if (t.classList.contains('card-source-input')) {
    card.source = t.value;
  } else {
    return;
  }
  refreshCardHeader(card);
  updateCount();
  changed(300);
});

ui.cards.addEventListener('change', (event) => {
  if (!event.target.classList.contains('card-text')) return;
  const card = cardOf(event.target);
  // After the focus has moved on (change fires before it does), so it can be kept.
  if (card && hasSeparator(card.text)) setTimeout(() => splitCard(card, false), 0);
});

ui.cards.addEventListener('click', (event) => {
  const button = event.target.closest('button');
  if (!button) return;
  const card = cardOf(button);
  if (!card) return;
  const i = app.cards.indexOf(card);
  if (button.classList.contains('move-up') && i > 0) {
    app.cards.splice(i, 1);
    app.cards.splice(i - 1, 0, card);
    renderCards({ id: card.id, selector: i - 1 === 0 ? '.move-down' : '.move-up' });
    announce(`Moved to position ${i}.`);
    changed();
  } else if (button.classList.contains('move-down') && i < app.cards.length - 1) {
    app.cards.splice(i, 1);
    app.cards.splice(i + 1, 0, card);
    renderCards({ id: card.id, selector: i + 1 === app.cards.length - 1 ? '.move-up' : '.move-down' });
    announce(`Moved to position ${i + 2}.`);
    changed();
  } else if (button.classList.contains('remove')) {
    const removed = app.cards.splice(i, 1)[0];
    if (app.cards.length === 0) app.cards.push(newCard());
    const next = app.cards[Math.min(i, app.cards.length - 1)];
    renderCards({ id: next.id, selector: '.remove' });
    changed();
    if (removed.text.trim()) {
      toast(`Removed “${cardTitle(removed, i)}”.`, 'Undo', () => {
        if (app.cards.length === 1 && !app.cards[0].text.trim()) app.cards = [];
        app.cards.splice(Math.min(i, app.cards.length), 0, removed);
        renderCards({ id: removed.id, selector: 'textarea' });
        changed();
      });
    }
  }
});

ui.add.addEventListener('click', () => {
  const card = newCard();
  app.cards.push(card);
  renderCards({ id: card.id, selector: 'textarea' });
  changed();
});

// ---------------------------------------------------------------- files

async function importFiles(fileList) {
  const files = [...fileList];
  if (!files.length) return;
  const results = await Promise.allSettled(files.map((f) => articleFromFile(f)));
  const added = [];
  const problems = [];
  results.forEach((r, i) => {
    if (r.status === 'fulfilled') added.push(newCard(r.value));
    else problems.push(r.reason?.message || `${files[i].name}: could not be read`);
  });
  if (added.length) {
    app.cards = app.cards.filter((c) => c.text.trim() || c.title.trim() || c.source.trim());
    app.cards.push(...added);
    renderCards();
    changed(0);
  }
  const said = added.length ? `Added ${added.length} ${added.length === 1 ? 'article' : 'articles'}.` : '';
  if (problems.length) {
    showError([said, `Skipped: ${problems.join('; ')}`].filter(Boolean).join(' '));
  } else if (said) {
    toast(said);
  }
}

ui.fileInput.addEventListener('change', () => {
  importFiles(ui.fileInput.files).finally(() => {
    ui.fileInput.value = '';
  });
});

const hasFiles = (event) => [...(event.dataTransfer?.types || [])].includes('Files');
let dragDepth = 0;
document.addEventListener('dragenter', (event) => {
  if (!hasFiles(event)) return;
  dragDepth++;
  ui.articlesPanel.classList.add('dragging');
});
document.addEventListener('dragleave', (event) => {
  if (!hasFiles(event)) return;
  dragDepth = Math.max(0, dragDepth - 1);
  if (!dragDepth) ui.articlesPanel.classList.remove('dragging');
});
document.addEventListener('dragover', (event) => {
  if (!hasFiles(event)) return;
  event.preventDefault(); // never let the browser open a dropped file
  event.dataTransfer.dropEffect = 'copy';
});
document.addEventListener('drop', (event) => {
  if (!event.dataTransfer || !event.dataTransfer.files.length) return;
  event.preventDefault();
  dragDepth = 0;
  ui.articlesPanel.classList.remove('dragging');
  importFiles(event.dataTransfer.files);
});

// ---------------------------------------------------------------- settings

function syncControls() {
  const s = app.settings;
  const limits = LIMITS[s.unit];
  ui.unit.value = s.unit;
  ui.length.value = String(s[s.unit]);
  ui.length.min = String(limits.min);
  ui.length.max = String(limits.max);
  ui.lengthRange.min = String(limits.min);
  ui.lengthRange.max = String(limits.rangeMax);
  ui.lengthRange.step = String(limits.step);
  ui.lengthRange.value = String(Math.min(s[s.unit], limits.rangeMax));
  ui.lengthRange.setAttribute('aria-valuetext', `${s[s.unit]} ${s.unit === 'percent' ? 'percent' : s.unit}`);
  ui.order.value = s.order;
  ui.language.value = s.language;
  if (ui.language.value !== s.language) {
    // A code this page does not list (kept from an older or newer version): offer it as is.
    ui.language.append(h('option', { value: s.language }, s.language));
    ui.language.value = s.language;
  }
  ui.focus.value = s.focus;
}

ui.length.addEventListener('input', () => {
  const raw = ui.length.value.trim();
  const value = raw === '' ? NaN : Number(raw);
  app.settings[app.settings.unit] = value;
  if (Number.isInteger(value)) {
    ui.lengthRange.value = String(Math.min(value, LIMITS[app.settings.unit].rangeMax));
  }
  changed(250);
});
ui.lengthRange.addEventListener('input', () => {
  app.settings[app.settings.unit] = Number(ui.lengthRange.value);
  ui.length.value = ui.lengthRange.value;
  ui.lengthRange.setAttribute('aria-valuetext', `${ui.lengthRange.value} ${app.settings.unit === 'percent' ? 'percent' : app.settings.unit}`);
  changed(60);
});
ui.unit.addEventListener('change', () => {
  app.settings.unit = ui.unit.value;
  if (!Number.isInteger(app.settings[app.settings.unit])) app.settings[app.settings.unit] = DEFAULT_SETTINGS[app.settings.unit];
  syncControls();
  changed(0);
});
ui.order.addEventListener('change', () => {
  app.settings.order = ui.order.value;
  changed(0);
});
ui.language.addEventListener('change', () => {
  app.settings.language = ui.language.value;
  changed(0);
});
ui.focus.addEventListener('input', () => {
  app.settings.focus = ui.focus.value;
  changed(300);
});
$('controls').addEventListener('submit', (event) => event.preventDefault());

// ---------------------------------------------------------------- saving

let saveTimer = 0;
let warnedStorage = false;
function save() {
  clearTimeout(saveTimer);
  const settings = { ...app.settings };
  for (const unit of Object.keys(LIMITS)) if (!Number.isInteger(settings[unit])) settings[unit] = DEFAULT_SETTINGS[unit];
  const ok = saveState(app.cards, settings);
  if (!ok && !warnedStorage) {
    warnedStorage = true;
    toast('These articles are too large to keep after a reload; the summary still works.');
  }
}

/** Something the summary depends on changed: save soon and summarise after `delay` ms. */
function changed(delay = 150) {
  clearTimeout(saveTimer);
  saveTimer = setTimeout(save, 400);
  scheduleSummary(delay);
}
window.addEventListener('pagehide', save);

// ---------------------------------------------------------------- export

async function copy(text, what) {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const area = h('textarea', { class: 'clipboard-fallback', readonly: true, 'aria-hidden': 'true' });
    area.value = text;
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    if (!ok) {
      showError('The browser did not allow copying. Select the summary and copy it by hand.');
      return;
    }
  }
  toast(`Copied the summary as ${what}.`);
}

ui.copyText.addEventListener('click', () => {
  if (app.shown) copy(summaryAsText(app.shown.result, app.shown.articles), 'plain text');
});
ui.copyMarkdown.addEventListener('click', () => {
  if (app.shown) copy(summaryAsMarkdown(app.shown.result, app.shown.articles), 'Markdown');
});
ui.downloadJson.addEventListener('click', () => {
  if (!app.shown) return;
  const json = summaryAsJson(app.shown.result, app.shown.articles, app.shown.options);
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }));
  const a = h('a', { href: url, download: `gistr-summary-${new Date().toISOString().slice(0, 10)}.json`, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
});

// ---------------------------------------------------------------- clear, example, toast

ui.clear.addEventListener('click', () => {
  const before = { cards: app.cards, settings: { ...app.settings } };
  clearState();
  app.cards = [newCard(), newCard()];
  app.settings = { ...DEFAULT_SETTINGS };
  syncControls();
  renderCards();
  clearTimeout(saveTimer);
  scheduleSummary(0);
  toast('Cleared all articles and settings.', 'Undo', () => {
    app.cards = before.cards;
    app.settings = before.settings;
    syncControls();
    renderCards();
    changed(0);
  });
});

ui.example.addEventListener('click', () => {
  app.cards = app.cards.filter((c) => c.text.trim());
  app.cards.push(...EXAMPLE_ARTICLES.map((a) => newCard({ ...a })));
  renderCards();
  changed(0);
  toast(`Added ${EXAMPLE_ARTICLES.length} example articles.`);
});

let toastTimer = 0;
function toast(message, actionLabel, action) {
  clearTimeout(toastTimer);
  ui.toastText.textContent = message;
  ui.toastAction.hidden = !actionLabel;
  ui.toastAction.textContent = actionLabel || '';
  ui.toastAction.onclick = action
    ? () => {
        hideToast();
        action();
      }
    : null;
  ui.toast.hidden = false;
  toastTimer = setTimeout(hideToast, actionLabel ? 8000 : 3500);
}
function hideToast() {
  ui.toast.hidden = true;
}
function announce(message) {
  toast(message);
}

// ---------------------------------------------------------------- start

function boot() {
  const saved = loadState();
  if (saved) {
    app.cards = saved.articles.map((a) => newCard(a));
    app.settings = saved.settings;
  }
  while (app.cards.length < 2) app.cards.push(newCard());
  syncControls();
  renderCards();
  setExportEnabled(false);
  startWorker();
  if (articlesToSend().length) requestSummary();
  else showEmpty();
  document.documentElement.dataset.ready = 'true';
}

boot();
