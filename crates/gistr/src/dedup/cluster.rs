//! Clusters of duplicates (the facts) and their corroboration: how many
//! independent articles carry each.

use crate::fxhash::FxSet;
use crate::tfidf::{self, Vectors};
use crate::tuning::COPY_COSINE;

/// Clusters of duplicates from the duplicate pairs `(a, b, similarity)`.
///
/// Pairs are taken most similar first, and two clusters are joined only
/// when more than half the pairs across them are duplicates too (average
/// linkage), so that a chain A≈B≈C≈D of ever looser paraphrases does not
/// become one fact. Cluster ids are dense and numbered in order of each
/// cluster's first sentence; sentences without duplicates get `None`.
pub fn clusters(n: usize, pairs: &[(usize, usize, f32)]) -> Vec<Option<usize>> {
    let mut order: Vec<(usize, usize, f32)> = pairs
        .iter()
        .filter(|&&(a, b, _)| a < n && b < n && a != b)
        .map(|&(a, b, s)| (a.min(b), a.max(b), s))
        .collect();
    crate::sort::pairs_by_similarity(&mut order);
    // FxHash (only asked, never iterated): the default SipHash is slower,
    // and a second hasher in the .wasm.
    let mut linked: FxSet<(usize, usize)> = order.iter().map(|&(a, b, _)| (a, b)).collect();
    linked.shrink_to_fit();
    // Each sentence's cluster (named by one of its members), and each
    // cluster's members as a list threaded through `next`, in the order
    // they joined: no list per sentence.
    const END: u32 = u32::MAX;
    let mut of: Vec<u32> = (0..n as u32).collect();
    let mut next: Vec<u32> = vec![END; n];
    let mut head: Vec<u32> = (0..n as u32).collect();
    let mut tail: Vec<u32> = (0..n as u32).collect();
    let mut size: Vec<u32> = vec![1; n];
    fn members<'a>(head: &[u32], next: &'a [u32], c: usize) -> impl Iterator<Item = usize> + 'a {
        let mut at = head[c];
        std::iter::from_fn(move || {
            (at != u32::MAX).then(|| {
                let m = at as usize;
                at = next[m];
                m
            })
        })
    }
    for &(a, b, _) in &order {
        let (ca, cb) = (of[a] as usize, of[b] as usize);
        if ca == cb {
            continue;
        }
        // Large clusters (many copies of one line) are checked on a sample,
        // and the count stops as soon as the majority is known.
        const SAMPLE: usize = 16;
        let total = (size[ca] as usize).min(SAMPLE) * (size[cb] as usize).min(SAMPLE);
        let (mut dup, mut miss) = (0usize, 0usize);
        'count: for x in members(&head, &next, ca).take(SAMPLE) {
            for y in members(&head, &next, cb).take(SAMPLE) {
                if linked.contains(&(x.min(y), x.max(y))) {
                    dup += 1;
                } else {
                    miss += 1;
                }
                if 2 * dup > total || 2 * miss >= total {
                    break 'count;
                }
            }
        }
        if 2 * dup <= total {
            continue;
        }
        let (keep, gone) = if size[ca] >= size[cb] { (ca, cb) } else { (cb, ca) };
        let mut m = head[gone];
        while m != END {
            of[m as usize] = keep as u32;
            m = next[m as usize];
        }
        next[tail[keep] as usize] = head[gone];
        tail[keep] = tail[gone];
        size[keep] += size[gone];
        size[gone] = 0;
        head[gone] = END;
    }
    let mut id = vec![usize::MAX; n];
    let mut next_id = 0;
    let mut out = vec![None; n];
    for i in 0..n {
        let c = of[i] as usize;
        if size[c] < 2 {
            continue;
        }
        if id[c] == usize::MAX {
            id[c] = next_id;
            next_id += 1;
        }
        out[i] = Some(id[c]);
    }
    out
}

/// How many independent articles carry a cluster of sentences (`members`,
/// ascending): articles whose versions are near-verbatim copies of an
/// earlier article's (cosine ≥ [`COPY_COSINE`]) count once, so one wire story
/// republished by several outlets is not many confirmations.
pub fn independent(members: &[usize], article: impl Fn(usize) -> usize, vectors: &Vectors) -> usize {
    let mut seen: Vec<(usize, usize)> = Vec::new(); // (article, its first member)
    let mut count = 0;
    for &m in members {
        let a = article(m);
        if seen.iter().any(|&(sa, _)| sa == a) {
            continue;
        }
        let copy = seen
            .iter()
            .any(|&(_, r)| tfidf::dot(&vectors[r], &vectors[m]) >= COPY_COSINE);
        seen.push((a, m));
        if !copy {
            count += 1;
        }
    }
    count.max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clusters_are_numbered_by_first_member() {
        let ids = clusters(5, &[(3, 4, 0.9), (0, 2, 0.8)]);
        assert_eq!(ids, vec![Some(0), None, Some(0), Some(1), Some(1)]);
        // A chain 0≈1≈2≈3 with 0 and 3 unrelated is not one cluster.
        let ids = clusters(4, &[(0, 1, 0.9), (1, 2, 0.8), (2, 3, 0.9)]);
        assert_eq!(ids, vec![Some(0), Some(0), Some(1), Some(1)]);
        // Nor is a hub with two unrelated spokes: 2 joins the pair {0, 1}
        // only if it repeats both.
        let ids = clusters(3, &[(0, 1, 0.9), (1, 2, 0.8)]);
        assert_eq!(ids, vec![Some(0), Some(0), None]);
        // A triangle is.
        let ids = clusters(3, &[(0, 1, 0.9), (1, 2, 0.8), (0, 2, 0.7)]);
        assert_eq!(ids, vec![Some(0), Some(0), Some(0)]);
    }
}
