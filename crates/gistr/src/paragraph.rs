//! Stage 1: paragraphs.
//!
//! A paragraph is a line of text, or several lines when a paragraph was
//! hard-wrapped (a line of three words or more that ends without
//! punctuation and a next line that starts in lower case). Blank lines
//! always separate paragraphs.

use std::ops::Range;

/// The paragraphs of `text` as trimmed, non-empty byte ranges, in order.
pub fn paragraphs(text: &str) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut joinable = false;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let start = pos;
        pos += line.len();
        let Some(r) = crate::sentence::trim(text, start..start + line.len()) else {
            joinable = false;
            continue;
        };
        let t = &text[r.clone()];
        let starts_lower = t.chars().next().is_some_and(char::is_lowercase);
        match out.last_mut() {
            Some(last) if joinable && starts_lower => last.end = r.end,
            _ => out.push(r.clone()),
        }
        // A line of one or two words is not part of a hard-wrapped
        // paragraph (lines wrap at tens of characters): text with one word
        // per line is a list, not one long paragraph.
        joinable =
            !t.ends_with(|c: char| ".!?:;…。！？\"”’)".contains(c)) && t.split_whitespace().nth(2).is_some();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &[&str]) {
        let got: Vec<&str> = paragraphs(input).into_iter().map(|r| &input[r]).collect();
        assert_eq!(got, expected, "input: {input:?}");
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("", &[]),
            ("\n\n \n", &[]),
            ("One.", &["One."]),
            ("One.\nTwo.", &["One.", "Two."]),
            ("One.\n\nTwo.", &["One.", "Two."]),
            ("  One.  \r\n  Two.\r\n", &["One.", "Two."]),
            ("A line that\nwraps here.", &["A line that\nwraps here."]),
            ("A Title\nBody starts.", &["A Title", "Body starts."]),
            ("A line that\n\nwraps not.", &["A line that", "wraps not."]),
            ("one\nword\nper\nline", &["one", "word", "per", "line"]),
            ("two words\nper line", &["two words", "per line"]),
            ("three words here\nand on.", &["three words here\nand on."]),
        ];
        for (input, expected) in cases {
            check(input, expected);
        }
    }
}
