// @ts-check
// The tab picker: "Summarise several tabs…" asks for the tabs permission,
// lists the window's web pages (the highlighted ones ticked when there are
// several), says which sites gistr will ask to read, and on "Summarise N
// tabs" asks for exactly those sites and hands the chosen tabs on.
//
//   createPicker(elements, { permissions, onChosen, onError });
import { api } from './api.js';
import { h } from './page/render.js';
import { hostOf, readable } from './tabs.js';

/**
 * @typedef {object} PickerElements
 * @property {HTMLButtonElement} open "Summarise several tabs…", which opens and closes the picker
 * @property {HTMLElement} picker
 * @property {HTMLElement} list the <ul> of tabs
 * @property {HTMLButtonElement} go "Summarise these tabs"
 * @property {HTMLElement} hint what gistr will ask to read
 */

/**
 * @param {PickerElements} ui
 * @param {{permissions: ReturnType<typeof import('./permissions.js').createPermissions>, onChosen: (tabs: WebExtTab[]) => void, onError: (message: string) => void, onOpen?: () => void}} hooks
 */
export function createPicker(ui, { permissions, onChosen, onError, onOpen }) {
  /** @type {WebExtTab[]} The tabs listed. */
  let listed = [];

  function close() {
    ui.picker.hidden = true;
    ui.open.setAttribute('aria-expanded', 'false');
  }

  async function open() {
    onOpen?.();
    const [tabs] = await Promise.all([api.tabs.query({ currentWindow: true }), permissions.refresh()]);
    listed = tabs.filter(readable);
    const highlighted = listed.filter((t) => t.highlighted);
    const preselect = new Set(highlighted.length >= 2 ? highlighted.map((t) => t.id) : []);
    ui.list.replaceChildren(
      ...listed.map((t) =>
        h(
          'li',
          { class: 'tab-item' },
          h(
            'label',
            {},
            h('input', { type: 'checkbox', value: String(t.id), checked: preselect.has(t.id) }),
            h('span', { class: 'tab-title', dir: 'auto' }, t.title || t.url),
            h('span', { class: 'tab-site' }, hostOf(t.url)),
          ),
        ),
      ),
    );
    if (!listed.length) ui.list.append(h('li', { class: 'muted' }, 'No web pages are open in this window.'));
    ui.picker.hidden = false;
    ui.open.setAttribute('aria-expanded', 'true');
    update();
    ui.list.querySelector('input')?.focus();
  }

  function chosen() {
    const ids = new Set([...ui.list.querySelectorAll('input:checked')].map((i) => Number(/** @type {HTMLInputElement} */ (i).value)));
    return listed.filter((t) => ids.has(/** @type {number} */ (t.id)));
  }

  function update() {
    const tabs = chosen();
    ui.go.disabled = tabs.length === 0;
    ui.go.textContent = tabs.length ? `Summarise ${tabs.length} ${tabs.length === 1 ? 'tab' : 'tabs'}` : 'Summarise these tabs';
    const ask = permissions.missing(tabs);
    ui.hint.textContent = ask.length ? `gistr will ask to read ${ask.join(', ')}, only to take the article from these tabs.` : '';
  }

  ui.open.addEventListener('click', () => {
    if (!ui.picker.hidden) return close();
    // Asked at the click (a user gesture), before anything is awaited.
    permissions.askTabs().then(
      (ok) => (ok ? open() : onError('To list your tabs, gistr needs to see their titles and addresses (the “tabs” permission).')),
      (e) => onError(`Could not ask for the tabs permission: ${e.message || e}`),
    );
  });
  ui.list.addEventListener('change', update);
  ui.go.addEventListener('click', () => {
    const tabs = chosen();
    if (!tabs.length) return;
    // Exactly the sites of the chosen tabs, asked at the click.
    permissions.askSites(tabs).then(
      (ok) => {
        if (!ok) return onError('gistr can only read the tabs after you allow it to read these sites.');
        close();
        onChosen(tabs);
      },
      (e) => onError(`Could not ask for access to these sites: ${e.message || e}`),
    );
  });
}
