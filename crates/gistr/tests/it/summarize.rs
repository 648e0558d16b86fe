//! Integration tests of `summarize` on articles written for this project,
//! never on evaluation data: the strike articles (tests/fixtures/strike)
//! and the bridge articles (below): boilerplate never reaches a summary,
//! budgets hold, no fact is stated twice, every article reporting a fact
//! is credited, left-out sentences say why. The last test also reads
//! `../shared/seeds/*.txt` when it is there.
//!
//! (Merged from tests/summarize.rs and tests/quality.rs, which overlapped.)

use gistr::{summarize, Article, Budget, Dedup, ErrorKind, Options, Order, Status, Summary};
use unicode_segmentation::UnicodeSegmentation;

use crate::common;
use common::{run, strike};

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
        (0, "Advertisement", "advertising"),
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
    let text = &articles[0].text;
    let lead = s.articles[0]
        .sentences
        .iter()
        .map(|r| &text[r.span.start..r.span.end])
        .find(|t| t.contains("About 3,000 dock workers"))
        .expect("the lead sentence");
    assert!(lead.starts_with("About 3,000"), "{lead:?}");
    assert!(s.sentences.iter().all(|c| !c.text.starts_with("HALDEN")));
}

#[test]
fn boilerplate_scores_zero() {
    // Mixed with content, and alone (where no sentence has a prior and
    // PageRank alone would rank every sentence alike, at 1).
    let furniture = "Subscribe to our newsletter\nShare this article\nAll rights reserved.\n";
    let check = |articles: &[Article], boilerplate: usize| {
        let s = summarize(articles, &Options::default()).unwrap();
        let reports: Vec<_> = s.articles.iter().flat_map(|a| &a.sentences).collect();
        let scores: Vec<f32> = reports
            .iter()
            .filter(|r| matches!(r.status, Status::Boilerplate(_)))
            .map(|r| r.score)
            .collect();
        assert_eq!(scores, vec![0.0; boilerplate], "{s:#?}");
    };
    check(&[Article::new(furniture)], 3);
    let mut mixed = strike();
    mixed.push(Article::new(furniture));
    let n = summarize(&mixed, &Options::default())
        .unwrap()
        .articles
        .iter()
        .flat_map(|a| &a.sentences)
        .filter(|r| matches!(r.status, Status::Boilerplate(_)))
        .count();
    assert!(n > 3);
    check(&mixed, n);
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
fn the_most_reported_fact_is_credited_to_its_near_copies() {
    let s = run(Budget::Sentences(3));
    let strike_called = s
        .sentences
        .iter()
        .find(|c| c.text.contains("Coastal Dockers Union"))
        .expect("the union fact is in a 3-sentence summary");
    // Credited to the two articles that state it in near-copies; the wire
    // story's "went on strike … in a dispute over automation, the union
    // said" shares the event but not the claim (who called it, why): it is
    // related, shown but not counted ("reported by" is strict, issue 18).
    assert_eq!(strike_called.articles, vec![0, 1]);
    assert!(
        strike_called.related.iter().any(|r| r.at.article == 2),
        "{strike_called:#?}"
    );
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
fn two_versions_of_one_fact_are_never_both_chosen() {
    // Found by the property test (tests/it/properties.rs): the second and the
    // fourth sentence are versions of one fact (one cluster) that are
    // neither graph neighbours nor in one duplicate group, so selection
    // never compared them, and both were chosen.
    let articles = [
        "The transport minister rejected a pay rise of four percent in Halden after a long debate, officials said.\n\
         On Monday in Halden, the transport minister rejected the new bridge.\n\
         Port workers rejected the rail strike across the region after a long debate.\n",
        "Port workers criticised a pay rise of four percent across the region after a long debate, officials said.\n\
         Port workers approved the new bridge in Halden after a long debate.\n\
         The transport minister announced a pay rise of four percent in Halden after a long debate.\n",
        "Port workers criticised a pay rise of four percent across the region after a long debate.\n",
    ]
    .map(Article::new);
    let s = summarize(&articles, &Options::default().with_budget(Budget::Sentences(2))).unwrap();
    let cluster = |c: &gistr::Chosen| s.articles[c.at.article].sentences[c.at.sentence].cluster;
    assert!(s.sentences.iter().any(|c| cluster(c).is_some()), "{s:#?}");
    for (x, a) in s.sentences.iter().enumerate() {
        for b in &s.sentences[x + 1..] {
            assert!(
                cluster(a).is_none() || cluster(a) != cluster(b),
                "{:?} / {:?}",
                a.text,
                b.text
            );
        }
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
    for articles in [strike(), bridge()] {
        let opts = Options::default().with_budget(Budget::Words(100));
        let a = summarize(&articles, &opts).expect("summary");
        for _ in 0..3 {
            assert_eq!(summarize(&articles, &opts).expect("summary"), a);
        }
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
    assert!(!s.unmatched_focus);
}

/// A focus none of whose words the articles hold is ignored (it changed
/// the summary for no reason: a reviewer's "zzzz qqqq"), and the summary
/// says so.
#[test]
fn a_focus_the_articles_do_not_hold_is_ignored_and_said() {
    for budget in [Budget::Sentences(2), Budget::Sentences(5), Budget::Words(60)] {
        let opts = Options::default().with_budget(budget);
        let plain = summarize(&strike(), &opts).expect("summary");
        let focused = summarize(&strike(), &opts.clone().with_focus("zzzz qqqq")).expect("summary");
        assert!(focused.unmatched_focus);
        assert!(!plain.unmatched_focus);
        let texts = |s: &Summary| s.sentences.iter().map(|c| c.text.clone()).collect::<Vec<_>>();
        assert_eq!(texts(&focused), texts(&plain), "{budget:?}");
    }
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
                let (again, once) = (again.expect("summary"), once.expect("summary"));
                assert_eq!(again, once, "{budget:?} {order:?}");
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
    // The summary says that not every sentence was compared: 3,000 usable,
    // 2,000 candidates. Below the pool's size it says nothing.
    assert_eq!(
        s.compared,
        Some(gistr::Compared {
            sentences: 2000,
            of: 3000
        })
    );
    let few = summarize(&articles[..150], &options).expect("summary");
    assert_eq!(few.sentences.len(), 6);
    assert_eq!(few.compared, None);
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

// The bridge articles: three reports of one closure, with bylines,
// credits, newsletter lines, a repeated paragraph and a headline list.

const A: &str = "\
Harbour Bridge Closes After Crack Found
By Mira Okafor and Tom Reyes
PORTVALE (AP) -- Engineers closed the Harbour Bridge in Portvale on Monday after inspectors found a crack in one of its steel supports.
The bridge carries about 40,000 vehicles a day between the old town and the port district.
Advertisement
City officials said the bridge would stay closed for at least three weeks while engineers assess the damage.
Photo: Jan Smit/Portvale Daily
Traffic was diverted to the river tunnel, where queues stretched for several kilometres during the morning rush hour.
The city council will hold an emergency meeting on Wednesday to discuss repair funding.
Sign up for our morning newsletter.
Share this article
";

const B: &str = "\
PORTVALE, Estland _ The Harbour Bridge in Portvale was shut on Monday when inspectors discovered a crack in a steel support, engineers said.
Mayor Lena Brandt said the closure would last at least three weeks while the damage is assessed.
Around 40,000 vehicles cross the bridge every day, linking the old town with the port district.
Ferry operators added extra crossings to carry commuters across the river during the closure.
Ferry operators added extra crossings to carry commuters across the river during the closure.
The bridge was built in 1962 and last renovated in 1998, according to city records.
Read more: Portvale budget talks stall
";

const C: &str = "\
Inspectors found a crack in a steel support of Portvale's Harbour Bridge, and engineers closed it on Monday.
Local businesses in the port district said they feared losing customers during the closure.
The council meets on Wednesday in an emergency session to find money for repairs, a spokesman said.
Freight companies warned that deliveries to the port could be delayed by several hours a day.
More from the region
Storm Knocks Out Power In Three Valleys -
Local Choir Wins National Title -
Zoo Welcomes Twin Red Pandas -
Marathon Route Announced For Autumn -
";

/// Phrases that must not appear in any summary of the bridge fixtures.
const NEVER: &[&str] = &[
    "By Mira",
    "Advertisement",
    "Photo:",
    "Sign up",
    "Share this",
    "Read more",
    "More from the region",
    "Storm Knocks",
    "Choir",
    "Red Pandas",
    "Marathon",
    "PORTVALE (AP)",
    "PORTVALE, Estland",
    "Harbour Bridge Closes After Crack Found",
];

fn bridge() -> Vec<Article> {
    vec![
        Article::new(A).with_title("Harbour Bridge Closes After Crack Found"),
        Article::new(B),
        Article::new(C),
    ]
}

fn words(text: &str) -> usize {
    text.unicode_words().count()
}

/// No two chosen sentences are duplicates by the product's own decision,
/// judged in the context of the whole input (IDF over all its sentences,
/// as the summariser has it).
fn assert_no_duplicates(summary: &Summary, articles: &[Article]) {
    let mut all: Vec<&str> = Vec::new();
    let mut index = std::collections::BTreeMap::new();
    for (a, report) in summary.articles.iter().enumerate() {
        for (k, r) in report.sentences.iter().enumerate() {
            index.insert((a, k), all.len());
            all.push(&articles[a].text[r.span.start..r.span.end]);
        }
    }
    let d = Dedup::new(&all, Some("en"));
    let chosen: Vec<(usize, &str)> = summary
        .sentences
        .iter()
        .map(|c| (index[&(c.at.article, c.at.sentence)], c.text.as_str()))
        .collect();
    for (i, &(x, tx)) in chosen.iter().enumerate() {
        for &(y, ty) in &chosen[i + 1..] {
            assert!(
                !d.compare(x, y).duplicate && tx != ty,
                "duplicates: {tx:?} / {ty:?}"
            );
        }
    }
}

fn assert_clean(summary: &Summary) {
    for s in &summary.sentences {
        for bad in NEVER {
            assert!(!s.text.contains(bad), "{bad:?} reached the summary: {:?}", s.text);
        }
    }
}

#[test]
fn no_boilerplate_or_repeat_reaches_a_bridge_summary() {
    for budget in [
        Budget::Sentences(3),
        Budget::Sentences(50),
        Budget::Words(60),
        Budget::Words(1000),
        Budget::Ratio(1.0),
    ] {
        let s = summarize(&bridge(), &Options::default().with_budget(budget)).unwrap();
        assert!(!s.sentences.is_empty(), "{budget:?}");
        assert_clean(&s);
        assert_no_duplicates(&s, &bridge());
    }
}

#[test]
fn the_shared_bridge_fact_comes_first_and_is_credited_to_all() {
    let s = summarize(&bridge(), &Options::default().with_budget(Budget::Sentences(1))).unwrap();
    assert_eq!(s.sentences.len(), 1);
    let top = &s.sentences[0];
    assert!(top.text.contains("crack"), "{:?}", top.text);
    assert_eq!(top.articles, vec![0, 1, 2]);
}

#[test]
fn word_budget_holds_on_the_bridge_articles() {
    for n in [15, 40, 60, 100] {
        let s = summarize(&bridge(), &Options::default().with_budget(Budget::Words(n))).unwrap();
        let total: usize = s.sentences.iter().map(|c| words(&c.text)).sum();
        // The last sentence may run over by a fifth of the budget, 20 words at most.
        assert!(total <= n + (n / 5).min(20), "{total} words for a budget of {n}");
        assert!(!s.sentences.is_empty());
    }
}

#[test]
fn sentence_budget_holds_without_repeats() {
    for k in 1..6 {
        let s = summarize(&bridge(), &Options::default().with_budget(Budget::Sentences(k))).unwrap();
        assert!(s.sentences.len() <= k);
        assert_no_duplicates(&s, &bridge());
    }
}

#[test]
fn repeated_paragraph_is_not_chosen_twice() {
    let s = summarize(&bridge(), &Options::default().with_budget(Budget::Words(1000))).unwrap();
    let ferry = s
        .sentences
        .iter()
        .filter(|c| c.text.contains("Ferry operators"))
        .count();
    assert!(ferry <= 1);
}

#[test]
fn odd_inputs_do_not_panic() {
    let odd = [
        "",
        "\n\n\n",
        "“",
        "``",
        "(",
        "WASHINGTON (AP) --",
        "BEIJING, May 9 (Xinhua) -- ",
        "A -\nB -\nC -",
        "é“”‘’«»—–…",
        "?!?!",
        "By",
        "\u{0}\u{1}",
    ];
    for text in odd {
        for budget in [Budget::Sentences(1), Budget::Words(1), Budget::Ratio(0.5)] {
            let arts = [Article::new(text), Article::new(A)];
            let _ = summarize(&arts, &Options::default().with_budget(budget));
            let _ = summarize(&[Article::new(text)], &Options::default().with_budget(budget));
        }
    }
}

/// Reads `../shared/seeds/*.txt` (each one article) when present: the summary
/// holds nothing of the headline list that ends `003_*.txt`, and no two of
/// its sentences say the same thing.
#[test]
fn seeds() {
    let Some(files) = common::seed_files() else {
        return;
    };
    let texts: Vec<(String, String)> = files
        .iter()
        .filter_map(|p| {
            let name = p.file_name()?.to_string_lossy().into_owned();
            Some((name, std::fs::read_to_string(p).ok()?))
        })
        .collect();
    let Some((_, seed3)) = texts.iter().find(|(n, _)| n.starts_with("003_")) else {
        eprintln!("skipped: no 003_*.txt among the seeds");
        return;
    };
    // The headline list: the lines after the last "-" line.
    let lines: Vec<&str> = seed3.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let from = lines
        .iter()
        .rposition(|l| *l == "-")
        .map_or(lines.len(), |i| i + 1);
    let headlines: Vec<&str> = lines[from..]
        .iter()
        .map(|l| l.trim_end_matches('-').trim())
        .filter(|l| !l.is_empty())
        .collect();
    assert!(headlines.len() >= 3, "003's headline list not found");
    let articles: Vec<Article> = texts.iter().map(|(_, t)| Article::new(t.clone())).collect();
    for budget in [Budget::Sentences(5), Budget::Words(250), Budget::Ratio(1.0)] {
        for group in [&articles[..], std::slice::from_ref(&Article::new(seed3.clone()))] {
            let s = summarize(group, &Options::default().with_budget(budget)).unwrap();
            for c in &s.sentences {
                for h in &headlines {
                    assert!(!c.text.contains(h), "headline {h:?} in the summary: {:?}", c.text);
                }
            }
            assert_no_duplicates(&s, group);
        }
    }
}

/// "Each fact once" at any size: one sentence copied 10,000 times (far
/// more than the graph's cap of the next 100 sentences under a term, and
/// than the 2,000 candidates) is stated once, as 30 copies are; copies are
/// found by hash before any capped comparison. Issue 18 item 6.
#[test]
fn a_sentence_copied_ten_thousand_times_is_stated_once() {
    let copy = "The city council approved the new river bridge on Tuesday after a long debate. ";
    let other = "Construction of the bridge will cost forty million dollars and start in May. \
                 Residents of the east bank had asked for a crossing for more than a decade. \
                 The mayor said traffic downtown would ease within two years of the opening. ";
    for copies in [30, 10_000] {
        let text = format!("{}{other}", copy.repeat(copies));
        let summary = summarize(
            &[Article::new(text)],
            &Options::default().with_budget(Budget::Sentences(5)),
        )
        .expect("summary");
        let stated = summary
            .sentences
            .iter()
            .filter(|s| s.text == copy.trim_end())
            .count();
        assert_eq!(stated, 1, "{copies} copies: {:#?}", summary.sentences);
    }
}
