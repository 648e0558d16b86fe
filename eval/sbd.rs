//! Sentence ends of each input line by `gistr::sentences`, for eval/sbd.py:
//! one line of character offsets (the end of each sentence) per input line.
//! Built by eval/sbd.py with rustc against the release build's libgistr.

use std::io::{BufRead, Write};

fn main() {
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for line in stdin.lock().lines() {
        let line = line.expect("stdin is UTF-8");
        let ends: Vec<String> = gistr::sentences(&line)
            .into_iter()
            .map(|r| line[..r.end].chars().count().to_string())
            .collect();
        writeln!(out, "{}", ends.join(" ")).expect("stdout");
    }
}
