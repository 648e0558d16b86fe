//! What comes out of the summariser: plain structs, no behaviour.
//!
//! With the `serde` feature (on in the CLI) and in the wasm build, each
//! type serialises to the camelCase JSON shape of the JavaScript API: one
//! schema, which the CLI's `--json` and the binding both print through
//! (`Summary` → JSON is byte for byte the same in both, tested). Only
//! [`SentenceReport`]'s serialisation is written by hand: its [`Status`]
//! becomes a `status` name with the fields of that status.

/// A range of an article's text, in UTF-8 bytes and in UTF-16 code units
/// (the unit of JavaScript strings).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "camelCase"))]
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
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "camelCase"))]
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
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "camelCase"))]
pub struct Version {
    /// The sentence.
    pub at: SentenceRef,
    /// Its similarity to the chosen sentence, in [0, 1].
    #[cfg_attr(feature = "serde", serde(serialize_with = "wide"))]
    pub similarity: f32,
    /// Its text.
    pub text: String,
}

/// What two versions of one fact disagree on.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "lowercase"))]
pub enum ConflictKind {
    /// A number or an amount.
    Number,
    /// A day, month or year.
    Date,
    /// A name.
    Name,
    /// The claim itself: one version denies what the other states ("would
    /// not resign" against "would resign"), they use opposite words
    /// ("approved" against "rejected"), or one gives as a plan what the
    /// other gives as done ("were planning to depart" against "departed").
    Claim,
}

/// Two versions of one fact that disagree.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "camelCase"))]
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
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "camelCase"))]
pub struct Chosen {
    /// The sentence as it stands in the article.
    pub text: String,
    /// Where it stands.
    pub at: SentenceRef,
    /// Its final score: its TextRank score (whose prior favours an
    /// article's opening sentences, and the focus when there is one),
    /// scaled so that the best-ranked sentence of the input is 1, then
    /// lifted by corroboration (`× (1 + c ln k)` for `k` independent
    /// articles, `c` small: see `crates/gistr/src/tuning.rs`), so it may exceed 1. The same as its
    /// [`SentenceReport::score`].
    #[cfg_attr(feature = "serde", serde(serialize_with = "wide"))]
    pub score: f32,
    /// Its words, as every word budget counts them (`--words`, `ratio`):
    /// the words of UAX #29 ("three-year-old" is three, a dash none), the
    /// count a front end shows beside a summary's length.
    pub words: usize,
    /// Every article that reports the same fact, this one included,
    /// ascending: the articles of [`Chosen::versions`] ("reported by",
    /// strict: each has a version at least `tuning::CREDIT_MIN_SIMILARITY`
    /// similar).
    pub articles: Vec<usize>,
    /// How many independent articles report it: verbatim copies of one wire
    /// story count once.
    pub independent: usize,
    /// The other sentences that say the same, in input order: each
    /// credits its article (its `similarity` is the credit's strength,
    /// at least `tuning::CREDIT_MIN_SIMILARITY`).
    pub versions: Vec<Version>,
    /// Weaker matches, in input order: sentences alike enough to repeat
    /// this one in a summary, not enough to credit their article. Never
    /// counted in [`Chosen::articles`].
    pub related: Vec<Version>,
    /// Where the versions disagree.
    pub conflicts: Vec<Conflict>,
}

/// Why a sentence is or is not in the summary.
#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    /// It is in the summary.
    Chosen,
    /// It states the fact of a summary sentence, which credits its article
    /// (the "reported by" decision, `dedup::credit`).
    Duplicate {
        /// The summary sentence it repeats.
        of: SentenceRef,
        /// How similar they are, in [0, 1]: the credit's strength, at least
        /// `tuning::CREDIT_MIN_SIMILARITY`.
        similarity: f32,
    },
    /// It is too like a summary sentence to add to the summary, but not
    /// enough to credit its article: related, not counted.
    Related {
        /// The summary sentence it is like.
        of: SentenceRef,
        /// How similar they are, in [0, 1], below the credit's bar.
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
    /// Its final score, as [`Chosen::score`]: TextRank scaled so that the
    /// best-ranked sentence is 1, lifted by corroboration (so it may exceed
    /// 1); 0 for boilerplate.
    pub score: f32,
    /// The duplicate cluster it belongs to, if it has duplicates.
    pub cluster: Option<usize>,
    /// Whether it is in the summary, and why not.
    pub status: Status,
}

/// Everything the summariser saw in one article.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "camelCase"))]
pub struct ArticleReport {
    /// The language used, as an ISO 639-1 code.
    pub language: String,
    /// The number of words of the article.
    pub words: usize,
    /// All its sentences, in order, boilerplate included.
    pub sentences: Vec<SentenceReport>,
}

