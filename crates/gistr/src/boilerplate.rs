//! Stage 2: boilerplate.
//!
//! Marks the paragraphs that must never reach a summary: a repeated title,
//! repeated paragraphs, headings and lists of unrelated headlines, bylines,
//! credits and calls to share or subscribe. Also finds the dateline or
//! "Label:" that opens a paragraph, so that the sentence starts after it.

use crate::fxhash::FxSet;
use std::ops::Range;

/// Phrases that mark a short paragraph as page furniture.
const FURNITURE: &[&str] = &[
    "advertisement",
    "sign up",
    "subscribe",
    "share this",
    "share on",
    "share via",
    "follow us",
    "follow @",
    "click here",
    "read more",
    "read also",
    "related:",
    "related articles",
    "recommended",
    "photo:",
    "photo by",
    "photos:",
    "image:",
    "image credit",
    "credit:",
    "getty images",
    "ap photo",
    "afp via",
    "reuters/",
    "©",
    "copyright",
    "all rights reserved",
    "reporting by",
    "editing by",
    "writing by",
    "newsletter",
    "listen to this article",
    "download the app",
    "skip to",
    "cookie",
    "terms of use",
    "privacy policy",
    "watch:",
    "video:",
    "this story has been",
    "this article was",
    "contact the author",
    "leave a comment",
    // Wire-service furniture.
    "story filed by",
    "endit",
    "optional trim",
    "optional add",
    "end of story",
    "story can end here",
    "on the net:",
    "distributed by",
    "news service",
    "eds:",
    "on the web at",
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
    "more from",
    "most read",
    "most popular",
    "top stories",
    "more stories",
    "you may also like",
    "trending now",
];

/// Why each paragraph is boilerplate, `None` for content.
pub fn classify(text: &str, paragraphs: &[Range<usize>], title: Option<&str>) -> Vec<Option<&'static str>> {
    let title_key = title.map(normalize).filter(|t| !t.is_empty());
    // FxHash: SipHash over every paragraph is slow in wasm; the set is only
    // asked, never iterated.
    let mut seen: FxSet<String> = FxSet::default();
    let mut out: Vec<Option<&'static str>> = Vec::with_capacity(paragraphs.len());
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
    for (i, r) in paragraphs.iter().enumerate() {
        let p = &text[r.clone()];
        let key = normalize(p);
        let reason = if key.is_empty() {
            Some("no words")
        } else if title_key.as_deref() == Some(key.as_str()) {
            Some("repeated title")
        } else if !seen.insert(key) {
            Some("repeated paragraph")
        } else if is_furniture(p) {
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
        out.push(reason);
    }
    out
}

/// Lower-case letters and digits only, single-spaced.
fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    if s.is_ascii() {
        // The same, a byte at a time.
        let mut gap = false;
        for &b in s.as_bytes() {
            if b.is_ascii_alphanumeric() {
                if gap && !out.is_empty() {
                    out.push(' ');
                }
                gap = false;
                out.push(char::from(b.to_ascii_lowercase()));
            } else {
                gap = true;
            }
        }
        return out;
    }
    normalize_chars(s)
}

