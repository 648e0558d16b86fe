//! Forced cuts: no piece is longer than [`MAX_WORDS`] words or [`MAX_CHARS`]
//! characters.

use crate::tuning::{MAX_CHARS, MAX_WORDS};
use std::ops::Range;

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

/// Pushes `range` of `text` onto `out`, cut into pieces within the bounds
/// when it is longer than [`MAX_WORDS`] or [`MAX_CHARS`]. Each cut is at the
/// last line break in the bounds, else the last clause mark (`;`, `:`, `—`),
/// else the last comma, else between the last two words, else (in a run of
/// text without white space) at the bound; but never in the first third of
/// the bounds, so that every step moves on by a third of them at least,
/// and the whole stays linear in the length.
pub(super) fn bounded(text: &str, range: Range<usize>, out: &mut Vec<Piece>) {
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
    use crate::sentence::pieces;

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

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
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
    }
}
