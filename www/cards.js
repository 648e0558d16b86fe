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
// Of many cards (3,000 pasted articles) only a window is in the page: at most
// MAX_SHOWN boxes in a row, with "Show more" below and "Show earlier" above.
// Laying out 3,002 boxes took 1.4 s and made every later hit test slow, so no
// action builds more than a few boxes: an edit renumbers the boxes shown,
// moves the one changed and builds only those coming into view.
// `changed(delay)` is called after every edit (the caller saves and
// summarises); `toast(message, actionLabel?, action?)` tells the reader.
import { countWords, formatDate, guessTitle, hasSeparator, splitArticles } from './articles.js';
import { COUNT, clip, h } from './render.js';
import { afterPaint } from './paint.js';
import { createPager } from './pager.js';

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
/** At most this many cards are in the page at once (each is about 0.5 ms of layout). */
export const MAX_SHOWN = 40;
/** The characters of a long text the preview shows. */
const PREVIEW = 1200;


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

/** @param {Card} card @param {number} n */
const previewNote = (card, n) => `Article ${n} is long (${sizeOf(card.text.length)}): only its start is shown, so the page stays quick.`;

/** A long text's preview: its start, its size, and a button to edit it all. @param {Card} card @param {string} textId @param {number} n */
function previewElement(card, textId, n) {
  return h(
    'div',
    { class: 'card-preview', id: textId, role: 'group', 'aria-label': `Text of article ${n} (start)` },
    h('p', { class: 'card-preview-text', dir: 'auto' }, `${card.text.slice(0, PREVIEW)}…`),
    h('p', { class: 'card-preview-note' }, previewNote(card, n)),
    h('button', { type: 'button', class: 'link-button card-edit' }, 'Edit the whole text (slow)'),
  );
}

/**
 * A card's box, numbered as the i-th of `total` by numberCard.
 * @param {Card} card @param {number} i @param {number} total
 */
function cardElement(card, i, total) {
  const textId = `card-text-${card.id}`;
  const titleId = `card-title-${card.id}`;
  const sourceId = `card-source-${card.id}`;
  const headingId = `card-heading-${card.id}`;
  let textarea;
  if (card.text.length > LARGE && !editing.has(card)) {
    textarea = previewElement(card, textId, i + 1);
  } else {
    const area = /** @type {HTMLTextAreaElement} */ (h('textarea', {
      id: textId,
      class: 'card-text',
      dir: 'auto',
      rows: card.text ? '6' : '4',
      spellcheck: 'false',
    }));
    area.value = card.text;
    textarea = area;
  }
  const titleInput = /** @type {HTMLInputElement} */ (h('input', { id: titleId, class: 'card-title-input', type: 'text', dir: 'auto', placeholder: guessTitle(card.text) || 'Headline (optional)', autocomplete: 'off' }));
  titleInput.value = card.title;
  const sourceInput = /** @type {HTMLInputElement} */ (h('input', { id: sourceId, class: 'card-source-input', type: 'text', dir: 'auto', placeholder: 'Outlet or URL (optional)', autocomplete: 'off' }));
  sourceInput.value = card.source;
  const iconButton = (/** @type {string} */ cls, /** @type {string} */ title, /** @type {string} */ icon) =>
    h('button', { type: 'button', class: `icon-button ${cls}`, title }, h('span', { class: `icon ${icon}`, 'aria-hidden': 'true' }));
  const li = h(
    'li',
    { class: 'card', dataset: { id: String(card.id) }, 'aria-labelledby': headingId },
    h(
      'div',
      { class: 'card-head' },
      h('span', { class: 'chip-num', 'aria-hidden': 'true' }),
      h(
        'div',
        { class: 'card-heading' },
        h('h3', { id: headingId, class: 'card-title' }, h('span', { class: 'visually-hidden card-title-num' }), h('span', { class: 'card-title-text', dir: 'auto' })),
      ),
      h(
        'div',
        { class: 'card-actions' },
        iconButton('move-up', 'Move up', 'icon-up'),
        iconButton('move-down', 'Move down', 'icon-down'),
        iconButton('remove', 'Remove', 'icon-remove'),
      ),
    ),
    h('p', { class: 'card-meta' }, cardMeta(card)),
    h(
      'div',
      { class: 'card-fields' },
      h('div', { class: 'mini-field' }, h('label', { for: titleId }, 'Title'), titleInput),
      h('div', { class: 'mini-field' }, h('label', { for: sourceId }, 'Source'), sourceInput),
    ),
    textarea.tagName === 'TEXTAREA' ? h('label', { class: 'visually-hidden card-text-label', for: textId }) : null,
    textarea,
  );
  numberCard(li, card, i, total);
  return li;
}

