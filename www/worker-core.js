// @ts-check
// The worker's message loop, shared by worker.js (served page) and the
// single-file build. Messages: {id, articles, options, fresh?, progress?} -> {id, result, ms} | {id, error};
// with `progress: true`, {id, stage: 'analysing' | 'selecting'} comes before each stage.
// A request superseded by a newer one before it starts is dropped unanswered:
// the page only waits for its newest id. A long text may come ahead of its
// request in pieces, {id, part: {article, text}}, in order; the request then
// holds {text: '', parts: n} for it. `lean: n` (optional) trims the
// sentence reports of articles over n characters (see leanResult). {fatal: true} on an error means the
// module trapped and is unusable: the page starts a new worker. A module that
// failed to load is loaded again on the next request.
//
// A worker may start on the English-only module and have the full module as
// its `fallback`: the English-only module refuses an input it cannot analyse
// as the full one would (an Error named LanguageUnavailable); the full module
// is then loaded, answers that request, and every request after it.
//
// The articles are analysed once: while they, the language and the focus stay
// the same, a request (a move of the length slider, a new order) only runs the
// selection on the kept analysis. `fresh: true` analyses again anyway (the
// benchmark's cold figure).

/** @typedef {import('./protocol.js').ArticleInput} ArticleInput */
/** @typedef {import('./protocol.js').SummarizeOptions} SummarizeOptions */
/** @typedef {import('./protocol.js').SummaryRequest} SummaryRequest */
/** @typedef {import('./protocol.js').SummaryReply} SummaryReply */
/** @typedef {{summarize(options: SummarizeOptions): import('./protocol.js').SummaryResult, free(): void}} Analysis */

/** @param {SummarizeOptions} options @param {string[]} analysisOptions */
function split(options, analysisOptions) {
  /** @type {Record<string, unknown>} */
  const analysis = {};
  /** @type {Record<string, unknown>} */
  const selection = {};
  for (const [k, v] of Object.entries(options || {})) {
    if (v === undefined) continue;
    (analysisOptions.includes(k) ? analysis : selection)[k] = v;
  }
  return { analysis, selection };
}

/** @param {ArticleInput[] | undefined} a @param {ArticleInput[]} b */
function sameArticles(a, b) {
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    if (a[i].text !== b[i].text || a[i].title !== b[i].title || a[i].source !== b[i].source) return false;
  }
  return true;
}

/**
 * For each article longer than `lean` characters, keeps only the reports of
 * the sentences the summary uses (its own, its versions) and their
 * neighbours, in a sparse array of the same length: a 20 MB article has
 * 200,000 reports, and copying them all to the page held it for about a
 * second. Indices (and so every SentenceRef) stay valid.
 * @param {import('./protocol.js').SummaryResult} result @param {ArticleInput[]} articles @param {number} lean
 */
export function leanResult(result, articles, lean) {
  /** @type {Map<number, Set<number>>} */
  const keep = new Map();
  const add = (/** @type {{article: number, sentence: number}} */ at) => {
    if (!keep.has(at.article)) keep.set(at.article, new Set());
    const set = /** @type {Set<number>} */ (keep.get(at.article));
    for (const j of [at.sentence - 1, at.sentence, at.sentence + 1]) set.add(j);
  };
  for (const s of result.sentences) {
    add(s.at);
    for (const v of s.versions) add(v.at);
  }
  result.articles.forEach((report, ai) => {
    if (!articles[ai] || articles[ai].text.length <= lean) return;
    const sparse = new Array(report.sentences.length);
    for (const si of keep.get(ai) || []) if (si >= 0 && si < sparse.length) sparse[si] = report.sentences[si];
    report.sentences = sparse;
  });
  return result;
}

/** Whether `e` is the English-only module's refusal of another language. @param {unknown} e */
const needsFull = (e) => e instanceof Error && e.name === 'LanguageUnavailable';

/** @param {unknown} e */
const messageOf = (e) => String(e instanceof Error ? e.message : e);

/** @param {SummaryReply} reply */
const reply = (reply) => self.postMessage(reply);

/**
 * start(): loads the module. analyse(articles, analysisOptions): a Summarizer
 * (with summarize(selectionOptions) and free()). groups(), called once the
 * module is loaded: the module's one table of which options shape the
 * analysis and which only the selection (optionGroups() in crates/gistr-wasm/src/lib.rs); a
 * request's options are split by it.
 * @param {() => unknown} start
 * @param {(articles: ArticleInput[], options: SummarizeOptions) => Analysis} analyse
 * @param {() => {analysis: string[], selection: string[]}} groups
 * @param {() => Promise<{analyse: (articles: ArticleInput[], options: SummarizeOptions) => Analysis, groups: () => {analysis: string[], selection: string[]}}>} [fallback]
 *   loads the full module, for the inputs `analyse` refuses as LanguageUnavailable
 */
