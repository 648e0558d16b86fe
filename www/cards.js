// @ts-check
// The article cards: one box per article with its title, source and text,
// moved, removed (with undo) and split on `---` lines.
//
//   const cards = createCards({ list, count }, { changed, toast });
//   cards.set([newCard({ text })]);  // replaces every card and renders
//   cards.all();                     // the cards, in order
//   cards.articles();                // what to summarise: non-empty cards, split on ---
//
// `list` is the <ol> holding the cards, `count` the badge with their number.
// A text longer than LARGE characters is shown as a preview, not in a
// <textarea>: Chromium lays a textarea's whole text out at once (about 0.8 s
// per megabyte), so a pasted 20 MB article would freeze the page. A paste that
// long is taken from the clipboard event itself and never enters a textarea;
// "Edit the text" puts it in one when the reader asks.
// `changed(delay)` is called after every edit (the caller saves and
// summarises); `toast(message, actionLabel?, action?)` tells the reader.
import { countWords, formatDate, guessTitle, hasSeparator, splitArticles } from './articles.js';
import { clip, h } from './render.js';
import { afterPaint } from './paint.js';

/**
 * @typedef {object} Card
 * @property {number} id
 * @property {string} title
 * @property {string} text
 * @property {string} source
 * @property {string} byline
 * @property {string} date
 * @property {string} file
 */

/** An article as sent to the summariser, with the card it came from. */
/** @typedef {{cardId: number, title: string, text: string, source: string, byline: string, date: string, file: string}} CardArticle */

/** Above this many characters, a card shows a preview instead of a textarea (about 80 ms of layout). */
export const LARGE = 100_000;
/** The cards shown at first; "Show more" adds as many again (3,000 boxes took seconds to lay out). */
const FIRST_CARDS = 8;
/** The characters of a long text the preview shows. */
const PREVIEW = 1200;

/** Numbers in the reader's locale (one formatter: toLocaleString() makes one per call, about 1 ms). */
const COUNT = new Intl.NumberFormat();

/** @param {number} n characters */
function sizeOf(n) {
  return n >= 1e6 ? `${(n / 1e6).toFixed(1)} million characters` : `${COUNT.format(Math.round(n / 1000))},000 characters`;
}

/** The long cards the reader chose to edit in a textarea. @type {WeakSet<Card>} */
const editing = new WeakSet();

let nextCardId = 1;
/** @param {Partial<Card>} [fields] @returns {Card} */
export const newCard = (fields = {}) => ({
  title: '',
  text: '',
  source: '',
  byline: '',
  date: '',
  file: '',
  ...fields,
  id: nextCardId++,
});

/** @param {Card} card @param {number} i */
export function cardTitle(card, i) {
  return clip(card.title.trim() || guessTitle(card.text) || (card.text.trim() ? `Article ${i + 1}` : 'New article'));
}

/** @param {Card} card */
function cardMeta(card) {
  const parts = [];
  if (card.source) parts.push(clip(card.source));
  else if (card.file) parts.push(clip(card.file));
  if (card.byline && card.byline !== card.source) parts.push(clip(card.byline));
  if (card.date) parts.push(formatDate(card.date));
  // Counting the words of megabytes takes seconds: a long text gives its size.
  const words = card.text.length > LARGE ? -1 : countWords(card.text);
  const pieces = piecesOf(card).length;
  parts.push(words < 0 ? sizeOf(card.text.length) : words ? `${COUNT.format(words)} ${words === 1 ? 'word' : 'words'}` : 'empty');
  if (pieces > 1) parts.push(`${pieces} articles`);
  return parts.join(' · ');
}

/** @type {WeakMap<Card, {text: string, pieces: string[]}>} */
const piecesCache = new WeakMap();
/** The card's text split on --- lines, computed once per text. @param {Card} card */
function piecesOf(card) {
  const cached = piecesCache.get(card);
  if (cached && cached.text === card.text) return cached.pieces;
  const pieces = !card.text.trim() ? [] : hasSeparator(card.text) ? splitArticles(card.text) : [card.text];
  piecesCache.set(card, { text: card.text, pieces });
  return pieces;
}

