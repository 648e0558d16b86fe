//! False sentence ends: the UAX #29 bounds that are not sentence ends in
//! news text (abbreviations, titles, initials, list markers, hard wraps,
//! a spaced ellipsis, a quotation's citation).

use super::list::{first_word_raw, marker, opening_marker};

/// Titles of people, always followed by a name.
const PERSON_TITLES: &[&str] = &["dr", "messrs", "mlle", "mme", "mr", "mrs", "ms", "prof"];

/// Titles that are never the last word of a sentence.
const TITLES: &[&str] = &[
    "adm", "al", "ala", "approx", "apr", "ariz", "ark", "art", "aug", "ave", "blvd", "brig", "bzw", "ca",
    "calif", "capt", "cf", "ch", "cmdr", "col", "colo", "conn", "cpl", "dec", "del", "dept", "det", "dr",
    "est", "feb", "fig", "figs", "fla", "fri", "ft", "ga", "gen", "gov", "hon", "hwy", "ill", "ind", "insp",
    "jan", "jul", "jun", "kan", "ky", "la", "lt", "maj", "mar", "mass", "md", "messrs", "mich", "minn",
    "mio", "miss", "mme", "mo", "mon", "mr", "mrd", "mrs", "ms", "mt", "neb", "nev", "nh", "nj", "nm", "no",
    "nos", "nov", "nr", "ny", "oct", "okla", "ore", "pa", "penn", "pp", "pres", "prof", "pvt", "rd", "rep",
    "rev", "sat", "sc", "sd", "sec", "sen", "sep", "sept", "sgt", "st", "sun", "supt", "tenn", "tex", "thu",
    "thur", "thurs", "tue", "tues", "usw", "v", "va", "viz", "vol", "vs", "vt", "wash", "wed", "wis", "wyo",
];

/// Abbreviations that may also end a sentence ("… joined Acme Inc. The deal …").
const AMBIGUOUS: &[&str] = &[
    "assn", "bros", "co", "corp", "esq", "etc", "govt", "inc", "intl", "jr", "llc", "ltd", "phd", "plc",
    "sr", "univ",
];

/// Abbreviations (besides the titles) that stand before a number ("Nr. 5",
/// "Abs. 2", "Rs. 35", "op. 27", "Prop. 209", "cl. 2"), where a sentence does
/// not end.
const NUMBER_ABBREVS: &[&str] = &[
    "abs", "bd", "bde", "cap", "chap", "cl", "ed", "eds", "hr", "hrs", "jh", "kap", "ksh", "min", "nr",
    "nro", "nrs", "num", "odst", "op", "pag", "para", "pop", "prop", "pt", "rp", "rs", "sect", "sh", "str",
    "vols", "ziff",
];

/// The same in other scripts, lower case, sorted by code point: Greek,
/// Cyrillic, Latin with diacritics ("σελ. 35", "стр. 5", "čl. 3", "núm. 4").
const OTHER_NUMBER_ABBREVS: &[&str] = &[
    "núm", "pág", "págs", "čl", "άρθ", "αρ", "αριθ", "εδ", "κεφ", "παρ", "σελ", "τηλ", "гл", "кв", "корп",
    "пр", "рис", "руб", "св", "ст", "стр", "табл", "тел", "ул",
];

/// Titles in other scripts, lower case, sorted by code point, never the
/// last word of a sentence: Greek "Δρ." (doctor), "κκ." (Messrs).
const OTHER_TITLES: &[&str] = &["δρ", "κκ"];

/// Capitalised words that usually open a sentence, so a bound before them stands.
const OPENERS: &[&str] = &[
    "a",
    "after",
    "all",
    "also",
    "although",
    "an",
    "and",
    "as",
    "at",
    "before",
    "both",
    "but",
    "by",
    "despite",
    "during",
    "each",
    "earlier",
    "for",
    "from",
    "he",
    "her",
    "his",
    "how",
    "however",
    "i",
    "if",
    "in",
    "it",
    "its",
    "last",
    "later",
    "many",
    "meanwhile",
    "most",
    "my",
    "next",
    "no",
    "not",
    "now",
    "officials",
    "on",
    "one",
    "or",
    "other",
    "our",
    "police",
    "she",
    "since",
    "so",
    "some",
    "still",
    "that",
    "the",
    "their",
    "then",
    "there",
    "these",
    "they",
    "this",
    "those",
    "though",
    "today",
    "two",
    "under",
    "we",
    "what",
    "when",
    "where",
    "while",
    "who",
    "why",
    "with",
    "yesterday",
    "yet",
    "you",
];

