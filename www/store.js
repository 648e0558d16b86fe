// @ts-check
// Keeping articles and settings across reloads until "Clear all": in
// IndexedDB (tens of megabytes; the value is stored as is, with no JSON), or
// in localStorage (about 5 MB) where IndexedDB cannot be opened. A state kept
// by an older page in localStorage is read when IndexedDB holds none.
// A text over CHUNK characters is stored in pieces, one per task, so that no
// write or read holds the page for long (IndexedDB copies a value on the main
// thread: a 20 MB text in one put held it for about 0.5 s); a text saved
// before is not written again.
//
//   const saved = await loadState();          // {articles, settings} or null
//   const outcome = await saveState(articles, settings);  // {ok} or {ok: false, why}
//   saveStateNow(articles, settings);        // pagehide: localStorage, at once
//   await clearState();

const STORE_KEY = 'gistr:v1';
const DB_NAME = 'gistr';
const DB_STORE = 'state';
/** Characters per stored piece of a long text (about 15 ms to copy). */
const CHUNK = 1 << 20;
/**
 * Where each long text saved by this page lies: [text, {key, n}] pairs. Not a
 * Map keyed by the text: that hashes all of a 20 MB string on the main thread
 * (30 ms, scripts/bench-longtask.mjs), where `===` against the very string
 * kept compares pointers, and a text of another length differs at once.
 * @type {[string, {key: string, n: number}][]}
 */
let savedChunks = [];
/** @param {string} text */
const chunksOf = (text) => savedChunks.find(([t]) => t === text)?.[1];

/** @typedef {{unit: 'sentences' | 'words' | 'percent', sentences: number, words: number, percent: number, order: 'article' | 'rank', language: string, focus: string}} Settings */

/** @type {Readonly<Settings>} */
export const DEFAULT_SETTINGS = Object.freeze({
  unit: 'sentences',
  sentences: 5,
  words: 120,
  percent: 20,
  order: 'article',
  language: 'auto',
  focus: '',
});

/** @typedef {{title: string, text: string, source: string, byline: string, date: string, file: string}} SavedArticle */
/** @typedef {{articles: SavedArticle[], settings: Settings}} SavedState */

/** A stored value made safe to use: known fields of the right types only. @param {any} data @returns {SavedState | null} */
function validState(data) {
  if (!data || !Array.isArray(data.articles)) return null;
  const articles = data.articles
    .filter((/** @type {any} */ a) => a && typeof a.text === 'string')
    .map((/** @type {any} */ a) => ({
      title: String(a.title ?? ''),
      text: a.text,
      source: String(a.source ?? ''),
      byline: String(a.byline ?? ''),
      date: String(a.date ?? ''),
      file: String(a.file ?? ''),
    }));
  /** @type {any} */
  const settings = { ...DEFAULT_SETTINGS };
  for (const key of Object.keys(DEFAULT_SETTINGS)) {
    const k = /** @type {keyof Settings} */ (key);
    if (data.settings && typeof data.settings[k] === typeof DEFAULT_SETTINGS[k]) settings[k] = data.settings[k];
  }
  return { articles, settings };
}

/** @template T @param {IDBRequest<T>} request @returns {Promise<T>} */
const done = (request) => new Promise((ok, fail) => {
  request.onsuccess = () => ok(request.result);
  request.onerror = () => fail(request.error);
});

/** @type {Promise<IDBDatabase> | null} */
let opening = null;
/** The database, opened once; rejects where IndexedDB is missing or refused. */
function database() {
  if (!opening) {
    opening = new Promise((ok, fail) => {
      if (typeof indexedDB === 'undefined') throw new Error('no IndexedDB');
      const request = indexedDB.open(DB_NAME, 1);
      request.onupgradeneeded = () => request.result.createObjectStore(DB_STORE);
      request.onsuccess = () => ok(request.result);
      request.onerror = () => fail(request.error);
      request.onblocked = () => fail(new Error('IndexedDB is blocked by another tab'));
    });
    opening.catch(() => {});
  }
  return opening;
}

/** The saved state, or null. Never throws. The newer of IndexedDB's and localStorage's copies wins. */
export async function loadState() {
  /** @type {any} */
  let fromDb = null;
  try {
    const db = await database();
    const data = await done(db.transaction(DB_STORE).objectStore(DB_STORE).get(STORE_KEY));
    if (data && Array.isArray(data.articles)) {
      for (const a of data.articles) {
        const c = a && a.chunks;
        if (!c || typeof c.key !== 'string' || !Number.isInteger(c.n)) continue;
        const pieces = [];
        for (let k = 0; k < c.n; k++) {
          await nextTask();
          pieces.push(await done(db.transaction(DB_STORE).objectStore(DB_STORE).get(`${c.key}:${k}`)));
        }
        if (pieces.every((p) => typeof p === 'string')) {
          a.text = pieces.join('');
          savedChunks.push([a.text, { key: c.key, n: c.n }]);
        }
      }
      fromDb = data;
    }
  } catch {
    // No IndexedDB here: localStorage below.
  }
  /** @type {any} */
  let fromLocal = null;
  try {
    const raw = localStorage.getItem(STORE_KEY);
    fromLocal = raw ? JSON.parse(raw) : null;
  } catch {}
  const newer = !fromDb || (fromLocal && (fromLocal.savedAt || 0) > (fromDb.savedAt || 0)) ? fromLocal : fromDb;
  return newer ? validState(newer) : null;
}

