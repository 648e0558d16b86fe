//! Stage 3: sentences.
//!
//! Starts from the UAX #29 sentence bounds of `unicode-segmentation` and
//! merges the bounds that are not sentence ends in news text: after titles
//! and other abbreviations (`Mr.`, `U.S.`, `Inc.`), initials (`Jonas E.
//! Smith`), list markers (`1.`), month abbreviations before a day (`Jan. 5`),
//! line breaks inside a hard-wrapped paragraph, a spaced ellipsis of three
//! dots (`. . .`) and a quotation's parenthetical citation (`"…" (Smith
//! 55).`). Then it adds the bounds that UAX #29 does not see: at `…`, and
//! between the items of a list run into one line (`1.) … 2.) …`, `a. …
//! b. …`, `• 9. … • 10. …`).
//!
//! Last, no sentence is longer than [`MAX_WORDS`] words or [`MAX_CHARS`]
//! characters: a longer run (a text without sentence ends, one word per
//! line, a list without punctuation) is cut at a line break, else at clause
//! punctuation (`;`, `:`, `—`), else after a comma, else between words, and
//! its pieces are marked [`Piece::forced`].

use crate::tuning::{MAX_CHARS, MAX_WORDS};
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// One piece of a text: a sentence and the white space that follows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    /// Its byte range in the text.
    pub range: Range<usize>,
    /// Whether it was cut from a run longer than the bounds ([`MAX_WORDS`],
    /// [`MAX_CHARS`]) rather than ended by the text: not a sentence a
    /// reader would recognise.
    pub forced: bool,
}

/// Splits `text` into pieces that tile it exactly: their concatenation is
/// `text`. Each piece is one sentence with the white space that follows it.
pub fn split(text: &str) -> Vec<Range<usize>> {
    pieces(text).into_iter().map(|p| p.range).collect()
}

/// Splits `text` like [`split`], and says which pieces were cut by the
/// bounds.
pub fn pieces(text: &str) -> Vec<Piece> {
    let merged = merged(text);
    let mut out = Vec::with_capacity(merged.len());
    for r in merged {
        list_items(text, r, |item| bounded(text, item, &mut out));
    }
    out
}

/// The UAX #29 pieces with the false ends merged and cuts at `…`.
fn merged(text: &str) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut push = |start: usize, piece: &str| {
        let end = start + piece.len();
        match out.last_mut() {
            Some(last) if !is_end(&text[last.clone()], piece) => last.end = end,
            _ => out.push(start..end),
        }
    };
    match uax29::bounds(text) {
        Some(bounds) => {
            let mut start = 0;
            for end in bounds {
                push(start, &text[start..end]);
                start = end;
            }
        }
        None => {
            for (start, piece) in text.split_sentence_bound_indices().flat_map(at_ellipses) {
                push(start, piece);
            }
        }
    }
    out
}

/// The UAX #29 sentence bounds for text made only of characters whose
/// sentence-break class is known here (ASCII, Latin letters, curly quotes,
/// dashes, no-break space): a table lookup per byte instead of a search
/// per character. Tested to agree with `unicode-segmentation`.
mod uax29 {
    #[derive(Clone, Copy, PartialEq, Eq, Debug)]
    enum Class {
        Other,
        /// CR, LF (and the paragraph separators, not in the fast set).
        Cr,
        Lf,
        Sp,
        Lower,
        Upper,
        Numeric,
        ATerm,
        STerm,
        Close,
        SContinue,
    }
    use Class::*;

    /// The class of `c`, or `None` when it is outside the fast set.
    fn class(c: char) -> Option<Class> {
        Some(match c {
            '\r' => Cr,
            '\n' => Lf,
            ' ' | '\t' | '\u{0B}' | '\u{0C}' | '\u{A0}' => Sp,
            'a'..='z' => Lower,
            'A'..='Z' => Upper,
            '0'..='9' => Numeric,
            '.' => ATerm,
            '!' | '?' => STerm,
            '"' | '\'' | '(' | ')' | '[' | ']' | '{' | '}' | '‘' | '’' | '“' | '”' => Close,
            ',' | '-' | ':' | ';' | '–' | '—' => SContinue,
            '\u{0}'..='\u{7F}' => Other,
            // Latin-1 and Latin Extended-A letters, but × and ÷.
            '\u{C0}'..='\u{17F}' if c != '×' && c != '÷' => {
                if c.is_lowercase() {
                    Lower
                } else if c.is_uppercase() {
                    Upper
                } else {
                    return None;
                }
            }
            _ => return None,
        })
    }

