// @ts-check
// Building the summary, versions and source views. User text only ever
// enters the DOM as text nodes (textContent); never as HTML. Each element
// that holds it takes its direction from it (dir="auto"): Arabic and Hebrew
// read right to left beside English (tests/e2e/bidi.test.mjs).

import { createPager } from './pager.js';

/** Creates an element: h('li', {class: 'x', 'aria-label': 'y'}, child, 'text', …). */
export function h(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs)) {
    if (value === false || value === null || value === undefined) continue;
    if (key === 'class') node.className = value;
    else if (key === 'text') node.textContent = value;
    else if (key.startsWith('on') && typeof value === 'function') node.addEventListener(key.slice(2), value);
    else if (key === 'dataset') Object.assign(node.dataset, value);
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** At most this many characters of a title are shown: a 100 KB title held the page for 0.2 s each time it was laid out. */
export const NAME_CHARS = 300;

/** `text` cut to `n` characters (at a character, not inside a surrogate pair), with … when cut. */
export function clip(text, n = NAME_CHARS) {
  const s = String(text);
  if (s.length <= n) return s;
  const end = /[\ud800-\udbff]/.test(s[n - 1]) ? n - 1 : n;
  return `${s.slice(0, end).trimEnd()}…`;
}

/**
 * What an input is called in the text drawn: "article" on the page, "tab" in
 * the extension's panel. Every function that draws words about inputs takes it.
 * @typedef {'article' | 'tab'} Noun
 */

/** "article", "articles", "Article"… (or "tab"…). @param {Noun} noun @param {boolean} [plural] @param {boolean} [capital] */
export function inputWord(noun, plural = false, capital = false) {
  const word = plural ? `${noun}s` : noun;
  return capital ? word[0].toUpperCase() + word.slice(1) : word;
}
/** "article 2", or "Article 2" with `capital`. @param {Noun} noun @param {number} index @param {boolean} [capital] */
export function inputName(noun, index, capital = false) {
  return `${inputWord(noun, false, capital)} ${index + 1}`;
}

/** An article's name: its title, else its source or file, else "Article 3". @param {Noun} [noun] */
export function articleName(article, index, noun = 'article') {
  return clip(article.title || article.source || article.file || inputName(noun, index, true));
}

/**
 * The name in a host name ("riversidepost" of "www.riversidepost.example",
 * "bbc" of "news.bbc.co.uk"), or '' when `site` is not one.
 * @param {string} site
 */
function hostLabel(site) {
  if (!/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(site) || /^[\d.]+$/.test(site)) return '';
  const labels = site.split('.');
  labels.pop(); // the top-level domain
  if (labels.length > 1 && /^(co|com|org|net|gov|ac|edu|or|ne|go)$/.test(labels[labels.length - 1])) labels.pop(); // bbc.co.uk
  return labels[labels.length - 1];
}

/** The name a short name is cut from: the site's name ("riversidepost"), else the site or source, else the title or file. */
function shortSource(article) {
  const site = String(article.site || article.source || '').trim().replace(/^the\s+/i, '');
  return { site: site.replace(/^www\./i, ''), name: hostLabel(site) || site || String(article.title || article.file || '').trim() };
}

/** `name` cut to `n` characters: after a whole word when that keeps half of it, else inside one. */
function cutName(name, n) {
  if (name.length <= n) return name;
  const words = name.slice(0, n + 1).replace(/\s+\S*$/, '');
  return words.length >= n / 2 && words.length < n ? `${words}…` : clip(name, n - 1);
}

/**
 * A short name for an article, for a narrow column: its site or source when it
 * has one (without "www." and a leading "The "), else the first words of its
 * title, else its file; at most `n` characters. The full name goes in a tooltip.
 * @param {{title?: string, source?: string, site?: string, file?: string}} article
 * @param {number} index @param {Noun} [noun] @param {number} [n]
 */
export function shortName(article, index, noun = 'article', n = 18) {
  const { name } = shortSource(article);
  if (!name) return inputName(noun, index, true);
  return cutName(name, n);
}

/**
 * The short names of `articles` (`shortName`), told apart where a narrow
 * column would show two different names alike: two names cut to the same
 * text ("example" for example.com and example.org) take the site's domain or
 * the whole site when it fits; names that open with the same words ("Trump
 * says he hopes…", "Trump says Ukraine…", which a column two words wide shows
 * as "Trump says…" both) show what follows those words ("…he hopes for…",
 * "…Ukraine truce…"). Names that are the same stay the same; the whole name
 * is in the column's tooltip and read out.
 * @param {{title?: string, source?: string, site?: string, file?: string}[]} articles
 * @param {Noun} [noun] @param {number} [n]
 */
export function shortNames(articles, noun = 'article', n = 18) {
  const out = articles.map((a, i) => shortName(a, i, noun, n));
  const sources = articles.map(shortSource);
  const full = (/** @type {number} */ i) => sources[i].site || sources[i].name;
  const distinct = (/** @type {string[]} */ names) => new Set(names).size === names.length;
  /** The indices of `out` grouped by `key`, in groups of two names or more that differ. @param {(s: string) => string} key */
  const groups = (key) => {
    const by = new Map();
    out.forEach((s, i) => {
      const k = key(s);
      if (!k) return;
      const group = by.get(k);
      if (group) group.push(i);
      else by.set(k, [i]);
    });
    return [...by.values()].filter((g) => new Set(g.map(full)).size > 1);
  };
  // Cut to the same text: the site's domain (example.com, example.org), else the whole site
  // (news.example.com, sport.example.com), when each fits.
  const domain = (/** @type {string} */ site) => {
    const label = hostLabel(site);
    const at = label ? site.lastIndexOf(`${label}.`) : -1;
    return at >= 0 && (at === 0 || site[at - 1] === '.') ? site.slice(at) : site;
  };
  for (const group of groups((s) => s)) {
    const sites = group.map((i) => sources[i].site);
    const named = [sites.map(domain), sites].find((list) => list.every((t) => t && t.length <= n) && distinct(list));
    if (named) group.forEach((i, k) => (out[i] = named[k]));
  }
  // The same first word: what follows the words they all open with. A word joiner after
  // the …, so that a narrow column does not break the line there.
  const words = (/** @type {string} */ t) => t.split(/\s+/).filter(Boolean);
  for (const group of groups((s) => (words(s)[0] || '').replace(/…$/, '').toLowerCase())) {
    const names = group.map((i) => words(sources[i].name || full(i)));
    let common = 0;
    while (names.every((w) => common < w.length && w[common].toLowerCase() === names[0][common].toLowerCase())) common++;
    if (!common) continue;
    const tails = names.map((w) => (w.length > common ? `…\u2060${cutName(w.slice(common).join(' '), n - 1)}` : cutName(w.join(' '), n)));
    if (distinct(tails)) group.forEach((i, k) => (out[i] = tails[k]));
  }
  return out;
}

function percent(x) {
  return `${Math.round(x * 100)}%`;
}

const STATUS_LABELS = {
  chosen: 'In the summary',
  duplicate: 'Repeats a summary sentence',
  related: 'Related to a summary sentence, not counted as reporting it',
  boilerplate: 'Boilerplate, never summarised',
  // Not "cannot stand alone": most of these could (an 11-word sentence, a question); the
  // summary takes them only when the others run out (select.rs), and never page chrome or links.
  unfit: 'Taken only after the other sentences',
  belowBudget: 'Not chosen',
};

/** Unfit reasons that are never news: never summarised at all (fitness.rs, `never_news`). */
const NEVER_NEWS = new Set(['a link or markup', 'page chrome']);

/**
 * The heading of a disagreement: "Numbers differ", "Names differ", "Claims differ";
 * for a date "Other date", never "Dates differ": two like sentences with two
 * dates are as often two events (a second call, two days later) as one event
 * misdated, and the summariser cannot tell which ([DATE_CAVEAT]).
 * @param {string} kind
 */
export function conflictHeading(kind) {
  return kind === 'date' ? 'Other date' : `${kind[0].toUpperCase()}${kind.slice(1)}s differ`;
}
/** What follows a date's disagreement. */
export const DATE_CAVEAT = 'another event, or a disagreement';

/** Key of a sentence of an article. */
export function refKey(ref) {
  return `${ref.article}:${ref.sentence}`;
}

/** Which summary sentence (0-based) each article sentence belongs to: its own or a version of it. */
export function summaryIndexByRef(result) {
  const map = new Map();
  result.sentences.forEach((s, i) => {
    map.set(refKey(s.at), i);
    for (const v of s.versions) if (!map.has(refKey(v.at))) map.set(refKey(v.at), i);
  });
  return map;
}

/** @param {Noun} noun */
function articleChip(articles, index, noun, extraClass = '') {
  const a = articles[index];
  return h(
    'li',
    { class: `chip article-chip ${extraClass}`.trim(), title: [articleName(a, index, noun), a.site].filter(Boolean).join(' — ') },
    h('span', { class: 'chip-num', 'aria-hidden': 'true' }, String(index + 1)),
    h('span', { class: 'visually-hidden' }, `${inputName(noun, index, true)}: `),
    h('span', { class: 'chip-label', dir: 'auto' }, articleName(a, index, noun)),
    // The site, when the article has one apart from its title (the extension's tabs).
    a.site ? h('span', { class: 'chip-site', dir: 'auto' }, a.site) : null,
  );
}

/** At most this many article chips per summary sentence (a fact 3,000 articles state had 3,000). */
const MAX_CHIPS = 12;

/**
 * At most this many disagreements are listed under a summary sentence, then how many more (3,000
 * articles gave one sentence 107 and the summary 466: 3,300 elements whose layout held a frame 100 ms).
 */
const MAX_CONFLICTS = 3;

/** The articles whose chips a sentence shows: its own first, then the others in order, MAX_CHIPS in all. */
function reportedBy(s) {
  if (s.articles.length <= MAX_CHIPS) return s.articles;
  return [s.at.article, ...s.articles.filter((a) => a !== s.at.article).slice(0, MAX_CHIPS - 1)].sort((a, b) => a - b);
}

/** The keyword chips. */
export function renderKeywords(list, keywords) {
  list.replaceChildren(...keywords.map((k) => h('li', { class: 'chip keyword', dir: 'auto' }, clip(k.text, 60))));
  list.hidden = keywords.length === 0;
}

/**
 * The summary list. `expanded` is the index of the sentence whose versions
 * are open, or -1. With one article there is nobody to compare: no "1 of 1"
 * and no chip of that one article under every sentence.
 * @param {Noun} [noun]
 */
export function renderSummary(list, result, articles, expanded, noun = 'article') {
  const total = articles.length;
  const items = result.sentences.map((s, i) => {
    const n = s.articles.length;
    const versionsId = `versions-${i}`;
    const open = i === expanded;
    const text = h(
      'p',
      {
        class: 'sentence-text',
        dir: 'auto',
        // Its article's language, for screen readers' voices (as the source views have).
        lang: result.articles?.[s.at.article]?.language || null,
        tabindex: '0',
        role: 'button',
        'aria-expanded': open ? 'true' : 'false',
        'aria-controls': versionsId,
        dataset: { index: String(i) },
        id: `summary-${i}`,
      },
      s.text,
    );
    const carried = total < 2 ? null : h(
      'p',
      { class: 'carried' },
      h('span', { class: `count${n > 1 ? ' count-many' : ''}` }, `${n} of ${total}`),
      h('span', { class: 'visually-hidden' }, ` ${inputWord(noun, n !== 1)} reported this: `),
      s.independent < n ? h('span', { class: 'independent', title: 'Verbatim copies of one story count once' }, ` (${s.independent} independent)`) : null,
      h('ul', { class: 'chips', 'aria-label': 'Reported by' }, reportedBy(s).map((a) => articleChip(articles, a, noun, a === s.at.article ? 'chip-own' : '')),
        s.articles.length > MAX_CHIPS ? h('li', { class: 'chip chip-more' }, `and ${s.articles.length - MAX_CHIPS} more`) : null),
    );
    const conflicts = s.conflicts.length
      ? h(
          'ul',
          // Not "disagreements": another date may be another event (conflictHeading).
          { class: 'conflicts', 'aria-label': 'Differences between the versions' },
          s.conflicts.slice(0, MAX_CONFLICTS).map((c) => {
            // Within one article: "here" and "in another sentence" (of which, when there are several).
            const same = c.at.article === s.at.article;
            return h(
              'li',
              { class: 'conflict' },
              h('span', { class: 'conflict-kind' }, `${conflictHeading(c.kind)}: `),
              h('q', { class: 'ours' }, c.ours),
              h('span', {}, same ? ' here, ' : ` in ${inputName(noun, s.at.article)}, `),
              h('q', { class: 'theirs' }, c.theirs),
              h('span', {}, same ? ` in another sentence${total > 1 ? ` of ${inputName(noun, c.at.article)}` : ''}` : ` in ${inputName(noun, c.at.article)}`),
              total > 1 ? h('span', { class: 'conflict-source' }, ` (${articleName(articles[c.at.article], c.at.article, noun)})`) : null,
              c.kind === 'date' ? h('span', { class: 'conflict-caveat' }, `: ${DATE_CAVEAT}`) : null,
            );
          }),
          s.conflicts.length > MAX_CONFLICTS
            ? h('li', { class: 'conflict conflict-more' }, `and ${COUNT.format(s.conflicts.length - MAX_CONFLICTS)} more ${s.conflicts.length - MAX_CONFLICTS === 1 ? 'disagreement' : 'disagreements'} (select the sentence to compare the versions)`)
            : null,
        )
      : null;
    const versions = h(
      'div',
      { class: 'versions', id: versionsId, hidden: !open },
      open ? renderVersions(s, articles, noun) : null,
    );
    return h('li', { class: `summary-item${open ? ' open' : ''}${s.conflicts.length ? ' has-conflict' : ''}` }, text, carried, conflicts, versions);
  });
  list.replaceChildren(...items);
}

/** The version cards drawn when a sentence opens, and how many more each "Show more" adds: a fact that thousands of articles state opens at once. */
export const VERSIONS_SHOWN = 24;
export const VERSIONS_MORE = 200;

/**
 * Every version of a summary sentence side by side, the chosen one first:
 * the first `limit` cards, then a button for more.
 * @param {Noun} [noun]
 */
export function renderVersions(s, articles, noun = 'article', limit = VERSIONS_SHOWN) {
  const conflictsByArticle = new Map();
  for (const c of s.conflicts) {
    if (!conflictsByArticle.has(c.at.article)) conflictsByArticle.set(c.at.article, []);
    conflictsByArticle.get(c.at.article).push(c);
  }
  const card = (at, text, label, extra) =>
    h(
      'li',
      { class: `version${extra ? ` ${extra}` : ''}` },
      h(
        'p',
        { class: 'version-head' },
        h('span', { class: 'chip-num', 'aria-hidden': 'true' }, String(at.article + 1)),
        h('span', { class: 'visually-hidden' }, `${inputName(noun, at.article, true)}: `),
        h('span', { class: 'version-title', dir: 'auto' }, articleName(articles[at.article], at.article, noun)),
        h('span', { class: 'version-label' }, label),
      ),
      h('p', { class: 'version-text', dir: 'auto' }, text),
      (conflictsByArticle.get(at.article) || []).map((c) =>
        h('p', { class: 'version-conflict' }, `Says “${c.theirs}” where the summary says “${c.ours}”${c.kind === 'date' ? ` (${DATE_CAVEAT})` : ''}`),
      ),
      h(
        'button',
        { type: 'button', class: 'link-button show-source', dataset: { article: String(at.article), sentence: String(at.sentence) } },
        'Show in source',
      ),
    );
  // With one article, "only one article states this" would say nothing.
  const heading = s.versions.length
    ? `${s.versions.length + 1} versions of this sentence`
    : articles.length > 1 ? `No version found in the other ${inputWord(noun, articles.length > 2)}` : '';
  // A related sentence that disagrees on a figure, date or name: shown
  // beside the versions for its disagreement, but not counted.
  const related = (s.related || []).filter((v) => conflictsByArticle.has(v.at.article));
  const all = 1 + s.versions.length + related.length;
  const shown = Math.min(all, Math.max(1, limit));
  const cards = [card(s.at, s.text, 'in the summary', 'version-chosen')];
  for (const v of s.versions) {
    if (cards.length >= shown) break;
    cards.push(card(v.at, v.text, `${percent(v.similarity)} similar`, conflictsByArticle.has(v.at.article) ? 'version-conflicting' : ''));
  }
  for (const v of related) {
    if (cards.length >= shown) break;
    cards.push(card(v.at, v.text, `${percent(v.similarity)} similar · related, not counted`, 'version-conflicting version-related'));
  }
  const left = all - shown;
  return [
    heading ? h('h3', { class: 'versions-heading' }, heading) : null,
    h('ol', { class: 'version-grid' }, cards),
    left > 0
      ? h(
          'button',
          { type: 'button', class: 'link-button more-versions', dataset: { shown: String(shown) } },
          `Show ${COUNT.format(Math.min(left, VERSIONS_MORE))} more (${COUNT.format(shown)} of ${COUNT.format(all)} shown)`,
        )
      : null,
  ].filter((x) => x !== null);
}

/** Above this many characters, the source view shows the passages around the summary's sentences only. */
export const LONG_SOURCE = 100_000;
/** At most this many passages of a long article are shown. */
const LONG_PASSAGES = 200;

/** The marked element of sentence `si` of article `ai`. */
/** @param {Noun} noun */
function sentenceElement(ai, s, si, index, text, noun) {
  const n = index.get(`${ai}:${si}`);
  const attrs = {
    class: `sent st-${s.status}`,
    id: `src-${ai}-${si}`,
    title: s.reason ? `${s.status === 'unfit' && NEVER_NEWS.has(s.reason) ? 'Never summarised' : STATUS_LABELS[s.status]}: ${s.reason}` : STATUS_LABELS[s.status],
    dataset: { status: s.status },
  };
  if (s.status === 'duplicate' && s.of) {
    const m = index.get(refKey(s.of));
    if (m !== undefined) attrs.dataset.summary = String(m + 1);
    attrs.title = `Repeats ${m !== undefined ? `summary sentence ${m + 1}` : inputName(noun, s.of.article)}${s.similarity !== undefined ? ` (${percent(s.similarity)} similar)` : ''}`;
  } else if (s.status === 'related' && s.of) {
    // A weaker match: shown on hover, never counted in "reported by".
    const m = index.get(refKey(s.of));
    attrs.title = `Related to ${m !== undefined ? `summary sentence ${m + 1}` : inputName(noun, s.of.article)}${s.similarity !== undefined ? ` (${percent(s.similarity)} similar)` : ''}; not counted as reporting it`;
  } else if (n !== undefined && s.status === 'chosen') {
    attrs.dataset.summary = String(n + 1);
  }
  return h(s.status === 'chosen' ? 'mark' : 'span', attrs, text.slice(s.span.startUtf16, s.span.endUtf16));
}

/**
 * The sentences of a long article worth showing: those in the summary or
 * repeating it, each with its neighbours, in text order (indices).
 */
function longPassages(report, index, ai) {
  const keep = new Set();
  const all = report.sentences;
  // The sentences present: a lean result (summary-client.js) is a sparse array of
  // 200,000 slots for 20 MB, and reading every slot of it took 20 ms.
  for (const key of Object.keys(all)) {
    if (keep.size >= LONG_PASSAGES * 3) break;
    const si = Number(key);
    if (!all[si]) continue;
    const st = all[si].status;
    if (st === 'chosen' || (st === 'duplicate' && index.has(`${ai}:${si}`))) {
      for (const j of [si - 1, si, si + 1]) if (j >= 0 && j < all.length) keep.add(j);
    }
  }
  return [...keep].filter((j) => all[j]).sort((a, b) => all[a].span.startUtf16 - all[b].span.startUtf16);
}

/** The source views built at once; the rest come a batch per task (3,000 articles took 0.5 s at once). */
const SOURCES_AT_ONCE = 8;
/**
 * With more sources than this, those off screen are not laid out (style.css, .sources-many), and
 * only a window of them is in the page: this many at first, "Show more" and "Show earlier" add as
 * many again. 3,000 sources in the page made every later frame lay out about 12,000 objects and a
 * click's hit test take 50 ms (issue 22).
 */
export const MANY_SOURCES = 24;
/** At most this many sources are in the page at once. */
export const MAX_SOURCES = 48;
/** A batch ends after this many articles or characters of text. */
const SOURCE_BATCH = 10;
const SOURCE_BATCH_CHARS = 200_000;
/**
 * Numbers as the page writes them: in English, like the words around them, whatever the reader's
 * locale ("1,234 words", never "1.234 words"). One formatter: toLocaleString() makes one a call.
 */
export const COUNT = new Intl.NumberFormat('en');

/**
 * One article's source view: its text with its sentences marked by status.
 * `index` is summaryIndexByRef(result).
 * @param {Noun} noun
 */
function sourceView(result, index, article, ai, noun) {
  const report = result.articles[ai];
  const body = h('div', { class: 'source-body', dir: 'auto', lang: report?.language || null });
  const text = article.text;
  let pos = 0;
  if (report && text.length > LONG_SOURCE) {
    // Laying out megabytes of marked text would freeze the page for seconds.
    // The note is English whatever the article's script (and not what sets the body's direction).
    body.append(h('p', { class: 'source-elided-note', dir: 'ltr', lang: 'en' }, `A long article (${COUNT.format(text.length)} characters): only the passages around the summary's sentences are shown.`));
    for (const si of longPassages(report, index, ai)) {
      const s = report.sentences[si];
      if (!s) continue;
      const { startUtf16: start, endUtf16: end } = s.span;
      if (start < pos || end > text.length) continue;
      if (start > pos) body.append(start - pos > 3 || pos === 0 ? h('span', { class: 'elided', title: `${COUNT.format(start - pos)} characters not shown` }, pos === 0 ? '[…] ' : ' […] ') : document.createTextNode(text.slice(pos, start)));
      body.append(sentenceElement(ai, s, si, index, text, noun));
      pos = end;
    }
    if (pos < text.length) body.append(h('span', { class: 'elided' }, ' […]'));
  } else {
    const sentences = report ? [...report.sentences].map((s, si) => ({ s, si })).sort((a, b) => a.s.span.startUtf16 - b.s.span.startUtf16) : [];
    for (const { s, si } of sentences) {
      const { startUtf16: start, endUtf16: end } = s.span;
      if (start < pos || end > text.length) continue;
      if (start > pos) body.append(document.createTextNode(text.slice(pos, start)));
      body.append(sentenceElement(ai, s, si, index, text, noun));
      pos = end;
    }
    if (pos < text.length) body.append(document.createTextNode(text.slice(pos)));
  }
  const meta = [article.source, article.byline, article.date].filter(Boolean).map((m) => clip(m)).join(' · ');
  const chosen = report ? result.sentences.filter((s) => s.at.article === ai).length : 0;
  // Its sentences chosen, and (when more) the summary facts it is credited with: "0 in summary"
  // alone read as if the article had no part in it.
  const credited = report ? result.sentences.filter((s) => s.articles.includes(ai)).length : 0;
  const part = credited > chosen ? `${chosen} in summary, reports ${credited} of its ${result.sentences.length} facts` : `${chosen} in summary`;
  return h(
    'article',
    { class: 'source', id: `source-${ai}`, 'aria-labelledby': `source-title-${ai}` },
    h(
      'header',
      { class: 'source-head' },
      h('span', { class: 'chip-num', 'aria-hidden': 'true' }, String(ai + 1)),
      h('div', { class: 'source-heading' },
        h('h3', { id: `source-title-${ai}` }, h('span', { class: 'visually-hidden' }, `${inputName(noun, ai, true)}: `), h('span', { dir: 'auto' }, articleName(article, ai, noun))),
        h('p', { class: 'source-meta' }, [meta, report ? `${report.words} words` : '', report ? `language ${report.language}` : '', part].filter(Boolean).join(' · ')),
      ),
    ),
    body,
  );
}

/**
 * The source views of a result, built in `container` (any block; the
 * controls below are built beside it): each article's text with its
 * sentences marked by status. Up to MANY_SOURCES articles, all of them, the
 * first SOURCES_AT_ONCE at once and the rest a batch per task. With more,
 * a window of them (MANY_SOURCES at first, at most MAX_SOURCES), built the
 * same way, with real buttons around it: "Show earlier" above, "Show more"
 * below, a line that says which are shown ("24 of 3,000 articles shown
 * (1–24)") and a field to show any article by its number. `ensure(article)`
 * moves the window to an article and builds it at once (a reveal);
 * `onChange()` (optional) is called after the window drew other sources,
 * `onDone()` when the last batch of a show is in.
 *
 *   const list = createSources(container, { noun, onChange, onDone });
 *   list.show(result, articles);  list.ensure(article);  list.clear();  list.pending();
 *
 * @param {HTMLElement} container
 * @param {{noun?: Noun, onChange?: () => void, onDone?: () => void}} [options]
 */
export function createSources(container, options = {}) {
  const noun = options.noun || 'article';
  /** @type {{result: any, articles: any[], index: Map<string, number>} | null} */
  let shown = null;
  /** The source view of each article in the window (one leaving the window loses it). @type {Map<number, HTMLElement>} */
  let built = new Map();
  /** Bumped by each draw and clear: batches of an older one stop. */
  let gen = 0;
  let batching = false;

  const word = (/** @type {number} */ n) => `${COUNT.format(n)} ${inputWord(noun, n !== 1)}`;
  // The window of sources in the page, pager.from to pager.to - 1, with its buttons and live region.
  const pager = createPager({
    kind: 'sources',
    step: MANY_SOURCES,
    max: MAX_SOURCES,
    count: (n) => COUNT.format(n),
    items: word,
    plural: inputWord(noun, true),
    length: () => (shown ? shown.articles.length : 0),
    moved: () => moved(),
    focus: (ai) => focusSource(ai),
  });
  const { earlier, more, said } = pager;
  const shownLine = h('p', { class: 'sources-shown', hidden: true });
  const goInput = /** @type {HTMLInputElement} */ (h('input', { type: 'number', class: 'sources-go-input', min: '1', step: '1', inputmode: 'numeric', id: `${container.id || 'sources'}-go` }));
  const go = h('form', { class: 'sources-go', hidden: true, novalidate: true },
    h('label', { for: goInput.id }, `${inputWord(noun, false, true)} number`), goInput,
    h('button', { type: 'submit', class: 'button small' }, 'Show'));
  container.before(shownLine, earlier);
  container.after(more, go, said);

  const many = () => Boolean(shown && shown.articles.length > MANY_SOURCES);
  function updateControls() {
    const n = shown ? shown.articles.length : 0;
    const on = many();
    shownLine.hidden = !on;
    go.hidden = !on;
    pager.update();
    if (on) {
      const { from, to } = pager;
      shownLine.textContent = `${COUNT.format(to - from)} of ${word(n)} shown (${COUNT.format(from + 1)}–${COUNT.format(to)})`;
      goInput.max = String(n);
    }
  }

  /** @param {number} ai */
  const build = (ai) => {
    if (!shown) throw new Error('no result');
    const view = sourceView(shown.result, shown.index, shown.articles[ai], ai, noun);
    built.set(ai, view);
    return view;
  };

  /** Puts the built views of the window in the container, in order, moving as few as it can. */
  function place() {
    let at = container.firstElementChild;
    for (let ai = pager.from; ai < pager.to; ai++) {
      const el = built.get(ai);
      if (!el) continue;
      if (el === at) at = at.nextElementSibling;
      else container.insertBefore(el, at);
    }
  }

  /**
   * Puts the window's sources in the container: those kept stay, those
   * leaving go, and of those coming in the first SOURCES_AT_ONCE (all, with
   * `now`) are built at once and the rest a batch per task.
   */
  function draw(now = false) {
    if (!shown) return;
    const g = ++gen;
    const { from, to } = pager;
    for (const [ai, el] of built) {
      if (ai >= from && ai < to) continue;
      el.remove();
      built.delete(ai);
    }
    const missing = [];
    let fresh = 0;
    for (let ai = from; ai < to; ai++) {
      if (built.has(ai)) continue;
      if (now || fresh < SOURCES_AT_ONCE) {
        build(ai);
        fresh++;
      } else missing.push(ai);
    }
    place();
    updateControls();
    batching = missing.length > 0;
    if (!batching) return;
    (async () => {
      for (let k = 0; k < missing.length; ) {
        await new Promise((ok) => setTimeout(ok, 0));
        if (g !== gen || !shown) return;
        let chars = 0;
        for (let b = 0; k < missing.length && b < SOURCE_BATCH && chars < SOURCE_BATCH_CHARS; b++, k++) {
          build(missing[k]);
          chars += Math.min(shown.articles[missing[k]].text.length, LONG_SOURCE);
        }
        place();
        options.onChange?.();
      }
      batching = false;
      options.onDone?.();
    })();
  }

  /** Focuses the source view of article `ai` (a landmark the reader reads from). @param {number} ai */
  const focusSource = (ai) => {
    const el = built.get(ai);
    if (!el) return;
    el.setAttribute('tabindex', '-1');
    el.focus();
  };
  /** The window moved: draw it at once, tell the view, say it. */
  const moved = () => {
    const was = batching;
    draw(true);
    options.onChange?.();
    if (was) options.onDone?.();
  };
  go.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!shown) return;
    const n = Math.round(Number(goInput.value));
    if (!Number.isFinite(n) || n < 1 || n > shown.articles.length) {
      said.textContent = `No ${inputWord(noun)} ${goInput.value}: the numbers go from 1 to ${COUNT.format(shown.articles.length)}.`;
      return;
    }
    ensure(n - 1);
    pager.say();
    focusSource(n - 1);
  });

  /**
   * Makes article `ai`'s source view present (the window moves to it when it
   * is out of it, the window's views are built at once) and returns it.
   * @param {number} ai
   */
  function ensure(ai) {
    if (!shown || ai < 0 || ai >= shown.articles.length) return null;
    if (ai < pager.from || ai >= pager.to) {
      pager.frame(ai);
      moved();
    } else if (!built.has(ai)) {
      draw(true);
      options.onChange?.();
      options.onDone?.();
    }
    return built.get(ai) || null;
  }

  return {
    /**
     * Shows a result's sources: all up to MANY_SOURCES, else a window: the
     * first MANY_SOURCES, or where the reader had moved it (a new summary
     * after an edit keeps the reader's place).
     */
    show(result, articles) {
      const n = articles.length;
      const kept = many() && n > MANY_SOURCES ? pager.to - pager.from : 0;
      shown = { result, articles, index: summaryIndexByRef(result) };
      container.classList.toggle('sources-many', n > MANY_SOURCES);
      if (n <= MANY_SOURCES) [pager.from, pager.to] = [0, n];
      else if (!kept) [pager.from, pager.to] = [0, MANY_SOURCES];
      else {
        pager.from = Math.max(0, Math.min(pager.from, n - kept));
        pager.to = Math.min(n, pager.from + kept);
      }
      built = new Map();
      container.replaceChildren();
      draw();
    },
    ensure,
    /** Forgets the result: batches still to come stop, the controls go (the container is left to the caller). */
    clear() {
      shown = null;
      gen++;
      batching = false;
      built = new Map();
      updateControls();
      said.textContent = '';
    },
    /** Whether batches of the shown window are still to be built. */
    pending: () => batching,
  };
}
