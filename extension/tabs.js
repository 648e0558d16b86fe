// @ts-check
// Reading tabs: each tab's page is taken with scripting.executeScript
// (inject.js readPage: the HTML the reader sees, without scripts, styles and
// hidden elements) and Readability runs on it here, in the extension, never
// in the page.
//
//   const article = await readTab(tabId, windowId);     // or throws why not
//   const { articles, problems } = await readTabs(tabs); // those that could be read, and why the others not
import { api } from './api.js';
import { articleFromHtml, formatDate } from './page/articles.js';
import { readPage, readSelection } from './inject.js';

/**
 * An article as the panel keeps it: what is summarised, and where it came from.
 * @typedef {object} TabArticle
 * @property {string} title
 * @property {string} text
 * @property {string} source what the summariser is told (the site)
 * @property {string} site shown beside the title
 * @property {string} [url]
 * @property {number} [tabId] absent once pinned and opened again
 * @property {number} [windowId]
 * @property {string} [byline]
 * @property {string} [date]
 * @property {boolean} [selection] a selection, not a whole page
 */

/** The host of `url`, or ''. @param {string | undefined} url */
export function hostOf(url) {
  try {
    return new URL(url || '').hostname;
  } catch {
    return '';
  }
}

/** Whether the extension can read the tab's page at all (web pages only). @param {{url?: string}} tab */
export const readable = (tab) => /^https?:/.test(tab.url || '');

/** One tab as an article. @param {number} tabId @param {number} [windowId] @returns {Promise<TabArticle>} */
export async function readTab(tabId, windowId) {
  const [frame] = await api.scripting.executeScript({ target: { tabId }, func: readPage });
  const page = frame?.result;
  if (!page) throw new Error('the page gave nothing back');
  const article = articleFromHtml(page.html);
  const site = article.source || hostOf(page.url);
  const title = article.title || page.title || site;
  if (!article.text.trim()) throw new Error('no article text found');
  return { title, text: article.text, source: site, site, url: page.url, tabId, windowId, byline: article.byline, date: formatDate(article.date) };
}

/**
 * The text selected in a tab's frame, read by the panel itself: the way for a
 * selection too big for session storage to pass through.
 * @param {number} tabId @param {number} frameId
 */
export async function readSelectionOf(tabId, frameId) {
  const [frame] = await api.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, func: readSelection });
  return String(frame?.result || '');
}

/**
 * Several tabs at once: the articles of those that could be read, in the
 * tabs' order, and one line for each that could not.
 * @param {WebExtTab[]} tabs
 */
export async function readTabs(tabs) {
  const read = await Promise.allSettled(tabs.map((t) => readTab(/** @type {number} */ (t.id), t.windowId)));
  /** @type {TabArticle[]} */
  const articles = [];
  /** @type {string[]} */
  const problems = [];
  read.forEach((r, i) => {
    if (r.status === 'fulfilled') articles.push(r.value);
    else problems.push(`${tabs[i].title || `tab ${i + 1}`}: ${r.reason?.message || r.reason}`);
  });
  return { articles, problems };
}
