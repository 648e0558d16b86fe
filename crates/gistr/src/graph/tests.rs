//! Tests of the similarity graph (stage 6) and its rows.
use super::*;
use crate::tfidf::Vector;

fn flat(v: &[Vector]) -> Vectors {
    let mut out = Vectors::default();
    for x in v {
        out.push(x);
    }
    out
}

#[test]
fn finds_only_sharing_pairs() {
    let v: Vec<Vector> = vec![vec![(0, 0.6), (1, 0.8)], vec![(1, 1.0)], vec![(2, 1.0)]];
    let pairs = similar_pairs(&flat(&v), 3, 0.1);
    assert_eq!(pairs, vec![(0, 1, 0.8)]);
    let g = Graph::from_edges(3, &pairs);
    assert_eq!(g.neighbors(1), &[(0, 0.8)]);
    assert!(g.neighbors(2).is_empty());
}

#[test]
fn common_terms_still_find_duplicates() {
    // Term 0 is in every vector, so it is not indexed, but it is each
    // vector's rarest, so identical vectors still meet; the cosine is
    // exact, over every term.
    let mut v: Vec<Vector> = (0..300).map(|i| vec![(0, 0.6), (1 + i as u32, 0.8)]).collect();
    v.push(vec![(0, 1.0)]);
    v.push(vec![(0, 1.0)]);
    let pairs = similar_pairs(&flat(&v), 301, 0.9);
    assert_eq!(pairs, vec![(300, 301, 1.0)]);
}

/// Vectors over a small vocabulary, so that nodes have far more than
/// MAX_NEIGHBORS candidate edges (some more than MAX_FORWARD).
fn dense_corpus(n: usize, vocabulary: u32, seed: u64) -> Vec<Vector> {
    let mut x = seed;
    let mut next = move || {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (x >> 33) as u32
    };
    (0..n)
        .map(|_| {
            let len = 2 + next() % 7;
            let mut v: Vector = (0..len)
                .map(|_| {
                    // Skewed: low ids are common.
                    let t = (next() % vocabulary).min(next() % vocabulary);
                    (t, 1.0 + (next() % 100) as f32 / 10.0)
                })
                .collect();
            v.sort_unstable_by_key(|e| e.0);
            v.dedup_by_key(|e| e.0);
            let norm = v.iter().map(|e| e.1 * e.1).sum::<f32>().sqrt();
            v.iter_mut().for_each(|e| e.1 /= norm);
            v
        })
        .collect()
}

#[test]
fn keeps_the_strongest_edges_as_the_reference_does() {
    for (n, vocabulary, seed) in [(400, 60, 1), (600, 40, 2), (300, 200, 3), (2, 5, 4), (0, 5, 5)] {
        let v = dense_corpus(n, vocabulary, seed);
        let want = reference_pairs(&v, vocabulary as usize, 0.05);
        let got = similar_pairs(&flat(&v), vocabulary as usize, 0.05);
        assert_eq!(got, want, "n {n}, vocabulary {vocabulary}");
        let g = Graph::similar(&flat(&v), vocabulary as usize, 0.05);
        let h = Graph::from_edges(n, &want);
        assert_eq!((g.offsets, g.edges), (h.offsets, h.edges));
    }
}

/// Every pair, by brute force: the cosine of each pair of vectors (summed
/// over the second's terms, as the index does, so the bits agree), the
/// pairs at `min` or more, and of those the edges among the `k` strongest
/// of either end (weight descending, ties to the lower other end).
fn every_pair(vectors: &[Vector], min: f32, k: usize) -> Vec<(u32, u32, f32)> {
    let weight = |v: &Vector, t: u32| v.iter().find(|e| e.0 == t).map_or(0.0, |e| e.1);
    let mut pairs = Vec::new();
    for (i, a) in vectors.iter().enumerate() {
        for (j, b) in vectors.iter().enumerate().skip(i + 1) {
            let s: f32 = b.iter().map(|&(t, w)| weight(a, t) * w).sum();
            if s >= min {
                pairs.push((i as u32, j as u32, s.min(1.0)));
            }
        }
    }
    let mut strongest = vec![Vec::new(); vectors.len()];
    for (node, row) in strongest.iter_mut().enumerate() {
        let mut ends: Vec<(f32, u32)> = pairs
            .iter()
            .filter_map(|&(a, b, w)| match node as u32 {
                x if x == a => Some((w, b)),
                x if x == b => Some((w, a)),
                _ => None,
            })
            .collect();
        ends.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
        *row = ends.iter().take(k).map(|e| e.1).collect::<Vec<u32>>();
    }
    pairs
        .into_iter()
        .filter(|&(a, b, _)| strongest[a as usize].contains(&b) || strongest[b as usize].contains(&a))
        .collect()
}

