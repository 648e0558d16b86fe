// @ts-check
// Short messages at the bottom of the page, with an optional action (Undo).
//
//   const toast = createToast({ box, text, action });
//   toast('Removed “X”.', 'Undo', () => …);   // hides after 3.5 s, 8 s with an action
//
// Without an `action` element (the extension's panel), messages come without one.

/** @param {{box: HTMLElement, text: HTMLElement, action?: HTMLElement}} elements */
export function createToast({ box, text, action }) {
  let timer = 0;
  const hide = () => (box.hidden = true);
  /** @param {string} message @param {string} [actionLabel] @param {() => void} [onAction] */
  return (message, actionLabel, onAction) => {
    clearTimeout(timer);
    text.textContent = message;
    if (action) {
      action.hidden = !actionLabel;
      action.textContent = actionLabel || '';
      action.onclick = onAction ? () => (hide(), onAction()) : null;
    }
    box.hidden = false;
    timer = setTimeout(hide, actionLabel ? 8000 : 3500);
  };
}
