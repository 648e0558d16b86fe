//! `Summarizer` at several budgets and orders: each of its summaries keeps
//! the promises of `gistr_fuzz::check_summary` and is exactly what
//! `summarize` gives for the same options.
#![no_main]

use gistr::{summarize, Budget, Order, Summarizer};
use gistr_fuzz::{budget, check_summary, decode};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(case) = decode(data) else { return };
    let Ok(summarizer) = Summarizer::new(case.articles.clone(), &case.options) else {
        // Analysis fails only for what `summarize` also refuses.
        assert!(summarize(&case.articles, &case.options).is_err());
        return;
    };
    let [kind, lo, hi] = case.extra;
    let budgets = [
        (case.options.budget(), case.options.order()),
        (budget(kind, u16::from_le_bytes([lo, hi])), Order::Rank),
        (Budget::Sentences(1), Order::Article),
        (Budget::Words(40), Order::Rank),
        (Budget::Ratio(0.3), Order::Article),
        (Budget::Sentences(usize::MAX), Order::Article),
    ];
    for (budget, order) in budgets {
        let once = summarizer.summarize(budget, order);
        let options = case.options.clone().with_budget(budget).with_order(order);
        let whole = summarize(&case.articles, &options);
        match (&once, &whole) {
            (Ok(a), Ok(b)) => {
                check_summary(&case.articles, budget, a);
                assert!(a == b, "Summarizer and summarize differ at {budget:?} {order:?}");
            }
            (Err(a), Err(b)) => assert_eq!(a, b),
            _ => panic!("at {budget:?}: Summarizer {once:?}, summarize {whole:?}"),
        }
    }
});
