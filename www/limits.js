// @ts-check
// The largest input gistr summarises in a browser, and the check the page and
// the extension's panel make before any work starts.
//
//   const size = await inputSize(articles);   // {bytes, fits}: UTF-8 bytes of every text and title
//   if (!size.fits) say(tooLargeMessage(size.bytes, articles.length, 'article'));
//
// The core refuses more than 64 MiB of text (the UTF-8 bytes of all texts and
// titles: crates/gistr options.rs, `max_bytes`) with ErrorKind TooLarge, but
// only once the text has been handed to the worker and copied into the
// module's memory. Checked here first, an input over it is refused at once:
// nothing is sent and the text stays where it is. In Chromium the module's
// memory holds inputs up to that limit (see MAX_INPUT_BYTES), so the core's
// limit is the one that binds.

/**
 * The most bytes of UTF-8 text (all articles' texts and titles together) gistr
 * takes at once: the core's own limit, 64 MiB. Measured in headless Chromium
 * 156 (scripts/bench-max-input.mjs, 2026-12-07): exactly 64 MiB of text is
 * analysed and summarised in a worker, the module's memory ending at 722 MiB
 * (numbered reports, 11.3× the input, 41 s) or 450 MiB (council reports, 7.0×,
 * 83 s), of the 4 GiB a wasm32 module may have; so the memory does not bind
 * first, the core's limit does.
 */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

/** Characters counted per task: about 2-4 ms each. */
const COUNT_PIECE = 1 << 22;

/**
 * The UTF-8 size of `s` from index `from` to `to` (as the module receives it: a
 * surrogate pair is 4 bytes, a lone surrogate 3, the replacement character),
 * and the index after the last unit counted (a pair across `to` is counted whole).
 * @param {string} s @param {number} from @param {number} to
 */
function utf8Piece(s, from, to) {
  let n = 0;
  let i = from;
  for (; i < to; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return { bytes: n, next: i };
}

/** The UTF-8 size of a string, counted at once (short strings: titles). @param {string} s */
export function utf8Length(s) {
  return utf8Piece(s, 0, s.length).bytes;
}

/**
 * Whether the articles fit: their UTF-8 size (texts and titles), counted only
 * when it matters. Under a third of the limit in UTF-16 units they fit
 * whatever the characters (no unit takes more than 3 bytes), and `bytes` is
 * then -1; otherwise they are counted a few megabytes per task, so a big
 * input never holds the page.
 * @param {{text: string, title?: string}[]} articles
 * @returns {Promise<{bytes: number, fits: boolean}>}
 */
export async function inputSize(articles) {
  let units = 0;
  for (const a of articles) units += a.text.length + (a.title ? a.title.length : 0);
  if (units * 3 <= MAX_INPUT_BYTES) return { bytes: -1, fits: true };
  let bytes = 0;
  for (const a of articles) {
    if (a.title) bytes += utf8Length(a.title);
    const s = a.text;
    for (let at = 0; at < s.length; ) {
      const piece = utf8Piece(s, at, Math.min(s.length, at + COUNT_PIECE));
      bytes += piece.bytes;
      at = piece.next;
      if (at < s.length) await new Promise((ok) => setTimeout(ok, 0));
    }
  }
  return { bytes, fits: bytes <= MAX_INPUT_BYTES };
}

/** A size for a reader: "70.2 MB". @param {number} bytes */
export function megabytes(bytes) {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/**
 * What the reader is told when the input is too large: its size, the most
 * gistr takes, that nothing was sent or lost, and what to do.
 * @param {number} bytes @param {number} count how many articles or tabs @param {'article' | 'tab'} noun
 */
export function tooLargeMessage(bytes, count, noun) {
  const what = count === 1 ? `this ${noun} holds` : `these ${noun}s hold`;
  const todo = noun === 'tab'
    ? `${count === 1 ? 'Select a part of the page' : 'Summarise fewer tabs, or select a part of a page'} and summarise the selection.`
    : count === 1 ? 'Shorten it, and it is summarised.' : 'Remove an article or shorten one, and the rest is summarised.';
  return `Too large to summarise: ${what} ${megabytes(bytes)} of text, and gistr takes at most ${megabytes(MAX_INPUT_BYTES)} (64 MiB) at once. Nothing was sent to the summariser, and the text is still here. ${todo}`;
}
