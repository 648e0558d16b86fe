//! Stage 8: duplicates — the decision whether two sentences state the same
//! fact, the clusters it induces, and the conflicts inside a cluster.
//!
//! The decision looks past word-for-word copies: it compares stemmed content
//! words weighted by IDF (cosine), and also how much of the shorter sentence
//! the longer one contains, so that "X said Y" and "Y, X said on Monday in
//! a statement" are one fact.

use crate::fxhash::{FxMap, FxSet};
use crate::lang::{Analyzer, Language};
use crate::output::ConflictKind;
use crate::tfidf::{self, Vectors};
use crate::token::{self, Interner, Term};
use crate::tuning::{COPY_COSINE, DUPLICATE_MIN_COSINE, DUPLICATE_THRESHOLD, DUPLICATE_WEIGHTS, MIN_EDGE};

/// Whether two sentences are duplicates, and how similar they are.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Verdict {
    /// Similarity in [0, 1].
    pub similarity: f32,
    /// Whether they state the same fact.
    pub duplicate: bool,
}

/// What the decision knows of one sentence: its TF-IDF vector, its words
/// and its character 4-grams (a view into [`Profiles`]).
#[derive(Clone, Copy, Debug, Default)]
pub struct Profile<'a> {
    vector: &'a [(Term, f32)],
    /// Every word (stop words too) by its first five letters, lower-cased,
    /// hashed, sorted.
    keys: &'a [u32],
    /// Hashed character 4-grams of the lower-cased words, sorted.
    grams: &'a [u32],
    /// Every word, lower-cased and hashed, in order: copies have the same
    /// (kept only when asked for).
    words: &'a [u32],
}

/// The profiles of many sentences in a few shared arrays (no allocation
/// per sentence). A sentence's TF-IDF vector is not copied: it is looked
/// up in the [`Vectors`] it was made from.
///
/// A profile is one run of a chunk: its grams, then its keys, then its
/// words. Chunks are about a megabyte and never grow, so that the
/// profiles of a large input fit in memory freed by earlier stages rather
/// than in one new block, and no array holds twice what it needs while
/// it doubles.
#[derive(Clone, Debug)]
pub struct Profiles {
    /// Per profile: its chunk (`u32::MAX`: never made), start, and the
    /// number of grams, keys and words.
    at: Vec<[u32; 5]>,
    chunks: Vec<Vec<u32>>,
    keep_words: bool,
    /// Scratch for a profile's keys and words.
    keys: Vec<u32>,
    words: Vec<u32>,
}

/// The size of a chunk, in entries.
const CHUNK: usize = 1 << 18;

impl Profiles {
    /// No profiles yet. `keep_words`: whether to keep each word's hash in
    /// order (what [`Dedup::groups`] finds copies by).
    pub fn new(keep_words: bool) -> Profiles {
        Profiles {
            at: Vec::new(),
            chunks: Vec::new(),
            keep_words,
            keys: Vec::new(),
            words: Vec::new(),
        }
    }

    /// Appends the profile of a sentence, `text` as written.
    pub fn push(&mut self, text: &str) {
        // At most a 4-gram a byte, and a key (and word) every two bytes.
        self.room(2 * text.len() + 2);
        let Some(chunk) = self.chunks.last_mut() else {
            return;
        };
        // One pass over the words, each lower-cased once into `chars`
        // (padded with a space at both ends for the 4-grams): the same
        // hashes as `name_key`, `char_grams` and a lower-cased word, without
        // a String per word.
        let start = chunk.len();
        self.keys.clear();
        self.words.clear();
        let mut chars: Vec<char> = Vec::with_capacity(32);
        for w in words(text) {
            chars.clear();
            chars.push(' ');
            for c in w.chars() {
                if c.is_ascii() {
                    chars.push(c.to_ascii_lowercase());
                } else {
                    chars.extend(c.to_lowercase());
                }
            }
            chars.push(' ');
            let lower = &chars[1..chars.len() - 1];
            self.keys.push(fnv(lower.iter().take(PREFIX).copied()));
            if self.keep_words {
                self.words.push(fnv(lower.iter().copied()));
            }
            chunk.extend(chars.windows(GRAM).map(|g| fnv(g.iter().copied())));
        }
        sort_dedup_from(chunk, start);
        let grams = chunk.len() - start;
        sort_dedup(&mut self.keys);
        chunk.extend_from_slice(&self.keys);
        chunk.extend_from_slice(&self.words);
        // Chunks and counts are far below 4 G entries (the input's bytes
        // bound them).
        let c = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
        self.at.push([
            c(self.chunks.len() - 1),
            c(start),
            c(grams),
            c(self.keys.len()),
            c(self.words.len()),
        ]);
    }

    /// Makes the last chunk hold at least `most` more entries.
    fn room(&mut self, most: usize) {
        let fits = self.chunks.last().is_some_and(|c| c.capacity() - c.len() >= most);
        if !fits {
            // Chunks grow with what is already kept, up to CHUNK (a few
            // texts need not take a megabyte).
            let kept: usize = self.chunks.iter().map(Vec::len).sum();
            self.chunks
                .push(Vec::with_capacity(most.max(kept.clamp(1024, CHUNK))));
        }
    }

