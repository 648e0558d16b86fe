//! Stage 5: TF-IDF vectors.
//!
//! Each sentence is a document. Weights are `(1 + ln tf) · idf` with the
//! smoothed `idf = 1 + ln((1 + N) / (1 + df))`, and vectors are L2-normalised,
//! so a dot product is a cosine.

use crate::token::Term;

/// A sparse vector: `(term, weight)` sorted by term, unit length (or empty).
pub type Vector = Vec<(Term, f32)>;

/// The inverse document frequency of every term, given the terms of each
/// document.
pub fn idf<'a>(docs: impl Iterator<Item = &'a [Term]>, n_terms: usize) -> Vec<f32> {
    let mut df = vec![0u32; n_terms];
    let mut last = vec![u32::MAX; n_terms];
    let mut n = 0u32;
    for (d, terms) in docs.enumerate() {
        n += 1;
        for &t in terms {
            let t = t as usize;
            if last[t] != d as u32 {
                last[t] = d as u32;
                df[t] += 1;
            }
        }
    }
    df.iter()
        .map(|&f| 1.0 + crate::math::ln((1.0 + n as f32) / (1.0 + f as f32)))
        .collect()
}

/// Stage 5 for lists of terms (the summariser's sentences, `Dedup`'s
/// texts): the IDF of every term over the lists, and each list's unit
/// TF-IDF vector, in one array.
pub fn weigh<'a>(lists: impl Iterator<Item = &'a [Term]> + Clone, n_terms: usize) -> (Vec<f32>, Vectors) {
    let idf = idf(lists.clone(), n_terms);
    let (n, total) = lists.clone().fold((0, 0), |(n, t), l| (n + 1, t + l.len()));
    let mut scratch = Vec::new();
    let mut vectors = Vectors::with_capacity(n, total);
    for l in lists {
        vectors.push_terms(l, &idf, &mut scratch);
    }
    (idf, vectors)
}

/// The unit TF-IDF vector of one document. `scratch` is reused between calls.
pub fn vector(terms: &[Term], idf: &[f32], scratch: &mut Vec<Term>) -> Vector {
    let mut v: Vector = Vec::new();
    push_unit(terms, idf, scratch, &mut v);
    v
}

/// Appends the unit TF-IDF vector of `terms` to `out`.
fn push_unit(terms: &[Term], idf: &[f32], scratch: &mut Vec<Term>, out: &mut Vec<(Term, f32)>) {
    scratch.clear();
    scratch.extend_from_slice(terms);
    scratch.sort_unstable();
    let from = out.len();
    for &t in scratch.iter() {
        match out[from..].last_mut() {
            Some((last, tf)) if *last == t => *tf += 1.0,
            _ => out.push((t, 1.0)),
        }
    }
    let v = &mut out[from..];
    let mut norm = 0.0f32;
    for (t, w) in v.iter_mut() {
        *w = (1.0 + crate::math::ln(*w)) * idf[*t as usize];
        norm += *w * *w;
    }
    let norm = norm.sqrt();
    if norm > 0.0 {
        for (_, w) in v.iter_mut() {
            *w /= norm;
        }
    }
}

/// The vectors of many documents in one array (no allocation per
/// document): vector `i` is `items[at[i]..at[i + 1]]`.
#[derive(Clone, Debug)]
pub struct Vectors {
    at: Vec<u32>,
    items: Vec<(Term, f32)>,
}

impl Default for Vectors {
    fn default() -> Vectors {
        Vectors::with_capacity(0, 0)
    }
}

impl Vectors {
    /// No vectors yet, with room for `docs` of `items` entries in all.
    pub fn with_capacity(docs: usize, items: usize) -> Vectors {
        let mut at = Vec::with_capacity(docs + 1);
        at.push(0);
        Vectors {
            at,
            items: Vec::with_capacity(items),
        }
    }

    /// Appends the unit TF-IDF vector of a document, as [`vector`] makes it.
    pub fn push_terms(&mut self, terms: &[Term], idf: &[f32], scratch: &mut Vec<Term>) {
        push_unit(terms, idf, scratch, &mut self.items);
        self.close();
    }

    /// Appends a vector.
    pub fn push(&mut self, v: &[(Term, f32)]) {
        self.items.extend_from_slice(v);
        self.close();
    }

    fn close(&mut self) {
        // Entries never outnumber the input's bytes, which fit in u32
        // (`Options::max_bytes` is far below 4 GiB); saturate regardless.
        self.at.push(u32::try_from(self.items.len()).unwrap_or(u32::MAX));
    }