/// A key term of the whole input: one word (or, in Chinese and Japanese,
/// one pair of characters), never a phrase.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "camelCase"))]
pub struct Keyword {
    /// The term as first written in the input (its stem stands for every
    /// inflection: "talks" also counts "talked").
    pub text: String,
    /// Its score, the best being 1.
    #[cfg_attr(feature = "serde", serde(serialize_with = "wide"))]
    pub score: f32,
}

/// The result of [`summarize`](crate::summarize).
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "camelCase"))]
pub struct Summary {
    /// The chosen sentences, in the requested order.
    pub sentences: Vec<Chosen>,
    /// One report per input article, in input order.
    pub articles: Vec<ArticleReport>,
    /// Key terms of the input (TextRank over co-occurring words), best first.
    pub keywords: Vec<Keyword>,
    /// Why there is no summary sentence, when there is none (absent from
    /// the JSON otherwise).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub empty: Option<Empty>,
    /// Present when the input was too large for every usable sentence to be
    /// a candidate: only the best-ranked were compared for duplicates and
    /// could be chosen (absent from the JSON otherwise).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub compared: Option<Compared>,
    /// True when a focus was given and none of its words is in the input:
    /// it was ignored, and the summary is the one without a focus (absent
    /// from the JSON when false).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "is_false"))]
    pub unmatched_focus: bool,
    /// Present when the summary is shorter than its budget because no other
    /// sentence could be added: why each sentence left out was (absent from
    /// the JSON otherwise, and whenever a sentence was left out only for
    /// want of room).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub shortfall: Option<Shortfall>,
}

/// The unit of a budget: sentences, or words (a ratio is of words).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "lowercase"))]
pub enum Unit {
    /// Sentences.
    Sentences,
    /// Words, as [`Chosen::words`] counts them.
    Words,
}

/// Why a summary is shorter than asked: every sentence left out repeats a
/// chosen one, is not news, is too short, or was not compared, so that no
/// budget gives more. In JSON, `{"unit": "sentences", "asked": 200,
/// "repeats": 21, "notNews": 27, "tooShort": 0, "notCompared": 0}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "camelCase"))]
pub struct Shortfall {
    /// The unit of the budget.
    pub unit: Unit,
    /// The budget in that unit (a ratio as the words it came to).
    pub asked: usize,
    /// Sentences left out as repeating a chosen one (status `duplicate` or
    /// `related`).
    pub repeats: usize,
    /// Sentences left out as not news: boilerplate, links, markup, page
    /// chrome.
    pub not_news: usize,
    /// Sentences left out as too short (fewer than 5 words with content)
    /// or as pieces cut from a run without a sentence end.
    pub too_short: usize,
    /// Sentences left out uncompared: a large input, only the best-ranked
    /// were candidates ([`Summary::compared`]).
    pub not_compared: usize,
}

impl Shortfall {
    /// Why, for a reader, after the summary's length ("44 sentences, "):
    /// "not the 200 asked: the other 48 sentences repeat these (21) or are
    /// not news (27)", naming only the reasons that count. The page says
    /// the same (`www/status.js`).
    pub fn message(&self) -> String {
        let other = self.repeats + self.not_news + self.too_short + self.not_compared;
        let one = other == 1;
        let reasons: Vec<String> = [
            (self.repeats, if one { "repeats these" } else { "repeat these" }),
            (self.not_news, if one { "is not news" } else { "are not news" }),
            (self.too_short, if one { "is too short" } else { "are too short" }),
            (
                self.not_compared,
                if one {
                    "was not compared (a large input)"
                } else {
                    "were not compared (a large input)"
                },
            ),
        ]
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, why)| format!("{why} ({n})"))
        .collect();
        let why = match reasons.as_slice() {
            [] => {
                return format!(
                    "not the {} asked: the articles have no other sentence",
                    self.asked
                )
            }
            [one] => one.clone(),
            [init @ .., last] => format!("{} or {last}", init.join(", ")),
        };
        let whom = if one {
            "the other sentence".to_string()
        } else {
            format!("the other {other} sentences")
        };
        format!("not the {} asked: {whom} {why}", self.asked)
    }
}

/// For serde: a `false` flag is left out of the JSON.
#[cfg(feature = "serde")]
fn is_false(b: &bool) -> bool {
    !*b
}

/// How many sentences were candidates when not all could be: "the 2,000
/// best-ranked of 5,310 usable sentences were compared". In JSON,
/// `{"sentences": 2000, "of": 5310}`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize), serde(rename_all = "camelCase"))]
pub struct Compared {
    /// The best-ranked usable sentences that were candidates: compared for
    /// duplicates and open to selection.
    pub sentences: usize,
    /// Every usable sentence (content, not cut from a run without a
    /// sentence end, long enough).
    pub of: usize,
}

