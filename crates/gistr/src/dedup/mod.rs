//! Stage 8: duplicates, one job a file: the profiles the decision compares
//! ([`profile`]), the decision whether two sentences state the same fact
//! ([`decide`]), the clusters it induces and their corroboration
//! ([`cluster`]), the conflicts inside a cluster ([`conflict`]), and the
//! words both read, a leaf ([`words`]); here,
//! [`Dedup`] for `gistr dedup` and `comparePairs`.

mod cluster;
mod conflict;
mod decide;
mod polarity;
mod profile;
mod words;

pub use cluster::{clusters, independent};
pub use conflict::conflicts;
pub use decide::{
    credit, decide, duplicate, features, names_only, redundant, redundant_with, restate, strength, GramBits,
    Verdict, FEATURES,
};
pub use profile::{Profile, Profiles};

use crate::fxhash::FxMap;
use crate::lang::{Analyzer, Language};
use crate::tfidf::{self, Vectors};
use crate::token::{self, Interner, Term};
use crate::tuning::MIN_EDGE;

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
    profiles: Profiles,
    vectors: Vectors,
    idf: Vec<f32>,
    n_terms: usize,
}

/// How many bytes of the texts, at least, [`Dedup::new`] detects the
/// language on.
const DETECT_SAMPLE: usize = 2000;

impl Dedup {
    /// Prepares `texts`. `language` is an ISO 639-1 code, or `None` to detect
    /// it from all the texts together; an unknown code also means detection.
    pub fn new<S: AsRef<str>>(texts: &[S], language: Option<&str>) -> Dedup {
        let lang = language.and_then(Language::from_code).unwrap_or_else(|| {
            let mut sample = String::new();
            for t in texts {
                if sample.len() > DETECT_SAMPLE {
                    break;
                }
                sample.push_str(t.as_ref());
                sample.push(' ');
            }
            Language::detect(&sample)
        });
        let analyzer = Analyzer::new(lang);
        // Stages 4 and 5 of the summariser, each text one sentence: the
        // same tokenizer, the same weighing.
        let mut interner = Interner::default();
        let mut terms: Vec<Term> = Vec::new();
        let mut lists: Vec<std::ops::Range<usize>> = Vec::with_capacity(texts.len());
        for t in texts {
            let start = terms.len();
            token::tokenize(&analyzer, &mut interner, t.as_ref(), &mut terms);
            lists.push(start..terms.len());
        }
        let (idf, vectors) = tfidf::weigh(lists.iter().map(|r| &terms[r.clone()]), interner.len());
        let mut profiles = Profiles::new(true);
        for text in texts {
            profiles.push(text.as_ref(), &analyzer);
        }
        Dedup {
            profiles,
            vectors,
            idf,
            n_terms: interner.len(),
        }
    }

    /// The verdict on texts `a` and `b`. Indices past the end compare as empty.
    pub fn compare(&self, a: usize, b: usize) -> Verdict {
        decide(&self.profile(a), &self.profile(b), &self.idf)
    }

    /// The features behind [`compare`](Self::compare), named, each in
    /// [0, 1]: what the verdict on texts `a` and `b` was made from, then
    /// `names_only`, 1 when they share no content word beyond names (see
    /// `tuning::DUPLICATE_NAMES_ONLY_LOGIT`).
    pub fn explain(&self, a: usize, b: usize) -> Vec<(&'static str, f32)> {
        let (pa, pb) = (self.profile(a), self.profile(b));
        let mut out: Vec<(&'static str, f32)> =
            FEATURES.into_iter().zip(features(&pa, &pb, &self.idf)).collect();
        out.push(("names_only", f32::from(u8::from(names_only(&pa, &pb)))));
        out
    }

    fn profile(&self, i: usize) -> Profile<'_> {
        self.profiles.get(i, &self.vectors)
    }

