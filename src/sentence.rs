//! Stage 3: sentences.
//!
//! Starts from the UAX #29 sentence bounds of `unicode-segmentation` and
//! merges the bounds that are not sentence ends in news text: after titles
//! and other abbreviations (`Mr.`, `U.S.`, `Inc.`), initials (`Jonas E.
//! Smith`), list markers (`1.`), month abbreviations before a day (`Jan. 5`),
//! and line breaks inside a hard-wrapped paragraph.

use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// Splits `text` into pieces that tile it exactly: their concatenation is
/// `text`. Each piece is one sentence with the white space that follows it.
pub fn split(text: &str) -> Vec<Range<usize>> {
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
const PERSON_TITLES: &[&str] = &["mr", "mrs", "ms", "dr", "prof", "messrs", "mme", "mlle"];

/// Titles that are never the last word of a sentence.
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "messrs", "mme", "dr", "prof", "gen", "sen", "rep", "gov", "lt", "col", "sgt", "capt",
    "cmdr", "adm", "maj", "brig", "cpl", "pvt", "rev", "hon", "pres", "supt", "insp", "det", "st", "mt",
    "ft", "vs", "v", "fig", "figs", "no", "nos", "art", "sec", "ch", "vol", "pp", "mio", "mrd", "bzw", "usw",
    "nr", "approx", "ca", "cf", "al", "viz", "dept", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat",
    "sun", "ave", "blvd", "rd", "hwy", "mass", "calif", "fla", "ill", "penn", "conn", "wash", "tenn", "ariz",
    "colo", "mich", "minn", "wis", "okla", "ore", "nev", "neb", "kan", "ky", "la", "md", "miss", "mo", "va",
    "vt", "wyo", "ala", "ark", "del", "ga", "ind", "nh", "nj", "nm", "ny", "pa", "sc", "sd", "tex",
];

/// Abbreviations that may also end a sentence ("… joined Acme Inc. The deal …").
const AMBIGUOUS: &[&str] = &[
    "inc", "corp", "co", "ltd", "llc", "plc", "jr", "sr", "bros", "etc", "esq", "phd", "govt", "intl",
    "assn", "univ",
];

/// Capitalised words that usually open a sentence, so a bound before them stands.
const OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "but",
    "and",
    "or",
    "so",
    "in",
    "on",
    "at",
    "this",
    "that",
    "these",
    "those",
    "there",
    "his",
    "her",
    "their",
    "its",
    "our",
    "my",
    "after",
    "before",
    "when",
    "while",
    "if",
    "as",
    "for",
    "yet",
    "some",
    "many",
    "most",
    "no",
    "not",
    "officials",
    "police",
    "however",
    "meanwhile",
    "also",
    "still",
    "then",
    "by",
    "with",
    "from",
    "one",
    "two",
    "both",
    "all",
    "each",
    "other",
    "what",
    "why",
    "how",
    "who",
    "where",
    "since",
    "although",
    "though",
    "despite",
    "under",
    "during",
    "last",
    "next",
    "earlier",
    "later",
    "now",
    "today",
    "yesterday",
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
    if last != '.' {
        return true;
    }
    let word = last_word(p);
    let bare = word.trim_end_matches('.');
    if bare.is_empty() {
        return true;
    }
    let next_word = first_word(n);
    // A list marker alone: "1." or "a)" then the item.
    if p == word && bare.len() <= 3 && bare.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let lower = bare.to_lowercase();
    if PERSON_TITLES.contains(&lower.as_str()) && bare.starts_with(char::is_uppercase) {
        return false;
    }
    if TITLES.contains(&lower.as_str()) && !is_opener(next_word) {
        return false;
    }
    let initials = is_initials(bare);
    if initials || AMBIGUOUS.contains(&lower.as_str()) {
        return is_opener(next_word) && !first.is_ascii_digit();
    }
    // "pp. 5", "No. 7", "Jan. 5": an abbreviation then a number.
    if first.is_ascii_digit() && bare.len() <= 4 && bare.chars().all(char::is_alphabetic) {
        return false;
    }
    true
}

fn ends_with_terminal(p: &str) -> bool {
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

fn first_word(n: &str) -> &str {
    let w = n.split(char::is_whitespace).next().unwrap_or(n);
    w.trim_matches(|c: char| !c.is_alphanumeric())
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
    let lower = w.to_lowercase();
    OPENERS.contains(&lower.as_str())
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
