//! The duplicate decision: whether two sentences state the same fact, a
//! small logistic model over three features of their profiles.
//!
//! The decision looks past word-for-word copies: it compares stemmed content
//! words weighted by IDF (cosine), and also how much of the shorter sentence
//! the longer one contains, so that "X said Y" and "Y, X said on Monday in
//! a statement" are one fact.

use super::profile::Profile;
use crate::token::Term;
use crate::tuning::{
    CREDIT_MIN_SIMILARITY, DUPLICATE_MIN_COSINE, DUPLICATE_NAMES_ONLY_LOGIT, DUPLICATE_THRESHOLD,
    DUPLICATE_WEIGHTS, NAMES_ONLY_MIN_COVERAGE,
};

/// Whether two sentences are duplicates, and how similar they are.
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Verdict {
    /// Similarity in [0, 1].
    #[cfg_attr(feature = "serde", serde(serialize_with = "crate::output::wide"))]
    pub similarity: f32,
    /// Whether they state the same fact.
    pub duplicate: bool,
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
/// [`crate::tfidf::dot`] does).
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
/// small logistic model over the three `features`.
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
    let x = [o.coverage(idf), dice(a.keys, b.keys), dice(a.grams, b.grams)];
    let names_only = names_only(a, b);
    let mut v = verdict(x, names_only);
    if names_only && x[0] < NAMES_ONLY_MIN_COVERAGE {
        v.duplicate = false;
    }
    v
}

/// The "reported by" decision, stricter than [`decide`] (which is "each
/// fact once": a missed duplicate only repeats a fact, a false credit
/// misleads): whether `b` states the fact of `a` firmly enough to credit
/// its article for it. Its strength is the greater of the similarity of
/// [`decide`] and the `coverage` feature (how little the longer adds to
/// the shorter's weighted terms: a reordering of the same words, which the
/// word and character overlaps underrate in scripts without spaces, is a
/// near-copy of content); the credit holds when [`decide`] calls them
/// duplicates, the strength is at least [`CREDIT_MIN_SIMILARITY`], no
/// figure, date, name or claim of one contradicts the other
/// ([`conflicts`](super::conflicts) of their texts `a_text` and `b_text`:
/// "crew 17 had sailed" does not report "crew 391 had sailed", nor "she
/// would resign" "she would not resign", however alike the rest), and
/// neither holds both words of an opposite pair where the other holds one
/// ("released the protesters arrested" is not "arrested the protesters").
/// [`strength`] gives the strength whatever it is.
pub fn credit(a: &Profile, b: &Profile, idf: &[f32], a_text: &str, b_text: &str) -> Option<f32> {
    let (v, s) = strength(a, b, idf);
    (v.duplicate
        && s >= CREDIT_MIN_SIMILARITY
        && super::conflicts(a_text, b_text).is_empty()
        && !super::polarity::one_sided(a_text, b_text))
    .then_some(s)
}

/// Whether `a` and `b`, two sentences of one article's opening, restate
/// its headline `title` (news states its main fact three times at the top:
/// in the headline, the standfirst and the lede): each is a duplicate of
/// the title by the generous decision ([`redundant`]), and the two share
/// content (their cosine is at least [`DUPLICATE_MIN_COSINE`], the
/// decision's own gate). Then "each fact once" takes one of them, though
/// the pair alone may fall below the bar ("Trump expressed his hopes for a
/// productive day Monday and a ceasefire" and "Trump is hoping phone calls
/// Monday with Putin and Zelenskyy will make progress toward a ceasefire",
/// 0.47, under "Trump says he hopes for ceasefire progress ahead of calls
/// with Putin, Zelenskyy"). The pair's own similarity when they do, else
/// `None`. Only "each fact once" asks this: a restatement is never a
/// credit (the two are of one article, and [`credit`] decides the pair
/// alone).
pub fn restate(title: &Profile, a: &Profile, b: &Profile, idf: &[f32]) -> Option<f32> {
    if a.vector.is_empty() || b.vector.is_empty() {
        return None;
    }
    let o = overlap(a, b, idf);
    if o.cosine < DUPLICATE_MIN_COSINE {
        return None;
    }
    redundant(title, a, idf)?;
    redundant(title, b, idf)?;
    let x = [o.coverage(idf), dice(a.keys, b.keys), dice(a.grams, b.grams)];
    Some(verdict(x, false).similarity)
}

/// The verdict of [`decide`] and the strength of [`credit`].
pub fn strength(a: &Profile, b: &Profile, idf: &[f32]) -> (Verdict, f32) {
    let v = decide(a, b, idf);
    if a.vector.is_empty() || b.vector.is_empty() {
        return (v, v.similarity);
    }
    let coverage = overlap(a, b, idf).coverage(idf);
    (v, v.similarity.max(coverage))
}

/// Whether `a` and `b` share no content word beyond names: then what
/// they share is who the story is about ("Trump", "Putin", "Zelensky"),
/// not what happened, and only a near-copy is the same fact (see
/// [`DUPLICATE_NAMES_ONLY_LOGIT`] and [`NAMES_ONLY_MIN_COVERAGE`]).
pub fn names_only(a: &Profile, b: &Profile) -> bool {
    count_shared(a.content, b.content) == 0
}

/// The similarity of `a` and `b` when [`decide`] calls them duplicates,
/// else `None`; the same decision, but it skips the costliest feature
/// (character 4-grams) when even their best value could not make a
/// duplicate. The summariser asks this of every edge of its graph.
pub fn duplicate(a: &Profile, b: &Profile, idf: &[f32]) -> Option<f32> {
    duplicate_if(a, b, idf, true, None)
}

