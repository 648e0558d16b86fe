//! Stage 9: selection within the budget.
//!
//! Budgeted greedy maximisation of a monotone submodular objective (Lin &
//! Bilmes 2011), the sum of three parts: the weight of the concepts covered
//! (content-word bigrams, weighted by how many articles carry them, Gillick
//! & Favre 2009), with diminishing returns for a concept covered again; how
//! well the summary covers every input sentence through the similarity
//! graph, each saturating at a share of its degree; and the sentences'
//! TextRank scores. Each step takes the candidate with the best gain per cost (words
//! raised to a power, or 1 under a sentence budget); gains only shrink as
//! the summary grows, so stale gains are upper bounds and the search is
//! lazy (Minoux). Ties go to the earlier sentence.
//!
//! A candidate that duplicates a chosen sentence is skipped; sentences
//! unfit to stand alone (questions, an opening pronoun…) are only used when
//! the fit ones run out.

use crate::concepts::Concepts;
use crate::graph::Graph;
use std::cmp::{Ordering, Reverse};
use std::collections::BinaryHeap;

/// One sentence offered for selection.
#[derive(Clone, Debug)]
pub struct Candidate {
    /// Its final score.
    pub score: f32,
    /// Its words.
    pub words: usize,
    /// `None` when it is fit to stand alone, else why not.
    pub unfit: Option<&'static str>,
    /// Whether it may be chosen at all (not boilerplate, not too short).
    pub usable: bool,
    /// A factor of its gain in (0, 1]: less for sentences that read worse
    /// in a summary.
    pub worth: f32,
}

/// The outcome for one candidate.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Outcome {
    /// Chosen.
    Chosen,
    /// Skipped as a duplicate of chosen candidate `of`, with this similarity.
    Duplicate(usize, f32),
    /// Left out: unusable, unfit, or below the budget.
    Left,
}

/// How many sentences or words may be chosen.
#[derive(Clone, Copy, Debug)]
pub enum Limit {
    /// At most this many sentences.
    Sentences(usize),
    /// At most this many words.
    Words(usize),
}

/// The weights of the objective.
#[derive(Clone, Copy, Debug)]
pub struct Objective {
    /// The weight of a candidate's score against the concepts it covers
    /// (concept weights are scaled so that the heaviest is 1).
    pub rank: f32,
    /// Under a word budget, gains are divided by `words^cost`.
    pub cost: f32,
    /// Under a word budget, how many words the last sentence may run over.
    pub overflow: usize,
    /// The weight of graph coverage (Lin & Bilmes 2011): how well the
    /// summary covers each sentence of the input through its similarity
    /// edges, each sentence saturating at `alpha` of its own degree.
    pub cover: f32,
    /// The saturation of graph coverage.
    pub alpha: f32,
}

/// An f32 ordered by `total_cmp`, for the heap.
#[derive(Clone, Copy, PartialEq)]
struct Key(f32);
impl Eq for Key {}
impl PartialOrd for Key {
    fn partial_cmp(&self, other: &Key) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}
impl Ord for Key {
    fn cmp(&self, other: &Key) -> Ordering {
        self.0.total_cmp(&other.0)
    }
}

/// Of the chosen sentences a candidate duplicates, the most similar (ties:
/// the earlier), so that "duplicate of" names its closest version.
fn most_similar(dups: impl Iterator<Item = (usize, f32)>) -> Option<(usize, f32)> {
    dups.fold(None, |best: Option<(usize, f32)>, (j, s)| match best {
        Some((b, t)) if t > s || (t == s && b < j) => Some((b, t)),
        _ => Some((j, s)),
    })
}

