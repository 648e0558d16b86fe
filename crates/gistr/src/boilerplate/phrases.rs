//! One pass over the bytes for many phrases at once (`find_any`,
//! `contains_any`): a substring search per phrase is slow in wasm. A leaf:
//! the checks here and `fitness.rs` use it.

/// For each byte, the set of `phrases` (bit `k` for `phrases[k]`, at most
/// 64 of them) that start with it, and the set whose second byte it is, in
/// either ASCII case: the tables of [`find_any`], which looks a phrase up
/// only where both bytes match.
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
        // In lower case: the table holds both cases of each.
        assert!(b.len() >= 2 && !b[0].is_ascii_uppercase() && !b[1].is_ascii_uppercase());
        let (f, s) = (b[0], b[1]);
        first[f as usize] |= 1 << k;
        first[f.to_ascii_uppercase() as usize] |= 1 << k;
        second[s as usize] |= 1 << k;
        second[s.to_ascii_uppercase() as usize] |= 1 << k;
        k += 1;
    }
    Pairs { first, second }
}

/// Whether a byte is an ASCII letter or digit, by table (inside such a run
/// no phrase starts).
static ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// Where any of `phrases` (in lower case) first occurs in `hay` at the
/// start of a word (or at a byte that is no letter or digit), in ASCII
/// case, and which: `(byte offset, index in phrases)`. One pass over the
/// bytes, without a lower-case copy, the rest of a word skipped, a phrase
/// compared only where its first two bytes are.
pub(crate) fn find_any(hay: &str, phrases: &[&str], t: &Pairs) -> Option<(usize, usize)> {
    let h = hay.as_bytes();
    let mut i = 0;
    while i + 1 < h.len() {
        if let Some(k) = phrase_at(h, i, h.len(), phrases, t) {
            return Some((i, k));
        }
        let alnum = ALNUM[h[i] as usize];
        i += 1;
        if alnum {
            // Inside a word no phrase starts.
            while i < h.len() && ALNUM[h[i] as usize] {
                i += 1;
            }
        }
    }
    None
}

/// The first of `phrases` (by index) that occurs at byte `i` of `h` and
/// ends by `limit`, in ASCII case (`i + 1 < limit <= h.len()`).
#[inline(always)]
fn phrase_at(h: &[u8], i: usize, limit: usize, phrases: &[&str], t: &Pairs) -> Option<usize> {
    let mut set = t.first[h[i] as usize] & t.second[h[i + 1] as usize];
    while set != 0 {
        let k = set.trailing_zeros() as usize;
        let ph = phrases[k].as_bytes();
        if h.get(i..i + ph.len()).is_some_and(|w| w.eq_ignore_ascii_case(ph)) && i + ph.len() <= limit {
            return Some(k);
        }
        set &= set - 1;
    }
    None
}

/// The pairs of first two bytes of some phrases, in either ASCII case, as
/// a set of 65,536 bits: what [`starts`] keeps a place by.
pub(super) struct Starts {
    bits: [u64; 1024],
}

const fn set_pair(bits: &mut [u64; 1024], a: u8, b: u8) {
    let x = (a as usize) << 8 | b as usize;
    bits[x >> 6] |= 1 << (x & 63);
}

pub(super) const fn starts_of(lists: &[&[&str]]) -> Starts {
    let mut bits = [0u64; 1024];
    let mut g = 0;
    while g < lists.len() {
        let mut k = 0;
        while k < lists[g].len() {
            let b = lists[g][k].as_bytes();
            assert!(b.len() >= 2 && !b[0].is_ascii_uppercase() && !b[1].is_ascii_uppercase());
            let (a, c) = (b[0], b[1]);
            let (au, cu) = (a.to_ascii_uppercase(), c.to_ascii_uppercase());
            set_pair(&mut bits, a, c);
            set_pair(&mut bits, au, c);
            set_pair(&mut bits, a, cu);
            set_pair(&mut bits, au, cu);
            k += 1;
        }
        g += 1;
    }
    Starts { bits }
}

/// The places of `hay`, up to `limit`, that [`find_any`] would look at and
/// where one of the phrases of `pairs` may start (its first two bytes are
/// there):
/// one pass over the bytes for the several phrase lists a paragraph is
/// searched for ([`find_from`]).
pub(super) fn starts(hay: &str, limit: usize, pairs: &Starts, out: &mut Vec<u32>) {
    out.clear();
    let h = &hay.as_bytes()[..limit.min(hay.len())];
    let mut i = 0;
    while i + 1 < h.len() {
        let x = (h[i] as usize) << 8 | h[i + 1] as usize;
        if pairs.bits[x >> 6] & (1 << (x & 63)) != 0 {
            // Inputs are far below 4 GB (Options::max_bytes).
            out.push(i as u32);
        }
        let alnum = ALNUM[h[i] as usize];
        i += 1;
        if alnum {
            while i < h.len() && ALNUM[h[i] as usize] {
                i += 1;
            }
        }
    }
}

