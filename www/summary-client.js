// @ts-check
// The summary client: owns the summariser's Web Worker and its "newest
// request wins" rule. The page uses it, and the npm package ships this very
// file as `gistr/worker` (scripts/build-npm.sh copies it unchanged).
//
//   const summarizer = createSummarizer();            // starts the worker
//   const { result, ms } = await summarizer.summarize(articles, { sentences: 5 });
//
// - summarize(articles, options) posts a request and resolves with the
//   summary (SummaryResult, see protocol.js) and the worker's milliseconds.
//   A newer call supersedes it: the older promise rejects with an Error named
//   "AbortError" and its answer is never delivered. A request still running
//   after `abandonAfterMs` when a newer one comes is abandoned by restarting
//   the worker, so a long summary of old input is not waited for.
// - summarize(articles, options, { lean: n }) trims, in the result, the
//   sentence reports of each article over n characters to the summary's
//   sentences, their versions and neighbours (a sparse array: indices stay
//   valid), so that a result for megabytes of text is cheap to receive.
// - summarize(articles, options, { onProgress }) calls onProgress(p) as the
//   request goes: {stage: 'sending', sent, total} for each piece of a long
//   text, then {stage: 'analysing'} (only when the articles, language or
//   focus changed: the long part) and {stage: 'selecting'} from the worker.
// - A text over a million characters goes to the worker in pieces of a
//   million, one postMessage per task, so the page never stalls on the copy.
// - The worker keeps the analysis of the articles while they, the language
//   and the focus stay the same: a call that only changes the length or the
//   order runs the selection alone (milliseconds).
// - Failures reject with an Error whose `kind` is "invalid" (bad input or
//   options: the message says why), "crashed" (the module trapped or the
//   worker died: the next call starts a fresh worker) or "unavailable" (the
//   worker or the module could not be loaded).
// - cancel() supersedes the pending request; terminate() stops the worker
//   (the next summarize() starts a new one).
//
// Options: `worker`, a function returning a new Worker running worker.js
// (default: the module worker beside this file, found by bundlers through
// `new URL(..., import.meta.url)`); `abandonAfterMs` (default 300);
// `onError(error)`, told of a failure when no request is waiting for it.
//
// No DOM: it needs only Worker, so it runs in a page, a worker or an extension.

/** @typedef {import('./protocol.js').ArticleInput} ArticleInput */
/** @typedef {import('./protocol.js').SummarizeOptions} SummarizeOptions */
/** @typedef {import('./protocol.js').SummaryRequest} SummaryRequest */
/** @typedef {import('./protocol.js').SummaryReply} SummaryReply */
/** @typedef {import('./protocol.js').Summary} Summary */
/** @typedef {'invalid' | 'crashed' | 'unavailable'} FailureKind */
/** @typedef {Error & {kind?: FailureKind}} SummaryError */

/**
 * What `onProgress` is told: the text being sent to the worker (`sent` of
 * `total` characters; only texts over a million characters go in pieces),
 * then the worker's stages (see SummaryStage in protocol.js).
 * @typedef {{stage: 'sending', sent: number, total: number} | {stage: 'analysing' | 'selecting'}} Progress
 */

/**
 * @typedef {object} SummarizerClient
 * @property {(articles: ArticleInput[], options?: SummarizeOptions, extra?: {lean?: number, onProgress?: (p: Progress) => void}) => Promise<Summary>} summarize
 * @property {() => void} cancel
 * @property {() => void} terminate
 * @property {() => boolean} busy  a request is waiting for its answer
 */

/**
 * @typedef {object} ClientOptions
 * @property {() => Worker} [worker]
 * @property {number} [abandonAfterMs]
 * @property {(error: SummaryError) => void} [onError]
 */

/** A text longer than this many characters is sent in pieces of this size. */
const PART = 1 << 20;

/** @param {string} message @param {FailureKind} kind @returns {SummaryError} */
function summaryError(message, kind) {
  /** @type {SummaryError} */
  const e = new Error(message);
  e.kind = kind;
  return e;
}

function supersededError() {
  const e = new Error('superseded by a newer request');
  e.name = 'AbortError';
  return e;
}

