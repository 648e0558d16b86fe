//! Stage 9's wiring: the candidates (score, length, fitness, worth) and
//! the choice within a limit.

use super::analysis::{Analysis, Sent};
use crate::dedup;
use crate::fitness::{never_news, unfit, worth};
use crate::input::Article;
use crate::select::{self, Candidate, Limit, Objective, Outcome};
use crate::tfidf::{self, Vector, Vectors};
use crate::tuning::Tuning;

/// Stage 9's candidates: every sentence with its score, length, fitness
/// and worth (only the pool's are usable).
#[allow(clippy::too_many_arguments)]
pub(super) fn candidates(
    articles: &[Article],
    sents: &[Sent],
    vectors: &Vectors,
    scores: &[f32],
    pool: &[bool],
    focus: Option<&Vector>,
    headlines: Option<&Vector>,
    untitled: usize,
    tuning: &Tuning,
) -> Vec<Candidate> {
    // Under a focus, a sentence's gain also follows its similarity to it
    // (a share of 0.6; 0.5 before the corroboration lift shrank, which had
    // carried corroborated on-focus sentences; DUC 2006 --topic R2-R 9.73
    // at 0.6, 9.67 at 0.5).
    // Without one, the articles' headlines are a mild focus (`headlines`,
    // made after stage 5).
    let (focus_like, mix) = match (focus, headlines) {
        (Some(f), _) => (Some(f), tuning.focus_mix),
        (None, Some(h)) => {
            let lead_share = untitled as f32 / articles.len().max(1) as f32;
            let mix = tuning.title_mix * (1.0 - lead_share) + tuning.lead_title_mix * lead_share;
            (Some(h), mix)
        }
        _ => (None, 0.0),
    };
    let relevance: Vec<f32> = match focus_like {
        Some(f) => {
            let r: Vec<f32> = vectors.iter().map(|v| tfidf::dot(v, f).max(0.0)).collect();
            let best = r.iter().copied().fold(0.0f32, f32::max);
            r.iter()
                .map(|&x| {
                    if best > 0.0 {
                        1.0 - mix + mix * x / best
                    } else {
                        1.0
                    }
                })
                .collect()
        }
        None => Vec::new(),
    };
    sents
        .iter()
        .enumerate()
        .map(|(i, s)| {
            (
                i,
                s,
                unfit(&articles[s.article].text[s.range.clone()], s.words, tuning),
            )
        })
        .map(|(i, s, unfit)| Candidate {
            score: scores[i],
            words: s.words,
            unfit,
            // Only a candidate's worth is ever read.
            worth: if pool[i] {
                worth(&articles[s.article].text[s.range.clone()], tuning)
                    * relevance.get(i).copied().unwrap_or(1.0)
            } else {
                0.0
            },
            // Never news (page chrome, markup): not even when the fit
            // sentences run out.
            usable: pool[i] && !unfit.is_some_and(never_news),
        })
        .collect()
}

impl Analysis {
    /// The similarity of `a` and `b` when one repeats the other for a
    /// summary: too alike by `dedup::redundant`, versions of one fact
    /// (same cluster), or two restatements of their article's headline
    /// (`dedup::restate`). Always backed by the pair itself or by the
    /// clusters, so that a reader who sees "duplicate of" can check it.
    fn repeats(&self, a: usize, b: usize) -> Option<f32> {
        let (pa, pb) = (
            self.profiles.get(a, &self.vectors),
            self.profiles.get(b, &self.vectors),
        );
        let cluster = &self.clusters.cluster;
        dedup::redundant(&pa, &pb, &self.idf)
            .or_else(|| {
                (cluster[a].is_some() && cluster[a] == cluster[b])
                    .then(|| dedup::decide(&pa, &pb, &self.idf).similarity)
            })
            .or_else(|| self.restated(a, b))
    }

    /// The similarity of `a` and `b` when they restate their article's
    /// headline (`Clusters::restated`).
    fn restated(&self, a: usize, b: usize) -> Option<f32> {
        let key = (a.min(b) as u32, a.max(b) as u32);
        let r = &self.clusters.restated;
        r.binary_search_by(|&(x, y, _)| (x, y).cmp(&key))
            .ok()
            .map(|k| r[k].2)
    }
}

