//! The pipeline: runs the stages in order and assembles the [`Summary`].
//!
//! One file per job: [`corpus`] reads the articles (stages 1–4, and what
//! the keywords, concepts and focus need of them), [`duplicates`] wires
//! stage 8, [`candidates`] stage 9, and [`report`] assembles the summary;
//! [`analyze`] runs stages 1–8 in order into an [`analysis`]'s `Analysis`.
//! This file holds the two entry points, each analyse → choose → report.

mod analysis;
mod analyze;
mod candidates;
mod corpus;
mod duplicates;
mod report;

use crate::error::Error;
use crate::input::Article;
use crate::options::{Budget, Options, Order};
use crate::output::Summary;
use crate::select::Limit;
use analysis::Analysis;
use analyze::analyze;
use candidates::choose;
use report::report;

/// Summarises `articles`. See the [crate documentation](crate).
pub fn summarize(articles: &[Article], options: &Options) -> Result<Summary, Error> {
    let analysis = analyze(articles, options)?;
    Ok(summary(&analysis, articles, options.budget(), options.order()))
}

/// Stage 9 and the report: the summary of an analysis within `budget`.
fn summary(analysis: &Analysis, articles: &[Article], budget: Budget, order: Order) -> Summary {
    let limit = match budget {
        Budget::Sentences(k) => Limit::Sentences(k),
        Budget::Words(k) => Limit::Words(k),
        Budget::Ratio(r) => Limit::Words(((analysis.total_words as f64 * r).round() as usize).max(1)),
    };
    let outcome = choose(analysis, limit);
    report(analysis, articles, &outcome, limit, order)
}

/// Articles analysed once and summarised at any budget: what a page needs
/// to re-summarise on every move of a length slider. Stages 1–8 (and the
/// concepts of stage 9) run in [`Summarizer::new`]; each
/// [`Summarizer::summarize`] runs only the selection and the report.
///
/// ```
/// use gistr::{Article, Budget, Options, Order, Summarizer};
///
/// let articles = vec![
///     Article::new("The council approved the bridge on Tuesday. Work starts in May."),
///     Article::new("On Tuesday the council approved the new bridge. It will cost $4 million."),
/// ];
/// let summarizer = Summarizer::new(articles, &Options::default())?;
/// let one = summarizer.summarize(Budget::Sentences(1), Order::Article)?;
/// let two = summarizer.summarize(Budget::Sentences(2), Order::Article)?;
/// assert_eq!(one.sentences.len(), 1);
/// assert_eq!(two.sentences.len(), 2);
/// # Ok::<(), gistr::Error>(())
/// ```
pub struct Summarizer {
    articles: Vec<Article>,
    analysis: Analysis,
}

impl std::fmt::Debug for Summarizer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Summarizer")
            .field("articles", &self.articles.len())
            .field("sentences", &self.analysis.sents.len())
            .finish_non_exhaustive()
    }
}

impl Summarizer {
    /// Analyses `articles` with the language and focus of `options` (its
    /// budget and order are not used here).
    pub fn new(articles: Vec<Article>, options: &Options) -> Result<Summarizer, Error> {
        let analysis = analyze(&articles, options)?;
        Ok(Summarizer { articles, analysis })
    }

    /// The summary within `budget`: the same as [`summarize`] with the
    /// options of [`Summarizer::new`] and this budget and order.
    pub fn summarize(&self, budget: Budget, order: Order) -> Result<Summary, Error> {
        Options::default().with_budget(budget).validate()?;
        Ok(summary(&self.analysis, &self.articles, budget, order))
    }

    /// The articles analysed.
    pub fn articles(&self) -> &[Article] {
        &self.articles
    }
}