/// [`find_any`] on `&hay[from..limit]`, where `starts` are the places
/// [`starts`] found in `hay` for a group that holds `phrases` (up to
/// `limit` at least), the offset in `hay`.
pub(super) fn find_from(
    hay: &str,
    starts: &[u32],
    from: usize,
    limit: usize,
    phrases: &[&str],
    t: &Pairs,
) -> Option<(usize, usize)> {
    let h = hay.as_bytes();
    let limit = limit.min(h.len());
    // `from` itself is looked at whatever comes before it, as find_any
    // looks at the first byte of what it is given.
    if from + 1 < limit {
        if let Some(k) = phrase_at(h, from, limit, phrases, t) {
            return Some((from, k));
        }
    }
    let first = starts.partition_point(|&s| (s as usize) <= from);
    for &s in &starts[first..] {
        let i = s as usize;
        if i + 1 >= limit {
            break;
        }
        if let Some(k) = phrase_at(h, i, limit, phrases, t) {
            return Some((i, k));
        }
    }
    None
}

/// For each byte, the set of `phrases` (bit `k` for `phrases[k]`, in lower
/// case, at most 128 of them) that start with it, and the set whose second
/// byte it is, in either ASCII case: the tables of [`contains_any`].
pub(super) struct Pairs128 {
    first: [u128; 256],
    second: [u128; 256],
}

pub(super) const fn pairs128(phrases: &[&str]) -> Pairs128 {
    assert!(phrases.len() <= 128);
    let mut first = [0u128; 256];
    let mut second = [0u128; 256];
    let mut k = 0;
    while k < phrases.len() {
        let b = phrases[k].as_bytes();
        assert!(b.len() >= 2 && !b[0].is_ascii_uppercase() && !b[1].is_ascii_uppercase());
        first[b[0] as usize] |= 1 << k;
        first[b[0].to_ascii_uppercase() as usize] |= 1 << k;
        second[b[1] as usize] |= 1 << k;
        second[b[1].to_ascii_uppercase() as usize] |= 1 << k;
        k += 1;
    }
    Pairs128 { first, second }
}

/// Whether `hay`, lower-cased, contains any of `phrases` (in lower case):
/// one pass over its bytes, a phrase compared only where its first two
/// bytes are (a substring search per phrase is slow, most of all in wasm).
/// ASCII text is compared in ASCII case, without a lower-case copy.
pub(super) fn contains_any(hay: &str, phrases: &[&str], t: &Pairs128) -> bool {
    if !hay.is_ascii() {
        return contains_any_ascii_case(&hay.to_lowercase(), phrases, t);
    }
    contains_any_ascii_case(hay, phrases, t)
}

/// [`contains_any`] in ASCII case: what `hay.to_lowercase()` would contain
/// when `hay` is ASCII (or lower case already).
fn contains_any_ascii_case(hay: &str, phrases: &[&str], t: &Pairs128) -> bool {
    let h = hay.as_bytes();
    h.windows(2).enumerate().any(|(i, w)| {
        let mut set = t.first[w[0] as usize] & t.second[w[1] as usize];
        while set != 0 {
            let ph = phrases[set.trailing_zeros() as usize].as_bytes();
            if h.get(i..i + ph.len()).is_some_and(|w| w.eq_ignore_ascii_case(ph)) {
                return true;
            }
            set &= set - 1;
        }
        false
    })
}

/// Whether `hay` holds one of `phrases` (in lower case) in ASCII case as
/// whole words, one whose index `keep` accepts: not
/// inside a word at its start, nor at its end when the phrase ends in a
/// letter or digit ("skip to" is not in "skip today", "endit" not in
/// "enditalic"), though a capital after a small letter starts a word
/// glued to the one before. Letters and digits are ASCII's; other bytes
/// part words.
pub(super) fn contains_whole(
    hay: &str,
    phrases: &[&str],
    t: &Pairs128,
    keep: &mut dyn FnMut(usize) -> bool,
) -> bool {
    // The bytes as they are, compared in ASCII case (every phrase is ASCII
    // but "©", which has no case): a lower-case copy would hide the
    // capital that starts a glued word.
    let h = hay.as_bytes();
    let inside = |i: usize| i > 0 && i < h.len() && ALNUM[h[i - 1] as usize] && ALNUM[h[i] as usize];
    // A word glued to the one before it by a page's markup starts at a
    // capital after a small letter: "a large rodentCredit: The Times".
    let glued = |i: usize| i > 0 && i < h.len() && h[i - 1].is_ascii_lowercase() && h[i].is_ascii_uppercase();
    h.windows(2).enumerate().any(|(i, w)| {
        let mut set = t.first[w[0] as usize] & t.second[w[1] as usize];
        while set != 0 {
            let k = set.trailing_zeros() as usize;
            let ph = phrases[k].as_bytes();
            if h.get(i..i + ph.len()).is_some_and(|w| w.eq_ignore_ascii_case(ph))
                && (!inside(i) || glued(i))
                && !inside(i + ph.len())
                && keep(k)
            {
                return true;
            }
            set &= set - 1;
        }
        false
    })
}
