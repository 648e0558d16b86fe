//! Light trimming of a summary sentence (issue 19, an experiment behind
//! the `trim` knob, off by default): parts a reader does not need and
//! whose removal cannot change the claim. Each cut is a byte range of the
//! sentence's own text; what is left is the sentence as shown.
//!
//! Kinds (bits of `Tuning::trim`):
//! - [`LEAD`]: a dateline or bullet that leaked into the sentence's start
//!   (`WASHINGTON _ `, `OSLO (AP) -- `, `_ `);
//! - [`ASIDE`]: an acronym in brackets right after the words it abbreviates
//!   ("the Harbour Safety Board (HSB) said"), an editor's initials
//!   at the end ("… at noon. (jk)");
//! - [`FILLER`]: an opening discourse filler with its comma ("In
//!   addition, ", "Meanwhile, ");
//! - [`CONTRAST`]: an opening "However, ".

use std::ops::Range;

/// A dateline or bullet at the start.
pub(super) const LEAD: u32 = 1;
/// An acronym in brackets after its words; an editor's initials at the end.
pub(super) const ASIDE: u32 = 2;
/// An opening discourse filler.
pub(super) const FILLER: u32 = 4;
/// An opening "However,".
pub(super) const CONTRAST: u32 = 8;
/// A closing attribution (", he said.", ", officials said Tuesday.").
/// Measured only: it changes a report into a claim.
pub(super) const SAID: u32 = 16;
/// A non-restrictive relative clause (", who …,", ", which …").
/// Measured only: it drops a fact.
pub(super) const CLAUSE: u32 = 32;
/// An aside between dashes (" -- … -- "). Measured only: it drops a fact.
pub(super) const DASH: u32 = 64;

/// Openers that add nothing to the claim after them (with a comma).
const FILLERS: &[&str] = &[
    "In addition",
    "Meanwhile",
    "Moreover",
    "Furthermore",
    "Additionally",
    "Also",
    "Separately",
    "Besides",
    "Indeed",
    "In other developments",
];

/// The byte ranges of `text` to cut, in order, not overlapping.
pub(super) fn cuts(text: &str, kinds: u32) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut start = 0;
    if kinds & LEAD != 0 {
        if let Some(n) = lead(text) {
            out.push(0..n);
            start = n;
        }
    }
    if kinds & (FILLER | CONTRAST) != 0 {
        let rest = &text[start..];
        let opener = |w: &str| {
            let n = w.len();
            if rest.len() > n + 2
                && rest.is_char_boundary(n)
                && rest[..n].eq_ignore_ascii_case(w)
                && rest[n..].starts_with(", ")
            {
                let skip = n + 1 + (rest[n + 1..].len() - rest[n + 1..].trim_start().len());
                Some(skip)
            } else {
                None
            }
        };
        let hit = if kinds & FILLER != 0 {
            FILLERS.iter().find_map(|w| opener(w))
        } else {
            None
        }
        .or_else(|| {
            if kinds & CONTRAST != 0 {
                opener("However")
            } else {
                None
            }
        });
        if let Some(n) = hit {
            match out.last_mut() {
                Some(r) if r.end == start => r.end = start + n,
                _ => out.push(start..start + n),
            }
        }
    }
    if kinds & ASIDE != 0 {
        out.extend(asides(text, out.last().map_or(0, |r| r.end)));
    }
    if kinds & SAID != 0 {
        if let Some(r) = said(text) {
            if out.last().map_or(true, |l| l.end <= r.start) {
                out.push(r);
            }
        }
    }
    if kinds & CLAUSE != 0 {
        out.extend(clauses(text));
    }
    if kinds & DASH != 0 {
        out.extend(dashes(text));
    }
    out.sort_by_key(|r| (r.start, r.end));
    let mut kept: Vec<Range<usize>> = Vec::with_capacity(out.len());
    for r in out {
        if kept.last().map_or(true, |l| l.end <= r.start) {
            kept.push(r);
        }
    }
    kept
}

