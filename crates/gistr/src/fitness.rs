//! Sentence fitness: whether a sentence can stand alone in a summary
//! ([`unfit`]), and how much its gain counts in selection ([`worth`]).

use crate::tuning::{Tuning, MAX_WORDS};

/// How much a sentence's gain counts in selection: less for direct speech
/// and first or second person, which summaries written by people avoid;
/// less for a sentence dense with names (capitalised words after the
/// first), which spend a summary's words on who rather than what; and less
/// for attributed speech ("…, he said", "according to"), whose attribution
/// spends words the references do not. (Measured with `eval/rouge-tune.sh`
/// on the DUC sets, the same data the defaults were tuned on: without the
/// name penalty DUC 2006 @250 R1-R 41.69 and DUC 2007 @100 37.12, without
/// the attribution penalty 41.71 and 37.35, with both 42.18 and 38.27.)
pub fn worth(text: &str, tuning: &Tuning) -> f32 {
    let mut w = 1.0;
    // One pass over the words for both kinds of marker.
    let (mut personal, mut attributed) = (false, false);
    for t in text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’') {
        personal |= matches!(
            t,
            "I" | "we" | "We" | "you" | "You" | "my" | "our" | "Our" | "My" | "us"
        );
        attributed |= matches!(t, "said" | "says" | "told" | "according");
        if personal && attributed {
            break;
        }
    }
    if personal {
        w *= 1.0 - tuning.person_penalty;
    }
    if attributed {
        w *= 1.0 - tuning.said_penalty;
    }
    let (mut words, mut names) = (0usize, 0usize);
    for (k, t) in text.split_whitespace().enumerate() {
        words += 1;
        let t = t.trim_start_matches(|c: char| !c.is_alphanumeric());
        if k > 0 && t.starts_with(char::is_uppercase) {
            names += 1;
        }
    }
    if words > 0 {
        w *= 1.0 - tuning.caps_penalty * names as f32 / words as f32;
    }
    w
}

/// Whether `text` has the ASCII byte `b` twice in a row ("``", "''"): a
/// byte scan, not a substring search (which is slow in wasm).
fn has_pair(text: &str, b: u8) -> bool {
    text.as_bytes().windows(2).any(|w| w[0] == b && w[1] == b)
}

/// Whether `text` contains a link or wire-service markup, in ASCII case:
/// one pass over the bytes, a marker compared only where one can start.
fn has_markup(text: &str) -> bool {
    const MARKERS: [&[u8]; 8] = [
        b"http://",
        b"https://",
        b"www.",
        b"&ql;",
        b"&ur;",
        b"&lr;",
        b"&qc;",
        b"(at)",
    ];
    let bytes = text.as_bytes();
    bytes.iter().enumerate().any(|(i, &c)| {
        matches!(c.to_ascii_lowercase(), b'h' | b'w' | b'&' | b'(')
            && MARKERS.iter().any(|m| {
                bytes
                    .get(i..i + m.len())
                    .is_some_and(|w| w.eq_ignore_ascii_case(m))
            })
    })
}

