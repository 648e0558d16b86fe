// @ts-check
// The status line and the error box beside the summary: what the summary was
// made from ("5 sentences, 82 words, from 3 articles · 40 ms"), why there is
// none, or what went wrong. The page's and the extension's panel's, one
// wording:
//
//   const status = createStatus({ status, errorBox }, { noun });
//   status.result(result, articles, ms, from?);  // from: what to name instead of "3 tabs" ("the selection")
//   status.error(message);                       // shown in the error box; the status line is cleared
//   status.clearError();
//   status.say(text);                            // any other line ('' to clear)
import { countWords } from './articles.js';
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
      const words = result.sentences.reduce((k, s) => k + countWords(s.text), 0);
      const total = articles.length;
      // One input: say which, since no chip under the sentences names it.
      const one = total === 1 ? articles[0].site || articles[0].source || '' : '';
      const what = from || `${total.toLocaleString('en')} ${total === 1 ? noun : `${noun}s`}${one ? ` (${one})` : ''}`;
      status.textContent = n
        ? `${n} ${n === 1 ? 'sentence' : 'sentences'}, ${words} words, from ${what}${ms !== undefined ? ` · ${Math.max(1, Math.round(ms))} ms` : ''}`
        : whyEmpty(result, (i) => articles[i]?.file || articles[i]?.title || `${capital} ${i + 1}`)
          + (result.empty?.reason === 'binary' && options.binaryHint ? ` ${options.binaryHint}` : '');
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
