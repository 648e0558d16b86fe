//! The options a JavaScript caller gives, through the Rust-side entry that
//! the JS binding (`crates/gistr-wasm/src/lib.rs`) ends in: `RawOptions::check_group`
//! (`crates/gistr/src/options.rs`; the binding only reads the JS object into it), then
//! `summarize`, `Summarizer::new` and `Summarizer::summarize` with what it
//! gives. Any numbers (NaN, infinities, negatives, fractions, subnormals,
//! past 10^9), any order, language and focus strings, any of the three
//! groups (all options, `new Summarizer`'s, `summarize()`'s), any input
//! limit: the check refuses exactly what the documented ranges exclude,
//! with an error naming the option; what it accepts is never refused for
//! its budget by the core; the result is a summary or an error naming the
//! option (`TooLarge` with the right figures), and `Summarizer` refuses
//! what `summarize` refuses.
//!
//! Input: byte 0 which options are given (bits 0-5: sentences, words,
//! ratio, order, language, focus) and the group (bits 6-7); bytes 1-24 the
//! raw bits of the three numbers; bytes 25-28 the input limit; bytes 29-31
//! the lengths of the order, language and focus strings; then those
//! strings and the article text (0x1E between articles).
#![no_main]

use gistr::bench::{check_names, RawOptions, ANALYSIS, NAMES, SELECTION};
use gistr::{summarize, Article, Budget, ErrorKind, Order, Summarizer};
use gistr_fuzz::{check_summary, valid_budget, MAX_ARTICLES};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((head, rest)) = data.split_at_checked(32) else {
        return;
    };
    let on = |bit: u8| head[0] & (1 << bit) != 0;
    let number = |at: usize| f64::from_bits(u64::from_le_bytes(head[at..at + 8].try_into().unwrap()));
    let max_bytes = u32::from_le_bytes(head[25..29].try_into().unwrap()) as usize;
    let text = String::from_utf8_lossy(rest);
    let (order, rest) = split(&text, head[29] as usize);
    let (language, rest) = split(rest, head[30] as usize);
    let (focus, body) = split(rest, head[31] as usize);
    let raw = RawOptions {
        sentences: on(0).then(|| number(1)),
        words: on(1).then(|| number(9)),
        ratio: on(2).then(|| number(17)),
        order: on(3).then(|| order.to_string()),
        language: on(4).then(|| language.to_string()),
        focus: on(5).then(|| focus.to_string()),
    };
    let (allowed, what) = match head[0] >> 6 {
        1 => (ANALYSIS, "the Summarizer's"),
        2 => (SELECTION, "summarize()'s"),
        _ => (NAMES, "the options"),
    };
    // An object's property names: only the options' own are accepted.
    assert_eq!(check_names([order]).is_ok(), NAMES.contains(&order));

    // What the documented ranges say of the raw values, in the order the
    // check goes.
    let given = [
        ("sentences", on(0)),
        ("words", on(1)),
        ("ratio", on(2)),
        ("order", on(3)),
        ("language", on(4)),
        ("focus", on(5)),
    ];
    let count = |x: f64| x.is_finite() && x >= 1.0 && x.fract() == 0.0 && x <= 1e9;
    let fault: Option<&str> = if let Some((name, _)) = given.iter().find(|(n, g)| *g && !allowed.contains(n))
    {
        Some(name)
    } else if given[..3].iter().filter(|(_, g)| *g).count() > 1 {
        Some("only one of")
    } else if raw.sentences.is_some_and(|x| !count(x)) {
        Some("sentences")
    } else if raw.words.is_some_and(|x| !count(x)) {
        Some("words")
    } else if raw.ratio.is_some_and(|r| !(r > 0.0 && r <= 1.0)) {
        Some("ratio")
    } else if raw
        .order
        .as_deref()
        .is_some_and(|o| o != "article" && o != "rank")
    {
        Some("order")
    } else if raw.language.as_deref().is_some_and(|l| !known_language(l)) {
        Some("language")
    } else {
        None
    };
    let options = match (raw.clone().check_group(allowed, what), fault) {
        (Ok(o), None) => o.with_max_bytes(max_bytes),
        (Err(e), Some(name)) => {
            assert!(e.contains(name), "{raw:?}: {e}");
            return;
        }
        (Ok(_), Some(name)) => panic!("{raw:?} accepted, though {name} is out of range"),
        (Err(e), None) => panic!("{raw:?} refused: {e}"),
    };
    // The check keeps what it is given.
    let budget = options.budget();
    match (raw.sentences, raw.words, raw.ratio) {
        (Some(n), _, _) => assert_eq!(budget, Budget::Sentences(n as usize)),
        (_, Some(n), _) => assert_eq!(budget, Budget::Words(n as usize)),
        (_, _, Some(r)) => assert_eq!(budget, Budget::Ratio(r)),
        _ => assert_eq!(budget, Budget::Sentences(5)),
    }
    assert!(valid_budget(budget), "{budget:?}");
    let order = options.order();
    assert_eq!(order == Order::Rank, raw.order.as_deref() == Some("rank"));
    let auto = language.is_empty() || language.eq_ignore_ascii_case("auto");
    assert_eq!(
        options.language(),
        (on(4) && !auto).then(|| language.to_ascii_lowercase()).as_deref()
    );
    assert_eq!(
        options.focus(),
        (on(5) && !focus.trim().is_empty()).then_some(focus)
    );

    let articles: Vec<Article> = body
        .split('\u{1e}')
        .take(MAX_ARTICLES)
        .map(Article::new)
        .collect();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();
    let result = summarize(&articles, &options);
    let summarizer = Summarizer::new(articles.clone(), &options);
    match (&result, &summarizer) {
        (Ok(summary), Ok(s)) => {
            assert!(
                bytes <= max_bytes,
                "{bytes} bytes accepted with a limit of {max_bytes}"
            );
            check_summary(&articles, budget, summary);
            if let Some(code) = options.language() {
                assert!(!code.is_empty());
                let first = summary.articles.first().map(|a| a.language.as_str());
                assert!(
                    summary
                        .articles
                        .iter()
                        .all(|a| Some(a.language.as_str()) == first),
                    "one language given, several used"
                );
            }
            assert_eq!(&s.summarize(budget, order).expect("the same budget"), summary);
        }
        (Err(e), Err(f)) => {
            assert_eq!(e, f, "summarize and Summarizer::new refuse differently");
            assert!(!e.to_string().is_empty());
            match e.kind() {
                ErrorKind::InvalidOption {
                    name: "language",
                    reason,
                } => assert!(
                    reason.contains(options.language().unwrap_or_default()),
                    "{reason}"
                ),
                ErrorKind::TooLarge { bytes: b, limit } => {
                    assert_eq!((*b, *limit), (bytes, max_bytes));
                    assert!(bytes > max_bytes);
                }
                // A budget the check accepted is never refused.
                other => panic!("unexpected error {other:?}"),
            }
        }
        (Err(e), Ok(_)) => panic!("summarize refuses what Summarizer::new accepts: {e}"),
        (Ok(_), Err(f)) => panic!("summarize accepts what Summarizer::new refuses: {f}"),
    }
});

/// `text` cut after at most `n` bytes, on a character bound.
fn split(text: &str, n: usize) -> (&str, &str) {
    let mut at = n.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    text.split_at(at)
}

/// Whether the core knows the language code `l` ("auto" and "" included),
/// as `summarize` judges it: the option check must agree.
fn known_language(l: &str) -> bool {
    let options = gistr::Options::default().with_language(l);
    !matches!(
        summarize(&[Article::new("One sentence here.")], &options),
        Err(e) if e.to_string().starts_with("invalid option language")
    )
}