    /// The same profiles, but only those `keep` says to keep are made: what
    /// is no longer needed is freed (into new chunks, fitted).
    pub fn retain(&self, keep: impl Fn(usize) -> bool) -> Profiles {
        let mut out = Profiles::new(self.keep_words);
        let empty = Vectors::default();
        for i in 0..self.len() {
            if !keep(i) || self.at[i][0] == u32::MAX {
                out.skip();
                continue;
            }
            let p = self.get(i, &empty);
            out.room(p.grams.len() + p.keys.len() + p.words.len());
            let Some(chunk) = out.chunks.last_mut() else {
                return out;
            };
            let start = chunk.len();
            chunk.extend_from_slice(p.grams);
            chunk.extend_from_slice(p.keys);
            chunk.extend_from_slice(p.words);
            let c = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
            out.at.push([
                c(out.chunks.len() - 1),
                c(start),
                c(p.grams.len()),
                c(p.keys.len()),
                c(p.words.len()),
            ]);
        }
        out.shrink_to_fit();
        out
    }

    /// Appends a profile that is never made (see [`Profiles::get`]).
    pub fn skip(&mut self) {
        self.at.push([u32::MAX, 0, 0, 0, 0]);
    }

    /// Frees the room the last chunk does not use.
    pub fn shrink_to_fit(&mut self) {
        if let Some(c) = self.chunks.last_mut() {
            c.shrink_to_fit();
        }
    }

    /// The number of profiles.
    pub fn len(&self) -> usize {
        self.at.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.at.is_empty()
    }

    /// Profile `i`, with `vectors[i]` its TF-IDF vector. A profile never
    /// made (or past the end) is empty, vector included.
    pub fn get<'a>(&'a self, i: usize, vectors: &'a Vectors) -> Profile<'a> {
        let Some(&[chunk, start, grams, keys, words]) = self.at.get(i) else {
            return Profile::default();
        };
        let Some(chunk) = self.chunks.get(chunk as usize) else {
            return Profile::default();
        };
        let g = start as usize;
        let (k, w) = (g + grams as usize, g + grams as usize + keys as usize);
        let part = |a: usize, b: usize| chunk.get(a..b).unwrap_or(&[]);
        Profile {
            vector: vectors.get(i),
            grams: part(g, k),
            keys: part(k, w),
            words: part(w, w + words as usize),
        }
    }
}

/// Sorts `v[from..]` and removes its repeats.
fn sort_dedup_from(v: &mut Vec<u32>, from: usize) {
    v[from..].sort_unstable();
    let mut w = from;
    for r in from..v.len() {
        if w == from || v[r] != v[w - 1] {
            v[w] = v[r];
            w += 1;
        }
    }
    v.truncate(w);
}

fn sort_dedup<T: Ord>(v: &mut Vec<T>) {
    v.sort_unstable();
    v.dedup();
}

/// The names of the features of a pair, in the order of [`features`].
pub const FEATURES: [&str; 3] = ["coverage", "words", "chars"];

/// The features of a pair of sentences, each in [0, 1]:
/// - `coverage`: the IDF-weighted share of the longer sentence's stemmed
///   content terms found in the shorter one: how little the longer adds;
/// - `words`: the Dice overlap of all words, stop words included, each
///   cut to five letters ("talks" and "talked" agree);
/// - `chars`: the Dice overlap of character 4-grams (inflections, typos,
///   compounds).
pub fn features(a: &Profile, b: &Profile, idf: &[f32]) -> [f32; 3] {
    let o = overlap(a, b, idf);
    [o.coverage(idf), dice(a.keys, b.keys), dice(a.grams, b.grams)]
}

/// What one merge of two TF-IDF vectors finds: their cosine, and the IDF
/// mass of their shared terms, for the coverage of the longer.
struct Overlap<'a> {
    cosine: f32,
    shared: f32,
    long: &'a [(Term, f32)],
    /// The other vector when both have as many terms (else empty): then
    /// the longer is the one of greater IDF mass, whichever was given
    /// first, so that the decision is symmetric.
    tie: &'a [(Term, f32)],
}

impl Overlap<'_> {
    /// `coverage` of [`features`].
    fn coverage(&self, idf: &[f32]) -> f32 {
        let mass = |v: &[(Term, f32)]| v.iter().map(|&(t, _)| weight(idf, t)).sum::<f32>();
        let mass_long = mass(self.long).max(mass(self.tie));
        if mass_long > 0.0 {
            (self.shared / mass_long).min(1.0)
        } else {
            0.0
        }
    }
}

fn weight(idf: &[f32], t: Term) -> f32 {
    idf.get(t as usize).copied().unwrap_or(1.0)
}

/// The cosine of `a` and `b` and the IDF mass of their shared terms, in one
/// branch-free merge (the products summed in term order, as
/// [`tfidf::dot`] does).
fn overlap<'a>(a: &Profile<'a>, b: &Profile<'a>, idf: &[f32]) -> Overlap<'a> {
    let (va, vb) = (a.vector, b.vector);
    let (short, long) = if va.len() <= vb.len() { (va, vb) } else { (vb, va) };
    let (mut i, mut j, mut dot, mut shared) = (0, 0, 0.0f32, 0.0f32);
    while i < short.len() && j < long.len() {
        let (x, y) = (short[i], long[j]);
        if x.0 == y.0 {
            dot += x.1 * y.1;
            shared += weight(idf, x.0);
        }
        i += usize::from(x.0 <= y.0);
        j += usize::from(y.0 <= x.0);
    }
    Overlap {
        cosine: dot.clamp(0.0, 1.0),
        shared,
        long,
        tie: if va.len() == vb.len() { short } else { &[] },
    }
}