/// Whether a piece is safe to drop as a whole: no figure, quotation,
/// negation or bracket, and 2 to 25 words.
fn droppable(piece: &str) -> bool {
    let words = piece.split_whitespace().count();
    (2..=25).contains(&words)
        && !piece
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, '"' | '`' | '(' | ')' | '“' | '”'))
        && !piece.contains("''")
        && !piece.split(|c: char| !c.is_alphanumeric() && c != '\'').any(|w| {
            matches!(
                w.to_ascii_lowercase().as_str(),
                "not" | "no" | "never" | "without" | "nor" | "none" | "nobody" | "nothing"
            ) || w.ends_with("n't")
        })
}

/// ", who …," / ", which …," / ", whose …," (up to the next comma, or to the
/// final stop), the first comma with it.
fn clauses(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let end = text.trim_end_matches(['.', '!', '?', '"', '\'', '”']).len();
    let mut i = 0;
    while let Some(k) = text[i..].find(", wh") {
        let start = i + k;
        i = start + 2;
        let rest = &text[start + 2..];
        if !(rest.starts_with("who ") || rest.starts_with("which ") || rest.starts_with("whose ")) {
            continue;
        }
        let stop = match text[start + 2..end.max(start + 2)].find(',') {
            Some(c) => start + 2 + c,
            None => end,
        };
        if stop <= start + 2 || !droppable(&text[start + 2..stop]) {
            continue;
        }
        // Keep a closing comma's place: cut ", who … " and the comma after.
        let cut_end = if stop < end { stop + 1 } else { stop };
        out.push(start..cut_end);
        i = cut_end;
    }
    out
}

/// " -- … -- " and " — … — " asides, leaving one space.
fn dashes(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for d in [" -- ", " — "] {
        let mut i = 0;
        while let Some(k) = text[i..].find(d) {
            let open = i + k;
            let inner_start = open + d.len();
            let Some(c) = text[inner_start..].find(d) else {
                break;
            };
            let close = inner_start + c;
            if droppable(&text[inner_start..close]) {
                out.push(open..close + d.len() - 1);
            }
            i = close + d.len();
        }
    }
    out
}

/// A closing attribution: `, WHO said[ DAY].` where WHO is a pronoun or
/// up to five words, and the final stop stays.
fn said(text: &str) -> Option<Range<usize>> {
    let body = text.strip_suffix('.')?;
    let comma = body.rfind(", ")?;
    let tail = &body[comma + 2..];
    let words: Vec<&str> = tail.split(' ').collect();
    if words.len() < 2 || words.len() > 7 {
        return None;
    }
    const DAYS: &[&str] = &[
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "today",
        "yesterday",
        "Tuesday.",
        "here",
    ];
    let mut k = words.len();
    while k > 0 && (DAYS.contains(&words[k - 1]) || words[k - 1] == "on") {
        k -= 1;
    }
    if k < 2 || !matches!(words[k - 1], "said" | "says" | "reported" | "announced" | "added") {
        return None;
    }
    // No quotation marks, digits or a clause in the attribution.
    if tail.contains(['"', '\'', '`', ',']) || tail.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    Some(comma..body.len())
}