    /// The number of vectors.
    pub fn len(&self) -> usize {
        self.at.len() - 1
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Vector `i` (empty past the end).
    pub fn get(&self, i: usize) -> &[(Term, f32)] {
        match (self.at.get(i), self.at.get(i + 1)) {
            (Some(&a), Some(&b)) => self.items.get(a as usize..b as usize).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// The vectors in order.
    pub fn iter(&self) -> impl ExactSizeIterator<Item = &[(Term, f32)]> + '_ {
        self.at
            .windows(2)
            .map(|w| self.items.get(w[0] as usize..w[1] as usize).unwrap_or(&[]))
    }
}

impl std::ops::Index<usize> for Vectors {
    type Output = [(Term, f32)];
    fn index(&self, i: usize) -> &[(Term, f32)] {
        &self.items[self.at[i] as usize..self.at[i + 1] as usize]
    }
}

/// The dot product of two sorted vectors: their cosine when both are unit.
/// The products are summed in term order.
pub fn dot(a: &[(Term, f32)], b: &[(Term, f32)]) -> f32 {
    // A short vector against a long one (a sentence against the
    // headlines): each term of the short one is looked up in the rest of
    // the long one instead of walking all of it.
    if a.len() * 16 < b.len() {
        return dot_sparse(a, b, |x, y| x * y);
    }
    if b.len() * 16 < a.len() {
        return dot_sparse(b, a, |y, x| x * y);
    }
    let (mut i, mut j, mut s) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                s += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    s
}

/// [`dot`] of a short vector and a long one, by galloping search in the
/// long one; `product(short weight, long weight)`.
fn dot_sparse(short: &[(Term, f32)], long: &[(Term, f32)], product: impl Fn(f32, f32) -> f32) -> f32 {
    let (mut rest, mut s) = (long, 0.0);
    for &(t, w) in short {
        // Gallop to a range that holds t, then search it.
        let mut hi = 1;
        while hi < rest.len() && rest[hi].0 < t {
            hi *= 2;
        }
        let end = (hi + 1).min(rest.len());
        match rest[..end].binary_search_by_key(&t, |e| e.0) {
            Ok(k) => {
                s += product(w, rest[k].1);
                rest = &rest[k + 1..];
            }
            Err(k) => rest = &rest[k..],
        }
        if rest.is_empty() {
            break;
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cosine_of_itself_is_one() {
        let docs: Vec<Vec<Term>> = vec![vec![0, 1, 1, 2], vec![0, 3]];
        let idf = idf(docs.iter().map(|d| d.as_slice()), 4);
        let mut scratch = Vec::new();
        let a = vector(&docs[0], &idf, &mut scratch);
        let b = vector(&docs[1], &idf, &mut scratch);
        assert!((dot(&a, &a) - 1.0).abs() < 1e-5);
        assert!(dot(&a, &b) > 0.0 && dot(&a, &b) < 1.0);
        assert!(idf[0] < idf[3]);
        assert!(vector(&[], &idf, &mut scratch).is_empty());
        let mut all = Vectors::default();
        for d in &docs {
            all.push_terms(d, &idf, &mut scratch);
        }
        all.push(&b);
        assert_eq!(all.len(), 3);
        assert_eq!(&all[0], a.as_slice());
        assert_eq!(all.get(1), b.as_slice());
        assert_eq!(all.iter().nth(2), Some(b.as_slice()));
        assert!(all.get(3).is_empty());
    }

    #[test]
    fn dot_of_a_short_and_a_long_vector_is_the_merge() {
        let merge = |a: &[(Term, f32)], b: &[(Term, f32)]| {
            let (mut i, mut j, mut s) = (0, 0, 0.0f32);
            while i < a.len() && j < b.len() {
                match a[i].0.cmp(&b[j].0) {
                    std::cmp::Ordering::Less => i += 1,
                    std::cmp::Ordering::Greater => j += 1,
                    std::cmp::Ordering::Equal => {
                        s += a[i].1 * b[j].1;
                        i += 1;
                        j += 1;
                    }
                }
            }
            s
        };
        let long: Vec<(Term, f32)> = (0..500).map(|t| (t * 3, 1.0 / (1.0 + t as f32))).collect();
        for short in [
            vec![],
            vec![(0, 0.5)],
            vec![(1, 0.5)],
            vec![(1497, 0.25)],
            vec![(1500, 0.25)],
            vec![(3, 0.1), (4, 0.2), (9, 0.3), (600, 0.7), (1200, 0.9), (2000, 0.4)],
            (0..20).map(|t| (t * 75, 0.3 + t as f32 / 50.0)).collect(),
        ] {
            assert_eq!(
                dot(&short, &long).to_bits(),
                merge(&short, &long).to_bits(),
                "{short:?}"
            );
            assert_eq!(
                dot(&long, &short).to_bits(),
                merge(&long, &short).to_bits(),
                "{short:?}"
            );
        }
    }
}
