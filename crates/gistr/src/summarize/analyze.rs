//! Stages 1–8 in order ([`analyze`]): the articles read into sentences
//! and terms, their vectors, graph, ranks and duplicate clusters, into an
//! `Analysis`.

use super::analysis::{Analysis, Sent};
use super::candidates::candidates;
use super::corpus::{concepts_of, focus_and_headlines, keywords_of, read, Corpus};
use super::duplicates::{duplicates, pool, Stage8};
use crate::error::{Error, ErrorKind};
use crate::graph::Similar;
use crate::input::Article;
use crate::options::Options;
use crate::output::*;
use crate::rank;
use crate::tfidf::{self, Vector, Vectors};
use crate::tuning::{Tuning, MIN_EDGE, MIN_WORDS, POOL};

/// Stages 1–8 and the concepts of stage 9.
pub(super) fn analyze(articles: &[Article], options: &Options) -> Result<Analysis, Error> {
    options.validate()?;
    let tuning = Tuning::current();
    if articles.is_empty() {
        return Err(Error::new(ErrorKind::NoArticles));
    }
    let bytes: usize = articles
        .iter()
        .map(|a| a.text.len() + a.title.as_ref().map_or(0, |t| t.len()))
        .sum();
    if bytes > options.max_bytes() {
        return Err(Error::new(ErrorKind::TooLarge {
            bytes,
            limit: options.max_bytes(),
        }));
    }
    // An article that looks binary is refused: nothing is analysed, and the
    // summary says which (Empty::Binary).
    let binary = articles.iter().position(|a| crate::input::looks_binary(&a.text));
    let mut corpus = read(articles, options, binary.is_some());
    // Keywords and concepts here, before the graph and the duplicate
    // profiles exist, so that their memory peaks do not add up.
    let keywords = keywords_of(&corpus, articles);
    let mut concepts = concepts_of(&corpus, articles.len(), &tuning);
    // Stage 5: TF-IDF.
    let n_terms = corpus.interner.len();
    let (idf, vectors) = tfidf::weigh((0..corpus.sents.len()).map(|i| corpus.terms(i)), n_terms);
    let (focus, headlines, untitled, titles) =
        focus_and_headlines(&mut corpus, articles, options, &idf, &tuning);
    let Corpus {
        analyzers,
        article_lang,
        article_words,
        sents,
        ..
    } = corpus;

    // Stage 6: the similarity graph, from an inverted index.
    let mut similar = Similar::new(&vectors, n_terms, MIN_EDGE);
    // Stage 7: TextRank with a prior for lead position and focus.
    let (rank, strength) = textrank(&sents, &vectors, &mut similar, focus.as_ref(), &tuning);

    // Stage 8: duplicate clusters over the graph's edges. On a large input
    // only the POOL best-ranked usable sentences can still reach the
    // summary: duplicates are decided on their edges alone (every edge
    // when the input has fewer usable sentences than that), and only their
    // ends are profiled, so this stage stops growing with the input's tail.
    let usable: Vec<bool> = sents
        .iter()
        .zip(vectors.iter())
        .map(|(s, v)| s.boilerplate.is_none() && !s.forced && s.words >= MIN_WORDS && !v.is_empty())
        .collect();
    let pool = pool(&rank, &usable, POOL);
    let n_usable = usable.iter().filter(|&&u| u).count();
    let compared = (n_usable > POOL).then_some(Compared {
        sentences: POOL,
        of: n_usable,
    });
    // Selection asks the graph only about the pool's neighbours (and every
    // node's strength); stage 8 only about the edges' ends.
    let graph = similar.neighbourhood(&pool, strength);
    similar.keep_ends();
    let (clusters, profiles) = duplicates(
        Stage8 {
            articles,
            analyzers: &analyzers,
            article_lang: &article_lang,
            sents: &sents,
            vectors: &vectors,
            idf: &idf,
            titles: &titles,
            pool: &pool,
        },
        &similar,
    );
    drop(titles);
    drop(similar);
    // Selection asks only about the pool's concepts.
    concepts.retain(&pool);

    // Final scores: rank, lifted a little by independent corroboration
    // (`Tuning::corroboration`). Boilerplate scores 0, as documented: it
    // has no prior and no edges, so its rank is 0, except when no sentence
    // has a prior (all boilerplate, say), where PageRank's uniform jump
    // would rank every sentence alike and score it 1.
    let best = rank.iter().copied().fold(0.0f32, f32::max).max(f32::MIN_POSITIVE);
    let scores: Vec<f32> = (0..sents.len())
        .map(|i| {
            if sents[i].boilerplate.is_some() {
                return 0.0;
            }
            let k = clusters.group[i].map_or(1, |c| clusters.independent[c]) as f32;
            rank[i] / best * (1.0 + tuning.corroboration * crate::math::ln(k))
        })
        .collect();

    // Stage 9's candidates.
    let cands = candidates(
        articles,
        &sents,
        &vectors,
        &scores,
        &pool,
        focus.as_ref(),
        headlines.as_ref(),
        untitled,
        &tuning,
    );
    let total_words: usize = sents
        .iter()
        .filter(|s| s.boilerplate.is_none())
        .map(|s| s.words)
        .sum();
    Ok(Analysis {
        unmatched_focus: options.focus().is_some() && focus.is_none(),
        analyzers,
        article_lang,
        article_words,
        sents,
        keywords,
        vectors,
        idf,
        graph,
        profiles,
        clusters,
        scores,
        cands,
        total_words,
        concepts,
        binary,
        compared,
    })
}

/// Stage 7: TextRank with a prior for lead position and focus.
fn textrank(
    sents: &[Sent],
    vectors: &Vectors,
    graph: &mut Similar,
    focus: Option<&Vector>,
    tuning: &Tuning,
) -> (Vec<f32>, Vec<f32>) {
    let prior: Vec<f32> = sents
        .iter()
        .zip(vectors.iter())
        .map(|(s, v)| {
            if s.boilerplate.is_some() || v.is_empty() {
                return 0.0;
            }
            let lead = 1.0 / crate::math::powf(1.0 + s.pos as f32, tuning.lead_power);
            match focus {
                Some(f) => tuning.focus_lead * lead + tfidf::dot(v, f),
                None => lead,
            }
        })
        .collect();
    rank::pagerank_similar(
        graph,
        &prior,
        tuning.damping,
        tuning.rank_iterations,
        tuning.rank_tolerance,
    )
}
