//! Page chrome on real saved pages never reaches a summary: six pages of
//! scrapinghub's article-extraction benchmark (MIT licence), kept as the
//! text the page reads of them in `tests/fixtures/aeb-2026-12-07` (see its
//! README), each with the chrome Readability leaves in the article.

use gistr::{summarize, Article, Budget, Options, Status};

/// Each page: its file, text of its chrome (none of it may be in a summary
/// sentence), and the opening of a sentence of its news (which must stay
/// content, neither boilerplate nor unfit).
const PAGES: &[(&str, &[&str], &str)] = &[
    (
        "7a457a4f",
        &[
            "Get breaking news alerts",
            "delivered weekday mornings",
            "Let our news meet your inbox",
            "speaks at the Capitol",
            "Applewhite",
            "is a reporter for NBC News",
        ],
        "A New York man pleaded guilty Monday",
    ),
    (
        "c50845a7",
        &[
            "Image credit",
            "An artist's concept",
            "illustration shows",
            "Related:",
            "Editor's note",
            "Email Tariq Malik",
            "Follow us on Twitter",
            "Join our Space Forums",
            "let us know at",
        ],
        "Today (Nov. 18), NASA announced the selection",
    ),
    (
        "9ebb3af6",
        &["In this Sunday", "AP Photo", "Zalubowski"],
        "New vehicle sales in the Houston area plunged",
    ),
    (
        "e7d77f18",
        &[
            "BGRDeals",
            "Quantities may be limited",
            "subject to change",
            "not be available to all customers",
            "may receive a commission",
            "Image Source",
        ],
        "Black Friday 2019 is going to be huge",
    ),
    (
        "3f65af7b",
        &[
            "Have a tip?",
            "may be reached at",
            "Follow her on Twitter",
            "Get the latest updates",
            "Subscribe to NJ.com",
        ],
        "The state’s new slogan for an anti-drug campaign",
    ),
    (
        "cc4aa22b",
        &["Zac covers Apple news"],
        "Apple first started replacing",
    ),
];

fn page(name: &str) -> String {
    let path = format!(
        "{}/../../tests/fixtures/aeb-2026-12-07/{name}.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

#[test]
fn no_chrome_of_real_pages_reaches_a_summary() {
    for &(name, chrome, news) in PAGES {
        let text = page(name);
        let articles = [Article::new(text.as_str())];
        for budget in [Budget::Sentences(5), Budget::Sentences(20), Budget::Ratio(1.0)] {
            let s = summarize(&articles, &Options::default().with_budget(budget)).expect("summary");
            assert!(!s.sentences.is_empty(), "{name} {budget:?}");
            for c in &s.sentences {
                for bit in chrome {
                    assert!(
                        !c.text.contains(bit),
                        "{name} {budget:?}: {bit:?} in {:?}",
                        c.text
                    );
                }
            }
            let lead = s.articles[0]
                .sentences
                .iter()
                .find(|r| text[r.span.start..r.span.end].starts_with(news))
                .map(|r| r.status.clone());
            assert!(
                matches!(lead, Some(ref st) if !matches!(st, Status::Boilerplate(_) | Status::Unfit(_))),
                "{name}: {news:?} is {lead:?}"
            );
        }
    }
}
