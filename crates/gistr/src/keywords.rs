//! Keywords of the whole input: TextRank over content words that occur
//! within two words of each other.

use crate::graph::Similar;
use crate::rank;
use crate::token::Term;
use crate::tuning::KEYWORD_MAX_CHARS;

/// Two terms co-occur when at most this many words apart.
const WINDOW: usize = 2;
/// PageRank over the co-occurrence graph: the damping of the TextRank
/// paper, and convergence bounds (most iterations, L1 change). Not tuned.
const DAMPING: f32 = 0.85;
const ITERATIONS: usize = 50;
const TOLERANCE: f32 = 1e-6;

/// The `k` best terms of `sentences` (term sequences), with scores scaled so
/// that the best is 1. Ties break by first appearance.
pub fn keywords(sentences: &[&[Term]], k: usize) -> Vec<(Term, f32)> {
    // Local ids in order of first appearance; term ids are dense, so a
    // table indexed by term does what a hash map would, without hashing.
    let n_terms = sentences
        .iter()
        .flat_map(|s| s.iter())
        .map(|&t| t as usize + 1)
        .max()
        .unwrap_or(0);
    let mut ids: Vec<u32> = vec![u32::MAX; n_terms];
    let mut terms: Vec<Term> = Vec::new();
    // Every co-occurrence as one key (smaller id, larger id); sorting and
    // counting runs then gives each edge's weight. When every local id fits
    // in 16 bits (there are no more local ids than terms), a key is a
    // `u32`, sorted by two passes of a counting sort (`crate::sort::radix`);
    // else a `u128`, as the other sorts of the crate (`crate::sort`).
    // Reserved at the most there can be (WINDOW a word), not grown by
    // doubling: this is the largest array of the stage.
    let narrow = n_terms <= 1 << 16;
    let most: usize = sentences.iter().map(|s| WINDOW * s.len()).sum();
    let mut short_keys: Vec<u32> = Vec::with_capacity(if narrow { most } else { 0 });
    let mut keys: Vec<u128> = Vec::with_capacity(if narrow { 0 } else { most });
    let mut local: Vec<u32> = Vec::new();
    for s in sentences {
        local.clear();
        local.extend(s.iter().map(|&t| {
            let id = &mut ids[t as usize];
            if *id == u32::MAX {
                *id = terms.len() as u32;
                terms.push(t);
            }
            *id
        }));
        for w in 0..local.len() {
            for d in 1..=WINDOW {
                if let Some(&b) = local.get(w + d) {
                    let a = local[w];
                    if a != b {
                        let (a, b) = (a.min(b), a.max(b));
                        if narrow {
                            short_keys.push(a << 16 | b);
                        } else {
                            keys.push((u128::from(a) << 32) | u128::from(b));
                        }
                    }
                }
            }
        }
    }
    drop(ids);
    let mut pairs: Vec<(u32, u32, f32)> = Vec::new();
    if narrow {
        crate::sort::radix(&mut short_keys);
        for run in short_keys.chunk_by(|a, b| a == b) {
            pairs.push((run[0] >> 16, run[0] & 0xffff, run.len() as f32));
        }
    } else {
        keys.sort_unstable();
        for run in keys.chunk_by(|a, b| a == b) {
            let key = run[0];
            pairs.push(((key >> 32) as u32, key as u32, run.len() as f32));
        }
    }
    drop((keys, short_keys));
    // Ranked as the sentence graph is: each edge once, in the row of its
    // higher end, pulled by it and pushed to its lower end in one visit;
    // every node's sum still runs over its neighbours in ascending order,
    // so the ranks are those of `rank::pagerank` over the graph with
    // every row, bit for bit (`tests::ranks_as_every_row`), for half the
    // edge reads.
    let mut graph = Similar::from_pairs(terms.len(), &pairs);
    drop(pairs);
    let (r, _) = rank::pagerank_similar(&mut graph, &[], DAMPING, ITERATIONS, TOLERANCE);
    drop(graph);
    let order = best_k(&r, k);
    let best = order.first().map(|&i| r[i]).unwrap_or(1.0).max(f32::MIN_POSITIVE);
    order
        .into_iter()
        .take(k)
        .map(|i| (terms[i], r[i] / best))
        .collect()
}

