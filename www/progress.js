// @ts-check
// The busy state of a running summary, for the reader: "Summarising…" (or
// "Updating…") in the status line after 250 ms; after a second, a progress
// line with the stage the summary client reports, the seconds so far and a
// Cancel button. The status line is not rewritten every second: screen
// readers would read each.
//
//   const progress = createProgress({ status, box, text, cancel }, { onCancel, noun });
//   progress.busy(true, updating);   // a summary started (updating: one is shown)
//   progress.stage(p, n, chars);     // a Progress of the summary client
//   progress.busy(false);            // done, failed or superseded

/**
 * @typedef {object} ProgressParts
 * @property {HTMLElement} status the status line
 * @property {HTMLElement} box the progress line's container, hidden when idle
 * @property {HTMLElement} text the progress line's text
 * @property {HTMLElement} cancel the Cancel button
 */

/**
 * @param {ProgressParts} parts
 * @param {{onCancel: () => void, noun?: import('./render.js').Noun}} hooks `noun`: what an input is called ("article")
 */
export function createProgress(parts, hooks) {
  const { status, box, text, cancel } = parts;
  const noun = hooks.noun || 'article';
  let busyTimer = 0;
  let tick = 0;
  /** When the running summary started, and the stage it is in (what the worker said last). */
  let since = 0;
  let stage = '';
  const line = () => `${stage || 'Summarising…'} ${Math.round((performance.now() - since) / 1000)} s`;

  /** @param {boolean} on @param {boolean} [updating] */
  function busy(on, updating = false) {
    clearTimeout(busyTimer);
    clearInterval(tick);
    box.hidden = true;
    stage = '';
    document.body.classList.toggle('busy', on);
    if (!on) return;
    since = performance.now();
    busyTimer = setTimeout(() => (status.textContent = updating ? 'Updating…' : 'Summarising…'), 250);
    tick = setInterval(() => {
      text.textContent = line();
      box.hidden = false;
    }, 1000);
  }

  /**
   * A new stage of the running summary, shown at once when the progress line
   * is. The worker's analysis is one call into the module, which cannot
   * report from inside: its stages are what can honestly be told.
   * @param {import('./summary-client.js').Progress} p @param {number} n articles @param {number} chars
   */
  function showStage(p, n, chars) {
    const size = chars >= 1e6 ? `${(chars / 1e6).toFixed(1)} million characters` : `${chars.toLocaleString('en')} characters`;
    stage = p.stage === 'sending'
      ? `Handing the text to the summariser: ${Math.round((100 * p.sent) / p.total)}%…`
      : p.stage === 'analysing'
        ? `Analysing ${n} ${n === 1 ? noun : `${noun}s`} (${size}): sentences, scores, repeats…`
        : 'Choosing the sentences…';
    if (!box.hidden) text.textContent = line();
  }

  // Cancel: the caller stops the worker (a fresh one starts on the next change); the articles stay.
  cancel.addEventListener('click', () => {
    hooks.onCancel();
    busy(false);
    status.textContent = `Cancelled. The ${noun}s are kept: change anything to summarise again.`;
  });

  return { busy, stage: showStage };
}