#[test]
fn finds_every_pair_when_no_limit_binds() {
    // With at most MAX_INDEXED_DF sentences every term is indexed, and no
    // sentence has MAX_FORWARD later ones: the index must then find every
    // pair at the bar, with its exact cosine, and keep what the
    // MAX_NEIGHBORS rule keeps (dense corpora: most nodes have more).
    const { assert!(50 <= MAX_INDEXED_DF && 50 < MAX_FORWARD) };
    for (n, vocabulary, seed) in [
        (50, 12, 1),
        (50, 30, 2),
        (40, 8, 3),
        (30, 60, 4),
        (12, 4, 5),
        (3, 3, 6),
        (1, 2, 7),
    ] {
        let v = dense_corpus(n, vocabulary, seed);
        for min in [0.05, 0.3, 0.7] {
            let want = every_pair(&v, min, MAX_NEIGHBORS);
            let got = similar_pairs(&flat(&v), vocabulary as usize, min);
            assert_eq!(got, want, "n {n}, vocabulary {vocabulary}, min {min}");
        }
    }
    // The dense cases do exercise the neighbour rule.
    let v = dense_corpus(50, 8, 3);
    assert!(every_pair(&v, 0.05, usize::MAX).len() > every_pair(&v, 0.05, MAX_NEIGHBORS).len());
}

#[test]
fn ranks_and_neighbourhoods_equal_those_of_every_row() {
    // The built graph (each edge once, by higher end) ranks bit for bit
    // as the graph with every row, and gives a kept node's full row.
    for (n, vocabulary, seed) in [(400, 60, 1), (600, 40, 2), (300, 200, 3), (2, 5, 4), (0, 5, 5)] {
        let v = flat(&dense_corpus(n, vocabulary, seed));
        let full = Graph::similar(&v, vocabulary as usize, 0.05);
        let prior: Vec<f32> = (0..n).map(|i| 1.0 / (1.0 + (i % 7) as f32)).collect();
        let want = crate::rank::pagerank(&full, &prior, 0.85, 100, 1e-7);
        let mut similar = Similar::new(&v, vocabulary as usize, 0.05);
        assert_eq!(similar.edge_count() * 2, full.edge_ends());
        // The shares divided again each round (a large graph's way) rank
        // as the shares kept (a small one's).
        let bits = |x: &[f32]| x.iter().map(|f| f.to_bits()).collect::<Vec<_>>();
        let (divided, _) = crate::rank::pagerank_kept(&mut similar, &prior, 0.85, 100, 1e-7, 0);
        assert_eq!(bits(&divided), bits(&want), "n {n}, divided");
        let (got, strength) = crate::rank::pagerank_similar(&mut similar, &prior, 0.85, 100, 1e-7);
        assert_eq!(bits(&got), bits(&want), "n {n}");
        let keep: Vec<bool> = (0..n).map(|i| i % 3 == 1).collect();
        let near = similar.neighbourhood(&keep, strength);
        // Its ends alone, two a u64, are the same edges.
        let (pairs, count) = (similar.pairs().collect::<Vec<_>>(), similar.edge_count());
        similar.keep_ends();
        assert_eq!(similar.pairs().collect::<Vec<_>>(), pairs, "n {n}");
        assert_eq!(similar.edge_count(), count);
        for (i, &kept) in keep.iter().enumerate() {
            assert_eq!(near.strength(i).to_bits(), full.strength(i).to_bits());
            let row: &[(u32, f32)] = if kept { full.neighbors(i) } else { &[] };
            assert_eq!(near.neighbors(i), row, "n {n}, node {i}");
        }
    }
}

