//! Stage 8: duplicates — the decision whether two sentences state the same
//! fact, the clusters it induces, and the conflicts inside a cluster.
//!
//! The decision looks past word-for-word copies: it compares stemmed content
//! words weighted by IDF (cosine), and also how much of the shorter sentence
//! the longer one contains, so that "X said Y" and "Y, X said on Monday in
//! a statement" are one fact.

use crate::lang::{Analyzer, Language};
use crate::output::ConflictKind;
use crate::tfidf::{self, Vector};
use crate::token::{self, Interner, Term};

/// The cosine at or above which two sentences are duplicates.
pub const COSINE: f32 = 0.5;
/// The IDF-weighted share of the shorter sentence's terms found in the
/// longer one at or above which they are duplicates.
pub const CONTAINMENT: f32 = 0.8;
/// A sentence needs this many distinct terms for containment to count.
const MIN_TERMS: usize = 4;

/// Whether two sentences are duplicates, and how similar they are.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Verdict {
    /// Similarity in [0, 1].
    pub similarity: f32,
    /// Whether they state the same fact.
    pub duplicate: bool,
}

/// The decision function, shared by the summariser and `gistr dedup`.
pub fn decide(a: &Vector, b: &Vector, idf: &[f32]) -> Verdict {
    let cosine = tfidf::dot(a, b).min(1.0);
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    let mass: f32 = short.iter().map(|&(t, _)| idf[t as usize]).sum();
    let mut shared = 0.0;
    let mut j = 0;
    for &(t, _) in short {
        while j < long.len() && long[j].0 < t {
            j += 1;
        }
        if j < long.len() && long[j].0 == t {
            shared += idf[t as usize];
        }
    }
    let containment = if mass > 0.0 && short.len() >= MIN_TERMS {
        shared / mass
    } else {
        0.0
    };
    let similarity = cosine.max(containment * COSINE / CONTAINMENT).min(1.0);
    Verdict {
        similarity,
        duplicate: cosine >= COSINE || containment >= CONTAINMENT,
    }
}

/// Union-find of sentences; cluster ids are dense and numbered in order of
/// each cluster's first sentence. Sentences without duplicates get `None`.
pub fn clusters(n: usize, pairs: impl Iterator<Item = (usize, usize)>) -> Vec<Option<usize>> {
    let mut parent: Vec<usize> = (0..n).collect();
    fn find(parent: &mut [usize], mut x: usize) -> usize {
        while parent[x] != x {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        x
    }
    let mut has = vec![false; n];
    for (a, b) in pairs {
        has[a] = true;
        has[b] = true;
        let (ra, rb) = (find(&mut parent, a), find(&mut parent, b));
        if ra != rb {
            // The smaller index is the root, so roots are first members.
            parent[ra.max(rb)] = ra.min(rb);
        }
    }
    let mut id = vec![usize::MAX; n];
    let mut next = 0;
    let mut out = vec![None; n];
    for i in 0..n {
        if !has[i] {
            continue;
        }
        let r = find(&mut parent, i);
        if id[r] == usize::MAX {
            id[r] = next;
            next += 1;
        }
        out[i] = Some(id[r]);
    }
    out
}

/// How many independent articles carry a cluster of sentences (`members`,
/// ascending): articles whose versions are near-verbatim copies of an
/// earlier article's (cosine ≥ 0.95) count once, so one wire story
/// republished by several outlets is not many confirmations.
pub fn independent(members: &[usize], article: impl Fn(usize) -> usize, vectors: &[Vector]) -> usize {
    let mut seen: Vec<(usize, usize)> = Vec::new(); // (article, its first member)
    let mut count = 0;
    for &m in members {
        let a = article(m);
        if seen.iter().any(|&(sa, _)| sa == a) {
            continue;
        }
        let copy = seen
            .iter()
            .any(|&(_, r)| tfidf::dot(&vectors[r], &vectors[m]) >= 0.95);
        seen.push((a, m));
        if !copy {
            count += 1;
        }
    }
    count.max(1)
}

const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const SCALES: &[&str] = &[
    "thousand", "million", "billion", "trillion", "percent", "%", "per", "km", "miles",
];

/// A number with its scale word, as written: `$1.5 billion`, `30%`.
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
        let next = words
            .get(i + 1)
            .map(|n| n.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
            .filter(|n| SCALES.contains(&n.as_str()));
        let unit = next.clone().unwrap_or_default();
        let shown = match &next {
            Some(n) => format!("{core} {n}"),
            None => core.to_string(),
        };
        let value: String = core.chars().filter(|c| c.is_ascii_digit() || *c == '.').collect();
        out.push((format!("{value} {unit}"), shown));
    }
    out
}

fn is_year(w: &str) -> bool {
    w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()) && (w.starts_with("19") || w.starts_with("20"))
}

fn date_words(text: &str) -> (Vec<String>, Vec<String>) {
    let mut days = Vec::new();
    let mut others = Vec::new();
    for w in text.split(|c: char| !c.is_alphanumeric()) {
        let l = w.to_lowercase();
        if WEEKDAYS.contains(&l.as_str()) {
            days.push(w.to_string());
        } else if MONTHS.contains(&l.as_str()) && l != "may" || is_year(w) {
            others.push(w.to_string());
        }
    }
    (days, others)
}

