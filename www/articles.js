// @ts-check
// Turning what the reader gives us (pasted text, .txt, .md and saved .html
// pages) into articles {title, text, source, byline, date, file}.
//
// Convention for every module of the page: top-level names are unique across
// modules and imports/exports are single lines, because the single-file build
// (scripts/build-web.sh) concatenates the modules in dependency order.

/** A line holding only three or more dashes separates pasted articles. */
export function isSeparatorLine(line) {
  const t = line.trim();
  return t.length >= 3 && [...t].every((c) => c === '-');
}

/** Splits pasted text on separator lines; drops empty pieces. */
export function splitArticles(text) {
  const pieces = [];
  let current = [];
  for (const line of normalizeNewlines(text).split('\n')) {
    if (isSeparatorLine(line)) {
      pieces.push(current.join('\n'));
      current = [];
    } else {
      current.push(line);
    }
  }
  pieces.push(current.join('\n'));
  return pieces.map((p) => p.trim()).filter((p) => p.length > 0);
}

/** A separator line, as isSeparatorLine says, found without splitting the text into lines. */
const SEPARATOR_LINE = /(?:^|[\n\r])[^\S\n\r]*-{3,}[^\S\n\r]*(?=[\n\r]|$)/;

/** Whether the text holds a separator line. One pass, no copy: fast on megabytes. */
export function hasSeparator(text) {
  const t = String(text);
  return t.includes('---') && SEPARATOR_LINE.test(t);
}

export function normalizeNewlines(text) {
  return String(text).replace(/\r\n?/g, '\n');
}

export function countWords(text) {
  let n = 0;
  for (const w of String(text).split(/\s+/)) if (w) n++;
  return n;
}

/**
 * A headline among the first lines of plain text: short, several words, and
 * not ending like a sentence. Empty when there is none.
 */
