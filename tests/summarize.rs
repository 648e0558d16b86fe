//! Integration tests of `summarize` on fixture articles written for this
//! project (tests/fixtures), never on evaluation data.

use gistr::{summarize, Article, Budget, ErrorKind, Options, Order, Status, Summary};

fn strike() -> Vec<Article> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/strike");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("fixtures")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("").to_string();
            Article::new(std::fs::read_to_string(p).expect("fixture")).with_source(name)
        })
        .collect()
}

fn run(budget: Budget) -> Summary {
    summarize(&strike(), &Options::default().with_budget(budget)).expect("summary")
}

/// Text that must never reach a summary of the strike fixtures.
const JUNK: &[&str] = &[
    "Local team wins",
    "storm warning",
    "Celebrity chef",
    "Five tips",
    "By Mara Ellison",
    "Advertisement",
    "Sign up",
    "Read more",
    "Photo:",
    "Share this",
    "HALDEN (Harbour Herald)",
];

#[test]
fn no_boilerplate_reaches_the_summary() {
    for budget in [Budget::Sentences(20), Budget::Words(400), Budget::Ratio(1.0)] {
        let s = run(budget);
        assert!(!s.sentences.is_empty());
        for c in &s.sentences {
            for junk in JUNK {
                assert!(!c.text.contains(junk), "{junk:?} in {:?}", c.text);
            }
        }
    }
}

#[test]
fn boilerplate_is_reported_with_its_reason() {
    let s = run(Budget::Sentences(3));
    let articles = strike();
    let reason_of = |a: usize, needle: &str| {
        let text = &articles[a].text;
        s.articles[a]
            .sentences
            .iter()
            .find(|r| text[r.span.start..r.span.end].contains(needle))
            .map(|r| r.status.clone())
    };
    let cases: &[(usize, &str, &str)] = &[
        (0, "By Mara Ellison", "byline"),
        (0, "Advertisement", "page furniture"),
        (0, "Celebrity chef", "headline list"),
        (1, "The union warns", "repeated paragraph"),
        (2, "Share this", "page furniture"),
    ];
    for &(a, needle, reason) in cases {
        // The repeated paragraph: its second copy is the boilerplate one.
        let status = if reason == "repeated paragraph" {
            let text = &articles[a].text;
            s.articles[a]
                .sentences
                .iter()
                .filter(|r| text[r.span.start..r.span.end].contains(needle))
                .nth(1)
                .map(|r| r.status.clone())
        } else {
            reason_of(a, needle)
        };
        assert_eq!(status, Some(Status::Boilerplate(reason)), "{needle}");
    }
    // The dateline is cut off the sentence that follows it.
    let first = s.articles[0]
        .sentences
        .iter()
        .find(|r| r.status != Status::Boilerplate("byline"));
    assert!(first.is_some());
    assert!(s.sentences.iter().all(|c| !c.text.starts_with("HALDEN")));
}

#[test]
fn budgets_are_respected() {
    let cases = [
        (Budget::Sentences(1), 1, usize::MAX),
        (Budget::Sentences(4), 4, usize::MAX),
        // About n words: the last sentence may cross n by min(20, n/5).
        (Budget::Words(60), usize::MAX, 72),
        (Budget::Words(150), usize::MAX, 170),
    ];
    for (budget, max_sentences, max_words) in cases {
        let s = run(budget);
        let words: usize = s
            .sentences
            .iter()
            .map(|c| c.text.split_whitespace().count())
            .sum();
        assert!(s.sentences.len() <= max_sentences, "{budget:?}");
        assert!(words <= max_words, "{budget:?}: {words} words");
        assert!(!s.sentences.is_empty());
    }
    let all = run(Budget::Ratio(1.0)).sentences.len();
    let some = run(Budget::Ratio(0.2)).sentences.len();
    assert!(some < all, "{some} < {all}");
}

#[test]
fn the_most_reported_fact_is_credited_to_every_article() {
    let s = run(Budget::Sentences(3));
    let strike_called = s
        .sentences
        .iter()
        .find(|c| c.text.contains("Coastal Dockers Union"))
        .expect("the union fact is in a 3-sentence summary");
    assert_eq!(strike_called.articles, vec![0, 1, 2]);
    assert!(strike_called.independent >= 2);
    assert!(!strike_called.versions.is_empty());
    for v in &strike_called.versions {
        assert!(v.at.article != strike_called.at.article || v.at.sentence != strike_called.at.sentence);
        assert!(v.similarity > 0.0 && v.similarity <= 1.0);
    }
}

