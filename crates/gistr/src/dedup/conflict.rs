//! Conflicts: where two versions of one fact disagree on a number, a date
//! or a name, or make the claim in opposite senses ([`super::polarity`]).

use super::words::{name_key, words, MONTHS, WEEKDAYS};
use crate::fxhash::FxSet;
use crate::output::ConflictKind;

/// A run of capitalised words (a name) with the words around it.
struct NameRun {
    /// The word before, lower-cased ("" at the start).
    before: String,
    /// Its words as written.
    words: Vec<String>,
    /// The word after, lower-cased ("" at the end).
    after: String,
}

impl NameRun {
    /// The part of the run that `other` (name keys) lacks entirely,
    /// with the words around it: the shared title of "Defense Minister
    /// Troels Poulsen" becomes the word before "Troels Poulsen".
    fn unshared(&self, other: &FxSet<String>) -> Option<NameRun> {
        let has = |w: &String| other.contains(&name_key(w));
        let start = self.words.iter().take_while(|w| has(w)).count();
        let end = self.words.len() - self.words[start..].iter().rev().take_while(|w| has(w)).count();
        let rest = &self.words[start..end];
        if rest.is_empty() || rest.iter().any(has) {
            return None;
        }
        Some(NameRun {
            before: match start {
                0 => self.before.clone(),
                s => self.words[s - 1].to_lowercase(),
            },
            words: rest.to_vec(),
            // A shared surname after the run is no role.
            after: match self.words.get(end) {
                Some(_) => String::new(),
                None => self.after.clone(),
            },
        })
    }
}

