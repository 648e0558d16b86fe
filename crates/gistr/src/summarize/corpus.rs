//! Stages 1–4 (paragraphs, boilerplate, sentences, tokens) make a
//! [`Corpus`], and what the keywords, the concepts and the focus need of it.

use super::analysis::Sent;
use crate::boilerplate;
use crate::concepts::{self, Weighting};
use crate::input::Article;
use crate::keywords;
use crate::lang::{Analyzer, Language};
use crate::options::Options;
use crate::output::Keyword;
use crate::paragraph;
use crate::sentence;
use crate::tfidf::{self, Vector, Vectors};
use crate::token::{self, Interner, Term};
use crate::tuning::{Tuning, KEYWORDS, MIN_WORDS};

/// What stages 1–4 make of the articles: their sentences (with the
/// boilerplate marked) and each sentence's terms.
pub(super) struct Corpus {
    pub(super) analyzers: Vec<Analyzer>,
    /// Each article's analyzer.
    pub(super) article_lang: Vec<usize>,
    pub(super) article_words: Vec<usize>,
    pub(super) sents: Vec<Sent>,
    /// The terms of sentence `i` are `terms[term_at[i]..term_at[i + 1]]`
    /// (not in `Sent`: they are freed after stage 5).
    pub(super) terms: Vec<Term>,
    term_at: Vec<u32>,
    pub(super) interner: Interner,
}

impl Corpus {
    /// The terms of sentence `i`.
    pub(super) fn terms(&self, i: usize) -> &[Term] {
        match (self.term_at.get(i), self.term_at.get(i + 1)) {
            (Some(&a), Some(&b)) => self.terms.get(a as usize..b as usize).unwrap_or(&[]),
            _ => &[],
        }
    }
}

/// Stages 1–4: paragraphs, boilerplate, sentences, tokens.
pub(super) fn read(articles: &[Article], options: &Options, skip: bool) -> Corpus {
    let mut analyzers: Vec<Analyzer> = Vec::new();
    let mut article_lang: Vec<usize> = Vec::with_capacity(articles.len());
    let mut interner = Interner::default();
    let mut terms: Vec<Term> = Vec::new();
    let mut term_at: Vec<u32> = vec![0];
    let mut sents: Vec<Sent> = Vec::new();
    let mut article_words = vec![0usize; articles.len()];
    for (a, article) in articles.iter().enumerate() {
        let text = if skip { "" } else { article.text.as_str() };
        let lang = options
            .language()
            .and_then(Language::from_code)
            .unwrap_or_else(|| Language::detect(text));
        let li = match analyzers.iter().position(|an| an.language() == lang) {
            Some(i) => i,
            None => {
                analyzers.push(Analyzer::new(lang));
                analyzers.len() - 1
            }
        };
        article_lang.push(li);
        let analyzer = &analyzers[li];
        let paras = paragraph::paragraphs(text);
        let reasons = boilerplate::classify_leads(text, &paras, article.title.as_deref());
        let mut pos = 0;
        for (p, (reason, lead)) in paras.iter().zip(reasons) {
            let body = p.start + lead..p.end;
            for piece in sentence::trimmed_pieces(&text[body.clone()]) {
                let r = piece.range;
                let range = body.start + r.start..body.start + r.end;
                let words = if reason.is_none() {
                    token::tokenize(analyzer, &mut interner, &text[range.clone()], &mut terms)
                } else {
                    text[range.clone()].split_whitespace().count()
                };
                article_words[a] += words;
                sents.push(Sent {
                    article: a,
                    range,
                    pos,
                    boilerplate: reason,
                    forced: piece.forced,
                    words,
                });
                // The input's size bounds the number of terms far below
                // 4 G (`Options::max_bytes`).
                term_at.push(u32::try_from(terms.len()).unwrap_or(u32::MAX));
                if reason.is_none() {
                    pos += 1;
                }
            }
        }
    }

    sents.shrink_to_fit();
    term_at.shrink_to_fit();
    Corpus {
        analyzers,
        article_lang,
        article_words,
        sents,
        terms,
        term_at,
        interner,
    }
}

/// The keywords of the content sentences.
pub(super) fn keywords_of(corpus: &Corpus, articles: &[Article]) -> Vec<Keyword> {
    let sents = &corpus.sents;
    let interner = &corpus.interner;
    let content: Vec<&[Term]> = sents
        .iter()
        .enumerate()
        .filter(|(_, s)| s.boilerplate.is_none())
        .map(|(i, _)| corpus.terms(i))
        .collect();
    let content_text: Vec<&str> = sents
        .iter()
        .filter(|s| s.boilerplate.is_none())
        .map(|s| &articles[s.article].text[s.range.clone()])
        .collect();
    // Three times as many terms as keywords: phrases and inflections take
    // several terms each.
    let ranked = keywords::keywords(&content, 3 * KEYWORDS);
    let keywords = keywords::assemble(
        &ranked,
        &content,
        |t| interner.surface(t),
        |i| content_text[i],
        KEYWORDS,
    )
    .into_iter()
    .map(|(text, score)| Keyword { text, score })
    .collect();
    keywords
}

