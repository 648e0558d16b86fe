//! Concepts for selection: the content-word bigrams of each sentence
//! (Gillick & Favre 2009), weighted by how many articles carry them.
//!
//! A fact that several articles report is worth covering; a fact covered
//! once needs no second sentence. Selection maximises the total weight of
//! the concepts it covers (see [`crate::select`]).
//!
//! Ids are assigned by sorting, never by hash-map iteration, so the result
//! is deterministic.

use crate::fxhash::FxMap;
use crate::lang::{lowercase_into, Analyzer};
use crate::token::Term;
use unicode_segmentation::UnicodeSegmentation;

/// The concepts of a set of sentences.
#[derive(Clone, Debug, Default)]
pub struct Concepts {
    /// Concept ids of sentence `i`: `ids[offsets[i]..offsets[i + 1]]`,
    /// sorted and distinct.
    offsets: Vec<u32>,
    ids: Vec<u32>,
    /// The weight of each concept (0 for a concept too rare to count).
    pub weights: Vec<f32>,
}

impl Concepts {
    /// The concept ids of sentence `i`.
    pub fn of(&self, i: usize) -> &[u32] {
        match (self.offsets.get(i), self.offsets.get(i + 1)) {
            (Some(&a), Some(&b)) => self.ids.get(a as usize..b as usize).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// Frees the concept lists of the sentences `keep` does not keep:
    /// selection asks only about its candidates.
    pub fn retain(&mut self, keep: &[bool]) {
        let mut out = 0;
        let mut from = self.offsets.first().copied().unwrap_or(0) as usize;
        for i in 0..self.offsets.len().saturating_sub(1) {
            let to = self.offsets[i + 1] as usize;
            self.offsets[i] = out as u32;
            if keep.get(i).copied().unwrap_or(false) {
                self.ids.copy_within(from..to, out);
                out += to - from;
            }
            from = to;
        }
        if let Some(last) = self.offsets.last_mut() {
            *last = out as u32;
        }
        self.ids.truncate(out);
        self.ids.shrink_to_fit();
    }

    /// The number of concepts.
    pub fn len(&self) -> usize {
        self.weights.len()
    }

    /// Whether there are no concepts.
    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }
}

/// How concepts are weighted.
#[derive(Clone, Copy, Debug)]
pub struct Weighting {
    /// A concept counts only when at least this many articles carry it.
    pub min_articles: usize,
    /// The weight, the number of articles that carry a concept, is raised
    /// to this power.
    pub power: f32,
}

/// The concepts of `sentences`, given as `(terms in order, article,
/// whether it counts toward weights)`.
///
/// The occurrences of the bigrams `(first, second)` are put in order of
/// first term by a counting sort (each as `(second, sentence)` in one
/// `u64`, its bucket standing for the first), each bucket sorted, and
/// concept ids given in the order `(first, second)`; each sentence's ids
/// come out sorted from a counting sort by sentence of the ids in the
/// order given. No sort of every occurrence (a sort of 16-byte keys was
/// 2% of the run at 2,000 articles).
pub fn concepts<'a>(sentences: impl Iterator<Item = (&'a [Term], usize, bool)>, w: Weighting) -> Concepts {
    concepts_by(sentences, w, |a, b| a != b, |_, _| 1.0, 0)
}

