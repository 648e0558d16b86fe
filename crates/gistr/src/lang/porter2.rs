//! The English (Porter2) Snowball stemmer of `rust-stemmers` for words of
//! ASCII without capitals, a byte at a time: the same stem, word for word
//! (`tests::porter2_is_rust_stemmers`, on every word of the DUC sets and
//! the seeds when present, and a property test), without the generic
//! Snowball machine (its suffix tables searched a character at a time
//! were about 8% of the summarise call at 50 articles).
//!
//! Each step follows `rust-stemmers`' generated `english.rs`: the longest
//! suffix of a step's list decides, and a step whose longest suffix fails
//! its condition does nothing.

/// Whether `c` is a vowel (Snowball's `v`: a e i o u y; `Y` is not).
fn vowel(c: u8) -> bool {
    matches!(c, b'a' | b'e' | b'i' | b'o' | b'u' | b'y')
}

/// Snowball's `v_WXY`: the vowels, w, x and Y.
fn vowel_wxy(c: u8) -> bool {
    vowel(c) || matches!(c, b'w' | b'x' | b'Y')
}

/// Snowball's `valid_LI`.
fn valid_li(c: u8) -> bool {
    matches!(
        c,
        b'c' | b'd' | b'e' | b'g' | b'h' | b'k' | b'm' | b'n' | b'r' | b't'
    )
}

/// Whether the part of `w` before `at` ends in a short syllable
/// (Snowball's `shortv` with the cursor at `at`).
fn short_before(w: &[u8], at: usize) -> bool {
    if at >= 3 && !vowel_wxy(w[at - 1]) && vowel(w[at - 2]) && !vowel(w[at - 3]) {
        return true;
    }
    at == 2 && !vowel(w[1]) && vowel(w[0])
}

/// The longest of `suffixes` that `w` ends with, as its index. (In the
/// .wasm not inlined: unrolled over each step's constant list, it is
/// kilobytes.)
#[cfg_attr(target_arch = "wasm32", inline(never))]
fn longest(w: &[u8], suffixes: &[&str]) -> Option<usize> {
    let mut best: Option<usize> = None;
    let mut best_len = 0;
    for (i, s) in suffixes.iter().enumerate() {
        let s = s.as_bytes();
        if (s.len() > best_len || best.is_none()) && ends_with(w, s) {
            best = Some(i);
            best_len = s.len();
        }
    }
    best
}

/// `w.ends_with(s)`, compared from the last byte (most suffixes differ
/// there) without a call to `memcmp`.
fn ends_with(w: &[u8], s: &[u8]) -> bool {
    s.len() <= w.len() && w.iter().rev().zip(s.iter().rev()).all(|(a, b)| a == b)
}

/// Replaces the last `n` bytes of `w` by `by`.
fn replace(w: &mut Vec<u8>, n: usize, by: &str) {
    w.truncate(w.len() - n);
    w.extend_from_slice(by.as_bytes());
}

/// Whether the fast path applies: ASCII without capitals (the tokenizer
/// stems lower-cased words).
pub(super) fn applies(word: &str) -> bool {
    word.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase())
}

