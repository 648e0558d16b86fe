//! Summary quality on articles written for these tests: boilerplate never
//! reaches a summary, the budget holds, and no fact is stated twice.
//! The last test also reads `../shared/seeds/*.txt` when it is there.

use gistr::{summarize, Article, Budget, Dedup, Options, Summary};
use unicode_segmentation::UnicodeSegmentation;

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

/// Phrases that must not appear in any summary of the fixtures.
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

fn articles() -> Vec<Article> {
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
fn boilerplate_never_reaches_the_summary() {
    for budget in [
        Budget::Sentences(3),
        Budget::Sentences(50),
        Budget::Words(60),
        Budget::Words(1000),
        Budget::Ratio(1.0),
    ] {
        let s = summarize(&articles(), &Options::default().with_budget(budget)).unwrap();
        assert!(!s.sentences.is_empty(), "{budget:?}");
        assert_clean(&s);
        assert_no_duplicates(&s, &articles());
    }
}

#[test]
fn the_shared_fact_comes_first_and_is_credited_to_all() {
    let s = summarize(&articles(), &Options::default().with_budget(Budget::Sentences(1))).unwrap();
    assert_eq!(s.sentences.len(), 1);
    let top = &s.sentences[0];
    assert!(top.text.contains("crack"), "{:?}", top.text);
    assert_eq!(top.articles, vec![0, 1, 2]);
}

#[test]
fn word_budget_holds() {
    for n in [15, 40, 60, 100] {
        let s = summarize(&articles(), &Options::default().with_budget(Budget::Words(n))).unwrap();
        let total: usize = s.sentences.iter().map(|c| words(&c.text)).sum();
        // The last sentence may run over by a fifth of the budget, 20 words at most.
        assert!(total <= n + (n / 5).min(20), "{total} words for a budget of {n}");
        assert!(!s.sentences.is_empty());
    }
}

#[test]
fn sentence_budget_holds() {
    for k in 1..6 {
        let s = summarize(&articles(), &Options::default().with_budget(Budget::Sentences(k))).unwrap();
        assert!(s.sentences.len() <= k);
        assert_no_duplicates(&s, &articles());
    }
}

#[test]
fn repeated_paragraph_is_not_chosen_twice() {
    let s = summarize(&articles(), &Options::default().with_budget(Budget::Words(1000))).unwrap();
    let ferry = s
        .sentences
        .iter()
        .filter(|c| c.text.contains("Ferry operators"))
        .count();
    assert!(ferry <= 1);
}

#[test]
fn deterministic() {
    let opts = Options::default().with_budget(Budget::Words(80));
    let a = summarize(&articles(), &opts).unwrap();
    for _ in 0..3 {
        assert_eq!(summarize(&articles(), &opts).unwrap(), a);
    }
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
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds");
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("skipped: {} absent", dir.display());
        return;
    };
    let mut files: Vec<_> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let texts: Vec<(String, String)> = files
        .iter()
        .filter_map(|p| {
            let name = p.file_name()?.to_string_lossy().into_owned();
            Some((name, std::fs::read_to_string(p).ok()?))
        })
        .collect();
    let Some((_, seed3)) = texts.iter().find(|(n, _)| n.starts_with("003_")) else {
        eprintln!("skipped: no 003_*.txt in {}", dir.display());
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