/// [`concepts`] of the bigrams `(a, b)` for which `keep(a, b)` holds, each
/// weight times `scale(a, b)`; `shape` bits (issue 19's experiment): 64
/// makes `(a, b)` and `(b, a)` one concept, 128 adds the pairs one term
/// apart (skip-bigrams).
pub fn concepts_by<'a>(
    sentences: impl Iterator<Item = (&'a [Term], usize, bool)>,
    w: Weighting,
    keep: impl Fn(Term, Term) -> bool,
    scale: impl Fn(Term, Term) -> f32,
    shape: u32,
) -> Concepts {
    let sentences: Vec<(&[Term], usize, bool)> = sentences.collect();
    let n = sentences.len();
    let (unordered, skip) = (shape & 64 != 0, shape & 128 != 0);
    let bigrams = |terms: &'a [Term]| {
        let order = move |(a, b): (Term, Term)| if unordered && b < a { (b, a) } else { (a, b) };
        terms
            .windows(2)
            .map(|p| (p[0], p[1]))
            .chain(terms.windows(3).filter(move |_| skip).map(|p| (p[0], p[2])))
            .filter(|&(a, b)| keep(a, b))
            .map(order)
    };
    let n_terms = sentences
        .iter()
        .flat_map(|s| s.0.iter())
        .map(|&t| t as usize + 1)
        .max()
        .unwrap_or(0);
    // Occurrences are far below 4 G (the input's size bounds them).
    let mut start = vec![0u32; n_terms + 1];
    for &(terms, ..) in &sentences {
        for (a, _) in bigrams(terms) {
            start[a as usize + 1] += 1;
        }
    }
    for t in 0..n_terms {
        start[t + 1] += start[t];
    }
    let mut fill = start.clone();
    let mut occ = vec![0u64; start[n_terms] as usize];
    for (i, &(terms, ..)) in sentences.iter().enumerate() {
        for (a, b) in bigrams(terms) {
            occ[fill[a as usize] as usize] = u64::from(b) << 32 | i as u64;
            fill[a as usize] += 1;
        }
    }
    drop(fill);

    let mut weights = Vec::new();
    // (sentence, concept) pairs, written over the occurrences already read.
    let mut kept = 0;
    // The articles carrying the current concept, counted once each: an
    // article's stamp is the first occurrence of the concept last counted.
    let n_articles = sentences.iter().map(|s| s.1 + 1).max().unwrap_or(0);
    let mut stamp = vec![usize::MAX; n_articles];
    for a in 0..n_terms {
        let (from, to) = (start[a] as usize, start[a + 1] as usize);
        crate::sort::u64s(&mut occ[from..to]);
        let mut k = from;
        while k < to {
            let b = occ[k] >> 32;
            let mut e = k;
            let mut arts = 0usize;
            while e < to && occ[e] >> 32 == b {
                let (_, article, counts) = sentences[occ[e] as u32 as usize];
                if counts && stamp[article] != k {
                    stamp[article] = k;
                    arts += 1;
                }
                e += 1;
            }
            let mut weight = 0.0;
            if arts >= w.min_articles.max(1) {
                weight = crate::math::powf(arts as f32, w.power) * scale(a as Term, b as Term);
            }
            if weight > 0.0 {
                let id = weights.len() as u64;
                weights.push(weight);
                // Once a sentence (the occurrences of one bigram in one
                // sentence are side by side; `occ` is overwritten behind).
                let mut last = u64::MAX;
                for x in k..e {
                    let i = occ[x] as u32 as u64;
                    if i != last {
                        last = i;
                        occ[kept] = i << 32 | id;
                        kept += 1;
                    }
                }
            }
            k = e;
        }
    }
    drop(start);
    occ.truncate(kept);
    // By sentence, each sentence's ids in the order given (ascending).
    let mut offsets = vec![0u32; n + 1];
    for &p in &occ {
        offsets[(p >> 32) as usize + 1] += 1;
    }
    for i in 0..n {
        offsets[i + 1] += offsets[i];
    }
    let mut at = offsets.clone();
    let mut ids = vec![0u32; occ.len()];
    for &p in &occ {
        let i = (p >> 32) as usize;
        ids[at[i] as usize] = p as u32;
        at[i] += 1;
    }
    Concepts {
        offsets,
        ids,
        weights,
    }
}

/// In [`Surface`] sequences, a break between words: no bigram spans it.
pub const BREAK: Term = 0;

/// Concepts defined on the words as written (issue 19's experiment,
/// `GISTR_BIGRAM`, bits): 1 keeps stop words (and single letters), as
/// ICSISumm does (Gillick & Favre 2009), dropping only the bigrams of two
/// of them; 2 makes no bigram across a punctuation mark (a gap between two
/// words of more than spaces, hyphens and apostrophes); 4 makes no bigram
/// across a dropped word (content words adjacent in the text only). With
/// none of them, the bigrams of the content terms, as [`concepts`] is given
/// them from the tokenizer. Term ids are this struct's own.
#[derive(Default)]
pub struct Surface {
    ids: FxMap<Box<str>, Term>,
    /// Whether term `t` is a stop word (or single letter); `BREAK` is.
    stop: Vec<bool>,
    lower: String,
}

impl Surface {
    fn id(&mut self, key: &str, stop: bool) -> Term {
        if self.stop.is_empty() {
            self.stop.push(true);
        }
        if let Some(&t) = self.ids.get(key) {
            return t;
        }
        let t = self.stop.len() as Term;
        self.ids.insert(key.into(), t);
        self.stop.push(stop);
        t
    }

