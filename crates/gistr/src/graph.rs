//! Stage 6: the sentence similarity graph.
//!
//! Built from an inverted index, so only pairs of sentences that share a
//! term are ever compared: the cost follows the number of such pairs, not
//! n². Terms carried by a large share of the sentences add little to a
//! cosine and much to the cost, so they are left out of the index.

use crate::sort::edge_key;
use crate::tfidf::Vectors;

/// An undirected weighted graph in compressed sparse row form.
#[derive(Clone, Debug, Default)]
pub struct Graph {
    offsets: Vec<usize>,
    edges: Vec<(u32, f32)>,
}

impl Graph {
    /// The graph of `n` nodes with the given undirected edges.
    pub fn from_edges(n: usize, pairs: &[(u32, u32, f32)]) -> Graph {
        Graph::from_rows(n, pairs.iter().map(|&(a, b, w)| (a, (b, w))), pairs.len())
    }

    /// The graph of `n` nodes with the `count` undirected edges
    /// `(a, (b, weight))` of `edges` (an iterator that can be run twice).
    fn from_rows<I>(n: usize, edges: I, count: usize) -> Graph
    where
        I: Iterator<Item = (u32, (u32, f32))> + Clone,
    {
        let mut offsets = vec![0usize; n + 1];
        for (a, (b, _)) in edges.clone() {
            offsets[a as usize + 1] += 1;
            offsets[b as usize + 1] += 1;
        }
        for i in 0..n {
            offsets[i + 1] += offsets[i];
        }
        let mut fill = offsets.clone();
        let mut out = vec![(0u32, 0f32); count * 2];
        for (a, (b, w)) in edges {
            out[fill[a as usize]] = (b, w);
            fill[a as usize] += 1;
            out[fill[b as usize]] = (a, w);
            fill[b as usize] += 1;
        }
        Graph { offsets, edges: out }
    }

    /// The similarity graph of `vectors`: the edges of [`similar_pairs`],
    /// without the list of pairs.
    pub fn similar(vectors: &Vectors, n_terms: usize, min: f32) -> Graph {
        let f = forward(vectors, n_terms, min);
        Graph::from_rows(vectors.len(), f.iter(), f.edges.len())
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The number of nodes.
    pub fn len(&self) -> usize {
        self.offsets.len().saturating_sub(1)
    }

    /// Where each node's neighbours start in the list of all of them (and
    /// end: `n + 1` entries), and that list.
    pub fn csr(&self) -> (&[usize], &[(u32, f32)]) {
        (&self.offsets, &self.edges)
    }

    /// The number of edges counted from both ends (twice the number of
    /// edges).
    pub fn edge_ends(&self) -> usize {
        self.edges.len()
    }

    /// The neighbours of `node` with the edge weights.
    pub fn neighbors(&self, node: usize) -> &[(u32, f32)] {
        &self.edges[self.offsets[node]..self.offsets[node + 1]]
    }
}

/// The most sentences a term may be found in and still be indexed: past it,
/// a term's postings make the number of compared pairs grow with the square
/// of the input, while its low idf adds little to a cosine.
pub const MAX_INDEXED_DF: usize = 50;

/// Each sentence keeps its edges to this many most similar sentences (and
/// those for which it is among theirs): PageRank and duplicate detection
/// then cost time in proportion to the input, not to how many sentences
/// share a topic.
pub const MAX_NEIGHBORS: usize = 25;

/// Each sentence's edges to later sentences are cut to this many strongest
/// before the floors of [`floors`] are applied, so that memory stays in proportion to the
/// input: an edge lost here is weaker than `MAX_FORWARD` others of its first
/// end, so it could only have been kept as one of its second end's strongest.
const MAX_FORWARD: usize = 4 * MAX_NEIGHBORS;

/// Every sentence is indexed under at least this many of its rarest terms,
/// however common, so that sentences made only of common words still meet
/// their duplicates.
const MIN_INDEXED: usize = 2;

/// The pairs `(i, j, cosine)` with `i < j` and cosine at least `min`, in
/// order of `i` then `j`.
///
/// Candidate pairs are those sharing an indexed term: one found in at most
/// `MAX_INDEXED_DF` vectors (and each vector's
/// `MIN_INDEXED` rarest terms). The cosine of a candidate is exact, over
/// all terms; pairs that share only terms too common to be indexed are not
/// found.
pub fn similar_pairs(vectors: &Vectors, n_terms: usize, min: f32) -> Vec<(u32, u32, f32)> {
    let f = forward(vectors, n_terms, min);
    f.iter().map(|(a, (b, w))| (a, b, w)).collect()
}

/// The kept edges `(i, j, cosine)` with `i < j`, as rows: those of `i` are
/// `edges[at[i]..at[i + 1]]`, ascending by `j`.
struct Forward {
    at: Vec<usize>,
    edges: Vec<(u32, f32)>,
}

impl Forward {
    fn iter(&self) -> impl Iterator<Item = (u32, (u32, f32))> + Clone + '_ {
        self.at
            .windows(2)
            .enumerate()
            .flat_map(move |(i, w)| self.edges[w[0]..w[1]].iter().map(move |&e| (i as u32, e)))
    }
}