export function serveSummaries(start, analyse, groups, fallback) {
  /** @type {string[]} */
  let analysisOptions = [];
  /** @type {Promise<unknown> | null} */
  let ready = null;
  /** @type {SummaryRequest | null} */
  let pending = null;
  let scheduled = false;
  /** The id of the newest request received. */
  let newest = -1;
  /** The full module once asked for (see `fallback`). @type {Promise<void> | null} */
  let full = null;
  /** Loads the full module; from then on it analyses every request. */
  const loadFull = () => {
    if (!full && fallback) {
      const loading = fallback().then((m) => {
        const table = m.groups();
        if (!table || !Array.isArray(table.analysis)) throw new Error('the module gives no table of its options');
        analyse = m.analyse;
        analysisOptions = table.analysis;
      });
      loading.catch(() => {
        full = null; // asked again with the next request that needs it
      });
      full = loading;
    }
    return full;
  };
  /** The kept analysis. @type {{articles: ArticleInput[], key: string, summarizer: Analysis} | null} */
  let kept = null;
  const forget = () => {
    if (kept) {
      try {
        kept.summarizer.free();
      } catch {}
    }
    kept = null;
  };
  const load = () => {
    if (!ready) {
      const loading = Promise.resolve()
        .then(start)
        .then(() => {
          const table = groups();
          if (!table || !Array.isArray(table.analysis)) throw new Error('the module gives no table of its options');
          analysisOptions = table.analysis;
        });
      loading.catch(() => {}); // reported with the request that needs it
      ready = loading;
    }
    return ready;
  };
  load();
  const work = async () => {
    scheduled = false;
    const msg = pending;
    pending = null;
    if (!msg) return;
    try {
      await load();
    } catch (e) {
      ready = null;
      reply({ id: msg.id, error: `The summariser could not start: ${messageOf(e)}` });
      return;
    }
    if (pending) return; // a newer request arrived while the module loaded
    const t0 = performance.now();
    /** With `progress: true`, the stage about to run is told first (the page shows it). @param {'analysing' | 'selecting'} stage */
    const tell = (stage) => {
      if (msg.progress) reply({ id: msg.id, stage });
    };
    try {
      const { analysis, selection } = split(msg.options, analysisOptions);
      const key = JSON.stringify(analysis);
      if (msg.fresh || !kept || kept.key !== key || !sameArticles(kept.articles, msg.articles)) {
        forget();
        tell('analysing');
        let summarizer;
        try {
          summarizer = analyse(msg.articles, analysis);
        } catch (e) {
          const loading = needsFull(e) ? loadFull() : null;
          if (!loading) throw e;
          reply({ id: msg.id, loading: 'full' });
          try {
            await loading;
          } catch (err) {
            throw new Error(`The summariser for languages other than English could not be loaded: ${messageOf(err)}`);
          }
          if (newest !== msg.id) return; // a newer request came while it loaded: it is answered instead
          summarizer = analyse(msg.articles, split(msg.options, analysisOptions).analysis);
        }
        kept = { articles: msg.articles, key, summarizer };
      }
      tell('selecting');
      const result = kept.summarizer.summarize(selection);
      if (typeof msg.lean === 'number') leanResult(result, msg.articles, msg.lean);
      reply({ id: msg.id, result, ms: performance.now() - t0 });
    } catch (e) {
      const broken = e instanceof WebAssembly.RuntimeError;
      if (broken) kept = null; // its memory is gone with the module
      reply({
        id: msg.id,
        error: broken ? `Internal error in the summariser (${e.message}).` : messageOf(e),
        fatal: broken,
      });
    }
  };
  /** The pieces of long texts of the newest request: article index -> pieces. @type {{id: number, texts: Map<number, string[]>} | null} */
  let parts = null;
  self.onmessage = (event) => {
    /** @type {SummaryRequest | import('./protocol.js').SummaryPart} */
    const msg = event.data;
    if (!msg || typeof msg.id !== 'number') return;
    if ('part' in msg) {
      if (!parts || parts.id !== msg.id) parts = { id: msg.id, texts: new Map() };
      const list = parts.texts.get(msg.part.article) || [];
      list.push(String(msg.part.text));
      parts.texts.set(msg.part.article, list);
      return;
    }
    if (Array.isArray(msg.articles) && msg.articles.some((a) => a && a.parts)) {
      const got = parts && parts.id === msg.id ? parts.texts : new Map();
      parts = null;
      const missing = msg.articles.findIndex((a, i) => a && a.parts && (got.get(i) || []).length !== a.parts);
      if (missing >= 0) {
        reply({ id: msg.id, error: `article ${missing + 1} arrived incomplete; change anything to send it again` });
        return;
      }
      msg.articles = msg.articles.map((a, i) => {
        if (!a || !a.parts) return a;
        const { parts: _, ...rest } = a;
        return { ...rest, text: /** @type {string[]} */ (got.get(i)).join('') };
      });
    }
    pending = msg;
    newest = msg.id;
    if (!scheduled) {
      scheduled = true;
      setTimeout(work, 0);
    }
  };
}
