//! Stage 7: TextRank, i.e. weighted PageRank by power iteration, with a
//! prior (personalisation) vector for position and focus.

use crate::graph::{Graph, Similar};

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
    let (rows, edges) = graph.csr();
    for _ in 0..max_iter {
        let dangling: f32 = dangling_nodes.iter().map(|&i| rank[i as usize]).sum();
        let sum = |j: usize| {
            let (from, to) = (rows[j], rows[j + 1]);
            (&edges[from..to], &shares[from..to])
        };
        // Four rows at a time: each row's sum is still one chain in the
        // graph's order (the same result as summing the rows one by one),
        // but the four chains overlap instead of each waiting for its own
        // additions.
        let mut j = 0;
        while j + 4 <= n {
            let r = [sum(j), sum(j + 1), sum(j + 2), sum(j + 3)];
            let m = r.iter().map(|x| x.0.len()).min().unwrap_or(0);
            let mut s = [-0.0f32; 4];
            let quads = r[0].0[..m]
                .iter()
                .zip(&r[0].1[..m])
                .zip(r[1].0[..m].iter().zip(&r[1].1[..m]))
                .zip(r[2].0[..m].iter().zip(&r[2].1[..m]))
                .zip(r[3].0[..m].iter().zip(&r[3].1[..m]));
            for ((((a, wa), (b, wb)), (c, wc)), (d, wd)) in quads {
                s[0] += rank[a.0 as usize] * wa;
                s[1] += rank[b.0 as usize] * wb;
                s[2] += rank[c.0 as usize] * wc;
                s[3] += rank[d.0 as usize] * wd;
            }
            for (q, (sources, shares)) in r.iter().enumerate() {
                for (&(i, _), &w) in sources[m..].iter().zip(&shares[m..]) {
                    s[q] += rank[i as usize] * w;
                }
                let k = j + q;
                next[k] = (1.0 - damping) * jump[k] + damping * (s[q] + dangling * jump[k]);
            }
            j += 4;
        }
        for k in j..n {
            let (sources, shares) = sum(k);
            let s: f32 = sources
                .iter()
                .zip(shares)
                .map(|(&(i, _), &w)| rank[i as usize] * w)
                .sum();
            next[k] = (1.0 - damping) * jump[k] + damping * (s + dangling * jump[k]);
        }
        let delta: f32 = rank.iter().zip(&next).map(|(a, b)| (a - b).abs()).sum();
        std::mem::swap(&mut rank, &mut next);
        if delta < tol {
            break;
        }
    }
    rank
}

/// [`pagerank`] of the sentence graph as it is built ([`Similar`]), with
/// each node's strength (the sum of its edges' weights): the same numbers,
/// bit for bit, as `pagerank` of the graph with every row.
///
/// Each node's sum still runs over its neighbours in ascending order: its
/// lower ones are its own row, added when the row is reached, and its
/// higher ones are added as their rows are reached, in order. So a row is
/// read once a round and pushes to its lower ends as it pulls from them.
/// On a large graph (over [`KEPT_SHARES`] edges), an edge's two shares (its
/// weight over each end's strength) are divided again each round, four
/// edges at a time (divisions a processor does
/// side by side, off the sums' chains), instead of being kept: memory stays
/// at the graph's 8 bytes an edge (issue 22: a kept share was 4 bytes an
/// edge more, 47 MiB of the peak at 50 MB). While it ranks, the weight
/// replaces its key in the edge's high half (the low half, the lower end,
/// stays); the keys are back when it returns.
pub fn pagerank_similar(
    graph: &mut Similar,
    prior: &[f32],
    damping: f32,
    max_iter: usize,
    tol: f32,
) -> (Vec<f32>, Vec<f32>) {
    pagerank_kept(graph, prior, damping, max_iter, tol, KEPT_SHARES)
}

