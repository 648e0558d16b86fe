// @ts-check
// Pinned summaries: the only thing the extension keeps beyond the browser
// session, in storage.local, until the reader unpins it. A pin holds the
// articles and the options, not the result (summarising again is fast).
//
//   const pins = createPins(elements, { current, open, toast });
//   pins.show();     // lists the pins (the panel is hidden when there are none)
//   pins.reset();    // a new summary: "Pin this summary" again
import { api } from './api.js';
import { h } from './page/render.js';

/** @typedef {import('./tabs.js').TabArticle} TabArticle */
/** @typedef {import('./page/protocol.js').SummarizeOptions} SummarizeOptions */
/** @typedef {{id: number, title: string, savedAt: string, options: SummarizeOptions, articles: TabArticle[]}} Pin */

/** @returns {Promise<Pin[]>} */
async function stored() {
  return (await api.storage.local.get('pins')).pins || [];
}

/**
 * @param {{button: HTMLButtonElement, panel: HTMLElement, list: HTMLElement}} ui
 * @param {{current: () => {title: string, options: SummarizeOptions, articles: TabArticle[]} | null, open: (pin: Pin) => void, toast: (message: string) => void}} hooks
 */
export function createPins(ui, { current, open, toast }) {
  async function show() {
    const list = await stored();
    ui.panel.hidden = list.length === 0;
    ui.list.replaceChildren(
      ...list.map((p) =>
        h(
          'li',
          { class: 'pin' },
          h('p', { class: 'pin-title', dir: 'auto' }, p.title),
          h('p', { class: 'pin-meta muted' }, `${p.articles.length} ${p.articles.length === 1 ? 'tab' : 'tabs'} · ${new Date(p.savedAt).toLocaleString()}`),
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

  /** @param {boolean} pinned */
  function mark(pinned) {
    ui.button.setAttribute('aria-pressed', String(pinned));
    ui.button.textContent = pinned ? 'Pinned' : 'Pin this summary';
  }

  ui.button.addEventListener('click', async () => {
    const now = current();
    if (!now) return;
    const list = await stored();
    list.unshift({
      id: Date.now(),
      title: now.title,
      savedAt: new Date().toISOString(),
      options: now.options,
      articles: now.articles.map(({ title, text, source, site, url }) => ({ title, text, source, site, url })),
    });
    await api.storage.local.set({ pins: list });
    mark(true);
    toast('Pinned: kept on this device until you unpin it.');
    show();
  });

  ui.list.addEventListener('click', async (event) => {
    const button = /** @type {HTMLElement | null} */ (/** @type {HTMLElement} */ (event.target).closest('button'));
    if (!button) return;
    const list = await stored();
    if (button.dataset.unpin) {
      await api.storage.local.set({ pins: list.filter((p) => String(p.id) !== button.dataset.unpin) });
      show();
    } else if (button.dataset.open) {
      const pin = list.find((p) => String(p.id) === button.dataset.open);
      if (pin) open(pin);
    }
  });

  return { show, reset: () => mark(false) };
}
