//! The hand-written TypeScript types of the binding (`crates/gistr-wasm/src/wasm.d.ts`)
//! checked against real output: summaries and verdicts, serialised by the
//! one schema (byte for byte what the binding gives, see crates/gistr-wasm/tests/wasm.rs),
//! are written as typed object literals into a TypeScript file that
//! `tsc --strict` must accept. Object literals are checked exactly: a field
//! the output has and the types lack, a missing field or a status the types
//! do not name is an error. A second file with one wrong field must be
//! rejected, so the check is known to bite.
//!
//! Needs `node_modules/.bin/tsc` (npm `typescript`, installed by
//! `scripts/setup.sh --test`); without it the test says so and passes,
//! except under `CI=true`, where it fails. About 3 s.

use gistr::{summarize, Article, Budget, Dedup, Options, Order, Summarizer};
use std::path::Path;
use std::process::Command;

fn strike() -> Vec<Article> {
    ["1-harbour-herald.txt", "2-daily-ledger.txt", "3-wire.txt"]
        .iter()
        .map(|f| {
            let path = format!("{}/../../tests/fixtures/strike/{f}", env!("CARGO_MANIFEST_DIR"));
            Article::new(std::fs::read_to_string(path).expect("fixture")).with_source(*f)
        })
        .collect()
}

#[test]
fn the_typescript_types_accept_real_output_and_only_it() {
    let root = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../.."));
    let tsc = root.join("node_modules/.bin/tsc");
    if !tsc.exists() {
        assert!(
            std::env::var("CI").is_err(),
            "node_modules/.bin/tsc is missing (npm ci)"
        );
        eprintln!("skipped: no node_modules/.bin/tsc (run npm ci)");
        return;
    }
    let dir = root.join("target/types-check");
    std::fs::create_dir_all(&dir).expect("dir");
    std::fs::copy(
        root.join("crates/gistr-wasm/src/wasm.d.ts"),
        dir.join("gistr.d.ts"),
    )
    .expect("copy types");

    let articles = strike();
    let mut check = String::from("import type { SummaryResult, PairVerdict } from \"./gistr\";\n");
    let mut n = 0;
    let mut add = |ty: &str, json: String| {
        check.push_str(&format!("export const v{n}: {ty} = {json};\n"));
        n += 1;
    };
    for (budget, order) in [
        (Budget::Sentences(3), Order::Article),
        (Budget::Words(60), Order::Rank),
        (Budget::Ratio(1.0), Order::Article),
        // Shorter than asked: with its shortfall.
        (Budget::Sentences(10_000), Order::Article),
    ] {
        let o = Options::default().with_budget(budget).with_order(order);
        let s = summarize(&articles, &o).expect("summary");
        add("SummaryResult", serde_json::to_string(&s).expect("JSON"));
    }
    let again = Summarizer::new(articles.clone(), &Options::default().with_focus("wages"))
        .and_then(|s| s.summarize(Budget::Sentences(2), Order::Rank))
        .expect("summary");
    add("SummaryResult", serde_json::to_string(&again).expect("JSON"));
    // A capped input's note (crates/gistr/tests/it/summarize.rs makes a real one; its
    // 3,000 sentences would make this check slow): the serialiser's shape.
    let mut capped = summarize(&articles, &Options::default()).expect("summary");
    capped.compared = Some(gistr::Compared {
        sentences: 2000,
        of: 5310,
    });
    add("SummaryResult", serde_json::to_string(&capped).expect("JSON"));
    // Empty summaries carry their reason.
    for text in [
        "",
        "one two three four five six seven",
        "Short. Very short.",
        "\u{0}\u{1}\u{2}\u{fffd}",
    ] {
        let s = summarize(&[Article::new(text)], &Options::default()).expect("summary");
        assert!(s.empty.is_some());
        add("SummaryResult", serde_json::to_string(&s).expect("JSON"));
    }
    let texts = [
        "The council approved the bridge on Tuesday.",
        "On Tuesday the council approved the bridge.",
        "Rain is expected tomorrow.",
    ];
    let d = Dedup::new(&texts, Some("en"));
    add(
        "PairVerdict[]",
        serde_json::to_string(&[d.compare(0, 1), d.compare(0, 2)]).expect("JSON"),
    );
    std::fs::write(dir.join("check.ts"), &check).expect("write");
    // The first sentence report of a real summary, its status misspelt.
    let s = summarize(&articles, &Options::default()).expect("summary");
    let wrong = serde_json::to_string(&s)
        .expect("JSON")
        .replacen("\"status\":\"", "\"status\":\"x", 1);
    std::fs::write(
        dir.join("wrong.ts"),
        format!(
            "import type {{ SummaryResult }} from \"./gistr\";\nexport const w: SummaryResult = {wrong};\n"
        ),
    )
    .expect("write");

    let out = Command::new(&tsc)
        .current_dir(&dir)
        .args([
            "--strict",
            "--noEmit",
            "--target",
            "es2020",
            "--module",
            "es2020",
            "--moduleResolution",
            "bundler",
            "check.ts",
            "wrong.ts",
        ])
        .output()
        .expect("tsc runs");
    let text = String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    assert!(
        !text.contains("check.ts"),
        "real output does not fit the types:\n{text}"
    );
    assert!(text.contains("wrong.ts"), "tsc accepted a wrong status:\n{text}");
    assert!(!out.status.success());
}