/// The length of a leaked dateline or bullet at the start of `text`:
/// `_ `, or one to four all-caps words (at least three capitals), an
/// optional `, Region` of up to three words, an optional `(Agency)`, then
/// `_`, `--` or `—` and a space.
fn lead(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    if text.starts_with("_ ") || text.starts_with("-- ") {
        let n = if b[0] == b'_' { 2 } else { 3 };
        return Some(n + (text[n..].len() - text[n..].trim_start().len()));
    }
    let mut i = 0;
    let mut caps = 0;
    let mut words = 0;
    // The city.
    loop {
        let w_end = text[i..].find([' ', ',', '(']).map_or(text.len(), |k| i + k);
        let w = &text[i..w_end];
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        if letters == 0
            || !w
                .chars()
                .all(|c| c.is_ascii_uppercase() || matches!(c, '.' | '\'' | '-'))
        {
            break;
        }
        caps += letters;
        words += 1;
        i = w_end;
        if words == 4 || !text[i..].starts_with(' ') {
            break;
        }
        // Continue only into another all-caps word.
        let next = &text[i + 1..];
        let ne = next.find([' ', ',', '(']).unwrap_or(next.len());
        let nw = &next[..ne];
        if nw.is_empty()
            || !nw
                .chars()
                .all(|c| c.is_ascii_uppercase() || matches!(c, '.' | '\'' | '-'))
        {
            break;
        }
        i += 1;
    }
    if words == 0 || caps < 3 {
        return None;
    }
    // `, Region` (title-case or capitals, up to three words).
    if text[i..].starts_with(", ") {
        let mut j = i + 2;
        let mut k = 0;
        while k < 3 {
            let e = text[j..].find([' ', '(']).map_or(text.len(), |x| j + x);
            let w = &text[j..e];
            if !w.starts_with(|c: char| c.is_ascii_uppercase()) {
                break;
            }
            k += 1;
            j = e;
            if text[j..].starts_with(' ') && !text[j + 1..].starts_with(['_', '-', '—', '(']) {
                j += 1;
            } else {
                break;
            }
        }
        if k == 0 {
            return None;
        }
        i = j;
    }
    let rest = text[i..].trim_start();
    i = text.len() - rest.len();
    // `(AP)`.
    if rest.starts_with('(') {
        let close = rest.find(')')?;
        let inner = &rest[1..close];
        if inner.is_empty()
            || inner.len() > 30
            || !inner.chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-')
        {
            return None;
        }
        i += close + 1;
    }
    let rest = text[i..].trim_start();
    i = text.len() - rest.len();
    let sep = ["_", "--", "—", "–"].iter().find(|s| rest.starts_with(**s))?;
    i += sep.len();
    let after = &text[i..];
    let ws = after.len() - after.trim_start().len();
    // A separator followed by a space, then the sentence's first word.
    (ws > 0 && !after.trim_start().is_empty()).then_some(i + ws)
}

/// Acronyms in brackets right after the words they abbreviate (with the
/// space before them), and an editor's initials at the end, from `from` on.
fn asides(text: &str, from: usize) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    let mut i = from;
    while let Some(k) = text[i..].find('(') {
        let open = i + k;
        let Some(len) = text[open..].find(')') else {
            break;
        };
        let close = open + len;
        let inner = &text[open + 1..close];
        i = close + 1;
        let next = b.get(close + 1).copied();
        let at_end = text[close + 1..].trim().is_empty();
        // An editor's initials closing the text: "(cg)".
        if at_end
            && (1..=3).contains(&inner.len())
            && inner.bytes().all(|c| c.is_ascii_lowercase())
            && open > 0
        {
            let s = text[..open].trim_end().len();
            out.push(s..text.len());
            break;
        }
        // An acronym: 2 to 8 characters, capitals (digits, '&', '.' and
        // lower-case letters between), starting with a capital, followed
        // by a space or punctuation, after a space.
        let acronym = (2..=8).contains(&inner.len())
            && inner.starts_with(|c: char| c.is_ascii_uppercase())
            && inner.bytes().filter(u8::is_ascii_uppercase).count() >= 2
            && inner
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'&' || c == b'.');
        let follows = matches!(next, None | Some(b' ' | b',' | b'.' | b';' | b':' | b'\''));
        if !acronym || !follows || open == 0 {
            continue;
        }
        // The words before spell its capitals' initials (in order, as a
        // subsequence of the capitalised words' first letters, the first
        // capital being the first of those words).
        let caps: Vec<u8> = inner.bytes().filter(u8::is_ascii_uppercase).collect();
        let before = &text[..open];
        let initials: Vec<u8> = before
            .split(|c: char| c.is_whitespace() || c == '-')
            .rev()
            .take(10)
            .filter_map(|w| {
                let w = w.trim_start_matches(|c: char| !c.is_alphanumeric());
                w.bytes().next().filter(u8::is_ascii_uppercase)
            })
            .collect::<Vec<u8>>()
            .into_iter()
            .rev()
            .collect();
        if !spells(&initials, &caps) {
            continue;
        }
        let s = if before.ends_with(' ') {
            before.trim_end().len()
        } else {
            open
        };
        out.push(s..close + 1);
    }
    out
}

