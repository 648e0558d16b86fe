//! Stage 8's wiring: the pool of sentences that can still reach the
//! summary, and the duplicate groupings decided on the graph's edges.

use super::analysis::{Clusters, Sent};
use crate::dedup;
use crate::fxhash::{FxHasher, FxMap};
use crate::graph::Similar;
use crate::input::Article;
use crate::lang::Analyzer;
use crate::tfidf::Vectors;
use crate::tuning::{OPENING, SUBJECT_SENTENCES, TOPIC_SHARE};
use std::collections::hash_map::Entry;
use std::hash::Hasher;

/// What stage 8 reads of the analysis so far: the articles and their
/// analysers, the sentences with their TF-IDF vectors and the IDF, the
/// titles' vectors, and the pool of sentences that can still reach the
/// summary.
#[derive(Clone, Copy)]
pub(super) struct Stage8<'a> {
    pub(super) articles: &'a [Article],
    pub(super) analyzers: &'a [Analyzer],
    pub(super) article_lang: &'a [usize],
    pub(super) sents: &'a [Sent],
    pub(super) vectors: &'a Vectors,
    pub(super) idf: &'a [f32],
    pub(super) titles: &'a Vectors,
    pub(super) pool: &'a [bool],
}

/// Stage 8: the duplicate groupings, decided on the graph's edges with an
/// end in the pool, and the profiles later stages compare.
pub(super) fn duplicates(input: Stage8<'_>, graph: &Similar) -> (Clusters, dedup::Profiles) {
    let Stage8 {
        articles,
        analyzers,
        article_lang,
        sents,
        vectors,
        idf,
        titles: _,
        pool,
    } = input;
    let n = sents.len();
    // Exact copies first, by hash: each copy stands for its first, whose
    // class is in the pool when any copy is.
    let copy = first_copies(articles, sents);
    let mut in_pool = pool.to_vec();
    for (i, &c) in copy.iter().enumerate() {
        in_pool[c as usize] |= pool[i];
    }
    // The graph's edges between first copies (each once, lower end first,
    // in order; an edge of a copy is its first's), those with an end in the
    // pool.
    let mut edges: Vec<(usize, usize)> = graph
        .pairs()
        .map(|(a, b)| {
            let (a, b) = (copy[a] as usize, copy[b] as usize);
            (a.min(b), a.max(b))
        })
        .filter(|&(a, b)| b > a && (in_pool[a] || in_pool[b]))
        .collect();
    crate::sort::index_pairs(&mut edges);
    edges.dedup();
    let dedup_edges = || edges.iter().copied();
    let mut profiled = pool.to_vec();
    for (a, b) in dedup_edges() {
        profiled[a] = true;
        profiled[b] = true;
    }
    // Sentences never profiled are never compared: their profile has no
    // terms, which no decision calls a duplicate.
    let mut profiles = dedup::Profiles::new(false);
    for (s, &p) in sents.iter().zip(&profiled) {
        if p {
            profiles.push(
                &articles[s.article].text[s.range.clone()],
                &analyzers[article_lang[s.article]],
            );
        } else {
            profiles.skip();
        }
    }
    profiles.shrink_to_fit();
    profiles.drop_topic(articles.len(), TOPIC_SHARE, SUBJECT_SENTENCES, |i| {
        sents[i].article
    });
    drop(profiled);
    // Two groupings: `group`, of the sentences too alike for one summary
    // (`dedup::redundant`), which selection and corroboration use; and
    // `cluster`, of the versions of one fact (`dedup::duplicate`, the
    // stricter decision), which the "reported by" claims use. The second
    // decides only the pairs of the first.
    // The edges come by lower end: its 4-grams are loaded once for all
    // of its edges.
    let mut bits = dedup::GramBits::default();
    let alike: Vec<(usize, usize, f32)> = dedup_edges()
        .filter_map(|(a, b)| {
            let pa = profiles.get(a, vectors);
            bits.load(a, &pa);
            dedup::redundant_with(&pa, &profiles.get(b, vectors), idf, &bits).map(|sim| (a, b, sim))
        })
        .collect();
    drop(bits);
    let restated = restatements(input, &profiles);
    let mut group = if restated.is_empty() {
        dedup::clusters(n, &alike)
    } else {
        let mut all = alike.clone();
        all.extend(restated.iter().map(|&(a, b, sim)| (a as usize, b as usize, sim)));
        dedup::clusters(n, &all)
    };
    // `dedup::duplicate` is `dedup::redundant` but for pairs that share
    // only names: the others keep their similarity.
    let dup_pairs: Vec<(usize, usize, f32)> = alike
        .iter()
        .filter_map(|&(a, b, sim)| {
            let (pa, pb) = (profiles.get(a, vectors), profiles.get(b, vectors));
            if dedup::names_only(&pa, &pb) {
                dedup::duplicate(&pa, &pb, idf).map(|sim| (a, b, sim))
            } else {
                Some((a, b, sim))
            }
        })
        .collect();
    drop(alike);
    let mut cluster = dedup::clusters(n, &dup_pairs);
    drop(dup_pairs);
    drop(edges);
    // Every copy joins its first's group and cluster (a new one when the
    // first has none): copies are one fact, and versions of it.
    join_copies(&copy, &mut group);
    join_copies(&copy, &mut cluster);
    drop(copy);
    // Only the candidates and the members of groups and clusters are ever
    // compared again (in stage 9 and the report): the other profiles are
    // freed.
    let profiles = profiles.retain(|i| pool[i] || group[i].is_some() || cluster[i].is_some());
    let members_of = |c: &[Option<usize>]| {
        let k = c.iter().flatten().max().map_or(0, |m| m + 1);
        let mut members: Vec<Vec<usize>> = vec![Vec::new(); k];
        for (i, c) in c.iter().enumerate() {
            if let Some(c) = c {
                members[*c].push(i);
            }
        }
        members
    };
    let members = members_of(&cluster);
    let group_members = members_of(&group);
    let n_groups = group_members.len();
    let independent: Vec<usize> = group_members
        .iter()
        .map(|m| dedup::independent(m, |i| sents[i].article, vectors))
        .collect();
    drop(group_members);

    (
        Clusters {
            group,
            n_groups,
            independent,
            cluster,
            members,
            restated,
        },
        profiles,
    )
}

