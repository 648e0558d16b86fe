//! The options: what they are ([`Options`], [`Budget`], [`Order`]) and the
//! one place where they are checked.
//!
//! Every front end reads what its caller gave into a [`RawOptions`] (the
//! JS binding an object's properties, the CLI its flags through
//! [`RawOptions::set_text`], the Python binding its keywords) and calls
//! [`RawOptions::check`]. Each range and the "only one of" rule exist here
//! only, so the CLI, JavaScript and Python refuse the same values with the
//! same one-line message (tested in each front end against
//! `tests/fixtures/option-errors.json`). A value given is not echoed when
//! it is a number: formatting floats would bring about 14 KB into the
//! `.wasm`.
//!
//! ```
//! use gistr::options::RawOptions;
//! use gistr::{Budget, Options};
//!
//! let raw = RawOptions { words: Some(120.0), ..RawOptions::default() };
//! assert_eq!(raw.check().unwrap(), Options::default().with_budget(Budget::Words(120)));
//!
//! let raw = RawOptions { sentences: Some(2.5), ..RawOptions::default() };
//! assert_eq!(
//!     raw.check().unwrap_err().to_string(),
//!     "invalid option sentences: must be a whole number from 1 to 1000000000"
//! );
//! ```

use crate::error::{Error, ErrorKind};

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

    /// The same checks as [`RawOptions::check`], on options built in Rust:
    /// one range per option, one message.
    pub(crate) fn validate(&self) -> Result<(), Error> {
        match self.budget {
            Budget::Sentences(n) => whole("sentences", n as f64).map(drop)?,
            Budget::Words(n) => whole("words", n as f64).map(drop)?,
            Budget::Ratio(r) => ratio(r).map(drop)?,
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

/// The options of the selection only (`Summarizer.summarize`).
pub const SELECTION: &[&str] = &["sentences", "words", "ratio", "order"];
/// The options that shape the analysis (`new Summarizer`): a change of one
/// of them means analysing again.
pub const ANALYSIS: &[&str] = &["language", "focus"];
/// Every option, selection first (the order of the error messages).
pub const NAMES: &[&str] = &["sentences", "words", "ratio", "order", "language", "focus"];
/// The length options, of which a caller gives at most one.
const BUDGETS: [&str; 3] = ["sentences", "words", "ratio"];

/// The options as given, before any check: numbers as JavaScript numbers.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RawOptions {
    /// `sentences`: a whole number from 1 to 10^9.
    pub sentences: Option<f64>,
    /// `words`: a whole number from 1 to 10^9.
    pub words: Option<f64>,
    /// `ratio`: above 0 and at most 1.
    pub ratio: Option<f64>,
    /// `order`: `"article"` or `"rank"`.
    pub order: Option<String>,
    /// `language`: an ISO 639-1 code that gistr knows, or `"auto"`.
    pub language: Option<String>,
    /// `focus`: any text.
    pub focus: Option<String>,
}

/// An error if any of `keys` (an object's property names) is not an option.
pub fn check_names<'a>(keys: impl IntoIterator<Item = &'a str>) -> Result<(), String> {
    match keys.into_iter().find(|key| !NAMES.contains(key)) {
        Some(key) => Err(format!(
            "unknown option \"{key}\"; the options are {}",
            list(NAMES)
        )),
        None => Ok(()),
    }
}

