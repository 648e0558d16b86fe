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
///
/// The occurrences of the bigrams `(first, second)` are put in order of
/// first term by a counting sort (each as `(second, sentence)` in one
/// `u64`, its bucket standing for the first), each bucket sorted, and
/// concept ids given in the order `(first, second)`; each sentence's ids
/// come out sorted from a counting sort by sentence of the ids in the
/// order given. No sort of every occurrence (a sort of 16-byte keys was
/// 2% of the run at 2,000 articles).
pub fn concepts<'a>(sentences: impl Iterator<Item = (&'a [Term], usize, bool)>, w: Weighting) -> Concepts {
    let sentences: Vec<(&[Term], usize, bool)> = sentences.collect();
    let n = sentences.len();
    let bigrams = |terms: &'a [Term]| terms.windows(2).filter(|p| p[0] != p[1]).map(|p| (p[0], p[1]));
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
                weight = crate::math::powf(arts as f32, w.power);
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
}
