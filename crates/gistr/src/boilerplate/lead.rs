//! Where a paragraph's sentence starts: past a photo credit, wire codes
//! (`&UR;`), a list bullet (`_ `, `-- `), a news-budget slug and a dateline
//! (`CUBA-ELIAN _ MIAMI _`, `WASHINGTON:`, `MOSCOW (AP) —`) or a short
//! `Label:`.

use super::*;

/// Bytes to skip at the start of a paragraph: a photo credit (with the
/// caption before it) run into the paragraph ("Photo: Jan Smit/Reuters The
/// ferry…"), then wire codes, list bullets, slugs and datelines in any
/// order and repeated (`&UR; &LR; `, `_ `, `-- `, `CUBA-ELIAN _ MIAMI _`,
/// `GENEVA (AP) -- GENEVA (AP) --`, `PHOENIX _`), or else a short label
/// (`Key Points: `) after any codes and bullets. The sentence's span starts
/// there, so it stays a verbatim range of the article.
#[cfg(test)]
pub fn lead_in(p: &str) -> usize {
    lead_past(p, Facts::of(p, Vec::new()).credit.as_ref())
}

/// [`lead_in`], given the paragraph's photo credit ([`Facts`]).
pub(super) fn lead_past(p: &str, credit: Option<&Credit>) -> usize {
    let mut at = match credit {
        Some(c) if !c.whole => c.end + (p[c.end..].len() - p[c.end..].trim_start().len()),
        _ => 0,
    };
    let mut datelines = 0;
    // A bounded number of rounds (a slug, two datelines and their codes and
    // bullets take fewer): a paragraph of many "_ " is a rule, not a lead.
    for _ in 0..8 {
        let rest = &p[at..];
        let step = match code(rest).or_else(|| bullet(rest)) {
            Some(n) => n,
            None => match dateline(rest) {
                Some(n) => {
                    datelines += 1;
                    n
                }
                None => break,
            },
        };
        at += step;
    }
    if datelines == 0 {
        at += label(&p[at..]).unwrap_or(0);
    }
    at
}

/// A wire service's typesetting code (`&QL;`, `&UR;`, `&LR;` …) and the
/// white space after it, when a sentence follows.
fn code(p: &str) -> Option<usize> {
    const CODES: &[&str] = &["&QL;", "&QC;", "&QR;", "&UR;", "&LR;", "&HT;"];
    if !p.starts_with('&') || !CODES.iter().any(|c| p.starts_with(c)) {
        return None;
    }
    let after = &p[4..];
    let body = after.trim_start();
    (body.len() < after.len() && !body.is_empty()).then(|| p.len() - body.len())
}

/// A list bullet and the white space after it: `_ `, `- `, `-- `, `--- `,
/// `* `, `• `, or `-`, `--`, `_` run into a capital (`--U.S. District
/// Judge`, `-That it was …`, `_All species: …`), when a sentence follows.
/// Not `-3` (a number), not a rule (`-----`), not an em or en dash (which
/// opens a line of dialogue in many languages).
fn bullet(p: &str) -> Option<usize> {
    let b = p.as_bytes();
    let n = match b.first()? {
        b'_' => b.iter().take_while(|&&c| c == b'_').count(),
        b'-' => b.iter().take_while(|&&c| c == b'-').count(),
        b'*' => 1,
        _ if p.starts_with('•') => '•'.len_utf8(),
        _ => return None,
    };
    if b[0] == b'-' && n > 3 {
        return None;
    }
    let after = &p[n..];
    let body = after.trim_start();
    let spaced = body.len() < after.len();
    let first = body.chars().next()?;
    // Run into a capital: `-`, `--`, or one `_` when no word of the
    // paragraph ends in `_` (`_The Times_` is italics).
    let attached = first.is_uppercase()
        && match b[0] {
            b'-' => n <= 2,
            b'_' => n == 1 && !b.windows(2).any(|w| w[0].is_ascii_alphanumeric() && w[1] == b'_'),
            _ => false,
        };
    if !(spaced || attached) || matches!(first, '-' | '_' | '*' | '•' | '—' | '–') {
        return None;
    }
    Some(p.len() - body.len())
}

/// A city word: all capitals (`WASHINGTON`, `ST.`, `CUBA-ELIAN`), or a
/// lower-case particle of one or two letters before capitals (`d'ALENE`,
/// `McALLEN`).
fn caps_word(w: &str) -> bool {
    if !w
        .chars()
        .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '-' | '’'))
    {
        return false;
    }
    let mut lower = 0;
    let mut upper = 0;
    for (i, c) in w.chars().enumerate() {
        if c.is_lowercase() {
            if i >= 2 {
                return false;
            }
            lower += 1;
        } else if c.is_uppercase() {
            upper += 1;
        } else if c.is_alphabetic() {
            return false;
        }
    }
    upper >= if lower > 0 { 3 } else { 1 }
}

