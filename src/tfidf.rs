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
        .map(|&f| 1.0 + ((1.0 + n as f32) / (1.0 + f as f32)).ln())
        .collect()
}

/// The unit TF-IDF vector of one document. `scratch` is reused between calls.
pub fn vector(terms: &[Term], idf: &[f32], scratch: &mut Vec<Term>) -> Vector {
    scratch.clear();
    scratch.extend_from_slice(terms);
    scratch.sort_unstable();
    let mut v: Vector = Vec::new();
    for &t in scratch.iter() {
        match v.last_mut() {
            Some((last, tf)) if *last == t => *tf += 1.0,
            _ => v.push((t, 1.0)),
        }
    }
    let mut norm = 0.0f32;
    for (t, w) in v.iter_mut() {
        *w = (1.0 + w.ln()) * idf[*t as usize];
        norm += *w * *w;
    }
    let norm = norm.sqrt();
    if norm > 0.0 {
        for (_, w) in v.iter_mut() {
            *w /= norm;
        }
    }
    v
}

/// The dot product of two sorted vectors: their cosine when both are unit.
pub fn dot(a: &[(Term, f32)], b: &[(Term, f32)]) -> f32 {
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
    }
}
