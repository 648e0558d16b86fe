//! Property tests: sentence ranges rejoin to the input, a summary is a
//! subset of its input, nothing panics, output is deterministic, no two
//! chosen sentences repeat each other, and a `Summarizer` gives what
//! `summarize` gives.

use gistr::{summarize, Article, Budget, Options, Order, Status, Summarizer};
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

/// Several articles about one event: each tells some of a few facts, in
/// its own order, some verbatim, some attributed, reordered or with a word
/// changed, as articles from several outlets do.
fn event() -> impl Strategy<Value = Vec<Article>> {
    const WHO: &[&str] = &[
        "The city council",
        "Port workers",
        "The transport minister",
        "Regional police",
        "The union",
    ];
    const DID: &[&str] = &["approved", "rejected", "announced", "delayed", "criticised"];
    const WHAT: &[&str] = &[
        "the new bridge",
        "a pay rise of four percent",
        "the harbour plan",
        "emergency funding worth $40 million",
        "the rail strike",
    ];
    const WHERE: &[&str] = &[
        "in Halden",
        "near the northern docks",
        "across the region",
        "in the capital",
    ];
    const WHEN: &[&str] = &["on Monday", "late on Tuesday", "this week", "after a long debate"];
    let fact = (
        0..WHO.len(),
        0..DID.len(),
        0..WHAT.len(),
        0..WHERE.len(),
        0..WHEN.len(),
    );
    let article = prop::collection::vec((0usize..8, 0u8..4), 1..8);
    (
        prop::collection::vec(fact, 2..8),
        prop::collection::vec(article, 2..6),
    )
        .prop_map(|(facts, articles)| {
            articles
                .into_iter()
                .map(|told| {
                    let mut text = String::new();
                    for (f, variant) in told {
                        let (a, b, c, d, e) = facts[f % facts.len()];
                        let line = match variant {
                            0 => format!("{} {} {} {} {}.", WHO[a], DID[b], WHAT[c], WHERE[d], WHEN[e]),
                            1 => format!(
                                "{} {} {} {} {}, officials said.",
                                WHO[a], DID[b], WHAT[c], WHERE[d], WHEN[e]
                            ),
                            2 => format!(
                                "{} {}, {} {} {}.",
                                capital(WHEN[e]),
                                WHERE[d],
                                WHO[a].to_lowercase(),
                                DID[b],
                                WHAT[c]
                            ),
                            _ => format!(
                                "{} {} {} {} {}.",
                                WHO[a],
                                DID[(b + 1) % DID.len()],
                                WHAT[c],
                                WHERE[d],
                                WHEN[e]
                            ),
                        };
                        text.push_str(&line);
                        text.push('\n');
                    }
                    Article::new(text)
                })
                .collect()
        })
}

fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default()
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

    #[test]
    fn no_two_chosen_sentences_repeat_each_other(
        articles in event(),
        budget in budget(),
    ) {
        let summary = summarize(&articles, &Options::default().with_budget(budget)).expect("summary");
        let report = |r: &gistr::SentenceRef| &summary.articles[r.article].sentences[r.sentence];
        let chosen: Vec<&gistr::Chosen> = summary.sentences.iter().collect();
        for (x, a) in chosen.iter().enumerate() {
            prop_assert_eq!(&report(&a.at).status, &Status::Chosen);
            for b in &chosen[x + 1..] {
                let (ca, cb) = (report(&a.at).cluster, report(&b.at).cluster);
                prop_assert!(ca.is_none() || ca != cb, "{:?} and {:?} share cluster {:?}", a.text, b.text, ca);
                prop_assert!(!a.versions.iter().any(|v| v.at == b.at), "{:?} is a version of {:?}", b.text, a.text);
                prop_assert!(!b.versions.iter().any(|v| v.at == a.at), "{:?} is a version of {:?}", a.text, b.text);
            }
        }
        // Every sentence called a duplicate repeats a chosen one.
        for r in summary.articles.iter().flat_map(|a| &a.sentences) {
            if let Status::Duplicate { of, .. } = &r.status {
                prop_assert_eq!(&report(of).status, &Status::Chosen);
            }
        }
    }

    #[test]
    fn a_summarizer_gives_what_summarize_gives(
        articles in event(),
        budgets in prop::collection::vec((budget(), any::<bool>()), 1..4),
        focus in prop::option::of(prop_oneof![Just("bridge"), Just("strike funding"), Just("police")]),
    ) {
        let mut analysis = Options::default();
        if let Some(f) = focus {
            analysis = analysis.with_focus(f);
        }
        let summarizer = Summarizer::new(articles.clone(), &analysis).expect("analysis");
        // One analysis, several budgets in turn, as a length slider asks.
        for (budget, rank) in budgets {
            let order = if rank { Order::Rank } else { Order::Article };
            let whole = analysis.clone().with_budget(budget).with_order(order);
            prop_assert_eq!(
                summarizer.summarize(budget, order).expect("summary"),
                summarize(&articles, &whole).expect("summary")
            );
        }
    }
}
