//! Writes the stop words of every language of the `stop-words` crate (its
//! "iso" lists) in a compact form that `crates/gistr/src/lang/mod.rs` embeds and decodes
//! once. The crate's own `&[&str]` tables cost a pointer and a length per
//! word (about 170 KB of the .wasm); its words as one tab-separated string
//! cost 66 KB gzipped; this encoding costs 46 KB gzipped (gzip -9).
//!
//! The format, per language, in the order of [`ORDER`] (then any language
//! it does not name, in the crate's order):
//!
//! - its code, two ASCII letters;
//! - how its non-ASCII characters are written, one byte: [`SHIFT`] and
//!   then a code point `base` (three bytes, little endian): byte `128 + i`
//!   of a word below stands for the character `base + i` (when all of them
//!   are within 128 of each other); else `n` below 128 and then `n`
//!   characters (UTF-8), the language's non-ASCII characters, sorted: byte
//!   `128 + i` stands for character `i`; else [`RAW`]: the words are plain
//!   UTF-8;
//! - its words, sorted by their encoded bytes, each as the number of bytes
//!   of the word before that it does not share (one byte, below [`END`];
//!   gzips better than the number it shares) and then the rest of its
//!   bytes (all at least 32: the crate's words have no control characters);
//! - the byte [`END`].
//!
//! Sorting and front coding change the lists' order, not their sets (the
//! only thing `crates/gistr/src/lang/mod.rs` uses them for); a test checks the
//! sets are the crate's. Empty words are left out, as before, and so are
//! words with white space (379 Vietnamese and 96 Korean phrases, 12
//! others: 487 of 21,156 words, 2.0 KB gzipped): every word looked up is
//! cut at white space (tokens are UAX #29 words; language detection and the
//! duplicate profiles split on it), so none of them could ever be found.

/// Ends a language's words; shared prefixes are shorter.
const END: u8 = 31;
/// Marks a language without an alphabet.
const RAW: u8 = 255;
/// Marks a language whose non-ASCII characters are a range of code points.
const SHIFT: u8 = 254;

/// The order of the languages in the output: like lists next to each other
/// (Latin-script lists by family, then the other scripts), so that gzip
/// finds more of each list in the ones before it. Found by moving each
/// language to where the gzipped output was smallest (46.4 KB gzip -9,
/// against 47.6 KB in the crate's order, which `crates/gistr/src/lang/mod.rs` restores).
const ORDER: &[&str] = &[
    "id", "ms", "tl", "zu", "sw", "et", "st", "so", "ha", "af", "fi", "de", "nl", "br", "en", "fr", "gl",
    "ca", "la", "pt", "es", "it", "ga", "da", "no", "sv", "eo", "ro", "eu", "lv", "lt", "sl", "hr", "cs",
    "sk", "pl", "hu", "tr", "yo", "vi", "he", "uk", "bg", "ru", "el", "ja", "ku", "ur", "hi", "bn", "ar",
    "gu", "th", "zh", "hy", "mr", "fa", "ko",
];

/// The languages of Latin script whose stop words language detection
/// counts (`LATIN` in `crates/gistr/src/lang/mod.rs`, English first; a test
/// there checks they are the same).
const LATIN: &[&str] = &[
    "en", "af", "br", "ca", "cs", "da", "de", "eo", "es", "et", "eu", "fi", "fr", "ga", "gl", "ha", "hr",
    "hu", "id", "it", "ku", "la", "lt", "lv", "ms", "nl", "no", "pl", "pt", "ro", "sk", "sl", "so", "st",
    "sv", "sw", "tl", "tr", "vi", "yo", "zu",
];

/// Bits of the Bloom filter per word (`lang/mod.rs`'s lean detection): 4 bits
/// and 3 hashes let through about 1 word in 7 that is not in it. Of 1,839
/// English texts (the fixtures, the seeds, DUC 2006 and 2007), the lean
/// detection finds 1,816 English for sure with 4 bits (5.5 KB), 1,831 with
/// 5 (7 KB) and 1,704 with 3; the others fetch the full module.
const BLOOM_BITS_PER_WORD: usize = 4;

/// The bits of `word` in a Bloom filter of `bits` bits (`bloom_bits` in
/// `crates/gistr/src/lang/mod.rs`, the same; a test there checks every word
/// is found).
fn bloom_bits(word: &[u8], bits: u64) -> [u64; 3] {
    // FNV-1a, 64 bits; double hashing for the three bits.
    let h = word.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    let (a, b) = (h & 0xffff_ffff, (h >> 32) | 1);
    [a % bits, (a + b) % bits, (a + 2 * b) % bits]
}

/// Whether a stop word can ever be looked up: not empty, and no white
/// space (see the module's comment; `lang/mod.rs` has the same rule).
fn matchable(w: &str) -> bool {
    !w.is_empty() && !w.chars().any(char::is_whitespace)
}

