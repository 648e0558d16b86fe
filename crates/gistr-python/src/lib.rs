//! The Python binding of gistr: the only crate that knows PyO3.
//!
//! Two layers. This file is plain Rust, built and tested with the rest of
//! the workspace: the options through the core's one checker
//! ([`gistr::options::RawOptions`]), a summary as the CLI's `--json`
//! (`serde_json` of the core's [`Summary`]), and many clusters on several
//! threads. `py.rs` (feature `python`, which maturin turns on) only
//! converts Python values to these and back, and errors to `ValueError` and
//! `TypeError`. The Python package (`python/gistr/`) wraps the JSON in
//! typed objects.

use gistr::{summarize, Article, Budget, Dedup, Options, Order, Summarizer, Summary, Verdict};
use std::num::NonZeroUsize;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

#[cfg(feature = "python")]
mod py;

/// A summary as the CLI's `--json` prints it (without the newline).
pub fn to_json(summary: &Summary) -> Result<String, String> {
    // serde_json fails only on maps with non-string keys, which Summary has not.
    serde_json::to_string(summary).map_err(|e| format!("could not build the result: {e}"))
}

/// The verdicts as JSON: `[{"similarity", "duplicate"}, …]`, the core's
/// `Verdict` serialised (as the wasm binding's `comparePairs`).
pub fn compare_pairs_json(pairs: &[(String, String)], language: Option<&str>) -> Result<String, String> {
    let texts: Vec<&str> = pairs.iter().flat_map(|(a, b)| [a.as_str(), b.as_str()]).collect();
    let d = Dedup::new(&texts, language);
    let out: Vec<Verdict> = (0..pairs.len()).map(|i| d.compare(2 * i, 2 * i + 1)).collect();
    serde_json::to_string(&out).map_err(|e| format!("could not build the result: {e}"))
}

/// `summarize(articles, options)` as JSON, or the core's error message.
pub fn summarize_json(articles: &[Article], options: &Options) -> Result<String, String> {
    let summary = summarize(articles, options).map_err(|e| e.to_string())?;
    to_json(&summary)
}

/// [`Summarizer::summarize`] as JSON.
pub fn summarizer_json(s: &Summarizer, budget: Budget, order: Order) -> Result<String, String> {
    let summary = s.summarize(budget, order).map_err(|e| e.to_string())?;
    to_json(&summary)
}

/// An error if `options` would be refused by the summariser itself: the
/// checks that [`gistr::options::RawOptions::check`] leaves to it (the
/// language code). Through the public API: one empty article, refused for
/// its options before any work, else an empty summary at once.
pub fn check_for_summarize(options: &Options) -> Result<(), String> {
    summarize(&[Article::new("")], options)
        .map(drop)
        .map_err(|e| e.to_string())
}

/// The number of threads `threads` asks for: the machine's cores when
/// `None`, never more than there are clusters, at least one.
pub fn thread_count(threads: Option<usize>, clusters: usize) -> usize {
    let want = threads.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, NonZeroUsize::get));
    want.min(clusters).max(1)
}

/// Each cluster summarised with `options` as [`summarize_json`] would, on
/// `threads` threads (each takes the next cluster not yet taken, so a long
/// cluster does not hold up a whole share), in input order.
pub fn summarize_many(
    clusters: &[Vec<Article>],
    options: &Options,
    threads: usize,
) -> Vec<Result<String, String>> {
    let threads = threads.min(clusters.len()).max(1);
    if threads == 1 {
        return clusters.iter().map(|c| summarize_json(c, options)).collect();
    }
    let next = AtomicUsize::new(0);
    let done: Mutex<Vec<(usize, Result<String, String>)>> = Mutex::new(Vec::with_capacity(clusters.len()));
    std::thread::scope(|scope| {
        for _ in 0..threads {
            scope.spawn(|| {
                let mut mine = Vec::new();
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(c) = clusters.get(i) else { break };
                    mine.push((i, summarize_json(c, options)));
                }
                // A poisoned lock means another worker panicked; its panic
                // is raised by the scope, so these results are not lost
                // silently either way.
                if let Ok(mut d) = done.lock() {
                    d.extend(mine);
                }
            });
        }
    });
    let mut done = done.into_inner().unwrap_or_else(|e| e.into_inner());
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use gistr::options::RawOptions;

    fn cluster(k: usize) -> Vec<Article> {
        vec![
            Article::new(format!(
                "The council of town {k} approved the new bridge on Tuesday. Construction will cost {k} million dollars and start in May. Residents had asked for a crossing for a decade."
            )),
            Article::new(format!(
                "On Tuesday the council of town {k} approved a new bridge. The mayor said traffic downtown would ease within two years of the opening."
            )),
        ]
    }

    #[test]
    fn many_is_one_by_one_in_input_order_on_any_number_of_threads() {
        let mut clusters: Vec<Vec<Article>> = (0..23).map(cluster).collect();
        clusters[7] = Vec::new(); // an error stays at its place
        let options = RawOptions {
            sentences: Some(2.0),
            ..RawOptions::default()
        }
        .check()
        .map_err(|e| e.to_string())
        .expect("valid options");
        let one: Vec<_> = clusters.iter().map(|c| summarize_json(c, &options)).collect();
        assert_eq!(one[7], Err("no articles to summarise".to_string()));
        assert!(one[3].as_ref().is_ok_and(|j| j.contains("town 3")));
        for threads in [1, 2, 3, 8, 100] {
            assert_eq!(
                summarize_many(&clusters, &options, threads),
                one,
                "{threads} threads"
            );
        }
        assert!(summarize_many(&[], &options, 4).is_empty());
    }

    #[test]
    fn options_the_summariser_refuses_are_found_before_any_cluster() {
        let bad = Options::default().with_language("xx");
        let message =
            "invalid option language: unknown language code \"xx\"; use an ISO 639-1 code or \"auto\"";
        assert_eq!(check_for_summarize(&bad), Err(message.to_string()));
        assert_eq!(
            check_for_summarize(&Options::default().with_language("de")),
            Ok(())
        );
    }

    #[test]
    fn thread_counts() {
        assert_eq!(thread_count(Some(4), 2), 2);
        assert_eq!(thread_count(Some(1), 10), 1);
        assert_eq!(thread_count(Some(3), 0), 1);
        assert!(thread_count(None, 1000) >= 1);
    }

    #[test]
    fn the_json_is_the_summary_serialised() {
        let s = summarize(&cluster(1), &Options::default()).expect("summary");
        assert_eq!(to_json(&s), Ok(serde_json::to_string(&s).expect("json")));
        let pairs = vec![
            (
                "The council approved the bridge.".to_string(),
                "The bridge was approved by the council.".to_string(),
            ),
            (
                "It rained in Paris.".to_string(),
                "Stocks fell sharply on Monday.".to_string(),
            ),
        ];
        let v: serde_json::Value =
            serde_json::from_str(&compare_pairs_json(&pairs, None).expect("json")).expect("parse");
        assert_eq!(v.as_array().map(Vec::len), Some(2));
        assert_eq!(v[1]["duplicate"], serde_json::Value::Bool(false));
    }
}
