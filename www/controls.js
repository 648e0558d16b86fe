// @ts-check
// The summary options: length (with its unit and slider), order, language
// and focus, as the reader sets them, and the summariser options they make.
//
//   const controls = createControls(elements, { changed });
//   controls.set(settings);     // shows saved settings
//   controls.settings();        // what the reader chose (may hold a bad length)
//   controls.options();         // {options} for the summariser, or {error} to show
//
// `elements` holds the form's inputs (see the typedef; the extension's panel
// has no unit, language or focus: sentences, the detected language and no
// focus then); `changed(delay)` is called after every change, with the delay
// after which to summarise. The slider's range follows the box: a length
// typed past the slider's end stretches it to that length, so the thumb
// never shows less than the box says.
import { DEFAULT_SETTINGS } from './store.js';
import { h } from './render.js';

/** @typedef {import('./protocol.js').SummarizeOptions} SummarizeOptions */
/** @typedef {import('./store.js').Settings} Settings */

/** The accepted lengths per unit, and the slider's range (stretched to a larger length typed in the box). */
export const LIMITS = {
  sentences: { min: 1, max: 200, rangeMax: 20, step: 1 },
  words: { min: 1, max: 100000, rangeMax: 600, step: 10 },
  percent: { min: 1, max: 100, rangeMax: 100, step: 1 },
};

/**
 * The summariser options for `s`, or {error} when the length is not usable.
 * @param {Settings} s
 * @returns {{options: SummarizeOptions, error?: undefined} | {error: string, options?: undefined}}
 */
export function optionsOf(s) {
  const limits = LIMITS[s.unit];
  const value = s[s.unit];
  if (!Number.isInteger(value) || value < limits.min || value > limits.max) {
    const what = s.unit === 'percent' ? 'a whole percentage from 1 to 100' : `a whole number from ${limits.min} to ${limits.max}`;
    return { error: `Enter ${what}.` };
  }
  /** @type {SummarizeOptions} */
  const options = { order: s.order, language: s.language };
  if (s.unit === 'sentences') options.sentences = value;
  else if (s.unit === 'words') options.words = value;
  else options.ratio = value / 100;
  if (s.focus.trim()) options.focus = s.focus.trim();
  return { options };
}

/**
 * @typedef {object} ControlElements
 * @property {HTMLFormElement} form
 * @property {HTMLInputElement} length
 * @property {HTMLInputElement} lengthRange
 * @property {HTMLElement} lengthError
 * @property {HTMLSelectElement} [unit]
 * @property {HTMLSelectElement} order
 * @property {HTMLSelectElement} [language]
 * @property {HTMLInputElement} [focus]
 */

/** @param {ControlElements} ui @param {{changed: (delay?: number) => void}} hooks */
export function createControls(ui, { changed }) {
  /** @type {Settings} */
  let settings = { ...DEFAULT_SETTINGS };
  const unitWord = () => (settings.unit === 'percent' ? 'percent' : settings.unit);

  /**
   * Puts the slider at `value`: past the slider's usual end (and within the
   * accepted lengths), the slider's end moves to it, so 30 typed in the box
   * reads 30 on the slider, not its usual end of 20; a length back within the
   * usual range gives the usual end back. A value that is not a usable
   * length leaves the slider where it is.
   * @param {number} value
   */
  function fitRange(value) {
    const limits = LIMITS[settings.unit];
    if (!Number.isInteger(value) || value < limits.min || value > limits.max) return;
    ui.lengthRange.max = String(Math.max(limits.rangeMax, value));
    ui.lengthRange.value = String(value);
    ui.lengthRange.setAttribute('aria-valuetext', `${value} ${unitWord()}`);
  }

  function sync() {
    const s = settings;
    const limits = LIMITS[s.unit];
    if (ui.unit) ui.unit.value = s.unit;
    ui.length.value = String(s[s.unit]);
    ui.length.min = String(limits.min);
    ui.length.max = String(limits.max);
    ui.lengthRange.min = String(limits.min);
    ui.lengthRange.max = String(limits.rangeMax);
    ui.lengthRange.step = String(limits.step);
    ui.lengthRange.value = String(Math.min(s[s.unit], limits.rangeMax));
    ui.lengthRange.setAttribute('aria-valuetext', `${s[s.unit]} ${unitWord()}`);
    fitRange(s[s.unit]);
    ui.order.value = s.order;
    if (ui.language) {
      ui.language.value = s.language;
      if (ui.language.value !== s.language) {
        // A code this page does not list (kept from an older or newer version): offer it as is.
        ui.language.append(h('option', { value: s.language }, s.language));
        ui.language.value = s.language;
      }
    }
    if (ui.focus) ui.focus.value = s.focus;
  }

  ui.length.addEventListener('input', () => {
    const raw = ui.length.value.trim();
    const value = raw === '' ? NaN : Number(raw);
    settings[settings.unit] = value;
    fitRange(value);
    changed(250);
  });
  ui.lengthRange.addEventListener('input', () => {
    settings[settings.unit] = Number(ui.lengthRange.value);
    ui.length.value = ui.lengthRange.value;
    ui.lengthRange.setAttribute('aria-valuetext', `${ui.lengthRange.value} ${unitWord()}`);
    changed(60);
  });
  ui.unit?.addEventListener('change', () => {
    settings.unit = /** @type {Settings['unit']} */ (/** @type {HTMLSelectElement} */ (ui.unit).value);
    if (!Number.isInteger(settings[settings.unit])) settings[settings.unit] = DEFAULT_SETTINGS[settings.unit];
    sync();
    changed(0);
  });
  ui.order.addEventListener('change', () => {
    settings.order = /** @type {Settings['order']} */ (ui.order.value);
    changed(0);
  });
  ui.language?.addEventListener('change', () => {
    settings.language = /** @type {HTMLSelectElement} */ (ui.language).value;
    changed(0);
  });
  ui.focus?.addEventListener('input', () => {
    settings.focus = /** @type {HTMLInputElement} */ (ui.focus).value;
    changed(300);
  });
  ui.form.addEventListener('submit', (event) => event.preventDefault());

  return {
    /** @param {Settings} next */
    set(next) {
      settings = { ...next };
      sync();
    },
    settings: () => settings,
    /** The settings to keep: a length being typed that is not usable is kept as the default. */
    saved() {
      const out = { ...settings };
      for (const unit of /** @type {const} */ (['sentences', 'words', 'percent'])) if (!Number.isInteger(out[unit])) out[unit] = DEFAULT_SETTINGS[unit];
      return out;
    },
    options: () => optionsOf(settings),
    /** Shows (or with '' hides) why the length is not usable. @param {string} message */
    setLengthError(message) {
      ui.lengthError.textContent = message;
      ui.lengthError.hidden = !message;
      if (message) ui.length.setAttribute('aria-invalid', 'true');
      else ui.length.removeAttribute('aria-invalid');
    },
  };
}