/// The indices of the `k` highest of `r` (all when there are fewer), by
/// score descending, ties by index: the first `k` of every index sorted
/// so (`crate::sort::by_score_desc`), the `k` chosen first and only they
/// sorted (one total order: the same `k`, in the same order).
fn best_k(r: &[f32], k: usize) -> Vec<usize> {
    if k == 0 {
        return Vec::new();
    }
    let mut order: Vec<usize> = (0..r.len()).collect();
    if k < order.len() {
        crate::sort::best_by_score(&mut order, r, k);
        order.truncate(k);
    }
    crate::sort::by_score_desc(&mut order, r);
    order
}

/// The keywords a reader sees, from the ranked terms of [`keywords`]
/// (best first, more than `k` of them): `surface(t)` is how term `t` is
/// written, `text(i)` the text of the `i`-th of `sentences`.
///
/// - Two top terms that follow each other in the text at least twice
///   become one phrase, written as in the text ("drone production",
///   "Steve Witkoff"), in the place of its better word (the keyphrase
///   step of TextRank, Mihalcea & Tarau 2004); only noun phrases: no
///   word with a verb's ending, both words names or neither.
/// - A lone lower-case word with the ending of a verb ("expresses",
///   "signed", "hoping") counts half: a noun says what the story is about.
/// - A word that is an inflection of a better one is left out ("Russian"
///   after "Russia", "Zelenskyy" after "Zelensky").
/// - A word longer than [`KEYWORD_MAX_CHARS`] is no keyword (a run of
///   one letter, a hash, a URL).
/// - A lone word without a letter ("1", "2", "2024", "3.5") is no
///   keyword: a bare number says nothing without its noun. Inside a
///   phrase it stays ("flight 370").
/// - An abbreviation keeps its final period ("U.S.", which the word
///   splitter cuts to "U.S").
pub fn assemble<'a>(
    ranked: &[(Term, f32)],
    sentences: &[&[Term]],
    surface: impl Fn(Term) -> &'a str,
    text: impl Fn(usize) -> &'a str,
    k: usize,
) -> Vec<(String, f32)> {
    // Local ranks of the top terms; u32::MAX for the others.
    // (The sorts here go through `crate::sort`'s shared instantiations: a
    // sort of its own per element type or closure costs KBs of .wasm.)
    let mut top: Vec<(Term, u32)> = (0u32..).zip(ranked).map(|(r, &(t, _))| (t, r)).collect();
    crate::sort::pairs(&mut top);
    let rank_of = |t: Term| {
        top.binary_search_by_key(&t, |x| x.0)
            .ok()
            .map(|i| top[i].1 as usize)
    };
    // Adjacent pairs of top terms, with the sentence of each occurrence.
    // Packed as (a, b, i) in 32 + 32 + 64 bits, so that the u128 order is
    // the order of the triples.
    let mut keys: Vec<u128> = Vec::new();
    for (i, s) in sentences.iter().enumerate() {
        for w in s.windows(2) {
            if let (Some(a), Some(b)) = (rank_of(w[0]), rank_of(w[1])) {
                if a != b {
                    keys.push((a as u128) << 96 | (b as u128) << 64 | i as u128);
                }
            }
        }
    }
    keys.sort_unstable();
    let pairs: Vec<(usize, usize, usize)> = keys
        .iter()
        .map(|&k| ((k >> 96) as usize, (k >> 64) as u32 as usize, k as u64 as usize))
        .collect();
    // A phrase for each pair seen twice and found written together.
    let mut phrase_of: Vec<Option<(usize, String)>> = vec![None; ranked.len()];
    let mut phrases: Vec<(usize, usize, usize, String)> = Vec::new(); // (best rank, a, b, text)
    for run in pairs.chunk_by(|x, y| (x.0, x.1) == (y.0, y.1)) {
        if run.len() < 2 {
            continue;
        }
        let (a, b) = (run[0].0, run[0].1);
        let (sa, sb) = (surface(ranked[a].0), surface(ranked[b].0));
        // A noun phrase: no verb, and a name ("Steve Witkoff") or no name
        // ("drone production"), not a subject and its verb ("Trump said").
        let capital = |w: &str| w.starts_with(char::is_uppercase);
        if looks_like_verb(sa) || looks_like_verb(sb) || capital(sa) != capital(sb) {
            continue;
        }
        let noun_phrase = |p: &String| {
            let mut ws = p.split_whitespace();
            let (x, y) = (ws.next().unwrap_or(""), ws.next().unwrap_or(""));
            !looks_like_verb(x) && !looks_like_verb(y) && capital(x) == capital(y)
        };
        let written = run
            .iter()
            .take(4)
            .find_map(|&(_, _, i)| written_together(text(i), sa, sb))
            .filter(noun_phrase);
        if let Some(p) = written {
            phrases.push((a.min(b), a, b, p));
        }
    }
    // Best phrases first; a word joins one phrase at most.
    // (`sort_by_key(|p| (p.0, p.1.max(p.2)))`, stable: ties keep their index.)
    let mut keys: Vec<u128> = phrases
        .iter()
        .enumerate()
        .map(|(i, p)| (p.0 as u128) << 96 | (p.1.max(p.2) as u128) << 64 | i as u128)
        .collect();
    keys.sort_unstable();
    let mut phrases: Vec<Option<(usize, usize, usize, String)>> = phrases.into_iter().map(Some).collect();
    for (best, a, b, p) in keys.iter().filter_map(|&k| phrases[k as u64 as usize].take()) {
        if phrase_of[a].is_none() && phrase_of[b].is_none() {
            phrase_of[a] = Some((best, p.clone()));
            phrase_of[b] = Some((best, p));
        }
    }
    // Candidates in rank order, lone verbs at half their score.
    let mut cands: Vec<(String, f32, bool)> = Vec::new(); // (text, score, single word)
    let mut done: Vec<bool> = vec![false; ranked.len()];
    for (r, &(t, score)) in ranked.iter().enumerate() {
        if done[r] {
            continue;
        }
        done[r] = true;
        if let Some((_, p)) = &phrase_of[r] {
            for (o, d) in phrase_of.iter().zip(done.iter_mut()) {
                if o.as_ref().is_some_and(|(_, q)| q == p) {
                    *d = true;
                }
            }
            cands.push((p.clone(), score, false));
            continue;
        }
        let w = surface(t);
        let score = if looks_like_verb(w) { score / 2.0 } else { score };
        cands.push((abbreviation(w), score, true));
    }
    let mut order: Vec<usize> = (0..cands.len()).collect();
    let scores: Vec<f32> = cands.iter().map(|c| c.1).collect();
    crate::sort::by_score_desc(&mut order, &scores);
    let mut out: Vec<(String, f32)> = Vec::new();
    for i in order {
        let (w, score, single) = &cands[i];
        let too_long = w
            .split_whitespace()
            .any(|x| x.chars().nth(KEYWORD_MAX_CHARS).is_some());
        let bare_number = *single && !w.chars().any(char::is_alphabetic);
        if too_long || bare_number || *single && out.iter().any(|(o, _)| inflection(o, w)) {
            continue;
        }
        out.push((w.clone(), *score));
        if out.len() == k {
            break;
        }
    }
    out
}

