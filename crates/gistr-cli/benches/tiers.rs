//! End-to-end timing of `summarize` on one corpus tier, for `scripts/bench.sh`.
//!
//! Not a criterion benchmark: it runs in its own process per tier so that the
//! peak memory it reports (VmHWM, Linux) belongs to that tier alone.
//!
//! ```text
//! cargo bench --bench tiers -- bench-data/tier-50.json [RUNS] [SENTENCES]
//! ```
//!
//! Prints one JSON line: articles, bytes, runs, median/min/max ms, the
//! median of re-summarising the same articles at a new budget through a
//! `Summarizer` (resummarize_ms), peak and baseline resident memory (KiB;
//! baseline = after loading the input).

use gistr::{summarize, Article, Budget, Options, Order, Summarizer};
use std::time::Instant;

fn vm(key: &str) -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(key))
                .and_then(|l| l.split_whitespace().nth(1).and_then(|v| v.parse().ok()))
        })
        .unwrap_or(0)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a != "--bench").collect();
    let Some(path) = args.first() else {
        eprintln!("usage: tiers TIER.json [RUNS] [SENTENCES]");
        std::process::exit(2);
    };
    let runs: usize = args.get(1).and_then(|r| r.parse().ok()).unwrap_or(5);
    let k: usize = args.get(2).and_then(|r| r.parse().ok()).unwrap_or(10);
    let articles: Vec<Article> = {
        let text = std::fs::read_to_string(path).expect("read tier");
        let v: serde_json::Value = serde_json::from_str(&text).expect("tier JSON");
        v.as_array()
            .expect("array")
            .iter()
            .map(|a| {
                let mut art = Article::new(a["text"].as_str().unwrap_or_default());
                if let Some(t) = a["title"].as_str().filter(|t| !t.is_empty()) {
                    art = art.with_title(t);
                }
                art
            })
            .collect()
    };
    let bytes: usize = articles
        .iter()
        .map(|a| a.text.len() + a.title.as_ref().map_or(0, |t| t.len()))
        .sum();
    let base = vm("VmRSS:");
    let options = Options::default().with_budget(Budget::Sentences(k));
    let mut times = Vec::with_capacity(runs);
    for _ in 0..runs {
        let t = Instant::now();
        let s = summarize(&articles, &options).expect("summary");
        times.push(t.elapsed().as_secs_f64() * 1e3);
        std::hint::black_box(s);
    }
    times.sort_by(f64::total_cmp);
    // The peak of summarize alone, before the slider's copy of the input.
    let peak = vm("VmHWM:");
    // A length slider: the articles analysed once, then summarised at a
    // new budget per call (3 to 12 sentences in turn).
    let summarizer = Summarizer::new(articles.clone(), &options).expect("analysis");
    let mut again = Vec::with_capacity(runs);
    for r in 0..runs {
        let t = Instant::now();
        let s = summarizer
            .summarize(Budget::Sentences(3 + r % 10), Order::Article)
            .expect("summary");
        again.push(t.elapsed().as_secs_f64() * 1e3);
        std::hint::black_box(s);
    }
    again.sort_by(f64::total_cmp);
    println!(
        "{{\"articles\":{},\"bytes\":{},\"runs\":{},\"median_ms\":{:.3},\"min_ms\":{:.3},\"max_ms\":{:.3},\"resummarize_ms\":{:.3},\"peak_kib\":{},\"base_kib\":{}}}",
        articles.len(),
        bytes,
        runs,
        times[runs / 2],
        times[0],
        times[runs - 1],
        again[runs / 2],
        peak,
        base
    );
}