/// [`normalize`] for any text, a word at a time.
fn normalize_chars(s: &str) -> String {
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

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// `words(s) > n`, counting no further than needed (most paragraphs are
/// far longer than the short lines these checks look for).
fn more_words_than(s: &str, n: usize) -> bool {
    s.split_whitespace().nth(n).is_some()
}

/// A short line that does not end like a sentence: a title, a heading, an
/// item of a list of links.
fn is_heading(p: &str) -> bool {
    let core = p.trim_end_matches(['"', '\'', '”', '’', ')', '»']);
    !core.ends_with(['.', '!', '?', '…', '。', '！', '？']) && !more_words_than(p, 20)
}

fn is_furniture(p: &str) -> bool {
    if more_words_than(p, 25) {
        return false;
    }
    let lower = p.to_lowercase();
    static FIRST: [u128; 256] = first_bytes(FURNITURE);
    contains_any(&lower, FURNITURE, &FIRST)
}

/// For each byte, the set of `phrases` (bit `k` for `phrases[k]`) that
/// start with it: the table of [`contains_any`].
const fn first_bytes(phrases: &[&str]) -> [u128; 256] {
    assert!(phrases.len() <= 128);
    let mut table = [0u128; 256];
    let mut k = 0;
    while k < phrases.len() {
        let b = phrases[k].as_bytes();
        assert!(!b.is_empty());
        table[b[0] as usize] |= 1 << k;
        k += 1;
    }
    table
}

/// Whether `hay` contains any of `phrases`: one pass over its bytes, each
/// compared only with the phrases that start with it (a substring search
/// per phrase is slow, most of all in wasm).
fn contains_any(hay: &str, phrases: &[&str], first: &[u128; 256]) -> bool {
    let h = hay.as_bytes();
    (0..h.len()).any(|i| {
        let mut set = first[h[i] as usize];
        while set != 0 {
            if h[i..].starts_with(phrases[set.trailing_zeros() as usize].as_bytes()) {
                return true;
            }
            set &= set - 1;
        }
        false
    })
}

/// "By Jane Doe", "By Jane Doe and John Roe, Reuters", "BY JANE DOE |
/// Associated Press Writer", "Jane Doe, Staff Writer".
fn is_byline(p: &str) -> bool {
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
    static ROLES_FIRST: [u128; 256] = first_bytes(ROLES);
    if more_words_than(p, 12) {
        return false;
    }
    let lower = p.to_lowercase();
    let rest = match p.strip_prefix("By ").or_else(|| p.strip_prefix("BY ")) {
        Some(r) => r,
        None => {
            return words(p) <= 8
                && contains_any(&lower, ROLES, &ROLES_FIRST)
                && !p.trim_end().ends_with(['.', '!', '?']);
        }
    };
    rest.split_whitespace()
        .filter(|w| !SMALL.contains(w))
        .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
}

/// Bytes to skip at the start of a paragraph: a dateline (`WASHINGTON:`,
/// `PHOENIX _`, `MOSCOW (AP) —`) or a short label (`Key Points: `).
pub fn lead_in(p: &str) -> usize {
    dateline(p).or_else(|| label(p)).unwrap_or(0)
}

/// `CITY[, Region | , Month Day][ (Agency)] SEP ` where CITY is one to
/// five capitalised words (`WASHINGTON`, `DAR ES SALAAM`), the region is up
/// to three title-case words or numbers (`Texas`, `Wyo.`, `August 17`), and
/// SEP is `_`, `--`, `—`, `–`, `-` or `:` followed by white space.
fn dateline(p: &str) -> Option<usize> {
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

fn label(p: &str) -> Option<usize> {
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contains_any_equals_contains() {
        let hays = [
            "",
            "advertisement",
            "an ADVERTISEMENT",
            "x share this y",
            "share thi",
            "© 2024",
            "see www.example.org",
            "subscribe",
            "resubscribe now",
            "reporting by jane",
            "(at)",
            "the end of story",
            "sign u",
            "a ©",
            "plain prose about the council",
        ];
        let first = first_bytes(FURNITURE);
        for h in hays {
            let lower = h.to_lowercase();
            let expected = FURNITURE.iter().any(|f| lower.contains(f));
            assert_eq!(contains_any(&lower, FURNITURE, &first), expected, "{h:?}");
        }
    }

    #[test]
    fn normalize_ascii_path_equals_the_general_one() {
        let cases = [
            "",
            " ",
            "a",
            "A b",
            "  Hello,   World!  ",
            "x--y",
            "1,500 and 3.5%",
            "_under_score_",
            "Tab\tand\nnewline",
            "...",
            "ALL CAPS. 42",
            "e.g. U.S.A.",
            "'quoted' \"words\"",
        ];
        for c in cases {
            assert_eq!(normalize(c), normalize_chars(c), "{c:?}");
        }
        // Every pair of printable ASCII characters, and a few triples.
        for a in 0x20u8..0x7f {
            for b in 0x20u8..0x7f {
                let t = format!("{}{}x{}", a as char, b as char, a as char);
                assert_eq!(normalize(&t), normalize_chars(&t), "{t:?}");
            }
        }
    }

    fn check(input: &str, title: Option<&str>, expected: &[Option<&str>]) {
        let paras = crate::paragraph::paragraphs(input);
        let got = classify(input, &paras, title);
        assert_eq!(got, expected, "input: {input:?}");
    }

    #[test]
    fn table() {
        check("Body one.\nBody two.", None, &[None, None]);
        check(
            "Big News\nBig news!\nBody.",
            Some("Big news!"),
            &[Some("repeated title"), Some("repeated title"), None],
        );
        check(
            "Body one.\nBody one.\nBody two.",
            None,
            &[None, Some("repeated paragraph"), None],
        );
        check("Advertisement\nBody.", None, &[Some("page furniture"), None]);
        check(
            "Sign up for our newsletter.\nBody.",
            None,
            &[Some("page furniture"), None],
        );
        check("By Jane Doe\nBody.", None, &[Some("byline"), None]);
        check(
            "Body.\nA -\nB C -\nD E F -\nG H",
            None,
            &[
                None,
                Some("headline list"),
                Some("headline list"),
                Some("headline list"),
                Some("headline list"),
            ],
        );
        check("No punctuation\nAt all here", None, &[None, None]);
    }

    /// One paragraph of furniture after a line of content.
    fn furniture(line: &str, reason: &str) {
        check(
            &format!("The council met on Monday.\n{line}"),
            None,
            &[None, Some(reason)],
        );
    }

    /// One paragraph that must stay content.
    fn content(line: &str) {
        check(
            &format!("The council met on Monday.\n{line}"),
            None,
            &[None, None],
        );
    }

    #[test]
    fn furniture_table() {
        for line in [
            "Advertisement",
            "ADVERTISEMENT",
            "Sign up for our daily briefing.",
            "Subscribe to our newsletter for more.",
            "Share this article on Facebook.",
            "Photo: Jan Smit/Reuters",
            "(AP Photo/Mark Lennihan)",
            "Photograph: Getty Images.",
            "Copyright 2024 The Daily Planet. All rights reserved.",
            "Reporting by Jane Doe; Editing by John Roe.",
            "Read more: Budget talks stall.",
            "Published: March 3, 2025.",
            "Last updated 12:30 GMT.",
            "Story Filed By Cox Newspapers",
            "On the Net: http://www.example.org",
            "(Distributed by New York Times Special Features)",
            "Eds: Embargoed for Thursday, Dec. 2.",
            "&QL; XXXX END OF STORY &QL;",
            "More from the region.",
            "You may also like these stories.",
        ] {
            furniture(line, "page furniture");
        }
        for line in [
            "By Jane Doe",
            "BY JANE DOE",
            "By Jane Doe and John Roe, Reuters",
            "By Jane Doe | Associated Press Writer",
            "Jane Doe, Staff Writer",
            "Jane Doe, Washington Correspondent",
        ] {
            furniture(line, "byline");
        }
        for line in [
            "By the end of the year the bridge will be rebuilt at a cost of $40 million.",
            "The mayor said sign language interpreters would attend the meeting on Tuesday.",
            "Our correspondent in Paris reported that the talks had stalled after a long night of arguments.",
            "Police said the photos were taken by a neighbour who saw the fire from across the street.",
        ] {
            content(line);
        }
    }

    #[test]
    fn titles_headlines_and_repeats() {
        // A title repeated as the first line, in another case.
        check(
            "BRIDGE CLOSES AFTER CRACK FOUND\nThe bridge closed.",
            Some("Bridge closes after crack found"),
            &[Some("repeated title"), None],
        );
        // A paragraph repeated inside one article.
        check(
            "The bridge closed on Monday.\nTraffic was diverted.\nThe bridge closed on Monday.",
            None,
            &[None, None, Some("repeated paragraph")],
        );
        // A list of unrelated headlines at the end.
        check(
            "The bridge closed on Monday.\nStorm Knocks Out Power\nChoir Wins National Title\nZoo Welcomes Twin Pandas",
            None,
            &[
                None,
                Some("headline list"),
                Some("headline list"),
                Some("headline list"),
            ],
        );
        // One heading alone is a heading; a dateline alone too.
        check(
            "Key facts\nThe bridge closed on Monday.\nWASHINGTON (AP)",
            None,
            &[Some("heading"), None, Some("heading")],
        );
    }

    #[test]
    fn lead_ins() {
        let cases: &[(&str, &str)] = &[
            (
                "WASHINGTON: US President Donald Trump hailed a call.",
                "US President",
            ),
            ("PHOENIX _ Victoria Molina wants strangers to stop.", "Victoria"),
            (
                "MOSCOW (AP) — The Kremlin said on Monday that it would.",
                "The Kremlin",
            ),
            (
                "Frequency of Conversations: While Trump chose not to disclose the number.",
                "While",
            ),
            (
                "Putin’s Stance: According to Trump, Putin is also motivated to reduce casualties.",
                "According",
            ),
            ("He said: We will win this war.", "He said"),
            ("WASHINGTON (AP) -- Vice President Al Gore said.", "Vice"),
            ("BEIJING, May 9 (Xinhua) -- China said today.", "China"),
            ("DAR ES SALAAM, Tanzania (AP) _ The blast killed.", "The blast"),
            ("LARAMIE, Wyo. (AP) -- A gay student died.", "A gay"),
            ("WEST PALM BEACH, Fla. _ Voters waited.", "Voters"),
            ("SYDNEY, Australia _ Forty athletes withdrew.", "Forty"),
            ("NEW YORK -- ``It was over,'' he said.", "``It"),
            ("AIDS is spreading in Africa.", "AIDS"),
            ("U.S. troops left on Monday.", "U.S."),
            ("UN, US agree -- a deal at last.", "UN, US"),
            ("NATO allies met on Monday.", "NATO"),
            ("The U.S. - China talks went on.", "The U.S."),
        ];
        for (input, starts) in cases {
            let rest = &input[lead_in(input)..];
            assert!(rest.starts_with(starts), "{input:?} -> {rest:?}");
        }
    }
}