/// The stem of `word` (see [`applies`]).
#[inline(never)]
pub(super) fn stem(word: &str) -> String {
    let w = word.as_bytes();
    // exception1: whole words.
    let special: Option<&str> = match word {
        "skis" => Some("ski"),
        "skies" => Some("sky"),
        "dying" => Some("die"),
        "lying" => Some("lie"),
        "tying" => Some("tie"),
        "idly" => Some("idl"),
        "gently" => Some("gentl"),
        "ugly" => Some("ugli"),
        "early" => Some("earli"),
        "only" => Some("onli"),
        "singly" => Some("singl"),
        "sky" | "news" | "howe" | "atlas" | "cosmos" | "bias" | "andes" => Some(word),
        _ => None,
    };
    if let Some(s) = special {
        return s.to_string();
    }
    if w.len() < 3 {
        return word.to_string();
    }
    let mut w: Vec<u8> = w.to_vec();
    // Prelude.
    if w.first() == Some(&b'\'') {
        w.remove(0);
    }
    let mut y_found = false;
    if w.first() == Some(&b'y') {
        w[0] = b'Y';
        y_found = true;
    }
    for i in 1..w.len() {
        if w[i] == b'y' && vowel(w[i - 1]) {
            w[i] = b'Y';
            y_found = true;
        }
    }
    // Regions.
    let n = w.len();
    let (mut p1, mut p2) = (n, n);
    // The end of the first non-vowel after a vowel from `from`, if any.
    let region = |w: &[u8], from: usize| -> Option<usize> {
        let v = from + w[from..].iter().position(|&c| vowel(c))?;
        let c = v + 1 + w[v + 1..].iter().position(|&c| !vowel(c))?;
        Some(c + 1)
    };
    let start = ["gener", "commun", "arsen"]
        .iter()
        .find(|p| w.starts_with(p.as_bytes()))
        .map(|p| p.len());
    if let Some(r1) = start.or_else(|| region(&w, 0)) {
        p1 = r1;
        if let Some(r2) = region(&w, r1) {
            p2 = r2;
        }
    }
    step_1a(&mut w);
    let exception2 = matches!(
        &w[..],
        b"inning" | b"outing" | b"canning" | b"herring" | b"earring" | b"proceed" | b"exceed" | b"succeed"
    );
    if !exception2 {
        step_1b(&mut w, p1);
        step_1c(&mut w);
        step_2(&mut w, p1);
        step_3(&mut w, p1, p2);
        step_4(&mut w, p2);
        step_5(&mut w, p1, p2);
    }
    if y_found {
        for c in &mut w {
            if *c == b'Y' {
                *c = b'y';
            }
        }
    }
    // ASCII in, ASCII out.
    String::from_utf8(w).unwrap_or_default()
}

fn step_1a(w: &mut Vec<u8>) {
    if let Some(i) = longest(w, &["'", "'s'", "'s"]) {
        let n = [1, 3, 2][i];
        w.truncate(w.len() - n);
    }
    let Some(i) = longest(w, &["ied", "s", "ies", "sses", "ss", "us"]) else {
        return;
    };
    match i {
        3 => replace(w, 4, "ss"),
        0 | 2 => {
            let at = w.len() - 3;
            replace(w, 3, if at >= 2 { "i" } else { "ie" });
        }
        1 => {
            // A vowel before the letter before the s.
            let at = w.len() - 1;
            if at >= 1 && w[..at - 1].iter().any(|&c| vowel(c)) {
                w.truncate(at);
            }
        }
        _ => {}
    }
}

fn step_1b(w: &mut Vec<u8>, p1: usize) {
    let Some(i) = longest(w, &["ed", "eed", "ing", "edly", "eedly", "ingly"]) else {
        return;
    };
    let len = ["ed", "eed", "ing", "edly", "eedly", "ingly"][i].len();
    let at = w.len() - len;
    if i == 1 || i == 4 {
        if at >= p1 {
            replace(w, len, "ee");
        }
        return;
    }
    if !w[..at].iter().any(|&c| vowel(c)) {
        return;
    }
    w.truncate(at);
    let doubles = ["bb", "dd", "ff", "gg", "mm", "nn", "pp", "rr", "tt"];
    if ["at", "bl", "iz"].iter().any(|s| ends_with(w, s.as_bytes())) {
        w.push(b'e');
    } else if doubles.iter().any(|s| ends_with(w, s.as_bytes())) {
        w.pop();
    } else if w.len() == p1 && short_before(w, w.len()) {
        w.push(b'e');
    }
}

fn step_1c(w: &mut [u8]) {
    let n = w.len();
    if n >= 3 && matches!(w[n - 1], b'y' | b'Y') && !vowel(w[n - 2]) {
        w[n - 1] = b'i';
    }
}