/// Whether a summary holding `a` gains too little from `b` to take it: the
/// similarity when [`duplicate`] would call them duplicates without
/// looking at what they share ([`names_only`]), else `None`. Selection
/// skips these (two sentences on the same people and topic make a
/// repetitive summary even when they are two facts: with the stricter
/// decision in selection too, duplicates found by this one are chosen and
/// ROUGE falls, duc2007_update @100 R1-R/R2-R 38.69/10.36 -> 38.38/10.26,
/// duc2006 @250 42.19/9.83 -> 42.10/9.74); "reported by" claims use the
/// stricter.
pub fn redundant(a: &Profile, b: &Profile, idf: &[f32]) -> Option<f32> {
    duplicate_if(a, b, idf, false, None)
}

/// [`redundant`] of `a` and `b`, with `a`'s 4-grams in `bits` (see
/// [`GramBits::load`]): the same answer, but most pairs are refused
/// without counting their shared 4-grams.
pub fn redundant_with(a: &Profile, b: &Profile, idf: &[f32], bits: &GramBits) -> Option<f32> {
    duplicate_if(a, b, idf, false, Some(bits))
}

/// The 4-grams of one profile as bits of a table of 2^16 (by 16 bits of
/// each hash): the number of another profile's 4-grams whose bit is set
/// is at least the number the two share (equal grams have equal bits),
/// and rarely more (the table is mostly empty). One pass over one
/// profile's grams, with no merge, so that [`redundant_with`] refuses a
/// pair that cannot share the 4-grams a duplicate needs at a fraction of
/// the cost of counting them (the count was most of the summariser's
/// duplicate stage).
pub struct GramBits {
    table: Box<[u64; 1024]>,
    /// The words of `table` that are not zero.
    set: Vec<u16>,
    /// Whose grams are loaded (`usize::MAX`: none).
    of: usize,
}

impl Default for GramBits {
    fn default() -> GramBits {
        GramBits {
            table: Box::new([0; 1024]),
            set: Vec::new(),
            of: usize::MAX,
        }
    }
}

impl GramBits {
    /// Loads the 4-grams of `p`, profile `id` (nothing to do when they
    /// are loaded already).
    pub fn load(&mut self, id: usize, p: &Profile) {
        if self.of == id {
            return;
        }
        for &w in &self.set {
            self.table[w as usize & 1023] = 0;
        }
        self.set.clear();
        for &g in p.grams {
            let b = bucket(g);
            let w = &mut self.table[b >> 6];
            if *w == 0 {
                self.set.push((b >> 6) as u16);
            }
            *w |= 1 << (b & 63);
        }
        self.of = id;
    }

    /// Whether at least `need` of `grams` may be shared with the loaded
    /// profile: false only when fewer are. Known as soon as the count
    /// reaches `need` or the grams left cannot make it.
    fn may_share(&self, grams: &[u32], need: usize) -> bool {
        let mut n = 0;
        for (k, part) in grams.chunks(16).enumerate() {
            if n >= need {
                return true;
            }
            if n + (grams.len() - 16 * k) < need {
                return false;
            }
            for &g in part {
                n += (self.table[bucket(g) >> 6] >> (bucket(g) & 63)) as usize & 1;
            }
        }
        n >= need
    }
}

/// The bit of a 4-gram's hash in [`GramBits`] (its high half: the
/// multiplications of FNV-1a mix every byte into it).
fn bucket(g: u32) -> usize {
    (g >> 16) as usize
}

/// [`duplicate`], with the names-only penalty when `strict`; `bits`, when
/// given, holds `a`'s 4-grams.
fn duplicate_if(a: &Profile, b: &Profile, idf: &[f32], strict: bool, bits: Option<&GramBits>) -> Option<f32> {
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
    let names_only = strict && names_only(a, b);
    if names_only && coverage < NAMES_ONLY_MIN_COVERAGE {
        return None;
    }
    let penalty = if names_only {
        DUPLICATE_NAMES_ONLY_LOGIT
    } else {
        0.0
    };
    let z_rest =
        DUPLICATE_WEIGHTS[3] + DUPLICATE_WEIGHTS[0] * coverage + DUPLICATE_WEIGHTS[1] * words - penalty;
    if z_rest + DUPLICATE_WEIGHTS[2] * best_chars < -1e-3 {
        return None;
    }
    // The shared 4-grams a duplicate needs, less one for rounding: the
    // count stops as soon as the grams left cannot reach it.
    let need = -1e-3 - z_rest;
    let need = (need * (ga + gb) as f32 / (2.0 * DUPLICATE_WEIGHTS[2])).floor() - 1.0;
    let need = need.max(0.0) as usize;
    if bits.is_some_and(|bits| !bits.may_share(b.grams, need)) {
        return None;
    }
    let shared = count_shared_at_least(a.grams, b.grams, need)?;
    let chars = if ga + gb == 0 {
        0.0
    } else {
        2.0 * shared as f32 / (ga + gb) as f32
    };
    let v = verdict([coverage, words, chars], names_only);
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

fn verdict(x: [f32; 3], names_only: bool) -> Verdict {
    let mut z = DUPLICATE_WEIGHTS[FEATURES.len()];
    if names_only {
        z -= DUPLICATE_NAMES_ONLY_LOGIT;
    }
    for (w, f) in DUPLICATE_WEIGHTS.iter().zip(x) {
        z += w * f;
    }
    let similarity = 1.0 / (1.0 + crate::math::exp(-z));
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