/** A long text's preview: its start, its size, and a button to edit it all. @param {Card} card @param {string} textId @param {number} n */
function previewElement(card, textId, n) {
  return h(
    'div',
    { class: 'card-preview', id: textId, role: 'group', 'aria-label': `Text of article ${n} (start)` },
    h('p', { class: 'card-preview-text' }, `${card.text.slice(0, PREVIEW)}…`),
    h('p', { class: 'card-preview-note' }, `Article ${n} is long (${sizeOf(card.text.length)}): only its start is shown, so the page stays quick.`),
    h('button', { type: 'button', class: 'link-button card-edit' }, 'Edit the whole text (slow)'),
  );
}

/** @param {Card} card @param {number} i @param {number} total */
function cardElement(card, i, total) {
  const n = i + 1;
  const textId = `card-text-${card.id}`;
  const titleId = `card-title-${card.id}`;
  const sourceId = `card-source-${card.id}`;
  const headingId = `card-heading-${card.id}`;
  let textarea;
  if (card.text.length > LARGE && !editing.has(card)) {
    textarea = previewElement(card, textId, n);
  } else {
    const area = /** @type {HTMLTextAreaElement} */ (h('textarea', {
      id: textId,
      class: 'card-text',
      rows: card.text ? '6' : '4',
      placeholder: n === 1 ? 'Paste the first article here…' : 'Paste another article here…',
      spellcheck: 'false',
    }));
    area.value = card.text;
    textarea = area;
  }
  const titleInput = /** @type {HTMLInputElement} */ (h('input', { id: titleId, class: 'card-title-input', type: 'text', placeholder: guessTitle(card.text) || 'Headline (optional)', autocomplete: 'off' }));
  titleInput.value = card.title;
  const sourceInput = /** @type {HTMLInputElement} */ (h('input', { id: sourceId, class: 'card-source-input', type: 'text', placeholder: 'Outlet or URL (optional)', autocomplete: 'off' }));
  sourceInput.value = card.source;
  const iconButton = (/** @type {string} */ cls, /** @type {string} */ label, /** @type {string} */ title, /** @type {string} */ icon, disabled = false) =>
    h('button', { type: 'button', class: `icon-button ${cls}`, 'aria-label': label, title, disabled }, h('span', { class: `icon ${icon}`, 'aria-hidden': 'true' }));
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
        iconButton('move-up', `Move article ${n} up`, 'Move up', 'icon-up', i === 0),
        iconButton('move-down', `Move article ${n} down`, 'Move down', 'icon-down', i === total - 1),
        iconButton('remove', `Remove article ${n}`, 'Remove', 'icon-remove'),
      ),
    ),
    h('p', { class: 'card-meta' }, cardMeta(card)),
    h(
      'div',
      { class: 'card-fields' },
      h('div', { class: 'mini-field' }, h('label', { for: titleId }, 'Title'), titleInput),
      h('div', { class: 'mini-field' }, h('label', { for: sourceId }, 'Source'), sourceInput),
    ),
    textarea.tagName === 'TEXTAREA' ? h('label', { class: 'visually-hidden', for: textId }, `Text of article ${n}`) : null,
    textarea,
  );
}

