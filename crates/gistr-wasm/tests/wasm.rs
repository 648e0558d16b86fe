//! The JavaScript binding, run in headless Chromium by wasm-bindgen-test:
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --no-default-features --test wasm`
//! (with `wasm-bindgen-test-runner` as the target's runner; see scripts/test.sh).
// The full module's API (the English-only one, feature `lean`, has no
// comparePairs; tests/e2e/lean.test.mjs compares the two).
#![cfg(all(target_arch = "wasm32", not(feature = "lean")))]

use gistr_wasm::{compare_pairs, option_groups, summarize, JsSummarizer};
use js_sys::{Reflect, JSON};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn js(json: &str) -> JsValue {
    JSON::parse(json).expect("test JSON is valid")
}

fn get(v: &JsValue, path: &[&str]) -> JsValue {
    let mut cur = v.clone();
    for key in path {
        cur = Reflect::get(&cur, &JsValue::from_str(key)).expect("property");
    }
    cur
}

fn error_message<E: Into<JsValue>>(r: Result<JsValue, E>, case: &str) -> String {
    let e: JsValue = match r {
        Ok(_) => panic!("{case}: expected an error"),
        Err(e) => e.into(),
    };
    let e: js_sys::Error = e.dyn_into().expect("a JS Error");
    String::from(e.message())
}

const ARTICLES: &str = r#"[
  {"title": "Bridge approved", "text": "The city council approved the new river bridge on Tuesday. Construction will cost $40 million and begin in May. Residents had asked for a second crossing for a decade.", "source": "Gazette"},
  {"text": "On Tuesday the city council approved a new bridge over the river. The mayor said downtown traffic would ease within two years of its opening.", "source": "Planet"}
]"#;

#[wasm_bindgen_test]
fn summarizes_plain_objects_with_camel_case_output() {
    let out = summarize(js(ARTICLES), js(r#"{"sentences": 2, "order": "rank"}"#)).expect("summary");
    let sentences: js_sys::Array = get(&out, &["sentences"]).dyn_into().expect("array");
    assert_eq!(sentences.length(), 2);
    let first = sentences.get(0);
    assert!(get(&first, &["text"]).as_string().is_some_and(|t| !t.is_empty()));
    assert!(get(&first, &["at", "span", "startUtf16"]).as_f64().is_some());
    let articles: js_sys::Array = get(&out, &["articles"]).dyn_into().expect("array");
    assert_eq!(articles.length(), 2);
    assert_eq!(
        get(&articles.get(0), &["language"]).as_string().as_deref(),
        Some("en")
    );
    // The approval is stated by both articles and appears once.
    let text = JSON::stringify(&out)
        .expect("json")
        .as_string()
        .unwrap_or_default();
    assert_eq!(text.matches("\"articles\":[0,1]").count(), 1, "{text}");
}

#[wasm_bindgen_test]
fn options_default_when_missing() {
    let out = summarize(js(ARTICLES), JsValue::UNDEFINED).expect("summary");
    let sentences: js_sys::Array = get(&out, &["sentences"]).dyn_into().expect("array");
    assert!(sentences.length() >= 2);
}

#[wasm_bindgen_test]
fn bad_input_is_a_js_error_not_a_trap() {
    let cases = [
        (ARTICLES, r#"{"sentences": 0}"#, "sentences"),
        (ARTICLES, r#"{"sentences": 2.5}"#, "sentences"),
        (ARTICLES, r#"{"ratio": 7}"#, "ratio"),
        (ARTICLES, r#"{"order": "random"}"#, "order"),
        (ARTICLES, r#"{"language": "klingon"}"#, "language"),
        (ARTICLES, r#"{"sentences": 2, "words": 10}"#, "only one"),
        (ARTICLES, r#"{"sentnces": 2}"#, "sentnces"),
        ("[]", "{}", "no articles"),
        (r#"[{"txt": "x"}]"#, "{}", "invalid articles"),
        (r#""not an array""#, "{}", "invalid articles"),
    ];
    for (articles, options, needle) in cases {
        let msg = error_message(summarize(js(articles), js(options)), options);
        assert!(msg.contains(needle), "{options}: {msg}");
    }
    // The module still works after errors.
    assert!(summarize(js(ARTICLES), JsValue::UNDEFINED).is_ok());
}

#[wasm_bindgen_test]
fn hostile_text_gives_a_result() {
    let weird =
        "\u{0}\u{1}\u{feff}\u{202e}<script>alert(1)</script>\n\n😀😀 . . . ??? \r\n日本語。 русский. ...";
    let arr = js_sys::Array::new();
    let a = js_sys::Object::new();
    Reflect::set(&a, &"text".into(), &JsValue::from_str(weird)).expect("set");
    arr.push(&a);
    let out = summarize(arr.into(), JsValue::UNDEFINED).expect("summary");
    assert!(get(&out, &["sentences"]).is_array());
}

#[wasm_bindgen_test]
fn compares_pairs() {
    let out = compare_pairs(
        js(r#"[["The council approved the bridge on Tuesday.", "On Tuesday the council approved the bridge."],
               ["The council approved the bridge on Tuesday.", "Rain is expected across the region tomorrow."]]"#),
        Some("en".into()),
    )
    .expect("verdicts");
    let arr: js_sys::Array = out.dyn_into().expect("array");
    assert_eq!(get(&arr.get(0), &["duplicate"]).as_bool(), Some(true));
    assert_eq!(get(&arr.get(1), &["duplicate"]).as_bool(), Some(false));
}

#[wasm_bindgen_test]
fn a_summarizer_resummarises_at_any_length_as_summarize_does() {
    let s = JsSummarizer::new(js(ARTICLES), js(r#"{"focus": "traffic"}"#)).expect("analysis");
    for (length, whole) in [
        (r#"{"sentences": 1}"#, r#"{"sentences": 1, "focus": "traffic"}"#),
        (
            r#"{"words": 30, "order": "rank"}"#,
            r#"{"words": 30, "order": "rank", "focus": "traffic"}"#,
        ),
        (r#"{"ratio": 1}"#, r#"{"ratio": 1, "focus": "traffic"}"#),
    ] {
        let again = s.summarize(js(length)).expect("summary");
        let once = summarize(js(ARTICLES), js(whole)).expect("summary");
        assert_eq!(
            JSON::stringify(&again).ok(),
            JSON::stringify(&once).ok(),
            "{length}"
        );
    }
    // Options belong to one side or the other, and say so.
    let wrong = s.summarize(js(r#"{"focus": "bridge"}"#));
    assert!(error_message(wrong, "focus in summarize").contains("focus"));
    let wrong = JsSummarizer::new(js(ARTICLES), js(r#"{"sentences": 2}"#)).map(JsValue::from);
    assert!(error_message(wrong, "sentences in the constructor").contains("sentences"));
    let wrong = s.summarize(js(r#"{"sentences": 0}"#));
    assert!(error_message(wrong, "zero sentences").contains("sentences"));
    let wrong = JsSummarizer::new(js("[]"), JsValue::UNDEFINED).map(JsValue::from);
    assert!(!error_message(wrong, "no articles").is_empty());
}

/// The strike fixtures (tests/fixtures/strike), as the CLI reads them.
fn strike() -> Vec<(&'static str, &'static str)> {
    vec![
        (
            "1-harbour-herald.txt",
            include_str!("../../../tests/fixtures/strike/1-harbour-herald.txt"),
        ),
        (
            "2-daily-ledger.txt",
            include_str!("../../../tests/fixtures/strike/2-daily-ledger.txt"),
        ),
        (
            "3-wire.txt",
            include_str!("../../../tests/fixtures/strike/3-wire.txt"),
        ),
    ]
}

/// One schema: the binding's result, printed by `JSON.stringify`, is byte
/// for byte the JSON the CLI prints for the same summary (`gistr --json`
/// is `serde_json::to_string(&summary)`, see tests/cli.rs).
#[wasm_bindgen_test]
fn the_js_result_is_the_cli_json_byte_for_byte() {
    let arr = js_sys::Array::new();
    let mut articles = Vec::new();
    let mut seen: Vec<String> = Vec::new();
    for (name, text) in strike() {
        let a = js_sys::Object::new();
        Reflect::set(&a, &"text".into(), &JsValue::from_str(text)).expect("set");
        Reflect::set(&a, &"source".into(), &JsValue::from_str(name)).expect("set");
        arr.push(&a);
        articles.push(gistr::Article::new(text).with_source(name));
    }
    for (options, budget, order) in [
        (
            r#"{"sentences": 3}"#,
            gistr::Budget::Sentences(3),
            gistr::Order::Article,
        ),
        (
            r#"{"words": 80, "order": "rank"}"#,
            gistr::Budget::Words(80),
            gistr::Order::Rank,
        ),
        (
            r#"{"ratio": 1}"#,
            gistr::Budget::Ratio(1.0),
            gistr::Order::Article,
        ),
    ] {
        let out = summarize(arr.clone().into(), js(options)).expect("summary");
        let js_json = JSON::stringify(&out)
            .expect("json")
            .as_string()
            .unwrap_or_default();
        let o = gistr::Options::default().with_budget(budget).with_order(order);
        let summary = gistr::summarize(&articles, &o).expect("summary");
        let cli_json = serde_json::to_string(&summary).expect("json");
        assert_eq!(js_json, cli_json, "{options}");
        seen.push(cli_json);
    }
    // Every status, with and without its fields, was in the comparison.
    for status in [
        "chosen",
        "duplicate",
        "related",
        "boilerplate",
        "unfit",
        "belowBudget",
    ] {
        let key = format!("\"status\":\"{status}\"");
        assert!(seen.iter().any(|json| json.contains(&key)), "{status}");
    }
    let pairs = [[
        "The council approved the bridge.",
        "On Tuesday the council approved the bridge.",
    ]];
    let out = compare_pairs(js(&serde_json::to_string(&pairs).expect("json")), None).expect("verdicts");
    let texts = [pairs[0][0], pairs[0][1]];
    let verdict = gistr::Dedup::new(&texts, None).compare(0, 1);
    assert_eq!(
        JSON::stringify(&out).ok().and_then(|s| s.as_string()),
        serde_json::to_string(&[verdict]).ok()
    );
}

#[wasm_bindgen_test]
fn option_groups_are_the_table_the_summarizer_checks() {
    let groups = option_groups();
    let names = |key: &str| -> Vec<String> {
        let a: js_sys::Array = get(&groups, &[key]).dyn_into().expect("array");
        a.iter().filter_map(|v| v.as_string()).collect()
    };
    let (analysis, selection) = (names("analysis"), names("selection"));
    assert_eq!(analysis, ["language", "focus"]);
    assert_eq!(selection, ["sentences", "words", "ratio", "order"]);
    // The constructor takes exactly the analysis options, summarize() exactly
    // the selection ones.
    let value = |name: &str| match name {
        "language" => r#""en""#,
        "focus" => r#""bridge""#,
        "order" => r#""rank""#,
        "ratio" => "0.5",
        _ => "2",
    };
    for name in analysis.iter().chain(&selection) {
        let one = js(&format!(r#"{{"{name}": {}}}"#, value(name)));
        let new = JsSummarizer::new(js(ARTICLES), one.clone());
        assert_eq!(new.is_ok(), analysis.contains(name), "new Summarizer with {name}");
        let s = JsSummarizer::new(js(ARTICLES), JsValue::UNDEFINED).expect("analysis");
        assert_eq!(
            s.summarize(one).is_ok(),
            selection.contains(name),
            "summarize with {name}"
        );
    }
}
