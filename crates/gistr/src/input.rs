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

/// Whether `text` looks like the bytes of a binary file read as text: more
/// than a tenth of its characters are U+FFFD (what bytes that are not
/// UTF-8 become) or control characters other than tab, line and page
/// breaks. Text in a legacy encoding, such as French in Latin-1, has a few
/// percent; the bytes of a PDF, a DOCX or an image, or random bytes, a
/// third or more. Format characters (bidi controls, the zero-width joiner
/// of emoji) are text and do not count.
pub(crate) fn looks_binary(text: &str) -> bool {
    let (mut bad, mut chars) = (0usize, 0usize);
    for c in text.chars() {
        chars += 1;
        if c == '\u{FFFD}' || (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{0C}')) {
            bad += 1;
        }
    }
    bad >= 4 && bad * 10 > chars
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_table() {
        let random: Vec<u8> = (0..2000u32)
            .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
            .collect();
        let cases: &[(&str, bool)] = &[
            ("", false),
            ("Plain text.\n\tIndented.\r\n\x0cNext page.", false),
            // Bidi controls and emoji joiners are format characters.
            ("\u{202E}\u{2067}مرحبا\u{2069} 👩\u{200D}👩\u{200D}👧 text", false),
            // French in Latin-1: a few replacement characters.
            (
                "Le caf\u{FFFD} est pr\u{FFFD}t, dit-elle, et la r\u{FFFD}union commence \u{FFFD} midi pile.",
                false,
            ),
            ("\u{FFFD}\u{FFFD}\u{FFFD}", false),
            ("\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}", true),
            ("a\0b\0c\0d\0", true),
            ("%PDF-1.7\n\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\n1 0 obj", true),
        ];
        for &(text, expected) in cases {
            assert_eq!(looks_binary(text), expected, "{text:?}");
        }
        assert!(looks_binary(&String::from_utf8_lossy(&random)));
    }
}