fn main() {
    let mut out = Vec::new();
    // English alone, in the same format (the lean module's stop words).
    let mut english = Vec::new();
    // Each English word's number of Latin-script candidates that list it,
    // in the order the English words are written.
    let mut english_shared = Vec::new();
    let crate_order = stop_words::available_languages();
    assert!(
        crate_order.windows(2).all(|w| w[0] < w[1]),
        "the crate's languages are not sorted (crates/gistr/src/lang/mod.rs sorts them)"
    );
    let mut codes: Vec<&str> = ORDER
        .iter()
        .copied()
        .filter(|c| crate_order.contains(c))
        .collect();
    codes.extend(crate_order.iter().copied().filter(|c| !ORDER.contains(c)));
    assert!(
        codes.len() <= 64,
        "crates/gistr/src/lang/mod.rs keeps a language's stop words as one bit of a u64"
    );
    for code in codes {
        let start = out.len();
        let words = stop_words::lookup(code).unwrap_or(&[]);
        assert!(
            code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase()),
            "language code {code:?} is not two ASCII letters"
        );
        out.extend_from_slice(code.as_bytes());
        let mut alphabet: Vec<char> = words
            .iter()
            .flat_map(|w| w.chars())
            .filter(|c| !c.is_ascii())
            .collect();
        alphabet.sort_unstable();
        alphabet.dedup();
        let base = alphabet.first().map_or(0, |&c| c as u32);
        let shift = alphabet.last().is_some_and(|&c| c as u32 - base < 128);
        let raw = !shift && alphabet.len() > 127;
        if shift {
            out.push(SHIFT);
            out.extend_from_slice(&base.to_le_bytes()[..3]);
        } else if raw {
            out.push(RAW);
        } else {
            out.push(alphabet.len() as u8);
            out.extend_from_slice(alphabet.iter().collect::<String>().as_bytes());
        }
        let encode = |w: &str| -> Vec<u8> {
            if raw {
                return w.as_bytes().to_vec();
            }
            if shift {
                return w
                    .chars()
                    .map(|c| {
                        if c.is_ascii() {
                            c as u8
                        } else {
                            (128 + c as u32 - base) as u8
                        }
                    })
                    .collect();
            }
            w.chars()
                .map(|c| match alphabet.binary_search(&c) {
                    Ok(i) => 128 + i as u8,
                    Err(_) => c as u8,
                })
                .collect()
        };
        let mut encoded: Vec<Vec<u8>> = words.iter().filter(|w| matchable(w)).map(|w| encode(w)).collect();
        for w in words {
            assert!(
                !w.chars().any(|c| (c as u32) < 32),
                "stop word {w:?} of {code} contains a control character"
            );
        }
        encoded.sort_unstable();
        encoded.dedup();
        let mut prev: &[u8] = &[];
        for w in &encoded {
            assert!(
                w.len() <= 32,
                "stop word {w:?} of {code} is over 32 bytes encoded"
            );
            let shared = prev.iter().zip(w).take_while(|(a, b)| a == b).count();
            let drop = prev.len() - shared;
            assert!(
                drop < END as usize,
                "stop word {w:?} of {code} drops too much of the word before"
            );
            out.push(drop as u8);
            out.extend_from_slice(&w[shared..]);
            prev = w;
        }
        out.push(END);
        if code == "en" {
            english.extend_from_slice(&out[start..]);
            let original: std::collections::HashMap<Vec<u8>, &str> =
                words.iter().map(|w| (encode(w), *w)).collect();
            for w in &encoded {
                let word = original[w];
                let shared = LATIN
                    .iter()
                    .filter(|c| stop_words::lookup(c).unwrap_or(&[]).contains(&word))
                    .count();
                english_shared.push(shared as u8);
            }
        }
    }
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    let write = |name: &str, bytes: &[u8]| {
        std::fs::write(format!("{dir}/{name}"), bytes).expect("OUT_DIR is writable");
    };
    write("stop-words.bin", &out);
    write("stop-words-en.bin", &english);
    write("english-shared.bin", &english_shared);
    let mut codes: Vec<&str> = crate_order.to_vec();
    codes.sort_unstable();
    write("stop-codes.txt", codes.concat().as_bytes());
    // The other Latin-script candidates' stop words, as a Bloom filter.
    let others: std::collections::BTreeSet<&str> = LATIN[1..]
        .iter()
        .flat_map(|c| stop_words::lookup(c).unwrap_or(&[]).iter().copied())
        .filter(|w| matchable(w))
        .filter(|w| !stop_words::lookup("en").unwrap_or(&[]).contains(w))
        .collect();
    let bits = (others.len() * BLOOM_BITS_PER_WORD).div_ceil(64) * 64;
    let mut bloom = vec![0u8; bits / 8];
    for w in &others {
        for bit in bloom_bits(w.as_bytes(), bits as u64) {
            bloom[(bit / 8) as usize] |= 1 << (bit % 8);
        }
    }
    write("latin-bloom.bin", &bloom);
    println!("cargo:rerun-if-changed=crates/gistr/build.rs");
}