/** @param {ClientOptions} [clientOptions] @returns {SummarizerClient} */
export function createSummarizer(clientOptions = {}) {
  const makeWorker =
    clientOptions.worker || (() => new Worker(new URL('./worker.js', import.meta.url), { type: 'module', name: 'gistr' }));
  const abandonAfterMs = clientOptions.abandonAfterMs ?? 300;
  const onError = clientOptions.onError || (() => {});
  /** @type {Worker | null} */
  let worker = null;
  let warm = false; // it has answered once, so its module is loaded
  // It is fetching the full module (SummaryLoading): not abandoned then, as a
  // new worker would start on the English-only module and fetch it again.
  let fetching = false;
  let seq = 0;
  /** @type {{id: number, started: number, resolve: (s: Summary) => void, reject: (e: Error) => void, onProgress?: (p: Progress) => void} | null} */
  let current = null;

  /** Settles the waiting request with `error`, or tells onError when none waits. */
  const fail = (/** @type {SummaryError} */ error) => {
    const waiting = current;
    current = null;
    if (waiting) waiting.reject(error);
    else onError(error);
  };

  const stop = () => {
    if (worker) worker.terminate();
    worker = null;
    warm = false;
    fetching = false;
  };

  const start = () => {
    const w = makeWorker();
    w.onmessage = (/** @type {MessageEvent<SummaryReply>} */ event) => {
      const msg = event.data;
      warm = true;
      if (msg && 'loading' in msg) {
        fetching = true;
        return;
      }
      if (msg && !('stage' in msg)) fetching = false; // an answer: the module is there, or failed
      if (!msg || !current || msg.id !== current.id) return; // stale: a newer request wins
      if ('stage' in msg) {
        current.onProgress?.({ stage: msg.stage });
        return;
      }
      const waiting = current;
      current = null;
      if ('error' in msg) {
        const e = summaryError(String(msg.error || 'unknown error'), msg.fatal ? 'crashed' : 'invalid');
        if (msg.fatal) stop(); // its module is unusable: the next request starts a new one
        waiting.reject(e);
        return;
      }
      waiting.resolve({ result: msg.result, ms: msg.ms });
    };
    w.onerror = (event) => {
      event.preventDefault();
      const detail = event.message ? `: ${event.message}` : '';
      const loaded = warm;
      // No automatic restart (a worker that cannot load would loop): the next request starts a new one.
      stop();
      fail(loaded
        ? summaryError(`The summariser stopped working${detail}.`, 'crashed')
        : summaryError(`The summariser could not be loaded${detail}.`, 'unavailable'));
    };
    w.onmessageerror = () => fail(summaryError('The summariser sent a message that could not be read.', 'crashed'));
    worker = w;
  };

  const cancel = () => {
    if (current) fail(supersededError());
  };
  // Started at once, so the module loads while the reader is still pasting.
  try {
    start();
  } catch (e) {
    stop();
    onError(summaryError(`The summariser could not start: ${e instanceof Error ? e.message : e}`, 'unavailable'));
  }

  return {
    summarize(articles, options = {}, extra = {}) {
      return new Promise((resolve, reject) => {
        if (current) {
          // Newest wins: a long summary of older input is not worth waiting for.
          const old = current;
          current = null;
          old.reject(supersededError());
          if (warm && !fetching && performance.now() - old.started > abandonAfterMs) stop();
        }
        if (!worker) {
          try {
            start();
          } catch (e) {
            stop();
            reject(summaryError(`The summariser could not start: ${e instanceof Error ? e.message : e}`, 'unavailable'));
            return;
          }
        }
        const id = ++seq;
        const onProgress = extra.onProgress;
        current = { id, started: performance.now(), resolve, reject, onProgress };
        const w = /** @type {Worker} */ (worker);
        const live = () => current !== null && current.id === id && worker === w;
        /** @type {SummaryRequest} */
        const request = { id, articles, options };
        if (extra.lean !== undefined) request.lean = extra.lean;
        if (onProgress) request.progress = true;
        if (!articles.some((a) => a && typeof a.text === 'string' && a.text.length > PART)) {
          w.postMessage(request);
          return;
        }
        // Long texts go in pieces, one per task: a 20 MB postMessage held the page for 40-70 ms.
        (async () => {
          request.articles = [];
          const total = articles.reduce((n, a) => n + (a && typeof a.text === 'string' ? a.text.length : 0), 0);
          let sent = 0;
          for (const [i, a] of articles.entries()) {
            if (!(a && typeof a.text === 'string' && a.text.length > PART)) {
              request.articles.push(a);
              continue;
            }
            let n = 0;
            for (let at = 0; at < a.text.length; at += PART, n++) {
              if (!live()) return; // superseded: the newer request sends its own
              w.postMessage({ id, part: { article: i, text: a.text.slice(at, at + PART) } });
              sent += Math.min(PART, a.text.length - at);
              onProgress?.({ stage: 'sending', sent, total });
              await new Promise((ok) => setTimeout(ok, 0));
            }
            request.articles.push({ ...a, text: '', parts: n });
          }
          if (live()) w.postMessage(request);
        })();
      });
    },
    cancel,
    terminate() {
      cancel();
      stop();
    },
    busy: () => current !== null,
  };
}