/// Capitalised words that do not open the sentence (or a quote), grouped
/// in runs.
#[cfg_attr(gistr_size, optimize(size))]
fn name_runs(text: &str) -> Vec<NameRun> {
    let ws: Vec<&str> = text.split_whitespace().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let opens = i == 0 || ws[i - 1].ends_with([':', '.', '"', '“']) || ws[i].starts_with(['"', '“', '(']);
        if opens || !is_name(ws[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < ws.len() && is_name(ws[i]) {
            i += 1;
            // A run ends at punctuation.
            if ws[i - 1].ends_with(|c: char| !c.is_alphanumeric()) {
                break;
            }
        }
        let run: Vec<&str> = ws[start..i].iter().map(|w| clean(w)).collect();
        // Only a lower-case word tells a role or an act ("spokesman",
        // "said"); a heading ("Engagements:") has no context.
        let heading = ws[i - 1].ends_with(':');
        let context = |j: Option<usize>| {
            j.and_then(|j| ws.get(j))
                .map(|w| clean(w))
                .filter(|w| !heading && w.starts_with(char::is_lowercase))
                .map(str::to_lowercase)
                .unwrap_or_default()
        };
        out.push(NameRun {
            before: context(start.checked_sub(1)),
            words: run.iter().map(|w| w.to_string()).collect(),
            after: context(Some(i)),
        });
    }
    out
}

fn clean(w: &str) -> &str {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    // Possessives: "Trump's", "Russia´s".
    for s in ["'s", "’s", "´s"] {
        if let Some(stem) = w.strip_suffix(s) {
            return stem;
        }
    }
    w
}

/// A capitalised word that is not a weekday, a month or a title-cased
/// function word.
fn is_name(w: &str) -> bool {
    let w = clean(w);
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !first.is_uppercase() || w.chars().count() < 2 {
        return false;
    }
    let l = w.to_lowercase();
    !(WEEKDAYS.contains(&l.as_str()) || MONTHS.contains(&l.as_str()) || COMMON_CAPS.contains(&l.as_str()))
}

/// Capitalised words that are rarely the name of a person or place.
const COMMON_CAPS: &[&str] = &[
    "the", "a", "an", "and", "or", "of", "in", "on", "at", "for", "to", "by", "with", "i", "mr", "mrs", "ms",
    "dr", "he", "she", "it", "we", "they", "but", "if", "as", "this", "that",
];

/// The words a number may be given in, each with the one way it is keyed:
/// scale words, percent, and measures however they are spelt ("31,000
/// square kilometers" and "19,000 sq. kms" are both `sq km`, so they
/// meet).
const UNITS: &[(&str, &str)] = &[
    ("thousand", "thousand"),
    ("million", "million"),
    ("billion", "billion"),
    ("trillion", "trillion"),
    ("percent", "%"),
    ("%", "%"),
    ("per", "per"),
    ("km", "km"),
    ("kms", "km"),
    ("kilometer", "km"),
    ("kilometers", "km"),
    ("kilometre", "km"),
    ("kilometres", "km"),
    ("mile", "mi"),
    ("miles", "mi"),
    ("kg", "kg"),
    ("kilogram", "kg"),
    ("kilograms", "kg"),
    ("kilogramme", "kg"),
    ("kilogrammes", "kg"),
    ("ton", "t"),
    ("tons", "t"),
    ("tonne", "t"),
    ("tonnes", "t"),
    ("hectare", "ha"),
    ("hectares", "ha"),
    ("acre", "acre"),
    ("acres", "acre"),
];

/// Area units: "square" or "sq" before a length.
const AREAS: &[(&str, &str)] = &[("km", "sq km"), ("mi", "sq mi")];

/// The unit after the number at `words[i]`, keyed as [`UNITS`] keys it,
/// and as written, lower-cased ("sq. kms" is `sq km`, shown "sq kms").
#[cfg_attr(gistr_size, optimize(size))]
fn unit_after(words: &[&str], i: usize) -> Option<(&'static str, String)> {
    let word = |k: usize| Some(words.get(k)?.trim_matches(not_unit_char).to_lowercase());
    let key = |w: &str| UNITS.iter().find(|(u, _)| *u == w).map(|&(_, k)| k);
    let mut written = word(i + 1)?;
    if let Some(k) = key(&written) {
        return Some((k, written));
    }
    let area = matches!(written.as_str(), "square" | "sq");
    let metric = written == "metric";
    if !area && !metric {
        return None;
    }
    let second = word(i + 2)?;
    let k = key(&second)?;
    let k = if area {
        AREAS.iter().find(|(l, _)| *l == k)?.1
    } else {
        (k == "t").then_some("t")?
    };
    written.push(' ');
    written.push_str(&second);
    Some((k, written))
}

/// What a unit's word is trimmed of: everything but letters, digits and
/// the percent sign.
fn not_unit_char(c: char) -> bool {
    !c.is_alphanumeric() && c != '%'
}

/// A number with its scale word, as written: `$1.5 billion`, `30%`; or a
/// plain count with the word it counts, `212 people` (the key's unit is
/// `#people`, so it meets only a count of the same word).
#[cfg_attr(gistr_size, optimize(size))]
fn amounts(text: &str) -> Vec<(String, String)> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let core =
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '$' && c != '%' && c != '€' && c != '£');
        let digits: String = core.chars().filter(|c| c.is_ascii_digit() || *c == '.').collect();
        if digits.is_empty() || !core.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        // Years are dates, not amounts.
        if is_year(core) {
            continue;
        }
        let next = unit_after(&words, i);
        // The unit: currency, scale word, percent sign or measure ("$
        // billion", "%", "sq km").
        let mut unit = String::new();
        if let Some(c) = core.chars().next().filter(|c| matches!(c, '$' | '€' | '£')) {
            unit.push(c);
        }
        if let Some((n, _)) = &next {
            unit.push_str(n);
        } else if core.ends_with('%') {
            unit.push('%');
        }
        // A plain count, unless it is the tail of a number cut by a space
        // ("150, 000") or a rate ("one in 10 children", "one out of 10").
        let tail = i > 0
            && words[i - 1].ends_with(',')
            && words[i - 1]
                .trim_end_matches(',')
                .chars()
                .all(|c| c.is_ascii_digit());
        let rate = i > 0 && matches!(words[i - 1], "in" | "of");
        let counted = match (&next, unit.is_empty() && !tail && !rate) {
            (None, true) => counted_word(core, words.get(i + 1).copied()),
            _ => None,
        };
        if let Some(c) = counted {
            unit.push('#');
            unit.push_str(c);
        }
        let shown = match (&next, counted) {
            (Some((_, written)), _) => format!("{core} {written}"),
            (None, Some(c)) => format!("{core} {c}"),
            (None, None) => core.to_string(),
        };
        let value: String = core.chars().filter(|c| c.is_ascii_digit() || *c == '.').collect();
        out.push((format!("{value} {unit}"), shown));
    }
    out
}

