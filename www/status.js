// @ts-check
// The status line and the error box beside the summary: what the summary was
// made from ("5 sentences, 82 words, from 3 articles · 40 ms"; when shorter
// than asked, why: "Not the 200 sentences asked: the other 48 sentences repeat
// these (21) or are not news (27)."), why there is none, or what went wrong. The page's and the extension's panel's, one
// wording:
//
//   const status = createStatus({ status, errorBox }, { noun });
//   status.result(result, articles, ms, from?);  // from: what to name instead of "3 tabs" ("the selection")
//   status.error(message);                       // shown in the error box; the status line is cleared
//   status.clearError();
//   status.say(text);                            // any other line ('' to clear)
import { h } from './render.js';

/** @typedef {import('./protocol.js').SummaryResult} SummaryResult */
/** @typedef {{title?: string, file?: string, site?: string, source?: string}} NamedInput */

/**
 * Why there is no summary, for the reader: the summariser's reason
 * (`result.empty`), naming the article that looks binary by `name(article)`.
 * @param {SummaryResult} result @param {(article: number) => string} name
 */
export function whyEmpty(result, name) {
  const e = result.empty;
  if (!e) return 'No summary: no sentence could be chosen.';
  const message = e.message.replace(/[.\s]+$/, '');
  if (e.reason === 'binary' && e.article !== undefined) return `No summary: “${name(e.article)}” ${message.replace(/^this /, '')}.`;
  return `No summary: ${message}.`;
}

/**
 * Why a summary is shorter than asked (`result.shortfall`: no other sentence
 * could be added), in the core's words (`Shortfall::message`): "Not the 200
 * sentences asked: the other 48 sentences repeat these (21) or are not news
 * (27)."; '' when it is not.
 * @param {SummaryResult} result
 */
export function shortfallNote(result) {
  const s = result.shortfall;
  if (!s) return '';
  const other = s.repeats + s.notNews + s.tooShort + s.notCompared;
  const one = other === 1;
  const n = (/** @type {number} */ k) => k.toLocaleString('en');
  const reasons = /** @type {[number, string, string][]} */ ([
    [s.repeats, 'repeats these', 'repeat these'],
    [s.notNews, 'is not news', 'are not news'],
    [s.tooShort, 'is too short', 'are too short'],
    [s.notCompared, 'was not compared (a large input)', 'were not compared (a large input)'],
  ]).filter(([k]) => k > 0).map(([k, single, plural]) => `${one ? single : plural} (${n(k)})`);
  const asked = `Not the ${n(s.asked)} ${s.unit} asked`;
  if (!reasons.length) return `${asked}: the articles have no other sentence.`;
  const why = reasons.length === 1 ? reasons[0] : `${reasons.slice(0, -1).join(', ')} or ${reasons[reasons.length - 1]}`;
  return `${asked}: ${one ? 'the other sentence' : `the other ${n(other)} sentences`} ${why}.`;
}

/**
 * @param {{status: HTMLElement, errorBox: HTMLElement}} elements
 * @param {{noun?: import('./render.js').Noun, binaryHint?: string}} [options] `binaryHint`: said after "… looks binary".
 */
export function createStatus({ status, errorBox }, options = {}) {
  const noun = options.noun || 'article';
  const capital = noun[0].toUpperCase() + noun.slice(1);
  return {
    /**
     * The line for a result: its size and where it came from, or why there is none.
     * @param {SummaryResult} result @param {NamedInput[]} articles @param {number} [ms] @param {string} [from]
     */
    result(result, articles, ms, from) {
      const n = result.sentences.length;
      // The core's count (UAX #29 words), the one its word budgets use: not one of the page's own.
      const words = result.sentences.reduce((k, s) => k + s.words, 0);
      const total = articles.length;
      // One input: say which, since no chip under the sentences names it.
      const one = total === 1 ? articles[0].site || articles[0].source || '' : '';
      // The site's name isolated (<bdi>), as user text inside a line of the page's own words should be.
      const what = from || [`${total.toLocaleString('en')} ${total === 1 ? noun : `${noun}s`}`, ...(one ? [' (', h('bdi', {}, one), ')'] : [])];
      if (n) {
        status.replaceChildren(`${n} ${n === 1 ? 'sentence' : 'sentences'}, ${words} ${words === 1 ? 'word' : 'words'}, from `, ...[what].flat(), ms !== undefined ? ` · ${Math.max(1, Math.round(ms))} ms` : '');
      } else {
        status.textContent = whyEmpty(result, (i) => articles[i]?.file || articles[i]?.title || `${capital} ${i + 1}`)
          + (result.empty?.reason === 'binary' && options.binaryHint ? ` ${options.binaryHint}` : '');
      }
      // Shorter than asked: why, on a line of its own.
      const short = n ? shortfallNote(result) : '';
      if (short) status.append(' ', h('span', { class: 'shortfall-note' }, short));
    },
    /** @param {string} message */
    error(message) {
      errorBox.replaceChildren(h('p', {}, message));
      errorBox.hidden = false;
      status.textContent = '';
    },
    clearError() {
      errorBox.hidden = true;
      errorBox.replaceChildren();
    },
    /** @param {string} text */
    say(text) {
      status.textContent = text;
    },
  };
}