/// The edges of [`similar_pairs`], as rows.
fn forward(vectors: &Vectors, n_terms: usize, min: f32) -> Forward {
    let n = vectors.len();
    let mut df = vec![0u32; n_terms];
    for v in vectors.iter() {
        for &(t, _) in v {
            df[t as usize] += 1;
        }
    }
    // The indexed terms of each vector, as a flat list with offsets.
    let mut keys: Vec<u32> = Vec::new();
    let mut key_at: Vec<u32> = Vec::with_capacity(n + 1);
    key_at.push(0);
    let mut rare: Vec<(u32, u32)> = Vec::new();
    for v in vectors.iter() {
        let before = keys.len();
        keys.extend(
            v.iter()
                .filter(|&&(t, _)| df[t as usize] as usize <= MAX_INDEXED_DF)
                .map(|&(t, _)| t),
        );
        let have = keys.len() - before;
        if have < MIN_INDEXED && v.len() > have {
            // Add the rarest of the common terms (ties: lower term id).
            rare.clear();
            rare.extend(
                v.iter()
                    .filter(|&&(t, _)| df[t as usize] as usize > MAX_INDEXED_DF)
                    .map(|&(t, _)| (df[t as usize], t)),
            );
            crate::sort::pairs(&mut rare);
            keys.extend(rare.iter().take(MIN_INDEXED - have).map(|&(_, t)| t));
            keys[before..].sort_unstable();
        }
        key_at.push(keys.len() as u32);
    }
    drop(df);
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
    for i in 0..n {
        for &t in &keys[key_at[i] as usize..key_at[i + 1] as usize] {
            postings[fill[t as usize] as usize] = i as u32;
            fill[t as usize] += 1;
        }
    }
    drop(fill);
    // The current vector spread out by term, so that each candidate's exact
    // cosine is one branch-free pass over the candidate's terms.
    let mut dense = vec![0f32; n_terms];
    let mut seen = vec![u32::MAX; n];
    let mut touched: Vec<u32> = Vec::new();
    let mut row: Vec<(u32, f32)> = Vec::new();
    let mut at: Vec<usize> = Vec::with_capacity(n + 1);
    at.push(0);
    let mut edges: Vec<(u32, f32)> = Vec::new();
    for i in 0..n {
        let v = &vectors[i];
        for &t in &keys[key_at[i] as usize..key_at[i + 1] as usize] {
            let list = &postings[start[t as usize] as usize..start[t as usize + 1] as usize];
            // Postings are sorted by sentence: skip to the ones after i,
            // and take no more than the next MAX_FORWARD.
            let from = list.partition_point(|&j| j as usize <= i);
            let to = list.len().min(from + MAX_FORWARD);
            for &j in &list[from..to] {
                if seen[j as usize] != i as u32 {
                    seen[j as usize] = i as u32;
                    touched.push(j);
                }
            }
        }
        if !touched.is_empty() {
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
                // Only the strongest can be among this sentence's
                // MAX_NEIGHBORS; the rest would wait in memory for the
                // floors to drop them.
                crate::sort::strongest(&mut row, MAX_FORWARD);
            }
            for &(t, _) in v {
                dense[t as usize] = 0.0;
            }
            touched.clear();
            edges.extend_from_slice(&row);
        }
        at.push(edges.len());
    }
    drop((keys, key_at, start, postings, dense, seen));
    // Each node keeps its MAX_NEIGHBORS strongest edges (ties by the other
    // end's position) and those for which it is among the other end's
    // strongest: the rows are filtered in place. (Keeping every edge that
    // ties with the k-th strongest made a sentence repeated in many copies
    // keep all its MAX_FORWARD edges both ways: four times the edges, and
    // PageRank two thirds of the time, on issue 12's repeated story.)
    let floor = floors(&at, &edges, MAX_NEIGHBORS);
    let mut kept = 0;
    for i in 0..n {
        let (from, to) = (at[i], at[i + 1]);
        at[i] = kept;
        for e in from..to {
            let (j, s) = edges[e];
            if edge_key(j, s) <= floor[i] || edge_key(i as u32, s) <= floor[j as usize] {
                edges[kept] = (j, s);
                kept += 1;
            }
        }
    }
    at[n] = kept;
    edges.truncate(kept);
    edges.shrink_to_fit();
    Forward { at, edges }
}

/// The [`edge_key`] of the `k`-th strongest edge of each node (`u64::MAX`
/// for a node with no more than `k` edges), given the rows of [`Forward`]:
/// an edge is among a node's `k` strongest when its key is no greater.
fn floors(at: &[usize], edges: &[(u32, f32)], k: usize) -> Vec<u64> {
    let n = at.len() - 1;
    let mut start = vec![0usize; n + 1];
    for i in 0..n {
        start[i + 1] += at[i + 1] - at[i];
        for &(j, _) in &edges[at[i]..at[i + 1]] {
            start[j as usize + 1] += 1;
        }
    }
    if start.iter().all(|&d| d <= k) {
        return vec![u64::MAX; n];
    }
    for i in 0..n {
        start[i + 1] += start[i];
    }
    // Every node's edges, as keys, together.
    let mut keys = vec![0u64; edges.len() * 2];
    let mut fill = start.clone();
    for i in 0..n {
        for &(j, w) in &edges[at[i]..at[i + 1]] {
            keys[fill[i]] = edge_key(j, w);
            fill[i] += 1;
            keys[fill[j as usize]] = edge_key(i as u32, w);
            fill[j as usize] += 1;
        }
    }
    drop(fill);
    (0..n)
        .map(|i| {
            let w = &mut keys[start[i]..start[i + 1]];
            if w.len() <= k {
                u64::MAX
            } else {
                crate::sort::kth_smallest(w, k)
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
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
}
