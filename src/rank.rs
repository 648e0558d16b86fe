//! Stage 7: TextRank, i.e. weighted PageRank by power iteration, with a
//! prior (personalisation) vector for position and focus.

use crate::graph::Graph;

/// PageRank of the nodes of `graph`. The random jump lands on node `i` with
/// probability proportional to `prior[i]` (uniform when all are zero).
/// Stops when the L1 change falls below `tol` or after `max_iter` rounds.
pub fn pagerank(graph: &Graph, prior: &[f32], damping: f32, max_iter: usize, tol: f32) -> Vec<f32> {
    let n = graph.len();
    if n == 0 {
        return Vec::new();
    }
    let total: f32 = prior.iter().sum();
    let jump: Vec<f32> = if total > 0.0 {
        prior.iter().map(|p| p / total).collect()
    } else {
        vec![1.0 / n as f32; n]
    };
    let strength: Vec<f32> = (0..n)
        .map(|i| graph.neighbors(i).iter().map(|e| e.1).sum())
        .collect();
    // Each edge's share of its source's strength, once, in the graph's
    // order: the inner loop is then a plain sparse product (the sources are
    // read from the graph itself).
    let mut shares: Vec<f32> = Vec::with_capacity(graph.edge_ends());
    for j in 0..n {
        shares.extend(graph.neighbors(j).iter().map(|&(i, w)| w / strength[i as usize]));
    }
    let dangling_nodes: Vec<u32> = (0..n as u32).filter(|&i| strength[i as usize] == 0.0).collect();
    let mut rank = jump.clone();
    let mut next = vec![0f32; n];
    for _ in 0..max_iter {
        let dangling: f32 = dangling_nodes.iter().map(|&i| rank[i as usize]).sum();
        let mut e = 0;
        for (j, out) in next.iter_mut().enumerate() {
            let sources = graph.neighbors(j);
            let end = e + sources.len();
            let s: f32 = sources
                .iter()
                .zip(&shares[e..end])
                .map(|(&(i, _), &w)| rank[i as usize] * w)
                .sum();
            e = end;
            *out = (1.0 - damping) * jump[j] + damping * (s + dangling * jump[j]);
        }
        let delta: f32 = rank.iter().zip(&next).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut rank, &mut next);
        if delta < tol {
            break;
        }
    }
    rank
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hub_ranks_first_and_mass_is_kept() {
        let g = Graph::from_edges(4, &[(0, 1, 1.0), (0, 2, 1.0), (0, 3, 1.0)]);
        let r = pagerank(&g, &[0.0; 4], 0.85, 100, 1e-7);
        assert!(r[0] > r[1] && r[1] == r[2]);
        assert!((r.iter().sum::<f32>() - 1.0).abs() < 1e-4);
    }

    #[test]
    fn prior_pulls_rank() {
        let g = Graph::from_edges(3, &[(0, 1, 1.0), (1, 2, 1.0)]);
        let r = pagerank(&g, &[1.0, 0.0, 0.0], 0.85, 100, 1e-7);
        assert!(r[0] > r[2]);
    }

    #[test]
    fn empty() {
        assert!(pagerank(&Graph::default(), &[], 0.85, 10, 1e-6).is_empty());
    }
}