/// Where two versions of one fact disagree: amounts with the same scale
/// (`$1 billion` against `$1.5 billion`), weekdays, months or years.
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
        if let Some((_, other)) = b
            .iter()
            .find(|(k, _)| k.split(' ').nth(1) == Some(unit) && !a.iter().any(|(ka, _)| ka == k))
        {
            out.push((ConflictKind::Number, shown.clone(), other.clone()));
        }
    }
    let ((da, oa), (db, ob)) = (date_words(ours), date_words(theirs));
    for (x, y) in [(da, db), (oa, ob)] {
        if !x.is_empty() && !y.is_empty() && !x.iter().any(|w| y.iter().any(|v| v.eq_ignore_ascii_case(w))) {
            out.push((ConflictKind::Date, x.join(", "), y.join(", ")));
        }
    }
    out
}

/// Near-duplicate detection over a list of short texts (sentences or
/// headlines), with the same decision function as the summariser. IDF
/// comes from the texts themselves.
///
/// ```
/// let texts = [
///     "Trump threatened sanctions if Russia does not agree to a ceasefire by Friday.",
///     "If Russia does not agree to a ceasefire by Friday, Trump threatened sanctions.",
///     "Denmark and Sweden will buy weapons for Ukraine.",
/// ];
/// let d = gistr::Dedup::new(&texts, None);
/// assert!(d.compare(0, 1).duplicate);
/// assert!(!d.compare(0, 2).duplicate);
/// assert_eq!(d.groups(), vec![vec![0, 1]]);
/// ```
pub struct Dedup {
    vectors: Vec<Vector>,
    idf: Vec<f32>,
    n_terms: usize,
}

impl Dedup {
    /// Prepares `texts`. `language` is an ISO 639-1 code, or `None` to detect
    /// it from all the texts together; an unknown code also means detection.
    pub fn new<S: AsRef<str>>(texts: &[S], language: Option<&str>) -> Dedup {
        let lang = language.and_then(Language::from_code).unwrap_or_else(|| {
            let mut sample = String::new();
            for t in texts {
                if sample.len() > 2000 {
                    break;
                }
                sample.push_str(t.as_ref());
                sample.push(' ');
            }
            Language::detect(&sample)
        });
        let analyzer = Analyzer::new(lang);
        let mut interner = Interner::default();
        let terms: Vec<Vec<Term>> = texts
            .iter()
            .map(|t| {
                let mut out = Vec::new();
                token::tokenize(&analyzer, &mut interner, t.as_ref(), &mut out);
                out
            })
            .collect();
        let idf = tfidf::idf(terms.iter().map(|t| t.as_slice()), interner.len());
        let mut scratch = Vec::new();
        let vectors = terms
            .iter()
            .map(|t| tfidf::vector(t, &idf, &mut scratch))
            .collect();
        Dedup {
            vectors,
            idf,
            n_terms: interner.len(),
        }
    }

    /// The verdict on texts `a` and `b`. Indices past the end compare as empty.
    pub fn compare(&self, a: usize, b: usize) -> Verdict {
        let empty = Vector::new();
        let va = self.vectors.get(a).unwrap_or(&empty);
        let vb = self.vectors.get(b).unwrap_or(&empty);
        decide(va, vb, &self.idf)
    }

    /// Groups of two or more duplicate texts, each sorted, in order of their
    /// first text.
    pub fn groups(&self) -> Vec<Vec<usize>> {
        let n = self.vectors.len();
        let max_df = n.max(1);
        let candidates = crate::graph::similar_pairs(&self.vectors, self.n_terms, 0.05, max_df);
        let dups = candidates
            .iter()
            .filter(|&&(a, b, _)| self.compare(a as usize, b as usize).duplicate)
            .map(|&(a, b, _)| (a as usize, b as usize));
        let ids = clusters(n, dups);
        let mut groups: Vec<Vec<usize>> = Vec::new();
        for (i, id) in ids.iter().enumerate() {
            if let Some(id) = *id {
                if id == groups.len() {
                    groups.push(Vec::new());
                }
                groups[id].push(i);
            }
        }
        groups
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(a: &str, b: &str, expected: bool) {
        let d = Dedup::new(
            &[
                a,
                b,
                "Unrelated filler about weather in Paris.",
                "Markets rose on Tuesday in Tokyo.",
            ],
            Some("en"),
        );
        let v = d.compare(0, 1);
        assert_eq!(v.duplicate, expected, "{a:?} / {b:?}: {v:?}");
    }

    #[test]
    fn table() {
        check("The cat sat on the mat.", "The cat sat on the mat.", true);
        check(
            "Zelensky thanked Trump for productive talks on sanctions.",
            "Zelensky expressed gratitude to Trump for the productive talks about sanctions against Russia.",
            true,
        );
        check("The cat sat on the mat.", "Stocks fell sharply in Tokyo.", false);
        check("", "", false);
    }

    #[test]
    fn finds_conflicts() {
        let c = conflicts(
            "Funding exceeds $1 billion, he said on Friday.",
            "Funding exceeds $1.5 billion, he said on Monday.",
        );
        assert_eq!(
            c,
            vec![
                (
                    ConflictKind::Number,
                    "$1 billion".to_string(),
                    "$1.5 billion".to_string()
                ),
                (ConflictKind::Date, "Friday".to_string(), "Monday".to_string()),
            ]
        );
        assert!(conflicts("It cost $1 billion.", "It cost $1 billion.").is_empty());
    }

    #[test]
    fn clusters_are_numbered_by_first_member() {
        let ids = clusters(5, [(3, 4), (0, 2)].into_iter());
        assert_eq!(ids, vec![Some(0), None, Some(0), Some(1), Some(1)]);
    }
}