    /// The ends of the UAX #29 sentence pieces of `text` (the last is
    /// `text.len()`), or `None` when `text` has a character outside the
    /// fast set.
    pub(super) fn bounds(text: &str) -> Option<Vec<usize>> {
        if text.is_empty() {
            return Some(Vec::new());
        }
        let mut cs: Vec<(usize, Class)> = Vec::with_capacity(text.len());
        for (i, c) in text.char_indices() {
            cs.push((i, class(c)?));
        }
        let n = cs.len();
        let at = |k: usize| if k < n { cs[k].0 } else { text.len() };
        let is = |k: usize, f: fn(Class) -> bool| k < n && f(cs[k].1);
        let mut out = Vec::new();
        let mut i = 0;
        while i < n {
            let c = cs[i].1;
            if matches!(c, Cr | Lf) {
                // SB3, SB4: a break after CR LF, CR or LF.
                i += 1;
                if c == Cr && is(i, |c| c == Lf) {
                    i += 1;
                }
                if i < n {
                    out.push(at(i));
                }
                continue;
            }
            if !matches!(c, ATerm | STerm) {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            if c == ATerm {
                // SB6: ATerm × Numeric. SB7: (Upper | Lower) ATerm × Upper.
                if is(j, |c| c == Numeric)
                    || (i > 0 && matches!(cs[i - 1].1, Upper | Lower) && is(j, |c| c == Upper))
                {
                    i = j;
                    continue;
                }
            }
            // SB9, SB10: SATerm Close* Sp* × …
            while is(j, |c| c == Close) {
                j += 1;
            }
            while is(j, |c| c == Sp) {
                j += 1;
            }
            if j >= n {
                break;
            }
            if matches!(cs[j].1, Cr | Lf) {
                // SB11: … ParaSep ÷
                let first = cs[j].1;
                j += 1;
                if first == Cr && is(j, |c| c == Lf) {
                    j += 1;
                }
                if j < n {
                    out.push(at(j));
                }
                i = j;
                continue;
            }
            if c == ATerm {
                // SB8: ATerm Close* Sp* × (¬(OLetter | Upper | Lower | ParaSep | SATerm))* Lower
                let mut k = j;
                while is(k, |c| !matches!(c, Upper | Lower | Cr | Lf | ATerm | STerm)) {
                    k += 1;
                }
                if is(k, |c| c == Lower) {
                    i = j;
                    continue;
                }
            }
            // SB8a: SATerm Close* Sp* × (SContinue | SATerm)
            if !matches!(cs[j].1, SContinue | ATerm | STerm) {
                out.push(at(j));
            }
            i = j;
        }
        out.push(text.len());
        Some(out)
    }
}

/// UAX #29 does not end sentences at `…`: cut a piece after an ellipsis that
/// white space and a capital letter follow.
fn at_ellipses((start, piece): (usize, &str)) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut from = 0;
    for (i, _) in piece.match_indices('…') {
        let after = i + '…'.len_utf8();
        let rest = &piece[after..];
        let trimmed = rest.trim_start();
        if trimmed.len() < rest.len() && trimmed.starts_with(char::is_uppercase) {
            let cut = piece.len() - trimmed.len();
            out.push((start + from, &piece[from..cut]));
            from = cut;
        }
    }
    out.push((start + from, &piece[from..]));
    out
}

/// The sentences of `text` as trimmed, non-empty byte ranges.
pub fn sentences(text: &str) -> Vec<Range<usize>> {
    split(text).into_iter().filter_map(|r| trim(text, r)).collect()
}

/// The pieces of `text` with trimmed, non-empty ranges.
pub fn trimmed_pieces(text: &str) -> Vec<Piece> {
    pieces(text)
        .into_iter()
        .filter_map(|p| {
            let range = trim(text, p.range)?;
            Some(Piece { range, ..p })
        })
        .collect()
}

/// Trims white space off both ends of `range`; `None` if nothing is left.
pub fn trim(text: &str, range: Range<usize>) -> Option<Range<usize>> {
    let s = &text[range.clone()];
    let lead = s.len() - s.trim_start().len();
    let t = s.trim();
    if t.is_empty() {
        None
    } else {
        Some(range.start + lead..range.start + lead + t.len())
    }
}

/// Titles of people, always followed by a name.
const PERSON_TITLES: &[&str] = &["dr", "messrs", "mlle", "mme", "mr", "mrs", "ms", "prof"];

/// Titles that are never the last word of a sentence.
const TITLES: &[&str] = &[
    "adm", "al", "ala", "approx", "apr", "ariz", "ark", "art", "aug", "ave", "blvd", "brig", "bzw", "ca",
    "calif", "capt", "cf", "ch", "cmdr", "col", "colo", "conn", "cpl", "dec", "del", "dept", "det", "dr",
    "est", "feb", "fig", "figs", "fla", "fri", "ft", "ga", "gen", "gov", "hon", "hwy", "ill", "ind", "insp",
    "jan", "jul", "jun", "kan", "ky", "la", "lt", "maj", "mar", "mass", "md", "messrs", "mich", "minn",
    "mio", "miss", "mme", "mo", "mon", "mr", "mrd", "mrs", "ms", "mt", "neb", "nev", "nh", "nj", "nm", "no",
    "nos", "nov", "nr", "ny", "oct", "okla", "ore", "pa", "penn", "pp", "pres", "prof", "pvt", "rd", "rep",
    "rev", "sat", "sc", "sd", "sec", "sen", "sep", "sept", "sgt", "st", "sun", "supt", "tenn", "tex", "thu",
    "thur", "thurs", "tue", "tues", "usw", "v", "va", "viz", "vol", "vs", "vt", "wash", "wed", "wis", "wyo",
];

/// Abbreviations that may also end a sentence ("… joined Acme Inc. The deal …").
const AMBIGUOUS: &[&str] = &[
    "assn", "bros", "co", "corp", "esq", "etc", "govt", "inc", "intl", "jr", "llc", "ltd", "phd", "plc",
    "sr", "univ",
];

/// Capitalised words that usually open a sentence, so a bound before them stands.
const OPENERS: &[&str] = &[
    "a",
    "after",
    "all",
    "also",
    "although",
    "an",
    "and",
    "as",
    "at",
    "before",
    "both",
    "but",
    "by",
    "despite",
    "during",
    "each",
    "earlier",
    "for",
    "from",
    "he",
    "her",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "it",
    "its",
    "last",
    "later",
    "many",
    "meanwhile",
    "most",
    "my",
    "next",
    "no",
    "not",
    "now",
    "officials",
    "on",
    "one",
    "or",
    "other",
    "our",
    "police",
    "she",
    "since",
    "so",
    "some",
    "still",
    "that",
    "the",
    "their",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "today",
    "two",
    "under",
    "we",
    "what",
    "when",
    "where",
    "while",
    "who",
    "why",
    "with",
    "yesterday",
    "yet",
    "you",
];