    /// Appends the terms of `text` to `out` (and [`BREAK`]s), by the bits
    /// of `mode`.
    pub fn terms(&mut self, analyzer: &Analyzer, text: &str, mode: u32, out: &mut Vec<Term>) {
        let mut end: Option<usize> = None;
        let mut lower = std::mem::take(&mut self.lower);
        for (at, word) in text.unicode_word_indices() {
            if mode & 2 != 0 {
                if let Some(e) = end {
                    let gap = &text[e..at];
                    if gap
                        .chars()
                        .any(|c| !(c.is_whitespace() || matches!(c, '-' | '\'' | '\u{2019}')))
                    {
                        out.push(BREAK);
                    }
                }
            }
            end = Some(at + word.len());
            lowercase_into(&mut lower, word);
            let digits = lower.bytes().any(|c| c.is_ascii_digit());
            let stop = analyzer.is_stop(&lower) || (!digits && lower.chars().nth(1).is_none());
            if stop {
                if mode & 1 != 0 {
                    let t = self.id(&format!("\u{1}{lower}"), true);
                    out.push(t);
                } else if mode & 4 != 0 {
                    out.push(BREAK);
                }
            } else if digits {
                let n: String = lower.chars().filter(|c| *c != ',').collect();
                let t = self.id(&n, false);
                out.push(t);
            } else {
                let stem = analyzer.stem(&lower).into_owned();
                let t = self.id(&stem, false);
                out.push(t);
            }
        }
        self.lower = lower;
    }

    /// Whether the bigram `(a, b)` is a concept: two distinct terms, no
    /// break, not both stop words.
    pub fn keep(&self, a: Term, b: Term) -> bool {
        a != b && !(self.is_stop(a) && self.is_stop(b)) && a != BREAK && b != BREAK
    }

    /// The weight of the bigram `(a, b)` against one of two content
    /// words: `stop_weight` when it has a stop word.
    pub fn scale(&self, a: Term, b: Term, stop_weight: f32) -> f32 {
        if self.is_stop(a) || self.is_stop(b) {
            stop_weight
        } else {
            1.0
        }
    }

    fn is_stop(&self, t: Term) -> bool {
        self.stop.get(t as usize).copied().unwrap_or(true)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const W: Weighting = Weighting {
        min_articles: 2,
        power: 1.0,
    };

    #[test]
    fn retain_keeps_only_the_kept_sentences_lists() {
        let s: Vec<(&[Term], usize, bool)> = vec![
            (&[1, 2, 3, 4], 0, true),
            (&[1, 2, 3, 4], 1, true),
            (&[3, 4, 1, 2], 2, true),
            (&[2, 3], 2, true),
        ];
        let mut c = concepts(s.into_iter(), W);
        let before: Vec<Vec<u32>> = (0..4).map(|i| c.of(i).to_vec()).collect();
        assert!(before.iter().all(|l| !l.is_empty()));
        let keep = [false, true, false, true];
        c.retain(&keep);
        for i in 0..4 {
            let want: &[u32] = if keep[i] { &before[i] } else { &[] };
            assert_eq!(c.of(i), want, "sentence {i}");
        }
        assert!(c.of(4).is_empty());
    }

    #[test]
    fn shared_bigrams_count_by_article() {
        let s: Vec<(&[Term], usize, bool)> = vec![
            (&[1, 2, 3], 0, true),
            (&[1, 2, 4], 1, true),
            (&[1, 2], 1, true),
            (&[3, 4], 2, true),
        ];
        let c = concepts(s.into_iter(), W);
        // Only (1, 2) is in two articles; its weight is 2 (article 1 once).
        assert_eq!(c.len(), 1);
        assert_eq!(c.weights, vec![2.0]);
        assert_eq!(c.of(0), &[0]);
        assert_eq!(c.of(1), &[0]);
        assert_eq!(c.of(2), &[0]);
        assert!(c.of(3).is_empty());
        assert!(c.of(99).is_empty());
    }

    /// The concepts as the sort of every occurrence gave them (the
    /// definition the counting sorts must keep).
    fn by_sorting(s: &[(&[Term], usize, bool)], w: Weighting) -> (Vec<f32>, Vec<Vec<u32>>) {
        let mut all: Vec<(u32, u32, usize)> = Vec::new();
        for (i, &(terms, ..)) in s.iter().enumerate() {
            for p in terms.windows(2).filter(|p| p[0] != p[1]) {
                all.push((p[0], p[1], i));
            }
        }
        all.sort_unstable();
        all.dedup();
        let mut weights = Vec::new();
        let mut of = vec![Vec::new(); s.len()];
        for run in all.chunk_by(|x, y| (x.0, x.1) == (y.0, y.1)) {
            let mut arts: Vec<usize> = run.iter().filter(|o| s[o.2].2).map(|o| s[o.2].1).collect();
            arts.sort_unstable();
            arts.dedup();
            if arts.len() >= w.min_articles.max(1) {
                let id = weights.len() as u32;
                weights.push(crate::math::powf(arts.len() as f32, w.power));
                for o in run {
                    of[o.2].push(id);
                }
            }
        }
        (weights, of)
    }

    #[test]
    fn counting_sorts_give_the_sorted_definition() {
        // Sentences of a few terms, bigrams repeated within and across
        // sentences and articles, some not counted.
        let mut x = 0x1234_5678u32;
        let mut next = |m: u32| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            x % m
        };
        for round in 0..20 {
            let terms: Vec<Vec<Term>> = (0..30)
                .map(|_| {
                    (0..next(12))
                        .map(|_| next(if round % 2 == 0 { 6 } else { 40 }))
                        .collect()
                })
                .collect();
            let s: Vec<(&[Term], usize, bool)> = terms
                .iter()
                .enumerate()
                .map(|(i, t)| (t.as_slice(), i / 4, next(5) > 0))
                .collect();
            let c = concepts(s.iter().copied(), W);
            let (weights, of) = by_sorting(&s, W);
            assert_eq!(c.weights, weights, "round {round}");
            for (i, ids) in of.iter().enumerate() {
                assert_eq!(c.of(i), ids.as_slice(), "round {round}, sentence {i}");
            }
        }
    }