export function guessTitle(text) {
  // The first three non-empty lines, found without splitting the whole text.
  const t = String(text);
  const lines = [];
  for (let at = 0; at < t.length && lines.length < 3; ) {
    let end = t.indexOf('\n', at);
    if (end < 0) end = t.length;
    let line = t.slice(at, end);
    const cr = line.indexOf('\r'); // a lone \r ends a line too
    if (cr >= 0 && cr < line.length - 1) {
      end = at + cr;
      line = line.slice(0, cr);
    }
    line = line.trim();
    if (line) lines.push(line);
    at = end + 1;
  }
  for (const line of lines) {
    const words = countWords(line);
    if (line.length <= 160 && words >= 3 && words <= 25 && !/[.!?:;,…"”»)]$/.test(line)) return line;
  }
  return '';
}

function baseName(name) {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

function extensionOf(name) {
  const dot = name.lastIndexOf('.');
  return dot >= 0 ? name.slice(dot + 1).toLowerCase() : '';
}

export const ACCEPTED_EXTENSIONS = ['txt', 'text', 'md', 'markdown', 'html', 'htm', 'xhtml'];

/** Reads one File into an article, or throws an Error with a readable message. */
export async function articleFromFile(file) {
  const ext = extensionOf(file.name);
  const kind = ['html', 'htm', 'xhtml'].includes(ext) || file.type === 'text/html'
    ? 'html'
    : ['md', 'markdown'].includes(ext) || file.type === 'text/markdown'
      ? 'md'
      : ['txt', 'text'].includes(ext) || file.type.startsWith('text/')
        ? 'txt'
        : null;
  // A PDF, a Word document or an image is named as such, whatever its name says.
  const head = new Uint8Array(await file.slice(0, 8192).arrayBuffer());
  const format = binaryFormat(head, ext);
  if (format) throw new Error(`${file.name}: ${format}, not text; gistr reads .txt, .md and .html files (copy its text and paste it instead)`);
  if (!kind) throw new Error(`${file.name}: not a .txt, .md or .html file`);
  // NUL bytes are not in text (but for UTF-16, which starts with its byte order mark).
  if (!utf16(head) && head.includes(0)) throw new Error(`${file.name}: this looks like a binary file, not text`);
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (kind === 'txt' && bytes.length > BIG_FILE) {
    // Megabytes of plain text: decoded a piece per task, so the page keeps answering.
    const text = await decodeInPieces(bytes);
    if (text !== null) {
      const article = { ...articleFromPlainText('', file.name), text, title: plainTextTitle(text, file.name) };
      if (!text || ONLY_SEPARATORS.test(text)) throw new Error(`${file.name}: no article text found`);
      return article;
    }
  }
  const text = decodeBytes(bytes, kind === 'html');
  let article;
  if (kind === 'html') article = articleFromHtml(text, file.name);
  else if (kind === 'md') article = articleFromMarkdown(text, file.name);
  else article = articleFromPlainText(text, file.name);
  if (!article.text.trim() || ONLY_SEPARATORS.test(article.text)) throw new Error(`${file.name}: no article text found`);
  return article;
}

/** A text of separator lines and white space alone: no article (each dash run must end its line). */
const ONLY_SEPARATORS = /^(?:\s|-{3,}(?=[^\S\n\r]*(?:[\n\r]|$)))*$/;

/** Above this many bytes, a plain-text file is decoded in pieces. */
const BIG_FILE = 4 << 20;
const PIECE = 1 << 20;

/**
 * Valid UTF-8 decoded a megabyte per task, line ends made \n and the whole
 * trimmed; null when the bytes are not UTF-8 (decodeBytes then guesses).
 * @param {Uint8Array} bytes
 */
async function decodeInPieces(bytes) {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const parts = [];
  let carry = ''; // a \r at the end of a piece may start a \r\n
  try {
    for (let at = 0; at < bytes.length; at += PIECE) {
      const last = at + PIECE >= bytes.length;
      let piece = carry + decoder.decode(bytes.subarray(at, at + PIECE), { stream: !last });
      carry = '';
      if (!last && piece.endsWith('\r')) {
        carry = '\r';
        piece = piece.slice(0, -1);
      }
      parts.push(normalizeNewlines(piece));
      await new Promise((ok) => setTimeout(ok, 0));
    }
  } catch {
    return null;
  }
  return parts.join('').trim();
}

/** The byte order mark's encoding when the bytes start with a UTF-16 one, else ''. @param {Uint8Array} b */
function utf16(b) {
  return b[0] === 0xff && b[1] === 0xfe ? 'utf-16le' : b[0] === 0xfe && b[1] === 0xff ? 'utf-16be' : '';
}

/** Known binary formats by their first bytes: [what to call it, signature]. */
const SIGNATURES = /** @type {[string, number[]][]} */ ([
  ['a PDF document', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['a ZIP archive', [0x50, 0x4b, 0x03, 0x04]], // also .docx, .odt, .epub: named by extension below
  ['a PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', [0xff, 0xd8, 0xff]],
  ['a GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['a Word 97-2003 document', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  ['a gzip archive', [0x1f, 0x8b]],
]);
/** @type {Record<string, string>} */
const ZIP_KINDS = { docx: 'a Word document', odt: 'an OpenDocument text', epub: 'an EPUB book', xlsx: 'a spreadsheet', pptx: 'a presentation' };

/** What the first bytes of a file say it is, when a known binary format; else ''. @param {Uint8Array} head @param {string} ext */
function binaryFormat(head, ext) {
  for (const [name, sig] of SIGNATURES) {
    if (sig.every((b, i) => head[i] === b)) return name === 'a ZIP archive' ? ZIP_KINDS[ext] || name : name;
  }
  return '';
}

/** UTF-8 when valid (or UTF-16 with its byte order mark); otherwise the charset a saved page declares, else windows-1252. */
function decodeBytes(bytes, isHtml) {
  const bom = utf16(bytes);
  if (bom) return new TextDecoder(bom).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    let label = 'windows-1252';
    if (isHtml) {
      const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 4096));
      const doc = new DOMParser().parseFromString(head, 'text/html');
      const meta = doc.querySelector('meta[charset]');
      const declared = meta
        ? meta.getAttribute('charset')
        : charsetFromContentType(doc.querySelector('meta[http-equiv="Content-Type" i]')?.getAttribute('content'));
      if (declared) label = declared.trim();
    }
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      return new TextDecoder('windows-1252').decode(bytes);
    }
  }
}

function charsetFromContentType(value) {
  if (!value) return '';
  for (const part of value.split(';')) {
    const [k, v] = part.split('=');
    if (k && v && k.trim().toLowerCase() === 'charset') return v.trim();
  }
  return '';
}

/**
 * A plain text's title: the headline line of its first article (the text
 * before its first separator line: a headline after it is the second
 * article's), else the file's name without its extension, else ''.
 */
function plainTextTitle(text, fileName) {
  const first = hasSeparator(text) ? splitArticles(text)[0] || '' : text;
  return guessTitle(first) || (fileName ? baseName(fileName) : '');
}

export function articleFromPlainText(raw, fileName = '') {
  const text = normalizeNewlines(raw).trim();
  return {
    title: plainTextTitle(text, fileName),
    text,
    source: '',
    byline: '',
    date: '',
    file: fileName,
  };
}

/** Markdown to plain paragraphs: headings, emphasis, links and lists lose their marks. */
export function articleFromMarkdown(raw, fileName = '') {
  let lines = normalizeNewlines(raw).split('\n');
  let title = '';
  let source = '';
  let date = '';
  // YAML front matter.
  if (lines[0]?.trim() === '---') {
    const end = lines.indexOf('---', 1);
    if (end > 0) {
      for (const line of lines.slice(1, end)) {
        const colon = line.indexOf(':');
        if (colon < 0) continue;
        const key = line.slice(0, colon).trim().toLowerCase();
        const value = unquote(line.slice(colon + 1).trim());
        if (key === 'title') title = value;
        else if (['source', 'site', 'publisher', 'author'].includes(key) && !source) source = value;
        else if (key === 'date') date = value;
      }
      lines = lines.slice(end + 1);
    }
  }
  const out = [];
  let fenced = false;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i];
    if (/^\s*(```|~~~)/.test(line)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) continue;
    // Setext headings: the underline line goes.
    if (/^\s*(=+|-+)\s*$/.test(line) && out.length && out[out.length - 1].trim()) {
      if (!title && /^\s*=+\s*$/.test(line)) title = out[out.length - 1].trim();
      continue;
    }
    if (/^\s*([-*_]\s*){3,}$/.test(line)) continue; // horizontal rule
    const heading = /^\s*#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (heading) {
      line = heading[1];
      if (!title && /^\s*#\s/.test(lines[i])) title = inlineMarkdown(line);
    }
    line = line.replace(/^\s*>\s?/, '').replace(/^\s*([-*+]|\d+[.)])\s+/, '');
    out.push(inlineMarkdown(line));
  }
  const text = out.join('\n').replace(/\n{3,}/g, '\n\n').trim();
  return {
    title: title || guessTitle(text) || (fileName ? baseName(fileName) : ''),
    text,
    source,
    byline: '',
    date,
    file: fileName,
  };
}

function unquote(s) {
  return s.length >= 2 && (s[0] === '"' || s[0] === "'") && s[s.length - 1] === s[0] ? s.slice(1, -1) : s;
}

function inlineMarkdown(s) {
  return s
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '') // images
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1') // links
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1') // reference links
    .replace(/`([^`]+)`/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_]([^*_\s][^*_]*?)[*_](?=[\s).,;:!?]|$)/g, '$1$2');
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'FIELDSET',
  'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR',
  'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY', 'TD', 'TH',
  'THEAD', 'TR', 'UL',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'svg', 'SVG', 'IFRAME', 'OBJECT', 'BUTTON', 'SELECT']);

