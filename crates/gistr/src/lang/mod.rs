//! Stage 4a: languages — detection, stop words and stemmers.
//!
//! Built with the feature `lean` (the page's first module, see
//! `crates/gistr-wasm`), it holds English alone: its stop words and
//! stemmer, and [`english_for_sure`], which tells from a little data (how
//! many languages share each English stop word, and a Bloom filter of the
//! other Latin-script languages' stop words) the texts that the full
//! build's [`Language::detect`] certainly calls English. Any other text is
//! detected as [`Language::UNKNOWN`] (code `""`), for the binding to say
//! that the full build is needed: a lean build never analyses a text as
//! the full build would not.

// The lean build leaves the other languages' detection unused.
#![cfg_attr(feature = "lean", allow(dead_code, unreachable_code))]

use crate::fxhash::FxMap;
use rust_stemmers::{Algorithm, Stemmer};
use std::sync::OnceLock;

/// A language the tokenizer knows: its stop words and, where Snowball has
/// one, its stemmer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Language {
    code: &'static str,
}

/// ISO 639-3 codes (as whatlang and others give them) mapped to the ISO 639-1 codes of stop-words.
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

    /// What the lean build detects when the text may be in another
    /// language than English (code `""`; no stop words, no stemmer).
    #[cfg(feature = "lean")]
    pub const UNKNOWN: Language = Language { code: "" };

    /// The language of an ISO 639-1 code that has stop words, a stemmer, or is
    /// is detected by its script.
    pub fn from_code(code: &str) -> Option<Language> {
        let code = code.trim().to_ascii_lowercase();
        if let Some(c) = stop_code(&code) {
            return Some(Language { code: c });
        }
        ISO3_TO_1
            .iter()
            .find(|(three, one)| *one == code || *three == code)
            .map(|(_, one)| Language { code: one })
    }

    /// Detects the language of `text` from its first 1,000 bytes; English
    /// when unsure.
    ///
    /// The script decides where it has one language (Greek, Hangul, Thai…):
    /// Han with kana is Japanese, Han alone Chinese. Within Latin, Cyrillic,
    /// Arabic and Devanagari, the stop words of each candidate language are
    /// counted, each hit weighted by one over the number of candidates that
    /// share the word. This uses only the stop-word lists already shipped.
    ///
    /// The lean build gives English where this certainly would, and
    /// [`Language::UNKNOWN`] elsewhere.
    pub fn detect(text: &str) -> Language {
        let sample = sample_of(text);
        let mut counts = [0u32; SCRIPTS];
        if sample.is_ascii() {
            // `script` of ASCII: its letters are Latin.
            let letters = sample.bytes().filter(u8::is_ascii_alphabetic).count();
            counts[Script::Latin as usize] = letters as u32;
        } else {
            for c in sample.chars() {
                if let Some(s) = script(c) {
                    counts[s as usize] += 1;
                }
            }
        }
        let (best, &n) = counts
            .iter()
            .enumerate()
            .max_by_key(|&(i, n)| (*n, std::cmp::Reverse(i)))
            .unwrap_or((0, &0));
        if n == 0 {
            return Language::ENGLISH;
        }
        #[cfg(feature = "lean")]
        return if best == Script::Latin as usize && english_for_sure(sample) {
            Language::ENGLISH
        } else {
            Language::UNKNOWN
        };
        let code = match best {
            s if s == Script::Han as usize || s == Script::Kana as usize => {
                let kana = counts[Script::Kana as usize];
                let han = counts[Script::Han as usize];
                if kana * 20 >= kana + han {
                    "ja"
                } else {
                    "zh"
                }
            }
            s if s == Script::Cyrillic as usize && ukrainian(sample) => "uk",
            s => match SCRIPT_LANGS[s] {
                (one, []) => one,
                (fallback, _) => by_stop_words(sample, s)
                    .or_else(|| {
                        (s == Script::Latin as usize)
                            .then(|| by_letters(sample))
                            .flatten()
                    })
                    .unwrap_or(fallback),
            },
        };
        Language::from_code(code).unwrap_or(Language::ENGLISH)
    }

    /// The ISO 639-1 code.
    pub fn code(&self) -> &'static str {
        self.code
    }

    fn algorithm(&self) -> Option<Algorithm> {
        // The lean build links the English stemmer alone.
        #[cfg(feature = "lean")]
        return (self.code == "en").then_some(Algorithm::English);
        #[cfg(not(feature = "lean"))]
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

/// The first 1,000 bytes of `text` (fewer, to end on a character).
fn sample_of(text: &str) -> &str {
    let mut end = text.len().min(1000);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Calls `f` with each word of `sample` as language detection counts it
/// (`by_stop_words`, which writes the same loop out):
/// cut at what is neither alphanumeric nor an apostrophe, apostrophes
/// trimmed, in lower case.
#[cfg(any(feature = "lean", test))]
fn sample_words(sample: &str, mut f: impl FnMut(&str)) {
    let mut lower = String::new();
    for word in sample.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’') {
        let word = word.trim_matches(['\'', '’']);
        if word.is_empty() {
            continue;
        }
        lowercase_into(&mut lower, word);
        f(&lower);
    }
}

/// Writing systems told apart by [`script`], in this order.
#[derive(Clone, Copy)]
enum Script {
    Latin,
    Cyrillic,
    Greek,
    Arabic,
    Hebrew,
    Devanagari,
    Bengali,
    Gujarati,
    Gurmukhi,
    Tamil,
    Telugu,
    Kannada,
    Malayalam,
    Oriya,
    Sinhala,
    Thai,
    Myanmar,
    Khmer,
    Georgian,
    Armenian,
    Ethiopic,
    Hangul,
    Kana,
    Han,
}
const SCRIPTS: usize = Script::Han as usize + 1;

/// For each [`Script`]: the language when stop words cannot tell, and the
/// candidates whose stop words are counted (none: the script decides).
#[cfg_attr(feature = "lean", allow(dead_code))]
const SCRIPT_LANGS: [(&str, &[&str]); SCRIPTS] = [
    ("en", LATIN),
    ("ru", &["ru", "uk", "bg"]),
    ("el", &[]),
    ("ar", &["ar", "fa", "ur"]),
    ("he", &[]),
    ("hi", &["hi", "mr"]),
    ("bn", &[]),
    ("gu", &[]),
    ("pa", &[]),
    ("ta", &[]),
    ("te", &[]),
    ("kn", &[]),
    ("ml", &[]),
    ("or", &[]),
    ("si", &[]),
    ("th", &[]),
    ("my", &[]),
    ("km", &[]),
    ("ka", &[]),
    ("hy", &[]),
    ("am", &[]),
    ("ko", &[]),
    ("ja", &[]),
    ("zh", &[]),
];

/// The languages written in Latin script that have stop words; English
/// first, so it wins ties.
const LATIN: &[&str] = &[
    "en", "af", "br", "ca", "cs", "da", "de", "eo", "es", "et", "eu", "fi", "fr", "ga", "gl", "ha", "hr",
    "hu", "id", "it", "ku", "la", "lt", "lv", "ms", "nl", "no", "pl", "pt", "ro", "sk", "sl", "so", "st",
    "sv", "sw", "tl", "tr", "vi", "yo", "zu",
];

/// Letters that only one language of Latin script uses much.
const LETTERS: &[(&str, &str)] = &[
    ("tr", "şğı"),
    ("pl", "łąęśźżń"),
    ("cs", "řěů"),
    ("hu", "őű"),
    ("ro", "ăţțș"),
    ("pt", "ãõ"),
    ("es", "ñ¿¡"),
    ("de", "ß"),
    ("vi", "ơưđ"),
];

/// For Latin text whose stop words were not enough: the language with at
/// least two of its own letters, if one has clearly more than the others.
fn by_letters(sample: &str) -> Option<&'static str> {
    // Every letter of `LETTERS` is outside ASCII, and an ASCII character
    // lower-cases to ASCII: ASCII finds none.
    if sample.is_ascii() {
        return None;
    }
    let mut hits = [0u32; LETTERS.len()];
    for c in sample
        .chars()
        .filter(|c| !c.is_ascii())
        .flat_map(char::to_lowercase)
    {
        if let Some(i) = LETTERS.iter().position(|(_, l)| l.contains(c)) {
            hits[i] += 1;
        }
    }
    let (top, best, second) = top_two(&hits, u32::cmp);
    (best >= 2 && best >= 2 * second).then_some(LETTERS[top].0)
}

