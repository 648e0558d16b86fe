//! Property tests: sentence ranges rejoin to the input, a summary is a
//! subset of its input, nothing panics, and output is deterministic.

use gistr::{summarize, Article, Budget, Options, Order, Status};
use proptest::prelude::*;

/// Text that looks like news more often than random strings do: words,
/// abbreviations, numbers, punctuation, line breaks, other scripts.
fn newsy() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("The".to_string()),
        Just("Mr.".to_string()),
        Just("U.S.".to_string()),
        Just("$1.5".to_string()),
        Just("billion.".to_string()),
        Just("said".to_string()),
        Just("Friday.".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("—".to_string()),
        Just("“quote”".to_string()),
        Just("...".to_string()),
        Just("?".to_string()),
        Just("日本語。".to_string()),
        Just("Россия.".to_string()),
        Just("😀".to_string()),
        "[a-zA-Z]{1,9}",
        "[0-9]{1,4}",
        any::<String>(),
    ];
    prop::collection::vec(piece, 0..60).prop_map(|v| v.join(" "))
}

fn budget() -> impl Strategy<Value = Budget> {
    prop_oneof![
        (1usize..12).prop_map(Budget::Sentences),
        (1usize..300).prop_map(Budget::Words),
        (0.01f64..=1.0).prop_map(Budget::Ratio),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn sentence_ranges_rejoin_to_the_input(text in newsy()) {
        let ranges = gistr::sentences(&text);
        let mut rebuilt = String::new();
        let mut at = 0;
        for r in &ranges {
            prop_assert!(r.start >= at && r.start < r.end && r.end <= text.len());
            let gap = &text[at..r.start];
            prop_assert!(gap.trim().is_empty(), "non-space gap {:?}", gap);
            rebuilt.push_str(gap);
            rebuilt.push_str(&text[r.clone()]);
            at = r.end;
        }
        prop_assert!(text[at..].trim().is_empty());
        rebuilt.push_str(&text[at..]);
        prop_assert_eq!(rebuilt, text);
    }

    #[test]
    fn summary_is_a_subset_of_its_input_and_deterministic(
        texts in prop::collection::vec(newsy(), 1..5),
        budget in budget(),
        rank in any::<bool>(),
    ) {
        let articles: Vec<Article> = texts.into_iter().map(Article::new).collect();
        let opts = Options::default()
            .with_budget(budget)
            .with_order(if rank { Order::Rank } else { Order::Article });
        let a = summarize(&articles, &opts).expect("valid input summarises");
        let b = summarize(&articles, &opts).expect("valid input summarises");
        prop_assert_eq!(&a, &b);
        prop_assert_eq!(a.articles.len(), articles.len());
        if let Budget::Sentences(k) = budget {
            prop_assert!(a.sentences.len() <= k);
        }
        for s in &a.sentences {
            let text = &articles[s.at.article].text;
            prop_assert_eq!(&text[s.at.span.start..s.at.span.end], s.text.as_str());
            let utf16: usize = text[..s.at.span.start].encode_utf16().count();
            prop_assert_eq!(utf16, s.at.span.start_utf16);
            prop_assert_eq!(&a.articles[s.at.article].sentences[s.at.sentence].status, &Status::Chosen);
            for v in &s.versions {
                let t = &articles[v.at.article].text;
                prop_assert_eq!(&t[v.at.span.start..v.at.span.end], v.text.as_str());
            }
        }
    }

    #[test]
    fn nothing_panics_on_arbitrary_bytes(bytes in prop::collection::vec(any::<u8>(), 0..2000), lang in "[a-z]{0,3}") {
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let _ = summarize(&[Article::new(text.clone()).with_title(text)], &Options::default().with_language(lang));
    }

    #[test]
    fn dedup_never_panics(lines in prop::collection::vec(newsy(), 0..20)) {
        let d = gistr::Dedup::new(&lines, None);
        for g in d.groups() {
            prop_assert!(g.len() >= 2);
            prop_assert!(g.windows(2).all(|w| w[0] < w[1]));
        }
        let _ = d.compare(0, lines.len() + 5);
    }
}
