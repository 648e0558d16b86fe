//! gistr's patch (see PATCHED.md): the word, emoji and sentence range tables
//! of `tables.rs`, kept as delta-coded bytes (`src/packed/*.bin`) and decoded
//! once, on first use, into the very arrays `tables.rs` declares (the range
//! table and its lookup index). Every function that reads them is unchanged.
//!
//! The format, all numbers unsigned LEB128:
//!
//! - the lookup index: its length, then its first value and each value's
//!   increase over the one before (the index never decreases);
//! - the range table: its length `n`; then `n` gaps, each range's first
//!   character less the character after the range before (0 for the first
//!   range: its first character); then `n` widths, each range's last
//!   character less its first; then `n` bytes, each range's category as
//!   its enum's discriminant.
//!
//! Gaps, widths and categories apart compress better than interleaved.

use std::vec::Vec;

/// A decoded table: `lookup` is the `*_cat_lookup` index and `ranges` the
/// `*_cat_table` of `tables.rs`.
pub struct Table<C> {
    pub lookup: Vec<u16>,
    pub ranges: Vec<(char, char, C)>,
}

/// Reads one LEB128 number at `*at` and moves past it.
fn leb(blob: &[u8], at: &mut usize) -> u32 {
    let mut n = 0u32;
    let mut shift = 0;
    loop {
        let b = blob[*at];
        *at += 1;
        n |= u32::from(b & 0x7f) << shift;
        if b < 0x80 {
            return n;
        }
        shift += 7;
    }
}

/// Decodes a table; `cats` lists the category enum's values in the order of
/// their discriminants. The blobs are this crate's own, checked by the tests
/// in `tables.rs` against the tables they come from.
pub fn decode<C: Copy>(blob: &[u8], cats: &[C]) -> Table<C> {
    let at = &mut 0;
    let n = leb(blob, at) as usize;
    let mut lookup = Vec::with_capacity(n);
    let mut value = 0u32;
    for _ in 0..n {
        value += leb(blob, at);
        lookup.push(value as u16);
    }
    let n = leb(blob, at) as usize;
    let gaps: Vec<u32> = (0..n).map(|_| leb(blob, at)).collect();
    let mut bounds = Vec::with_capacity(n);
    let mut next = 0u32;
    for gap in gaps {
        let lo = next + gap;
        let hi = lo + leb(blob, at);
        bounds.push((lo, hi));
        next = hi + 1;
    }
    let c = |x| char::from_u32(x).expect("a range bound is a character");
    let ranges = bounds
        .into_iter()
        .zip(&blob[*at..])
        .map(|((lo, hi), &cat)| (c(lo), c(hi), cats[usize::from(cat)]))
        .collect();
    Table { lookup, ranges }
}

#[cfg(test)]
fn push_leb(out: &mut Vec<u8>, mut n: u32) {
    loop {
        let b = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

/// Encodes a table (the inverse of [`decode`]).
#[cfg(test)]
pub fn encode<C: Copy>(lookup: &[u16], ranges: &[(char, char, C)], cat: impl Fn(C) -> u8) -> Vec<u8> {
    let mut out = Vec::new();
    push_leb(&mut out, lookup.len() as u32);
    let mut before = 0u16;
    for &v in lookup {
        assert!(v >= before, "the lookup index never decreases");
        push_leb(&mut out, u32::from(v - before));
        before = v;
    }
    push_leb(&mut out, ranges.len() as u32);
    let mut next = 0u32;
    for &(lo, hi, _) in ranges {
        assert!(lo as u32 >= next && hi >= lo, "the ranges are sorted and apart");
        push_leb(&mut out, lo as u32 - next);
        next = hi as u32 + 1;
    }
    for &(lo, hi, _) in ranges {
        push_leb(&mut out, hi as u32 - lo as u32);
    }
    out.extend(ranges.iter().map(|&(_, _, c)| cat(c)));
    out
}

/// Checks that `blob` (the file `src/packed/NAME`) is the encoding of
/// `lookup` and `ranges`, and decodes back to them. With
/// `UNICODE_SEGMENTATION_WRITE_PACKED=1` it first writes the file (after the
/// tables change: a new Unicode version).
#[cfg(test)]
pub fn check<C: Copy + PartialEq + core::fmt::Debug>(
    name: &str,
    blob: &[u8],
    lookup: &[u16],
    ranges: &[(char, char, C)],
    cats: &[C],
    cat: impl Fn(C) -> u8,
) {
    for (i, &c) in cats.iter().enumerate() {
        assert_eq!(usize::from(cat(c)), i, "{name}: the categories are in discriminant order");
    }
    let encoded = encode(lookup, ranges, &cat);
    if std::env::var_os("UNICODE_SEGMENTATION_WRITE_PACKED").is_some() {
        let path = std::format!("{}/src/packed/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::write(&path, &encoded).expect("src/packed is writable");
        return;
    }
    assert!(encoded == blob, "src/packed/{name} is not the table's encoding: write it again");
    let table = decode(blob, cats);
    assert_eq!(table.lookup, lookup, "{name}: lookup");
    assert_eq!(table.ranges, ranges, "{name}: ranges");
}