/// The decision function, shared by the summariser and `gistr dedup`: a
/// small logistic model over [`features`].
pub fn decide(a: &Profile, b: &Profile, idf: &[f32]) -> Verdict {
    if a.vector.is_empty() || b.vector.is_empty() {
        return Verdict {
            similarity: 0.0,
            duplicate: false,
        };
    }
    // Sentences sharing this little content are not compared further
    // (stop words and common letter groups alone make no duplicate).
    let o = overlap(a, b, idf);
    if o.cosine < DUPLICATE_MIN_COSINE {
        return Verdict {
            similarity: o.cosine / 2.0,
            duplicate: false,
        };
    }
    verdict([o.coverage(idf), dice(a.keys, b.keys), dice(a.grams, b.grams)])
}

/// The similarity of `a` and `b` when [`decide`] calls them duplicates,
/// else `None`; the same decision, but it skips the costliest feature
/// (character 4-grams) when even their best value could not make a
/// duplicate. The summariser asks this of every edge of its graph.
pub fn duplicate(a: &Profile, b: &Profile, idf: &[f32]) -> Option<f32> {
    if a.vector.is_empty() || b.vector.is_empty() {
        return None;
    }
    let o = overlap(a, b, idf);
    if o.cosine < DUPLICATE_MIN_COSINE {
        return None;
    }
    let (coverage, words) = (o.coverage(idf), dice(a.keys, b.keys));
    let (ga, gb) = (a.grams.len(), b.grams.len());
    // Dice can be no more than the shorter set allows.
    let best_chars = if ga + gb == 0 {
        0.0
    } else {
        2.0 * ga.min(gb) as f32 / (ga + gb) as f32
    };
    let z_rest = DUPLICATE_WEIGHTS[3] + DUPLICATE_WEIGHTS[0] * coverage + DUPLICATE_WEIGHTS[1] * words;
    if z_rest + DUPLICATE_WEIGHTS[2] * best_chars < -1e-3 {
        return None;
    }
    // The shared 4-grams a duplicate needs, less one for rounding: the
    // count stops as soon as the grams left cannot reach it.
    let need = -1e-3 - z_rest;
    let need = (need * (ga + gb) as f32 / (2.0 * DUPLICATE_WEIGHTS[2])).floor() - 1.0;
    let shared = count_shared_at_least(a.grams, b.grams, need.max(0.0) as usize)?;
    let chars = if ga + gb == 0 {
        0.0
    } else {
        2.0 * shared as f32 / (ga + gb) as f32
    };
    let v = verdict([coverage, words, chars]);
    v.duplicate.then_some(v.similarity)
}

/// [`count_shared`] if it is at least `need`, else `None`, known as soon
/// as even matching every element left could not make `need`.
fn count_shared_at_least(a: &[u32], b: &[u32], need: usize) -> Option<usize> {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        // The bound is checked every 16 steps, not to slow the merge.
        for _ in 0..16 {
            if i >= a.len() || j >= b.len() {
                break;
            }
            let (x, y) = (a[i], b[j]);
            n += usize::from(x == y);
            i += usize::from(x <= y);
            j += usize::from(y <= x);
        }
        if n + (a.len() - i).min(b.len() - j) < need {
            return None;
        }
    }
    (n >= need).then_some(n)
}

fn verdict(x: [f32; 3]) -> Verdict {
    let mut z = DUPLICATE_WEIGHTS[FEATURES.len()];
    for (w, f) in DUPLICATE_WEIGHTS.iter().zip(x) {
        z += w * f;
    }
    let similarity = 1.0 / (1.0 + (-z).exp());
    Verdict {
        similarity,
        duplicate: similarity >= DUPLICATE_THRESHOLD,
    }
}

fn dice<T: Ord>(a: &[T], b: &[T]) -> f32 {
    if a.is_empty() && b.is_empty() {
        return 0.0;
    }
    2.0 * count_shared(a, b) as f32 / (a.len() + b.len()) as f32
}

fn count_shared<T: Ord>(a: &[T], b: &[T]) -> usize {
    // Branch-free merge: the branchy one mispredicts on every step and was
    // most of the summariser's duplicate stage.
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        let (x, y) = (&a[i], &b[j]);
        n += usize::from(x == y);
        i += usize::from(x <= y);
        j += usize::from(y <= x);
    }
    n
}

/// Character 4-grams of the lower-cased words, each word padded with a
/// space at both ends, hashed (FNV-1a) to 32 bits: what [`Profiles::push`]
/// computes in its one pass, spelled out for the test that they agree.
#[cfg(test)]
fn char_grams(text: &str) -> Vec<u32> {
    let mut out = Vec::new();
    let mut chars: Vec<char> = Vec::new();
    for w in words(text) {
        chars.clear();
        chars.push(' ');
        chars.extend(w.chars().flat_map(char::to_lowercase));
        chars.push(' ');
        for g in chars.windows(GRAM) {
            out.push(fnv(g.iter().copied()));
        }
    }
    out
}

/// FNV-1a over characters, 32 bits.
fn fnv(chars: impl Iterator<Item = char>) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for c in chars {
        h = (h ^ c as u32).wrapping_mul(0x0100_0193);
    }
    h
}

/// The words of `text`, trimmed of punctuation (hyphens and inner
/// apostrophes stay).
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_whitespace() || c == '—' || c == '–' || c == '/')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
}

/// The key words and names are compared by: the first five letters,
/// lower-cased, so that "Russia" and "Russian", "Zelensky" and
/// "Zelenskyy" agree.
fn name_key(w: &str) -> String {
    w.chars().flat_map(char::to_lowercase).take(PREFIX).collect()
}