impl RawOptions {
    /// The names of the options given, in the order of [`NAMES`].
    fn given(&self) -> [(&'static str, bool); 6] {
        [
            ("sentences", self.sentences.is_some()),
            ("words", self.words.is_some()),
            ("ratio", self.ratio.is_some()),
            ("order", self.order.is_some()),
            ("language", self.language.is_some()),
            ("focus", self.focus.is_some()),
        ]
    }

    /// Sets option `name` from text, as a command line gives it. A number
    /// is parsed here and checked by [`check`](Self::check) (text that is
    /// not a number is out of every range); a length option given twice, or
    /// after another one, is refused at once, as two in one object are.
    /// `false` when `name` is not an option.
    ///
    /// ```
    /// use gistr::options::RawOptions;
    ///
    /// let mut raw = RawOptions::default();
    /// raw.set_text("words", "50").unwrap();
    /// let err = raw.set_text("sentences", "3").unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "invalid options: give only one of sentences, words and ratio (got words and sentences)"
    /// );
    /// ```
    pub fn set_text(&mut self, name: &str, value: &str) -> Result<bool, Error> {
        if let Some(budget) = BUDGETS.into_iter().find(|b| *b == name) {
            if let Some((first, _)) = self.given()[..3].iter().find(|(_, on)| *on) {
                return Err(Error::new(ErrorKind::ConflictingOptions {
                    first,
                    second: budget,
                }));
            }
        }
        let number = || value.trim().parse::<f64>().unwrap_or(f64::NAN);
        match name {
            "sentences" => self.sentences = Some(number()),
            "words" => self.words = Some(number()),
            "ratio" => self.ratio = Some(number()),
            "order" => self.order = Some(value.to_string()),
            "language" => self.language = Some(value.to_string()),
            "focus" => self.focus = Some(value.to_string()),
            _ => return Ok(false),
        }
        Ok(true)
    }

    /// The [`Options`] these stand for, when only options named in
    /// `allowed` are given (`what` names that group in the error).
    pub fn check_group(self, allowed: &[&str], what: &str) -> Result<Options, String> {
        if let Some((name, _)) = self
            .given()
            .iter()
            .find(|(name, on)| *on && !allowed.contains(name))
        {
            return Err(format!(
                "option {name} is not one of {what}; those are {}",
                list(allowed)
            ));
        }
        self.check().map_err(|e| e.to_string())
    }

    /// The [`Options`] these stand for, or an error naming the option at
    /// fault and its range.
    pub fn check(self) -> Result<Options, Error> {
        let mut o = Options::default();
        let given = self.given();
        let mut budgets = given[..3].iter().filter(|(_, on)| *on).map(|(name, _)| *name);
        if let (Some(first), Some(second)) = (budgets.next(), budgets.next()) {
            return Err(Error::new(ErrorKind::ConflictingOptions { first, second }));
        }
        if let Some(n) = self.sentences {
            o = o.with_budget(Budget::Sentences(whole("sentences", n)?));
        }
        if let Some(n) = self.words {
            o = o.with_budget(Budget::Words(whole("words", n)?));
        }
        if let Some(r) = self.ratio {
            o = o.with_budget(Budget::Ratio(ratio(r)?));
        }
        if let Some(order) = self.order {
            o = o.with_order(match order.as_str() {
                "article" => Order::Article,
                "rank" => Order::Rank,
                other => {
                    return Err(Error::invalid(
                        "order",
                        format!("\"{other}\"; use \"article\" or \"rank\""),
                    ))
                }
            });
        }
        if let Some(l) = self.language {
            o = o.with_language(l);
        }
        if let Some(f) = self.focus {
            o = o.with_focus(f);
        }
        // The language is checked here too, so that a front end refuses a bad
        // code when the options are read, before any text is analysed.
        o.validate()?;
        Ok(o)
    }
}

/// `x` as a count of option `name`: finite, whole, at least 1 and at most 10^9.
fn whole(name: &'static str, x: f64) -> Result<usize, Error> {
    if x.is_finite() && x >= 1.0 && x.fract() == 0.0 && x <= 1e9 {
        Ok(x as usize)
    } else {
        Err(Error::invalid(
            name,
            "must be a whole number from 1 to 1000000000",
        ))
    }
}

/// `r` as a ratio: above 0 and at most 1.
fn ratio(r: f64) -> Result<f64, Error> {
    if r > 0.0 && r <= 1.0 {
        Ok(r)
    } else {
        Err(Error::invalid("ratio", "must be a number above 0 and at most 1"))
    }
}

/// `names` separated by ", " (`[&str]::join` would add one more copy of
/// the standard library's join to the .wasm).
pub fn list(names: &[&str]) -> String {
    let mut s = String::new();
    for (i, name) in names.iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(name);
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(raw: RawOptions, expected: Result<Options, &str>) {
        let got = raw.clone().check().map_err(|e| e.to_string());
        match (&got, &expected) {
            (Ok(a), Ok(b)) => assert_eq!(a, b, "{raw:?}"),
            (Err(a), Err(b)) => assert!(a.contains(b), "{raw:?}: {a}"),
            _ => panic!("{raw:?}: {got:?}, expected {expected:?}"),
        }
    }

    #[test]
    fn numbers_are_checked_and_named() {
        let n = |x: f64| RawOptions {
            sentences: Some(x),
            ..RawOptions::default()
        };
        let ok = |k: usize| Ok(Options::default().with_budget(Budget::Sentences(k)));
        let bad = Err("invalid option sentences: must be a whole number from 1 to 1000000000");
        check(n(1.0), ok(1));
        check(n(7.0), ok(7));
        check(n(1e9), ok(1_000_000_000));
        for x in [
            0.0,
            -1.0,
            2.5,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            1e9 + 1.0,
            1e12,
            f64::MIN_POSITIVE,
        ] {
            check(n(x), bad.clone());
        }
        let w = RawOptions {
            words: Some(-3.0),
            ..RawOptions::default()
        };
        check(w, Err("invalid option words: must be a whole number"));
        let r = |x: f64| RawOptions {
            ratio: Some(x),
            ..RawOptions::default()
        };
        check(r(0.25), Ok(Options::default().with_budget(Budget::Ratio(0.25))));
        check(r(1.0), Ok(Options::default().with_budget(Budget::Ratio(1.0))));
        for x in [0.0, -0.5, 1.5, f64::NAN, f64::INFINITY] {
            check(
                r(x),
                Err("invalid option ratio: must be a number above 0 and at most 1"),
            );
        }
        let two = RawOptions {
            sentences: Some(2.0),
            words: Some(10.0),
            ..RawOptions::default()
        };
        check(two, Err("give only one of sentences, words and ratio"));
    }

    #[test]
    fn strings_are_checked_and_named() {
        let order = |s: &str| RawOptions {
            order: Some(s.into()),
            ..RawOptions::default()
        };
        check(order("rank"), Ok(Options::default().with_order(Order::Rank)));
        check(order("article"), Ok(Options::default()));
        check(
            order("random"),
            Err("invalid option order: \"random\"; use \"article\" or \"rank\""),
        );
        let lf = RawOptions {
            language: Some("de".into()),
            focus: Some("the bridge".into()),
            ..RawOptions::default()
        };
        check(
            lf,
            Ok(Options::default().with_language("de").with_focus("the bridge")),
        );
        let language = |code: &str| RawOptions {
            language: Some(code.into()),
            ..RawOptions::default()
        };
        check(language("auto"), Ok(Options::default()));
        check(language("FR"), Ok(Options::default().with_language("fr")));
        check(
            language("xx"),
            Err("invalid option language: unknown language code \"xx\"; use an ISO 639-1 code or \"auto\""),
        );
    }

    #[test]
    fn names_and_groups() {
        assert_eq!(check_names(["sentences", "focus"]), Ok(()));
        assert_eq!(
            check_names(["words", "sentnces"]),
            Err("unknown option \"sentnces\"; the options are sentences, words, ratio, order, language, focus".into())
        );
        let words = RawOptions {
            words: Some(10.0),
            ..RawOptions::default()
        };
        assert_eq!(
            words.clone().check_group(ANALYSIS, "the Summarizer's"),
            Err("option words is not one of the Summarizer's; those are language, focus".into())
        );
        assert!(words.check_group(SELECTION, "summarize()'s").is_ok());
        // The groups split the names, and the JSON is the two groups.
        let mut all: Vec<&str> = SELECTION.iter().chain(ANALYSIS).copied().collect();
        assert_eq!(all, NAMES);
        all.sort_unstable();
        all.dedup();
        assert_eq!(all.len(), NAMES.len());
    }
}
