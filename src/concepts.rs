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
    offsets: Vec<usize>,
    ids: Vec<u32>,
    /// The weight of each concept (0 for a concept too rare to count).
    pub weights: Vec<f32>,
}

impl Concepts {
    /// The concept ids of sentence `i`.
    pub fn of(&self, i: usize) -> &[u32] {
        match (self.offsets.get(i), self.offsets.get(i + 1)) {
            (Some(&a), Some(&b)) => &self.ids[a..b],
            _ => &[],
        }
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
    /// The weight of a unigram relative to a bigram.
    pub unigram: f32,
    /// Extra weight for a concept's occurrence in the opening sentences of
    /// an article: an article counts `1 + lead / (1 + position)` times.
    pub lead: f32,
    /// The weight is raised to this power.
    pub power: f32,
}

/// (key, sentence, article, position, counts toward the weight)
type Occurrence = ((Term, Term), u32, u32, u32, bool);

/// One concept key: a bigram `(a, b)`, or a unigram `(a, NONE)`.
const NONE: Term = Term::MAX;

/// The concepts of `sentences`, given as `(terms in order, article,
/// position in the article, whether it counts toward weights)`.
pub fn concepts<'a>(
    sentences: impl Iterator<Item = (&'a [Term], usize, usize, bool)>,
    w: Weighting,
) -> Concepts {
    let mut all: Vec<Occurrence> = Vec::new();
    let mut n = 0;
    for (i, (terms, article, pos, counts)) in sentences.enumerate() {
        n = i + 1;
        let (i, a, p) = (i as u32, article as u32, pos.min(u32::MAX as usize) as u32);
        for pair in terms.windows(2) {
            if pair[0] != pair[1] {
                all.push(((pair[0], pair[1]), i, a, p, counts));
            }
        }
        if w.unigram > 0.0 {
            for &t in terms {
                all.push(((t, NONE), i, a, p, counts));
            }
        }
    }
    crate::sort::by_key3(&mut all, |x| (x.0 .0, x.0 .1, x.1));
    all.dedup_by_key(|x| (x.0, x.1));

    let mut weights = Vec::new();
    let mut pairs: Vec<(u32, u32)> = Vec::with_capacity(all.len()); // (sentence, concept)
    let mut arts: Vec<(u32, u32)> = Vec::new(); // (article, first position)
    let mut k = 0;
    while k < all.len() {
        let key = all[k].0;
        let mut e = k;
        arts.clear();
        while e < all.len() && all[e].0 == key {
            if all[e].4 {
                arts.push((all[e].2, all[e].3));
            }
            e += 1;
        }
        crate::sort::pairs(&mut arts);
        arts.dedup_by_key(|x| x.0);
        let mut weight = 0.0;
        if arts.len() >= w.min_articles.max(1) {
            weight = arts
                .iter()
                .map(|&(_, p)| 1.0 + w.lead / (1.0 + p as f32))
                .sum::<f32>()
                .powf(w.power);
            if key.1 == NONE {
                weight *= w.unigram;
            }
        }
        if weight > 0.0 {
            let id = weights.len() as u32;
            weights.push(weight);
            pairs.extend(all[k..e].iter().map(|x| (x.1, id)));
        }
        k = e;
    }
    crate::sort::pairs(&mut pairs);
    let mut offsets = vec![0usize; n + 1];
    for &(s, _) in &pairs {
        offsets[s as usize + 1] += 1;
    }
    for i in 0..n {
        offsets[i + 1] += offsets[i];
    }
    let ids = pairs.into_iter().map(|(_, c)| c).collect();
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
        unigram: 0.0,
        lead: 0.0,
        power: 1.0,
    };

    #[test]
    fn shared_bigrams_count_by_article() {
        let s: Vec<(&[Term], usize, usize, bool)> = vec![
            (&[1, 2, 3], 0, 0, true),
            (&[1, 2, 4], 1, 0, true),
            (&[1, 2], 1, 1, true),
            (&[3, 4], 2, 0, true),
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