/// Whether one figure is the other rounded: the rounder one (an integer
/// ending in zeros) has at least two significant digits, and the other
/// rounds to it at its precision ("31,000" and "31,200"). A round figure
/// of one significant digit ("200" against "240", "1" against "1.5") is
/// too coarse to tell rounding from a disagreement.
#[cfg_attr(gistr_size, optimize(size))]
fn rounded(x: &str, y: &str) -> bool {
    let zeros = |v: &str| {
        if v.contains('.') {
            0
        } else {
            v.len() - v.trim_end_matches('0').len()
        }
    };
    let (round, other) = if zeros(x) >= zeros(y) { (x, y) } else { (y, x) };
    let z = zeros(round);
    if z == 0 || round.trim_matches('0').len() < 2 || z > 18 {
        return false;
    }
    // In integers, half up (a fraction cannot tip a rounding to tens or
    // more): float parsing would cost the .wasm about 17 KB of tables.
    let whole = other.split_once('.').map_or(other, |(w, _)| w);
    let (Ok(r), Ok(o)) = (round.parse::<u64>(), whole.parse::<u64>()) else {
        return false;
    };
    let scale = 10u64.pow(z as u32);
    (o / scale + u64::from(o % scale * 2 >= scale)) * scale == r
}

/// The word a plain count counts: `core` is digits (with `,` or `.`) and
/// the next word is a lower-case word of three letters or more, as written
/// ("212 people", "12 soldiers,"): not "9 a.m.", "10-year", "3 in".
fn counted_word<'a>(core: &str, next: Option<&'a str>) -> Option<&'a str> {
    if !core.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.') {
        return None;
    }
    let word = next?.trim_end_matches([',', ';', ':', '.', '!', '?', ')', '"', '”']);
    (word.chars().count() >= 3 && word.chars().all(char::is_lowercase)).then_some(word)
}

fn is_year(w: &str) -> bool {
    w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()) && (w.starts_with("19") || w.starts_with("20"))
}

/// The weekdays, months and years of `text`.
#[cfg_attr(gistr_size, optimize(size))]
fn date_words(text: &str) -> [Vec<String>; 3] {
    let mut out: [Vec<String>; 3] = Default::default();
    for w in text.split(|c: char| !c.is_alphanumeric()) {
        let l = w.to_lowercase();
        if WEEKDAYS.contains(&l.as_str()) {
            out[0].push(w.to_string());
        } else if MONTHS.contains(&l.as_str()) && l != "may" {
            out[1].push(w.to_string());
        } else if is_year(w) {
            out[2].push(w.to_string());
        }
    }
    out
}

