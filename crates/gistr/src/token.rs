//! Stage 4b: tokens.
//!
//! Words are found with UAX #29 word bounds, lower-cased, stop words
//! dropped, stemmed, and interned as dense term ids. Runs of Chinese or
//! Japanese characters become overlapping character bigrams.

use crate::fxhash::FxMap;
use crate::lang::{lowercase_into, Analyzer, Language};
use unicode_segmentation::UnicodeSegmentation;

/// A term id, dense from 0 in order of first appearance.
pub type Term = u32;

/// Maps terms to dense ids in order of first appearance, so that ids and
/// everything built on them are deterministic. Also remembers, per
/// lower-cased word of the current language, its term (or that it has
/// none), so that each distinct word is looked up and stemmed once.
#[derive(Default)]
pub struct Interner {
    terms: Terms,
    /// Each word's term, or [`NO_TERM`] (a map to `Term`, like `ids`: one
    /// instantiation of the hash table's code in the .wasm, not two).
    words: FxMap<Box<str>, Term>,
    /// The same for the words of at most 8 ASCII bytes (most), keyed by
    /// [`short_key`]: no lower-cased copy and no string compared (the
    /// string map's lookups, a pointer followed and a `memcmp` each, were
    /// 12% of the time at 2,000 articles). The map type is
    /// `summarize::duplicates`' too (no new code in the .wasm).
    short: FxMap<u64, Term>,
    words_of: Option<Language>,
}

/// In [`Interner`]'s `words`: the word has no term. Terms are dense from 0
/// and inputs are capped far below 4 G words.
const NO_TERM: Term = Term::MAX;

/// The terms: ids in order of first appearance, and each one's surface.
#[derive(Default)]
struct Terms {
    ids: FxMap<Box<str>, Term>,
    /// Each term's surface, end to end (one allocation, not one per term):
    /// term `t` is `surfaces[ends[t - 1]..ends[t]]`.
    surfaces: String,
    ends: Vec<u32>,
}

impl Terms {
    fn intern(&mut self, term: &str, surface: &str) -> Term {
        if let Some(&id) = self.ids.get(term) {
            return id;
        }
        let id = self.ends.len() as Term;
        self.ids.insert(term.into(), id);
        self.surfaces.push_str(surface);
        // Inputs are capped far below 4 GB (Options::max_bytes).
        self.ends
            .push(u32::try_from(self.surfaces.len()).unwrap_or(u32::MAX));
        id
    }
}

impl Interner {
    /// The id of `term`, assigned if new.
    pub fn intern(&mut self, term: &str, surface: &str) -> Term {
        self.terms.intern(term, surface)
    }

    /// The term as first written in the text.
    pub fn surface(&self, id: Term) -> &str {
        let t = &self.terms;
        let i = id as usize;
        let start = if i == 0 { 0 } else { t.ends[i - 1] as usize };
        t.surfaces.get(start..t.ends[i] as usize).unwrap_or("")
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The number of distinct terms.
    pub fn len(&self) -> usize {
        self.terms.ends.len()
    }

    /// The text of a term (a scan: for tests).
    #[cfg(test)]
    pub fn text(&self, id: Term) -> &str {
        self.terms
            .ids
            .iter()
            .find(|(_, &t)| t == id)
            .map_or("", |(k, _)| k)
    }

    /// The term of the non-CJK `word`, or `None` for a stop word or a
    /// single letter; `key` is its [`short_key`], `lower` scratch.
    fn word(
        &mut self,
        analyzer: &Analyzer,
        key: Option<u64>,
        word: &str,
        lower: &mut String,
    ) -> Option<Term> {
        let known = match key {
            Some(k) => self.short.get(&k),
            None => {
                lowercase_into(lower, word);
                self.words.get(lower.as_str())
            }
        };
        let t = match known {
            Some(&t) => t,
            None => {
                if key.is_some() {
                    lowercase_into(lower, word);
                }
                let t = resolve(&mut self.terms, analyzer, lower, word);
                match key {
                    Some(k) => self.short.insert(k, t),
                    None => self.words.insert(lower.as_str().into(), t),
                };
                t
            }
        };
        (t != NO_TERM).then_some(t)
    }

    /// Forgets the words' terms when the language is not the one they
    /// were found in.
    fn use_language(&mut self, analyzer: &Analyzer) {
        if self.words_of != Some(analyzer.language()) {
            self.words.clear();
            self.short.clear();
            self.words_of = Some(analyzer.language());
        }
    }
}

/// The term of the lower-cased `lower` (written `word`), interned in
/// `terms`, or [`NO_TERM`] for a stop word or a single letter.
fn resolve(terms: &mut Terms, analyzer: &Analyzer, lower: &str, word: &str) -> Term {
    if analyzer.is_stop(lower) {
        NO_TERM
    } else if lower.bytes().any(|c| c.is_ascii_digit()) {
        let n: String = lower.chars().filter(|c| *c != ',').collect();
        terms.intern(&n, word)
    } else if lower.chars().nth(1).is_none() {
        NO_TERM
    } else {
        let stem = analyzer.stem(lower);
        terms.intern(&stem, word)
    }
}

/// `word` lower-cased as one integer (its bytes, little-endian, zeros
/// after), when it is at most 8 bytes of ASCII and none is NUL: then
/// distinct lower-cased words have distinct keys.
fn short_key(word: &str) -> Option<u64> {
    let b = word.as_bytes();
    if b.len() > 8 {
        return None;
    }
    let mut key = 0u64;
    for (i, &c) in b.iter().enumerate() {
        if c == 0 || c >= 0x80 {
            return None;
        }
        key |= u64::from(c.to_ascii_lowercase()) << (8 * i);
    }
    Some(key)
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
    interner.use_language(analyzer);
    // A run of CJK characters, which UAX #29 gives one by one.
    let mut run: Option<(usize, usize)> = None;
    for (at, word) in text.unicode_word_indices() {
        words += 1;
        let key = short_key(word);
        if key.is_none() && !word.is_ascii() && word.chars().any(is_cjk) {
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
        if let Some(t) = interner.word(analyzer, key, word, &mut lower) {
            out.push(t);
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

    fn check(lang: &str, input: &str, expected: &[&str]) {
        let analyzer = Analyzer::new(Language::from_code(lang).unwrap());
        let mut interner = Interner::default();
        let mut out = Vec::new();
        tokenize(&analyzer, &mut interner, input, &mut out);
        let got: Vec<&str> = out.iter().map(|t| interner.text(*t)).collect();
        assert_eq!(got, expected, "{input}");
    }

    #[test]
    fn short_keys_are_the_lower_cased_words() {
        // Equal exactly when the lower-cased words are; none past 8 bytes,
        // outside ASCII, or with a NUL.
        let words = [
            "a", "A", "ab", "Ab", "aB", "talks", "TALKS", "Talks", "abcdefgh", "ABCDEFGH", "1,500", "3.5",
            "x_y", "U.S", "don't",
        ];
        for a in words {
            for b in words {
                let same = a.eq_ignore_ascii_case(b);
                assert_eq!(short_key(a) == short_key(b), same, "{a} {b}");
            }
            assert!(short_key(a).is_some(), "{a}");
        }
        for w in ["abcdefghi", "é", "a\0", "naïve"] {
            assert_eq!(short_key(w), None, "{w}");
        }
        // Through the short and the long path alike.
        check(
            "en",
            "Talks TALKS talks negotiations NEGOTIATIONS",
            &["talk", "talk", "talk", "negoti", "negoti"],
        );
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