/// Whether the bound between `prev` (the sentence so far) and `next` (the
/// following UAX #29 piece) is a real sentence end.
pub(super) fn is_end(prev: &str, next: &str) -> bool {
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
    // A quotation's citation: `"… [...]" (Smith 55).`
    if first == '(' && p.ends_with(['"', '”', '’', '\'']) && is_citation(n) {
        return false;
    }
    let word = last_word(p);
    // A bound inside a web address ("story.asp?StoryID=5"), with no white
    // space at it.
    if prev.len() == p.len()
        && !next.starts_with(char::is_whitespace)
        && (word.contains("://") || word.starts_with("www."))
    {
        return false;
    }
    // A list marker alone ("1.", "a)", "• 9.") or the next marker of the
    // list the sentence opens with ("1. Salt 2. Pepper"): `list_items`
    // cuts between the items.
    if let Some(m) = marker(word) {
        let opening = opening_marker(p);
        if p.len() - word.len() == opening.map_or(usize::MAX, |(at, _)| at) {
            return false;
        }
        if opening.is_some_and(|(_, o)| o.same_list(m) && m.value > o.value) {
            return false;
        }
    }
    if last != '.' {
        return true;
    }
    // A spaced ellipsis: three dots leave something out of a sentence,
    // four (a period, then the ellipsis) end one.
    if let Some(dots) = spaced_ellipsis(p) {
        return dots >= 4;
    }
    let bare = word.trim_end_matches('.');
    if bare.is_empty() {
        return true;
    }
    let next_word = || first_word(n);
    let mut buf = [0; 16];
    let lower = lower_ascii(bare, &mut buf);
    if is_in(PERSON_TITLES, lower) && bare.starts_with(char::is_uppercase) {
        return false;
    }
    if is_in(TITLES, lower) && !is_opener(next_word()) {
        return false;
    }
    if !bare.is_ascii() && bare.chars().count() <= 3 && is_in_other(OTHER_TITLES, bare) {
        return false;
    }
    // "N°. 12", "Nº. 3": a number sign then the number.
    if bare.ends_with(['°', 'º']) && first.is_ascii_digit() {
        return false;
    }
    // The pronoun "I" ends a sentence before a capital ("you and I. Did
    // …"); after a capitalised word it is an initial ("Albert I. Jones").
    if bare == "I" && !word_before(p, word).starts_with(char::is_uppercase) {
        return !first.is_ascii_digit();
    }
    let initials = is_initials(bare);
    if initials || is_in(AMBIGUOUS, lower) {
        let next_word = next_word();
        // "… at 6 P.M. Mr. Smith left": a title opens a sentence too, when
        // what comes before is long enough to be one ("At 5 a.m. Mr. Smith
        // left" is one sentence).
        let mut buf = [0; 16];
        let title =
            is_in(PERSON_TITLES, lower_ascii(next_word, &mut buf)) && p.split_whitespace().nth(3).is_some();
        return (is_opener(next_word) || title) && !first.is_ascii_digit();
    }
    // Before a number (but not "… milk. 2. Eggs", the number of a list item):
    if first.is_numeric() && marker(first_word_raw(n)).is_none() {
        // "Nr. 7", "σελ. 35", "July 29-Aug. 2": an abbreviation ("pp. 5",
        // "No. 7" and "Jan. 5" are titles above), also after a dash.
        let tail = bare.rsplit(['-', '–', '/']).next().unwrap_or(bare);
        let mut buf = [0; 16];
        let tail_lower = lower_ascii(tail, &mut buf);
        if is_in(TITLES, tail_lower) || is_number_abbreviation(tail, tail_lower) {
            return false;
        }
        // "exceed 3. 5 billion": a decimal with a space after its point.
        let next_word = first_word_raw(n).as_bytes();
        if (1..=3).contains(&bare.len())
            && bare.bytes().all(|b| b.is_ascii_digit())
            && next_word.len() == 1
            && next_word[0].is_ascii_digit()
        {
            return false;
        }
    }
    true
}

