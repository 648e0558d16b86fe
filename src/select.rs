//! Stage 9: selection within the budget.
//!
//! Greedy by score, best first (ties by position), skipping any candidate
//! that duplicates a sentence already chosen. Sentences unfit to stand
//! alone (questions, an opening pronoun…) are only used when the fit ones
//! run out.

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

/// Chooses candidates. `duplicate(a, b)` says whether candidates `a` and `b`
/// state the same fact, with their similarity.
pub fn select(
    cands: &[Candidate],
    limit: Limit,
    mut duplicate: impl FnMut(usize, usize) -> Option<f32>,
) -> Vec<Outcome> {
    let mut order: Vec<usize> = (0..cands.len()).filter(|&i| cands[i].usable).collect();
    order.sort_by(|&a, &b| cands[b].score.total_cmp(&cands[a].score).then(a.cmp(&b)));
    let mut out = vec![Outcome::Left; cands.len()];
    let mut chosen: Vec<usize> = Vec::new();
    let (mut n, mut words) = (0usize, 0usize);
    for pass in 0..2 {
        for &i in &order {
            let c = &cands[i];
            if (pass == 0) != c.unfit.is_none() || out[i] != Outcome::Left {
                continue;
            }
            let full = match limit {
                Limit::Sentences(k) => n >= k,
                Limit::Words(k) => words >= k,
            };
            if full {
                break;
            }
            if let Limit::Words(k) = limit {
                if words + c.words > k {
                    continue;
                }
            }
            if let Some((of, sim)) = chosen.iter().find_map(|&j| duplicate(i, j).map(|s| (j, s))) {
                out[i] = Outcome::Duplicate(of, sim);
                continue;
            }
            out[i] = Outcome::Chosen;
            chosen.push(i);
            n += 1;
            words += c.words;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cand(score: f32, words: usize) -> Candidate {
        Candidate {
            score,
            words,
            unfit: None,
            usable: true,
        }
    }

    #[test]
    fn best_first_within_budget_without_duplicates() {
        let c = vec![cand(0.1, 5), cand(0.9, 5), cand(0.8, 5), cand(0.5, 5)];
        // 1 and 2 are duplicates.
        let out = select(&c, Limit::Sentences(2), |a, b| {
            ((a.min(b), a.max(b)) == (1, 2)).then_some(0.9)
        });
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
        let out = select(&c, Limit::Words(20), |_, _| None);
        assert_eq!(out, vec![Outcome::Left, Outcome::Chosen, Outcome::Chosen]);
    }

    #[test]
    fn unfit_only_when_fit_run_out() {
        let mut q = cand(0.9, 5);
        q.unfit = Some("question");
        let c = vec![q, cand(0.5, 5)];
        assert_eq!(
            select(&c, Limit::Sentences(1), |_, _| None),
            vec![Outcome::Left, Outcome::Chosen]
        );
        assert_eq!(
            select(&c, Limit::Sentences(2), |_, _| None),
            vec![Outcome::Chosen, Outcome::Chosen]
        );
    }

    #[test]
    fn ties_break_by_position() {
        let c = vec![cand(0.5, 5), cand(0.5, 5)];
        assert_eq!(
            select(&c, Limit::Sentences(1), |_, _| None),
            vec![Outcome::Chosen, Outcome::Left]
        );
    }
}