/// Whether the bound between `prev` (the sentence so far) and `next` (the
/// following UAX #29 piece) is a real sentence end.
fn is_end(prev: &str, next: &str) -> bool {
    let p = prev.trim_end();
    let Some(last) = p.chars().last() else {
        return false;
    };
    let n = next.trim_start();
    let Some(first) = n.chars().next() else {
        return true;
    };
    // A line break inside a hard-wrapped paragraph: no terminal punctuation.
    if !ends_with_terminal(p) {
        return false;
    }
    if first.is_lowercase() {
        return false;
    }
    // A quotation's citation: `"… [...]" (Smith 55).`
    if first == '(' && p.ends_with(['"', '”', '’', '\'']) && is_citation(n) {
        return false;
    }
    let word = last_word(p);
    // A list marker alone ("1.", "a)", "• 9.") or the next marker of the
    // list the sentence opens with ("1. Salt 2. Pepper"): `list_items`
    // cuts between the items.
    if let Some(m) = marker(word) {
        let opening = opening_marker(p);
        if p.len() - word.len() == opening.map_or(usize::MAX, |(at, _)| at) {
            return false;
        }
        if opening.is_some_and(|(_, o)| o.same_list(m) && m.value > o.value) {
            return false;
        }
    }
    if last != '.' {
        return true;
    }
    // A spaced ellipsis: three dots leave something out of a sentence,
    // four (a period, then the ellipsis) end one.
    if let Some(dots) = spaced_ellipsis(p) {
        return dots >= 4;
    }
    let bare = word.trim_end_matches('.');
    if bare.is_empty() {
        return true;
    }
    let next_word = || first_word(n);
    let mut buf = [0; 16];
    let lower = lower_ascii(bare, &mut buf);
    if is_in(PERSON_TITLES, lower) && bare.starts_with(char::is_uppercase) {
        return false;
    }
    if is_in(TITLES, lower) && !is_opener(next_word()) {
        return false;
    }
    // "N°. 12", "Nº. 3": a number sign then the number.
    if bare.ends_with(['°', 'º']) && first.is_ascii_digit() {
        return false;
    }
    // The pronoun "I" ends a sentence before a capital ("you and I. Did
    // …"); after a capitalised word it is an initial ("Albert I. Jones").
    if bare == "I" && !word_before(p, word).starts_with(char::is_uppercase) {
        return !first.is_ascii_digit();
    }
    let initials = is_initials(bare);
    if initials || is_in(AMBIGUOUS, lower) {
        let next_word = next_word();
        // "… at 6 P.M. Mr. Smith left": a title opens a sentence too, when
        // what comes before is long enough to be one ("At 5 a.m. Mr. Smith
        // left" is one sentence).
        let mut buf = [0; 16];
        let title =
            is_in(PERSON_TITLES, lower_ascii(next_word, &mut buf)) && p.split_whitespace().nth(3).is_some();
        return (is_opener(next_word) || title) && !first.is_ascii_digit();
    }
    // "pp. 5", "No. 7", "Jan. 5": an abbreviation then a number (but not
    // "… milk. 2. Eggs": the number of a list item).
    if first.is_ascii_digit()
        && bare.len() <= 4
        && bare.chars().all(char::is_alphabetic)
        && marker(first_word_raw(n)).is_none()
    {
        return false;
    }
    true
}

/// Whether `p` ends with a sentence end (`.`, `!`, `?`, `…`, their CJK
/// forms…), closing quotes and brackets aside.
pub(crate) fn ends_with_terminal(p: &str) -> bool {
    let core = p.trim_end_matches(|c: char| {
        matches!(
            c,
            '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '}' | '」' | '』' | '）'
        )
    });
    core.ends_with(['.', '!', '?', '…', '。', '！', '？', '؟', '।', ';'])
}

/// The last white-space separated word, without opening quotes or brackets.
fn last_word(p: &str) -> &str {
    let w = p.rsplit(char::is_whitespace).next().unwrap_or(p);
    w.trim_start_matches(['"', '\'', '“', '‘', '(', '[', '«', '—', '-'])
}

/// The word before `word`, the last word of `p` (empty if none).
fn word_before<'a>(p: &'a str, word: &str) -> &'a str {
    let rest = p[..p.len() - word.len()].trim_end();
    rest.rsplit(char::is_whitespace)
        .next()
        .unwrap_or(rest)
        .trim_start_matches(|c: char| !c.is_alphanumeric())
}

fn first_word(n: &str) -> &str {
    first_word_raw(n).trim_matches(|c: char| !c.is_alphanumeric())
}

fn first_word_raw(n: &str) -> &str {
    n.split(char::is_whitespace).next().unwrap_or(n)
}

/// `E`, `U.S`, `a.m`, `J.R.R`: single letters joined by dots.
fn is_initials(w: &str) -> bool {
    let mut letters = 0;
    for (i, part) in w.split('.').enumerate() {
        let mut cs = part.chars();
        match (cs.next(), cs.next()) {
            (Some(c), None) if c.is_alphabetic() => letters += 1,
            _ => return false,
        }
        if i > 8 {
            return false;
        }
    }
    letters > 0
}

