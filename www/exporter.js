// @ts-check
// The summary as plain text, Markdown and JSON.
import { DATE_CAVEAT, conflictHeading } from './render.js';

function articleLabel(article, index) {
  const parts = [`[${index + 1}] ${article.title || 'Untitled article'}`];
  const meta = [article.source, article.byline, article.date].filter(Boolean);
  if (meta.length) parts.push(` — ${meta.join(', ')}`);
  return parts.join('');
}

/** A disagreement of summary sentence `s`: within its own article, "in another sentence" (of which, when there are several). */
function conflictLine(s, c, articles) {
  const other = articles[c.at.article];
  const where = c.at.article === s.at.article && articles.length < 2 ? 'in another sentence' : `in${c.at.article === s.at.article ? ' another sentence of' : ''} [${c.at.article + 1}]${other?.title ? ` ${other.title}` : ''}`;
  return `${conflictHeading(c.kind)}: “${c.ours}” here, “${c.theirs}” ${where}${c.kind === 'date' ? `: ${DATE_CAVEAT}` : ''}`;
}

// With one article there is nobody to compare: no "[1]" after every sentence and no "(1 of 1)",
// as the page and the panel show no "1 of 1" (its source is still listed).

/** Plain text: one sentence a line with the articles that carried it, then the sources. */
export function summaryAsText(result, articles) {
  const lines = [];
  const several = articles.length > 1;
  for (const s of result.sentences) {
    lines.push(`• ${s.text}${several ? ` [${s.articles.map((a) => a + 1).join(', ')}]` : ''}`);
    for (const c of s.conflicts) lines.push(`  ! ${conflictLine(s, c, articles)}`);
  }
  lines.push('', 'Sources:');
  articles.forEach((a, i) => lines.push(articleLabel(a, i)));
  return lines.join('\n') + '\n';
}

function mdEscape(s) {
  return String(s).replace(/([\\`*_[\]<>#|])/g, '\\$1');
}

/** Markdown: a list of sentences with source notes, conflicts as sub-items, and a source list. */
export function summaryAsMarkdown(result, articles) {
  const lines = ['## Summary', ''];
  for (const s of result.sentences) {
    const n = s.articles.length;
    const refs = s.articles.map((a) => `[${a + 1}]`).join('');
    const credit = articles.length > 1 ? ` ${refs.replace(/\[/g, '\\[').replace(/\]/g, '\\]')} *(${n} of ${articles.length})*` : '';
    lines.push(`- ${mdEscape(s.text)}${credit}`);
    for (const c of s.conflicts) lines.push(`  - ⚠️ ${mdEscape(conflictLine(s, c, articles))}`);
  }
  if (result.keywords.length) {
    lines.push('', `**Keywords:** ${result.keywords.map((k) => mdEscape(k.text)).join(', ')}`);
  }
  lines.push('', '### Sources', '');
  articles.forEach((a, i) => {
    const meta = [a.source, a.byline, a.date].filter(Boolean).map(mdEscape).join(', ');
    lines.push(`${i + 1}. **${mdEscape(a.title || 'Untitled article')}**${meta ? ` — ${meta}` : ''}`);
  });
  return lines.join('\n') + '\n';
}

/** Everything needed to see what was summarised, how, and the full result. */
export function summaryAsJson(result, articles, options) {
  return JSON.stringify(
    {
      generator: 'gistr',
      created: new Date().toISOString(),
      options,
      articles: articles.map(({ title, source, byline, date, text }) => ({ title, source, byline, date, text })),
      result,
    },
    null,
    2,
  );
}

/** Copies `text` to the clipboard (or, refused, through a hidden textarea); false when the browser allows neither. */
export async function copyToClipboard(text) {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    const area = document.createElement('textarea');
    area.className = 'clipboard-fallback';
    area.readOnly = true;
    area.setAttribute('aria-hidden', 'true');
    area.value = text;
    document.body.append(area);
    area.select();
    const ok = document.execCommand('copy');
    area.remove();
    return ok;
  }
}

/** Offers `text` as a file named `name` to download. */
export function downloadText(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
