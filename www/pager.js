// @ts-check
/**
 * The window of a long list: which of its items are in the page, and the
 * controls around it. The article cards (cards.js) and the source views
 * (render.js) both keep only a window of their items in the page (issue 22:
 * 3,000 of either took seconds to lay out), with "Show earlier" above it,
 * "Show more" below it and a polite live region that says what is shown.
 *
 *   const pager = createPager({ kind: 'cards', step: 8, max: 40, ... });
 *   list.before(pager.earlier);  list.after(pager.more, pager.said);
 *   pager.frame(target);  pager.update();
 *
 * The caller keeps its items and draws them; the pager keeps the window
 * (`from`, `to`: items from..to-1 are in the page) and its controls.
 */

/**
 * A new element with a class and attributes (not render.js's `h`, which
 * imports this module).
 * @param {string} tag @param {string} cls @param {Record<string, string>} attrs
 */
function pagerElement(tag, cls, attrs) {
  const node = document.createElement(tag);
  node.className = cls;
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  return node;
}

/**
 * Where a window of `n` items goes so that it holds item `target` (-1: no
 * item): it keeps its start and size (at least `step`) where it can, grows
 * to reach an item just after or just before it (up to `max` items), and
 * else jumps to the target with `step` items, the target last when it is
 * near the end. Without a target it only fits the items there are.
 * @param {number} from @param {number} to @param {number} target
 * @param {number} n @param {number} step @param {number} max
 * @returns {[number, number]} the new from and to
 */
export function frameWindow(from, to, target, n, step, max) {
  let size = Math.max(step, to - from);
  if (target >= 0 && target >= from && target < from + size) {
    // In the window (or in what the window takes in, as items were inserted before its end).
  } else if (target >= from + size && target < from + max) {
    size = target + 1 - from;
  } else if (target >= 0 && target < from && to - target <= max) {
    size = to - target;
    from = target;
  } else if (target >= 0) {
    size = step;
    from = target >= n - step ? n - step : target;
  }
  size = Math.min(size, max);
  from = Math.max(0, Math.min(from, n - size));
  return [from, Math.min(n, from + size)];
}

/**
 * A window and its controls: "Show earlier" and "Show more" (class
 * `earlier-KIND` and `more-KIND`), which move the window by `step` items
 * (keeping at most `max`), and a live region (`KIND-said`) that says what
 * they showed, since the button pressed may go and the focus moves into the
 * first item shown. The caller places the three elements.
 * @param {{
 *   kind: string,
 *   step: number,
 *   max: number,
 *   count: (n: number) => string,
 *   items: (n: number) => string,
 *   plural: string,
 *   length: () => number,
 *   moved: () => void,
 *   focus: (i: number) => void,
 * }} o `count` formats a number, `items(n)` says "n articles", `plural` is
 * the items' name in the live region ("articles", "tabs"), `length()` the
 * number of items, `moved()` draws the window after a button moved it,
 * `focus(i)` focuses item `i`.
 */
export function createPager(o) {
  const earlier = /** @type {HTMLButtonElement} */ (pagerElement('button', `button earlier-${o.kind}`, { type: 'button', hidden: '' }));
  const more = /** @type {HTMLButtonElement} */ (pagerElement('button', `button more-${o.kind}`, { type: 'button', hidden: '' }));
  const said = pagerElement('p', `visually-hidden ${o.kind}-said`, { role: 'status', 'aria-live': 'polite' });
  const pager = {
    earlier,
    more,
    said,
    from: 0,
    to: 0,
    /** Moves the window to hold item `target` (-1: none). @param {number} target */
    frame(target) {
      [pager.from, pager.to] = frameWindow(pager.from, pager.to, target, o.length(), o.step, o.max);
    },
    /** Shows, hides and labels the buttons for the window as it is. */
    update() {
      const n = o.length();
      const after = n - pager.to;
      more.hidden = after <= 0;
      more.textContent = after > 0 ? `Show ${o.count(Math.min(after, o.step))} more (${o.items(after)} not shown)` : '';
      earlier.hidden = n === 0 || pager.from <= 0;
      earlier.textContent = earlier.hidden ? '' : `Show ${o.count(Math.min(pager.from, o.step))} earlier (${o.items(pager.from)} not shown above)`;
    },
    /** Says which items are shown. */
    say() {
      said.textContent = `Showing ${o.plural} ${o.count(pager.from + 1)} to ${o.count(pager.to)} of ${o.count(o.length())}.`;
    },
  };
  more.addEventListener('click', () => {
    const n = o.length();
    if (!n) return;
    const first = pager.to;
    pager.to = Math.min(n, pager.to + o.step);
    pager.from = Math.max(pager.from, pager.to - o.max);
    o.moved();
    pager.say();
    o.focus(first);
  });
  earlier.addEventListener('click', () => {
    if (!o.length()) return;
    const last = pager.from - 1;
    pager.from = Math.max(0, pager.from - o.step);
    pager.to = Math.min(pager.to, pager.from + o.max);
    o.moved();
    pager.say();
    o.focus(last);
  });
  return pager;
}
