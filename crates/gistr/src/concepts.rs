//! Concepts for selection: the content-word bigrams of each sentence
//! (Gillick & Favre 2009), weighted by how many articles carry them.
//!
//! A fact that several articles report is worth covering; a fact covered
//! once needs no second sentence. Selection maximises the total weight of
//! the concepts it covers (see [`crate::select`]).
//!
//! Ids are assigned by sorting, never by hash-map iteration, so the result
//! is deterministic.

use crate::token::Term;

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
pub fn concepts<'a>(sentences: impl Iterator<Item = (&'a [Term], usize, bool)>, w: Weighting) -> Concepts {
    let sentences: Vec<(&[Term], usize, bool)> = sentences.collect();
    let n = sentences.len();
    // Every occurrence as one integer, (first, second, sentence) from the
    // top (the order of the tuple; plain integers share the one sort of
    // `u128` keys, see `crate::sort`). The sentence's article is looked up
    // when needed.
    let pack = |a: u32, b: u32, c: u32| u128::from(a) << 96 | u128::from(b) << 64 | u128::from(c) << 32;
    let part = |x: u128, k: u32| (x >> (96 - 32 * k)) as u32;
    let count: usize = sentences.iter().map(|s| s.0.len().saturating_sub(1)).sum();
    let mut all: Vec<u128> = Vec::with_capacity(count);
    for (i, &(terms, ..)) in sentences.iter().enumerate() {
        let i = i as u32;
        for pair in terms.windows(2) {
            if pair[0] != pair[1] {
                all.push(pack(pair[0], pair[1], i));
            }
        }
    }
    all.sort_unstable();
    all.dedup();

    let mut weights = Vec::new();
    // (sentence, concept) pairs, written over the occurrences already read.
    let mut kept = 0;
    // The articles carrying the current concept, counted once each: an
    // article's stamp is the first occurrence of the concept last counted.
    let n_articles = sentences.iter().map(|s| s.1 + 1).max().unwrap_or(0);
    let mut stamp = vec![usize::MAX; n_articles];
    let mut k = 0;
    while k < all.len() {
        let key = all[k] >> 64;
        let mut e = k;
        let mut arts = 0usize;
        while e < all.len() && all[e] >> 64 == key {
            let (_, article, counts) = sentences[part(all[e], 2) as usize];
            if counts && stamp[article] != k {
                stamp[article] = k;
                arts += 1;
            }
            e += 1;
        }
        let mut weight = 0.0;
        if arts >= w.min_articles.max(1) {
            weight = (arts as f32).powf(w.power);
        }
        if weight > 0.0 {
            let id = weights.len() as u32;
            weights.push(weight);
            for x in k..e {
                all[kept] = pack(part(all[x], 2), id, 0);
                kept += 1;
            }
        }
        k = e;
    }
    all.truncate(kept);
    all.sort_unstable();
    // Occurrences are far below 4 G (the input's size bounds them).
    let mut offsets = vec![0u32; n + 1];
    for &p in &all {
        offsets[part(p, 0) as usize + 1] += 1;
    }
    for i in 0..n {
        offsets[i + 1] += offsets[i];
    }
    let mut ids = Vec::with_capacity(all.len());
    ids.extend(all.iter().map(|&p| part(p, 1)));
    Concepts {
        offsets,
        ids,
        weights,
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

    #[test]
    fn empty_input() {
        let c = concepts(std::iter::empty(), W);
        assert_eq!(c.len(), 0);
        assert!(c.of(0).is_empty());
    }
}
