//! Every tuned number of the summariser, in one place, one line each with
//! a pointer to the evidence that set it (`docs/TUNING.md`).
//!
//! The knobs of ranking and selection are the fields of [`Tuning`]; a run
//! uses [`Tuning::DEFAULT`]. Under `--cfg gistr_tune` (only
//! `eval/rouge-tune.sh` sets it) [`Tuning::current`] reads
//! `GISTR_<NAME>` environment variables instead, through
//! `Tuning::from_env`, the only code of the core that reads the
//! environment; no shipped build contains it. The numbers that are not
//! knobs (the duplicate decision's model, the candidate pool, the
//! sentence-length limits) are the constants below.

/// The knobs of ranking and selection.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Tuning {
    /// A concept (stage 9) counts when at least this share of the articles carry it.
    /// (`GISTR_MIN_ART_FRAC`; evidence: docs/TUNING.md#min-article-share)
    pub min_article_share: f32,
    /// …and at least this many articles (all of them when there are fewer).
    /// (`GISTR_MIN_ART`; evidence: docs/TUNING.md#min-articles)
    pub min_articles: usize,
    /// A concept's weight is the number of articles carrying it raised to this power.
    /// (`GISTR_WPOW`; evidence: docs/TUNING.md#concept-power)
    pub concept_power: f32,
    /// The prior of stage 7 for the `p`-th content sentence of an article is `1 / (1 + p)^lead_power`.
    /// (`GISTR_LEAD_POW`; evidence: docs/TUNING.md#lead-power)
    pub lead_power: f32,
    /// Under a focus, the prior is `focus_lead × lead + cosine with the focus`.
    /// (`GISTR_FOCUS_LEAD`; evidence: docs/TUNING.md#focus-lead)
    pub focus_lead: f32,
    /// PageRank's damping (the usual 0.85 of the PageRank and TextRank papers).
    /// (`GISTR_DAMP`; evidence: docs/TUNING.md#damping)
    pub damping: f32,
    /// PageRank's most iterations, and the change in the scores (L1) at which it stops sooner.
    /// (evidence: docs/TUNING.md#rank-iterations)
    pub rank_iterations: usize,
    /// See [`rank_iterations`](Self::rank_iterations).
    /// (evidence: docs/TUNING.md#rank-tolerance)
    pub rank_tolerance: f32,
    /// A sentence's final score is its rank lifted by `1 + corroboration × ln(independent articles)`.
    /// (`GISTR_CORROB`; evidence: docs/TUNING.md#corroboration)
    pub corroboration: f32,
    /// Under a focus, the share of a sentence's selection gain that follows its similarity to the focus.
    /// (`GISTR_FOCUS_MIX`; evidence: docs/TUNING.md#focus-mix)
    pub focus_mix: f32,
    /// Without a focus, the same share for the articles' headlines, a mild focus (0 turns headlines off).
    /// (`GISTR_TITLE_MIX`; evidence: docs/TUNING.md#title-mix)
    pub title_mix: f32,
    /// When most articles have no title, each untitled one's first content sentence stands for its headline, with this share.
    /// (`GISTR_LEAD_MIX`; evidence: docs/TUNING.md#lead-title-mix)
    pub lead_title_mix: f32,
    /// The weight of a candidate's score against the concepts it covers.
    /// (`GISTR_RANK`; evidence: docs/TUNING.md#rank)
    pub rank: f32,
    /// Under a word budget, gains are divided by `words^cost`.
    /// (`GISTR_COST`; evidence: docs/TUNING.md#cost)
    pub cost: f32,
    /// The last sentence may cross a word budget of `k` by `min(k / 5, overflow)` words.
    /// (`GISTR_OVERFLOW`; evidence: docs/TUNING.md#overflow)
    pub overflow: usize,
    /// The weight of graph coverage (Lin & Bilmes 2011) in selection.
    /// (`GISTR_COVER`; evidence: docs/TUNING.md#cover)
    pub cover: f32,
    /// Graph coverage saturates at this share of a sentence's degree.
    /// (`GISTR_ALPHA`; evidence: docs/TUNING.md#alpha)
    pub alpha: f32,
    /// A sentence in the first or second person is worth this much less.
    /// (`GISTR_PERSON_PEN`; evidence: docs/TUNING.md#person-penalty)
    pub person_penalty: f32,
    /// Attributed speech ("…, he said", "according to") is worth this much less.
    /// (`GISTR_SAID_PEN`; evidence: docs/TUNING.md#said-penalty)
    pub said_penalty: f32,
    /// A sentence dense with names (capitalised words after the first) is worth `1 - caps_penalty × names / words`.
    /// (`GISTR_CAPS_PEN`; evidence: docs/TUNING.md#caps-penalty)
    pub caps_penalty: f32,
    /// A sentence of fewer words is taken only when the longer ones run out (its reason names 12: fitness.rs).
    /// (`GISTR_MIN_FIT`; evidence: docs/TUNING.md#min-fit-words)
    pub min_fit_words: usize,
    /// Whether a sentence that opens with a connective ("But", "However") is unfit.
    /// (`GISTR_LINK_UNFIT`; evidence: docs/TUNING.md#connective-unfit)
    pub connective_unfit: bool,
}