/// Whether Cyrillic `sample` has more letters only Ukrainian uses (і, ї,
/// є, ґ) than letters Ukrainian lacks (ы, э, ъ, ё).
fn ukrainian(sample: &str) -> bool {
    let (mut uk, mut other) = (0, 0);
    for c in sample.chars().flat_map(char::to_lowercase) {
        match c {
            'і' | 'ї' | 'є' | 'ґ' => uk += 1,
            'ы' | 'э' | 'ъ' | 'ё' => other += 1,
            _ => {}
        }
    }
    uk > other
}

/// The script of a letter, if it is one of those told apart.
fn script(c: char) -> Option<Script> {
    use Script::*;
    if c.is_ascii() {
        return c.is_ascii_alphabetic().then_some(Latin);
    }
    Some(match c as u32 {
        0x00C0..=0x024F | 0x1E00..=0x1EFF => Latin,
        0x0370..=0x03FF | 0x1F00..=0x1FFF => Greek,
        0x0400..=0x052F => Cyrillic,
        0x0530..=0x058F => Armenian,
        0x0590..=0x05FF => Hebrew,
        0x0600..=0x06FF | 0x0750..=0x077F | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => Arabic,
        0x0900..=0x097F => Devanagari,
        0x0980..=0x09FF => Bengali,
        0x0A00..=0x0A7F => Gurmukhi,
        0x0A80..=0x0AFF => Gujarati,
        0x0B00..=0x0B7F => Oriya,
        0x0B80..=0x0BFF => Tamil,
        0x0C00..=0x0C7F => Telugu,
        0x0C80..=0x0CFF => Kannada,
        0x0D00..=0x0D7F => Malayalam,
        0x0D80..=0x0DFF => Sinhala,
        0x0E00..=0x0E7F => Thai,
        0x1000..=0x109F => Myanmar,
        0x10A0..=0x10FF => Georgian,
        0x1100..=0x11FF | 0x3130..=0x318F | 0xAC00..=0xD7AF => Hangul,
        0x1200..=0x137F => Ethiopic,
        0x1780..=0x17FF => Khmer,
        0x3040..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F => Kana,
        0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF | 0x20000..=0x2FA1F => Han,
        _ => return None,
    })
}

