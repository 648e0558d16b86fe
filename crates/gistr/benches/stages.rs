//! Criterion benchmarks of the pipeline, stage by stage, on the 500-article
//! tier (`python3 benches/corpus.py` writes it; skipped when absent), and
//! end to end on the 50- and 500-article tiers.
//!
//! ```text
//! cargo bench --bench stages [-- FILTER]
//! ```
//!
//! Stages are timed on the previous stage's real output: split (sentences),
//! tokenise (stop words, stems, interning), tfidf (`tfidf::weigh`, as the
//! summariser), graph (`Graph::similar`, as the summariser: rows into CSR),
//! rank (PageRank), dedup (the duplicate decision over every edge of the
//! graph), select (10 sentences).
use criterion::{criterion_group, criterion_main, Criterion};
use gistr::bench::*;
use gistr::{summarize, Article, Budget, Options};
use std::hint::black_box;

fn load(n: usize) -> Option<Vec<Article>> {
    let path = format!("{}/../../bench-data/tier-{n}.json", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(path).ok()?;
    let v: serde_json::Value = serde_json::from_str(&text).ok()?;
    Some(
        v.as_array()?
            .iter()
            .map(|a| Article::new(a["text"].as_str().unwrap_or_default()))
            .collect(),
    )
}

fn stages(c: &mut Criterion) {
    let Some(articles) = load(500) else {
        eprintln!("stages: no bench-data/tier-500.json (run python3 benches/corpus.py); skipped");
        return;
    };
    let texts: Vec<&str> = articles.iter().map(|a| a.text.as_str()).collect();
    let mut g = c.benchmark_group("stage-500");
    g.sample_size(10);

    g.bench_function("split", |b| {
        b.iter(|| texts.iter().map(|t| sentences(t).len()).sum::<usize>())
    });
    let sents: Vec<(usize, std::ops::Range<usize>)> = texts
        .iter()
        .enumerate()
        .flat_map(|(a, t)| sentences(t).into_iter().map(move |r| (a, r)))
        .collect();

    let analyzer = Analyzer::new(Language::ENGLISH);
    let tokenise = || {
        let mut interner = Interner::default();
        let mut terms: Vec<Term> = Vec::new();
        let mut ranges = Vec::with_capacity(sents.len());
        for (a, r) in &sents {
            let start = terms.len();
            tokenize(&analyzer, &mut interner, &texts[*a][r.clone()], &mut terms);
            ranges.push(start..terms.len());
        }
        (interner, terms, ranges)
    };
    g.bench_function("tokenise", |b| b.iter(|| black_box(tokenise())));
    let (interner, terms, ranges) = tokenise();
    let n_terms = interner.len();

    // As the summariser's stage 5 (and `Dedup`) weigh.
    let tfidf = || weigh(ranges.iter().map(|r| &terms[r.clone()]), n_terms);
    g.bench_function("tfidf", |b| b.iter(|| black_box(tfidf())));
    let (idf, vectors) = tfidf();
    let n = vectors.len();

    // The graph as the product builds it: rows straight into compressed
    // sparse rows, no list of pairs.
    g.bench_function("graph", |b| {
        b.iter(|| black_box(Graph::similar(&vectors, n_terms, 0.05)))
    });
    let graph = Graph::similar(&vectors, n_terms, 0.05);
    // Its edges, each once from its lower end: what stage 8 decides.
    let pairs: Vec<(u32, u32)> = (0..n)
        .flat_map(|a| {
            graph
                .neighbors(a)
                .iter()
                .filter(move |e| e.0 as usize > a)
                .map(move |e| (a as u32, e.0))
        })
        .collect();

    let prior: Vec<f32> = (0..n).map(|i| 1.0 / (1.0 + (i % 20) as f32).sqrt()).collect();
    g.bench_function("rank", |b| b.iter(|| pagerank(&graph, &prior, 0.85, 100, 1e-6)));
    let rank = pagerank(&graph, &prior, 0.85, 100, 1e-6);

    let mut profiles = Profiles::new(false);
    for (a, r) in &sents {
        profiles.push(&texts[*a][r.clone()], &analyzer);
    }
    let profile = |i: usize| profiles.get(i, &vectors);
    let dedup = || {
        let dups: Vec<(usize, usize, f32)> = pairs
            .iter()
            .filter_map(|&(a, b)| {
                let (a, b) = (a as usize, b as usize);
                duplicate(&profile(a), &profile(b), &idf).map(|sim| (a, b, sim))
            })
            .collect();
        clusters(n, &dups)
    };
    g.bench_function("dedup", |b| b.iter(|| black_box(dedup())));
    g.bench_function("dedup-decide-only", |b| {
        b.iter(|| {
            pairs
                .iter()
                .filter(|&&(a, b)| duplicate(&profile(a as usize), &profile(b as usize), &idf).is_some())
                .count()
        })
    });
    let cluster = dedup();

    let cands: Vec<Candidate> = (0..n)
        .map(|i| Candidate {
            score: rank[i],
            words: terms[ranges[i].clone()].len(),
            unfit: None,
            usable: !vectors[i].is_empty(),
            worth: 1.0,
        })
        .collect();
    let weighting = Weighting {
        min_articles: (texts.len() * 15 / 100).max(2),
        power: 1.0,
    };
    let found = concepts(
        sents
            .iter()
            .enumerate()
            .map(|(i, (a, _))| (&terms[ranges[i].clone()], *a, true)),
        weighting,
    );
    let objective = Objective {
        rank: 0.5,
        cost: 0.5,
        overflow: 0,
        cover: 1.0,
        alpha: 0.03,
    };
    g.bench_function("select", |b| {
        b.iter(|| {
            select(
                &cands,
                Limit::Sentences(10),
                &found,
                objective,
                &graph,
                &cluster,
                |a, b| {
                    if cluster[a].is_some() && cluster[a] == cluster[b] {
                        return Some(decide(&profile(a), &profile(b), &idf).similarity);
                    }
                    duplicate(&profile(a), &profile(b), &idf)
                },
            )
        })
    });
    g.finish();
}

fn end_to_end(c: &mut Criterion) {
    let mut g = c.benchmark_group("summarize");
    g.sample_size(10);
    let options = Options::default().with_budget(Budget::Sentences(10));
    for n in [50, 500] {
        let Some(articles) = load(n) else { continue };
        g.bench_function(format!("{n}-articles"), |b| {
            b.iter(|| summarize(&articles, &options).unwrap())
        });
    }
    g.finish();
}

criterion_group!(benches, stages, end_to_end);
criterion_main!(benches);
