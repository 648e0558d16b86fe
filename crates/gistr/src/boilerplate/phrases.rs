//! One pass over the bytes for many phrases at once (`find_any`,
//! `contains_any`): a substring search per phrase is slow in wasm. A leaf:
//! the checks here and `fitness.rs` use it.

/// For each byte, the set of `phrases` (bit `k` for `phrases[k]`, at most
/// 64 of them) that start with it, and the set whose second byte it is: the
/// tables of [`find_any`], which looks a phrase up only where both bytes
/// match.
pub(crate) struct Pairs {
    pub(super) first: [u64; 256],
    pub(super) second: [u64; 256],
}

pub(crate) const fn pairs(phrases: &[&str]) -> Pairs {
    assert!(phrases.len() <= 64);
    let mut first = [0u64; 256];
    let mut second = [0u64; 256];
    let mut k = 0;
    while k < phrases.len() {
        let b = phrases[k].as_bytes();
        assert!(b.len() >= 2);
        first[b[0] as usize] |= 1 << k;
        second[b[1] as usize] |= 1 << k;
        k += 1;
    }
    Pairs { first, second }
}

/// Where any of `phrases` (in lower case) first occurs in `hay` at the
/// start of a word (or at a byte that is no letter or digit), in ASCII
/// case, and which: `(byte offset, index in phrases)`. One pass over the
/// bytes, without a lower-case copy, the rest of a word skipped, a phrase
/// compared only where its first two bytes are.
pub(crate) fn find_any(hay: &str, phrases: &[&str], t: &Pairs) -> Option<(usize, usize)> {
    let h = hay.as_bytes();
    let mut i = 0;
    while i + 1 < h.len() {
        let b = h[i];
        let first = t.first[b.to_ascii_lowercase() as usize];
        if first != 0 {
            let mut set = first & t.second[h[i + 1].to_ascii_lowercase() as usize];
            while set != 0 {
                let k = set.trailing_zeros() as usize;
                let ph = phrases[k].as_bytes();
                if h.get(i..i + ph.len()).is_some_and(|w| w.eq_ignore_ascii_case(ph)) {
                    return Some((i, k));
                }
                set &= set - 1;
            }
        }
        i += 1;
        if b.is_ascii_alphanumeric() {
            // Inside a word no phrase starts.
            while i < h.len() && h[i].is_ascii_alphanumeric() {
                i += 1;
            }
        }
    }
    None
}

/// For each byte, the set of `phrases` (bit `k` for `phrases[k]`) that
/// start with it: the table of [`contains_any`].
pub(super) const fn first_bytes(phrases: &[&str]) -> [u128; 256] {
    assert!(phrases.len() <= 128);
    let mut table = [0u128; 256];
    let mut k = 0;
    while k < phrases.len() {
        let b = phrases[k].as_bytes();
        assert!(!b.is_empty());
        table[b[0] as usize] |= 1 << k;
        k += 1;
    }
    table
}

/// Whether `hay` contains any of `phrases`: one pass over its bytes, each
/// compared only with the phrases that start with it (a substring search
/// per phrase is slow, most of all in wasm).
pub(super) fn contains_any(hay: &str, phrases: &[&str], first: &[u128; 256]) -> bool {
    let h = hay.as_bytes();
    (0..h.len()).any(|i| {
        let mut set = first[h[i] as usize];
        while set != 0 {
            if h[i..].starts_with(phrases[set.trailing_zeros() as usize].as_bytes()) {
                return true;
            }
            set &= set - 1;
        }
        false
    })
}
