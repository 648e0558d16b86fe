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
    /// Each node's strength when some rows were left out
    /// ([`Similar::neighbourhood`]); empty otherwise.
    strength: Vec<f32>,
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
        Graph {
            offsets,
            edges: out,
            strength: Vec::new(),
        }
    }

    /// The similarity graph of `vectors`: the edges of [`similar_pairs`],
    /// every row.
    pub fn similar(vectors: &Vectors, n_terms: usize, min: f32) -> Graph {
        let pairs = similar_pairs(vectors, n_terms, min);
        Graph::from_edges(vectors.len(), &pairs)
    }

    /// The sum of the weights of `node`'s edges, in the order of its
    /// neighbours.
    pub fn strength(&self, node: usize) -> f32 {
        match self.strength.get(node) {
            Some(&s) => s,
            None => self.neighbors(node).iter().map(|e| e.1).sum(),
        }
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
    let s = Similar::new(vectors, n_terms, min);
    // By lower end: the rows turned over (counting sort).
    let n = s.len();
    let mut at = vec![0usize; n + 1];
    for (x, _) in s.pairs() {
        at[x + 1] += 1;
    }
    for i in 0..n {
        at[i + 1] += at[i];
    }
    let mut out = vec![(0u32, 0u32, 0f32); s.edge_count()];
    for j in 0..n {
        for (x, w) in s.lower(j) {
            out[at[x as usize]] = (x, j as u32, w);
            at[x as usize] += 1;
        }
    }
    out
}

/// The similarity graph of the sentences as it is built: each edge once,
/// in the row of its higher end, as `edge_key(lower end, weight)`. A row
/// lists its lower ends ascending. Memory: one `u64` an edge, no list of
/// candidate pairs (issue 22: the rows of up to `MAX_FORWARD` candidates
/// and the keys that chose among them were 24 times a 50 MB input).
#[derive(Debug, Default)]
pub struct Similar {
    at: Vec<usize>,
    edges: Vec<u64>,
    /// Whether the edges are their lower ends alone, two a `u64`
    /// ([`Similar::keep_ends`]).
    ends_only: bool,
}

/// A node's choice: its `MAX_NEIGHBORS` strongest edges so far (the keys
/// are distinct: one edge an other end). Until they are that many they are
/// kept in the order offered, and made a max-heap of [`edge_key`]s (the
/// root is the weakest kept) when the last room is taken: no sifting for
/// the first ones, whose comparisons a processor cannot predict.
fn offer(slots: &mut [u64], count: &mut u8, key: u64) {
    let k = slots.len();
    if (*count as usize) < k {
        slots[*count as usize] = key;
        *count += 1;
        if *count as usize == k {
            for at in (0..k / 2).rev() {
                let top = slots[at];
                sift_down(slots, at, top);
            }
        }
        return;
    }
    if key < slots[0] {
        // Full: the new key replaces the weakest.
        sift_down(slots, 0, key);
    }
}

/// Puts `key` at `at` of the max-heap `slots` (whose subtrees below `at`
/// are heaps) and sifts it down.
fn sift_down(slots: &mut [u64], mut at: usize, key: u64) {
    let k = slots.len();
    loop {
        let l = 2 * at + 1;
        if l >= k {
            break;
        }
        let c = if l + 1 < k && slots[l + 1] > slots[l] {
            l + 1
        } else {
            l
        };
        if slots[c] <= key {
            break;
        }
        slots[at] = slots[c];
        at = c;
    }
    slots[at] = key;
}

/// The end of a list threaded through [`Similar::new`]'s waiting edges.
const NIL: u32 = u32::MAX;

impl Similar {
    /// The number of nodes.
    pub fn len(&self) -> usize {
        self.at.len().saturating_sub(1)
    }

    /// The number of edges.
    pub fn edge_count(&self) -> usize {
        self.at.last().copied().unwrap_or(0)
    }

    /// The lower end of edge `k`.
    fn end(&self, k: usize) -> usize {
        if self.ends_only {
            (self.edges[k / 2] >> (32 * (k % 2))) as u32 as usize
        } else {
            self.edges[k] as u32 as usize
        }
    }

    /// Forgets the edges' weights, keeping their lower ends, two a `u64`:
    /// after the ranking, what stage 8 reads ([`Similar::pairs`]) is half
    /// the memory (issue 22: the peak at 50 MB was there). [`Similar::lower`]
    /// and [`Similar::neighbourhood`] are then no longer to be asked.
    pub fn keep_ends(&mut self) {
        if self.ends_only {
            return;
        }
        let m = self.edges.len();
        // Slot k / 2 is at or before k: no edge is overwritten unread.
        for k in 0..m {
            let x = u64::from(self.edges[k] as u32);
            let slot = &mut self.edges[k / 2];
            *slot = if k % 2 == 0 { x } else { *slot | x << 32 };
        }
        self.edges.truncate(m.div_ceil(2));
        self.edges.shrink_to_fit();
        self.ends_only = true;
    }