/**
 * Saves at once, in localStorage, when the state is small enough (about 4 MB
 * of JSON): for pagehide, when an IndexedDB write may not finish before the
 * page goes. Returns whether it did. The next saveState removes this copy.
 * @param {SavedArticle[]} articles @param {Settings} settings
 */
export function saveStateNow(articles, settings) {
  let size = 0;
  for (const a of articles) size += a.text.length + a.title.length + 200;
  if (size > 2_000_000) return false;
  try {
    const plain = articles.map(({ title, text, source, byline, date, file }) => ({ title, text, source, byline, date, file }));
    localStorage.setItem(STORE_KEY, JSON.stringify({ version: 1, savedAt: Date.now(), articles: plain, settings }));
    return true;
  } catch {
    return false;
  }
}

const nextTask = () => new Promise((ok) => setTimeout(ok, 0));

/** Puts one value in its own transaction. @param {IDBDatabase} db @param {string} key @param {unknown} value */
const putOne = (db, key, value) => new Promise((ok, fail) => {
  const tx = db.transaction(DB_STORE, 'readwrite');
  tx.objectStore(DB_STORE).put(value, key);
  tx.oncomplete = ok;
  tx.onerror = () => fail(tx.error);
  tx.onabort = () => fail(tx.error || new Error('aborted'));
});

/** Deletes the pieces of long texts no longer in `live` (keys). @param {IDBDatabase} db @param {Set<string>} live */
async function dropPieces(db, live) {
  const keys = await done(db.transaction(DB_STORE).objectStore(DB_STORE).getAllKeys(IDBKeyRange.bound('text:', 'text:\uffff')));
  const dead = keys.filter((k) => !live.has(String(k).slice(0, String(k).lastIndexOf(':'))));
  if (!dead.length) return;
  const tx = db.transaction(DB_STORE, 'readwrite');
  for (const k of dead) tx.objectStore(DB_STORE).delete(k);
  await new Promise((ok) => (tx.oncomplete = tx.onerror = tx.onabort = ok));
}

let generation = 0;

/** @param {unknown} e */
const isFull = (e) => e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22);

/**
 * Saves. Never throws: {ok: false, why: 'full' | 'refused'} says why nothing
 * was kept (the storage is full, or the browser refuses to keep anything).
 * @param {SavedArticle[]} articles @param {Settings} settings
 * @param {boolean} [urgent] leaving the page: the record is put within this task
 * @returns {Promise<{ok: true} | {ok: false, why: 'full' | 'refused'}>}
 */
export async function saveState(articles, settings, urgent = false) {
  // A save that need not finish before the page goes leaves the page a task
  // boundary before its steps: 3,000 articles took 11 ms to copy and 34 ms to
  // put, which made one task of about 55 ms with the caller's.
  if (!urgent) await nextTask();
  const plain = articles.map(({ title, text, source, byline, date, file }) => ({ title, text, source, byline, date, file }));
  const state = { version: 1, savedAt: Date.now(), articles: plain, settings };
  /** @type {unknown} */
  let failure = null;
  try {
    const db = await database();
    const gen = `${Date.now().toString(36)}-${generation++}`;
    /** @type {[string, {key: string, n: number}][]} */
    const live = [];
    const stored = [];
    for (const [ai, a] of plain.entries()) {
      if (a.text.length <= CHUNK) {
        stored.push(a);
        continue;
      }
      let c = chunksOf(a.text);
      if (!c) {
        c = { key: `text:${gen}:${ai}`, n: Math.ceil(a.text.length / CHUNK) };
        for (let k = 0; k < c.n; k++) {
          await nextTask();
          await putOne(db, `${c.key}:${k}`, a.text.slice(k * CHUNK, (k + 1) * CHUNK));
        }
      }
      live.push([a.text, c]);
      stored.push({ ...a, text: '', chunks: c });
    }
    // No task boundary before this put when urgent and no piece was written:
    // a save started by pagehide must reach IndexedDB before the page goes.
    if (!urgent) await nextTask();
    await putOne(db, STORE_KEY, { ...state, articles: stored });
    savedChunks = live;
    await dropPieces(db, new Set(live.map(([, c]) => c.key)));
    try {
      localStorage.removeItem(STORE_KEY); // an older copy must not come back
    } catch {}
    return { ok: true };
  } catch (e) {
    failure = e;
  }
  if (!isFull(failure)) {
    try {
      localStorage.setItem(STORE_KEY, JSON.stringify(state));
      return { ok: true };
    } catch (e) {
      failure = e;
    }
  }
  return { ok: false, why: isFull(failure) ? 'full' : 'refused' };
}

export async function clearState() {
  try {
    localStorage.removeItem(STORE_KEY);
  } catch {}
  try {
    const db = await database();
    await done(db.transaction(DB_STORE, 'readwrite').objectStore(DB_STORE).delete(STORE_KEY));
    savedChunks = [];
    await dropPieces(db, new Set());
  } catch {
    // Nothing stored, nothing to clear.
  }
}