#[test]
fn left_out_sentences_say_why() {
    let s = run(Budget::Sentences(2));
    let mut below = 0;
    for a in &s.articles {
        for r in &a.sentences {
            match &r.status {
                Status::Duplicate { of, similarity } => {
                    assert!(*similarity > 0.0);
                    let target = &s.articles[of.article].sentences[of.sentence];
                    assert_eq!(
                        target.status,
                        Status::Chosen,
                        "a duplicate points at a chosen sentence"
                    );
                }
                Status::BelowBudget => below += 1,
                _ => {}
            }
        }
    }
    assert!(below > 0);
}

#[test]
fn every_version_of_a_chosen_fact_is_marked_a_duplicate() {
    // With one sentence, the selection stops early; the other versions of
    // the chosen fact are still duplicates, not "below budget".
    let s = run(Budget::Sentences(1));
    let chosen = &s.sentences[0];
    let cluster = s.articles[chosen.at.article].sentences[chosen.at.sentence].cluster;
    assert!(cluster.is_some() && !chosen.versions.is_empty());
    for v in &chosen.versions {
        let status = &s.articles[v.at.article].sentences[v.at.sentence].status;
        assert!(
            matches!(status, Status::Duplicate { of, .. } if *of == chosen.at),
            "{:?}: {status:?}",
            v.text
        );
    }
}

#[test]
fn rank_order_is_best_first_and_article_order_follows_the_text() {
    let opts = Options::default().with_budget(Budget::Sentences(5));
    let by_rank = summarize(&strike(), &opts.clone().with_order(Order::Rank)).expect("summary");
    assert!(by_rank.sentences.windows(2).all(|w| w[0].score >= w[1].score));
    let by_article = summarize(&strike(), &opts).expect("summary");
    assert!(by_article
        .sentences
        .windows(2)
        .all(|w| (w[0].at.article, w[0].at.span.start) < (w[1].at.article, w[1].at.span.start)));
    let mut a: Vec<_> = by_rank.sentences.iter().map(|c| c.text.clone()).collect();
    let mut b: Vec<_> = by_article.sentences.iter().map(|c| c.text.clone()).collect();
    a.sort();
    b.sort();
    assert_eq!(a, b, "order changes the order only");
}

#[test]
fn output_is_deterministic() {
    let a = run(Budget::Words(120));
    for _ in 0..3 {
        assert_eq!(run(Budget::Words(120)), a);
    }
}

#[test]
fn keywords_name_the_story() {
    let s = run(Budget::Sentences(3));
    assert!(!s.keywords.is_empty());
    assert_eq!(s.keywords[0].score, 1.0);
    let top: Vec<String> = s.keywords.iter().take(8).map(|k| k.text.to_lowercase()).collect();
    assert!(
        top.iter()
            .any(|k| k.contains("port") || k.contains("union") || k.contains("strike")),
        "{top:?}"
    );
}

#[test]
fn focus_pulls_the_summary_toward_it() {
    let opts = Options::default().with_budget(Budget::Sentences(1));
    let s = summarize(&strike(), &opts.with_focus("economists cost exports billion")).expect("summary");
    assert!(
        s.sentences[0].text.contains("billion"),
        "{:?}",
        s.sentences[0].text
    );
}

#[test]
fn errors_and_edge_cases() {
    let opts = Options::default();
    let cases: Vec<(Vec<Article>, Options, Option<ErrorKind>)> = vec![
        (vec![], opts.clone(), Some(ErrorKind::NoArticles)),
        (
            vec![Article::new("x".repeat(100))],
            opts.clone().with_max_bytes(10),
            Some(ErrorKind::TooLarge {
                bytes: 100,
                limit: 10,
            }),
        ),
        (vec![Article::new("")], opts.clone(), None),
        (vec![Article::new("   \n\n  ")], opts.clone(), None),
        (vec![Article::new("\u{0}\u{1}\u{2}\u{fffd}")], opts.clone(), None),
        (vec![Article::new("Word")], opts.clone(), None),
    ];
    for (articles, o, expected) in cases {
        match (summarize(&articles, &o), expected) {
            (Err(e), Some(kind)) => assert_eq!(e.kind(), &kind),
            (Ok(s), None) => {
                assert!(s.sentences.is_empty());
                assert!(s.empty.is_some(), "an empty summary says why");
                assert_eq!(s.articles.len(), articles.len());
            }
            (got, want) => panic!("{got:?} for {want:?}"),
        }
    }
    let invalid = [
        Options::default().with_budget(Budget::Sentences(0)),
        Options::default().with_budget(Budget::Words(0)),
        Options::default().with_budget(Budget::Ratio(0.0)),
        Options::default().with_budget(Budget::Ratio(f64::NAN)),
        Options::default().with_budget(Budget::Ratio(1.5)),
        Options::default().with_language("xx"),
    ];
    // A binary-looking article among others: nothing is summarised, and the
    // summary says which.
    let s = summarize(
        &[
            Article::new("A real article."),
            Article::new("\u{0}\u{1}\u{2}\u{fffd}"),
        ],
        &opts,
    )
    .expect("a summary");
    assert!(s.sentences.is_empty());
    assert_eq!(s.empty, Some(gistr::Empty::Binary { article: 1 }));
    for o in invalid {
        let e = summarize(&strike(), &o).expect_err("invalid option");
        assert!(matches!(e.kind(), ErrorKind::InvalidOption { .. }), "{e}");
        assert!(e.to_string().starts_with("invalid option"));
    }
}

