// @ts-check
// The messages between the page (summary-client.js) and the summariser's
// worker (worker.js, worker-core.js), as JSDoc types for `tsc --noEmit`.
// The payload types come from the wasm module's own declarations
// (pkg/gistr.d.ts, written in crates/gistr-wasm/src/lib.rs), so a change there that the page
// does not follow fails the type check. Nothing here runs: modules import
// these names in JSDoc only.

/** @typedef {import('./pkg/gistr.js').ArticleInput} ArticleInput */
/** @typedef {import('./pkg/gistr.js').SummarizeOptions} SummarizeOptions */
/** @typedef {import('./pkg/gistr.js').SummaryResult} SummaryResult */
/** @typedef {import('./pkg/gistr.js').ChosenSentence} ChosenSentence */
/** @typedef {import('./pkg/gistr.js').Conflict} Conflict */
/** @typedef {import('./pkg/gistr.js').Version} Version */
/** @typedef {import('./pkg/gistr.js').SentenceRef} SentenceRef */
/** @typedef {import('./pkg/gistr.js').SentenceReport} SentenceReport */
/** @typedef {import('./pkg/gistr.js').ArticleReport} ArticleReport */
/** @typedef {import('./pkg/gistr.js').Keyword} Keyword */

/**
 * Page -> worker: summarise `articles` with `options`. `id` grows with each
 * request; only the newest is answered (older ones still waiting are dropped).
 * `fresh` analyses again even when the articles, language and focus are those
 * of the kept analysis (the benchmark's cold figure). `lean`: for articles
 * longer than this many characters, the reply's `articles[i].sentences` is a
 * sparse array holding only the summary's sentences, their versions and
 * their neighbours (the rest are holes), so a huge result stays cheap to copy.
 * @typedef {object} SummaryRequest
 * @property {number} id
 * @property {(ArticleInput & {parts?: number})[]} articles
 * @property {SummarizeOptions} options
 * @property {boolean} [fresh]
 * @property {number} [lean]
 * @property {boolean} [progress]  tell each stage as it starts (SummaryStage)
 */

/**
 * Page -> worker, before a request: one piece of a long article's text, so
 * that no single postMessage copies megabytes on the page's main thread. The
 * pieces of an article come in order; the request then holds that article
 * with `text: ''` and `parts`, the number of pieces.
 * @typedef {object} SummaryPart
 * @property {number} id
 * @property {{article: number, text: string}} part
 */

/**
 * Worker -> page: the summary, and the milliseconds the worker spent on it.
 * @typedef {object} SummaryDone
 * @property {number} id
 * @property {SummaryResult} result
 * @property {number} ms
 */

/**
 * Worker -> page: why there is no summary. `fatal` means the module trapped
 * and is unusable: the page starts a new worker.
 * @typedef {object} SummaryFailed
 * @property {number} id
 * @property {string} error
 * @property {boolean} [fatal]
 */

/**
 * Worker -> page, for a request with `progress: true`: the stage that starts
 * now. "analysing" (splitting, scoring and comparing the sentences: the long
 * part, one call into the module) comes only when the articles, language or
 * focus changed; "selecting" (choosing the sentences) always.
 * @typedef {object} SummaryStage
 * @property {number} id
 * @property {'analysing' | 'selecting'} stage
 */

/**
 * Worker -> page: the English-only module refused this request's input, and
 * the full module is being fetched for it. Sent whatever `progress` says:
 * the client does not abandon a worker while it fetches (a new worker would
 * start on the English-only module and fetch the full one again).
 * @typedef {object} SummaryLoading
 * @property {number} id
 * @property {'full'} loading
 */

/** @typedef {SummaryDone | SummaryFailed | SummaryStage | SummaryLoading} SummaryReply */

/**
 * What a summary client resolves with: the result and the worker's time.
 * @typedef {object} Summary
 * @property {SummaryResult} result
 * @property {number} ms
 */

export {};