impl Tuning {
    /// The values every shipped build uses.
    /// (evidence: docs/TUNING.md#default)
    pub const DEFAULT: Tuning = Tuning {
        min_article_share: 0.15,
        min_articles: 2,
        concept_power: 1.2,
        lead_power: 0.5,
        focus_lead: 0.1,
        damping: 0.85,
        rank_iterations: 100,
        rank_tolerance: 1e-6,
        corroboration: 0.05,
        focus_mix: 0.6,
        title_mix: 0.8,
        lead_title_mix: 0.3,
        rank: 0.5,
        cost: 0.5,
        overflow: 20,
        cover: 1.0,
        alpha: 0.03,
        person_penalty: 0.5,
        said_penalty: 0.3,
        caps_penalty: 0.3,
        min_fit_words: 12,
        connective_unfit: true,
    };

    /// The values of this run: [`Tuning::DEFAULT`], or under
    /// `--cfg gistr_tune` those of `Tuning::from_env`.
    pub fn current() -> Tuning {
        #[cfg(gistr_tune)]
        return Tuning::from_env();
        #[cfg(not(gistr_tune))]
        Tuning::DEFAULT
    }

    /// [`Tuning::DEFAULT`] with each field the environment variable
    /// `GISTR_<NAME>` sets (named in the field's documentation), for
    /// `eval/rouge-tune.sh` experiments only.
    #[cfg(gistr_tune)]
    pub fn from_env() -> Tuning {
        fn var<T: std::str::FromStr>(name: &str, default: T) -> T {
            std::env::var(format!("GISTR_{name}"))
                .ok()
                .and_then(|v| v.parse().ok())
                .unwrap_or(default)
        }
        let d = Tuning::DEFAULT;
        Tuning {
            min_article_share: var("MIN_ART_FRAC", d.min_article_share),
            min_articles: var("MIN_ART", d.min_articles),
            concept_power: var("WPOW", d.concept_power),
            lead_power: var("LEAD_POW", d.lead_power),
            focus_lead: var("FOCUS_LEAD", d.focus_lead),
            damping: var("DAMP", d.damping),
            rank_iterations: var("RANK_ITERATIONS", d.rank_iterations),
            rank_tolerance: var("RANK_TOLERANCE", d.rank_tolerance),
            corroboration: var("CORROB", d.corroboration),
            focus_mix: var("FOCUS_MIX", d.focus_mix),
            title_mix: var("TITLE_MIX", d.title_mix),
            lead_title_mix: var("LEAD_MIX", d.lead_title_mix),
            rank: var("RANK", d.rank),
            cost: var("COST", d.cost),
            overflow: var("OVERFLOW", d.overflow),
            cover: var("COVER", d.cover),
            alpha: var("ALPHA", d.alpha),
            person_penalty: var("PERSON_PEN", d.person_penalty),
            said_penalty: var("SAID_PEN", d.said_penalty),
            caps_penalty: var("CAPS_PEN", d.caps_penalty),
            min_fit_words: var("MIN_FIT", d.min_fit_words),
            connective_unfit: var("LINK_UNFIT", u8::from(d.connective_unfit)) != 0,
        }
    }
}