/// Whether `p` ends with a sentence end (`.`, `!`, `?`, `…`, their CJK
/// forms, the danda or a `|` typed for it after Indic text, the Greek
/// question mark…), closing quotes and brackets aside.
pub(crate) fn ends_with_terminal(p: &str) -> bool {
    let core = p.trim_end_matches(|c: char| {
        matches!(
            c,
            '"' | '\'' | '”' | '’' | '»' | ')' | ']' | '}' | '」' | '』' | '）'
        )
    });
    core.ends_with([
        '.', '!', '?', '…', '。', '！', '？', '؟', '।', '॥', ';', '\u{37E}',
    ]) || (core.ends_with('|') && {
        // "|" typed for the danda after Indic text.
        let before = core.trim_end_matches([' ', '|']);
        before
            .chars()
            .next_back()
            .is_some_and(|c| ('\u{900}'..='\u{DFF}').contains(&c))
    })
}

/// The last white-space separated word, without opening quotes or brackets.
fn last_word(p: &str) -> &str {
    let w = p.rsplit(char::is_whitespace).next().unwrap_or(p);
    w.trim_start_matches(['"', '\'', '“', '‘', '(', '[', '«', '—', '-'])
}

/// The word before `word`, the last word of `p` (empty if none).
fn word_before<'a>(p: &'a str, word: &str) -> &'a str {
    let rest = p[..p.len() - word.len()].trim_end();
    rest.rsplit(char::is_whitespace)
        .next()
        .unwrap_or(rest)
        .trim_start_matches(|c: char| !c.is_alphanumeric())
}

fn first_word(n: &str) -> &str {
    first_word_raw(n).trim_matches(|c: char| !c.is_alphanumeric())
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

/// Whether `bare` (a word before a period; `lower`, its ASCII lower case)
/// is an abbreviation before a number: one of [`NUMBER_ABBREVS`] or
/// [`OTHER_NUMBER_ABBREVS`]. Other words end a sentence ("… three days of
/// rain. 35 people were hurt", "… три дня. 35 человек …").
fn is_number_abbreviation(bare: &str, lower: Option<&str>) -> bool {
    if bare.is_ascii() {
        return is_in(NUMBER_ABBREVS, lower);
    }
    is_in_other(OTHER_NUMBER_ABBREVS, bare)
}

/// Whether `word`, in lower case, is in `list` (sorted, not ASCII).
fn is_in_other(list: &[&str], word: &str) -> bool {
    list.binary_search(&word.to_lowercase().as_str()).is_ok()
}

fn is_opener(w: &str) -> bool {
    let mut buf = [0; 16];
    is_in(OPENERS, lower_ascii(w, &mut buf))
}

/// `w` in lower case, if it is ASCII and short enough to be a word of the
/// lists here (which are all ASCII): no allocation per bound.
fn lower_ascii<'a>(w: &str, buf: &'a mut [u8; 16]) -> Option<&'a str> {
    let out = buf.get_mut(..w.len())?;
    if !w.is_ascii() {
        return None;
    }
    for (o, b) in out.iter_mut().zip(w.bytes()) {
        *o = b.to_ascii_lowercase();
    }
    std::str::from_utf8(out).ok()
}

/// Whether `word` is in `list` (sorted).
fn is_in(list: &[&str], word: Option<&str>) -> bool {
    word.is_some_and(|w| list.binary_search(&w).is_ok())
}

/// How many dots end `p` when it ends with a spaced ellipsis (`was . . .`,
/// `away. . . .`), or `None`.
fn spaced_ellipsis(p: &str) -> Option<usize> {
    let tail = p.trim_end_matches(['.', ' ']);
    let run = &p[tail.len()..];
    let dots = run.bytes().filter(|&b| b == b'.').count();
    if dots < 3 {
        return None;
    }
    // Each dot but the first after one space.
    run.trim_start().split(' ').all(|d| d == ".").then_some(dots)
}

