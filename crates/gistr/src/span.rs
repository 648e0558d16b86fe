//! Byte ranges to [`Span`]s with UTF-16 offsets, in one pass over the text.

use crate::output::Span;
use std::ops::Range;

/// The spans of `ranges`, which must be sorted by start and not overlap.
pub fn spans(text: &str, ranges: &[Range<usize>]) -> Vec<Span> {
    let mut out = Vec::with_capacity(ranges.len());
    let mut byte = 0;
    let mut unit = 0;
    let advance = |to: usize, byte: &mut usize, unit: &mut usize| {
        let to = to.min(text.len());
        if to > *byte {
            *unit += text[*byte..to].chars().map(char::len_utf16).sum::<usize>();
            *byte = to;
        }
        *unit
    };
    for r in ranges {
        let start_utf16 = advance(r.start, &mut byte, &mut unit);
        let end_utf16 = advance(r.end, &mut byte, &mut unit);
        out.push(Span {
            start: r.start,
            end: r.end,
            start_utf16,
            end_utf16,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_utf16_units() {
        let text = "a😀b é c";
        let s = spans(text, &[0..1, 5..6, 7..9]);
        assert_eq!((s[1].start_utf16, s[1].end_utf16), (3, 4));
        assert_eq!((s[2].start_utf16, s[2].end_utf16), (5, 6));
    }
}