/// Chooses candidates. `duplicate(a, b)` says whether candidates `a` and `b`
/// state the same fact, with their similarity; it is only asked about a
/// candidate and a chosen sentence. When `graph` has a node per candidate,
/// only the chosen sentences among a candidate's neighbours, and the first
/// chosen one of its duplicate `group`, are asked about (duplicates share
/// words, so they are neighbours); otherwise every chosen sentence is.
pub fn select(
    cands: &[Candidate],
    limit: Limit,
    concepts: &Concepts,
    objective: Objective,
    graph: &Graph,
    group: &[Option<usize>],
    mut duplicate: impl FnMut(usize, usize) -> Option<f32>,
) -> Vec<Outcome> {
    // Graph coverage: each node's coverage so far and its cap.
    let use_graph = objective.cover > 0.0 && graph.len() == cands.len();
    let mut cov = vec![0f32; if use_graph { cands.len() } else { 0 }];
    let cap: Vec<f32> = if use_graph {
        (0..cands.len())
            .map(|i| objective.alpha * (1.0 + graph.strength(i)))
            .collect()
    } else {
        Vec::new()
    };
    let cover_gain = |j: usize, cov: &[f32]| -> f32 {
        if !use_graph {
            return 0.0;
        }
        let add = |i: usize, w: f32| min(cov[i] + w, cap[i]) - min(cov[i], cap[i]);
        let mut g = add(j, 1.0);
        for &(i, w) in graph.neighbors(j) {
            g += add(i as usize, w);
        }
        g
    };
    let max_cover = if use_graph {
        (0..cands.len())
            .filter(|&i| cands[i].usable)
            .map(|i| cover_gain(i, &cov))
            .fold(0.0f32, f32::max)
    } else {
        0.0
    };
    let cover_scale = if max_cover > 0.0 {
        objective.cover / max_cover
    } else {
        0.0
    };
    // Concept weights are scaled so that the heaviest sentence weighs 1,
    // as the best score does.
    let max_w = (0..cands.len())
        .filter(|&i| cands[i].usable)
        .map(|i| {
            concepts
                .of(i)
                .iter()
                .map(|&k| concepts.weights[k as usize])
                .sum::<f32>()
        })
        .fold(0.0f32, f32::max);
    let scale = if max_w > 0.0 { 1.0 / max_w } else { 0.0 };
    let mut covered = vec![0u32; concepts.len()];
    let gain = |i: usize, covered: &[u32], cov: &[f32]| -> f32 {
        let c = &cands[i];
        let mut g = objective.rank * c.score.max(0.0) + cover_scale * cover_gain(i, cov);
        for &k in concepts.of(i) {
            let w = concepts.weights[k as usize] * scale;
            // A concept covered once gains nothing more.
            if covered[k as usize] == 0 {
                g += w;
            }
        }
        let g = g * c.worth;
        match limit {
            Limit::Sentences(_) => g,
            Limit::Words(_) => g / crate::math::powf(c.words.max(1) as f32, objective.cost),
        }
    };

    let mut out = vec![Outcome::Left; cands.len()];
    let mut chosen: Vec<usize> = Vec::new();
    let local = graph.len() == cands.len();
    let mut is_chosen = vec![false; cands.len()];
    // The first chosen member of each duplicate group.
    let mut group_chosen: Vec<Option<usize>> = Vec::new();
    let (mut n, mut words) = (0usize, 0usize);
    for pass in 0..2 {
        let mut heap: BinaryHeap<(Key, Reverse<usize>)> = (0..cands.len())
            .filter(|&i| cands[i].usable && (pass == 0) == cands[i].unfit.is_none())
            .map(|i| (Key(gain(i, &covered, &cov)), Reverse(i)))
            .collect();
        loop {
            let full = match limit {
                Limit::Sentences(k) => n >= k,
                Limit::Words(k) => words >= k,
            };
            if full {
                break;
            }
            let Some((Key(bound), Reverse(i))) = heap.pop() else {
                break;
            };
            if let Limit::Words(k) = limit {
                if words + cands[i].words > k + objective.overflow {
                    continue;
                }
            }
            let g = gain(i, &covered, &cov);
            if g < bound {
                // Stale: put it back with its true gain unless it still wins.
                let next = heap.peek().map(|&(Key(b), Reverse(j))| (b, j));
                let wins = match next {
                    None => true,
                    Some((b, j)) => g > b || (g == b && i < j),
                };
                if !wins {
                    heap.push((Key(g), Reverse(i)));
                    continue;
                }
            }
            let g = group.get(i).copied().flatten();
            let dup = if local {
                g.and_then(|g| group_chosen.get(g).copied().flatten())
                    .and_then(|j| duplicate(i, j).map(|s| (j, s)))
                    .or_else(|| {
                        most_similar(
                            graph
                                .neighbors(i)
                                .iter()
                                .filter(|e| is_chosen[e.0 as usize])
                                .filter_map(|e| duplicate(i, e.0 as usize).map(|s| (e.0 as usize, s))),
                        )
                    })
            } else {
                most_similar(chosen.iter().filter_map(|&j| duplicate(i, j).map(|s| (j, s))))
            };
            if let Some((of, sim)) = dup {
                out[i] = Outcome::Duplicate(of, sim);
                continue;
            }
            out[i] = Outcome::Chosen;
            chosen.push(i);
            is_chosen[i] = true;
            if let Some(g) = g {
                if group_chosen.len() <= g {
                    group_chosen.resize(g + 1, None);
                }
                group_chosen[g].get_or_insert(i);
            }
            n += 1;
            words += cands[i].words;
            for &k in concepts.of(i) {
                covered[k as usize] += 1;
            }
            if use_graph {
                cov[i] += 1.0;
                for &(j, w) in graph.neighbors(i) {
                    cov[j as usize] += w;
                }
            }
        }
    }
    out
}