/// Stage 9: what becomes of each sentence within `limit`. A duplicate is a
/// member of a chosen sentence's group, or a sentence that repeats a
/// chosen one ([`Analysis::repeats`]) though the groups keep them apart:
/// no chosen pair is ever a duplicate by the product's own decision.
pub(super) fn choose(analysis: &Analysis, limit: Limit) -> Vec<Outcome> {
    let Analysis {
        ref sents,
        ref graph,
        ref clusters,
        ref cands,
        ref concepts,
        ..
    } = *analysis;
    let n = sents.len();
    let tuning = Tuning::current();
    let objective = Objective {
        rank: tuning.rank,
        cost: tuning.cost,
        overflow: match limit {
            Limit::Words(k) => (k / 5).min(tuning.overflow),
            Limit::Sentences(_) => 0,
        },
        cover: tuning.cover,
        alpha: tuning.alpha,
    };
    let group = &clusters.group;
    // Selection asks a candidate only about the chosen sentences among its
    // graph neighbours and the first chosen member of its group, so two
    // versions of one fact (one `cluster`, a grouping of its own) can
    // both be chosen when neither is asked about the other (found by the
    // property test, about one run in seven). Then the lower-scored of
    // the two (ties: the later) is withdrawn and selection runs again,
    // until no two chosen sentences share a cluster. At most `RESELECT`
    // times, so that an input made of such pairs cannot make selection run
    // once per summary sentence: then every chosen sentence but the
    // best-scored of its cluster is withdrawn at once, without selecting
    // again (the summary may fall short of its budget). The withdrawn are
    // marked duplicates of their chosen version below.
    const RESELECT: usize = 8;
    let mut withdrawn: Vec<usize> = Vec::new();
    let mut offered: Option<Vec<Candidate>> = None;
    let mut outcome = loop {
        let mut outcome = select::select(
            offered.as_deref().unwrap_or(cands),
            limit,
            concepts,
            objective,
            graph,
            group,
            |a, b| analysis.repeats(a, b),
        );
        let mates = all_but_best(&outcome, &clusters.cluster, &analysis.scores);
        match mates.first() {
            Some(&i) if withdrawn.len() < RESELECT => {
                withdrawn.push(i);
                offered.get_or_insert_with(|| cands.clone())[i].usable = false;
            }
            Some(_) => {
                for i in mates {
                    outcome[i] = Outcome::Left;
                    withdrawn.push(i);
                }
                break outcome;
            }
            None => break outcome,
        }
    };
    for &i in &withdrawn {
        let version = clusters.cluster[i].and_then(|c| {
            clusters.members[c]
                .iter()
                .copied()
                .find(|&j| outcome[j] == Outcome::Chosen)
        });
        if let Some(j) = version {
            if let Some(similarity) = analysis.repeats(i, j) {
                outcome[i] = Outcome::Duplicate(j, similarity);
            }
        }
    }
    // A sentence the selection never reached still repeats the summary
    // when its group has a chosen member: say so, rather than "below
    // budget", so that a reader sees every version marked.
    let mut chosen_of: Vec<Option<usize>> = vec![None; clusters.n_groups];
    for i in 0..n {
        if let (Outcome::Chosen, Some(c)) = (outcome[i], group[i]) {
            chosen_of[c].get_or_insert(i);
        }
    }
    for i in 0..n {
        if outcome[i] != Outcome::Left || sents[i].boilerplate.is_some() {
            continue;
        }
        if let Some(j) = group[i].and_then(|c| chosen_of[c]) {
            if let Some(similarity) = analysis.repeats(i, j) {
                outcome[i] = Outcome::Duplicate(j, similarity);
            }
        }
    }

    outcome
}

/// Every chosen sentence that shares its cluster with a better-scored
/// chosen one (ties: the earlier stays), in one pass. The first is the
/// lower-scored of the first two chosen sentences that share a cluster
/// (ties: the later), found at that pair's later index.
fn all_but_best(outcome: &[Outcome], cluster: &[Option<usize>], scores: &[f32]) -> Vec<usize> {
    let mut best: Vec<Option<usize>> = Vec::new();
    let mut out = Vec::new();
    for (i, c) in cluster.iter().enumerate() {
        let (Outcome::Chosen, Some(c)) = (outcome[i], *c) else {
            continue;
        };
        if best.len() <= c {
            best.resize(c + 1, None);
        }
        match best[c] {
            None => best[c] = Some(i),
            Some(j) if scores[i] > scores[j] => {
                out.push(j);
                best[c] = Some(i);
            }
            Some(_) => out.push(i),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chosen_cluster_mates_are_found() {
        use Outcome::{Chosen as C, Left as L};
        let cluster = [Some(0), None, Some(0), Some(1), Some(0), Some(1), Some(1)];
        let scores = [0.5, 0.9, 0.7, 0.2, 0.7, 0.2, 0.1];
        let check = |outcome: [Outcome; 7], first: Option<usize>, all: &[usize]| {
            let mut got = all_but_best(&outcome, &cluster, &scores);
            assert_eq!(got.first().copied(), first, "{outcome:?}");
            got.sort_unstable();
            assert_eq!(got, all, "{outcome:?}");
        };
        check([C, C, L, C, L, L, L], None, &[]);
        // 0 and 2 share cluster 0: 0 scores lower.
        check([C, C, C, C, L, L, L], Some(0), &[0]);
        // 2 and 4 tie: the later goes.
        check([L, L, C, L, C, L, L], Some(4), &[4]);
        // Two clusters at once: the first pair found, or every extra.
        check([C, L, C, C, C, C, C], Some(0), &[0, 4, 5, 6]);
    }
}
