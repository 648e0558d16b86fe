// @ts-check
// Keeping articles and settings across reloads until "Clear all": in
// IndexedDB (tens of megabytes; the value is stored as is, with no JSON), or
// in localStorage (about 5 MB) where IndexedDB cannot be opened. A state kept
// by an older page in localStorage is read when IndexedDB holds none.
//
//   const saved = await loadState();          // {articles, settings} or null
//   const outcome = await saveState(articles, settings);  // {ok} or {ok: false, why}
//   await clearState();

const STORE_KEY = 'gistr:v1';
const DB_NAME = 'gistr';
const DB_STORE = 'state';

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

/** The saved state, or null. Never throws. */
export async function loadState() {
  try {
    const db = await database();
    const data = await done(db.transaction(DB_STORE).objectStore(DB_STORE).get(STORE_KEY));
    if (data) return validState(data);
  } catch {
    // No IndexedDB here: localStorage below.
  }
  try {
    const raw = localStorage.getItem(STORE_KEY);
    return raw ? validState(JSON.parse(raw)) : null;
  } catch {
    return null;
  }
}

/** @param {unknown} e */
const isFull = (e) => e instanceof DOMException && (e.name === 'QuotaExceededError' || e.code === 22);

/**
 * Saves. Never throws: {ok: false, why: 'full' | 'refused'} says why nothing
 * was kept (the storage is full, or the browser refuses to keep anything).
 * @param {SavedArticle[]} articles @param {Settings} settings
 * @returns {Promise<{ok: true} | {ok: false, why: 'full' | 'refused'}>}
 */
export async function saveState(articles, settings) {
  const plain = articles.map(({ title, text, source, byline, date, file }) => ({ title, text, source, byline, date, file }));
  const state = { version: 1, articles: plain, settings };
  /** @type {unknown} */
  let failure = null;
  try {
    const db = await database();
    await new Promise((ok, fail) => {
      const tx = db.transaction(DB_STORE, 'readwrite');
      tx.objectStore(DB_STORE).put(state, STORE_KEY);
      tx.oncomplete = ok;
      tx.onerror = () => fail(tx.error);
      tx.onabort = () => fail(tx.error || new Error('aborted'));
    });
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
  } catch {
    // Nothing stored, nothing to clear.
  }
}
