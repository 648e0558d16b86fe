// @ts-check
// From a summary sentence to its tab: activates the tab of the article,
// scrolls it to the sentence and highlights it (inject.js highlightInPage,
// with the CSS Custom Highlight API; the page's DOM is left alone).
//
//   const showInTab = createShowInTab({ shown, toast, error });
//   showInTab(article, sentence);   // indices into the shown result's articles
import { api } from './api.js';
import { HIGHLIGHT_CSS, highlightInPage } from './inject.js';

/** @typedef {import('./page/protocol.js').SummaryResult} SummaryResult */
/** @typedef {import('./tabs.js').TabArticle} TabArticle */

/**
 * @param {{shown: () => {result: SummaryResult | null, articles: TabArticle[]}, toast: (message: string) => void, error: (message: string) => void}} hooks
 * @returns {(article: number, sentence: number) => Promise<void>}
 */
export function createShowInTab({ shown, toast, error }) {
  /** The tabs that have the highlight's style already. */
  const styled = new Set();

  /** The text of sentence `si` of article `ai`, as the summariser saw it. @param {number} ai @param {number} si */
  function sentenceText(ai, si) {
    const { result, articles } = shown();
    const span = result?.articles[ai]?.sentences[si]?.span;
    const text = articles[ai]?.text;
    return span && text ? text.slice(span.startUtf16, span.endUtf16) : '';
  }

  return async (ai, si) => {
    const article = shown().articles[ai];
    const text = sentenceText(ai, si);
    if (!article || !text) return;
    const tabId = article.tabId;
    if (tabId === undefined) {
      toast('This summary was pinned; its tabs are not open any more.');
      return;
    }
    try {
      await api.tabs.update(tabId, { active: true });
      if (article.windowId !== undefined) api.windows?.update(article.windowId, { focused: true }).catch(() => {});
      if (!styled.has(tabId)) {
        await api.scripting.insertCSS({ target: { tabId }, css: HIGHLIGHT_CSS });
        styled.add(tabId);
      }
      const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
      const [frame] = await api.scripting.executeScript({ target: { tabId }, func: highlightInPage, args: [text, smooth] });
      if (!frame?.result) toast(`The sentence is no longer on “${article.title}”: the page has changed.`);
    } catch (e) {
      error(`Could not show the sentence in “${article.title}”: ${/** @type {Error} */ (e).message || e}`);
    }
  };
}