/// Why a summary has no sentence. In JSON, `{"reason": "noText", "message":
/// "…"}`: the reason's name and [`Empty::message`], and for `binary` the
/// `article`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Empty {
    /// The articles hold nothing but white space.
    NoText,
    /// Every sentence is boilerplate: navigation, credits, headings,
    /// repeated titles…
    AllBoilerplate,
    /// The text has no sentence ends: its runs are longer than a sentence
    /// can be (80 words or 600 characters) without `.`, `!` or `?`, or none
    /// of its pieces (one word per line, say) ends with one.
    NoSentenceEnds,
    /// Every sentence is too short (fewer than 5 words with content).
    TooShort,
    /// No sentence fits within the budget.
    NothingFits,
    /// An article looks like the bytes of a binary file (a PDF, an image,
    /// a word-processor document) rather than text: more than a tenth of
    /// its characters are U+FFFD (bytes that were not UTF-8) or control
    /// characters. Nothing is summarised.
    Binary {
        /// The first such article.
        article: usize,
    },
}

impl Empty {
    /// The reason's name: `noText`, `allBoilerplate`, `noSentenceEnds`,
    /// `tooShort`, `nothingFits`, `binary`.
    pub fn code(self) -> &'static str {
        match self {
            Empty::NoText => "noText",
            Empty::AllBoilerplate => "allBoilerplate",
            Empty::NoSentenceEnds => "noSentenceEnds",
            Empty::TooShort => "tooShort",
            Empty::NothingFits => "nothingFits",
            Empty::Binary { .. } => "binary",
        }
    }

    /// The reason, for a reader.
    pub fn message(self) -> &'static str {
        match self {
            Empty::NoText => "there is no text to summarise",
            Empty::AllBoilerplate => {
                "every sentence looks like boilerplate (navigation, credits, headings, repeated titles)"
            }
            Empty::NoSentenceEnds => {
                "the text has no sentence ends: no . ! or ? within 80 words or 600 characters"
            }
            Empty::TooShort => "every sentence is too short to stand in a summary (fewer than 5 words)",
            Empty::NothingFits => "no sentence fits within this length: try a longer summary",
            Empty::Binary { .. } => "this looks like a binary file, not text",
        }
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Empty {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let article = match self {
            Empty::Binary { article } => Some(article),
            _ => None,
        };
        let mut out = s.serialize_struct("Empty", 2 + usize::from(article.is_some()))?;
        out.serialize_field("reason", self.code())?;
        out.serialize_field("message", self.message())?;
        if let Some(a) = article {
            out.serialize_field("article", a)?;
        }
        out.end()
    }
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

/// An `f32` as the JSON number JavaScript prints for it: the `f64` of the
/// same value, and a whole number without a fraction (`0`, not `0.0`), so
/// that the CLI's JSON (serde_json) and the binding's (`JSON.stringify` of
/// the object the JS binding builds) are the same bytes. (Scores and
/// similarities are never negative; a negative whole number would print
/// as `-1.0`. Whole numbers go through `serialize_u64`, which the `usize`
/// fields already bring into the .wasm: `serialize_i64` cost 0.3 KB.)
#[cfg(feature = "serde")]
pub(crate) fn wide<S: serde::Serializer>(x: &f32, s: S) -> Result<S::Ok, S::Error> {
    let x = f64::from(*x);
    // Whole numbers in the safe integer range of JavaScript.
    if x.fract() == 0.0 && (0.0..9_007_199_254_740_992.0).contains(&x) {
        s.serialize_u64(x as u64)
    } else {
        s.serialize_f64(x)
    }
}

/// `{span, score, cluster, status}`, then what the status carries:
/// `reason` for boilerplate and unfit sentences, `of` and `similarity` for
/// duplicates and related sentences (absent otherwise, not `null`).
#[cfg(feature = "serde")]
impl serde::Serialize for SentenceReport {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        struct Wide(f32);
        impl serde::Serialize for Wide {
            fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                wide(&self.0, s)
            }
        }
        let (name, fields) = match self.status {
            Status::Chosen => ("chosen", 0),
            Status::Duplicate { .. } => ("duplicate", 2),
            Status::Related { .. } => ("related", 2),
            Status::Boilerplate(_) => ("boilerplate", 1),
            Status::Unfit(_) => ("unfit", 1),
            Status::BelowBudget => ("belowBudget", 0),
        };
        let mut out = s.serialize_struct("SentenceReport", 4 + fields)?;
        out.serialize_field("span", &self.span)?;
        out.serialize_field("score", &Wide(self.score))?;
        out.serialize_field("cluster", &self.cluster)?;
        out.serialize_field("status", name)?;
        match &self.status {
            Status::Duplicate { of, similarity } | Status::Related { of, similarity } => {
                out.serialize_field("of", of)?;
                out.serialize_field("similarity", &Wide(*similarity))?;
            }
            Status::Boilerplate(reason) | Status::Unfit(reason) => out.serialize_field("reason", reason)?,
            Status::Chosen | Status::BelowBudget => {}
        }
        out.end()
    }
}