/// [`pagerank_similar`], keeping the shares of a graph of at most
/// `kept_up_to` edges.
pub(crate) fn pagerank_kept(
    graph: &mut Similar,
    prior: &[f32],
    damping: f32,
    max_iter: usize,
    tol: f32,
    kept_up_to: usize,
) -> (Vec<f32>, Vec<f32>) {
    let n = graph.len();
    if n == 0 {
        return (Vec::new(), Vec::new());
    }
    let (rows, edges) = graph.parts();
    let total: f32 = prior.iter().sum();
    let jump: Vec<f32> = if total > 0.0 {
        prior.iter().map(|p| p / total).collect()
    } else {
        vec![1.0 / n as f32; n]
    };
    // As `iter().sum()` over the neighbours in order (from -0.0).
    let mut strength = vec![-0.0f32; n];
    for j in 0..n {
        for e in &mut edges[rows[j]..rows[j + 1]] {
            let (x, w) = crate::sort::edge_of(*e);
            strength[j] += w;
            strength[x as usize] += w;
            *e = u64::from(w.to_bits()) << 32 | u64::from(x);
        }
    }
    // A small graph's shares are kept, as they were (the same divisions,
    // once): no division a round where memory does not matter.
    let mut kept: Vec<(f32, f32)> = Vec::new();
    if edges.len() <= kept_up_to {
        kept.reserve_exact(edges.len());
        for j in 0..n {
            let own = strength[j];
            kept.extend(edges[rows[j]..rows[j + 1]].iter().map(|&e| {
                let w = weight(e);
                (w / strength[e as u32 as usize], w / own)
            }));
        }
    }
    let dangling_nodes: Vec<u32> = (0..n as u32).filter(|&i| strength[i as usize] == 0.0).collect();
    // Each node's rank and the sum reaching it this round, side by side:
    // an edge reads the one and adds to the other of its lower end at one
    // place (one bounds check, one cache line).
    let mut state: Vec<[f32; 2]> = jump.iter().map(|&r| [r, -0.0]).collect();
    let mut next = vec![0f32; n];
    for _ in 0..max_iter {
        let dangling: f32 = dangling_nodes.iter().map(|&i| state[i as usize][0]).sum();
        for j in 0..n {
            let (from, to) = (rows[j], rows[j + 1]);
            let (r, own) = (state[j][0], strength[j]);
            // Nothing has reached node j before its own row.
            let mut s = -0.0f32;
            let row = &edges[from..to];
            if !kept.is_empty() {
                // Four edges a step, each as before and in the same order
                // (the same sums, bit for bit): a quarter of the loop's
                // own steps.
                let shares = &kept[from..to];
                let (mut quads, mut kquads) = (row.chunks_exact(4), shares.chunks_exact(4));
                for (q, k) in (&mut quads).zip(&mut kquads) {
                    for (&e, &(up, down)) in q.iter().zip(k) {
                        let x = &mut state[e as u32 as usize];
                        s += x[0] * up;
                        x[1] += r * down;
                    }
                }
                for (&e, &(up, down)) in quads.remainder().iter().zip(kquads.remainder()) {
                    let x = &mut state[e as u32 as usize];
                    s += x[0] * up;
                    x[1] += r * down;
                }
                state[j][1] = s;
                continue;
            }
            let mut quads = row.chunks_exact(4);
            for q in &mut quads {
                // Four edges' shares, divided side by side: the lower
                // end's share in j (pulled) and j's in the lower end
                // (pushed).
                let x = [
                    q[0] as u32 as usize,
                    q[1] as u32 as usize,
                    q[2] as u32 as usize,
                    q[3] as u32 as usize,
                ];
                let w = [weight(q[0]), weight(q[1]), weight(q[2]), weight(q[3])];
                let o = [strength[x[0]], strength[x[1]], strength[x[2]], strength[x[3]]];
                let mut up = [0f32; 4];
                let mut down = [0f32; 4];
                for k in 0..4 {
                    up[k] = w[k] / o[k];
                    down[k] = w[k] / own;
                }
                for k in 0..4 {
                    let y = &mut state[x[k]];
                    s += y[0] * up[k];
                    y[1] += r * down[k];
                }
            }
            for &e in quads.remainder() {
                let x = e as u32 as usize;
                let w = weight(e);
                let y = &mut state[x];
                s += y[0] * (w / strength[x]);
                y[1] += r * (w / own);
            }
            state[j][1] = s;
        }
        for (k, x) in next.iter_mut().enumerate() {
            *x = (1.0 - damping) * jump[k] + damping * (state[k][1] + dangling * jump[k]);
        }
        let delta: f32 = state.iter().zip(&next).map(|(a, b)| (a[0] - b).abs()).sum();
        for (x, &r) in state.iter_mut().zip(&next) {
            *x = [r, -0.0];
        }
        if delta < tol {
            break;
        }
    }
    let rank: Vec<f32> = state.iter().map(|x| x[0]).collect();
    // The keys back, for what asks the graph next.
    for e in edges.iter_mut() {
        *e = crate::sort::edge_key(*e as u32, weight(*e));
    }
    (rank, strength)
}

/// The most edges whose shares [`pagerank_similar`] keeps (8 bytes an
/// edge, 8 MB at most) instead of dividing them again each round: a
/// structural bound on memory, which the output does not depend on.
const KEPT_SHARES: usize = 1 << 20;

/// The weight an edge of [`pagerank_similar`] carries in its high half.
fn weight(e: u64) -> f32 {
    f32::from_bits((e >> 32) as u32)
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