/// Words are compared by their first `PREFIX` letters, lower-cased (see
/// [`name_key`]).
const PREFIX: usize = 5;

/// The length of the character n-grams of a profile (words padded with a
/// space at each end).
const GRAM: usize = 4;

/// A run of capitalised words (a name) with the words around it.
struct NameRun {
    /// The word before, lower-cased ("" at the start).
    before: String,
    /// Its words as written.
    words: Vec<String>,
    /// The word after, lower-cased ("" at the end).
    after: String,
}

impl NameRun {
    /// The part of the run that `other` (sorted name keys) lacks entirely,
    /// with the words around it: the shared title of "Defense Minister
    /// Troels Poulsen" becomes the word before "Troels Poulsen".
    fn unshared(&self, other: &[String]) -> Option<NameRun> {
        let has = |w: &String| other.binary_search(&name_key(w)).is_ok();
        let start = self.words.iter().take_while(|w| has(w)).count();
        let end = self.words.len() - self.words[start..].iter().rev().take_while(|w| has(w)).count();
        let rest = &self.words[start..end];
        if rest.is_empty() || rest.iter().any(has) {
            return None;
        }
        Some(NameRun {
            before: match start {
                0 => self.before.clone(),
                s => self.words[s - 1].to_lowercase(),
            },
            words: rest.to_vec(),
            // A shared surname after the run is no role.
            after: match self.words.get(end) {
                Some(_) => String::new(),
                None => self.after.clone(),
            },
        })
    }
}

/// Capitalised words that do not open the sentence (or a quote), grouped
/// in runs.
fn name_runs(text: &str) -> Vec<NameRun> {
    let ws: Vec<&str> = text.split_whitespace().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < ws.len() {
        let opens = i == 0 || ws[i - 1].ends_with([':', '.', '"', '“']) || ws[i].starts_with(['"', '“', '(']);
        if opens || !is_name(ws[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < ws.len() && is_name(ws[i]) {
            i += 1;
            // A run ends at punctuation.
            if ws[i - 1].ends_with(|c: char| !c.is_alphanumeric()) {
                break;
            }
        }
        let run: Vec<&str> = ws[start..i].iter().map(|w| clean(w)).collect();
        // Only a lower-case word tells a role or an act ("spokesman",
        // "said"); a heading ("Engagements:") has no context.
        let heading = ws[i - 1].ends_with(':');
        let context = |j: Option<usize>| {
            j.and_then(|j| ws.get(j))
                .map(|w| clean(w))
                .filter(|w| !heading && w.starts_with(char::is_lowercase))
                .map(str::to_lowercase)
                .unwrap_or_default()
        };
        out.push(NameRun {
            before: context(start.checked_sub(1)),
            words: run.iter().map(|w| w.to_string()).collect(),
            after: context(Some(i)),
        });
    }
    out
}

fn clean(w: &str) -> &str {
    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
    // Possessives: "Trump's", "Russia´s".
    for s in ["'s", "’s", "´s"] {
        if let Some(stem) = w.strip_suffix(s) {
            return stem;
        }
    }
    w
}

/// A capitalised word that is not a weekday, a month or a title-cased
/// function word.
fn is_name(w: &str) -> bool {
    let w = clean(w);
    let mut chars = w.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    if !first.is_uppercase() || w.chars().count() < 2 {
        return false;
    }
    let l = w.to_lowercase();
    !(WEEKDAYS.contains(&l.as_str()) || MONTHS.contains(&l.as_str()) || COMMON_CAPS.contains(&l.as_str()))
}

/// Capitalised words that are rarely the name of a person or place.
const COMMON_CAPS: &[&str] = &[
    "the", "a", "an", "and", "or", "of", "in", "on", "at", "for", "to", "by", "with", "i", "mr", "mrs", "ms",
    "dr", "he", "she", "it", "we", "they", "but", "if", "as", "this", "that",
];

/// Clusters of duplicates from the duplicate pairs `(a, b, similarity)`.
///
/// Pairs are taken most similar first, and two clusters are joined only
/// when more than half the pairs across them are duplicates too (average
/// linkage), so that a chain A≈B≈C≈D of ever looser paraphrases does not
/// become one fact. Cluster ids are dense and numbered in order of each
/// cluster's first sentence; sentences without duplicates get `None`.
pub fn clusters(n: usize, pairs: &[(usize, usize, f32)]) -> Vec<Option<usize>> {
    let mut order: Vec<(usize, usize, f32)> = pairs
        .iter()
        .filter(|&&(a, b, _)| a < n && b < n && a != b)
        .map(|&(a, b, s)| (a.min(b), a.max(b), s))
        .collect();
    crate::sort::pairs_by_similarity(&mut order);
    // FxHash (only asked, never iterated): the default SipHash is slower,
    // and a second hasher in the .wasm.
    let mut linked: FxSet<(usize, usize)> = order.iter().map(|&(a, b, _)| (a, b)).collect();
    linked.shrink_to_fit();
    // Each sentence's cluster (named by one of its members), and each
    // cluster's members as a list threaded through `next`, in the order
    // they joined: no list per sentence.
    const END: u32 = u32::MAX;
    let mut of: Vec<u32> = (0..n as u32).collect();
    let mut next: Vec<u32> = vec![END; n];
    let mut head: Vec<u32> = (0..n as u32).collect();
    let mut tail: Vec<u32> = (0..n as u32).collect();
    let mut size: Vec<u32> = vec![1; n];
    fn members<'a>(head: &[u32], next: &'a [u32], c: usize) -> impl Iterator<Item = usize> + 'a {
        let mut at = head[c];
        std::iter::from_fn(move || {
            (at != u32::MAX).then(|| {
                let m = at as usize;
                at = next[m];
                m
            })
        })
    }
    for &(a, b, _) in &order {
        let (ca, cb) = (of[a] as usize, of[b] as usize);
        if ca == cb {
            continue;
        }
        // Large clusters (many copies of one line) are checked on a sample,
        // and the count stops as soon as the majority is known.
        const SAMPLE: usize = 16;
        let total = (size[ca] as usize).min(SAMPLE) * (size[cb] as usize).min(SAMPLE);
        let (mut dup, mut miss) = (0usize, 0usize);
        'count: for x in members(&head, &next, ca).take(SAMPLE) {
            for y in members(&head, &next, cb).take(SAMPLE) {
                if linked.contains(&(x.min(y), x.max(y))) {
                    dup += 1;
                } else {
                    miss += 1;
                }
                if 2 * dup > total || 2 * miss >= total {
                    break 'count;
                }
            }
        }
        if 2 * dup <= total {
            continue;
        }
        let (keep, gone) = if size[ca] >= size[cb] { (ca, cb) } else { (cb, ca) };
        let mut m = head[gone];
        while m != END {
            of[m as usize] = keep as u32;
            m = next[m as usize];
        }
        next[tail[keep] as usize] = head[gone];
        tail[keep] = tail[gone];
        size[keep] += size[gone];
        size[gone] = 0;
        head[gone] = END;
    }
    let mut id = vec![usize::MAX; n];
    let mut next_id = 0;
    let mut out = vec![None; n];
    for i in 0..n {
        let c = of[i] as usize;
        if size[c] < 2 {
            continue;
        }
        if id[c] == usize::MAX {
            id[c] = next_id;
            next_id += 1;
        }
        out[i] = Some(id[c]);
    }
    out
}