#[test]
fn copies_of_one_sentence_keep_a_bounded_number_of_edges() {
    // 400 copies of one sentence, among other sentences: every copy's
    // edges tie, and each keeps its MAX_NEIGHBORS strongest by position
    // and those that chose it, no more.
    let mut v: Vec<Vector> = Vec::new();
    for i in 0..800u32 {
        v.push(if i % 2 == 0 {
            vec![(0, 0.6), (1, 0.8)]
        } else {
            vec![(2 + i, 1.0)]
        });
    }
    let want = reference_pairs(&v, 802, 0.05);
    assert_eq!(similar_pairs(&flat(&v), 802, 0.05), want);
    let g = Graph::similar(&flat(&v), 802, 0.05);
    // Each node chooses MAX_NEIGHBORS edges; none has more than its
    // chosen ones and those to the MAX_FORWARD copies before it.
    assert!(g.edge_ends() <= 2 * MAX_NEIGHBORS * g.len(), "{}", g.edge_ends());
    let max = (0..g.len()).map(|i| g.neighbors(i).len()).max().unwrap_or(0);
    assert!(max <= MAX_FORWARD + MAX_NEIGHBORS, "{max}");
    assert!(g.neighbors(0).len() >= MAX_NEIGHBORS);
}

#[test]
fn keeps_the_strongest_edges() {
    // A star of 30 leaves: the hub keeps its MAX_NEIGHBORS strongest,
    // but every leaf keeps its only edge, so all survive.
    let star: Vec<(u32, u32, f32)> = (1..31).map(|j| (0, j, j as f32 / 100.0)).collect();
    assert_eq!(keep_strongest(31, star.clone(), MAX_NEIGHBORS).len(), 30);
    // A clique: each node keeps its k strongest and those that chose it.
    let mut clique = Vec::new();
    for a in 0..40u32 {
        for b in a + 1..40 {
            clique.push((a, b, ((a * 7 + b * 13) % 97) as f32 / 97.0));
        }
    }
    let kept = keep_strongest(40, clique.clone(), 5);
    assert!(kept.len() < clique.len() && kept.len() >= 40 * 5 / 2);
    assert!(kept.windows(2).all(|w| (w[0].0, w[0].1) < (w[1].0, w[1].1)));
}