/// Whether `n` is a parenthetical citation alone, such as `(Smith 55).`:
/// a few words in brackets with no sentence end inside, then a terminal
/// mark.
fn is_citation(n: &str) -> bool {
    let n = n.trim_end();
    let Some(inner_end) = n.find(')') else {
        return false;
    };
    let inner = &n[1..inner_end];
    let after = &n[inner_end + 1..];
    let words = inner.split_whitespace().count();
    // The terminal mark is required: a credit after a quotation, such as
    // "(Jane Roe/Times Photo)", has none.
    matches!(after, "." | "!" | "?")
        && (1..=6).contains(&words)
        && !inner.contains(['.', '!', '?', '(', '"', '“', '”'])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sentence::tests::check;

    /// The kinds a public suite of English sentence-boundary rules found
    /// failing (issue 14 §3), each in several cases of our own.
    #[test]
    fn lists_ellipses_citations_pronoun_i_and_number_signs() {
        let cases: &[(&str, &[&str])] = &[
            // Lists run into one line: numbered, lettered, bulleted.
            (
                "1.) Buy bread 2.) Feed the cat",
                &["1.) Buy bread", "2.) Feed the cat"],
            ),
            (
                "1.) Buy bread. 2.) Feed the cat.",
                &["1.) Buy bread.", "2.) Feed the cat."],
            ),
            (
                "1) Buy bread 2) Feed the cat 3) Call home",
                &["1) Buy bread", "2) Feed the cat", "3) Call home"],
            ),
            (
                "1) Buy bread. 2) Feed the cat.",
                &["1) Buy bread.", "2) Feed the cat."],
            ),
            (
                "1. Buy bread 2. Feed the cat",
                &["1. Buy bread", "2. Feed the cat"],
            ),
            (
                "1. Buy milk. 2. Feed the cat.",
                &["1. Buy milk.", "2. Feed the cat."],
            ),
            (
                "• 9. Buy bread • 10. Feed the cat",
                &["• 9. Buy bread", "• 10. Feed the cat"],
            ),
            (
                "⁃4. Buy bread ⁃5. Feed the cat",
                &["⁃4. Buy bread", "⁃5. Feed the cat"],
            ),
            (
                "a. Buy bread b. Feed the cat c. Call home",
                &["a. Buy bread", "b. Feed the cat", "c. Call home"],
            ),
            (
                "a) Buy bread b) Feed the cat",
                &["a) Buy bread", "b) Feed the cat"],
            ),
            (
                "A) Buy bread B) Feed the cat",
                &["A) Buy bread", "B) Feed the cat"],
            ),
            // Not lists: initials, a number ending a sentence, numbers out
            // of sequence, a marker inside a sentence.
            (
                "A. Smith and B. Jones signed it.",
                &["A. Smith and B. Jones signed it."],
            ),
            (
                "She scored 10. Then she left.",
                &["She scored 10.", "Then she left."],
            ),
            ("1) Ports close 3) Ships wait", &["1) Ports close 3) Ships wait"]),
            (
                "The plan has two parts: 1) ports and 2) ships.",
                &["The plan has two parts: 1) ports and 2) ships."],
            ),
            // Spaced ellipses: three dots inside a sentence, four end one.
            ("He waited . . . and waited.", &["He waited . . . and waited."]),
            (
                "The answer was . . . I forget now.",
                &["The answer was . . . I forget now."],
            ),
            // A period on its word ends the sentence; the spaced ellipsis
            // after it leaves words out of the next one (the 48th English
            // golden rule).
            (
                "It faded away. . . . Nobody noticed.",
                &["It faded away.", ". . . Nobody noticed."],
            ),
            (
                "Rents rose sharply. . . . Wages did not. . . .",
                &["Rents rose sharply.", ". . . Wages did not. . . ."],
            ),
            (
                "He sold the farm. . . . and then the house.",
                &["He sold the farm. . . . and then the house."],
            ),
            (
                "We stopped there . . . . The rest is history.",
                &["We stopped there . . . .", "The rest is history."],
            ),
            (
                "Silence...then a knock . . . and a voice.",
                &["Silence...then a knock . . . and a voice."],
            ),
            (
                "She called it “too late . . . .”",
                &["She called it “too late . . . .”"],
            ),
            ("The road went on . . .", &["The road went on . . ."]),
            (
                "I never said that.... He did.",
                &["I never said that....", "He did."],
            ),
            (
                "Costs rose . . . Sales fell . . . . Profits vanished.",
                &["Costs rose . . . Sales fell . . . .", "Profits vanished."],
            ),
            // A quotation with "[...]" and its citation.
            (
                "\"The bridge [...] will stand a century [...]\" (Moreau 112).",
                &["\"The bridge [...] will stand a century [...]\" (Moreau 112)."],
            ),
            (
                "“Rivers [...] carve the land” (Ortiz 9). Later work disagrees.",
                &[
                    "“Rivers [...] carve the land” (Ortiz 9).",
                    "Later work disagrees.",
                ],
            ),
            (
                "\"We act now.\" (Hale 3). Others wait.",
                &["\"We act now.\" (Hale 3).", "Others wait."],
            ),
            (
                "“We won.” (Jane Roe/Daily Photo)",
                &["“We won.”", "(Jane Roe/Daily Photo)"],
            ),
            (
                "\"We act now.\" (See the notes below.) Others wait.",
                &["\"We act now.\"", "(See the notes below.)", "Others wait."],
            ),
            // "I." ends a sentence, or is an initial.
            (
                "The winner was I. Did anyone doubt it?",
                &["The winner was I.", "Did anyone doubt it?"],
            ),
            (
                "Ask Anna and I. Nobody else knows.",
                &["Ask Anna and I.", "Nobody else knows."],
            ),
            (
                "Did you meet Albert I. Jones on Friday?",
                &["Did you meet Albert I. Jones on Friday?"],
            ),
            (
                "We met Maria I. Santos there. She waved.",
                &["We met Maria I. Santos there.", "She waved."],
            ),
            ("Louis I. Kahn designed it.", &["Louis I. Kahn designed it."]),
            // A number sign before a number.
            (
                "The file is N°. 4417.220.81. Keep it safe.",
                &["The file is N°. 4417.220.81.", "Keep it safe."],
            ),
            ("Room N°. 12 is locked.", &["Room N°. 12 is locked."]),
            // Initials, then a title that opens the next sentence.
            (
                "The talks ended at 9 P.M. Dr. Lee went home.",
                &["The talks ended at 9 P.M.", "Dr. Lee went home."],
            ),
            (
                "By 7 a.m. Dr. Lee was at work.",
                &["By 7 a.m. Dr. Lee was at work."],
            ),
            ("Form Nº. 3 is due. Send it.", &["Form Nº. 3 is due.", "Send it."]),
        ];
        assert!(cases.len() >= 30);
        for (input, expected) in cases {
            check(input, expected);
        }
    }

    /// Bounds the treebank benchmark (eval/sbd.py) found false: inside a
    /// web address, after a Greek title.
    #[test]
    fn web_addresses_and_greek_titles() {
        let cases: &[(&str, &[&str])] = &[
            (
                "See http://example.com/story.asp?StoryID=16473 for more.",
                &["See http://example.com/story.asp?StoryID=16473 for more."],
            ),
            (
                "Read www.example.com/a?B=1 today. Then go.",
                &["Read www.example.com/a?B=1 today.", "Then go."],
            ),
            (
                "Όπως τονίζει ο Δρ. Τέιλορ, όλα πήγαν καλά.",
                &["Όπως τονίζει ο Δρ. Τέιλορ, όλα πήγαν καλά."],
            ),
            (
                "Μίλησαν οι κκ. Cox και Martin.",
                &["Μίλησαν οι κκ. Cox και Martin."],
            ),
            ("Ήρθε ο γιατρός. Τέλος.", &["Ήρθε ο γιατρός.", "Τέλος."]),
        ];
        for (input, expected) in cases {
            check(input, expected);
        }
    }

    #[test]
    fn word_lists_are_sorted_lower_case_ascii() {
        for list in [PERSON_TITLES, TITLES, AMBIGUOUS, NUMBER_ABBREVS, OPENERS] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
            for w in list {
                assert!(w.len() <= 16 && w.bytes().all(|b| b.is_ascii_lowercase()), "{w}");
            }
        }
        for list in [OTHER_NUMBER_ABBREVS, OTHER_TITLES] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
            for w in list {
                assert!(!w.is_ascii() && *w == w.to_lowercase(), "{w}");
            }
        }
    }
}
