//! Keywords of the whole input: TextRank over content words that occur
//! within two words of each other.

use crate::graph::Graph;
use crate::rank;
use crate::token::Term;
use std::collections::HashMap;

/// The `k` best terms of `sentences` (term sequences), with scores scaled so
/// that the best is 1. Ties break by first appearance.
pub fn keywords(sentences: &[&[Term]], k: usize) -> Vec<(Term, f32)> {
    let mut ids: HashMap<Term, u32> = HashMap::new();
    let mut terms: Vec<Term> = Vec::new();
    let mut weights: HashMap<(u32, u32), f32> = HashMap::new();
    for s in sentences {
        let local: Vec<u32> = s
            .iter()
            .map(|t| {
                *ids.entry(*t).or_insert_with(|| {
                    terms.push(*t);
                    (terms.len() - 1) as u32
                })
            })
            .collect();
        for w in 0..local.len() {
            for d in 1..=2 {
                if let Some(&b) = local.get(w + d) {
                    let a = local[w];
                    if a != b {
                        *weights.entry((a.min(b), a.max(b))).or_insert(0.0) += 1.0;
                    }
                }
            }
        }
    }
    let mut pairs: Vec<(u32, u32, f32)> = weights.into_iter().map(|((a, b), w)| (a, b, w)).collect();
    pairs.sort_by_key(|x| (x.0, x.1));
    let graph = Graph::from_edges(terms.len(), &pairs);
    let r = rank::pagerank(&graph, &[], 0.85, 50, 1e-6);
    let mut order: Vec<usize> = (0..terms.len()).collect();
    order.sort_by(|&a, &b| r[b].total_cmp(&r[a]).then(a.cmp(&b)));
    let best = order.first().map(|&i| r[i]).unwrap_or(1.0).max(f32::MIN_POSITIVE);
    order
        .into_iter()
        .take(k)
        .map(|i| (terms[i], r[i] / best))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn central_word_wins() {
        let s: Vec<&[Term]> = vec![&[0, 1], &[0, 2], &[0, 3], &[4, 5]];
        let k = keywords(&s, 2);
        assert_eq!(k[0].0, 0);
        assert_eq!(k[0].1, 1.0);
        assert!(keywords(&[], 3).is_empty());
    }
}
