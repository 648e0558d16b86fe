//! Writes the stop words of every language of the `stop-words` crate (its
//! "iso" lists) as one string, one line per language: its code, then its
//! words, all separated by tabs. `src/lang.rs` embeds that string: the
//! crate's own `&[&str]` tables cost a pointer and a length per word, about
//! 170 KB of the .wasm, while the words themselves compress well.

use std::fmt::Write;

fn main() {
    let mut text = String::new();
    for code in stop_words::available_languages() {
        let words = stop_words::lookup(code).unwrap_or(&[]);
        text.push_str(code);
        for w in words {
            if w.contains(['\t', '\n']) {
                panic!("stop word {w:?} of {code} contains a tab or a line break");
            }
            let _ = write!(text, "\t{w}");
        }
        text.push('\n');
    }
    let out = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(format!("{out}/stop-words.txt"), text).expect("OUT_DIR is writable");
    println!("cargo:rerun-if-changed=build.rs");
}