fn is_opener(w: &str) -> bool {
    let mut buf = [0; 16];
    is_in(OPENERS, lower_ascii(w, &mut buf))
}

/// `w` in lower case, if it is ASCII and short enough to be a word of the
/// lists here (which are all ASCII): no allocation per bound.
fn lower_ascii<'a>(w: &str, buf: &'a mut [u8; 16]) -> Option<&'a str> {
    let out = buf.get_mut(..w.len())?;
    if !w.is_ascii() {
        return None;
    }
    for (o, b) in out.iter_mut().zip(w.bytes()) {
        *o = b.to_ascii_lowercase();
    }
    std::str::from_utf8(out).ok()
}

/// Whether `word` is in `list` (sorted).
fn is_in(list: &[&str], word: Option<&str>) -> bool {
    word.is_some_and(|w| list.binary_search(&w).is_ok())
}

/// How many dots end `p` when it ends with a spaced ellipsis (`was . . .`,
/// `away. . . .`), or `None`.
fn spaced_ellipsis(p: &str) -> Option<usize> {
    let tail = p.trim_end_matches(['.', ' ']);
    let run = &p[tail.len()..];
    let dots = run.bytes().filter(|&b| b == b'.').count();
    if dots < 3 {
        return None;
    }
    // Each dot but the first after one space.
    run.trim_start().split(' ').all(|d| d == ".").then_some(dots)
}

/// Whether `n` is a parenthetical citation alone, such as `(Smith 55).`:
/// a few words in brackets with no sentence end inside, then a terminal
/// mark.
fn is_citation(n: &str) -> bool {
    let n = n.trim_end();
    let Some(inner_end) = n.find(')') else {
        return false;
    };
    let inner = &n[1..inner_end];
    let after = &n[inner_end + 1..];
    let words = inner.split_whitespace().count();
    // The terminal mark is required: a credit after a quotation, such as
    // "(Jane Roe/Times Photo)", has none.
    matches!(after, "." | "!" | "?")
        && (1..=6).contains(&words)
        && !inner.contains(['.', '!', '?', '(', '"', '“', '”'])
}

/// The bullets a list item may start with.
const BULLETS: &[char] = &['•', '⁃', '‣', '◦', '▪', '·'];

/// A list marker: `1.`, `1.)`, `1)`, `a.`, `a)`, `A)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Marker {
    /// 1 for `1` or `a`, 2 for `2` or `b`, …
    value: u32,
    /// 0 for digits, 1 for lower-case letters, 2 for capitals.
    kind: u8,
    /// 0 for `1.`, 1 for `1.)`, 2 for `1)`.
    style: u8,
}

impl Marker {
    /// Whether `other` numbers items of the same list.
    fn same_list(self, other: Marker) -> bool {
        self.kind == other.kind && self.style == other.style
    }
}

/// The list marker `w` is (one word, a bullet allowed before it), if any.
/// Capitals are markers only before a bracket: `A.` is an initial.
fn marker(w: &str) -> Option<Marker> {
    let w = match w.as_bytes().first() {
        Some(&b) if b >= 0x80 => w.trim_start_matches(BULLETS).as_bytes(),
        _ => w.as_bytes(),
    };
    let digits = w.iter().take_while(|b| b.is_ascii_digit()).count();
    let (value, kind, rest) = match (digits, w.first()) {
        (1..=3, _) => {
            let v = w[..digits]
                .iter()
                .fold(0u32, |v, &b| v * 10 + u32::from(b - b'0'));
            (v, 0, &w[digits..])
        }
        (0, Some(&b)) if b.is_ascii_lowercase() => (u32::from(b - b'a') + 1, 1, &w[1..]),
        (0, Some(&b)) if b.is_ascii_uppercase() => (u32::from(b - b'A') + 1, 2, &w[1..]),
        _ => return None,
    };
    let style = match rest {
        b"." if kind != 2 => 0,
        b".)" => 1,
        b")" => 2,
        _ => return None,
    };
    Some(Marker { value, kind, style })
}

/// The list marker `s` opens with (after white space and a bullet), and
/// where that marker's word starts.
fn opening_marker(s: &str) -> Option<(usize, Marker)> {
    let t = s.trim_start();
    // Quick rejection: most sentences open with a word of two letters or more.
    let b = t.as_bytes();
    if b.len() >= 2 && b[0].is_ascii_alphabetic() && b[1].is_ascii_alphabetic() {
        return None;
    }
    let mut at = s.len() - t.len();
    let mut word = first_word_raw(t);
    if word.chars().all(|c| BULLETS.contains(&c)) && !word.is_empty() {
        let rest = t[word.len()..].trim_start();
        at = s.len() - rest.len();
        word = first_word_raw(rest);
    }
    marker(word).map(|m| (at, m))
}

/// Calls `f` with each item of the list that `range` of `text` runs
/// together ("1.) Salt 2.) Pepper"), or with `range` when it does not
/// open with a list marker. Items must be numbered in sequence.
fn list_items(text: &str, range: Range<usize>, mut f: impl FnMut(Range<usize>)) {
    let s = &text[range.clone()];
    let Some((_, mut current)) = opening_marker(s) else {
        f(range);
        return;
    };
    let mut start = 0;
    let mut prev_space = false;
    for (i, c) in s.char_indices() {
        let space = c.is_whitespace();
        if prev_space && !space && i > start {
            let word = first_word_raw(&s[i..]);
            // A bullet alone ("• 10."): the marker is the next word.
            let marker_word = if word.chars().all(|c| BULLETS.contains(&c)) {
                first_word_raw(s[i + word.len()..].trim_start())
            } else {
                word
            };
            if let Some(m) = marker(marker_word) {
                // The marker must have something after it.
                let item_starts = s[i..].len() > marker_word.len() + word.len();
                if m.same_list(current) && m.value == current.value + 1 && item_starts {
                    f(range.start + start..range.start + i);
                    start = i;
                    current = m;
                }
            }
        }
        prev_space = space;
    }
    f(range.start + start..range.end);
}

