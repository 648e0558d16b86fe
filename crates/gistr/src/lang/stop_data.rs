//! The stop words' data: every language's list, front coded by
//! `build.rs`, embedded, and decoded once (for `super::stop_words`). A leaf:
//! it reads nothing of the rest of `lang`.

/// The stop words of every language of the `stop-words` crate (its "iso"
/// lists), front coded by `build.rs` (see there for the format): 46 KB
/// gzipped, where the words as one string cost 66 KB and the crate's
/// `&[&str]` tables 170 KB of the .wasm.
#[cfg(not(feature = "lean"))]
static STOP_WORDS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/stop-words.bin"));
/// The lean build's stop words: English alone, in the same format.
#[cfg(feature = "lean")]
static STOP_WORDS: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/stop-words-en.bin"));

/// Decodes [`STOP_WORDS`].
pub(super) fn decode_stop_words() -> Vec<(&'static str, Vec<&'static str>)> {
    // Every word, one after another, as UTF-8; sliced once all is decoded.
    let mut text: Vec<u8> = Vec::with_capacity(STOP_WORDS.len() * 9 / 4);
    let mut langs: Vec<(&'static str, Vec<(usize, usize)>)> = Vec::new();
    let mut bytes: &'static [u8] = STOP_WORDS;
    // Each encoded byte's UTF-8 bytes, for the language being decoded.
    let mut utf8 = [[0u8; 4]; 256];
    let mut utf8_len = [1u8; 256];
    // The previous word: where it starts in `text`, and the length in
    // `text` of each of its encoded prefixes.
    let mut prev_start = 0;
    // (`prefix_len[k]`: of its first k encoded bytes; words are at most 32.)
    let mut prefix_len = [0usize; 33];
    while let [_, _, n, ..] = *bytes {
        let code = std::str::from_utf8(&bytes[..2]).unwrap_or("");
        bytes = &bytes[3..];
        for (b, (u, l)) in utf8.iter_mut().zip(&mut utf8_len).enumerate() {
            *u = [b as u8, 0, 0, 0];
            *l = 1;
        }
        if n == STOP_SHIFT {
            let base = bytes.iter().take(3).rev().fold(0, |b, &x| b << 8 | u32::from(x));
            bytes = bytes.get(3..).unwrap_or_default();
            for (i, (u, l)) in (base..).zip(utf8[128..].iter_mut().zip(&mut utf8_len[128..])) {
                if let Some(c) = char::from_u32(i) {
                    *l = c.encode_utf8(u).len() as u8;
                }
            }
        } else if n != STOP_RAW {
            for i in 0..(n as usize).min(128) {
                let len = match bytes.first() {
                    Some(0xF0..) => 4,
                    Some(0xE0..) => 3,
                    Some(0xC0..) => 2,
                    _ => 1,
                };
                let len = len.min(bytes.len());
                utf8[128 + i][..len].copy_from_slice(&bytes[..len]);
                utf8_len[128 + i] = len as u8;
                bytes = &bytes[len..];
            }
        }
        let mut words = Vec::new();
        let mut prev_len: usize = 0;
        while let Some((&drop, rest)) = bytes.split_first() {
            bytes = rest;
            if drop == STOP_END {
                break;
            }
            let start = text.len();
            let shared = prev_len.saturating_sub(drop as usize);
            text.extend_from_within(prev_start..prev_start + prefix_len[shared]);
            let len = bytes.iter().position(|&b| b < 32).unwrap_or(bytes.len());
            prev_len = (shared + len).min(32);
            for (k, &b) in (shared + 1..=prev_len).zip(&bytes[..len]) {
                text.extend_from_slice(&utf8[b as usize][..utf8_len[b as usize] as usize]);
                prefix_len[k] = text.len() - start;
            }
            bytes = &bytes[len..];
            words.push((start, text.len()));
            prev_start = start;
        }
        // Back in the crate's order (sorted by code).
        let at = langs.partition_point(|&(c, _)| c < code);
        langs.insert(at, (code, words));
    }
    let text: &'static str = String::from_utf8(text).unwrap_or_default().leak();
    langs
        .into_iter()
        .map(|(code, words)| {
            (
                code,
                words.into_iter().filter_map(|(a, b)| text.get(a..b)).collect(),
            )
        })
        .collect()
}

/// Ends a language's words in [`STOP_WORDS`] (as in `build.rs`).
const STOP_END: u8 = 31;
/// Marks a language without an alphabet in [`STOP_WORDS`] (as in `build.rs`).
const STOP_RAW: u8 = 255;
/// Marks a language whose characters are a range (as in `build.rs`).
const STOP_SHIFT: u8 = 254;