    #[test]
    fn empty_input() {
        let c = concepts(std::iter::empty(), W);
        assert_eq!(c.len(), 0);
        assert!(c.of(0).is_empty());
    }

    fn surface_words(s: &Surface, terms: &[Term]) -> Vec<String> {
        let mut by_id: Vec<(Term, &str)> = s.ids.iter().map(|(k, &v)| (v, k.as_ref())).collect();
        by_id.sort_unstable();
        terms
            .iter()
            .map(|&t| match t {
                BREAK => "|".to_string(),
                t => by_id[t as usize - 1].1.replace('\u{1}', "_"),
            })
            .collect()
    }

    #[test]
    fn surface_without_bits_is_the_tokenizers_terms() {
        let an = Analyzer::new(crate::lang::Language::from_code("en").unwrap());
        let text = "BONN, April 2 (Xinhua) -- Despite skepticism about the realization of a single \
                    currency on January 1, 1999, preparations for the Euro's 1,500 notes have begun.";
        let mut interner = crate::token::Interner::default();
        let mut a = Vec::new();
        crate::token::tokenize(&an, &mut interner, text, &mut a);
        let want: Vec<String> = a.iter().map(|&t| interner.text(t).to_string()).collect();
        let mut s = Surface::default();
        let mut b = Vec::new();
        s.terms(&an, text, 0, &mut b);
        assert_eq!(surface_words(&s, &b), want);
    }

    #[test]
    fn surface_bits() {
        let an = Analyzer::new(crate::lang::Language::from_code("en").unwrap());
        let text = "The president of the bank, Mr. Smith, resigned.";
        let words = |mode: u32| {
            let mut s = Surface::default();
            let mut b = Vec::new();
            s.terms(&an, text, mode, &mut b);
            let kept: Vec<(String, String)> = b
                .windows(2)
                .filter(|p| s.keep(p[0], p[1]))
                .map(|p| {
                    let w = surface_words(&s, p);
                    (w[0].clone(), w[1].clone())
                })
                .collect();
            (surface_words(&s, &b).join(" "), kept.len())
        };
        assert_eq!(words(0), ("presid bank smith resign".to_string(), 3));
        // Stop words kept; "of the" is no concept.
        assert_eq!(
            words(1),
            ("_the presid _of _the bank _mr smith resign".to_string(), 6)
        );
        // No bigram across a comma or a full stop.
        assert_eq!(words(2), ("presid bank | | smith | resign".to_string(), 1));
        assert_eq!(
            words(3),
            ("_the presid _of _the bank | _mr | smith | resign".to_string(), 3)
        );
        // Only content words adjacent in the text.
        assert_eq!(words(4), ("| presid | | bank | smith resign".to_string(), 1));
    }
}
