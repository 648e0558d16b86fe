//! The plain-text title rule against the table the page is checked on too
//! (tests/fixtures/titles.json; tests/e2e/titles.test.mjs runs the same
//! cases through www/articles.js), so the core and the page cannot drift.
#![cfg(not(target_arch = "wasm32"))]

use gistr::{guess_title, Article};
use serde_json::Value;

#[test]
fn the_core_reads_plain_text_as_the_page_does() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/titles.json");
    let table: Value = serde_json::from_str(&std::fs::read_to_string(path).expect("fixture")).expect("JSON");
    let cases = table["cases"].as_array().expect("cases");
    assert!(cases.len() >= 30, "{} cases", cases.len());
    for c in cases {
        let why = c["why"].as_str().expect("why");
        let text = c["text"].as_str().expect("text");
        let name = c.get("name").and_then(Value::as_str);
        assert_eq!(guess_title(text), c["guess"].as_str(), "guess: {why}");
        let a = Article::from_plain_text(text, name);
        assert_eq!(a.title.as_deref(), c["title"].as_str(), "title: {why}");
        assert_eq!(a.text, c["body"].as_str().expect("body"), "body: {why}");
        assert_eq!(a.source, None, "{why}");
    }
}
