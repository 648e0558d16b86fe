// @ts-check
// Keeping articles and settings across reloads, in localStorage, until "Clear all".

const STORE_KEY = 'gistr:v1';

export const DEFAULT_SETTINGS = Object.freeze({
  unit: 'sentences',
  sentences: 5,
  words: 120,
  percent: 20,
  order: 'article',
  language: 'auto',
  focus: '',
});

/** The saved state, or null. Never throws. */
export function loadState() {
  try {
    const raw = localStorage.getItem(STORE_KEY);
    if (!raw) return null;
    const data = JSON.parse(raw);
    if (!data || !Array.isArray(data.articles)) return null;
    const articles = data.articles
      .filter((a) => a && typeof a.text === 'string')
      .map((a) => ({
        title: String(a.title ?? ''),
        text: a.text,
        source: String(a.source ?? ''),
        byline: String(a.byline ?? ''),
        date: String(a.date ?? ''),
        file: String(a.file ?? ''),
      }));
    const settings = { ...DEFAULT_SETTINGS };
    for (const key of Object.keys(DEFAULT_SETTINGS)) {
      if (data.settings && typeof data.settings[key] === typeof DEFAULT_SETTINGS[key]) settings[key] = data.settings[key];
    }
    return { articles, settings };
  } catch {
    return null;
  }
}

/** Saves; returns false when the browser refuses (storage full or disabled). */
export function saveState(articles, settings) {
  try {
    const plain = articles.map(({ title, text, source, byline, date, file }) => ({ title, text, source, byline, date, file }));
    localStorage.setItem(STORE_KEY, JSON.stringify({ version: 1, articles: plain, settings }));
    return true;
  } catch {
    return false;
  }
}

export function clearState() {
  try {
    localStorage.removeItem(STORE_KEY);
  } catch {
    // Nothing stored, nothing to clear.
  }
}
