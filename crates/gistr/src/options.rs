//! The options as a JavaScript caller gives them: the one table of their
//! names and groups, and their checking into [`Options`].
//!
//! Pure: it knows no `JsValue`. The binding (`crates/gistr-wasm/src/lib.rs`) only reads a JS
//! object's properties into a [`RawOptions`]; what a number or a string may
//! be, and which options go together, is decided here, where a native test
//! and the `options` fuzz target reach it. Every error names the option and
//! its range; a value given is not echoed when it is a number (formatting
//! floats would bring about 14 KB into the `.wasm`).

use crate::input::{Budget, Options, Order};

/// The options of the selection only (`Summarizer.summarize`).
pub const SELECTION: &[&str] = &["sentences", "words", "ratio", "order"];
/// The options that shape the analysis (`new Summarizer`): a change of one
/// of them means analysing again.
pub const ANALYSIS: &[&str] = &["language", "focus"];
/// Every option, selection first (the order of the error messages).
pub const NAMES: &[&str] = &["sentences", "words", "ratio", "order", "language", "focus"];

/// [`ANALYSIS`] and [`SELECTION`] as JSON, what the binding's
/// `optionGroups()` returns for the page's worker to split a request's
/// options by (tested equal below). A JSON string parsed by JavaScript:
/// built through serde or js_sys the table cost 0.4 KB of the gzipped module.
pub const GROUPS_JSON: &str =
    r#"{"analysis":["language","focus"],"selection":["sentences","words","ratio","order"]}"#;

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
    /// `language`: an ISO 639-1 code or `"auto"` (checked by the summariser).
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
        self.check()
    }

    /// The [`Options`] these stand for, or an error naming the option at
    /// fault and its range.
    pub fn check(self) -> Result<Options, String> {
        let mut o = Options::default();
        let budgets = [self.sentences, self.words, self.ratio];
        if budgets.iter().filter(|b| b.is_some()).count() > 1 {
            return Err("invalid options: give only one of sentences, words and ratio".into());
        }
        if let Some(n) = self.sentences {
            o = o.with_budget(Budget::Sentences(whole("sentences", n)?));
        }
        if let Some(n) = self.words {
            o = o.with_budget(Budget::Words(whole("words", n)?));
        }
        if let Some(r) = self.ratio {
            if !(r > 0.0 && r <= 1.0) {
                return Err("invalid option ratio: must be a number above 0 and at most 1".into());
            }
            o = o.with_budget(Budget::Ratio(r));
        }
        if let Some(order) = self.order {
            o = o.with_order(match order.as_str() {
                "article" => Order::Article,
                "rank" => Order::Rank,
                other => {
                    return Err(format!(
                        "invalid option order: \"{other}\"; use \"article\" or \"rank\""
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
        Ok(o)
    }
}

/// `x` as a count: finite, whole, at least 1 and at most 10^9.
fn whole(name: &str, x: f64) -> Result<usize, String> {
    if x.is_finite() && x >= 1.0 && x.fract() == 0.0 && x <= 1e9 {
        Ok(x as usize)
    } else {
        Err(format!(
            "invalid option {name}: must be a whole number from 1 to 1000000000"
        ))
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
        let got = raw.clone().check();
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
        let quoted = |g: &[&str]| g.iter().map(|n| format!("\"{n}\"")).collect::<Vec<_>>().join(",");
        assert_eq!(
            GROUPS_JSON,
            format!(
                "{{\"analysis\":[{}],\"selection\":[{}]}}",
                quoted(ANALYSIS),
                quoted(SELECTION)
            )
        );
    }
}
