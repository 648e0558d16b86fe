//! Where a paragraph's sentence starts: past a photo credit, a dateline
//! (`WASHINGTON:`, `MOSCOW (AP) —`) or a short `Label:`.

use super::*;

/// Bytes to skip at the start of a paragraph: a photo credit (with the
/// caption before it) run into the paragraph ("Photo: Jan Smit/Reuters The
/// ferry…"), then a dateline (`WASHINGTON:`, `PHOENIX _`, `MOSCOW (AP) —`)
/// or a short label (`Key Points: `).
#[cfg(test)]
pub fn lead_in(p: &str) -> usize {
    lead_past(p, Facts::of(p, Vec::new()).credit.as_ref())
}

/// [`lead_in`], given the paragraph's photo credit ([`Facts`]).
pub(super) fn lead_past(p: &str, credit: Option<&Credit>) -> usize {
    let skip = match credit {
        Some(c) if !c.whole => c.end + (p[c.end..].len() - p[c.end..].trim_start().len()),
        _ => 0,
    };
    let rest = &p[skip..];
    skip + dateline(rest).or_else(|| label(rest)).unwrap_or(0)
}

/// `CITY[, Region | , Month Day][ (Agency)] SEP ` where CITY is one to
/// five capitalised words (`WASHINGTON`, `DAR ES SALAAM`), the region is up
/// to three title-case words or numbers (`Texas`, `Wyo.`, `August 17`), and
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
        let end = rest.find([' ', ',', '(', ':']).unwrap_or(rest.len());
        let w = &rest[..end];
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        let caps = w.chars().filter(|c| c.is_uppercase()).count();
        let word_ok = letters > 0
            && caps == letters
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '-' | '’'));
        if !word_ok {
            break;
        }
        upper += caps;
        city_words += 1;
        rest = &rest[end..];
        match rest.strip_prefix(' ') {
            Some(r) if r.starts_with(|c: char| c.is_uppercase()) && city_words < 5 => {
                // Only continue into a word that is itself all caps.
                let next_end = r.find([' ', ',', '(', ':']).unwrap_or(r.len());
                let nw = &r[..next_end];
                if nw.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) {
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
                || !w.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '\''))
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