/// The concepts of stage 9: content-word bigrams weighted by the articles
/// that carry them.
pub(super) fn concepts_of(corpus: &Corpus, n_articles: usize, tuning: &Tuning) -> concepts::Concepts {
    let weighting = Weighting {
        // A concept is worth covering when a share of the articles carry
        // it, and at least two (or all, when there are fewer).
        min_articles: ((tuning.min_article_share * n_articles as f32).round() as usize)
            .max(tuning.min_articles)
            .clamp(1, n_articles.max(1)),
        power: tuning.concept_power,
    };
    concepts::concepts(
        corpus
            .sents
            .iter()
            .enumerate()
            .map(|(i, s)| (corpus.terms(i), s.article, s.boilerplate.is_none())),
        weighting,
    )
}

/// The focus of stage 7 and the headlines of stage 9, as vectors, and the
/// number of untitled articles whose lead stands for a headline, and each
/// article's title as a vector (empty when untitled). Frees the
/// corpus's terms and interner: later stages need only the vectors.
pub(super) fn focus_and_headlines(
    corpus: &mut Corpus,
    articles: &[Article],
    options: &Options,
    idf: &[f32],
    tuning: &Tuning,
) -> (Option<Vector>, Option<Vector>, usize, Vectors) {
    let n_terms = corpus.interner.len();
    let sents = &corpus.sents;
    let terms = std::mem::take(&mut corpus.terms);
    let term_at = std::mem::take(&mut corpus.term_at);
    let mut interner = std::mem::take(&mut corpus.interner);
    let analyzers = &corpus.analyzers;
    let mut scratch = Vec::new();
    // The first content sentence of each article without a title stands
    // for its headline (a news lead states the event as a headline does).
    // Only when most articles have none: the titles of the others are the
    // better focus (duc2007 @100, 5 of 250 articles untitled: R2-R 10.13
    // without leads, 9.92 with them).
    let mut lead_terms: Vec<Term> = Vec::new();
    let mut untitled = 0usize;
    let titled = articles
        .iter()
        .filter(|a| a.title.as_deref().is_some_and(|t| !t.trim().is_empty()))
        .count();
    if tuning.lead_title_mix > 0.0 && 2 * titled < articles.len() {
        let mut done = vec![false; articles.len()];
        for (i, s) in sents.iter().enumerate() {
            let a = s.article;
            let titled = articles[a].title.as_deref().is_some_and(|t| !t.trim().is_empty());
            if !done[a] && !titled && s.boilerplate.is_none() && s.words >= MIN_WORDS {
                done[a] = true;
                untitled += 1;
                lead_terms.extend_from_slice(&terms[term_at[i] as usize..term_at[i + 1] as usize]);
            }
        }
    }
    // Later stages need only the vectors.
    drop((terms, term_at));
    // The focus of stage 7 and the headlines of stage 9, as vectors (here,
    // so that the interner is freed before the graph and the profiles
    // exist).
    let focus: Option<Vector> = options.focus().map(|f| {
        let mut out = Vec::new();
        let an = &analyzers[0];
        let mut focus_interner_terms = Vec::new();
        token::tokenize(an, &mut interner, f, &mut out);
        // Terms of the focus unseen in the input get no weight.
        focus_interner_terms.extend(out.into_iter().filter(|&t| (t as usize) < n_terms));
        tfidf::vector(&focus_interner_terms, idf, &mut scratch)
    });
    // A focus none of whose words the input holds is no focus: it would
    // only change the lead prior's weight (and drop the headlines' mild
    // focus), a different summary for no reason. The summary says so
    // (`unmatched_focus`).
    let focus = focus.filter(|v| !v.is_empty());
    let headlines: Option<Vector> = if focus.is_none() && tuning.title_mix > 0.0 {
        let mut out = Vec::new();
        for a in articles {
            if let Some(t) = &a.title {
                token::tokenize(&analyzers[0], &mut interner, t, &mut out);
            }
        }
        out.retain(|&t| (t as usize) < n_terms);
        out.extend_from_slice(&lead_terms);
        Some(tfidf::vector(&out, idf, &mut scratch)).filter(|v| !v.is_empty())
    } else {
        None
    };
    // Each article's own title (an empty vector when it has none), for
    // stage 8's headline restatements (`dedup::restate`).
    let mut titles = Vectors::default();
    let mut out = Vec::new();
    for (a, article) in articles.iter().enumerate() {
        out.clear();
        if let Some(t) = &article.title {
            token::tokenize(&analyzers[corpus.article_lang[a]], &mut interner, t, &mut out);
        }
        out.retain(|&t| (t as usize) < n_terms);
        titles.push_terms(&out, idf, &mut scratch);
    }
    drop(interner);

    (focus, headlines, untitled, titles)
}