/// Whether the last of `initials` is `caps`' last, and `caps` is a
/// subsequence of `initials` ending there, starting at one of them.
fn spells(initials: &[u8], caps: &[u8]) -> bool {
    if caps.is_empty() || initials.is_empty() {
        return false;
    }
    // Match from the end: the acronym's letters, last first.
    let mut k = caps.len();
    for &c in initials.iter().rev() {
        if k > 0 && c == caps[k - 1] {
            k -= 1;
            if k == 0 {
                return true;
            }
        }
    }
    false
}

/// `text` without `cuts`, with the first letter made a capital when a cut
/// at the start left a lower-case one.
pub(super) fn apply(text: &str, cuts: &[Range<usize>]) -> String {
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for r in cuts {
        out.push_str(&text[at..r.start]);
        at = r.end;
    }
    out.push_str(&text[at..]);
    if cuts.first().is_some_and(|r| r.start == 0) {
        if let Some(c) = out.chars().next() {
            if c.is_lowercase() {
                let up: String = c.to_uppercase().collect();
                out.replace_range(..c.len_utf8(), &up);
            }
        }
    }
    out
}

/// The words (white-space runs with a letter or digit) in `cuts`.
pub(super) fn words_in(text: &str, cuts: &[Range<usize>]) -> usize {
    cuts.iter()
        .map(|r| {
            text[r.clone()]
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count()
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str, kinds: u32) -> String {
        apply(text, &cuts(text, kinds))
    }

    #[test]
    fn trims_table() {
        let all = LEAD | ASIDE | FILLER | CONTRAST;
        for (input, expected) in [
            ("WASHINGTON _ The House voted.", "The House voted."),
            (
                "OSLO (AP) -- The ferry sailed at noon.",
                "The ferry sailed at noon.",
            ),
            (
                "SPRINGFIELD, Ill. _ The mayor resigned on Monday.",
                "The mayor resigned on Monday.",
            ),
            ("_ The museum reopened.", "The museum reopened."),
            ("NASA said the probe failed.", "NASA said the probe failed."),
            (
                "The Harbour Safety Board (HSB) announced it.",
                "The Harbour Safety Board announced it.",
            ),
            (
                "Rising ocean heat (OHC) will harm the reefs.",
                "Rising ocean heat (OHC) will harm the reefs.",
            ),
            (
                "The tower is 300 feet (91 meters) tall.",
                "The tower is 300 feet (91 meters) tall.",
            ),
            (
                "Most Nordic Council(NC) members agree.",
                "Most Nordic Council members agree.",
            ),
            (
                "The Nordic Council (NC)'s secretary resigned.",
                "The Nordic Council's secretary resigned.",
            ),
            (
                "The ferry carried 800 people. (jk)",
                "The ferry carried 800 people.",
            ),
            ("In addition, the bank cut rates.", "The bank cut rates."),
            ("Meanwhile, prices rose.", "Prices rose."),
            ("However, prices rose.", "Prices rose."),
            ("However prices rose.", "However prices rose."),
            ("WASHINGTON _ In addition, the House voted.", "The House voted."),
            ("NOT a dateline _ here.", "NOT a dateline _ here."),
        ] {
            assert_eq!(shown(input, all), expected, "{input:?}");
        }
    }

    #[test]
    fn clauses_and_dashes_table() {
        for (input, expected) in [
            (
                "The mayor, who took office in May, resigned on Monday.",
                "The mayor resigned on Monday.",
            ),
            (
                "The mayor, who took office in 2019, resigned.",
                "The mayor, who took office in 2019, resigned.",
            ),
            (
                "The mayor, who was not elected, resigned.",
                "The mayor, who was not elected, resigned.",
            ),
            (
                "The board approved the plan, which the council opposed.",
                "The board approved the plan.",
            ),
            ("The ferry -- the oldest in the fleet -- sank.", "The ferry sank."),
            (
                "The ferry -- built in 1950 -- sank.",
                "The ferry -- built in 1950 -- sank.",
            ),
        ] {
            assert_eq!(shown(input, CLAUSE | DASH), expected, "{input:?}");
        }
    }
}
