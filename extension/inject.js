// @ts-check
// Functions the panel runs inside a tab with scripting.executeScript. Each is
// self-contained (it is serialised and run in the page's isolated world) and
// returns plain data.

/**
 * The page as the reader sees it now, for Readability (run later in the panel,
 * on an inert document): its HTML without scripts, styles and the elements
 * that are hidden, its address and title.
 */
export function readPage() {
  const DROP = new Set(['SCRIPT', 'STYLE', 'LINK', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'OBJECT', 'EMBED', 'CANVAS', 'VIDEO', 'AUDIO']);
  const clone = /** @type {HTMLElement} */ (document.documentElement.cloneNode(true));
  const live = document.querySelectorAll('body *');
  const copy = clone.querySelectorAll('body *');
  const drop = [];
  for (let i = 0; i < live.length && i < copy.length; i++) {
    const el = live[i];
    const hidden = typeof el.checkVisibility === 'function' && !el.checkVisibility({ visibilityProperty: true }) && !el.closest('details') && getComputedStyle(el).display !== 'contents';
    if (DROP.has(el.tagName.toUpperCase()) || hidden) drop.push(copy[i]);
  }
  for (const el of drop) el.remove();
  for (const el of clone.querySelectorAll('script, style, link, [style]')) {
    if (el.hasAttribute('style') && !DROP.has(el.tagName.toUpperCase())) el.removeAttribute('style');
    else el.remove();
  }
  return { html: clone.outerHTML, url: location.href, title: document.title };
}

/** The selected text with its line breaks (the context menu's `selectionText` flattens them). */
export function readSelection() {
  return String(getSelection() || '');
}

/**
 * Finds `sentence` in the page's visible text (whitespace-insensitive),
 * scrolls it to the middle of the window and highlights it with the CSS
 * Custom Highlight API (the page's DOM is left untouched), or selects it
 * where that API is missing. Returns whether it was found.
 */
export function highlightInPage(sentence, smooth) {
  const want = String(sentence).replace(/\s+/g, ' ').trim();
  if (!want || !document.body) return false;
  const skip = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      for (let el = node.parentElement; el && el !== document.body; el = el.parentElement) {
        if (skip.has(el.tagName)) return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  // The visible text with runs of whitespace as one space, and where each character came from.
  const nodes = [];
  const nodeOf = [];
  const offsetOf = [];
  let flat = '';
  let space = true;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const k = nodes.push(node) - 1;
    const data = /** @type {Text} */ (node).data;
    for (let i = 0; i < data.length; i++) {
      const isSpace = /\s/.test(data[i]);
      if (isSpace && space) continue;
      flat += isSpace ? ' ' : data[i];
      nodeOf.push(k);
      offsetOf.push(i);
      space = isSpace;
    }
  }
  const at = flat.indexOf(want);
  if (at < 0) return false;
  const end = at + want.length - 1;
  const range = document.createRange();
  range.setStart(nodes[nodeOf[at]], offsetOf[at]);
  range.setEnd(nodes[nodeOf[end]], offsetOf[end] + 1);
  const block = range.startContainer.parentElement;
  if (block) block.scrollIntoView({ block: 'center', behavior: smooth ? 'smooth' : 'auto' });
  if (globalThis.CSS?.highlights && typeof Highlight === 'function') {
    CSS.highlights.set('gistr', new Highlight(range));
  } else {
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
  }
  return true;
}

/** The style of the highlight, inserted with scripting.insertCSS (the page's CSP does not apply to it). */
export const HIGHLIGHT_CSS = '::highlight(gistr) { background-color: #ffd84d; color: #111; text-decoration: underline 2px #c77700; }';
