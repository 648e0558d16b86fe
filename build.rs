//! Writes the stop words of every language of the `stop-words` crate (its
//! "iso" lists) in a compact form that `src/lang.rs` embeds and decodes
//! once. The crate's own `&[&str]` tables cost a pointer and a length per
//! word (about 170 KB of the .wasm); its words as one tab-separated string
//! cost 66 KB gzipped; this encoding costs 48 KB gzipped.
//!
//! The format, per language in the crate's order:
//!
//! - its code, two ASCII letters;
//! - its alphabet: a byte `n`, then `n` characters (UTF-8): the language's
//!   non-ASCII characters, sorted; byte `128 + i` of a word below stands for
//!   character `i`. `n` = 255: no alphabet (over 127 such characters), the
//!   words are plain UTF-8;
//! - its words, sorted by their encoded bytes, each as the number of
//!   leading bytes it shares with the word before (one byte, below
//!   [`END`]) and then the rest of its bytes (all at least 32: the crate's
//!   words have no control characters);
//! - the byte [`END`].
//!
//! Sorting and front coding change the lists' order, not their sets (the
//! only thing `src/lang.rs` uses them for); a test checks the sets are the
//! crate's. Empty words are left out, as before.

/// Ends a language's words; shared prefixes are shorter.
const END: u8 = 31;
/// Marks a language without an alphabet.
const RAW: u8 = 255;

fn main() {
    let mut out = Vec::new();
    for code in stop_words::available_languages() {
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
        let raw = alphabet.len() > 127;
        if raw {
            out.push(RAW);
        } else {
            out.push(alphabet.len() as u8);
            out.extend_from_slice(alphabet.iter().collect::<String>().as_bytes());
        }
        let encode = |w: &str| -> Vec<u8> {
            if raw {
                return w.as_bytes().to_vec();
            }
            w.chars()
                .map(|c| match alphabet.binary_search(&c) {
                    Ok(i) => 128 + i as u8,
                    Err(_) => c as u8,
                })
                .collect()
        };
        let mut encoded: Vec<Vec<u8>> = words
            .iter()
            .filter(|w| !w.is_empty())
            .map(|w| encode(w))
            .collect();
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
            assert!(
                shared < END as usize,
                "stop words of {code} share too long a prefix"
            );
            out.push(shared as u8);
            out.extend_from_slice(&w[shared..]);
            prev = w;
        }
        out.push(END);
    }
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(format!("{dir}/stop-words.bin"), out).expect("OUT_DIR is writable");
    println!("cargo:rerun-if-changed=build.rs");
}
