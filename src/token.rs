//! Stage 4b: tokens.
//!
//! Words are found with UAX #29 word bounds, lower-cased, stop words
//! dropped, stemmed, and interned as dense term ids. Runs of Chinese or
//! Japanese characters become overlapping character bigrams.

use crate::lang::Analyzer;
use std::collections::HashMap;
use unicode_segmentation::UnicodeSegmentation;

/// A term id, dense from 0 in order of first appearance.
pub type Term = u32;

/// Maps terms to dense ids in order of first appearance, so that ids and
/// everything built on them are deterministic.
#[derive(Default)]
pub struct Interner {
    ids: HashMap<String, Term>,
    terms: Vec<String>,
    surfaces: Vec<String>,
}

impl Interner {
    /// The id of `term`, assigned if new.
    pub fn intern(&mut self, term: &str, surface: &str) -> Term {
        if let Some(&id) = self.ids.get(term) {
            return id;
        }
        let id = self.terms.len() as Term;
        self.ids.insert(term.to_owned(), id);
        self.terms.push(term.to_owned());
        self.surfaces.push(surface.to_owned());
        id
    }

    /// The term as first written in the text.
    pub fn surface(&self, id: Term) -> &str {
        &self.surfaces[id as usize]
    }

    /// The number of distinct terms.
    pub fn len(&self) -> usize {
        self.terms.len()
    }

    /// The text of a term.
    #[cfg(test)]
    pub fn text(&self, id: Term) -> &str {
        &self.terms[id as usize]
    }
}

/// Whether `c` is written without spaces between words (Han, kana).
pub fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x3040..=0x30FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F)
}

/// Appends the terms of `text` to `out`. Also counts the words of `text`.
pub fn tokenize(analyzer: &Analyzer, interner: &mut Interner, text: &str, out: &mut Vec<Term>) -> usize {
    let mut words = 0;
    let mut lower = String::new();
    // A run of CJK characters, which UAX #29 gives one by one.
    let mut run: Option<(usize, usize)> = None;
    for (at, word) in text.unicode_word_indices() {
        words += 1;
        if word.chars().any(is_cjk) {
            run = match run {
                Some((s, e)) if e == at => Some((s, at + word.len())),
                Some((s, e)) => {
                    cjk_bigrams(&text[s..e], interner, out);
                    Some((at, at + word.len()))
                }
                None => Some((at, at + word.len())),
            };
            continue;
        }
        if let Some((s, e)) = run.take() {
            cjk_bigrams(&text[s..e], interner, out);
        }
        lower.clear();
        lower.extend(word.chars().flat_map(char::to_lowercase));
        if analyzer.is_stop(&lower) {
            continue;
        }
        let numeric = lower.chars().any(|c| c.is_ascii_digit());
        if !numeric && lower.chars().count() < 2 {
            continue;
        }
        if numeric {
            let n: String = lower.chars().filter(|c| *c != ',').collect();
            out.push(interner.intern(&n, word));
        } else {
            let stem = analyzer.stem(&lower);
            out.push(interner.intern(&stem, word));
        }
    }
    if let Some((s, e)) = run {
        cjk_bigrams(&text[s..e], interner, out);
    }
    words
}

fn cjk_bigrams(word: &str, interner: &mut Interner, out: &mut Vec<Term>) {
    let chars: Vec<char> = word.chars().collect();
    if chars.len() == 1 {
        out.push(interner.intern(word, word));
        return;
    }
    let mut buf = String::new();
    for pair in chars.windows(2) {
        buf.clear();
        buf.push(pair[0]);
        buf.push(pair[1]);
        out.push(interner.intern(&buf, &buf));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::{Analyzer, Language};

    fn check(lang: &str, input: &str, expected: &[&str]) {
        let analyzer = Analyzer::new(Language::from_code(lang).unwrap());
        let mut interner = Interner::default();
        let mut out = Vec::new();
        tokenize(&analyzer, &mut interner, input, &mut out);
        let got: Vec<&str> = out.iter().map(|t| interner.text(*t)).collect();
        assert_eq!(got, expected, "{input}");
    }

    #[test]
    fn table() {
        check("en", "The talks were productive.", &["talk", "product"]);
        check("en", "It cost $1,500 and 3.5%.", &["cost", "1500", "3.5"]);
        check("fr", "Les négociations continuent.", &["négoci", "continuent"]);
        check(
            "de",
            "Die Gespräche wurden fortgesetzt.",
            &["gesprach", "fortgesetzt"],
        );
        check("ru", "Переговоры продолжатся.", &["переговор", "продолжат"]);
        check("zh", "谈判继续", &["谈判", "判继", "继续"]);
    }
}
