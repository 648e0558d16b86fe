//! The options a caller can give, through the Rust-side entries that the
//! JS binding (`src/wasm.rs`) and the CLI end in: `Options::with_*`, their
//! validation in `summarize` and `Summarizer::new`, and the budget check
//! of `Summarizer::summarize`. Any number (NaN, infinities, negatives,
//! subnormals, `usize::MAX`), any language string and focus, any input
//! limit: the result is a summary or an `InvalidOption` / `TooLarge` error
//! naming the option, exactly when the documented range says so, and
//! `Summarizer` refuses what `summarize` refuses.
//!
//! It does not reach the JS-only part of the parsing (unknown fields, wrong
//! types, the float-to-count check of `sentences` and `words`): that code
//! lives in `src/wasm.rs`, compiled only for wasm32.
//!
//! Input: byte 0 the budget kind and order, bytes 1-8 the budget's number
//! (a count, or the raw bits of a ratio), bytes 9-12 the input limit,
//! byte 13 the length of the language string, byte 14 that of the focus;
//! then the language, the focus and the article text (0x1E between articles).
#![no_main]

use gistr::{summarize, Article, Budget, ErrorKind, Options, Order, Summarizer};
use gistr_fuzz::{check_summary, valid_budget, MAX_ARTICLES};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((head, rest)) = data.split_at_checked(15) else {
        return;
    };
    let n = u64::from_le_bytes(head[1..9].try_into().unwrap());
    let budget = match head[0] & 3 {
        0 => Budget::Sentences(n as usize),
        1 => Budget::Words(n as usize),
        _ => Budget::Ratio(f64::from_bits(n)),
    };
    let order = if head[0] & 4 != 0 {
        Order::Rank
    } else {
        Order::Article
    };
    let max_bytes = u32::from_le_bytes(head[9..13].try_into().unwrap()) as usize;
    let text = String::from_utf8_lossy(rest);
    let (language, rest) = split(&text, head[13] as usize);
    let (focus, body) = split(rest, head[14] as usize);
    let articles: Vec<Article> = body
        .split('\u{1e}')
        .take(MAX_ARTICLES)
        .map(Article::new)
        .collect();
    let bytes: usize = articles.iter().map(|a| a.text.len()).sum();

    let options = Options::default()
        .with_budget(budget)
        .with_order(order)
        .with_language(language)
        .with_focus(focus)
        .with_max_bytes(max_bytes);
    // The setters keep what they are given, normalised as documented.
    match (options.budget(), budget) {
        (Budget::Ratio(a), Budget::Ratio(b)) => assert_eq!(a.to_bits(), b.to_bits()),
        (a, b) => assert_eq!(a, b),
    }
    assert_eq!(options.order(), order);
    let auto = language.is_empty() || language.eq_ignore_ascii_case("auto");
    assert_eq!(
        options.language(),
        (!auto).then(|| language.to_ascii_lowercase()).as_deref()
    );
    assert_eq!(options.focus(), (!focus.trim().is_empty()).then_some(focus));

    let result = summarize(&articles, &options);
    let summarizer = Summarizer::new(articles.clone(), &options);
    match (&result, &summarizer) {
        (Ok(summary), Ok(s)) => {
            assert!(valid_budget(budget), "{budget:?} accepted");
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
                ErrorKind::InvalidOption { name: "budget", .. } => assert!(!valid_budget(budget)),
                ErrorKind::InvalidOption {
                    name: "language",
                    reason,
                } => {
                    assert!(valid_budget(budget));
                    assert!(
                        reason.contains(options.language().unwrap_or_default()),
                        "{reason}"
                    );
                }
                ErrorKind::TooLarge { bytes: b, limit } => {
                    assert!(valid_budget(budget));
                    assert_eq!((*b, *limit), (bytes, max_bytes));
                    assert!(bytes > max_bytes);
                }
                other => panic!("unexpected error {other:?}"),
            }
        }
        // Summarizer::new does not look at the budget; it refuses the rest as summarize does.
        (Err(e), Ok(s)) => {
            assert!(
                matches!(e.kind(), ErrorKind::InvalidOption { name: "budget", .. }),
                "{e}"
            );
            assert_eq!(s.summarize(budget, order).unwrap_err(), *e);
        }
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