/** @param {Card[]} cards @returns {CardArticle[]} The articles to send: every non-empty card, split on --- lines. */
export function cardArticles(cards) {
  /** @type {CardArticle[]} */
  const out = [];
  for (const card of cards) {
    piecesOf(card).forEach((text, i) => {
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

/**
 * @typedef {{id: number | string, selector: string, fallback?: string}} CardFocus
 * @param {{list: HTMLElement, count: HTMLElement}} elements
 * @param {{changed: (delay?: number) => void, toast: (message: string, actionLabel?: string, action?: () => void) => void}} hooks
 */
export function createCards({ list, count }, { changed, toast }) {
  /** @type {Card[]} */
  let cards = [];

  function updateCount() {
    let n = 0;
    for (const card of cards) n += piecesOf(card).length;
    count.textContent = String(n);
    count.setAttribute('aria-label', `${n} ${n === 1 ? 'article' : 'articles'}`);
  }

  /**
   * Draws the cards, then focuses `focus` (by default what had the focus), at
   * once or, with `later`, once the new boxes are painted.
   * @param {CardFocus | null} [focus] @param {boolean} [later]
   */
  function render(focus, later = false) {
    if (!focus) {
      // Keep the focus where it was: the same control of the same card.
      const active = /** @type {HTMLElement | null} */ (list.ownerDocument.activeElement);
      const li = active && list.contains(active) ? /** @type {HTMLElement | null} */ (active.closest('.card')) : null;
      if (li && active && active.classList.length) focus = { id: String(li.dataset.id), selector: `.${[...active.classList].pop()}` };
    }
    // Of many cards (3,000 pasted articles), the first are shown and the rest on request.
    const target = focus ? cards.findIndex((c) => String(c.id) === String(focus?.id)) : -1;
    const shown = Math.min(cards.length, Math.max(FIRST_CARDS, keepShown ? list.children.length : 0, target + 1));
    keepShown = true;
    list.replaceChildren(...cards.slice(0, shown).map((card, i) => cardElement(card, i, cards.length)));
    updateMore();
    updateCount();
    if (!focus) return;
    const { id, selector } = focus;
    const move = () => /** @type {HTMLElement | null} */ (list.querySelector(`[data-id="${id}"] ${selector}`))?.focus();
    if (later) afterPaint(move);
    else move();
  }

  /** Whether a render keeps as many cards shown as before (not after set()). */
  let keepShown = false;
  const more = /** @type {HTMLButtonElement} */ (h('button', { type: 'button', class: 'button more-cards', hidden: true }));
  list.after(more);
  function updateMore() {
    const rest = cards.length - list.children.length;
    more.hidden = rest <= 0;
    more.textContent = rest > 0 ? `Show ${Math.min(rest, FIRST_CARDS)} more (${COUNT.format(rest)} ${rest === 1 ? 'article' : 'articles'} not shown)` : '';
  }
  more.addEventListener('click', () => {
    const from = list.children.length;
    list.append(...cards.slice(from, from + FIRST_CARDS).map((card, k) => cardElement(card, from + k, cards.length)));
    updateMore();
    /** @type {HTMLElement | null} */ (list.children[from]?.querySelector('textarea, .card-edit') || null)?.focus();
  });

  /** @param {Card} card */
  function refreshHeader(card) {
    const li = list.querySelector(`[data-id="${card.id}"]`);
    if (!li) return;
    const i = cards.indexOf(card);
    /** @type {HTMLElement} */ (li.querySelector('.card-title-text')).textContent = cardTitle(card, i);
    /** @type {HTMLElement} */ (li.querySelector('.card-meta')).textContent = cardMeta(card);
    /** @type {HTMLInputElement} */ (li.querySelector('.card-title-input')).placeholder = guessTitle(card.text) || 'Headline (optional)';
  }

  /** @param {Element} el */
  function cardOf(el) {
    const li = /** @type {HTMLElement | null} */ (el.closest('.card'));
    return li ? cards.find((c) => c.id === Number(li.dataset.id)) : undefined;
  }

  /** A box holding several articles separated by --- becomes one box each. @param {Card} card */
  function splitCard(card, focusFirst = true) {
    const pieces = piecesOf(card);
    if (pieces.length < 2) return false;
    const at = cards.indexOf(card);
    card.text = pieces[0];
    cards.splice(at + 1, 0, ...pieces.slice(1).map((text) => newCard({ text })));
    // Into the first box once they are painted: a focus() now would lay them out within
    // this task (3,000 pasted articles: 24 ms of a 42-55 ms task), and one in the next
    // frame before its layout would add that to the frame.
    render(focusFirst ? { id: card.id, selector: 'textarea' } : null, focusFirst);
    toast(`Split into ${pieces.length} articles.`);
    changed();
    return true;
  }

  list.addEventListener('input', (event) => {
    const t = /** @type {HTMLInputElement} */ (event.target);
    const card = cardOf(t);
    if (!card) return;
    if (t.classList.contains('card-text')) {
      card.text = t.value;
      if (/** @type {InputEvent} */ (event).inputType === 'insertFromPaste' && piecesOf(card).length > 1 && splitCard(card)) return;
    } else if (t.classList.contains('card-title-input')) {
      card.title = t.value;
    } else if (t.classList.contains('card-source-input')) {
      card.source = t.value;
    } else {
      return;
    }
    refreshHeader(card);
    updateCount();
    changed(300);
  });

  // A long paste goes to the card's text, never through the textarea.
  list.addEventListener('paste', (event) => {
    const t = /** @type {HTMLTextAreaElement} */ (event.target);
    if (!t.classList.contains('card-text')) return;
    const pasted = event.clipboardData?.getData('text/plain') || '';
    const card = cardOf(t);
    if (!card || t.value.length + pasted.length <= LARGE) return;
    event.preventDefault();
    // Into an empty box (the usual case) the pasted string is kept as is: no copy.
    card.text = t.value ? t.value.slice(0, t.selectionStart) + pasted + t.value.slice(t.selectionEnd) : pasted;
    editing.delete(card);
    piecesOf(card); // split on --- lines here (3,000 articles: 15 ms), the boxes built in the next task
    setTimeout(() => {
      if (!cards.includes(card)) return;
      if (piecesOf(card).length > 1 && splitCard(card)) return;
      render({ id: card.id, selector: '.card-edit' });
      changed(300);
    }, 0);
  });

  list.addEventListener('change', (event) => {
    const t = /** @type {HTMLElement} */ (event.target);
    if (!t.classList.contains('card-text')) return;
    const card = cardOf(t);
    // After the focus has moved on (change fires before it does), so it can be kept.
    if (card && piecesOf(card).length > 1) setTimeout(() => splitCard(card, false), 0);
  });

  /** @param {number} from @param {number} to @param {Card} card */
  function move(from, to, card) {
    cards.splice(from, 1);
    cards.splice(to, 0, card);
    const edge = to === 0 || to === cards.length - 1;
    const same = from < to ? '.move-down' : '.move-up';
    const other = from < to ? '.move-up' : '.move-down';
    render({ id: card.id, selector: edge ? other : same });
    toast(`Moved to position ${to + 1}.`);
    changed();
  }

  list.addEventListener('click', (event) => {
    const button = /** @type {HTMLElement | null} */ (/** @type {HTMLElement} */ (event.target).closest('button'));
    const card = button && cardOf(button);
    if (!button || !card) return;
    const i = cards.indexOf(card);
    if (button.classList.contains('card-edit')) {
      editing.add(card);
      render({ id: card.id, selector: 'textarea' });
    } else if (button.classList.contains('move-up') && i > 0) {
      move(i, i - 1, card);
    } else if (button.classList.contains('move-down') && i < cards.length - 1) {
      move(i, i + 1, card);
    } else if (button.classList.contains('remove')) {
      const removed = cards.splice(i, 1)[0];
      if (cards.length === 0) cards.push(newCard());
      render({ id: cards[Math.min(i, cards.length - 1)].id, selector: '.remove' });
      changed();
      if (removed.text.trim()) {
        toast(`Removed “${cardTitle(removed, i)}”.`, 'Undo', () => {
          if (cards.length === 1 && !cards[0].text.trim()) cards = [];
          cards.splice(Math.min(i, cards.length), 0, removed);
          render({ id: removed.id, selector: 'textarea' });
          changed();
        });
      }
    }
  });

  return {
    all: () => cards,
    /** Replaces every card and renders them. @param {Card[]} next @param {CardFocus | null} [focus] */
    set(next, focus) {
      cards = next;
      keepShown = false;
      render(focus);
    },
    /** Adds an empty card at the end and focuses its text. */
    addEmpty() {
      const card = newCard();
      cards.push(card);
      render({ id: card.id, selector: 'textarea' });
    },
    articles: () => cardArticles(cards),
  };
}