/// Pushes `range` of `text` onto `out`, cut into pieces within the bounds
/// when it is longer than [`MAX_WORDS`] or [`MAX_CHARS`]. Each cut is at the
/// last line break in the bounds, else the last clause mark (`;`, `:`, `—`),
/// else the last comma, else between the last two words, else (in a run of
/// text without white space) at the bound; but never in the first third of
/// the bounds, so that every step moves on by a third of them at least,
/// and the whole stays linear in the length.
fn bounded(text: &str, range: Range<usize>, out: &mut Vec<Piece>) {
    // Once per sentence, not per cut: each cut scans no further than its
    // bounds.
    if surely_within(&text[range.clone()]) {
        out.push(Piece { range, forced: false });
        return;
    }
    let mut c = range.start;
    let mut forced = false;
    loop {
        let s = &text[c..range.end];
        match cut_point(s) {
            Some(cut) => {
                out.push(Piece {
                    range: c..c + cut,
                    forced: true,
                });
                c += cut;
                forced = true;
            }
            None => {
                out.push(Piece {
                    range: c..range.end,
                    forced,
                });
                return;
            }
        }
    }
}

/// Whether `s` is surely within the bounds, by a count of its bytes and of
/// the bytes that may start white space (a word needs one before it): one
/// pass that the compiler vectorises, instead of decoding characters.
fn surely_within(s: &str) -> bool {
    if s.len() <= MAX_CHARS.min(2 * MAX_WORDS) {
        return true;
    }
    // The lead bytes of every white-space character: ASCII, U+0085 and
    // U+00A0 (0xC2), U+1680 (0xE1), U+2000–U+205F (0xE2), U+3000 (0xE3).
    let mut spaces = 0;
    for chunk in s.as_bytes().chunks(255) {
        let mut n = 0u8;
        for &b in chunk {
            n += u8::from((b <= b' ') | (b == 0xC2) | (b.wrapping_sub(0xE1) < 3));
        }
        spaces += usize::from(n);
    }
    s.len() <= MAX_CHARS && spaces < MAX_WORDS
}