/// `a.min(b)` for numbers that are never NaN, as one comparison: wasm has
/// no instruction with `f32::min`'s rule for NaN, so that one is a call to
/// `fminf`, in the selection's innermost loop.
fn min(a: f32, b: f32) -> f32 {
    if b < a {
        b
    } else {
        a
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn most_similar_table() {
        let check = |dups: &[(usize, f32)], expected: Option<(usize, f32)>| {
            assert_eq!(most_similar(dups.iter().copied()), expected, "{dups:?}");
        };
        check(&[], None);
        check(&[(4, 0.6)], Some((4, 0.6)));
        check(&[(4, 0.6), (2, 0.9), (7, 0.7)], Some((2, 0.9)));
        // Ties go to the earlier sentence, whatever the order asked.
        check(&[(5, 0.8), (1, 0.8), (3, 0.8)], Some((1, 0.8)));
    }
    use crate::concepts::{self, Weighting};
    use crate::token::Term;

    const OBJ: Objective = Objective {
        rank: 1.0,
        cost: 1.0,
        overflow: 0,
        cover: 0.0,
        alpha: 0.1,
    };

    fn cand(score: f32, words: usize) -> Candidate {
        Candidate {
            score,
            words,
            unfit: None,
            usable: true,
            worth: 1.0,
        }
    }

    /// Selection with no concepts, no graph, no groups and no duplicates.
    fn plain(c: &[Candidate], limit: Limit) -> Vec<Outcome> {
        select(c, limit, &none(), OBJ, &Graph::default(), &[], |_, _| None)
    }

    fn none() -> Concepts {
        Concepts::default()
    }

    #[test]
    fn best_first_within_budget_without_duplicates() {
        let c = vec![cand(0.1, 5), cand(0.9, 5), cand(0.8, 5), cand(0.5, 5)];
        // 1 and 2 are duplicates.
        let out = select(
            &c,
            Limit::Sentences(2),
            &none(),
            OBJ,
            &Graph::default(),
            &[],
            |a, b| ((a.min(b), a.max(b)) == (1, 2)).then_some(0.9),
        );
        assert_eq!(
            out,
            vec![
                Outcome::Left,
                Outcome::Chosen,
                Outcome::Duplicate(1, 0.9),
                Outcome::Chosen
            ]
        );
    }

    #[test]
    fn words_budget_skips_long_ones() {
        let c = vec![cand(0.9, 30), cand(0.5, 8), cand(0.4, 8)];
        let out = plain(&c, Limit::Words(20));
        assert_eq!(out, vec![Outcome::Left, Outcome::Chosen, Outcome::Chosen]);
    }

    #[test]
    fn unfit_only_when_fit_run_out() {
        let mut q = cand(0.9, 5);
        q.unfit = Some("question");
        let c = vec![q, cand(0.5, 5)];
        assert_eq!(
            plain(&c, Limit::Sentences(1)),
            vec![Outcome::Left, Outcome::Chosen]
        );
        assert_eq!(
            plain(&c, Limit::Sentences(2)),
            vec![Outcome::Chosen, Outcome::Chosen]
        );
    }

    #[test]
    fn ties_break_by_position() {
        let c = vec![cand(0.5, 5), cand(0.5, 5)];
        assert_eq!(
            plain(&c, Limit::Sentences(1)),
            vec![Outcome::Chosen, Outcome::Left]
        );
    }

    #[test]
    fn covered_concepts_gain_nothing() {
        // 0 and 1 carry the same bigram; 2 carries another one.
        let terms: [&[Term]; 3] = [&[1, 2], &[1, 2], &[3, 4]];
        let c = concepts::concepts(
            terms.iter().enumerate().map(|(i, t)| (*t, i, true)),
            Weighting {
                min_articles: 1,
                power: 1.0,
            },
        );
        let cands = vec![cand(0.2, 5), cand(0.1, 5), cand(0.0, 5)];
        let obj = Objective { rank: 0.1, ..OBJ };
        let out = select(
            &cands,
            Limit::Sentences(2),
            &c,
            obj,
            &Graph::default(),
            &[],
            |_, _| None,
        );
        assert_eq!(out, vec![Outcome::Chosen, Outcome::Left, Outcome::Chosen]);
    }

    #[test]
    fn duplicates_found_through_neighbours_and_groups() {
        let c = vec![cand(0.9, 5), cand(0.8, 5), cand(0.7, 5), cand(0.1, 5)];
        // 0–1 is an edge; 2 is in 0's duplicate group without an edge.
        let g = Graph::from_edges(4, &[(0, 1, 0.6), (2, 3, 0.1)]);
        let group = [Some(0), None, Some(0), None];
        let out = select(&c, Limit::Sentences(4), &none(), OBJ, &g, &group, |a, b| {
            let pair = (a.min(b), a.max(b));
            (pair == (0, 1) || pair == (0, 2)).then_some(0.9)
        });
        assert_eq!(
            out,
            vec![
                Outcome::Chosen,
                Outcome::Duplicate(0, 0.9),
                Outcome::Duplicate(0, 0.9),
                Outcome::Chosen
            ]
        );
    }
}
