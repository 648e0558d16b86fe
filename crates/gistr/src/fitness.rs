//! Sentence fitness: whether a sentence can stand alone in a summary
//! ([`unfit`]), and how much its gain counts in selection ([`worth`]).

use crate::boilerplate::{find_any, pairs, Pairs};
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

/// Markers of a link, wire-service markup or a screen reader's link text
/// run into a sentence ("… the report Opens a new window"), then of page
/// chrome run into a paragraph of the article: the publication speaking to
/// its reader ("Sign up for our newsletter", "Share it with a friend!"),
/// disclaimers of paid links and copyright, credits of photos. In lower
/// case; the first [`MARKUP`] are markup.
const MARKERS: &[&str] = &[
    "http://",
    "https://",
    "www.",
    "&ql;",
    "&ur;",
    "&lr;",
    "&qc;",
    "(at)",
    "opens a new window",
    "opens in a new window",
    "opens in new window",
    "opens in a new tab",
    "opens in new tab",
    "opens new tab",
    // Chrome.
    "sign up for our",
    "subscribe to our",
    "our newsletter",
    "your inbox",
    "follow us on",
    "share it with a friend",
    "breaking news alerts",
    "delivered to your",
    "can be reached at",
    "may be reached at",
    "click here",
    "affiliate link",
    "referral link",
    "receive a commission",
    "earn a commission",
    "subject to change without notice",
    "subject to copyright",
    "may be reproduced",
    "(image credit",
    "(photo credit",
    "media caption",
    // Notes about the story run into its last paragraph.
    "this article originally",
    "this story originally",
    "this article first appeared",
    "this story first appeared",
    "a version of this article",
    "a version of this story",
    "trust principles",
    "additional reporting by",
    "contributed reporting",
];

/// How many of [`MARKERS`] mark markup.
const MARKUP: usize = 14;

/// What [`MARKERS`] `text` holds first, in ASCII case (one pass over the
/// bytes: `boilerplate::find_any`): markup or chrome. An e-mail address is
/// markup.
fn marked(text: &str) -> Option<&'static str> {
    static TABLE: Pairs = pairs(MARKERS);
    match find_any(text, MARKERS, &TABLE) {
        Some((_, k)) if k < MARKUP => Some("a link or markup"),
        _ if has_email(text) => Some("a link or markup"),
        Some(_) => Some("page chrome"),
        None => None,
    }
}

/// Whether `text` contains a link, an e-mail address, wire-service markup
/// or a screen reader's link text.
#[cfg(test)]
fn has_markup(text: &str) -> bool {
    marked(text) == Some("a link or markup")
}

/// Whether `text` holds page chrome (and no markup).
#[cfg(test)]
fn has_chrome(text: &str) -> bool {
    marked(text) == Some("page chrome")
}

/// Whether `text` has an e-mail address.
fn has_email(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes
        .iter()
        .enumerate()
        .any(|(i, &c)| c == b'@' && is_email_at(bytes, i))
}

/// Whether the `@` at `bytes[at]` is an e-mail address's: a name before
/// it, a domain with a dot after it ("tips@example.org"; not "@handle",
/// not "5 @ $3").
fn is_email_at(bytes: &[u8], at: usize) -> bool {
    let name = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'_' | b'-' | b'+');
    let domain = |b: &u8| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-');
    let before = at > 0 && name(&bytes[at - 1]);
    let host: Vec<u8> = bytes[at + 1..]
        .iter()
        .take_while(|b| domain(b))
        .copied()
        .collect();
    let host = host.strip_suffix(b".").unwrap_or(&host);
    before
        && host.first().is_some_and(u8::is_ascii_alphanumeric)
        && host.iter().rposition(|&b| b == b'.').is_some_and(|dot| {
            dot > 0 && host[dot + 1..].len() >= 2 && host[dot + 1..].iter().all(u8::is_ascii_alphabetic)
        })
}