/// The two words of `text` that begin as `a` and `b` do (their first five
/// letters, ignoring case) and follow each other, as written.
fn written_together(text: &str, a: &str, b: &str) -> Option<String> {
    use unicode_segmentation::UnicodeSegmentation;
    let key = |w: &str| {
        let mut k = String::new();
        crate::lang::lowercase_into(&mut k, w);
        crate::lang::truncate_chars(&mut k, 5);
        k
    };
    let (ka, kb) = (key(a), key(b));
    let words: Vec<(usize, &str)> = text.unicode_word_indices().collect();
    words.windows(2).find_map(|w| {
        let ((i, x), (j, y)) = (w[0], w[1]);
        // Only a space between them: no comma, no sentence end.
        let gap = text.get(i + x.len()..j)?;
        (key(x) == ka && key(y) == kb && gap.chars().all(char::is_whitespace))
            .then(|| text[i..j + y.len()].to_string())
    })
}

/// Whether `w` is a lower-case word with a verb's ending: "-ed", "-ing",
/// or "-es" after a sibilant ("expresses", "pushes", "reaches").
fn looks_like_verb(w: &str) -> bool {
    if !w.starts_with(char::is_lowercase) || w.chars().count() < 5 {
        return false;
    }
    w.ends_with("ed")
        || w.ends_with("ing")
        || ["sses", "shes", "ches", "xes", "zes"]
            .iter()
            .any(|e| w.ends_with(e))
}

