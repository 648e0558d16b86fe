//! gistr summarises several news articles about one event into a short
//! extractive summary that states each fact once and says which articles
//! reported it.
//!
//! The pipeline runs in stages, one module each: paragraphs → boilerplate
//! filter → sentences → tokens (stop words, stemming) → TF-IDF vectors →
//! similarity graph → TextRank → cross-article duplicate clusters →
//! selection within a budget. The core does no I/O; it runs the same
//! natively and in WebAssembly.
//!
//! # Example
//!
//! ```
//! use gistr::{summarize, Article, Budget, Options};
//!
//! let articles = [
//!     Article::new(
//!         "The city council approved the new bridge on Tuesday. \
//!          Construction will cost $40 million and start in May. \
//!          Residents had asked for a crossing for a decade.",
//!     ),
//!     Article::new(
//!         "On Tuesday the city council approved a new bridge. \
//!          The mayor said traffic downtown would ease within two years.",
//!     )
//!     .with_source("Daily Planet"),
//! ];
//! let summary = summarize(&articles, &Options::default().with_budget(Budget::Sentences(2))).unwrap();
//! assert_eq!(summary.sentences.len(), 2);
//! // The approval is stated once, and both articles are credited with it.
//! let approval = summary.sentences.iter().find(|s| s.text.contains("approved")).unwrap();
//! assert_eq!(approval.articles, vec![0, 1]);
//! ```
//!
//! To summarise the same articles at several lengths (a page's length
//! slider), analyse them once with a [`Summarizer`]: each of its summaries
//! then runs only the selection.
//!
//! Input that cannot be summarised is an [`Error`], never a panic:
//!
//! ```
//! use gistr::{summarize, ErrorKind, Options};
//!
//! let err = summarize(&[], &Options::default()).unwrap_err();
//! assert_eq!(err.kind(), &ErrorKind::NoArticles);
//! ```
#![deny(missing_docs)]
// The .wasm build (scripts/wasm-release.sh) sets `gistr_size`: cold code is
// then optimised for size (`optimize(size)`, an unstable attribute that
// build already enables).
#![cfg_attr(gistr_size, feature(optimize_attribute))]
#![forbid(unsafe_code)]

mod boilerplate;
mod concepts;
mod dedup;
mod error;
mod fitness;
mod fxhash;
mod graph;
mod input;
mod keywords;
mod lang;
mod math;
pub mod options;
mod output;
mod paragraph;
mod plain;
mod rank;
mod select;
mod sentence;
mod sort;
mod span;
mod summarize;
mod tfidf;
mod token;
mod tuning;

pub use dedup::{Dedup, Verdict};
pub use error::{Error, ErrorKind};
pub use input::Article;
pub use options::{Budget, Options, Order};
pub use output::{
    ArticleReport, Chosen, Compared, Conflict, ConflictKind, Empty, Keyword, SentenceRef, SentenceReport,
    Shortfall, Span, Status, Summary, Unit, Version,
};
pub use plain::{guess_title, is_separator_line, split_articles};
pub use summarize::{summarize, Summarizer};

/// Splits `text` into sentences, as the summariser does, returning trimmed
/// byte ranges.
///
/// ```
/// let text = "Mr. Smith paid $1.5 billion. He left.";
/// let s: Vec<&str> = gistr::sentences(text).into_iter().map(|r| &text[r]).collect();
/// assert_eq!(s, ["Mr. Smith paid $1.5 billion.", "He left."]);
/// ```
pub fn sentences(text: &str) -> Vec<std::ops::Range<usize>> {
    sentence::sentences(text)
}

/// The ISO 639-1 code of the language detected in `text` (English when unsure).
pub fn detect_language(text: &str) -> &'static str {
    lang::Language::detect(text).code()
}

/// The pipeline's stages, for the per-stage benchmarks (`crates/gistr/benches/stages.rs`)
/// and the fuzz targets (`fuzz/`) only: not part of the API, and may change
/// at any time.
#[doc(hidden)]
pub mod bench {
    pub use crate::concepts::{concepts, Weighting};
    pub use crate::dedup::{clusters, decide, duplicate, Profile, Profiles};
    pub use crate::graph::{similar_pairs, Graph};
    pub use crate::lang::{Analyzer, Language};
    /// The JS binding's option checking (`crates/gistr/src/options.rs`), for the
    /// `options` fuzz target.
    pub use crate::options::{check_names, RawOptions, ANALYSIS, NAMES, SELECTION};
    pub use crate::rank::pagerank;
    pub use crate::select::{select, Candidate, Limit, Objective};
    pub use crate::sentence::sentences;
    pub use crate::tfidf::{idf, vector, weigh, Vector, Vectors};
    pub use crate::token::{tokenize, Interner, Term};
    /// The splitter's bounds on a sentence, for the `sentences` fuzz target.
    pub use crate::tuning::{MAX_CHARS, MAX_WORDS};
}