/// Where two versions of one fact disagree: amounts with the same scale
/// (`$1 billion` against `$1.5 billion`), names in the same role,
/// weekdays, months or years, and claims made in opposite senses ("would
/// not resign" against "would resign", "approved" against "rejected").
#[cfg_attr(gistr_size, optimize(size))]
pub fn conflicts(ours: &str, theirs: &str) -> Vec<(ConflictKind, String, String)> {
    let mut out = Vec::new();
    let (a, b) = (amounts(ours), amounts(theirs));
    for (key, shown) in &a {
        if b.iter().any(|(k, _)| k == key) {
            continue;
        }
        let unit = key.split(' ').nth(1).unwrap_or("");
        if unit.is_empty() {
            continue;
        }
        // A count meets a count of the same word only when each version has
        // just one ("5,500 people were hurt and 258 people died" has no one
        // figure to set against "247 people").
        let of_unit = |xs: &[(String, String)]| {
            xs.iter()
                .filter(|(k, _)| k.split(' ').nth(1) == Some(unit))
                .count()
        };
        if unit.starts_with('#') && (of_unit(&a) != 1 || of_unit(&b) != 1) {
            continue;
        }
        if let Some((k, other)) = b
            .iter()
            .find(|(k, _)| k.split(' ').nth(1) == Some(unit) && !a.iter().any(|(ka, _)| ka == k))
        {
            // Nor when either figure is in the other version at all: "won 75
            // seats" agrees with "75 of the 125 seats".
            let value = |k: &str| k.split(' ').next().unwrap_or("").to_string();
            let has = |xs: &[(String, String)], v: &str| xs.iter().any(|(x, _)| value(x) == v);
            if unit.starts_with('#') && (has(&b, &value(key)) || has(&a, &value(k))) {
                continue;
            }
            if rounded(&value(key), &value(k)) {
                continue;
            }
            out.push((ConflictKind::Number, shown.clone(), other.clone()));
        }
    }
    out.extend(name_conflicts(ours, theirs));
    for (x, y) in date_words(ours).into_iter().zip(date_words(theirs)) {
        if !x.is_empty() && !y.is_empty() && !x.iter().any(|w| y.iter().any(|v| v.eq_ignore_ascii_case(w))) {
            out.push((ConflictKind::Date, x.join(", "), y.join(", ")));
        }
    }
    out.extend(super::polarity::opposite_claims(ours, theirs));
    out
}

/// Names that stand in the same place in both versions but differ: a
/// name of `ours` none of whose words `theirs` has, and one of `theirs`
/// none of whose words `ours` has, after the same role ("spokesman
/// Dmitry Peskov" against "spokesman Yuri Ushakov") or before the same
/// word ("Peskov said" against "Ushakov said").
#[cfg_attr(gistr_size, optimize(size))]
fn name_conflicts(ours: &str, theirs: &str) -> Vec<(ConflictKind, String, String)> {
    // A set, not a sorted list: the sort of `String`s was a copy of the
    // standard sort of its own in the .wasm (about 1 KB gzipped), and
    // `FxSet<String>` is boilerplate's, already there.
    // Keyed as the runs' words are (`clean`: "City's" is "City"), so that
    // a name in both versions is shared.
    let keys = |t: &str| words(t).map(|w| name_key(clean(w))).collect::<FxSet<String>>();
    let (ka, kb) = (keys(ours), keys(theirs));
    let ra: Vec<NameRun> = name_runs(ours).iter().filter_map(|r| r.unshared(&kb)).collect();
    let rb: Vec<NameRun> = name_runs(theirs).iter().filter_map(|r| r.unshared(&ka)).collect();
    let telling = |w: &str| {
        w.chars().count() >= 3 && w.chars().all(char::is_alphabetic) && !FUNCTION_WORDS.contains(&w)
    };
    let mut out = Vec::new();
    for a in &ra {
        let same = rb.iter().find(|b| {
            (telling(&a.before) && a.before == b.before) || (telling(&a.after) && a.after == b.after)
        });
        if let Some(b) = same {
            out.push((ConflictKind::Name, a.words.join(" "), b.words.join(" ")));
        }
    }
    out
}

