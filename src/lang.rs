//! Stage 4a: languages — detection, stop words and stemmers.

use rust_stemmers::{Algorithm, Stemmer};
use std::collections::HashSet;

/// A language the tokenizer knows: its stop words and, where Snowball has
/// one, its stemmer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Language {
    code: &'static str,
}

/// ISO 639-3 codes of whatlang mapped to the ISO 639-1 codes of stop-words.
const ISO3_TO_1: &[(&str, &str)] = &[
    ("afr", "af"),
    ("ara", "ar"),
    ("bul", "bg"),
    ("ben", "bn"),
    ("cat", "ca"),
    ("ces", "cs"),
    ("dan", "da"),
    ("deu", "de"),
    ("ell", "el"),
    ("eng", "en"),
    ("epo", "eo"),
    ("spa", "es"),
    ("est", "et"),
    ("pes", "fa"),
    ("fin", "fi"),
    ("fra", "fr"),
    ("guj", "gu"),
    ("heb", "he"),
    ("hin", "hi"),
    ("hrv", "hr"),
    ("hun", "hu"),
    ("hye", "hy"),
    ("ind", "id"),
    ("ita", "it"),
    ("jpn", "ja"),
    ("kor", "ko"),
    ("lat", "la"),
    ("lit", "lt"),
    ("lav", "lv"),
    ("mar", "mr"),
    ("nld", "nl"),
    ("nob", "no"),
    ("pol", "pl"),
    ("por", "pt"),
    ("ron", "ro"),
    ("rus", "ru"),
    ("slk", "sk"),
    ("slv", "sl"),
    ("swe", "sv"),
    ("tha", "th"),
    ("tgl", "tl"),
    ("tur", "tr"),
    ("ukr", "uk"),
    ("urd", "ur"),
    ("vie", "vi"),
    ("zul", "zu"),
    ("cmn", "zh"),
    ("tam", "ta"),
    ("srp", "sr"),
    ("mkd", "mk"),
    ("bel", "be"),
    ("kat", "ka"),
    ("yid", "yi"),
    ("amh", "am"),
    ("jav", "jv"),
    ("kan", "kn"),
    ("tel", "te"),
    ("mal", "ml"),
    ("ori", "or"),
    ("mya", "my"),
    ("nep", "ne"),
    ("sin", "si"),
    ("khm", "km"),
    ("tuk", "tk"),
    ("aka", "ak"),
    ("sna", "sn"),
    ("uzb", "uz"),
    ("pan", "pa"),
    ("aze", "az"),
    ("cym", "cy"),
];

impl Language {
    /// English, the fallback when detection is unsure.
    pub const ENGLISH: Language = Language { code: "en" };

    /// The language of an ISO 639-1 code that has stop words, a stemmer, or is
    /// detected by whatlang.
    pub fn from_code(code: &str) -> Option<Language> {
        let code = code.trim().to_ascii_lowercase();
        if let Some(c) = stop_words::available_languages().iter().find(|c| **c == code) {
            return Some(Language { code: c });
        }
        ISO3_TO_1
            .iter()
            .find(|(three, one)| *one == code || *three == code)
            .map(|(_, one)| Language { code: one })
    }

    /// Detects the language of `text`; English when unsure.
    pub fn detect(text: &str) -> Language {
        let mut end = text.len().min(2000);
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let sample = &text[..end];
        let Some(info) = whatlang::detect(sample) else {
            return Language::ENGLISH;
        };
        let code = info.lang().code();
        let Some(lang) = Language::from_code(code) else {
            return Language::ENGLISH;
        };
        // Scripts with one language are safe; within Latin script a short
        // sample is often misread, so insist on confidence.
        if info.script() != whatlang::Script::Latin || info.confidence() > 0.5 {
            lang
        } else {
            Language::ENGLISH
        }
    }

    /// The ISO 639-1 code.
    pub fn code(&self) -> &'static str {
        self.code
    }

    fn algorithm(&self) -> Option<Algorithm> {
        Some(match self.code {
            "ar" => Algorithm::Arabic,
            "da" => Algorithm::Danish,
            "nl" => Algorithm::Dutch,
            "en" => Algorithm::English,
            "fi" => Algorithm::Finnish,
            "fr" => Algorithm::French,
            "de" => Algorithm::German,
            "el" => Algorithm::Greek,
            "hu" => Algorithm::Hungarian,
            "it" => Algorithm::Italian,
            "no" => Algorithm::Norwegian,
            "pt" => Algorithm::Portuguese,
            "ro" => Algorithm::Romanian,
            "ru" => Algorithm::Russian,
            "es" => Algorithm::Spanish,
            "sv" => Algorithm::Swedish,
            "ta" => Algorithm::Tamil,
            "tr" => Algorithm::Turkish,
            _ => return None,
        })
    }
}

/// Everything the tokenizer needs for one language.
pub struct Analyzer {
    language: Language,
    stop: HashSet<&'static str>,
    stemmer: Option<Stemmer>,
}

impl Analyzer {
    /// The analyzer of `language`.
    pub fn new(language: Language) -> Analyzer {
        let stop = stop_words::lookup(language.code)
            .unwrap_or(&[])
            .iter()
            .copied()
            .collect();
        Analyzer {
            language,
            stop,
            stemmer: language.algorithm().map(Stemmer::create),
        }
    }

    /// The language.
    pub fn language(&self) -> Language {
        self.language
    }

    /// Whether `word` (lower case) is a stop word.
    pub fn is_stop(&self, word: &str) -> bool {
        self.stop.contains(word)
    }

    /// The stem of `word` (lower case), or the word when there is no stemmer.
    pub fn stem<'a>(&self, word: &'a str) -> std::borrow::Cow<'a, str> {
        match &self.stemmer {
            Some(s) => s.stem(word),
            None => std::borrow::Cow::Borrowed(word),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects() {
        let cases = [
            ("The president said on Monday that the talks would continue next week in Geneva.", "en"),
            ("Le président a déclaré lundi que les négociations se poursuivraient la semaine prochaine à Genève.", "fr"),
            ("Der Präsident sagte am Montag, dass die Gespräche nächste Woche in Genf fortgesetzt würden.", "de"),
            ("El presidente dijo el lunes que las conversaciones continuarían la próxima semana en Ginebra.", "es"),
            ("Президент заявил в понедельник, что переговоры продолжатся на следующей неделе в Женеве.", "ru"),
            ("总统星期一表示，谈判将于下周在日内瓦继续进行。", "zh"),
            ("", "en"),
        ];
        for (text, code) in cases {
            assert_eq!(Language::detect(text).code(), code, "{text}");
        }
    }

    #[test]
    fn codes() {
        assert_eq!(Language::from_code("FR").map(|l| l.code()), Some("fr"));
        assert_eq!(Language::from_code("deu").map(|l| l.code()), Some("de"));
        assert_eq!(Language::from_code("xx"), None);
    }
}
