//! Stage 6: the sentence similarity graph.
//!
//! Built from an inverted index, so only pairs of sentences that share a
//! term are ever compared: the cost follows the number of such pairs, not
//! n². Terms carried by a large share of the sentences add little to a
//! cosine and much to the cost, so they are left out of the index.

use crate::tfidf::Vector;

/// An undirected weighted graph in compressed sparse row form.
#[derive(Clone, Debug, Default)]
pub struct Graph {
    offsets: Vec<usize>,
    edges: Vec<(u32, f32)>,
}

impl Graph {
    /// The graph of `n` nodes with the given undirected edges.
    pub fn from_edges(n: usize, pairs: &[(u32, u32, f32)]) -> Graph {
        let mut degree = vec![0usize; n + 1];
        for &(a, b, _) in pairs {
            degree[a as usize + 1] += 1;
            degree[b as usize + 1] += 1;
        }
        for i in 0..n {
            degree[i + 1] += degree[i];
        }
        let offsets = degree;
        let mut fill = offsets.clone();
        let mut edges = vec![(0u32, 0f32); pairs.len() * 2];
        for &(a, b, w) in pairs {
            edges[fill[a as usize]] = (b, w);
            fill[a as usize] += 1;
            edges[fill[b as usize]] = (a, w);
            fill[b as usize] += 1;
        }
        Graph { offsets, edges }
    }

    /// The number of nodes.
    pub fn len(&self) -> usize {
        self.offsets.len().saturating_sub(1)
    }

    /// The neighbours of `node` with the edge weights.
    pub fn neighbors(&self, node: usize) -> &[(u32, f32)] {
        &self.edges[self.offsets[node]..self.offsets[node + 1]]
    }
}

/// The pairs `(i, j, cosine)` with `i < j` and cosine at least `min`, in
/// order of `i` then `j`. Terms found in more than `max_df` vectors are not
/// indexed.
pub fn similar_pairs(vectors: &[Vector], n_terms: usize, min: f32, max_df: usize) -> Vec<(u32, u32, f32)> {
    let mut df = vec![0usize; n_terms];
    for v in vectors {
        for &(t, _) in v {
            df[t as usize] += 1;
        }
    }
    let mut start = vec![0usize; n_terms + 1];
    for t in 0..n_terms {
        start[t + 1] = start[t] + if df[t] <= max_df { df[t] } else { 0 };
    }
    let mut postings = vec![(0u32, 0f32); start[n_terms]];
    let mut fill = start.clone();
    for (i, v) in vectors.iter().enumerate() {
        for &(t, w) in v {
            let t = t as usize;
            if df[t] <= max_df {
                postings[fill[t]] = (i as u32, w);
                fill[t] += 1;
            }
        }
    }
    let mut acc = vec![0f32; vectors.len()];
    let mut touched: Vec<u32> = Vec::new();
    let mut pairs = Vec::new();
    for (i, v) in vectors.iter().enumerate() {
        for &(t, w) in v {
            let t = t as usize;
            if df[t] > max_df {
                continue;
            }
            let list = &postings[start[t]..start[t + 1]];
            // Postings are sorted by sentence: skip to the ones after i.
            let from = list.partition_point(|&(j, _)| j as usize <= i);
            for &(j, wj) in &list[from..] {
                if acc[j as usize] == 0.0 {
                    touched.push(j);
                }
                acc[j as usize] += w * wj;
            }
        }
        touched.sort_unstable();
        for &j in &touched {
            let s = acc[j as usize];
            acc[j as usize] = 0.0;
            if s >= min {
                pairs.push((i as u32, j, s.min(1.0)));
            }
        }
        touched.clear();
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_only_sharing_pairs() {
        let v: Vec<Vector> = vec![vec![(0, 0.6), (1, 0.8)], vec![(1, 1.0)], vec![(2, 1.0)]];
        let pairs = similar_pairs(&v, 3, 0.1, 10);
        assert_eq!(pairs, vec![(0, 1, 0.8)]);
        let g = Graph::from_edges(3, &pairs);
        assert_eq!(g.neighbors(1), &[(0, 0.8)]);
        assert!(g.neighbors(2).is_empty());
    }
}