fn step_2(w: &mut Vec<u8>, p1: usize) {
    const S: [&str; 24] = [
        "anci", "enci", "ogi", "li", "bli", "abli", "alli", "fulli", "lessli", "ousli", "entli", "aliti",
        "biliti", "iviti", "tional", "ational", "alism", "ation", "ization", "izer", "ator", "iveness",
        "fulness", "ousness",
    ];
    const BY: [&str; 24] = [
        "ance", "ence", "og", "", "ble", "able", "al", "ful", "less", "ous", "ent", "al", "ble", "ive",
        "tion", "ate", "al", "ate", "ize", "ize", "ate", "ive", "ful", "ous",
    ];
    let Some(i) = longest(w, &S) else {
        return;
    };
    let len = S[i].len();
    let at = w.len() - len;
    if at < p1 {
        return;
    }
    match S[i] {
        "ogi" if at == 0 || w[at - 1] != b'l' => {}
        "li" if at == 0 || !valid_li(w[at - 1]) => {}
        _ => replace(w, len, BY[i]),
    }
}

fn step_3(w: &mut Vec<u8>, p1: usize, p2: usize) {
    const S: [&str; 9] = [
        "icate", "ative", "alize", "iciti", "ical", "tional", "ational", "ful", "ness",
    ];
    const BY: [&str; 9] = ["ic", "", "al", "ic", "ic", "tion", "ate", "", ""];
    let Some(i) = longest(w, &S) else {
        return;
    };
    let len = S[i].len();
    let at = w.len() - len;
    if at < p1 || (i == 1 && at < p2) {
        return;
    }
    replace(w, len, BY[i]);
}

fn step_4(w: &mut Vec<u8>, p2: usize) {
    const S: [&str; 18] = [
        "ic", "ance", "ence", "able", "ible", "ate", "ive", "ize", "iti", "al", "ism", "ion", "er", "ous",
        "ant", "ent", "ment", "ement",
    ];
    let Some(i) = longest(w, &S) else {
        return;
    };
    let len = S[i].len();
    let at = w.len() - len;
    if at < p2 {
        return;
    }
    if S[i] == "ion" && (at == 0 || !matches!(w[at - 1], b's' | b't')) {
        return;
    }
    w.truncate(at);
}

