//! What goes into the summariser: articles and options.

use crate::error::Error;

/// One article to summarise.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Article {
    /// The headline, if known. A body line repeating it is treated as boilerplate.
    pub title: Option<String>,
    /// The body text. Paragraphs are separated by line breaks.
    pub text: String,
    /// Where it came from: an outlet's name or a URL.
    pub source: Option<String>,
}

impl Article {
    /// An article with only a body.
    pub fn new(text: impl Into<String>) -> Article {
        Article {
            title: None,
            text: text.into(),
            source: None,
        }
    }

    /// Sets the headline.
    pub fn with_title(mut self, title: impl Into<String>) -> Article {
        self.title = Some(title.into());
        self
    }

    /// Sets the source.
    pub fn with_source(mut self, source: impl Into<String>) -> Article {
        self.source = Some(source.into());
        self
    }
}

/// How long the summary may be.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Budget {
    /// At most this many sentences.
    Sentences(usize),
    /// About this many words: the summary stops once it reaches them, and
    /// its last sentence may cross the budget by at most min(20, n/5) words,
    /// so that it ends with a whole sentence rather than leave the end of
    /// the budget unused.
    Words(usize),
    /// About this share (0 < r ≤ 1) of the input's words, as for `Words`.
    Ratio(f64),
}

/// The order of the summary's sentences.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Order {
    /// By article, then by position in the article; but when the summary
    /// crosses a word budget, its lowest-scored sentence goes last (see
    /// `summarize`), so that stopping at the budget cuts the least
    /// important sentence.
    #[default]
    Article,
    /// Most important first.
    Rank,
}

/// Options of [`summarize`](crate::summarize), all with defaults.
///
/// ```
/// use gistr::{Budget, Options, Order};
///
/// let opts = Options::default()
///     .with_budget(Budget::Words(100))
///     .with_order(Order::Rank)
///     .with_language("en");
/// assert_eq!(opts.budget(), Budget::Words(100));
/// ```
#[derive(Clone, Debug, PartialEq)]
pub struct Options {
    budget: Budget,
    order: Order,
    language: Option<String>,
    focus: Option<String>,
    max_bytes: usize,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            budget: Budget::Sentences(5),
            order: Order::Article,
            language: None,
            focus: None,
            max_bytes: 64 << 20,
        }
    }
}

impl Options {
    /// Sets the length of the summary. Default: 5 sentences.
    pub fn with_budget(mut self, budget: Budget) -> Options {
        self.budget = budget;
        self
    }

    /// Sets the order of the summary. Default: [`Order::Article`].
    pub fn with_order(mut self, order: Order) -> Options {
        self.order = order;
        self
    }

    /// Sets the language as an ISO 639-1 code (`"en"`, `"fr"`, …), or `"auto"`
    /// to detect it per article (the default).
    pub fn with_language(mut self, code: impl Into<String>) -> Options {
        let code = code.into();
        self.language = if code.is_empty() || code.eq_ignore_ascii_case("auto") {
            None
        } else {
            Some(code.to_ascii_lowercase())
        };
        self
    }

    /// Ranks toward a few words or a question (personalised PageRank).
    /// An empty string clears it.
    pub fn with_focus(mut self, focus: impl Into<String>) -> Options {
        let focus = focus.into();
        self.focus = if focus.trim().is_empty() {
            None
        } else {
            Some(focus)
        };
        self
    }

    /// Sets the largest input, in bytes of text over all articles, that is
    /// accepted. Default: 64 MiB.
    pub fn with_max_bytes(mut self, max_bytes: usize) -> Options {
        self.max_bytes = max_bytes;
        self
    }

    /// The length of the summary.
    pub fn budget(&self) -> Budget {
        self.budget
    }

    /// The order of the summary.
    pub fn order(&self) -> Order {
        self.order
    }

    /// The language code given, or `None` for automatic detection.
    pub fn language(&self) -> Option<&str> {
        self.language.as_deref()
    }

    /// The focus words, if any.
    pub fn focus(&self) -> Option<&str> {
        self.focus.as_deref()
    }

    /// The largest input accepted, in bytes.
    pub fn max_bytes(&self) -> usize {
        self.max_bytes
    }

    pub(crate) fn validate(&self) -> Result<(), Error> {
        match self.budget {
            Budget::Sentences(0) | Budget::Words(0) => {
                return Err(Error::invalid("budget", "must be at least 1"))
            }
            Budget::Ratio(r) if !(r > 0.0 && r <= 1.0) => {
                return Err(Error::invalid("budget", "a ratio must be above 0 and at most 1"))
            }
            _ => {}
        }
        if let Some(code) = &self.language {
            if crate::lang::Language::from_code(code).is_none() {
                return Err(Error::invalid(
                    "language",
                    format!("unknown language code \"{code}\"; use an ISO 639-1 code or \"auto\""),
                ));
            }
        }
        Ok(())
    }
}