/// Words around a name that say nothing of its role.
const FUNCTION_WORDS: &[&str] = &[
    "and",
    "the",
    "for",
    "with",
    "from",
    "into",
    "that",
    "this",
    "than",
    "but",
    "nor",
    "its",
    "their",
    "his",
    "her",
    "our",
    "your",
    "who",
    "which",
    "was",
    "were",
    "are",
    "has",
    "had",
    "have",
    "been",
    "will",
    "would",
    "between",
    "about",
    "after",
    "before",
    "against",
    "over",
    "under",
    "like",
    "including",
    "also",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn conflict(ours: &str, theirs: &str, expected: &[(ConflictKind, &str, &str)]) {
        let got = conflicts(ours, theirs);
        let want: Vec<(ConflictKind, String, String)> = expected
            .iter()
            .map(|&(k, a, b)| (k, a.to_string(), b.to_string()))
            .collect();
        assert_eq!(got, want, "{ours:?} / {theirs:?}");
    }

    #[test]
    fn finds_conflicts() {
        use ConflictKind::*;
        conflict(
            "Funding exceeds $1 billion, he said on Friday.",
            "Funding exceeds $1.5 billion, he said on Monday.",
            &[(Number, "$1 billion", "$1.5 billion"), (Date, "Friday", "Monday")],
        );
        conflict("It cost $1 billion.", "It cost $1 billion.", &[]);
        // A name with a possessive is the same name in both.
        let chicago = "Chicago had 698 homicides in 1998, surpassing New York City's homicide totals for the first time ever.";
        conflict(chicago, chicago, &[]);
        // Plain counts meet counts of the same word only.
        conflict(
            "Officials said 212 people died in the floods.",
            "Officials said 240 people died in the floods.",
            &[(Number, "212 people", "240 people")],
        );
        // Not when either version counts the same word twice, in a rate or
        // in the tail of a number cut by a space.
        conflict(
            "Police said 5 people died and 12 people were hurt.",
            "Police said 5 people died and 13 people were hurt.",
            &[],
        );
        conflict(
            "One in 10 children is poor.",
            "Some 92,000 children are poor.",
            &[],
        );
        conflict("It won 75 seats.", "It won 75 of the 125 seats.", &[]);
        conflict(
            "Another 150, 000 people fled.",
            "Another 150,000 people fled.",
            &[],
        );
        conflict("The 3 ships left port.", "The three ships left port.", &[]);
        conflict("The 3 ships left port.", "The 4 boats left port.", &[]);
        conflict("It opens at 9 a.m. daily.", "It opens at 10 a.m. daily.", &[]);
        conflict("A 10-year deal was signed.", "A 12-year deal was signed.", &[]);
        conflict(
            "Prices rose 3% in May.",
            "Prices rose 4% in May.",
            &[(Number, "3%", "4%")],
        );
        // A measure however it is spelt (DUC 2007 main, D0742: credited at
        // 0.976 and judged PARTIAL), and percent however it is written.
        conflict(
            "Kakadu is almost 12,000 square miles (31,000 square kilometers) of floodplains.",
            "Kakadu is almost 12,000 square miles (19,000 sq. kms) of floodplains.",
            &[(Number, "31,000 square kilometers", "19,000 sq kms")],
        );
        conflict(
            "Prices rose 3 percent in May.",
            "Prices rose 4% in May.",
            &[(Number, "3 percent", "4%")],
        );
        conflict("The road is 40 km long.", "The road is 40 kilometres long.", &[]);
        conflict("The road is 40 km long.", "The road is 25 miles long.", &[]);
        conflict(
            "The ship carried 9,000 metric tons of oil.",
            "The ship carried 7,000 tonnes of oil.",
            &[(Number, "9,000 metric tons", "7,000 tonnes")],
        );
        conflict("The fire burned 500 acres.", "The fire burned 200 hectares.", &[]);
        // A figure and the same figure rounded agree; a round figure of one
        // significant digit is no rounding of another.
        conflict(
            "Kakadu is almost 12,000 square miles (31,200 sq. km.) of flood plains.",
            "Kakadu is almost 12,000 square miles (31,000 square kilometers) of floodplains.",
            &[],
        );
        conflict(
            "Officials said 200 people died in the floods.",
            "Officials said 240 people died in the floods.",
            &[(Number, "200 people", "240 people")],
        );
        conflict(
            "The quake killed 1,250 people.",
            "The quake killed 1,300 people.",
            &[],
        );
        conflict(
            "The quake killed 1,249.9 people.",
            "The quake killed 1,300 people.",
            &[(Number, "1,249.9 people", "1,300 people")],
        );
        conflict(
            "Officials said 2,400 people died in the floods.",
            "Officials said 2,460 people died in the floods.",
            &[(Number, "2,400 people", "2,460 people")],
        );
        conflict(
            "The deal was signed in March 2022.",
            "The deal was signed in April 2022.",
            &[(Date, "March", "April")],
        );
        conflict(
            "The talks, Kremlin spokesman Dmitry Peskov said, were useful.",
            "The talks, Kremlin spokesman Yuri Ushakov said, were useful.",
            &[(Name, "Dmitry Peskov", "Yuri Ushakov")],
        );
        conflict(
            "The report was written by Defense Minister Troels Poulsen on Monday.",
            "The report was written by Defense Minister Pal Jonson on Monday.",
            &[(Name, "Troels Poulsen", "Pal Jonson")],
        );
        // The same person, named more or less fully, is no conflict.
        conflict(
            "The envoy Steve Witkoff will visit Moscow.",
            "The envoy Witkoff will visit Moscow.",
            &[],
        );
        conflict("Zelensky thanked Trump.", "Zelenskyy thanked Trump.", &[]);
        conflict(
            "The president Donald Trump is hoping for progress.",
            "Future Engagements: Trump is expected to meet Zelensky.",
            &[],
        );
        // Different names in different roles are not a conflict either.
        conflict(
            "Trump spoke with Putin on Tuesday.",
            "Officials in Kyiv and Moscow said the Tuesday call happened.",
            &[],
        );
    }

    /// Texts made of the words the rules look at.
    #[cfg(not(target_arch = "wasm32"))]
    fn text() -> impl proptest::strategy::Strategy<Value = String> {
        use proptest::prelude::*;
        const WORDS: &[&str] = &[
            "212",
            "240",
            "1,200",
            "150,",
            "000",
            "75",
            "3.5",
            "people",
            "others",
            "seats",
            "in",
            "of",
            "One",
            "$1",
            "billion",
            "3%",
            "km",
            "square",
            "sq.",
            "kms",
            "percent",
            "metric",
            "tons",
            "Monday",
            "Friday",
            "2024",
            "Peskov",
            "Ushakov",
            "said",
            "spokesman",
            "a.m.",
            "10-year",
            "é",
            "人",
            ",",
            ".",
            "“",
            "Élan",
            "City's",
            "New",
            "York",
        ];
        prop::collection::vec(prop::sample::select(WORDS), 0..24).prop_map(|w| w.join(" "))
    }

    #[cfg(not(target_arch = "wasm32"))]
    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(2000))]
        /// Any two texts: no panic, and each figure said to differ is written
        /// in its own version, never in the other ("75 seats" against "75 of
        /// the 125 seats" is no conflict).
        #[test]
        fn a_text_never_conflicts_with_itself(a in text()) {
            proptest::prop_assert_eq!(conflicts(&a, &a), Vec::new(), "{:?}", a);
        }

        #[test]
        fn numbers_said_to_differ_are_each_versions_own(a in text(), b in text()) {
            for (kind, ours, theirs) in conflicts(&a, &b) {
                if kind != ConflictKind::Number {
                    continue;
                }
                let words = |t: &str| t.split_whitespace().map(str::to_string).collect::<Vec<_>>();
                let figure = |shown: &str| shown.split(' ').next().unwrap_or("").to_string();
                proptest::prop_assert!(words(&a).iter().any(|w| w.contains(&figure(&ours))), "{ours:?} in {a:?}");
                proptest::prop_assert!(words(&b).iter().any(|w| w.contains(&figure(&theirs))), "{theirs:?} in {b:?}");
                let counted = ours
                    .split(' ')
                    .nth(1)
                    .filter(|w| !UNITS.iter().any(|(u, _)| u == w) && !matches!(*w, "square" | "sq" | "metric"));
                if counted.is_some() && !ours.contains(['$', '€', '£', '%']) {
                    proptest::prop_assert!(!words(&b).contains(&figure(&ours)), "{ours:?} is in {b:?}");
                }
            }
        }
    }
}