/// How many independent articles carry a cluster of sentences (`members`,
/// ascending): articles whose versions are near-verbatim copies of an
/// earlier article's (cosine ≥ [`COPY_COSINE`]) count once, so one wire story
/// republished by several outlets is not many confirmations.
pub fn independent(members: &[usize], article: impl Fn(usize) -> usize, vectors: &Vectors) -> usize {
    let mut seen: Vec<(usize, usize)> = Vec::new(); // (article, its first member)
    let mut count = 0;
    for &m in members {
        let a = article(m);
        if seen.iter().any(|&(sa, _)| sa == a) {
            continue;
        }
        let copy = seen
            .iter()
            .any(|&(_, r)| tfidf::dot(&vectors[r], &vectors[m]) >= COPY_COSINE);
        seen.push((a, m));
        if !copy {
            count += 1;
        }
    }
    count.max(1)
}

const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const SCALES: &[&str] = &[
    "thousand", "million", "billion", "trillion", "percent", "%", "per", "km", "miles",
];

/// A number with its scale word, as written: `$1.5 billion`, `30%`.
fn amounts(text: &str) -> Vec<(String, String)> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let core =
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '$' && c != '%' && c != '€' && c != '£');
        let digits: String = core.chars().filter(|c| c.is_ascii_digit() || *c == '.').collect();
        if digits.is_empty() || !core.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        // Years are dates, not amounts.
        if is_year(core) {
            continue;
        }
        let next = words
            .get(i + 1)
            .map(|n| n.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase())
            .filter(|n| SCALES.contains(&n.as_str()));
        // The unit: currency, scale word, percent sign ("$ billion", "%").
        let mut unit = String::new();
        if let Some(c) = core.chars().next().filter(|c| matches!(c, '$' | '€' | '£')) {
            unit.push(c);
        }
        if let Some(n) = &next {
            unit.push_str(n);
        } else if core.ends_with('%') {
            unit.push('%');
        }
        let shown = match &next {
            Some(n) => format!("{core} {n}"),
            None => core.to_string(),
        };
        let value: String = core.chars().filter(|c| c.is_ascii_digit() || *c == '.').collect();
        out.push((format!("{value} {unit}"), shown));
    }
    out
}

fn is_year(w: &str) -> bool {
    w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()) && (w.starts_with("19") || w.starts_with("20"))
}

/// The weekdays, months and years of `text`.
fn date_words(text: &str) -> [Vec<String>; 3] {
    let mut out: [Vec<String>; 3] = Default::default();
    for w in text.split(|c: char| !c.is_alphanumeric()) {
        let l = w.to_lowercase();
        if WEEKDAYS.contains(&l.as_str()) {
            out[0].push(w.to_string());
        } else if MONTHS.contains(&l.as_str()) && l != "may" {
            out[1].push(w.to_string());
        } else if is_year(w) {
            out[2].push(w.to_string());
        }
    }
    out
}

