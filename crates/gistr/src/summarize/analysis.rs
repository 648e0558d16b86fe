//! What stages 1–8 know of the input, whatever the budget: an [`Analysis`]
//! of [`Sent`]s and the duplicate [`Clusters`]. Data only, a leaf of
//! `summarize`: `analyze.rs` builds it; `candidates.rs` (choose) and
//! `report.rs` read it.

use crate::concepts;
use crate::dedup;
use crate::graph::Graph;
use crate::lang::Analyzer;
use crate::output::{Compared, Keyword};
use crate::select::Candidate;
use crate::tfidf::Vectors;
use std::ops::Range;

/// One sentence of the input, as the stages see it.
pub(super) struct Sent {
    pub(super) article: usize,
    pub(super) range: Range<usize>,
    /// Its index among the content sentences of its article.
    pub(super) pos: u32,
    pub(super) boilerplate: Option<&'static str>,
    /// Cut from a run without a sentence end (see `sentence::Piece`).
    pub(super) forced: bool,
    pub(super) words: usize,
}

/// What stages 1–8 know of the input, whatever the budget.
pub(super) struct Analysis {
    /// The articles' languages and word counts, and their sentences.
    pub(super) analyzers: Vec<Analyzer>,
    pub(super) article_lang: Vec<usize>,
    pub(super) article_words: Vec<usize>,
    pub(super) sents: Vec<Sent>,
    pub(super) keywords: Vec<Keyword>,
    pub(super) vectors: Vectors,
    pub(super) idf: Vec<f32>,
    pub(super) graph: Graph,
    pub(super) profiles: dedup::Profiles,
    pub(super) clusters: Clusters,
    pub(super) scores: Vec<f32>,
    pub(super) cands: Vec<Candidate>,
    pub(super) total_words: usize,
    pub(super) concepts: concepts::Concepts,
    /// The first article that looks binary, if any: then nothing was analysed.
    pub(super) binary: Option<usize>,
    /// How many usable sentences were candidates, when not all were.
    pub(super) compared: Option<Compared>,
    /// A focus was given and none of its words is in the input: it was ignored.
    pub(super) unmatched_focus: bool,
}

/// What stage 8 finds: two groupings of the sentences.
pub(super) struct Clusters {
    /// The sentences too alike for one summary (`dedup::redundant`), which
    /// selection and corroboration use: each sentence's group, if any.
    pub(super) group: Vec<Option<usize>>,
    pub(super) n_groups: usize,
    /// How many independent articles carry each group.
    pub(super) independent: Vec<usize>,
    /// The versions of one fact (`dedup::duplicate`, the stricter
    /// decision), which the "reported by" claims use: each sentence's
    /// cluster, and each cluster's members.
    pub(super) cluster: Vec<Option<usize>>,
    pub(super) members: Vec<Vec<usize>>,
    /// The pairs of one article's opening that restate its headline
    /// (`dedup::restate`), lower end first, sorted, with their similarity:
    /// too alike for one summary, though the pair alone may fall below the
    /// bar; in `group`, never in `cluster`.
    pub(super) restated: Vec<(u32, u32, f32)>,
}
