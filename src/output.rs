//! What comes out of the summariser: plain structs, no behaviour.

/// A range of an article's text, in UTF-8 bytes and in UTF-16 code units
/// (the unit of JavaScript strings).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// First UTF-16 code unit.
    pub start_utf16: usize,
    /// One past the last UTF-16 code unit.
    pub end_utf16: usize,
}

/// One sentence of one article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct SentenceRef {
    /// Index of the article in the input.
    pub article: usize,
    /// Index of the sentence in [`ArticleReport::sentences`].
    pub sentence: usize,
    /// Where it is in the article's text.
    pub span: Span,
}

/// Another sentence that states the same fact as a chosen one.
#[derive(Clone, Debug, PartialEq)]
pub struct Version {
    /// The sentence.
    pub at: SentenceRef,
    /// Its similarity to the chosen sentence, in [0, 1].
    pub similarity: f32,
    /// Its text.
    pub text: String,
}

/// What two versions of one fact disagree on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ConflictKind {
    /// A number or an amount.
    Number,
    /// A day, month or year.
    Date,
    /// A name.
    Name,
}

/// Two versions of one fact that disagree.
#[derive(Clone, Debug, PartialEq)]
pub struct Conflict {
    /// What they disagree on.
    pub kind: ConflictKind,
    /// The value in the chosen sentence.
    pub ours: String,
    /// The value in the other version.
    pub theirs: String,
    /// The other version.
    pub at: SentenceRef,
}

/// A sentence of the summary.
#[derive(Clone, Debug, PartialEq)]
pub struct Chosen {
    /// The sentence as it stands in the article.
    pub text: String,
    /// Where it stands.
    pub at: SentenceRef,
    /// Its final score (rank, corroboration and position together).
    pub score: f32,
    /// Every article that reports the same fact, this one included, ascending.
    pub articles: Vec<usize>,
    /// How many independent articles report it: verbatim copies of one wire
    /// story count once.
    pub independent: usize,
    /// The other sentences that say the same, in input order.
    pub versions: Vec<Version>,
    /// Where the versions disagree.
    pub conflicts: Vec<Conflict>,
}

/// Why a sentence is or is not in the summary.
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    /// It is in the summary.
    Chosen,
    /// It repeats a sentence that is in the summary or ranks above it.
    Duplicate {
        /// The sentence it repeats.
        of: SentenceRef,
        /// How similar they are, in [0, 1].
        similarity: f32,
    },
    /// It is navigation, a credit, a repeated title or paragraph, a headline list…
    Boilerplate(&'static str),
    /// It is not a good summary sentence on its own (too short, a question…).
    Unfit(&'static str),
    /// It ranked below the ones that filled the budget.
    BelowBudget,
}

/// One sentence of an article, with its score and status.
#[derive(Clone, Debug, PartialEq)]
pub struct SentenceReport {
    /// Where it is in the article's text.
    pub span: Span,
    /// Its TextRank score, scaled so that the best sentence of the input is 1.
    pub score: f32,
    /// The duplicate cluster it belongs to, if it has duplicates.
    pub cluster: Option<usize>,
    /// Whether it is in the summary, and why not.
    pub status: Status,
}

/// Everything the summariser saw in one article.
#[derive(Clone, Debug, PartialEq)]
pub struct ArticleReport {
    /// The language used, as an ISO 639-1 code.
    pub language: String,
    /// The number of words of the article.
    pub words: usize,
    /// All its sentences, in order, boilerplate included.
    pub sentences: Vec<SentenceReport>,
}

/// A key word or phrase of the whole input.
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    /// The phrase, as it is most often written.
    pub text: String,
    /// Its score, the best being 1.
    pub score: f32,
}

/// The result of [`summarize`](crate::summarize).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    /// The chosen sentences, in the requested order.
    pub sentences: Vec<Chosen>,
    /// One report per input article, in input order.
    pub articles: Vec<ArticleReport>,
    /// Key phrases of the input, best first.
    pub keywords: Vec<Keyword>,
}

impl Summary {
    /// The summary as plain text, one sentence per line.
    pub fn text(&self) -> String {
        let mut out = String::new();
        for s in &self.sentences {
            out.push_str(&s.text);
            out.push('\n');
        }
        out
    }
}
