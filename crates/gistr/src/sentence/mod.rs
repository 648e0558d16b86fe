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
//! Last, no sentence is longer than [`MAX_WORDS`](crate::tuning::MAX_WORDS)
//! words or [`MAX_CHARS`](crate::tuning::MAX_CHARS) characters: a longer run (a text without sentence ends, one word per
//! line, a list without punctuation) is cut at a line break, else at clause
//! punctuation (`;`, `:`, `—`), else after a comma, else between words, and
//! its pieces are marked [`Piece::forced`].
//!
//! One file a job: `uax29.rs` (the fast bounds table), `added.rs` (the
//! bounds UAX #29 does not see), `ends.rs` (false sentence ends), `list.rs` (list markers and items), `cut.rs` (forced cuts
//! and [`Piece`]); this file chains them.

mod added;
mod cut;
mod ends;
mod list;
mod uax29;

use cut::bounded;
pub use cut::Piece;
pub(crate) use ends::ends_with_terminal;
use ends::is_end;
use list::list_items;

use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

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

/// The UAX #29 pieces, cut where [`added::cuts`] finds a bound UAX #29
/// does not see, with the false ends merged.
fn merged(text: &str) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut push = |start: usize, piece: &str| {
        let end = start + piece.len();
        match out.last_mut() {
            Some(last) if !is_end(&text[last.clone()], piece) => last.end = end,
            _ => out.push(start..end),
        }
    };
    let mut push_cut = |start: usize, piece: &str, latin: bool| {
        let mut from = 0;
        for cut in added::cuts(piece, &text[start + piece.len()..], latin) {
            push(start + from, &piece[from..cut]);
            from = cut;
        }
        push(start + from, &piece[from..]);
    };
    match uax29::bounds(text) {
        Some(bounds) => {
            let mut start = 0;
            for end in bounds {
                push_cut(start, &text[start..end], true);
                start = end;
            }
        }
        None => {
            for (start, piece) in text.split_sentence_bound_indices() {
                push_cut(start, piece, false);
            }
        }
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Splits `input` and compares the trimmed sentences with `expected`.
    pub(super) fn check(input: &str, expected: &[&str]) {
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
    }
}