/// `w`, with a final period when it is an abbreviation written with
/// periods between single letters ("U.S" -> "U.S.").
fn abbreviation(w: &str) -> String {
    let parts: Vec<&str> = w.split('.').collect();
    let dotted = parts.len() >= 2
        && parts
            .iter()
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic));
    if dotted {
        let mut s = w.to_string();
        s.push('.');
        s
    } else {
        w.to_string()
    }
}

/// Whether `a` and `b` (single words) are inflections of one word: the
/// same but for a short ending, ignoring case ("Russia" / "Russian",
/// "Ukraine" / "Ukrainian", "president" / "presidential").
fn inflection(a: &str, b: &str) -> bool {
    let a: Vec<char> = a.chars().flat_map(char::to_lowercase).collect();
    let b: Vec<char> = b.chars().flat_map(char::to_lowercase).collect();
    let (short, long) = if a.len() <= b.len() { (&a, &b) } else { (&b, &a) };
    let common = short.iter().zip(long.iter()).take_while(|(x, y)| x == y).count();
    common >= 4 && common + 1 >= short.len() && long.len() - common <= 3
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `best_k` against the first k of every index sorted.
    #[test]
    fn best_k_is_the_first_k_of_the_full_sort() {
        let mut x = 0x9e37_79b9u32;
        for n in [0usize, 1, 2, 5, 60, 500] {
            for k in [0usize, 1, 3, 30, 60, 600] {
                // Few distinct scores: many ties, broken by index.
                let r: Vec<f32> = (0..n)
                    .map(|_| {
                        x ^= x << 13;
                        x ^= x >> 17;
                        x ^= x << 5;
                        (x % 17) as f32 / 16.0
                    })
                    .collect();
                let mut all: Vec<usize> = (0..n).collect();
                crate::sort::by_score_desc(&mut all, &r);
                let got = best_k(&r, k);
                let want: &[usize] = &all[..k.min(n)];
                assert_eq!(got, want, "n {n} k {k}");
            }
        }
    }

    /// The keyword graph ranked as the sentence graph is gives the ranks
    /// of `rank::pagerank` over the graph with every row, bit for bit.
    #[test]
    fn ranks_as_every_row() {
        let mut x = 0x9e37_79b9u32;
        let mut next = |m: u32| {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            x % m
        };
        for (n, m) in [
            (0, 0),
            (1, 0),
            (2, 1),
            (30, 60),
            (200, 900),
            (500, 4000),
            (50, 1200),
        ] {
            let mut pairs: Vec<(u32, u32, f32)> = Vec::new();
            for _ in 0..m {
                let (a, b) = (next(n), next(n));
                if a != b {
                    pairs.push((a.min(b), a.max(b), (1 + next(5)) as f32));
                }
            }
            pairs.sort_by_key(|p| (p.0, p.1));
            pairs.dedup_by(|p, q| (p.0, p.1) == (q.0, q.1));
            let n = n as usize;
            let want = rank::pagerank(
                &crate::graph::Graph::from_edges(n, &pairs),
                &[],
                DAMPING,
                ITERATIONS,
                TOLERANCE,
            );
            let mut graph = Similar::from_pairs(n, &pairs);
            let (got, _) = rank::pagerank_similar(&mut graph, &[], DAMPING, ITERATIONS, TOLERANCE);
            let bits = |r: &[f32]| r.iter().map(|f| f.to_bits()).collect::<Vec<_>>();
            assert_eq!(bits(&got), bits(&want), "n {n}, m {m}");
        }
    }

    #[test]
    fn central_word_wins() {
        let s: Vec<&[Term]> = vec![&[0, 1], &[0, 2], &[0, 3], &[4, 5]];
        let k = keywords(&s, 2);
        assert_eq!(k[0].0, 0);
        assert_eq!(k[0].1, 1.0);
        assert!(keywords(&[], 3).is_empty());
    }
}

