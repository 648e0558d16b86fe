//! `summarize` on arbitrary articles and options: never a panic; an error
//! only for a reason the options or the input give; a summary keeps every
//! promise of `gistr_fuzz::check_summary` and is the same when run again.
#![no_main]

use gistr::{summarize, ErrorKind};
use gistr_fuzz::{check_summary, decode, valid_budget};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some(case) = decode(data) else { return };
    let budget = case.options.budget();
    match summarize(&case.articles, &case.options) {
        Ok(summary) => {
            assert!(valid_budget(budget), "{budget:?} accepted");
            check_summary(&case.articles, budget, &summary);
            let again = summarize(&case.articles, &case.options).expect("the same input again");
            assert!(again == summary, "not deterministic");
        }
        Err(e) => {
            assert!(!e.to_string().is_empty());
            if let ErrorKind::InvalidOption {
                name: "sentences" | "words" | "ratio",
                ..
            } = e.kind()
            {
                assert!(!valid_budget(budget), "{budget:?} refused: {e}");
            } else {
                assert!(valid_budget(budget), "{budget:?} not refused, but: {e}");
            }
        }
    }
});