#[test]
fn a_large_input_stays_practical() {
    // 400 articles, about 1 MB: must finish (the graph is sparse).
    let base = strike();
    let articles: Vec<Article> = (0..400)
        .map(|i| Article::new(format!("{} Item {i} closes the report.", base[i % 3].text)))
        .collect();
    let s = summarize(&articles, &Options::default()).expect("summary");
    assert_eq!(s.articles.len(), 400);
    assert!(!s.sentences.is_empty());
}

#[test]
fn a_summarizer_gives_what_summarize_gives_at_every_budget() {
    let articles = strike();
    for base in [Options::default(), Options::default().with_focus("pay offer")] {
        let summarizer = gistr::Summarizer::new(articles.clone(), &base).expect("analysis");
        assert_eq!(summarizer.articles().len(), articles.len());
        for budget in [
            Budget::Sentences(1),
            Budget::Sentences(4),
            Budget::Words(60),
            Budget::Words(400),
            Budget::Ratio(0.3),
        ] {
            for order in [Order::Article, Order::Rank] {
                let once = summarize(&articles, &base.clone().with_budget(budget).with_order(order));
                let again = summarizer.summarize(budget, order);
                assert_eq!(again.ok(), once.ok(), "{budget:?} {order:?}");
            }
        }
        // A bad budget is an error here too, not a panic.
        let bad = summarizer.summarize(Budget::Ratio(1.5), Order::Article);
        assert!(matches!(
            bad.map_err(|e| e.kind().clone()),
            Err(ErrorKind::InvalidOption { .. })
        ));
    }
}

#[test]
fn beyond_the_candidate_pool_the_summary_keeps_its_invariants() {
    // 300 articles of 10 distinct sentences: more usable sentences than the
    // candidate pool (2,000), so only the best-ranked are candidates.
    let who = [
        "The council",
        "The mayor",
        "The union",
        "The court",
        "The company",
        "Local police",
        "The governor",
        "Parents",
        "The board",
        "Residents",
        "Farmers",
    ];
    let did = [
        "approved",
        "rejected",
        "delayed",
        "questioned",
        "funded",
        "reviewed",
        "announced",
    ];
    let what = [
        "a new bridge",
        "the school budget",
        "the water plan",
        "a tax on fuel",
        "the hospital wing",
        "the bus routes",
        "a housing project",
        "the harbour dredging",
        "a park",
    ];
    let articles: Vec<Article> = (0..300)
        .map(|a| {
            let text: Vec<String> = (0..10)
                .map(|k| {
                    let n = a * 10 + k;
                    format!(
                        "{} {} {} for district {} on Tuesday after {} weeks of debate.",
                        who[n % who.len()],
                        did[(n / 3) % did.len()],
                        what[(n / 7) % what.len()],
                        n,
                        n % 9 + 2
                    )
                })
                .collect();
            Article::new(text.join(" "))
        })
        .collect();
    let options = Options::default().with_budget(Budget::Sentences(6));
    let s = summarize(&articles, &options).expect("summary");
    assert_eq!(s.sentences.len(), 6);
    let statuses: Vec<&Status> = s
        .articles
        .iter()
        .flat_map(|a| a.sentences.iter().map(|x| &x.status))
        .collect();
    assert_eq!(statuses.len(), 3000);
    assert_eq!(statuses.iter().filter(|x| matches!(x, Status::Chosen)).count(), 6);
    assert!(
        statuses
            .iter()
            .filter(|x| matches!(x, Status::BelowBudget))
            .count()
            > 1000
    );
    // No two chosen sentences share a cluster.
    let mut clusters: Vec<usize> = s
        .sentences
        .iter()
        .filter_map(|c| s.articles[c.at.article].sentences[c.at.sentence].cluster)
        .collect();
    let n = clusters.len();
    clusters.sort_unstable();
    clusters.dedup();
    assert_eq!(clusters.len(), n);
    // The kept analysis gives the same at another length.
    let summarizer = gistr::Summarizer::new(articles.clone(), &options).expect("analysis");
    let again = summarizer
        .summarize(Budget::Words(80), Order::Rank)
        .expect("summary");
    let once = summarize(
        &articles,
        &options
            .clone()
            .with_budget(Budget::Words(80))
            .with_order(Order::Rank),
    );
    assert_eq!(Some(again), once.ok());
}