    /// Groups of two or more duplicate texts, each sorted, in order of their
    /// first text.
    ///
    /// Copies (the same words, whatever the case and punctuation) are put
    /// together first; the distinct texts are then compared in pairs that
    /// share an uncommon term, as in the summariser.
    pub fn groups(&self) -> Vec<Vec<usize>> {
        let n = self.profiles.len();
        // The first text of each set of copies stands for them all.
        let mut first: FxMap<&[u32], usize> = FxMap::default();
        let mut rep: Vec<usize> = Vec::with_capacity(n);
        let mut copies = vec![0usize; n];
        for i in 0..n {
            let p = self.profile(i);
            let r = if p.vector.is_empty() {
                i
            } else {
                *first.entry(p.words).or_insert(i)
            };
            rep.push(r);
            copies[r] += 1;
        }
        let reps: Vec<usize> = (0..n).filter(|&i| rep[i] == i).collect();
        // As in the summariser's graph (stage 6): terms in more than
        // `graph::MAX_INDEXED_DF` texts are not indexed, they make most
        // pairs and few duplicates.
        let mut vectors = Vectors::default();
        for &i in &reps {
            vectors.push(self.vectors.get(i));
        }
        let candidates = crate::graph::similar_pairs(&vectors, self.n_terms, MIN_EDGE);
        let dups: Vec<(usize, usize, f32)> = candidates
            .iter()
            .filter_map(|&(a, b, _)| {
                let (a, b) = (reps[a as usize], reps[b as usize]);
                let v = self.compare(a, b);
                v.duplicate.then_some((a, b, v.similarity))
            })
            .collect();
        let ids = clusters(n, &dups);
        // A cluster of distinct texts, or a text with copies of its own.
        let mut group_of: FxMap<(bool, usize), usize> = FxMap::default();
        let mut groups: Vec<Vec<usize>> = Vec::new();
        for (i, &r) in rep.iter().enumerate() {
            let key = match ids[r] {
                Some(c) => (true, c),
                None if copies[r] > 1 => (false, r),
                None => continue,
            };
            let g = *group_of.entry(key).or_insert_with(|| {
                groups.push(Vec::new());
                groups.len() - 1
            });
            groups[g].push(i);
        }
        groups
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fast_path_decides_as_decide_does() {
        let text = include_str!("../../../../tests/fixtures/strike/1-harbour-herald.txt").to_string()
            + include_str!("../../../../tests/fixtures/strike/2-daily-ledger.txt")
            + include_str!("../../../../tests/fixtures/strike/3-wire.txt");
        let lines: Vec<&str> = crate::sentence::sentences(&text)
            .into_iter()
            .map(|r| &text[r])
            .collect();
        let d = Dedup::new(&lines, Some("en"));
        let mut dups = 0;
        for a in 0..lines.len() {
            for b in 0..lines.len() {
                let v = decide(&d.profile(a), &d.profile(b), &d.idf);
                let fast = duplicate(&d.profile(a), &d.profile(b), &d.idf);
                assert_eq!(
                    fast,
                    v.duplicate.then_some(v.similarity),
                    "{} / {}",
                    lines[a],
                    lines[b]
                );
                dups += usize::from(v.duplicate && a != b);
            }
        }
        assert!(dups > 0);
    }

    #[test]
    fn the_gram_bound_refuses_only_what_redundant_refuses() {
        let text = include_str!("../../../../tests/fixtures/strike/1-harbour-herald.txt").to_string()
            + include_str!("../../../../tests/fixtures/strike/2-daily-ledger.txt")
            + include_str!("../../../../tests/fixtures/strike/3-wire.txt");
        let lines: Vec<&str> = crate::sentence::sentences(&text)
            .into_iter()
            .map(|r| &text[r])
            .collect();
        let d = Dedup::new(&lines, Some("en"));
        let mut bits = GramBits::default();
        let mut alike = 0;
        for a in 0..lines.len() {
            let pa = d.profile(a);
            bits.load(a, &pa);
            for b in 0..lines.len() {
                let pb = d.profile(b);
                let slow = redundant(&pa, &pb, &d.idf);
                assert_eq!(
                    redundant_with(&pa, &pb, &d.idf, &bits),
                    slow,
                    "{} / {}",
                    lines[a],
                    lines[b]
                );
                alike += usize::from(slow.is_some() && a != b);
            }
        }
        assert!(alike > 0);
    }

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
        // Copies, reorderings and paraphrases of one fact.
        check("The cat sat on the mat.", "The cat sat on the mat.", true);
        check(
            "Zelensky thanked Trump for productive talks on sanctions.",
            "Zelensky expressed gratitude to Trump for the productive talks about sanctions against Russia.",
            true,
        );
        check(
            "Trump threatened sanctions if Russia does not agree to a ceasefire by Friday.",
            "If Russia does not agree to a ceasefire by Friday, Trump threatened sanctions.",
            true,
        );
        check(
            "The council approved the bridge on Tuesday, the mayor said.",
            "The council approved the bridge on Tuesday.",
            true,
        );
        // Different facts.
        check("The cat sat on the mat.", "Stocks fell sharply in Tokyo.", false);
        check(
            "Denmark will buy weapons for Ukraine worth $500 million.",
            "The Kremlin said the Russian economy is immune to sanctions.",
            false,
        );
        // Nothing to compare.
        check("", "", false);
        check("The cat sat on the mat.", "", false);
        check("!!! ???", "...", false);
    }
}