    /// The edges of node `j` to lower nodes `(x, weight)`, `x` ascending
    /// (before [`Similar::keep_ends`]).
    pub fn lower(&self, j: usize) -> impl Iterator<Item = (u32, f32)> + '_ {
        self.edges[self.at[j]..self.at[j + 1]]
            .iter()
            .map(|&k| crate::sort::edge_of(k))
    }

    /// Every edge `(lower end, higher end)`, by higher end, then lower.
    pub fn pairs(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.at
            .windows(2)
            .enumerate()
            .flat_map(move |(j, w)| (w[0]..w[1]).map(move |k| (self.end(k), j)))
    }

    /// The graph of `n` nodes with the undirected edges `(a, b, weight)`,
    /// `a < b`, sorted by `a` then `b` (each edge once): row `b` lists its
    /// lower ends `a` ascending, as [`Similar::new`]'s rows do.
    pub fn from_pairs(n: usize, pairs: &[(u32, u32, f32)]) -> Similar {
        let mut at = vec![0usize; n + 1];
        for &(_, b, _) in pairs {
            at[b as usize + 1] += 1;
        }
        for j in 0..n {
            at[j + 1] += at[j];
        }
        let mut fill = at.clone();
        let mut edges = vec![0u64; pairs.len()];
        // A stable placement by higher end: within a row, the lower ends
        // come in the pairs' order, ascending.
        for &(a, b, w) in pairs {
            let k = &mut fill[b as usize];
            edges[*k] = crate::sort::edge_key(a, w);
            *k += 1;
        }
        Similar {
            at,
            edges,
            ends_only: false,
        }
    }

    /// The rows and the edges, for [`crate::rank::pagerank_similar`].
    pub(crate) fn parts(&mut self) -> (&[usize], &mut [u64]) {
        (&self.at, &mut self.edges)
    }

    /// The similarity graph of `vectors`: the edges of [`similar_pairs`].
    ///
    /// Each node keeps its `MAX_NEIGHBORS` strongest edges (ties by the
    /// other end's position) and those for which it is among the other
    /// end's strongest. The choice is kept online, one heap of
    /// `MAX_NEIGHBORS` keys a node: node `i`'s is complete once row `i`
    /// (its edges to later nodes) is offered, since its edges to earlier
    /// nodes were offered with their rows. Then row `i` of the result is
    /// written: its chosen lower ends and the lower nodes that chose it
    /// (waiting in a list since their own row), into the heaps' own memory,
    /// which no later heap uses (every edge written so far has both ends at
    /// most `i`, and each of those `i + 1` nodes chose at most
    /// `MAX_NEIGHBORS`).
    pub fn new(vectors: &Vectors, n_terms: usize, min: f32) -> Similar {
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
        const K: usize = MAX_NEIGHBORS;
        // Each node's heap of chosen edges, then (from the front) the
        // result's rows.
        let mut heap = vec![0u64; n * K];
        let mut count = vec![0u8; n];
        // Edges chosen by their lower end, waiting for the higher end's row:
        // lists threaded through an arena whose free slots are reused.
        let mut wait_head = vec![NIL; n];
        let mut wait_tail = vec![NIL; n];
        let mut wait_next: Vec<u32> = Vec::new();
        let mut wait_key: Vec<u64> = Vec::new();
        let mut free = NIL;
        let mut at: Vec<usize> = Vec::with_capacity(n + 1);
        at.push(0);
        let mut out = 0usize;
        // The current vector spread out by term, so that each candidate's exact
        // cosine is one branch-free pass over the candidate's terms.
        let mut dense = vec![0f32; n_terms];
        let mut seen = vec![u32::MAX; n];
        let mut touched: Vec<u32> = Vec::new();
        let mut row: Vec<(u32, f32)> = Vec::new();
        let mut chosen: Vec<u64> = Vec::with_capacity(K);
        // Postings are sorted by sentence, and the sentences come in order:
        // when sentence i reads a term's postings, every earlier sentence
        // indexed under it has read them, so the next unread entry of the
        // term is i itself (`cursor`, no search).
        let mut cursor = start.clone();
        for i in 0..n {
            let v = &vectors[i];
            for &t in &keys[key_at[i] as usize..key_at[i + 1] as usize] {
                let (at, end) = (&mut cursor[t as usize], start[t as usize + 1] as usize);
                *at += 1;
                // The ones after i, no more than the next MAX_FORWARD.
                let from = *at as usize;
                let to = end.min(from + MAX_FORWARD);
                for &j in &postings[from..to] {
                    if seen[j as usize] != i as u32 {
                        seen[j as usize] = i as u32;
                        touched.push(j);
                    }
                }
            }
            // The candidates in the order found: a heap's final choice is
            // the `MAX_NEIGHBORS` smallest keys offered (keys are distinct),
            // whatever their order, and each row is sorted when written.
            if !touched.is_empty() {
                for &(t, w) in v {
                    dense[t as usize] = w;
                }
                row.clear();
                for &j in &touched {
                    let s = cosine(&dense, &vectors[j as usize]);
                    if s >= min {
                        row.push((j, s.min(1.0)));
                    }
                }
                if row.len() > MAX_FORWARD {
                    // Only the strongest can be among this sentence's
                    // MAX_NEIGHBORS.
                    crate::sort::strongest(&mut row, MAX_FORWARD);
                }
                for &(t, _) in v {
                    dense[t as usize] = 0.0;
                }
                touched.clear();
                for &(j, s) in &row {
                    let j = j as usize;
                    offer(
                        &mut heap[i * K..(i + 1) * K],
                        &mut count[i],
                        edge_key(j as u32, s),
                    );
                    offer(
                        &mut heap[j * K..(j + 1) * K],
                        &mut count[j],
                        edge_key(i as u32, s),
                    );
                }
            }
            // Node i's choice is complete: its later ends wait for their
            // rows; its earlier ends, and the earlier nodes that chose it,
            // make its row.
            chosen.clear();
            for &key in &heap[i * K..i * K + count[i] as usize] {
                let j = key as u32;
                if j as usize > i {
                    let slot = if free != NIL {
                        let s = free;
                        free = wait_next[s as usize];
                        wait_key[s as usize] = key & !0xffff_ffff | i as u64;
                        wait_next[s as usize] = NIL;
                        s
                    } else {
                        wait_key.push(key & !0xffff_ffff | i as u64);
                        wait_next.push(NIL);
                        (wait_key.len() - 1) as u32
                    };
                    let j = j as usize;
                    if wait_tail[j] == NIL {
                        wait_head[j] = slot;
                    } else {
                        wait_next[wait_tail[j] as usize] = slot;
                    }
                    wait_tail[j] = slot;
                } else {
                    chosen.push(key);
                }
            }
            // By lower end: ascending as u32 is the order of the low half.
            chosen.sort_unstable_by_key(|&k| k as u32);
            let mut c = 0;
            let mut w = wait_head[i];
            while c < chosen.len() || w != NIL {
                let mine = chosen.get(c).map(|&k| k as u32);
                let take_wait = match mine {
                    None => true,
                    Some(x) => w != NIL && wait_key[w as usize] as u32 <= x,
                };
                let key = if take_wait {
                    let slot = w as usize;
                    let key = wait_key[slot];
                    if mine == Some(key as u32) {
                        // Chosen by both ends: once.
                        c += 1;
                    }
                    w = wait_next[slot];
                    wait_next[slot] = free;
                    free = slot as u32;
                    key
                } else {
                    c += 1;
                    chosen[c - 1]
                };
                heap[out] = key;
                out += 1;
            }
            wait_head[i] = NIL;
            at.push(out);
        }
        drop((
            keys, key_at, start, cursor, postings, dense, seen, count, wait_head, wait_tail, wait_next,
            wait_key,
        ));
        heap.truncate(out);
        heap.shrink_to_fit();
        Similar {
            at,
            edges: heap,
            ends_only: false,
        }
    }
}

