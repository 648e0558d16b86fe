//! Stage 2: boilerplate.
//!
//! Marks the paragraphs that must never reach a summary: a repeated title,
//! repeated paragraphs, headings and lists of unrelated headlines, bylines,
//! credits and calls to share or subscribe. Also finds the dateline or
//! "Label:" that opens a paragraph, so that the sentence starts after it.
//!
//! One file a job: `ads.rs` (an ad's label marks its whole block),
//! `bylines.rs` (teasers, photo credits, author bios), `chrome.rs`
//! (captions, calls to action, screen-reader and button text, boxes; and
//! `chrome`, which decides a paragraph from all of them), `lead.rs` (where
//! a paragraph's sentence starts), `phrases.rs` (the one-pass phrase
//! search); here, `classify` and the furniture phrases.

mod ads;
mod bylines;
mod chrome;
mod lead;
mod phrases;

use crate::fxhash::FxSet;
#[cfg(test)]
pub use lead::lead_in;
use lead::lead_past;
use phrases::{contains_any, contains_whole, pairs128, Pairs128};
pub(crate) use phrases::{find_any, pairs, Pairs};
use phrases::{find_from, starts_of, Starts};
use std::ops::Range;
use {ads::*, bylines::*, chrome::*};

/// Phrases that mark a short paragraph as page furniture wherever they
/// stand in it, as whole words (`phrases::contains_whole`).
pub(super) const FURNITURE: &[&str] = &[
    "follow us",
    "follow @",
    "click here",
    "read also",
    "related:",
    "related articles",
    "photo:",
    "photos:",
    "image:",
    "image credit",
    "image credits",
    "credit:",
    "ap photo",
    "afp via",
    "reuters/",
    "©",
    "all rights reserved",
    "reporting by",
    "contributed to this report",
    "contributed reporting",
    "contributed to this story",
    "contributed to this article",
    "editing by",
    "writing by",
    "listen to this article",
    "trust principles",
    "download the app",
    "watch:",
    "video:",
    "this story has been",
    "this article was",
    "contact the author",
    "leave a comment",
    // Wire-service furniture.
    "story filed by",
    "endit",
    "enditem",
    "news service",
    "optional trim",
    "optional add",
    "end of story",
    "story can end here",
    "on the net:",
    "eds:",
    "how to reach us",
    "http://",
    "https://",
    "www.",
    "(at)",
    "tel:",
    "e-mail:",
    "&ql;",
    "&qc;",
    "&ur;",
    "&lr;",
    "photo package",
    "the following photos",
    "photograph:",
    "file photo",
    "pictured:",
    "published:",
    "updated:",
    "last updated",
    "you may also like",
];

/// Phrases that news prose also uses ("the panel recommended", "a share
/// on Monday", "copyright infringement", "will skip today's hearing"): they
/// mark a short paragraph as furniture only where it does not read as a
/// sentence (four words at most, or no sentence end: "Recommended: How the
/// council spends", "(Distributed by New York Times Special Features)"),
/// opens a call to action, or speaks to the reader ("You can also
/// subscribe …"). As whole words: "subscribe" is not in "subscribers".
pub(super) const FURNITURE_IN_PROSE: &[&str] = &[
    "advertisement",
    "sign up",
    "subscribe",
    "share this",
    "share on",
    "share via",
    "read more",
    "recommended",
    "photo by",
    "getty images",
    "copyright",
    "newsletter",
    "newsletters",
    "skip to",
    "cookie",
    "cookies",
    "terms of use",
    "privacy policy",
    "distributed by",
    "on the web at",
    "more from",
    "most read",
    "most popular",
    "top stories",
    "more stories",
    "trending now",
];

/// Why each paragraph is boilerplate, `None` for content.
#[cfg(test)]
pub fn classify(text: &str, paragraphs: &[Range<usize>], title: Option<&str>) -> Vec<Option<&'static str>> {
    classify_leads(text, paragraphs, title)
        .into_iter()
        .map(|(reason, _)| reason)
        .collect()
}