/// The smallest cosine that makes an edge of the similarity graph (stage 6) and a candidate pair of `gistr dedup`.
/// (evidence: docs/TUNING.md#min-edge)
pub const MIN_EDGE: f32 = 0.05;

/// A sentence with fewer words is never chosen (and is reported "too short").
/// (evidence: docs/TUNING.md#min-words)
pub const MIN_WORDS: usize = 5;

/// The most words a sentence may have: the splitter cuts a longer run, and a longer sentence is unfit.
/// (evidence: docs/TUNING.md#max-words)
pub const MAX_WORDS: usize = 80;

/// The most characters a sentence may have before the splitter cuts it (80 words of 7.5 characters).
/// (evidence: docs/TUNING.md#max-chars)
pub const MAX_CHARS: usize = 600;

/// How many of the best-ranked usable sentences are candidates, whose duplicates are decided (stage 8).
/// (evidence: docs/TUNING.md#pool)
pub const POOL: usize = 2000;

/// The number of keywords of a summary.
/// (evidence: docs/TUNING.md#keywords)
pub const KEYWORDS: usize = 12;

/// The longest word (in characters) that can be a keyword.
/// (evidence: docs/TUNING.md#keyword-max-chars)
pub const KEYWORD_MAX_CHARS: usize = 40;

/// Weights of the duplicate decision's features (coverage, words, chars), then the bias, of its logistic model.
/// (evidence: docs/TUNING.md#duplicate-weights)
pub const DUPLICATE_WEIGHTS: [f32; 4] = [1.328, 1.262, 3.181, -2.307 + 0.708];

/// The similarity at or above which two sentences are duplicates (see [`DUPLICATE_WEIGHTS`]).
/// (evidence: docs/TUNING.md#duplicate-threshold)
pub const DUPLICATE_THRESHOLD: f32 = 0.5;

/// What a pair loses (in logit) when the two share no content word beyond names (`dedup::decide`): only a near-copy stays a duplicate.
/// (evidence: docs/TUNING.md#duplicate-names-only-logit)
pub const DUPLICATE_NAMES_ONLY_LOGIT: f32 = 0.619;

/// A conflict (a date, number or name on which two versions disagree) is flagged only between versions at least this similar.
/// (evidence: docs/TUNING.md#conflict-min-similarity)
pub const CONFLICT_MIN_SIMILARITY: f32 = 0.65;

/// A content word that at least this share of the articles carry (and at least three) is the topic's, not a fact's.
/// (evidence: docs/TUNING.md#topic-share)
pub const TOPIC_SHARE: f32 = 0.6;

/// A content word that a sentence's own article carries in at least this many sentences is its subject, not a fact's.
/// (evidence: docs/TUNING.md#subject-sentences)
pub const SUBJECT_SENTENCES: usize = 3;

/// A pair that shares no content word beyond names is a duplicate only if the shorter covers at least this share of the longer's weighted terms.
/// (evidence: docs/TUNING.md#names-only-min-coverage)
pub const NAMES_ONLY_MIN_COVERAGE: f32 = 0.35;

/// The cosine below which two sentences are not duplicates, whatever their other features (set with the three-feature model, commit a873258).
/// (evidence: docs/TUNING.md#duplicate-min-cosine)
pub const DUPLICATE_MIN_COSINE: f32 = 0.1;

/// Versions of a fact in two articles at least this similar (cosine) are copies of one story: one independent article.
/// (evidence: docs/TUNING.md#copy-cosine)
pub const COPY_COSINE: f32 = 0.95;

/// The strength (the greater of similarity and coverage) at or above which a duplicate credits its article ("reported by", `dedup::credit`); weaker ones are `related`.
/// (evidence: docs/TUNING.md#credit-min-similarity)
pub const CREDIT_MIN_SIMILARITY: f32 = 0.88;

/// How many content sentences open an article (its standfirst and its lede), where two that each restate its title are one fact (`dedup::restate`).
/// (evidence: docs/TUNING.md#opening)
pub const OPENING: u32 = 3;