/// The stop words, decoded once (under 1 ms natively, on first use).
struct StopWords {
    /// Each language's code and its stop words, from `stop_data`.
    lines: Vec<(&'static str, Vec<&'static str>)>,
    /// Every stop word of every language, with the set of languages (bits
    /// in the order of `lines`) that list it.
    index: FxMap<&'static str, u64>,
    /// For each [`Script`], the bit in `index` of each of its candidates
    /// (see [`SCRIPT_LANGS`]; 64: none).
    bits: Vec<Vec<u32>>,
}

/// The stop words (one `OnceLock` for the lists, the index and the
/// candidates' bits, and one map type for the index and
/// [`Analyzer::is_stop`]: each costs code).
fn stop_words() -> &'static StopWords {
    static STOP: OnceLock<StopWords> = OnceLock::new();
    STOP.get_or_init(|| {
        let lines = decode_stop_words();
        let words = lines.iter().map(|(_, w)| w.len()).sum();
        let mut index: FxMap<&'static str, u64> = FxMap::with_capacity_and_hasher(words, Default::default());
        for (i, (_, list)) in lines.iter().take(64).enumerate() {
            for &w in list {
                *index.entry(w).or_default() |= 1 << i;
            }
        }
        // The lean build's index (English alone, bit 0) also holds, above
        // bit 32, each word's count of Latin-script lists (one map type
        // fewer in the module than a map of its own).
        #[cfg(feature = "lean")]
        for (w, &n) in lines.iter().flat_map(|(_, l)| l).zip(ENGLISH_SHARED) {
            *index.entry(w).or_default() |= u64::from(n) << 32;
        }
        let bits = SCRIPT_LANGS
            .iter()
            .map(|(_, list)| {
                list.iter()
                    .map(|c| lines.iter().position(|(a, _)| a == c).map_or(64, |p| p as u32))
                    .collect()
            })
            .collect();
        StopWords { lines, index, bits }
    })
}