#[cfg(test)]
mod assemble_tests {
    use super::*;

    #[test]
    fn inflection_table() {
        let check = |a: &str, b: &str, expected: bool| assert_eq!(inflection(a, b), expected, "{a} {b}");
        check("Russia", "Russian", true);
        check("Ukraine", "Ukrainian", true);
        check("president", "presidential", true);
        check("Zelensky", "Zelenskyy", true);
        check("sanctions", "sanction", true);
        check("state", "statement", false);
        check("Putin", "putting", false);
        check("war", "wars", false);
        check("", "", false);
    }

    #[test]
    fn abbreviation_table() {
        let check = |w: &str, expected: &str| assert_eq!(abbreviation(w), expected, "{w}");
        check("U.S", "U.S.");
        check("U.N", "U.N.");
        check("e.g", "e.g.");
        check("US", "US");
        check("3.5", "3.5");
        check("Mr", "Mr");
        check("", "");
    }

    #[test]
    fn verb_table() {
        let check = |w: &str, expected: bool| assert_eq!(looks_like_verb(w), expected, "{w}");
        check("expresses", true);
        check("signed", true);
        check("hoping", true);
        check("sanctions", false);
        check("discussions", false);
        check("Reading", false);
        check("red", false);
    }

    #[test]
    fn phrases_inflections_and_verbs() {
        // Terms: 0 drone, 1 production, 2 Russia, 3 Russian, 4 expresses, 5 talks.
        let surfaces = ["drone", "production", "Russia", "Russian", "expresses", "talks"];
        let texts = [
            "Russia expands drone production quickly.",
            "The drone production of Russia grows; Russian talks.",
            "Ukraine expresses thanks for drone, production talks.",
        ];
        let terms: Vec<Vec<Term>> = vec![vec![2, 0, 1], vec![0, 1, 2, 3, 5], vec![4, 0, 1, 5]];
        let sentences: Vec<&[Term]> = terms.iter().map(Vec::as_slice).collect();
        let ranked = [(0, 1.0), (2, 0.9), (4, 0.8), (3, 0.7), (1, 0.6), (5, 0.5)];
        let out = assemble(&ranked, &sentences, |t| surfaces[t as usize], |i| texts[i], 4);
        let words: Vec<&str> = out.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(words, vec!["drone production", "Russia", "talks", "expresses"]);
    }

    #[test]
    fn no_word_longer_than_the_limit() {
        let long = "a".repeat(KEYWORD_MAX_CHARS + 1);
        let longest = "b".repeat(KEYWORD_MAX_CHARS);
        let surfaces = [long.as_str(), longest.as_str(), "bridge"];
        let texts = ["x", "y"];
        let terms: Vec<Vec<Term>> = vec![vec![0, 1, 2], vec![0, 2]];
        let sentences: Vec<&[Term]> = terms.iter().map(Vec::as_slice).collect();
        let ranked = [(0, 1.0), (1, 0.9), (2, 0.8)];
        let out = assemble(&ranked, &sentences, |t| surfaces[t as usize], |i| texts[i], 4);
        let words: Vec<&str> = out.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(words, vec![longest.as_str(), "bridge"]);
    }

    #[test]
    fn no_bare_number() {
        // Terms: 0 "3", 1 "2024", 2 "bridge", 3 "3.5", 4 "B-52s", 5 "flight", 6 "370".
        let surfaces = ["3", "2024", "bridge", "3.5", "B-52s", "flight", "370"];
        let texts = ["flight 370 bridge", "flight 370 again"];
        let terms: Vec<Vec<Term>> = vec![vec![0, 1, 2, 3, 4, 5, 6], vec![5, 6]];
        let sentences: Vec<&[Term]> = terms.iter().map(Vec::as_slice).collect();
        let ranked = [
            (0, 1.0),
            (1, 0.9),
            (5, 0.85),
            (2, 0.8),
            (3, 0.7),
            (4, 0.6),
            (6, 0.5),
        ];
        let out = assemble(&ranked, &sentences, |t| surfaces[t as usize], |i| texts[i], 5);
        let words: Vec<&str> = out.iter().map(|(w, _)| w.as_str()).collect();
        assert_eq!(words, vec!["flight 370", "bridge", "B-52s"]);
    }
}