/// `CITY[ (Region)][, Region | , Month Day][ (Agency)] SEP ` where CITY is
/// one to five capitalised words ([`caps_word`]: `WASHINGTON`, `DAR ES
/// SALAAM`, `COEUR d'ALENE`, a slug `CUBA-ELIAN`), the region is up to four
/// title-case words or numbers (`Texas`, `Wyo.`, `August 17`, `10-20`), and
/// SEP is `_`, `--`, `—`, `–`, `-` or `:` followed by white space.
pub(super) fn dateline(p: &str) -> Option<usize> {
    let head = match p.char_indices().nth(90) {
        Some((i, _)) => &p[..i],
        None => p,
    };
    let mut rest = head;
    // The city: all-caps words (at least three capitals in all).
    let mut upper = 0;
    let mut city_words = 0;
    loop {
        // `_` ends a word too: a slug run into its separator (`HOME_ If …`).
        let end = rest.find([' ', ',', '(', ':', '_']).unwrap_or(rest.len());
        let w = &rest[..end];
        if !caps_word(w) {
            break;
        }
        upper += w.chars().filter(|c| c.is_uppercase()).count();
        city_words += 1;
        rest = &rest[end..];
        match rest.strip_prefix(' ') {
            Some(r) if city_words < 5 => {
                // Only continue into a word that is itself a city word.
                let next_end = r.find([' ', ',', '(', ':', '_']).unwrap_or(r.len());
                if caps_word(&r[..next_end]) {
                    rest = r;
                    continue;
                }
                break;
            }
            _ => break,
        }
    }
    if upper < 3 || city_words == 0 {
        return None;
    }
    // A region in brackets before the date: `BEIDAIHE (Hebei), March 5`.
    if let Some(r) = rest.trim_start().strip_prefix('(') {
        if let Some(close) = r.find(')') {
            if close <= 30 && r[close + 1..].starts_with(", ") {
                rest = &r[close + 1..];
            }
        }
    }
    // The region or date.
    if let Some(r) = rest.strip_prefix(", ") {
        let mut r = r;
        let mut n = 0;
        while n < 4 {
            let end = r.find([' ', '(']).unwrap_or(r.len());
            let w = r[..end].trim_end_matches(',');
            if w.is_empty()
                || !w
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                || !w
                    .chars()
                    .all(|c| c.is_alphanumeric() || matches!(c, '.' | '\'' | '-'))
            {
                break;
            }
            n += 1;
            r = &r[end..];
            match r.strip_prefix(' ') {
                Some(t) if t.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) => r = t,
                _ => break,
            }
        }
        if n == 0 {
            return None;
        }
        rest = r;
    }
    rest = rest.trim_start();
    if rest.starts_with('(') {
        let close = rest.find(')')?;
        if close > 30 {
            return None;
        }
        rest = rest[close + 1..].trim_start();
    }
    let sep = ["--", "_", "—", "–", "-", ":"]
        .iter()
        .find(|s| rest.starts_with(**s))?;
    let after = &rest[sep.len()..];
    let body = after.trim_start();
    let opens = body
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, '"' | '“' | '`' | '\'' | '‘'));
    if body.len() == after.len() || !opens {
        return None;
    }
    Some(head.len() - body.len())
}

pub(super) fn label(p: &str) -> Option<usize> {
    // A byte scan: a substring search is slow in wasm.
    let colon = p
        .as_bytes()
        .windows(2)
        .position(|w| w[0] == b':' && w[1] == b' ')?;
    let head = &p[..colon];
    let n = words(head);
    if n == 0 || n > 5 || head.contains(['"', '“', ',']) {
        return None;
    }
    let title_case = head.split_whitespace().all(|w| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric())
            || matches!(w, "of" | "and" | "the" | "in" | "on" | "for" | "to" | "a")
    });
    let body = &p[colon + 2..];
    let next_upper = body.trim_start().chars().next().is_some_and(char::is_uppercase);
    // "Trump said: We …" is speech, not a label: a label has no verb-like
    // lower-case words, and there must be enough sentence after it.
    if title_case
        && next_upper
        && words(body) >= 6
        && n >= 1
        && !head.split_whitespace().all(|w| w.chars().all(char::is_uppercase))
    {
        Some(p.len() - body.trim_start().len())
    } else {
        None
    }
}