/** What numberCard last wrote into a box: its index and the number of cards. @type {WeakMap<Element, {i: number, total: number}>} */
const numbered = new WeakMap();

/**
 * Writes a box's number where it is said (its chip, heading, buttons and
 * labels, and its place in the list for screen readers), as the i-th of
 * `total`; a box numbered so already is left alone.
 * @param {Element} li @param {Card} card @param {number} i @param {number} total
 */
function numberCard(li, card, i, total) {
  const was = numbered.get(li);
  if (was && was.i === i && was.total === total) return;
  numbered.set(li, { i, total });
  const n = i + 1;
  const el = (/** @type {string} */ selector) => /** @type {HTMLElement | null} */ (li.querySelector(selector));
  li.setAttribute('aria-posinset', String(n));
  li.setAttribute('aria-setsize', String(total));
  if (was && was.i === i) {
    // Only the total changed: the list size and whether "Move down" can move.
    /** @type {HTMLButtonElement} */ (el('.move-down')).disabled = i === total - 1;
    return;
  }
  /** @type {HTMLElement} */ (el('.chip-num')).textContent = String(n);
  /** @type {HTMLElement} */ (el('.card-title-num')).textContent = `Article ${n}: `;
  /** @type {HTMLElement} */ (el('.card-title-text')).textContent = cardTitle(card, i);
  const up = /** @type {HTMLButtonElement} */ (el('.move-up'));
  up.setAttribute('aria-label', `Move article ${n} up`);
  up.disabled = i === 0;
  const down = /** @type {HTMLButtonElement} */ (el('.move-down'));
  down.setAttribute('aria-label', `Move article ${n} down`);
  down.disabled = i === total - 1;
  /** @type {HTMLElement} */ (el('.remove')).setAttribute('aria-label', `Remove article ${n}`);
  const area = /** @type {HTMLTextAreaElement | null} */ (el('textarea.card-text'));
  if (area) {
    area.placeholder = n === 1 ? 'Paste the first article here…' : 'Paste another article here…';
    /** @type {HTMLElement} */ (el('.card-text-label')).textContent = `Text of article ${n}`;
  }
  const preview = el('.card-preview');
  if (preview) {
    preview.setAttribute('aria-label', `Text of article ${n} (start)`);
    /** @type {HTMLElement} */ (el('.card-preview-note')).textContent = previewNote(card, n);
  }
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
  // The window of cards in the page, cards[pager.from] to cards[pager.to - 1], with "Show earlier"
  // above the list, "Show more" below it and a live region that says what they showed.
  const pager = createPager({
    kind: 'cards',
    step: FIRST_CARDS,
    max: MAX_SHOWN,
    count: (n) => COUNT.format(n),
    items: (n) => `${COUNT.format(n)} ${n === 1 ? 'article' : 'articles'}`,
    plural: 'articles',
    length: () => cards.length,
    moved: () => draw(),
    focus: (i) => focusText(i),
  });
  const { said } = pager;
  list.before(pager.earlier);
  list.after(pager.more, said);
  /** The box of each card in the window (a card leaving the window loses it). @type {Map<Card, HTMLElement>} */
  let boxes = new Map();

  function updateCount() {
    let n = 0;
    for (const card of cards) n += piecesOf(card).length;
    count.textContent = String(n);
    count.setAttribute('aria-label', `${n} ${n === 1 ? 'article' : 'articles'}`);
  }

  /**
   * Puts the window's boxes in the list: boxes kept are renumbered where their
   * number changed and stay where they are when they can (a moved card's
   * neighbour moves, not the card), boxes leaving are dropped, and only boxes
   * coming in are built.
   */
  function draw() {
    const next = new Map();
    const wanted = [];
    for (let i = pager.from; i < pager.to; i++) {
      const card = cards[i];
      const li = boxes.get(card) || cardElement(card, i, cards.length);
      numberCard(li, card, i, cards.length);
      next.set(card, li);
      wanted.push(li);
    }
    const keep = new Set(wanted);
    for (const li of [...list.children]) if (!keep.has(li)) li.remove();
    let at = list.firstElementChild;
    for (const li of wanted) {
      if (at && li === at) at = at.nextElementSibling;
      else list.insertBefore(li, at);
    }
    boxes = next;
    pager.update();
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
    const target = focus ? cards.findIndex((c) => String(c.id) === String(focus?.id)) : -1;
    pager.frame(target);
    draw();
    updateCount();
    if (!focus) return;
    const { id, selector } = focus;
    const move = () => {
      const el = /** @type {HTMLElement | null} */ (list.querySelector(`[data-id="${id}"] ${selector}`));
      if (el && el !== list.ownerDocument.activeElement) el.focus();
    };
    if (later) afterPaint(move);
    else move();
  }

  /** Focuses the text (or "Edit") of the card at index i, when in the window. @param {number} i */
  const focusText = (i) => /** @type {HTMLElement | undefined} */ (boxes.get(cards[i])?.querySelector('textarea, .card-edit'))?.focus();
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
    const at = cards.indexOf(card);
    // Gone already: a split left for after a change event, when the click that ended the
    // edit was "Clear all" (its pieces went to the start of the new, empty list).
    if (pieces.length < 2 || at < 0) return false;
    card.text = pieces[0];
    boxes.delete(card); // its box holds the whole text: built again
    cards.splice(at + 1, 0, ...pieces.slice(1).map((text) => newCard({ text })));
    // Into the first box once they are painted: a focus() now would lay them out within
    // this task (3,000 pasted articles: 24 ms of a 42-55 ms task), and one in the next
    // frame before its layout would add that to the frame.
    render(focusFirst ? { id: card.id, selector: 'textarea' } : null, focusFirst);
    toast(`Split into ${COUNT.format(pieces.length)} articles.`);
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
    boxes.delete(card); // a preview now, built again
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

  /** @param {number} i @param {number} j @param {Card} card */
  function move(i, j, card) {
    cards.splice(i, 1);
    cards.splice(j, 0, card);
    const edge = j === 0 || j === cards.length - 1;
    const same = i < j ? '.move-down' : '.move-up';
    const other = i < j ? '.move-up' : '.move-down';
    render({ id: card.id, selector: edge ? other : same });
    toast(`Moved to position ${j + 1}.`);
    changed();
  }

  list.addEventListener('click', (event) => {
    const button = /** @type {HTMLElement | null} */ (/** @type {HTMLElement} */ (event.target).closest('button'));
    const card = button && cardOf(button);
    if (!button || !card) return;
    const i = cards.indexOf(card);
    if (button.classList.contains('card-edit')) {
      editing.add(card);
      boxes.delete(card); // a textarea now, built again
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
      pager.from = 0;
      pager.to = 0;
      boxes = new Map();
      render(focus);
    },
    /** Adds an empty card at the end and focuses its text. */
    addEmpty() {
      const card = newCard();
      cards.push(card);
      render({ id: card.id, selector: 'textarea' });
      said.textContent = `Added article ${COUNT.format(cards.length)} of ${COUNT.format(cards.length)}.`;
    },
    articles: () => cardArticles(cards),
  };
}