fn step_5(w: &mut Vec<u8>, p1: usize, p2: usize) {
    let n = w.len();
    match w.last() {
        Some(b'e') => {
            let at = n - 1;
            if at >= p2 || (at >= p1 && !short_before(w, at)) {
                w.truncate(at);
            }
        }
        Some(b'l') => {
            let at = n - 1;
            if at >= p2 && at >= 1 && w[at - 1] == b'l' {
                w.truncate(at);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use rust_stemmers::{Algorithm, Stemmer};

    fn check(words: impl Iterator<Item = String>) -> usize {
        let reference = Stemmer::create(Algorithm::English);
        let mut n = 0;
        for w in words {
            if applies(&w) {
                assert_eq!(stem(&w), reference.stem(&w), "{w:?}");
                n += 1;
            }
        }
        n
    }

    #[test]
    fn porter2_examples() {
        let words = [
            "consign",
            "consigned",
            "consigning",
            "consignment",
            "consist",
            "consisted",
            "consistency",
            "consistent",
            "consistently",
            "consisting",
            "consists",
            "consolation",
            "consolations",
            "consolatory",
            "console",
            "consoled",
            "consoles",
            "consolidate",
            "consolidated",
            "consolidating",
            "consoling",
            "consolingly",
            "consols",
            "consonant",
            "consort",
            "consorted",
            "consorting",
            "conspicuous",
            "conspicuously",
            "conspiracy",
            "conspirator",
            "conspirators",
            "conspire",
            "conspired",
            "conspiring",
            "constable",
            "constables",
            "constance",
            "constancy",
            "constant",
            "knack",
            "knackeries",
            "knacks",
            "knag",
            "knave",
            "knaves",
            "knavish",
            "kneaded",
            "kneading",
            "knee",
            "kneel",
            "kneeled",
            "kneeling",
            "kneels",
            "knees",
            "knell",
            "knelt",
            "knew",
            "knick",
            "knif",
            "knife",
            "knight",
            "knightly",
            "knights",
            "knit",
            "knits",
            "knitted",
            "knitting",
            "knives",
            "knob",
            "knobs",
            "knock",
            "knocked",
            "knocker",
            "knockers",
            "knocking",
            "knocks",
            "knopp",
            "knot",
            "knots",
            "lay",
            "try",
            "by",
            "say",
            "cry",
            "ties",
            "cries",
            "gaps",
            "gas",
            "kiwis",
            "bleed",
            "hoping",
            "hopping",
            "luxuriated",
            "generously",
            "generate",
            "communism",
            "arsenal",
            "'tis",
            "john's",
            "boys'",
            "youth",
            "yyy",
            "ayyy",
            "sayying",
            "yes",
            "crying",
            "happily",
            "ogi",
            "biology",
            "ecology",
            "analogi",
            "fully",
            "fulli",
            "hopefulli",
            "ration",
            "abilities",
            "fly",
            "flies",
            "news",
            "skis",
            "skies",
            "ugly",
            "uglier",
            "inning",
            "innings",
            "canning",
            "proceeding",
            "succeed",
            "u.s",
            "e.g",
            "a_b",
            "x:y",
            "don't",
            "it's",
            "'",
            "''",
            "'s",
            "s's'",
            "aed",
            "eed",
            "sses",
            "ied",
            "ies",
            "ing",
            "bring",
            "sing",
            "during",
            "mention",
            "suggestion",
            "decision",
            "ement",
            "agreement",
            "movement",
            "electricity",
            "electrical",
            "hopefulness",
            "goodness",
            "formative",
            "relational",
            "conditional",
            "rational",
            "valenci",
            "hesitanci",
            "digitizer",
            "conformabli",
            "radicalli",
            "differentli",
            "vileli",
            "analogousli",
            "vietnamization",
            "predication",
            "operator",
            "feudalism",
            "decisiveness",
            "hopefulness",
            "callousness",
            "formaliti",
            "sensitiviti",
            "sensibiliti",
            "controll",
            "roll",
            "rate",
            "cease",
        ];
        check(words.iter().map(|w| w.to_string()));
    }

    /// Every word of the DUC sets and the seeds (when present) that the
    /// tokenizer would stem, as the tokenizer lower-cases it.
    #[test]
    fn porter2_is_rust_stemmers_on_the_corpora() {
        use unicode_segmentation::UnicodeSegmentation;
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
        let mut texts: Vec<String> = Vec::new();
        for set in ["duc2006", "duc2007_update", "duc2007_main"] {
            if let Ok(t) = std::fs::read_to_string(root.join("eval").join(format!("{set}.jsonl"))) {
                texts.push(t);
            }
        }
        if let Ok(dir) = std::fs::read_dir(root.join("seeds")) {
            for e in dir.flatten() {
                if let Ok(t) = std::fs::read_to_string(e.path()) {
                    texts.push(t);
                }
            }
        }
        let mut words: std::collections::BTreeSet<String> = Default::default();
        for t in &texts {
            for w in t.unicode_words() {
                words.insert(w.to_lowercase());
            }
        }
        let n = check(words.into_iter());
        if !texts.is_empty() {
            assert!(n > 10_000, "{n} words");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4_000))]
        #[test]
        fn porter2_is_rust_stemmers_on_letters(w in "[a-z']{0,12}") {
            check(std::iter::once(w));
        }

        #[test]
        fn porter2_is_rust_stemmers_on_suffixes(
            a in "[a-z]{0,6}",
            s in "(y|ies|ied|s|ss|sses|us|ed|eed|ing|edly|eedly|ingly|ational|tional|enci|anci|izer|bli|alli|entli|eli|ousli|ization|ation|ator|alism|iveness|fulness|ousness|aliti|iviti|biliti|logi|ogi|fulli|lessli|li|icate|ative|alize|iciti|ical|ful|ness|ic|ance|ence|able|ible|ate|ive|ize|iti|al|ism|ion|sion|tion|er|ous|ant|ent|ment|ement|e|l|ll|at|bl|iz|bb|y's|'s'|')",
            t in "(|s|ed|ing|ly|y|e)"
        ) {
            check(std::iter::once(format!("{a}{s}{t}")));
        }

        #[test]
        fn porter2_is_rust_stemmers_on_ascii(w in "[ -~]{0,10}") {
            check(std::iter::once(w.to_lowercase()));
        }
    }
}