// The graph as it was built before the floors were kept online (a list
// of all candidate pairs, then the k strongest of each node): the
// reference the rows must equal.
fn reference_pairs(vectors: &[Vector], n_terms: usize, min: f32) -> Vec<(u32, u32, f32)> {
    let max_df = MAX_INDEXED_DF;
    let mut df = vec![0u32; n_terms];
    for v in vectors {
        for &(t, _) in v {
            df[t as usize] += 1;
        }
    }
    // The indexed terms of each vector, as a flat list with offsets.
    let mut keys: Vec<u32> = Vec::new();
    let mut key_at: Vec<u32> = Vec::with_capacity(vectors.len() + 1);
    key_at.push(0);
    let mut rare: Vec<(u32, u32)> = Vec::new();
    for v in vectors {
        let before = keys.len();
        keys.extend(
            v.iter()
                .filter(|&&(t, _)| df[t as usize] as usize <= max_df)
                .map(|&(t, _)| t),
        );
        let have = keys.len() - before;
        if have < MIN_INDEXED && v.len() > have {
            // Add the rarest of the common terms (ties: lower term id).
            rare.clear();
            rare.extend(
                v.iter()
                    .filter(|&&(t, _)| df[t as usize] as usize > max_df)
                    .map(|&(t, _)| (df[t as usize], t)),
            );
            rare.sort_unstable();
            keys.extend(rare.iter().take(MIN_INDEXED - have).map(|&(_, t)| t));
            keys[before..].sort_unstable();
        }
        key_at.push(keys.len() as u32);
    }
    // Postings: for each term, the vectors indexed under it, ascending.
    let mut start = vec![0u32; n_terms + 1];
    for &t in &keys {
        start[t as usize + 1] += 1;
    }
    for t in 0..n_terms {
        start[t + 1] += start[t];
    }
    let mut postings = vec![0u32; keys.len()];
    let mut fill = start.clone();
    for i in 0..vectors.len() {
        for &t in &keys[key_at[i] as usize..key_at[i + 1] as usize] {
            postings[fill[t as usize] as usize] = i as u32;
            fill[t as usize] += 1;
        }
    }
    drop(fill);
    // The current vector spread out by term, so that each candidate's exact
    // cosine is one branch-free pass over the candidate's terms.
    let mut dense = vec![0f32; n_terms];
    let mut seen = vec![u32::MAX; vectors.len()];
    let mut touched: Vec<u32> = Vec::new();
    let mut row: Vec<(u32, f32)> = Vec::new();
    let mut pairs = Vec::new();
    for (i, v) in vectors.iter().enumerate() {
        for &t in &keys[key_at[i] as usize..key_at[i + 1] as usize] {
            let list = &postings[start[t as usize] as usize..start[t as usize + 1] as usize];
            // Postings are sorted by sentence: the next MAX_FORWARD
            // after i.
            let from = list.partition_point(|&j| j as usize <= i);
            for &j in &list[from..list.len().min(from + MAX_FORWARD)] {
                if seen[j as usize] != i as u32 {
                    seen[j as usize] = i as u32;
                    touched.push(j);
                }
            }
        }
        if touched.is_empty() {
            continue;
        }
        touched.sort_unstable();
        for &(t, w) in v {
            dense[t as usize] = w;
        }
        row.clear();
        for &j in &touched {
            let s: f32 = vectors[j as usize]
                .iter()
                .map(|&(t, w)| dense[t as usize] * w)
                .sum();
            if s >= min {
                row.push((j, s.min(1.0)));
            }
        }
        if row.len() > MAX_FORWARD {
            // Only the strongest can be among this sentence's MAX_NEIGHBORS;
            // the rest would wait in memory for keep_strongest to drop them.
            row.select_nth_unstable_by(MAX_FORWARD - 1, |a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
            row.truncate(MAX_FORWARD);
            row.sort_unstable_by_key(|&(j, _)| j);
        }
        pairs.extend(row.iter().map(|&(j, s)| (i as u32, j, s)));
        for &(t, _) in v {
            dense[t as usize] = 0.0;
        }
        touched.clear();
    }
    let mut kept = keep_strongest(vectors.len(), pairs, MAX_NEIGHBORS);
    // The filter kept the capacity of all the candidates.
    kept.shrink_to_fit();
    kept
}

/// Keeps the edges that are among the `k` strongest of either end (all of a
/// node's edges that tie with its `k`-th strongest are kept), in the same
/// order.
fn keep_strongest(n: usize, pairs: Vec<(u32, u32, f32)>, k: usize) -> Vec<(u32, u32, f32)> {
    let mut at = vec![0u32; n + 1];
    for &(a, b, _) in &pairs {
        at[a as usize + 1] += 1;
        at[b as usize + 1] += 1;
    }
    if at.iter().all(|&d| d as usize <= k) {
        return pairs;
    }
    for i in 0..n {
        at[i + 1] += at[i];
    }
    // Each node's edges as (weight, other end).
    let mut ends = vec![(0f32, 0u32); pairs.len() * 2];
    let mut fill = at.clone();
    for &(a, b, w) in &pairs {
        for (x, y) in [(a, b), (b, a)] {
            ends[fill[x as usize] as usize] = (w, y);
            fill[x as usize] += 1;
        }
    }
    drop(fill);
    // Each node's k strongest: weight descending, then the other end
    // ascending.
    let mut strong = std::collections::BTreeSet::new();
    for i in 0..n {
        let e = &mut ends[at[i] as usize..at[i + 1] as usize];
        e.sort_by(|x, y| y.0.total_cmp(&x.0).then(x.1.cmp(&y.1)));
        for &(_, j) in e.iter().take(k) {
            strong.insert((i as u32, j));
        }
    }
    pairs
        .into_iter()
        .filter(|&(a, b, _)| strong.contains(&(a, b)) || strong.contains(&(b, a)))
        .collect()
}