/// Why each paragraph is boilerplate (`None` for content), and where a
/// content paragraph's sentences start ([`lead_in`]; 0 for boilerplate).
pub fn classify_leads(
    text: &str,
    paragraphs: &[Range<usize>],
    title: Option<&str>,
) -> Vec<(Option<&'static str>, usize)> {
    let title_key = title.map(normalize).filter(|t| !t.is_empty());
    // FxHash: SipHash over every paragraph is slow in wasm; the set is only
    // asked, never iterated.
    let mut seen: FxSet<String> = FxSet::default();
    let mut out: Vec<(Option<&'static str>, usize)> = Vec::with_capacity(paragraphs.len());
    let mut starts: Vec<u32> = Vec::new();
    let headings: Vec<bool> = paragraphs.iter().map(|r| is_heading(&text[r.clone()])).collect();
    // When nothing ends like a sentence (text without punctuation), the
    // heading rule would remove everything: then it does not apply.
    let heading_rule = headings.iter().any(|h| !h);
    // The length of the run of headings each paragraph is in.
    let mut run = vec![0usize; headings.len()];
    let mut i = 0;
    while i < headings.len() {
        let mut j = i;
        while j < headings.len() && headings[j] {
            j += 1;
        }
        for r in run.iter_mut().take(j).skip(i) {
            *r = j - i;
        }
        i = j.max(i + 1);
    }
    // What the paragraph before opened: an ad's label makes the paragraph
    // after it part of the ad (whatever else it is: the label is often
    // repeated on a page).
    let mut after = Block::None;
    for (i, r) in paragraphs.iter().enumerate() {
        let p = &text[r.clone()];
        let facts = Facts::of(p, std::mem::take(&mut starts));
        let opened = block_opened(p, &facts, after);
        let key = normalize(p);
        let reason = if key.is_empty() {
            Some("no words")
        } else if title_key.as_deref() == Some(key.as_str()) {
            Some("repeated title")
        } else if !seen.insert(key) {
            Some("repeated paragraph")
        } else if let Some(kind) = chrome(p, &facts, after) {
            Some(kind)
        } else if is_furniture(facts.without_credit(p)) {
            Some("page furniture")
        } else if is_byline(p) {
            Some("byline")
        } else if heading_rule && headings[i] {
            if run[i] >= 3 || p.ends_with(['-', '|', '•', '–', '—']) {
                Some("headline list")
            } else {
                Some("heading")
            }
        } else {
            None
        };
        let lead = if reason.is_none() {
            lead_past(p, facts.credit.as_ref())
        } else {
            0
        };
        out.push((reason, lead));
        after = opened;
        starts = facts.starts;
    }
    out
}

/// Lower-case letters and digits only, single-spaced.
pub(super) fn normalize(s: &str) -> String {
    if s.is_ascii() {
        // The same, a byte at a time, each looked up once.
        static FOLD: [u8; 256] = {
            let mut t = [0u8; 256];
            let mut b = 0;
            while b < 128 {
                if (b as u8).is_ascii_alphanumeric() {
                    t[b] = (b as u8).to_ascii_lowercase();
                }
                b += 1;
            }
            t
        };
        // At most a byte out for a byte in (a space only for a gap).
        let mut out = vec![0u8; s.len()];
        let mut n = 0;
        // Whether a space is owed before the next letter or digit.
        let mut gap = false;
        for &b in s.as_bytes() {
            let f = FOLD[b as usize];
            if f == 0 {
                gap = n > 0;
                continue;
            }
            if gap {
                out[n] = b' ';
                n += 1;
                gap = false;
            }
            out[n] = f;
            n += 1;
        }
        out.truncate(n);
        // ASCII letters, digits and spaces only.
        return String::from_utf8(out).unwrap_or_default();
    }
    normalize_chars(s)
}

/// [`normalize`] for any text, a word at a time.
pub(super) fn normalize_chars(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        if w.is_ascii() {
            out.extend(w.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            out.extend(w.chars().flat_map(char::to_lowercase));
        }
    }
    out
}

pub(super) fn words(s: &str) -> usize {
    if s.is_ascii() {
        return ascii_words_upto(s, usize::MAX);
    }
    s.split_whitespace().count()
}

/// `words(s) > n`, counting no further than needed (most paragraphs are
/// far longer than the short lines these checks look for).
pub(super) fn more_words_than(s: &str, n: usize) -> bool {
    if s.is_ascii() {
        return ascii_words_upto(s, n.saturating_add(1)) > n;
    }
    s.split_whitespace().nth(n).is_some()
}

/// The words of ASCII `s` as `split_whitespace` finds them (white space is
/// `\t` to `\r` and the space), counted up to `most`, a byte at a time.
fn ascii_words_upto(s: &str, most: usize) -> usize {
    // Eight bytes at a time: a bit a byte for white space, a word starting
    // where a byte is not space and the one before it is (or it is the
    // first); then the bytes left one by one, as before.
    static SPACE: [u8; 128] = {
        let mut t = [0u8; 128];
        let mut b = 9;
        while b <= 13 {
            t[b] = 1;
            b += 1;
        }
        t[32] = 1;
        t
    };
    let mut n = 0;
    // Whether the byte before is white space (the start counts as it).
    let mut before = 1u32;
    let bytes = s.as_bytes();
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut m = 0u32;
        for (i, &b) in c.iter().enumerate() {
            m |= u32::from(SPACE[usize::from(b & 0x7f)]) << i;
        }
        let starts = !m & (m << 1 | before) & 0xff;
        n += starts.count_ones() as usize;
        if n >= most {
            return most;
        }
        before = m >> 7;
    }
    let mut gap = before == 1;
    for &b in chunks.remainder() {
        let space = matches!(b, b'\t'..=b'\r' | b' ');
        if gap && !space {
            n += 1;
            if n >= most {
                break;
            }
        }
        gap = space;
    }
    n
}