/// The pairs of sentences of one article's opening (its first [`OPENING`]
/// content sentences, candidates) that restate its headline
/// (`dedup::restate`), lower end first, sorted, with their similarity.
fn restatements(input: Stage8<'_>, profiles: &dedup::Profiles) -> Vec<(u32, u32, f32)> {
    let Stage8 { sents, vectors, .. } = input;
    let mut out = Vec::new();
    let mut opening: Vec<usize> = Vec::with_capacity(OPENING as usize);
    let mut i = 0;
    while i < sents.len() {
        let a = sents[i].article;
        let end = i + sents[i..].iter().take_while(|s| s.article == a).count();
        let titled = input.articles[a]
            .title
            .as_deref()
            .filter(|t| !t.trim().is_empty());
        if let Some(t) = titled.filter(|_| !input.titles.get(a).is_empty()) {
            opening.clear();
            opening.extend(
                (i..end)
                    .take_while(|&k| sents[k].pos < OPENING)
                    .filter(|&k| input.pool[k] && sents[k].boilerplate.is_none()),
            );
            if opening.len() >= 2 {
                // One profile a title, made only when its article has two
                // candidates to compare; its vector is the article's in
                // `titles`.
                let mut one = Vectors::default();
                one.push(input.titles.get(a));
                let mut title = dedup::Profiles::new(false);
                title.push(t, &input.analyzers[input.article_lang[a]]);
                let pt = title.get(0, &one);
                for (x, &p) in opening.iter().enumerate() {
                    for &q in &opening[x + 1..] {
                        let (pp, pq) = (profiles.get(p, vectors), profiles.get(q, vectors));
                        if let Some(sim) = dedup::restate(&pt, &pp, &pq, input.idf) {
                            out.push((p as u32, q as u32, sim));
                        }
                    }
                }
            }
        }
        i = end;
    }
    out
}

/// Each sentence's first exact copy among the content sentences (the same
/// words, whatever their case and the punctuation between them), itself
/// when it has none. Copies are found by hash before any capped
/// comparison: the graph meets only the next 100 sentences under a term,
/// so a sentence repeated 10,000 times would otherwise stay several facts
/// and be chosen several times.
fn first_copies(articles: &[Article], sents: &[Sent]) -> Vec<u32> {
    let text = |s: &Sent| &articles[s.article].text[s.range.clone()];
    let mut first: FxMap<u64, u32> = FxMap::default();
    let mut copy = Vec::with_capacity(sents.len());
    for (i, s) in sents.iter().enumerate() {
        let mut of = i as u32;
        if s.boilerplate.is_none() {
            match first.entry(letters_hash(text(s))) {
                Entry::Vacant(e) => {
                    e.insert(of);
                }
                // A hash equal by chance is not a copy.
                Entry::Occupied(e) if letters(text(&sents[*e.get() as usize])).eq(letters(text(s))) => {
                    of = *e.get()
                }
                Entry::Occupied(_) => {}
            }
        }
        copy.push(of);
    }
    copy
}