/// Where two versions of one fact disagree: amounts with the same scale
/// (`$1 billion` against `$1.5 billion`), weekdays, months or years.
pub fn conflicts(ours: &str, theirs: &str) -> Vec<(ConflictKind, String, String)> {
    let mut out = Vec::new();
    let (a, b) = (amounts(ours), amounts(theirs));
    for (key, shown) in &a {
        if b.iter().any(|(k, _)| k == key) {
            continue;
        }
        let unit = key.split(' ').nth(1).unwrap_or("");
        if unit.is_empty() {
            continue;
        }
        if let Some((_, other)) = b
            .iter()
            .find(|(k, _)| k.split(' ').nth(1) == Some(unit) && !a.iter().any(|(ka, _)| ka == k))
        {
            out.push((ConflictKind::Number, shown.clone(), other.clone()));
        }
    }
    out.extend(name_conflicts(ours, theirs));
    for (x, y) in date_words(ours).into_iter().zip(date_words(theirs)) {
        if !x.is_empty() && !y.is_empty() && !x.iter().any(|w| y.iter().any(|v| v.eq_ignore_ascii_case(w))) {
            out.push((ConflictKind::Date, x.join(", "), y.join(", ")));
        }
    }
    out
}

/// Names that stand in the same place in both versions but differ: a
/// name of `ours` none of whose words `theirs` has, and one of `theirs`
/// none of whose words `ours` has, after the same role ("spokesman
/// Dmitry Peskov" against "spokesman Yuri Ushakov") or before the same
/// word ("Peskov said" against "Ushakov said").
fn name_conflicts(ours: &str, theirs: &str) -> Vec<(ConflictKind, String, String)> {
    let keys = |t: &str| {
        let mut k: Vec<String> = words(t).map(name_key).collect();
        sort_dedup(&mut k);
        k
    };
    let (ka, kb) = (keys(ours), keys(theirs));
    let ra: Vec<NameRun> = name_runs(ours).iter().filter_map(|r| r.unshared(&kb)).collect();
    let rb: Vec<NameRun> = name_runs(theirs).iter().filter_map(|r| r.unshared(&ka)).collect();
    let telling = |w: &str| {
        w.chars().count() >= 3 && w.chars().all(char::is_alphabetic) && !FUNCTION_WORDS.contains(&w)
    };
    let mut out = Vec::new();
    for a in &ra {
        let same = rb.iter().find(|b| {
            (telling(&a.before) && a.before == b.before) || (telling(&a.after) && a.after == b.after)
        });
        if let Some(b) = same {
            out.push((ConflictKind::Name, a.words.join(" "), b.words.join(" ")));
        }
    }
    out
}

/// Words around a name that say nothing of its role.
const FUNCTION_WORDS: &[&str] = &[
    "and",
    "the",
    "for",
    "with",
    "from",
    "into",
    "that",
    "this",
    "than",
    "but",
    "nor",
    "its",
    "their",
    "his",
    "her",
    "our",
    "your",
    "who",
    "which",
    "was",
    "were",
    "are",
    "has",
    "had",
    "have",
    "been",
    "will",
    "would",
    "between",
    "about",
    "after",
    "before",
    "against",
    "over",
    "under",
    "like",
    "including",
    "also",
];

/// Near-duplicate detection over a list of short texts (sentences or
/// headlines), with the same decision function as the summariser. IDF
/// comes from the texts themselves.
///
/// ```
/// let texts = [
///     "Trump threatened sanctions if Russia does not agree to a ceasefire by Friday.",
///     "If Russia does not agree to a ceasefire by Friday, Trump threatened sanctions.",
///     "Denmark and Sweden will buy weapons for Ukraine.",
/// ];
/// let d = gistr::Dedup::new(&texts, None);
/// assert!(d.compare(0, 1).duplicate);
/// assert!(!d.compare(0, 2).duplicate);
/// assert_eq!(d.groups(), vec![vec![0, 1]]);
/// ```
pub struct Dedup {
    profiles: Profiles,
    vectors: Vectors,
    idf: Vec<f32>,
    n_terms: usize,
}

/// How many bytes of the texts, at least, [`Dedup::new`] detects the
/// language on.
const DETECT_SAMPLE: usize = 2000;

impl Dedup {
    /// Prepares `texts`. `language` is an ISO 639-1 code, or `None` to detect
    /// it from all the texts together; an unknown code also means detection.
    pub fn new<S: AsRef<str>>(texts: &[S], language: Option<&str>) -> Dedup {
        let lang = language.and_then(Language::from_code).unwrap_or_else(|| {
            let mut sample = String::new();
            for t in texts {
                if sample.len() > DETECT_SAMPLE {
                    break;
                }
                sample.push_str(t.as_ref());
                sample.push(' ');
            }
            Language::detect(&sample)
        });
        let analyzer = Analyzer::new(lang);
        let mut interner = Interner::default();
        let terms: Vec<Vec<Term>> = texts
            .iter()
            .map(|t| {
                let mut out = Vec::new();
                token::tokenize(&analyzer, &mut interner, t.as_ref(), &mut out);
                out
            })
            .collect();
        let idf = tfidf::idf(terms.iter().map(|t| t.as_slice()), interner.len());
        let mut scratch = Vec::new();
        let mut vectors = Vectors::with_capacity(texts.len(), terms.iter().map(Vec::len).sum());
        let mut profiles = Profiles::new(true);
        for (text, t) in texts.iter().zip(&terms) {
            vectors.push_terms(t, &idf, &mut scratch);
            profiles.push(text.as_ref());
        }
        Dedup {
            profiles,
            vectors,
            idf,
            n_terms: interner.len(),
        }
    }

    /// The verdict on texts `a` and `b`. Indices past the end compare as empty.
    pub fn compare(&self, a: usize, b: usize) -> Verdict {
        decide(&self.profile(a), &self.profile(b), &self.idf)
    }