/// Why a sentence is a worse summary sentence than most, if it is: it is
/// taken only when the fit ones run out (`select`), or never when it is
/// not news (see [`never_news`]: page chrome and markup, which come first,
/// whatever else is wrong with it).
pub fn unfit(text: &str, words: usize, tuning: &Tuning) -> Option<&'static str> {
    if let Some(reason) = marked(text) {
        return Some(reason);
    }
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
        // Not that it cannot stand alone (most 11-word sentences can):
        // summaries with longer sentences scored better (docs/TUNING.md,
        // min_fit_words), so a shorter one is taken only when they run out.
        // The number is `Tuning::DEFAULT.min_fit_words` (a test checks).
        return Some(SHORTER);
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
    None
}

/// The reason of a sentence under `min_fit_words`.
const SHORTER: &str = "shorter than 12 words";

/// Whether a sentence [`unfit`] for `reason` is not news at all (a link,
/// markup, page chrome), so that no summary takes it even when the fit
/// sentences run out: a shorter summary is better than an ad in it. The
/// other reasons (a question, an opening pronoun…) are of style, and such
/// a sentence may fill a budget the fit ones leave.
pub fn never_news(reason: &str) -> bool {
    matches!(reason, "a link or markup" | "page chrome")
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
        check("The council approved the bridge.", Some("shorter than 12 words"));
        // The reason names the default's number.
        assert_eq!(Tuning::DEFAULT.min_fit_words, 12, "{SHORTER:?} names the number");
        check(
            "The council approved the new bridge over the river on Tuesday.",
            Some("shorter than 12 words"),
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
    fn chrome_table() {
        let cases = [
            ("Like this story? Share it with a friend!", true),
            ("Sign up for our free daily newsletter to get the latest.", true),
            (
                "BGR may receive a commission on orders placed through this article.",
                true,
            ),
            (
                "Prices are Subject To Change Without Notice and coupons may expire.",
                true,
            ),
            ("This document is subject to copyright.", true),
            ("Jane Doe can be reached at the newsroom on weekdays.", true),
            ("Media captionWho is Julian Assange?", true),
            (
                "The oxygen bar purifies the air (Photo Credit : PTI File Photo )",
                true,
            ),
            (
                "The council will join our neighbours in the bid, the mayor said.",
                false,
            ),
            (
                "The council approved the new bridge over the river on Tuesday evening.",
                false,
            ),
            (
                "The newsletter of the party was banned in 2019, officials said.",
                false,
            ),
            (
                "The firm earned a commission of 3 per cent on every sale, the court heard.",
                false,
            ),
            // Notes about the story run into its last paragraph.
            (
                "This article originally appeared on The Fjord Herald and has been updated.",
                true,
            ),
            (
                "A version of this article appears in print on March 3, 2026, Section A.",
                true,
            ),
            ("Our Standards: The Thomson Reuters Trust Principles.", true),
            (
                "Additional reporting by Jane Doe in Oslo and John Roe in Bergen.",
                true,
            ),
            ("Jane Doe and John Roe contributed reporting from Bergen.", true),
            (
                "The story of the storm originally appeared in a local paper on Sunday.",
                false,
            ),
            (
                "The report was updated on Tuesday to include the new death toll.",
                false,
            ),
            (
                "Reuters reported that the operator had restored power to 60,000 homes.",
                false,
            ),
            ("", false),
        ];
        for (text, expected) in cases {
            assert_eq!(has_chrome(text), expected, "{text:?}");
        }
        assert_eq!(
            unfit(
                "Like this story? Share it with a friend and tell them about it!",
                13,
                &Tuning::DEFAULT
            ),
            Some("page chrome")
        );
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
            ("please email tips@example.org for more", true),
            ("write to jane.doe@news-site.co.uk.", true),
            ("follow @janedoe on social media", false),
            ("two for 5 @ $3 each", false),
            ("an @ at the end@", false),
            ("x@y", false),
            ("name@host.c", false),
            ("Read the full report Opens a new window on the site", true),
            ("Acquire Licensing Rights, opens new tab", true),
            ("the report (opens in new tab) says", true),
            ("the shop opens a new branch in Leeds", false),
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