/// Whether `p` starts with any of `prefixes` (none empty), each compared
/// only when its first byte is `p`'s (a call to compare bytes for each
/// would cost more than the test).
pub(super) fn starts_with_any(p: &str, prefixes: &[&str]) -> bool {
    let Some(&b) = p.as_bytes().first() else {
        return false;
    };
    prefixes
        .iter()
        .any(|o| o.as_bytes().first() == Some(&b) && p.starts_with(o))
}

/// A short line that does not end like a sentence: a title, a heading, an
/// item of a list of links.
pub(super) fn is_heading(p: &str) -> bool {
    let core = p.trim_end_matches(['"', '\'', '”', '’', ')', '»']);
    !core.ends_with(['.', '!', '?', '…', '。', '！', '？']) && !more_words_than(p, 20)
}

#[inline(never)]
pub(super) fn is_furniture(p: &str) -> bool {
    if more_words_than(p, 25) {
        return false;
    }
    // One table for both lists: the phrases of FURNITURE_IN_PROSE come
    // after FURNITURE's.
    static ALL: [&str; FURNITURE.len() + FURNITURE_IN_PROSE.len()] = concat(FURNITURE, FURNITURE_IN_PROSE);
    static TABLE: Pairs128 = pairs128(&ALL);
    let mut shaped = None;
    contains_whole(p, &ALL, &TABLE, &mut |k| {
        k < FURNITURE.len()
            || *shaped.get_or_insert_with(|| {
                !more_words_than(p, 4) || !ends_like_sentence(p) || opens_call(p) || addresses_reader(p)
            })
    })
}

/// `a` then `b`, as one array (`N` is their lengths' sum).
const fn concat<const N: usize>(a: &[&'static str], b: &[&'static str]) -> [&'static str; N] {
    assert!(a.len() + b.len() == N);
    let mut out = [""; N];
    let mut i = 0;
    while i < N {
        out[i] = if i < a.len() { a[i] } else { b[i - a.len()] };
        i += 1;
    }
    out
}

/// Whether a paragraph speaks to its reader before any quotation ("You can
/// also subscribe …", "would you take a moment to share this?"), or opens
/// by telling them to go somewhere ("Visit … for more stories").
fn addresses_reader(p: &str) -> bool {
    const QUOTES: &[char] = &['"', '“', '”', '«', '»', '`'];
    if starts_with_any(p, &["Visit ", "Go to ", "See more", "Watch ", "Read the "]) {
        return true;
    }
    let unquoted = p.split(QUOTES).next().unwrap_or("");
    // Words of ASCII letters and apostrophes ("you're" is not "you").
    unquoted
        .split(|c: char| !c.is_ascii_alphabetic() && c != '\'' && c != '’')
        .any(|w| w.eq_ignore_ascii_case("you") || w.eq_ignore_ascii_case("your"))
}

/// Whether a paragraph ends as a sentence does, past closing quotes and
/// brackets.
fn ends_like_sentence(p: &str) -> bool {
    let core = p
        .trim_end()
        .trim_end_matches(['"', '\'', '”', '’', ')', '»', ']']);
    core.ends_with(['.', '!', '?', '…', '。', '！', '？'])
}

/// "By Jane Doe", "By Jane Doe and John Roe, Reuters", "BY JANE DOE |
/// Associated Press Writer", "Jane Doe, Staff Writer".
pub(super) fn is_byline(p: &str) -> bool {
    const SMALL: &[&str] = &[
        "and", "&", "in", "of", "the", "for", "at", "|", "-", "—", "–", "/", "·", "•", "de", "van", "von",
    ];
    const ROLES: &[&str] = &[
        "staff writer",
        "staff reporter",
        "correspondent",
        "associated press writer",
        "special to the",
        "contributing writer",
        "senior writer",
    ];
    static ROLES_TABLE: Pairs128 = pairs128(ROLES);
    if more_words_than(p, 12) {
        return false;
    }
    let rest = match p.strip_prefix("By ").or_else(|| p.strip_prefix("BY ")) {
        Some(r) => r,
        None => {
            return words(p) <= 8
                && contains_any(p, ROLES, &ROLES_TABLE)
                && !p.trim_end().ends_with(['.', '!', '?']);
        }
    };
    rest.split_whitespace()
        .filter(|w| !SMALL.contains(w))
        .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
}

#[cfg(test)]
mod tests;
