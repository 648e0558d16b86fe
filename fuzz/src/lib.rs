//! What the fuzz targets share: how libFuzzer's bytes become articles and
//! options, and the invariants every summary must keep.
//!
//! The input format is text-friendly, so that the corpora can be seeded
//! with the articles of `tests/fixtures` (`scripts/fuzz.sh` writes the
//! seeds at run time):
//!
//! ```text
//! byte 0      budget kind (low 2 bits: sentences, words, ratio, odd ratio),
//!             order (bit 2), a title and source from each article's first
//!             lines (bit 3)
//! bytes 1-2   the budget's number, little endian
//! byte 3      the language, an index into LANGUAGES
//! byte 4      the focus: the first N bytes of the text
//! bytes 5-7   reserved (more budgets, for the `summarizer` target)
//! the rest    UTF-8 text (invalid bytes replaced), articles separated by
//!             the byte 0x1E (record separator)
//! ```
#![deny(missing_docs)]

use gistr::{Article, Budget, Options, Order, Status, Summary};

/// The header's length in bytes.
pub const HEADER: usize = 8;

/// The most articles one input makes (libFuzzer's inputs are small anyway).
pub const MAX_ARTICLES: usize = 32;

/// Language codes the options may name: valid, automatic, upper case,
/// unknown and empty ones.
pub const LANGUAGES: &[&str] = &[
    "auto", "en", "fr", "de", "es", "it", "ru", "zh", "ja", "ar", "he", "EN", "", "xx", "en-US", "Auto",
    "el", "hi",
];

/// One decoded input.
#[derive(Debug)]
pub struct Case {
    /// The articles.
    pub articles: Vec<Article>,
    /// The options, as a caller could set them (possibly invalid).
    pub options: Options,
    /// The three bytes of the header left for more budgets.
    pub extra: [u8; 3],
}

/// A budget from a kind and a number. Kind 3 makes the ratios a caller
/// could pass by mistake: 0, above 1, negative, NaN, infinite.
pub fn budget(kind: u8, n: u16) -> Budget {
    match kind & 3 {
        0 => Budget::Sentences(n as usize),
        1 => Budget::Words(n as usize),
        2 => Budget::Ratio(f64::from(n) / 1000.0),
        _ => Budget::Ratio(match n % 6 {
            0 => 0.0,
            1 => f64::NAN,
            2 => f64::INFINITY,
            3 => -f64::from(n) / 1000.0,
            4 => 1.0 + f64::from(n) / 1000.0,
            _ => f64::MIN_POSITIVE,
        }),
    }
}

/// Decodes `data` (see the crate documentation); `None` when it is
/// shorter than the header.
pub fn decode(data: &[u8]) -> Option<Case> {
    let (head, body) = data.split_at_checked(HEADER)?;
    let text = String::from_utf8_lossy(body);
    let focus_len = (head[4] as usize).min(text.len());
    let focus: String = text
        .chars()
        .scan(0, |n, c| {
            *n += c.len_utf8();
            (*n <= focus_len).then_some(c)
        })
        .collect();
    let titled = head[0] & 8 != 0;
    let articles = text
        .split('\u{1e}')
        .take(MAX_ARTICLES)
        .map(|t| {
            if !titled {
                return Article::new(t);
            }
            let mut lines = t.splitn(3, '\n');
            let title = lines.next().unwrap_or_default();
            let source = lines.next().unwrap_or_default();
            Article::new(lines.next().unwrap_or_default())
                .with_title(title)
                .with_source(source)
        })
        .collect();
    let options = Options::default()
        .with_budget(budget(head[0], u16::from_le_bytes([head[1], head[2]])))
        .with_order(if head[0] & 4 != 0 {
            Order::Rank
        } else {
            Order::Article
        })
        .with_language(LANGUAGES[head[3] as usize % LANGUAGES.len()])
        .with_focus(focus);
    Some(Case {
        articles,
        options,
        extra: [head[5], head[6], head[7]],
    })
}

/// Whether `budget` is one that the options accept (their documented range).
pub fn valid_budget(budget: Budget) -> bool {
    match budget {
        Budget::Sentences(n) | Budget::Words(n) => (1..=1_000_000_000).contains(&n),
        Budget::Ratio(r) => r > 0.0 && r <= 1.0,
    }
}

/// Panics unless `summary` keeps the promises of the crate for `articles`
/// summarised within `budget`: every sentence is a verbatim range of its
/// article at the offsets given (bytes and UTF-16), the budget's sentence
/// count holds, chosen sentences are marked chosen and no two share a
/// duplicate cluster, every article has its report, scores are numbers.
pub fn check_summary(articles: &[Article], budget: Budget, summary: &Summary) {
    assert_eq!(summary.articles.len(), articles.len(), "one report per article");
    if let Budget::Sentences(k) = budget {
        assert!(
            summary.sentences.len() <= k,
            "{} sentences for a budget of {k}",
            summary.sentences.len()
        );
    }
    let mut clusters = Vec::new();
    for s in &summary.sentences {
        assert!(s.score.is_finite(), "score {}", s.score);
        let text = &articles[s.at.article].text;
        let span = &s.at.span;
        assert_eq!(
            text.get(span.start..span.end),
            Some(s.text.as_str()),
            "chosen text is its span"
        );
        assert_eq!(
            text[..span.start].encode_utf16().count(),
            span.start_utf16,
            "UTF-16 start"
        );
        assert_eq!(
            text[..span.end].encode_utf16().count(),
            span.end_utf16,
            "UTF-16 end"
        );
        let report = &summary.articles[s.at.article].sentences[s.at.sentence];
        assert_eq!(report.status, Status::Chosen);
        assert_eq!(report.span, s.at.span);
        assert!(s.articles.contains(&s.at.article), "credits its own article");
        assert!(s.articles.windows(2).all(|w| w[0] < w[1]), "articles ascending");
        assert!(s.independent >= 1 && s.independent <= s.articles.len());
        if let Some(c) = report.cluster {
            assert!(!clusters.contains(&c), "two chosen sentences in cluster {c}");
            clusters.push(c);
        }
        for v in &s.versions {
            let t = &articles[v.at.article].text;
            assert_eq!(
                t.get(v.at.span.start..v.at.span.end),
                Some(v.text.as_str()),
                "version text is its span"
            );
            assert!((0.0..=1.0).contains(&v.similarity), "similarity {}", v.similarity);
        }
    }
    let chosen = summary
        .articles
        .iter()
        .flat_map(|a| &a.sentences)
        .filter(|s| s.status == Status::Chosen)
        .count();
    assert_eq!(
        chosen,
        summary.sentences.len(),
        "as many chosen as summary sentences"
    );
    for (a, report) in summary.articles.iter().enumerate() {
        let text = &articles[a].text;
        let mut at = 0;
        for s in &report.sentences {
            assert!(
                s.span.start >= at && s.span.start < s.span.end && s.span.end <= text.len(),
                "sentence spans in order"
            );
            assert!(
                text.get(s.span.start..s.span.end).is_some(),
                "span on char bounds"
            );
            assert!(s.score.is_finite(), "score {}", s.score);
            at = s.span.end;
        }
    }
    for k in &summary.keywords {
        assert!(k.score.is_finite() && !k.text.is_empty(), "keyword {k:?}");
    }
}