    /// The features behind [`compare`](Self::compare), named, each in
    /// [0, 1]: what the verdict on texts `a` and `b` was made from.
    pub fn explain(&self, a: usize, b: usize) -> Vec<(&'static str, f32)> {
        FEATURES
            .into_iter()
            .zip(features(&self.profile(a), &self.profile(b), &self.idf))
            .collect()
    }

    fn profile(&self, i: usize) -> Profile<'_> {
        self.profiles.get(i, &self.vectors)
    }

    /// Groups of two or more duplicate texts, each sorted, in order of their
    /// first text.
    ///
    /// Copies (the same words, whatever the case and punctuation) are put
    /// together first; the distinct texts are then compared in pairs that
    /// share an uncommon term, as in the summariser.
    pub fn groups(&self) -> Vec<Vec<usize>> {
        let n = self.profiles.len();
        // The first text of each set of copies stands for them all.
        let mut first: FxMap<&[u32], usize> = FxMap::default();
        let mut rep: Vec<usize> = Vec::with_capacity(n);
        let mut copies = vec![0usize; n];
        for i in 0..n {
            let p = self.profile(i);
            let r = if p.vector.is_empty() {
                i
            } else {
                *first.entry(p.words).or_insert(i)
            };
            rep.push(r);
            copies[r] += 1;
        }
        let reps: Vec<usize> = (0..n).filter(|&i| rep[i] == i).collect();
        // As in the summariser's graph (stage 6): terms in more than
        // `graph::MAX_INDEXED_DF` texts are not indexed, they make most
        // pairs and few duplicates.
        let mut vectors = Vectors::default();
        for &i in &reps {
            vectors.push(self.vectors.get(i));
        }
        let candidates = crate::graph::similar_pairs(&vectors, self.n_terms, MIN_EDGE);
        let dups: Vec<(usize, usize, f32)> = candidates
            .iter()
            .filter_map(|&(a, b, _)| {
                let (a, b) = (reps[a as usize], reps[b as usize]);
                let v = self.compare(a, b);
                v.duplicate.then_some((a, b, v.similarity))
            })
            .collect();
        let ids = clusters(n, &dups);
        // A cluster of distinct texts, or a text with copies of its own.
        let mut group_of: FxMap<(bool, usize), usize> = FxMap::default();
        let mut groups: Vec<Vec<usize>> = Vec::new();
        for (i, &r) in rep.iter().enumerate() {
            let key = match ids[r] {
                Some(c) => (true, c),
                None if copies[r] > 1 => (false, r),
                None => continue,
            };
            let g = *group_of.entry(key).or_insert_with(|| {
                groups.push(Vec::new());
                groups.len() - 1
            });
            groups[g].push(i);
        }
        groups
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_fast_path_decides_as_decide_does() {
        let text = include_str!("../tests/fixtures/strike/1-harbour-herald.txt").to_string()
            + include_str!("../tests/fixtures/strike/2-daily-ledger.txt")
            + include_str!("../tests/fixtures/strike/3-wire.txt");
        let lines: Vec<&str> = crate::sentence::sentences(&text)
            .into_iter()
            .map(|r| &text[r])
            .collect();
        let d = Dedup::new(&lines, Some("en"));
        let mut dups = 0;
        for a in 0..lines.len() {
            for b in 0..lines.len() {
                let v = decide(&d.profile(a), &d.profile(b), &d.idf);
                let fast = duplicate(&d.profile(a), &d.profile(b), &d.idf);
                assert_eq!(
                    fast,
                    v.duplicate.then_some(v.similarity),
                    "{} / {}",
                    lines[a],
                    lines[b]
                );
                dups += usize::from(v.duplicate && a != b);
            }
        }
        assert!(dups > 0);
    }

    #[test]
    fn profiles_hash_as_the_spelled_out_definitions() {
        for text in [
            "Zelensky thanked Trump for the \"productive\" talks — on Friday/Saturday.",
            "İSTANBUL'da ÇOK güzel; Straße GROSS, ΟΔΥΣΣΕΥΣ, Ünïcödé-wörds 3.5% $1,000",
            "a I ab abc abcd abcde abcdef",
            "",
            "!!! ???",
        ] {
            let mut all = Profiles::new(true);
            all.skip();
            all.push(text);
            all.push("Another sentence, to share the arrays.");
            let vectors = Vectors::default();
            assert!(all.get(0, &vectors).keys.is_empty());
            let p = all.get(1, &vectors);
            let kept = all.retain(|i| i == 1);
            let q = kept.get(1, &vectors);
            assert_eq!((q.keys, q.grams, q.words), (p.keys, p.grams, p.words));
            assert!(kept.get(2, &vectors).keys.is_empty());
            assert_eq!(kept.len(), 3);
            let mut keys: Vec<u32> = words(text).map(|w| fnv(name_key(w).chars())).collect();
            sort_dedup(&mut keys);
            let mut grams = char_grams(text);
            sort_dedup(&mut grams);
            let lower: Vec<u32> = words(text)
                .map(|w| fnv(w.chars().flat_map(char::to_lowercase)))
                .collect();
            assert_eq!(p.keys, keys, "{text}");
            assert_eq!(p.grams, grams, "{text}");
            assert_eq!(p.words, lower, "{text}");
        }
    }

    #[test]
    fn shared_counts_stop_only_when_the_need_is_out_of_reach() {
        let evens: Vec<u32> = (0..100).map(|x| 2 * x).collect();
        let odds: Vec<u32> = (0..100).map(|x| 2 * x + 1).collect();
        let all: Vec<u32> = (0..200).collect();
        let none: Vec<u32> = Vec::new();
        for (a, b, need, expected) in [
            (&evens, &all, 0, Some(100)),
            (&evens, &all, 100, Some(100)),
            (&evens, &all, 101, None),
            (&evens, &odds, 0, Some(0)),
            (&evens, &odds, 1, None),
            (&evens, &evens, 100, Some(100)),
            (&all, &none, 0, Some(0)),
            (&all, &none, 1, None),
        ] {
            assert_eq!(count_shared_at_least(a, b, need), expected, "need {need}");
            if let Some(n) = expected {
                assert_eq!(n, count_shared(a, b));
            }
        }
    }

    fn check(a: &str, b: &str, expected: bool) {
        let d = Dedup::new(
            &[
                a,
                b,
                "Unrelated filler about weather in Paris.",
                "Markets rose on Tuesday in Tokyo.",
            ],
            Some("en"),
        );
        let v = d.compare(0, 1);
        assert_eq!(v.duplicate, expected, "{a:?} / {b:?}: {v:?}");
    }

    #[test]
    fn table() {
        // Copies, reorderings and paraphrases of one fact.
        check("The cat sat on the mat.", "The cat sat on the mat.", true);
        check(
            "Zelensky thanked Trump for productive talks on sanctions.",
            "Zelensky expressed gratitude to Trump for the productive talks about sanctions against Russia.",
            true,
        );
        check(
            "Trump threatened sanctions if Russia does not agree to a ceasefire by Friday.",
            "If Russia does not agree to a ceasefire by Friday, Trump threatened sanctions.",
            true,
        );
        check(
            "The council approved the bridge on Tuesday, the mayor said.",
            "The council approved the bridge on Tuesday.",
            true,
        );
        // Different facts.
        check("The cat sat on the mat.", "Stocks fell sharply in Tokyo.", false);
        check(
            "Denmark will buy weapons for Ukraine worth $500 million.",
            "The Kremlin said the Russian economy is immune to sanctions.",
            false,
        );
        // Nothing to compare.
        check("", "", false);
        check("The cat sat on the mat.", "", false);
        check("!!! ???", "...", false);
    }

    fn conflict(ours: &str, theirs: &str, expected: &[(ConflictKind, &str, &str)]) {
        let got = conflicts(ours, theirs);
        let want: Vec<(ConflictKind, String, String)> = expected
            .iter()
            .map(|&(k, a, b)| (k, a.to_string(), b.to_string()))
            .collect();
        assert_eq!(got, want, "{ours:?} / {theirs:?}");
    }

    #[test]
    fn finds_conflicts() {
        use ConflictKind::*;
        conflict(
            "Funding exceeds $1 billion, he said on Friday.",
            "Funding exceeds $1.5 billion, he said on Monday.",
            &[(Number, "$1 billion", "$1.5 billion"), (Date, "Friday", "Monday")],
        );
        conflict("It cost $1 billion.", "It cost $1 billion.", &[]);
        conflict(
            "Prices rose 3% in May.",
            "Prices rose 4% in May.",
            &[(Number, "3%", "4%")],
        );
        conflict(
            "The deal was signed in March 2022.",
            "The deal was signed in April 2022.",
            &[(Date, "March", "April")],
        );
        conflict(
            "The talks, Kremlin spokesman Dmitry Peskov said, were useful.",
            "The talks, Kremlin spokesman Yuri Ushakov said, were useful.",
            &[(Name, "Dmitry Peskov", "Yuri Ushakov")],
        );
        conflict(
            "The report was written by Defense Minister Troels Poulsen on Monday.",
            "The report was written by Defense Minister Pal Jonson on Monday.",
            &[(Name, "Troels Poulsen", "Pal Jonson")],
        );
        // The same person, named more or less fully, is no conflict.
        conflict(
            "The envoy Steve Witkoff will visit Moscow.",
            "The envoy Witkoff will visit Moscow.",
            &[],
        );
        conflict("Zelensky thanked Trump.", "Zelenskyy thanked Trump.", &[]);
        conflict(
            "The president Donald Trump is hoping for progress.",
            "Future Engagements: Trump is expected to meet Zelensky.",
            &[],
        );
        // Different names in different roles are not a conflict either.
        conflict(
            "Trump spoke with Putin on Tuesday.",
            "Officials in Kyiv and Moscow said the Tuesday call happened.",
            &[],
        );
    }

    #[test]
    fn clusters_are_numbered_by_first_member() {
        let ids = clusters(5, &[(3, 4, 0.9), (0, 2, 0.8)]);
        assert_eq!(ids, vec![Some(0), None, Some(0), Some(1), Some(1)]);
        // A chain 0≈1≈2≈3 with 0 and 3 unrelated is not one cluster.
        let ids = clusters(4, &[(0, 1, 0.9), (1, 2, 0.8), (2, 3, 0.9)]);
        assert_eq!(ids, vec![Some(0), Some(0), Some(1), Some(1)]);
        // Nor is a hub with two unrelated spokes: 2 joins the pair {0, 1}
        // only if it repeats both.
        let ids = clusters(3, &[(0, 1, 0.9), (1, 2, 0.8)]);
        assert_eq!(ids, vec![Some(0), Some(0), None]);
        // A triangle is.
        let ids = clusters(3, &[(0, 1, 0.9), (1, 2, 0.8), (0, 2, 0.7)]);
        assert_eq!(ids, vec![Some(0), Some(0), Some(0)]);
    }
}