/** The text of a DOM subtree as paragraphs, one per block element. */
export function blockText(root) {
  const paragraphs = [];
  let current = '';
  const flush = () => {
    const p = current.replace(/[ \t\f\v\u00a0]+/g, ' ').split('\n').map((l) => l.trim()).filter(Boolean).join('\n');
    if (p) paragraphs.push(p);
    current = '';
  };
  const walk = (node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        current += child.data.replace(/\s+/g, ' ');
      } else if (child.nodeType === 1) {
        const tag = child.tagName.toUpperCase();
        if (SKIP_TAGS.has(tag) || SKIP_TAGS.has(child.tagName)) continue;
        if (tag === 'BR') {
          current += '\n';
        } else if (BLOCK_TAGS.has(tag)) {
          flush();
          walk(child);
          flush();
        } else {
          walk(child);
        }
      }
    }
  };
  walk(root);
  flush();
  return paragraphs.join('\n');
}

/**
 * A saved web page to an article with Mozilla Readability, run on an inert
 * DOMParser document (no scripts run, nothing loads).
 */
export function articleFromHtml(html, fileName = '') {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const pageTitle = (doc.title || '').trim();
  /** @type {ReturnType<Readability['parse']>} */
  let parsed = null;
  if (typeof Readability === 'function') {
    try {
      // Readability's default charThreshold (500): at 250 one of 52 saved news pages gave other text than
      // its article (issue 18); on the 181 saved pages of scrapinghub's benchmark the two differ on one
      // page only, where 500 adds its title and date (node eval/chrome-benchmark.mjs DIR --threshold 250).
      parsed = new Readability(doc, { serializer: (el) => el }).parse();
    } catch {
      parsed = null;
    }
  }
  let text;
  let title;
  let source = '';
  let byline = '';
  let date = '';
  if (parsed && parsed.content) {
    text = blockText(parsed.content);
    title = (parsed.title || '').trim();
    source = (parsed.siteName || '').trim();
    byline = (parsed.byline || '').trim();
    date = (parsed.publishedTime || '').trim();
  } else {
    const fallback = new DOMParser().parseFromString(html, 'text/html');
    text = fallback.body ? blockText(fallback.body) : '';
    title = pageTitle;
  }
  return {
    title: title || pageTitle || guessTitle(text) || (fileName ? baseName(fileName) : ''),
    text,
    source,
    byline,
    date,
    file: fileName,
  };
}

/** A short human date for an ISO-ish date string; the string itself if unparseable. */
export function formatDate(value) {
  if (!value) return '';
  const t = Date.parse(value);
  if (Number.isNaN(t)) return value;
  return new Date(t).toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}