/// Every stop word of every language, with the set of languages (bits in
/// the order of [`stop_codes`]) that list it.
fn stop_index() -> &'static FxMap<&'static str, u64> {
    &stop_words().index
}

/// The candidate of script `script` (see [`SCRIPT_LANGS`]) whose stop
/// words weigh most in `sample`, if any weigh enough and clearly more than
/// the runner-up's.
fn by_stop_words(sample: &str, script: usize) -> Option<&'static str> {
    let candidates = SCRIPT_LANGS[script].1;
    let bits = candidate_bits(script);
    let mask: u64 = bits.iter().filter(|&&b| b < 64).fold(0, |m, &b| m | 1 << b);
    let index = stop_index();
    // Scores by language bit: a stop word belongs to few languages, so only
    // its own bits are visited (each candidate's sum keeps the word order).
    let mut by_bit = [0f32; 64];
    // The words as `sample_words` gives them (written out here: through
    // the closure, the full module was 20 B larger).
    let mut lower = String::new();
    let mut vote = |lower: &str| {
        let Some(&langs) = index.get(lower) else {
            return;
        };
        let mut langs = langs & mask;
        if langs == 0 {
            return;
        }
        let weight = 1.0 / langs.count_ones() as f32;
        while langs != 0 {
            by_bit[langs.trailing_zeros() as usize] += weight;
            langs &= langs - 1;
        }
    };
    if sample.is_ascii() {
        // The same words a byte at a time (most samples): in ASCII the
        // alphanumeric characters are ASCII's letters and digits.
        let bytes = sample.as_bytes();
        for word in bytes.split(|&b| !b.is_ascii_alphanumeric() && b != b'\'') {
            let Some(from) = word.iter().position(|&b| b != b'\'') else {
                continue;
            };
            let to = word.iter().rposition(|&b| b != b'\'').map_or(from, |t| t + 1);
            // The word's place in `sample` (a subslice of it).
            let at = word.as_ptr() as usize - bytes.as_ptr() as usize;
            lower.clear();
            lower.push_str(sample.get(at + from..at + to).unwrap_or(""));
            lower.make_ascii_lowercase();
            vote(&lower);
        }
    } else {
        for word in sample.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’') {
            let word = word.trim_matches(['\'', '’']);
            if word.is_empty() {
                continue;
            }
            lowercase_into(&mut lower, word);
            vote(&lower);
        }
    }
    let score: Vec<f32> = bits
        .iter()
        .map(|&b| by_bit.get(b as usize).copied().unwrap_or(0.0))
        .collect();
    let (top, best, second) = top_two(&score, f32::total_cmp);
    (best >= 1.0 && best >= 1.2 * second).then(|| candidates[top])
}

/// The bit in [`stop_index`] of each candidate of script `s` (see
/// [`SCRIPT_LANGS`]; 64: none), found once.
fn candidate_bits(s: usize) -> &'static [u32] {
    stop_words().bits.get(s).map_or(&[], Vec::as_slice)
}

