//! The plain-text title and separator rules against the tables the page is
//! checked on too (tests/fixtures/titles.json and separators.json;
//! tests/e2e/titles.test.mjs runs the same cases through www/articles.js
//! and www/cards.js), so the core and the page cannot drift.
#![cfg(not(target_arch = "wasm32"))]

use gistr::{guess_title, is_separator_line, split_articles, Article};
use serde_json::Value;

fn fixture(name: &str) -> Value {
    let path = format!("{}/../../tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"));
    serde_json::from_str(&std::fs::read_to_string(path).expect("fixture")).expect("JSON")
}

#[test]
fn the_core_reads_plain_text_as_the_page_does() {
    let table = fixture("titles.json");
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

#[test]
fn the_core_splits_plain_text_as_the_page_does() {
    let table = fixture("separators.json");
    let cases = table["cases"].as_array().expect("cases");
    assert!(cases.len() >= 20, "{} cases", cases.len());
    for c in cases {
        let why = c["why"].as_str().expect("why");
        let text = c["text"].as_str().expect("text");
        let name = c.get("name").and_then(Value::as_str);
        let lines = text.replace("\r\n", "\n").replace('\r', "\n");
        let separator = lines.split('\n').any(is_separator_line);
        assert_eq!(Some(separator), c["separator"].as_bool(), "separator: {why}");
        let pieces: Vec<&str> = c["pieces"]
            .as_array()
            .expect("pieces")
            .iter()
            .map(|p| p.as_str().expect("piece"))
            .collect();
        assert_eq!(split_articles(text), pieces, "pieces: {why}");
        let articles = Article::split_plain_text(text, name);
        let texts: Vec<&str> = articles.iter().map(|a| a.text.as_str()).collect();
        assert_eq!(texts, pieces, "texts: {why}");
        let titles: Vec<Option<&str>> = articles.iter().map(|a| a.title.as_deref()).collect();
        let want: Vec<Option<&str>> = c["titles"]
            .as_array()
            .expect("titles")
            .iter()
            .map(Value::as_str)
            .collect();
        assert_eq!(titles, want, "titles: {why}");
        assert!(articles.iter().all(|a| a.source.is_none()), "{why}");
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]
    /// Any text of dashes, white space, line ends and letters: the pieces
    /// are trimmed, non-empty, hold no separator line, and are the text's
    /// lines outside separator lines, in order.
    #[test]
    fn any_text_splits_into_trimmed_pieces_without_separators(text in "[-\\- \\n\\r\\t\u{A0}\u{3000}\u{85}aé]{0,60}") {
        let pieces = split_articles(&text);
        let lines = text.replace("\r\n", "\n").replace('\r', "\n");
        let kept: Vec<&str> = lines.split('\n').filter(|l| !is_separator_line(l)).collect();
        let mut rest = kept.join("\n");
        for p in &pieces {
            proptest::prop_assert!(!p.is_empty());
            proptest::prop_assert_eq!(p.as_str(), p.trim_matches(|c: char| c.is_whitespace() && c != '\u{85}'));
            proptest::prop_assert!(!p.split('\n').any(is_separator_line));
            let at = rest.find(p.as_str());
            proptest::prop_assert!(at.is_some(), "{:?} in {:?}", p, rest);
            rest = rest[at.unwrap_or(0) + p.len()..].to_string();
        }
        let articles = Article::split_plain_text(&text, Some("x.txt"));
        proptest::prop_assert_eq!(articles.len(), pieces.len());
    }
}