/// The cosine of the vector spread out in `dense` and `v` (both unit),
/// summed in the order of `v`'s terms: the graph's edge weight.
fn cosine(dense: &[f32], v: &[(u32, f32)]) -> f32 {
    v.iter().map(|&(t, w)| dense[t as usize] * w).sum()
}

impl Similar {
    /// The full rows (every neighbour, ascending, with the edge's weight)
    /// of the nodes in `keep`, and no others, with every node's `strength`
    /// (the sum of its edges' weights, as [`crate::rank::pagerank_similar`]
    /// found it): what selection asks of the graph.
    pub fn neighbourhood(&self, keep: &[bool], strength: Vec<f32>) -> Graph {
        let n = self.len();
        let mut offsets = vec![0usize; n + 1];
        for (x, j) in self.pairs() {
            if keep[x] {
                offsets[x + 1] += 1;
            }
            if keep[j] {
                offsets[j + 1] += 1;
            }
        }
        for i in 0..n {
            offsets[i + 1] += offsets[i];
        }
        let mut fill = offsets.clone();
        let mut edges = vec![(0u32, 0f32); offsets[n]];
        // By higher end: a kept node's lower ends come with its own row,
        // before any of its higher ends, each in ascending order.
        for j in 0..n {
            for (x, w) in self.lower(j) {
                let x = x as usize;
                if keep[j] {
                    edges[fill[j]] = (x as u32, w);
                    fill[j] += 1;
                }
                if keep[x] {
                    edges[fill[x]] = (j as u32, w);
                    fill[x] += 1;
                }
            }
        }
        Graph {
            offsets,
            edges,
            strength,
        }
    }
}

#[cfg(test)]
mod tests;