/// The index of the highest of `values` (the first of equals), its value,
/// and the highest of the others (the default when there are none). A scan,
/// not a sort: each sort by a new closure adds kilobytes to the .wasm.
fn top_two<T: Copy + Default>(values: &[T], cmp: impl Fn(&T, &T) -> std::cmp::Ordering) -> (usize, T, T) {
    let mut top = 0;
    for (i, v) in values.iter().enumerate() {
        if cmp(v, &values[top]).is_gt() {
            top = i;
        }
    }
    let best = values.get(top).copied().unwrap_or_default();
    let second = values
        .iter()
        .enumerate()
        .filter(|&(i, _)| i != top)
        .map(|(_, &v)| v)
        .max_by(|a, b| cmp(a, b))
        .unwrap_or_default();
    (top, best, second)
}

/// The codes of the languages that have stop words (in the full build),
/// two letters each, sorted: what [`Language::from_code`] accepts in the
/// lean build too, so both check the language option alike.
#[cfg(any(feature = "lean", test))]
static STOP_CODES: &str = include_str!(concat!(env!("OUT_DIR"), "/stop-codes.txt"));

/// The code of a language that has stop words (in the full build), as
/// `'static`.
fn stop_code(code: &str) -> Option<&'static str> {
    #[cfg(feature = "lean")]
    return (0..STOP_CODES.len() / 2)
        .filter_map(|i| STOP_CODES.get(2 * i..2 * i + 2))
        .find(|c| *c == code);
    #[cfg(not(feature = "lean"))]
    stop_codes().find(|c| *c == code)
}

/// For each English stop word, in the order of its list, the number of
/// the Latin-script candidates ([`LATIN`], English among them) that list
/// it (`build.rs`).
#[cfg(any(feature = "lean", test))]
static ENGLISH_SHARED: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/english-shared.bin"));

/// A Bloom filter of the stop words of the Latin-script candidates but
/// English that English does not list (`build.rs`): one that is not in it
/// is found in none of those lists.
#[cfg(any(feature = "lean", test))]
static LATIN_BLOOM: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/latin-bloom.bin"));

/// The bits of `word` in a Bloom filter of `bits` bits: FNV-1a, 64 bits,
/// and double hashing (the same function as `build.rs`'s).
#[cfg(any(feature = "lean", test))]
fn bloom_bits(word: &[u8], bits: u64) -> [u64; 3] {
    let h = word.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    let (a, b) = (h & 0xffff_ffff, (h >> 32) | 1);
    [a % bits, (a + b) % bits, (a + 2 * b) % bits]
}

/// Whether `word` may be in [`LATIN_BLOOM`] (never false for one that is).
#[cfg(any(feature = "lean", test))]
fn in_latin_bloom(word: &str) -> bool {
    let bits = LATIN_BLOOM.len() as u64 * 8;
    bits > 0
        && bloom_bits(word.as_bytes(), bits).iter().all(|&b| {
            LATIN_BLOOM
                .get((b / 8) as usize)
                .is_some_and(|x| x >> (b % 8) & 1 == 1)
        })
}

/// The number of Latin-script candidates that list `word`, if English
/// does.
#[cfg(any(feature = "lean", test))]
fn english_shared(word: &str) -> Option<u8> {
    #[cfg(feature = "lean")]
    return stop_index().get(word).map(|&v| (v >> 32) as u8);
    #[cfg(not(feature = "lean"))]
    english_shared_map().get(word).copied()
}

/// Each English stop word and the number of Latin-script candidates that
/// list it, found once (the lean build keeps them in its stop index).
#[cfg(all(test, not(feature = "lean")))]
fn english_shared_map() -> &'static FxMap<&'static str, u8> {
    static SHARED: OnceLock<FxMap<&'static str, u8>> = OnceLock::new();
    SHARED.get_or_init(|| {
        let english = stop_lines()
            .iter()
            .find(|(c, _)| *c == "en")
            .map_or(&[][..], |(_, w)| w);
        english
            .iter()
            .copied()
            .zip(ENGLISH_SHARED.iter().copied())
            .collect()
    })
}

