//! List markers (`1.`, `1.)`, `a)`, `• 9.`) and the items of a list run
//! into one line.

use std::ops::Range;

pub(super) fn first_word_raw(n: &str) -> &str {
    n.split(char::is_whitespace).next().unwrap_or(n)
}

/// The bullets a list item may start with.
const BULLETS: &[char] = &['•', '⁃', '‣', '◦', '▪', '·'];

/// A list marker: `1.`, `1.)`, `1)`, `a.`, `a)`, `A)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Marker {
    /// 1 for `1` or `a`, 2 for `2` or `b`, …
    pub(super) value: u32,
    /// 0 for digits, 1 for lower-case letters, 2 for capitals.
    kind: u8,
    /// 0 for `1.`, 1 for `1.)`, 2 for `1)`.
    style: u8,
}

impl Marker {
    /// Whether `other` numbers items of the same list.
    pub(super) fn same_list(self, other: Marker) -> bool {
        self.kind == other.kind && self.style == other.style
    }
}

/// The list marker `w` is (one word, a bullet allowed before it), if any.
/// Capitals are markers only before a bracket: `A.` is an initial.
pub(super) fn marker(w: &str) -> Option<Marker> {
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
pub(super) fn opening_marker(s: &str) -> Option<(usize, Marker)> {
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
pub(super) fn list_items(text: &str, range: Range<usize>, mut f: impl FnMut(Range<usize>)) {
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