/// Where to cut the first piece off `s` (a byte offset, > 0), or `None`
/// when `s` is within the bounds.
fn cut_point(s: &str) -> Option<usize> {
    // The last cut of each class: line break, clause mark, comma, space.
    let mut best = [0usize; 4];
    let mut words = 0;
    let mut in_word = false;
    let mut gap_class = 3;
    let mut after: Option<usize> = None;
    let mut end = None;
    for (chars, (i, c)) in s.char_indices().enumerate() {
        if chars == MAX_CHARS {
            if !in_word && !c.is_whitespace() {
                best[gap_class] = i;
            }
            end = Some(i);
            break;
        }
        if c.is_whitespace() {
            if c == '\n' {
                gap_class = 0;
            }
            in_word = false;
            continue;
        }
        if !in_word {
            if i > 0 {
                best[gap_class] = i;
            }
            if words == MAX_WORDS {
                end = Some(i);
                break;
            }
            words += 1;
        } else if let Some(class) = after {
            // Within a word: after a dash or CJK punctuation ("a—b", "甲，乙").
            best[class] = i;
        }
        in_word = true;
        let (gap, within) = match c {
            ';' | ':' => (1, None),
            '—' | '–' | '；' | '：' => (1, Some(1)),
            ',' => (2, None),
            '，' | '、' => (2, Some(2)),
            _ => (3, None),
        };
        gap_class = gap;
        after = within;
    }
    let end = end?;
    let floor = end / 3;
    Some(best.into_iter().find(|&b| b > floor).unwrap_or(end))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Splits `input` and compares the trimmed sentences with `expected`.
    fn check(input: &str, expected: &[&str]) {
        let got: Vec<&str> = sentences(input).into_iter().map(|r| &input[r]).collect();
        assert_eq!(got, expected, "input: {input:?}");
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("", &[]),
            ("   ", &[]),
            ("One sentence.", &["One sentence."]),
            ("One. Two.", &["One.", "Two."]),
            ("No final stop", &["No final stop"]),
            ("Is it? Yes! Fine.", &["Is it?", "Yes!", "Fine."]),
            (
                "Mr. Smith went home. He slept.",
                &["Mr. Smith went home.", "He slept."],
            ),
            ("Mrs. Jones and Dr. Who met.", &["Mrs. Jones and Dr. Who met."]),
            ("The U.S. President spoke.", &["The U.S. President spoke."]),
            (
                "He flew to the U.S. The trip was long.",
                &["He flew to the U.S.", "The trip was long."],
            ),
            ("Jonas E. Smith was there.", &["Jonas E. Smith was there."]),
            ("J.R.R. Tolkien wrote it.", &["J.R.R. Tolkien wrote it."]),
            (
                "It cost $1.5 billion. Shares fell.",
                &["It cost $1.5 billion.", "Shares fell."],
            ),
            ("Growth was 3.2 percent.", &["Growth was 3.2 percent."]),
            ("Acme Inc. said profits rose.", &["Acme Inc. said profits rose."]),
            (
                "He works at Acme Inc. The firm grew.",
                &["He works at Acme Inc.", "The firm grew."],
            ),
            (
                "It opened on Jan. 5 in Paris.",
                &["It opened on Jan. 5 in Paris."],
            ),
            ("They met at 10 a.m. Tuesday.", &["They met at 10 a.m. Tuesday."]),
            (
                "They met at 10 a.m. The talks ended.",
                &["They met at 10 a.m.", "The talks ended."],
            ),
            (
                "The call ended at 5 p.m. local time.",
                &["The call ended at 5 p.m. local time."],
            ),
            ("St. Louis is big.", &["St. Louis is big."]),
            ("Wait... what happened?", &["Wait... what happened?"]),
            ("He paused… Then he spoke.", &["He paused…", "Then he spoke."]),
            ("\"Stop.\" He left.", &["\"Stop.\"", "He left."]),
            (
                "She said: \"We won.\" Then she left.",
                &["She said: \"We won.\"", "Then she left."],
            ),
            (
                "(See the table.) It shows growth.",
                &["(See the table.)", "It shows growth."],
            ),
            (
                "“It is over,” he said. “We lost.”",
                &["“It is over,” he said.", "“We lost.”"],
            ),
            (
                "Visit www.example.com for more. Thanks.",
                &["Visit www.example.com for more.", "Thanks."],
            ),
            (
                "Mail jane.doe@example.org today. Bye.",
                &["Mail jane.doe@example.org today.", "Bye."],
            ),
            (
                "See https://example.com/a.b?c=d. Done.",
                &["See https://example.com/a.b?c=d.", "Done."],
            ),
            ("1. First item", &["1. First item"]),
            ("Gen. Mark Milley testified.", &["Gen. Mark Milley testified."]),
            (
                "Sen. Warren, D-Mass., objected.",
                &["Sen. Warren, D-Mass., objected."],
            ),
            ("The vote was 5 vs. 3.", &["The vote was 5 vs. 3."]),
            ("See No. 7 on the list.", &["See No. 7 on the list."]),
            (
                "Martin Luther King Jr. spoke.",
                &["Martin Luther King Jr. spoke."],
            ),
            (
                "a line that wraps\nonto the next line.",
                &["a line that wraps\nonto the next line."],
            ),
            ("First.\nSecond.", &["First.", "Second."]),
            (
                "这是第一句。这是第二句！对吗？",
                &["这是第一句。", "这是第二句！", "对吗？"],
            ),
            (
                "今日は晴れです。明日は雨です。",
                &["今日は晴れです。", "明日は雨です。"],
            ),
            (
                "Это первое предложение. Это второе.",
                &["Это первое предложение.", "Это второе."],
            ),
            ("C'est fini. On rentre.", &["C'est fini.", "On rentre."]),
            (
                "Der Preis lag bei 3,5 Mio. Euro. Das ist viel.",
                &["Der Preis lag bei 3,5 Mio. Euro.", "Das ist viel."],
            ),
            (
                "He was born in 1990. Then he moved.",
                &["He was born in 1990.", "Then he moved."],
            ),
            ("Prices rose 5%. Costs fell.", &["Prices rose 5%.", "Costs fell."]),
            (
                "1. Ports close. 2. Ships wait.",
                &["1. Ports close.", "2. Ships wait."],
            ),
            (
                "The U.K. and the E.U. agreed. Then it ended.",
                &["The U.K. and the E.U. agreed.", "Then it ended."],
            ),
            ("At 3 p.m. EST, he spoke.", &["At 3 p.m. EST, he spoke."]),
            (
                "He earned $3.50. She earned more.",
                &["He earned $3.50.", "She earned more."],
            ),
            (
                "Section 3.2.1 covers it. Done.",
                &["Section 3.2.1 covers it.", "Done."],
            ),
            ("Mr. and Mrs. Smith came.", &["Mr. and Mrs. Smith came."]),
            ("It's e.g. a test. Yes.", &["It's e.g. a test.", "Yes."]),
            (
                "The Rev. Martin Luther King Jr. spoke in Washington, D.C. on Aug. 28, 1963.",
                &["The Rev. Martin Luther King Jr. spoke in Washington, D.C. on Aug. 28, 1963."],
            ),
            ("Why? Because. Okay.", &["Why?", "Because.", "Okay."]),
            (
                "Items: (1) ports; (2) ships. Next one.",
                &["Items: (1) ports; (2) ships.", "Next one."],
            ),
        ];
        assert!(cases.len() >= 50);
        for (input, expected) in cases {
            check(input, expected);
        }
    }

    /// The kinds a public suite of English sentence-boundary rules found
    /// failing (issue 14 §3), each in several cases of our own.
    #[test]
    fn lists_ellipses_citations_pronoun_i_and_number_signs() {
        let cases: &[(&str, &[&str])] = &[
            // Lists run into one line: numbered, lettered, bulleted.
            (
                "1.) Buy bread 2.) Feed the cat",
                &["1.) Buy bread", "2.) Feed the cat"],
            ),
            (
                "1.) Buy bread. 2.) Feed the cat.",
                &["1.) Buy bread.", "2.) Feed the cat."],
            ),
            (
                "1) Buy bread 2) Feed the cat 3) Call home",
                &["1) Buy bread", "2) Feed the cat", "3) Call home"],
            ),
            (
                "1) Buy bread. 2) Feed the cat.",
                &["1) Buy bread.", "2) Feed the cat."],
            ),
            (
                "1. Buy bread 2. Feed the cat",
                &["1. Buy bread", "2. Feed the cat"],
            ),
            (
                "1. Buy milk. 2. Feed the cat.",
                &["1. Buy milk.", "2. Feed the cat."],
            ),
            (
                "• 9. Buy bread • 10. Feed the cat",
                &["• 9. Buy bread", "• 10. Feed the cat"],
            ),
            (
                "⁃4. Buy bread ⁃5. Feed the cat",
                &["⁃4. Buy bread", "⁃5. Feed the cat"],
            ),
            (
                "a. Buy bread b. Feed the cat c. Call home",
                &["a. Buy bread", "b. Feed the cat", "c. Call home"],
            ),
            (
                "a) Buy bread b) Feed the cat",
                &["a) Buy bread", "b) Feed the cat"],
            ),
            (
                "A) Buy bread B) Feed the cat",
                &["A) Buy bread", "B) Feed the cat"],
            ),
            // Not lists: initials, a number ending a sentence, numbers out
            // of sequence, a marker inside a sentence.
            (
                "A. Smith and B. Jones signed it.",
                &["A. Smith and B. Jones signed it."],
            ),
            (
                "She scored 10. Then she left.",
                &["She scored 10.", "Then she left."],
            ),
            ("1) Ports close 3) Ships wait", &["1) Ports close 3) Ships wait"]),
            (
                "The plan has two parts: 1) ports and 2) ships.",
                &["The plan has two parts: 1) ports and 2) ships."],
            ),
            // Spaced ellipses: three dots inside a sentence, four end one.
            ("He waited . . . and waited.", &["He waited . . . and waited."]),
            (
                "The answer was . . . I forget now.",
                &["The answer was . . . I forget now."],
            ),
            (
                "It faded away. . . . Nobody noticed.",
                &["It faded away. . . .", "Nobody noticed."],
            ),
            (
                "We stopped there . . . . The rest is history.",
                &["We stopped there . . . .", "The rest is history."],
            ),
            (
                "Silence...then a knock . . . and a voice.",
                &["Silence...then a knock . . . and a voice."],
            ),
            (
                "She called it “too late . . . .”",
                &["She called it “too late . . . .”"],
            ),
            ("The road went on . . .", &["The road went on . . ."]),
            (
                "I never said that.... He did.",
                &["I never said that....", "He did."],
            ),
            (
                "Costs rose . . . Sales fell . . . . Profits vanished.",
                &["Costs rose . . . Sales fell . . . .", "Profits vanished."],
            ),
            // A quotation with "[...]" and its citation.
            (
                "\"The bridge [...] will stand a century [...]\" (Moreau 112).",
                &["\"The bridge [...] will stand a century [...]\" (Moreau 112)."],
            ),
            (
                "“Rivers [...] carve the land” (Ortiz 9). Later work disagrees.",
                &[
                    "“Rivers [...] carve the land” (Ortiz 9).",
                    "Later work disagrees.",
                ],
            ),
            (
                "\"We act now.\" (Hale 3). Others wait.",
                &["\"We act now.\" (Hale 3).", "Others wait."],
            ),
            (
                "“We won.” (Jane Roe/Daily Photo)",
                &["“We won.”", "(Jane Roe/Daily Photo)"],
            ),
            (
                "\"We act now.\" (See the notes below.) Others wait.",
                &["\"We act now.\"", "(See the notes below.)", "Others wait."],
            ),
            // "I." ends a sentence, or is an initial.
            (
                "The winner was I. Did anyone doubt it?",
                &["The winner was I.", "Did anyone doubt it?"],
            ),
            (
                "Ask Anna and I. Nobody else knows.",
                &["Ask Anna and I.", "Nobody else knows."],
            ),
            (
                "Did you meet Albert I. Jones on Friday?",
                &["Did you meet Albert I. Jones on Friday?"],
            ),
            (
                "We met Maria I. Santos there. She waved.",
                &["We met Maria I. Santos there.", "She waved."],
            ),
            ("Louis I. Kahn designed it.", &["Louis I. Kahn designed it."]),
            // A number sign before a number.
            (
                "The file is N°. 4417.220.81. Keep it safe.",
                &["The file is N°. 4417.220.81.", "Keep it safe."],
            ),
            ("Room N°. 12 is locked.", &["Room N°. 12 is locked."]),
            // Initials, then a title that opens the next sentence.
            (
                "The talks ended at 9 P.M. Dr. Lee went home.",
                &["The talks ended at 9 P.M.", "Dr. Lee went home."],
            ),
            (
                "By 7 a.m. Dr. Lee was at work.",
                &["By 7 a.m. Dr. Lee was at work."],
            ),
            ("Form Nº. 3 is due. Send it.", &["Form Nº. 3 is due.", "Send it."]),
        ];
        assert!(cases.len() >= 30);
        for (input, expected) in cases {
            check(input, expected);
        }
    }

    /// Splits `input` and compares the pieces, trimmed, and whether they
    /// were cut by the bounds, with `expected`.
    fn check_pieces(input: &str, expected: &[(&str, bool)]) {
        let got: Vec<(&str, bool)> = pieces(input)
            .into_iter()
            .map(|p| (input[p.range].trim(), p.forced))
            .collect();
        assert_eq!(got, expected, "input: {input:?}");
    }

    #[test]
    fn long_runs_are_cut() {
        let words = |n: usize, sep: &str| (0..n).map(|i| format!("w{i}")).collect::<Vec<_>>().join(sep);
        // 80 words are a sentence; 81 are cut between words.
        let eighty = words(80, " ");
        check_pieces(&eighty, &[(&eighty, false)]);
        let w81 = words(81, " ");
        check_pieces(&w81, &[(&words(80, " "), true), ("w80", true)]);
        // One word per line: cut at the line breaks, 80 words a piece.
        let lines = words(200, "\n");
        let got: Vec<usize> = pieces(&lines)
            .iter()
            .map(|p| lines[p.range.clone()].split_whitespace().count())
            .collect();
        assert_eq!(got, [80, 80, 40]);
        // A clause mark beats a comma, a comma beats a plain space, but
        // never in the first third.
        let text = format!("{}; {}, {}.", words(40, " "), words(30, " "), words(30, " "));
        let first_cut = pieces(&text)[0].range.end;
        assert_eq!(text[..first_cut].trim_end(), format!("{};", words(40, " ")));
        let text = format!("{}, {} {}.", words(50, " "), words(20, " "), words(30, " "));
        let first_cut = pieces(&text)[0].range.end;
        assert_eq!(text[..first_cut].trim_end(), format!("{},", words(50, " ")));
        let text = format!("{}; {}.", words(10, " "), words(100, " "));
        // (the semicolon is in the first third: cut at the 80th word)
        assert_eq!(
            pieces(&text)[0].range.end,
            format!("{}; {} ", words(10, " "), words(70, " ")).len()
        );
        // A dash joined to its words.
        let text = format!("{}—{}", words(50, " "), words(50, " "));
        assert!(text[..pieces(&text)[0].range.end].ends_with('—'));
        // No white space at all: cut at 600 characters.
        let a = "a".repeat(1500);
        let got: Vec<usize> = pieces(&a).iter().map(|p| p.range.len()).collect();
        assert_eq!(got, [600, 600, 300]);
        let han = "字".repeat(700);
        let got: Vec<usize> = pieces(&han).iter().map(|p| p.range.len() / 3).collect();
        assert_eq!(got, [600, 100]);
        // CJK punctuation is a clause bound.
        let text = format!("{}，{}", "字".repeat(400), "字".repeat(400));
        assert_eq!(pieces(&text)[0].range.len(), 401 * 3);
        // Sentences within the bounds are not touched around a long one.
        let text = format!("A short one. Then {}. Another short one.", words(100, " "));
        let got: Vec<bool> = pieces(&text).iter().map(|p| p.forced).collect();
        assert_eq!(got, [false, true, true, false]);
    }

    #[test]
    fn word_lists_are_sorted_lower_case_ascii() {
        for list in [PERSON_TITLES, TITLES, AMBIGUOUS, OPENERS] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
            for w in list {
                assert!(w.len() <= 16 && w.bytes().all(|b| b.is_ascii_lowercase()), "{w}");
            }
        }
    }

    #[test]
    fn pieces_tile_the_input() {
        let text = "Mr. A met Dr. B.  Then?\n\nYes… ok.";
        let pieces = split(text);
        let joined: String = pieces.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(joined, text);
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        #[test]
        fn pieces_always_tile_the_input(text in "(\\PC|[.!?…。 \n\"”]){0,200}") {
            let joined: String = split(&text).iter().map(|r| &text[r.clone()]).collect();
            proptest::prop_assert_eq!(joined, text);
        }

        #[test]
        fn long_pieces_tile_the_input_within_the_bounds(
            text in "([a-zé字]{1,12}[ \n,;:—.。，]{0,2}){0,400}"
        ) {
            let pieces = pieces(&text);
            let joined: String = pieces.iter().map(|p| &text[p.range.clone()]).collect();
            proptest::prop_assert_eq!(&joined, &text);
            for p in &pieces {
                let s = &text[p.range.clone()];
                proptest::prop_assert!(!s.is_empty());
                proptest::prop_assert!(s.split_whitespace().count() <= MAX_WORDS, "{s:?}");
                proptest::prop_assert!(s.chars().count() <= MAX_CHARS, "{s:?}");
            }
        }

        #[test]
        fn fast_bounds_agree_with_unicode_segmentation(
            text in "[aZé É.!?.. \n\r\t\u{A0},:;\\-–—\"'()’”“0-9#×ö]{0,60}"
        ) {
            agree(&text);
        }
    }

    /// The fast path's bounds, when it takes the text, are the crate's.
    fn agree(text: &str) {
        if let Some(fast) = uax29::bounds(text) {
            let slow: Vec<usize> = text
                .split_sentence_bound_indices()
                .map(|(i, p)| i + p.len())
                .collect();
            assert_eq!(fast, slow, "text: {text:?}");
        }
    }

    #[test]
    fn fast_bounds_table() {
        for text in [
            "",
            "One. Two.",
            "U.S. forces left. Then 3.5 percent.",
            "He said: \"Go.\" She went.",
            "Wait... what? Yes!\r\nNext line.\nLast",
            "e.g. this one. (Quoted.) Then “curly.” And ’tis.",
            "Ends with space. ",
            "Café Über. Señor Ñandú — said: no.\u{A0}Then.",
            "Mr. Smith met Dr. Jones at 5 p.m. on Jan. 5. They left.",
        ] {
            assert!(uax29::bounds(text).is_some(), "{text:?}");
            agree(text);
        }
        // Outside the fast set: the crate decides.
        assert!(uax29::bounds("Он сказал. Да.").is_none());
        assert!(uax29::bounds("Wait… what").is_none());
    }
}
