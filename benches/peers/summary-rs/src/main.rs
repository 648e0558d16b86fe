// The `summary` crate on a tier of scripts/bench.sh: every article's text,
// one document (paragraphs apart), its 10 best sentences.
use summary::{Language, Summarizer};
fn main() {
    let path = std::env::args().nth(1).expect("usage: summary-peer TIER.json");
    let data = std::fs::read_to_string(path).expect("read");
    let v: serde_json::Value = serde_json::from_str(&data).expect("json");
    let text: Vec<&str> = v
        .as_array()
        .expect("array")
        .iter()
        .filter_map(|a| a["text"].as_str())
        .collect();
    let text = text.join("\n\n");
    let summarizer = Summarizer::new(Language::English);
    let n = 10.try_into().unwrap();
    let mut out = 0;
    for s in summarizer.summarize_sentences(&text, n) {
        println!("{s}");
        out += 1;
    }
    eprintln!("{out} sentences");
}