/// A hash of [`letters`] in one pass without iterator adapters (it runs on
/// every content sentence): equal letters give equal hashes, except for the
/// rare character outside ASCII that lower-cases into ASCII (the Kelvin
/// sign), whose copies are then only missed.
fn letters_hash(text: &str) -> u64 {
    let mut h = FxHasher::default();
    let (mut started, mut gap) = (false, false);
    if text.is_ascii() {
        // The same bytes hashed, a byte at a time: in ASCII the
        // alphanumeric characters are ASCII's letters and digits.
        for &b in text.as_bytes() {
            if !b.is_ascii_alphanumeric() {
                gap = true;
                continue;
            }
            if gap && started {
                h.write_u8(b' ');
            }
            (started, gap) = (true, false);
            h.write_u8(b.to_ascii_lowercase());
        }
        return h.finish();
    }
    for c in text.chars() {
        if !c.is_alphanumeric() {
            gap = true;
            continue;
        }
        if gap && started {
            h.write_u8(b' ');
        }
        (started, gap) = (true, false);
        if c.is_ascii() {
            h.write_u8(c.to_ascii_lowercase() as u8);
        } else {
            for l in c.to_lowercase() {
                h.write_u32(l as u32);
            }
        }
    }
    h.finish()
}

/// What a copy is compared by: the letters and digits of `text`,
/// lower-cased, with one space between words (no allocation).
fn letters(text: &str) -> impl Iterator<Item = char> + '_ {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .enumerate()
        .flat_map(|(k, w)| {
            (k > 0)
                .then_some(' ')
                .into_iter()
                .chain(w.chars().flat_map(char::to_lowercase))
        })
}

/// Gives every copy (`copy[i] != i`) the grouping of its first copy, and a
/// first copy without one, whose class has copies, a new one.
fn join_copies(copy: &[u32], grouping: &mut [Option<usize>]) {
    let mut next = grouping.iter().flatten().max().map_or(0, |m| m + 1);
    for i in 0..copy.len() {
        let first = copy[i] as usize;
        if first == i {
            continue;
        }
        let g = match grouping[first] {
            Some(g) => g,
            None => {
                grouping[first] = Some(next);
                next += 1;
                next - 1
            }
        };
        grouping[i] = Some(g);
    }
}

/// The `size` best-ranked of the usable sentences (ties by position), or
/// all of them when there are no more than that.
pub(super) fn pool(rank: &[f32], usable: &[bool], size: usize) -> Vec<bool> {
    let mut order: Vec<usize> = (0..rank.len()).filter(|&i| usable[i]).collect();
    if order.len() <= size {
        return usable.to_vec();
    }
    if size == 0 {
        return vec![false; rank.len()];
    }
    crate::sort::best_by_score(&mut order, rank, size);
    let mut pool = vec![false; rank.len()];
    for &i in &order[..size] {
        pool[i] = true;
    }
    pool
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The ASCII path of `letters_hash` against the character path: the
    /// same text with a no-break space appended (not ASCII, no letter)
    /// hashes the same letters.
    #[test]
    fn ascii_letters_hash_as_characters() {
        let mut texts: Vec<String> = vec![
            "".into(),
            "The U.S. said: 3.5% of $1,000 -- 'quoted' (x) e-mail".into(),
            "  Leading and trailing  ".into(),
        ];
        for a in 0u8..0x80 {
            for b in (0u8..0x80).step_by(7) {
                texts.push(format!(
                    "{}Ab{}9{}cD{}",
                    a as char, b as char, a as char, b as char
                ));
            }
        }
        for t in &texts {
            let wide = format!("{t}\u{a0}");
            assert_eq!(letters_hash(t), letters_hash(&wide), "{t:?}");
        }
    }

    #[test]
    fn pool_keeps_the_best_ranked_usable_ties_by_position() {
        let rank = [0.1, 0.5, 0.5, 0.9, 0.5, 0.2];
        let usable = [true, true, true, false, true, true];
        let check = |size: usize, expected: [bool; 6]| {
            assert_eq!(pool(&rank, &usable, size), expected, "size {size}")
        };
        // Unusable sentences never enter, however well ranked.
        check(0, [false; 6]);
        check(1, [false, true, false, false, false, false]);
        check(2, [false, true, true, false, false, false]);
        check(3, [false, true, true, false, true, false]);
        check(4, [false, true, true, false, true, true]);
        // No cut when the pool holds every usable sentence.
        check(5, usable);
        check(50, usable);
    }
}