/// Whether the full build's [`Language::detect`] certainly finds English
/// in `sample`, a sample of mostly Latin script. Its stop-word vote among
/// the [`LATIN`] candidates is bounded: English's score is the full
/// build's to the bit (the same weights added in the same order), and
/// every other candidate's is at most what the English stop words shared
/// with other lists bring plus 1 for each word the Bloom filter may hold.
/// English is certain when its score wins that vote against the bound
/// (`by_stop_words`: at least 1, and 1.2 times the runner-up), or when no
/// score can reach 1 and no language has its own letters in the sample
/// (then the full build falls back to English). A margin of 0.1 % covers
/// the rounding of the full build's `f32` sums.
#[cfg(any(feature = "lean", test))]
fn english_for_sure(sample: &str) -> bool {
    let mut english = 0f32;
    let mut others = 0f64;
    sample_words(sample, |w| match english_shared(w) {
        Some(n) if n > 0 => {
            english += 1.0 / f32::from(n);
            if n > 1 {
                others += 1.0 / f64::from(n);
            }
        }
        _ => {
            if in_latin_bloom(w) {
                others += 1.0;
            }
        }
    });
    let others = others * 1.001;
    let english = f64::from(english);
    (english >= 1.0 && english >= 1.2 * others * 1.001)
        || (english < 0.999 && others < 0.999 && by_letters(sample).is_none())
}

/// Each language's code and its stop words.
fn stop_lines() -> &'static [(&'static str, Vec<&'static str>)] {
    &stop_words().lines
}

/// The codes of the languages that have stop words, in the crate's order (sorted).
fn stop_codes() -> impl Iterator<Item = &'static str> {
    stop_lines().iter().map(|(code, _)| *code)
}

/// The stop words of `code`, if it has any.
#[cfg(test)]
fn stop_list(code: &str) -> Option<impl Iterator<Item = &'static str>> {
    stop_lines()
        .iter()
        .find(|(c, _)| *c == code)
        .map(|(_, words)| words.iter().copied())
}

/// Everything the tokenizer needs for one language.
pub struct Analyzer {
    language: Language,
    /// The language's bit in [`stop_index`] (none: no stop words).
    stop: u64,
    stemmer: Option<Stemmer>,
}

impl Analyzer {
    /// The analyzer of `language`.
    pub fn new(language: Language) -> Analyzer {
        let stop = stop_codes()
            .take(64)
            .position(|c| c == language.code)
            .map_or(0, |i| 1 << i);
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
        stop_index()
            .get(word)
            .is_some_and(|&langs| langs & self.stop != 0)
    }

    /// The stem of `word` (lower case), or the word when there is no stemmer.
    pub fn stem<'a>(&self, word: &'a str) -> std::borrow::Cow<'a, str> {
        match &self.stemmer {
            // English words of ASCII (most): the same stems, without the
            // generic Snowball machine (`porter2`). Natively, and in the
            // English-only .wasm (what the page and the extension run on
            // English), not in the full one, whose texts are mostly not
            // English and whose budget it would fill (+1,973 B gzipped).
            #[cfg(any(not(target_arch = "wasm32"), feature = "lean"))]
            Some(_) if self.language == Language::ENGLISH && porter2::applies(word) => {
                std::borrow::Cow::Owned(porter2::stem(word))
            }
            Some(s) => s.stem(word),
            None => std::borrow::Cow::Borrowed(word),
        }
    }
}

/// Replaces `buf` with `word` in lower case (a fast path for ASCII).
pub fn lowercase_into(buf: &mut String, word: &str) {
    buf.clear();
    if word.is_ascii() {
        buf.push_str(word);
        buf.make_ascii_lowercase();
    } else {
        buf.extend(word.chars().flat_map(char::to_lowercase));
    }
}

/// Keeps the first `n` characters of `s`: with [`lowercase_into`], what
/// `w.chars().flat_map(char::to_lowercase).take(n).collect()` gives, without
/// a second copy of `String`'s `Extend<char>` in the .wasm.
pub fn truncate_chars(s: &mut String, n: usize) {
    if let Some((i, _)) = s.char_indices().nth(n) {
        s.truncate(i);
    }
}

#[cfg(any(not(target_arch = "wasm32"), feature = "lean"))]
mod porter2;
mod stop_data;
use stop_data::decode_stop_words;
#[cfg(test)]
mod tests;