/// Why a sentence cannot stand alone in a summary, if it cannot.
pub fn unfit(text: &str, words: usize, tuning: &Tuning) -> Option<&'static str> {
    let t = text.trim_end_matches(['"', '\'', '”', '’', ')']);
    if words > MAX_WORDS {
        return Some("too long");
    }
    if t.ends_with('?') || t.ends_with('？') {
        return Some("a question");
    }
    let first = text
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .find(|w| !w.is_empty())
        .unwrap_or("");
    const PRONOUNS: &[&str] = &[
        "he", "she", "they", "it", "this", "these", "those", "his", "her", "their", "its", "we",
    ];
    if PRONOUNS.iter().any(|p| first.eq_ignore_ascii_case(p)) {
        return Some("opens with an unresolved pronoun");
    }
    if text.starts_with(['"', '“']) && (text.ends_with(['"', '”'])) {
        return Some("a quote without its speaker");
    }
    if text.starts_with("``") && (text.ends_with("''") || text.ends_with("'')")) {
        return Some("a quote without its speaker");
    }
    let opens_quote = text.starts_with(['"', '“', '‘']) || text.starts_with("``") || text.starts_with("''");
    if opens_quote {
        let tail = &text[text.chars().next().map_or(0, char::len_utf8)..];
        if !(tail.contains(['"', '”', '’']) || has_pair(tail, b'\'')) {
            return Some("a quote without its speaker");
        }
    }
    if text.starts_with('(') {
        return Some("an aside");
    }
    if words < tuning.min_fit_words {
        return Some("too short to stand alone");
    }
    const LINKS: &[&str] = &[
        "or",
        "which",
        "and",
        "also",
        "but",
        "still",
        "yet",
        "so",
        "however",
        "instead",
        "meanwhile",
    ];
    if tuning.connective_unfit && LINKS.iter().any(|p| first.eq_ignore_ascii_case(p)) {
        return Some("opens with a connective");
    }
    if has_markup(text) {
        return Some("a link or markup");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: Option<&str>) {
        let words = input.split_whitespace().count();
        assert_eq!(
            unfit(input, words, &Tuning::DEFAULT),
            expected,
            "input: {input:?}"
        );
    }

    #[test]
    fn unfit_table() {
        let fit = "The council approved the new bridge over the river on Tuesday evening.";
        check(fit, None);
        check(
            "Will the council approve the new bridge over the river on Tuesday?",
            Some("a question"),
        );
        check(
            "He approved the new bridge over the river on Tuesday evening.",
            Some("opens with an unresolved pronoun"),
        );
        check(
            "But the council approved the new bridge over the river on Tuesday.",
            Some("opens with a connective"),
        );
        check(
            "``The new bridge over the river will be built this year,'' the mayor said.",
            None,
        );
        check(
            "``The new bridge over the river will be built this year and next.''",
            Some("a quote without its speaker"),
        );
        check(
            "“The new bridge over the river will be built this year and next.",
            Some("a quote without its speaker"),
        );
        check(
            "(The council approved the new bridge over the river on Tuesday.)",
            Some("an aside"),
        );
        check(
            "The council approved the bridge.",
            Some("too short to stand alone"),
        );
        check(
            "The council approved the new bridge, see http://example.org for all of the plans.",
            Some("a link or markup"),
        );
        check(&"word ".repeat(90), Some("too long"));
        for odd in ["", "“", "``", "(", "?", "é"] {
            let _ = unfit(odd, 0, &Tuning::DEFAULT);
        }
    }

    #[test]
    fn markup_table() {
        let cases = [
            ("see http://example.org", true),
            ("SEE HTTPS://EXAMPLE.ORG", true),
            ("visit WWW.example.org today", true),
            ("ends in www", false),
            ("ends in http:/", false),
            ("wire &QL; markup", true),
            ("&ur;", true),
            ("name(at)example.org", true),
            ("(a)t and & ur; are not markup", false),
            ("", false),
            ("Žluťoučký kůň (AT) úpěl", true),
        ];
        for (text, expected) in cases {
            assert_eq!(has_markup(text), expected, "{text:?}");
        }
    }

    #[test]
    fn worth_table() {
        // (sentence, expected worth) under the default penalties: first or
        // second person 0.5, attribution 0.3, names 0.3 × their share of
        // the words (the first word never counts).
        let cases: &[(&str, f32)] = &[
            ("The council approved the new bridge.", 1.0),
            ("", 1.0),
            ("Bridges", 1.0),
            ("We approved the new bridge over the river.", 0.5),
            ("The mayor said the council approved the new bridge.", 0.7),
            ("The new bridge opens soon, according to the plans.", 0.7),
            ("The plans, officials told reporters, call for a bridge.", 0.7),
            ("The saying goes that old bridges last longest.", 1.0),
            // "I" counts as a capitalised word too.
            (
                "The mayor said I would approve it.",
                0.5 * 0.7 * (1.0 - 0.3 / 7.0),
            ),
            ("Mayor Anne Hidalgo opened the new bridge.", 1.0 - 0.3 * 2.0 / 7.0),
            (
                "The bridge links Paris, Lyon and Marseille by rail.",
                1.0 - 0.3 * 3.0 / 9.0,
            ),
            ("The ``Pont Neuf'' is old.", 1.0 - 0.3 * 2.0 / 5.0),
            (
                "Ms. Hidalgo said the bridge opens in May.",
                0.7 * (1.0 - 0.3 * 2.0 / 8.0),
            ),
        ];
        for &(text, expected) in cases {
            let got = worth(text, &Tuning::DEFAULT);
            assert!((got - expected).abs() < 1e-6, "{text:?}: {got} != {expected}");
        }
    }
}
