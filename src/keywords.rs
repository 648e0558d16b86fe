//! Keywords of the whole input: TextRank over content words that occur
//! within two words of each other.

use crate::graph::Graph;
use crate::rank;
use crate::token::Term;

/// Two terms co-occur when at most this many words apart.
const WINDOW: usize = 2;
/// PageRank over the co-occurrence graph: the damping of the TextRank
/// paper, and convergence bounds (most iterations, L1 change). Not tuned.
const DAMPING: f32 = 0.85;
const ITERATIONS: usize = 50;
const TOLERANCE: f32 = 1e-6;

/// The `k` best terms of `sentences` (term sequences), with scores scaled so
/// that the best is 1. Ties break by first appearance.
pub fn keywords(sentences: &[&[Term]], k: usize) -> Vec<(Term, f32)> {
    // Local ids in order of first appearance; term ids are dense, so a
    // table indexed by term does what a hash map would, without hashing.
    let n_terms = sentences
        .iter()
        .flat_map(|s| s.iter())
        .map(|&t| t as usize + 1)
        .max()
        .unwrap_or(0);
    let mut ids: Vec<u32> = vec![u32::MAX; n_terms];
    let mut terms: Vec<Term> = Vec::new();
    // Every co-occurrence as one key (smaller id, larger id); sorting and
    // counting runs then gives each edge's weight.
    // Reserved at the most there can be (WINDOW a word), not grown by
    // doubling: this is the largest array of the stage.
    let mut keys: Vec<u128> = Vec::with_capacity(sentences.iter().map(|s| WINDOW * s.len()).sum());
    let mut local: Vec<u32> = Vec::new();
    for s in sentences {
        local.clear();
        local.extend(s.iter().map(|&t| {
            let id = &mut ids[t as usize];
            if *id == u32::MAX {
                *id = terms.len() as u32;
                terms.push(t);
            }
            *id
        }));
        for w in 0..local.len() {
            for d in 1..=WINDOW {
                if let Some(&b) = local.get(w + d) {
                    let a = local[w];
                    if a != b {
                        keys.push((u128::from(a.min(b)) << 32) | u128::from(a.max(b)));
                    }
                }
            }
        }
    }
    drop(ids);
    keys.sort_unstable();
    let mut pairs: Vec<(u32, u32, f32)> = Vec::new();
    for run in keys.chunk_by(|a, b| a == b) {
        let key = run[0];
        pairs.push(((key >> 32) as u32, key as u32, run.len() as f32));
    }
    drop(keys);
    let graph = Graph::from_edges(terms.len(), &pairs);
    drop(pairs);
    let r = rank::pagerank(&graph, &[], DAMPING, ITERATIONS, TOLERANCE);
    let mut order: Vec<usize> = (0..terms.len()).collect();
    crate::sort::by_score_desc(&mut order, &r);
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
