//! Sorting through a few shared instantiations of the standard library's
//! sorts. Each `sort_by` or `select_nth_unstable_by` with its own closure or
//! element type is a copy of the sort in the .wasm (3 to 12 KB each); the
//! helpers here sort plain `u128` keys instead (and select among `u64`
//! ones), packed so that their order is exactly the order the closure gave. The comparisons
//! are total (ties broken by index), so the unstable sorts give the same
//! order as the stable ones did.
//!
//! The keys hold indices in 32 bits: always true in wasm32; natively, longer
//! inputs take the closure's path.

/// `x` as an unsigned integer in the order of [`f32::total_cmp`].
fn key(x: f32) -> u32 {
    let b = x.to_bits();
    b ^ ((((b as i32) >> 31) as u32) | 0x8000_0000)
}

/// The inverse of [`key`].
fn unkey(k: u32) -> f32 {
    f32::from_bits(if k >> 31 == 1 { k ^ 0x8000_0000 } else { !k })
}

/// Whether every index below `len` fits in 32 bits.
fn fits(len: usize) -> bool {
    u32::try_from(len).is_ok()
}

/// `i` by `score[i]` descending, ties by `i` ascending, as one `u64`.
fn desc(score: &[f32], i: usize) -> u64 {
    u64::from(!key(score[i])) << 32 | i as u64
}

/// Sorts the indices `idx` by `score` descending, ties by index: the order
/// of `idx.sort_by(|&a, &b| score[b].total_cmp(&score[a]).then(a.cmp(&b)))`.
pub fn by_score_desc(idx: &mut [usize], score: &[f32]) {
    if !fits(score.len()) {
        idx.sort_by(|&a, &b| score[b].total_cmp(&score[a]).then(a.cmp(&b)));
        return;
    }
    let mut keys: Vec<u128> = idx.iter().map(|&i| u128::from(desc(score, i))).collect();
    keys.sort_unstable();
    for (i, k) in idx.iter_mut().zip(keys) {
        *i = k as u32 as usize;
    }
}

/// Puts the `k` best of the indices `idx` by `score` (descending, ties by
/// index) first, in no particular order: the set that
/// `idx.select_nth_unstable_by(k - 1, …)` with [`by_score_desc`]'s order puts
/// there. `k` is at least 1 and at most `idx.len()`.
pub fn best_by_score(idx: &mut [usize], score: &[f32], k: usize) {
    if !fits(score.len()) {
        idx.select_nth_unstable_by(k - 1, |&a, &b| score[b].total_cmp(&score[a]).then(a.cmp(&b)));
        return;
    }
    let mut keys: Vec<u64> = idx.iter().map(|&i| desc(score, i)).collect();
    keys.select_nth_unstable(k - 1);
    for (i, k) in idx.iter_mut().zip(keys) {
        *i = k as u32 as usize;
    }
}

/// Keeps the `k` strongest of the edges `row` (`(node, weight)`; weight
/// descending, ties by node), sorted by node. The nodes are distinct.
pub fn strongest(row: &mut Vec<(u32, f32)>, k: usize) {
    if row.len() <= k {
        return;
    }
    let mut keys: Vec<u64> = row.iter().map(|&(j, w)| edge_key(j, w)).collect();
    keys.select_nth_unstable(k - 1);
    // By node: the halves swapped.
    let mut keys: Vec<u128> = keys[..k].iter().map(|x| u128::from(x.rotate_left(32))).collect();
    keys.sort_unstable();
    row.clear();
    row.extend(keys.iter().map(|&x| ((x >> 32) as u32, unkey(!(x as u32)))));
}

/// The edge to `node` of weight `w` as a key whose ascending order is
/// weight descending (in the order of [`f32::total_cmp`]), then node
/// ascending: the order of [`strongest`].
pub fn edge_key(node: u32, w: f32) -> u64 {
    u64::from(!key(w)) << 32 | u64::from(node)
}

/// The node and the weight of an [`edge_key`].
pub fn edge_of(key: u64) -> (u32, f32) {
    (key as u32, unkey(!((key >> 32) as u32)))
}

/// Sorts the pairs `(a, b, similarity)` by similarity descending, then `a`,
/// then `b`: the order of
/// `sort_by(|x, y| y.2.total_cmp(&x.2).then(x.0.cmp(&y.0)).then(x.1.cmp(&y.1)))`.
pub fn pairs_by_similarity(pairs: &mut [(usize, usize, f32)]) {
    if !pairs.iter().all(|&(a, b, _)| fits(a) && fits(b)) {
        pairs.sort_by(|x, y| y.2.total_cmp(&x.2).then(x.0.cmp(&y.0)).then(x.1.cmp(&y.1)));
        return;
    }
    let mut keys: Vec<u128> = pairs
        .iter()
        .map(|&(a, b, s)| u128::from(!key(s)) << 64 | (a as u128) << 32 | b as u128)
        .collect();
    keys.sort_unstable();
    for (p, k) in pairs.iter_mut().zip(keys) {
        *p = (
            (k >> 32) as u32 as usize,
            k as u32 as usize,
            unkey(!((k >> 64) as u32)),
        );
    }
}

/// Sorts pairs of `u32` as `sort_unstable` does (by the first, then the
/// second).
pub fn pairs(v: &mut [(u32, u32)]) {
    if v.len() >= RADIX_FROM {
        let mut keys: Vec<u64> = v
            .iter()
            .map(|&(a, b)| u64::from(a) << 32 | u64::from(b))
            .collect();
        bytes_radix(&mut keys);
        for (p, k) in v.iter_mut().zip(keys) {
            *p = ((k >> 32) as u32, k as u32);
        }
        return;
    }
    let mut keys: Vec<u128> = v
        .iter()
        .map(|&(a, b)| u128::from(a) << 32 | u128::from(b))
        .collect();
    keys.sort_unstable();
    for (p, k) in v.iter_mut().zip(keys) {
        *p = ((k >> 32) as u32, k as u32);
    }
}

/// Sorts pairs of indices as `sort_unstable` does (by the first, then the
/// second), through the shared sort of `u128` keys.
pub fn index_pairs(v: &mut [(usize, usize)]) {
    if v.len() >= RADIX_FROM && v.iter().all(|&(a, b)| fits(a) && fits(b)) {
        let mut keys: Vec<u64> = v.iter().map(|&(a, b)| (a as u64) << 32 | b as u64).collect();
        bytes_radix(&mut keys);
        for (p, k) in v.iter_mut().zip(keys) {
            *p = ((k >> 32) as usize, k as u32 as usize);
        }
        return;
    }
    let mut keys: Vec<u128> = v.iter().map(|&(a, b)| (a as u128) << 64 | b as u128).collect();
    keys.sort_unstable();
    for (p, k) in v.iter_mut().zip(keys) {
        *p = ((k >> 64) as usize, k as u64 as usize);
    }
}

/// The length from which [`pairs`] and [`index_pairs`] sort by
/// [`bytes_radix`] (below, the comparison sort's few steps an element cost
/// less than the radix sort's counts).
const RADIX_FROM: usize = 256;

/// Sorts `v` ascending (as `sort_unstable` does): a counting sort a byte at
/// a time, least significant first, each pass stable, skipping the bytes
/// every key has alike (the high bytes of small indices). One pass over the
/// keys counts all eight bytes. For the long lists of pairs of indices (a
/// graph's edges, the duplicate profiles' words by article), where the
/// sort of `u128` keys took about 170 instructions a key.
pub fn bytes_radix(v: &mut Vec<u64>) {
    let n = v.len();
    if n < 2 {
        return;
    }
    if u32::try_from(n).is_err() {
        u64s(v);
        return;
    }
    let mut count = vec![[0u32; 256]; 8];
    for &x in v.iter() {
        for (d, c) in count.iter_mut().enumerate() {
            c[(x >> (8 * d)) as u8 as usize] += 1;
        }
    }
    let mut other = vec![0u64; n];
    let first = v[0];
    for (d, c) in count.iter_mut().enumerate() {
        let shift = 8 * d;
        // A byte every key has alike: the pass would change nothing.
        if c[(first >> shift) as u8 as usize] as usize == n {
            continue;
        }
        let mut sum = 0u32;
        for k in c.iter_mut() {
            let m = *k;
            *k = sum;
            sum += m;
        }
        for &x in v.iter() {
            let b = (x >> shift) as u8 as usize;
            other[c[b] as usize] = x;
            c[b] += 1;
        }
        std::mem::swap(v, &mut other);
    }
}

/// Sorts `v` ascending: two passes of a counting sort by 16 bits (least
/// significant first), in time linear in its length; short slices go to
/// `sort_unstable`. For many keys (a keyword graph's co-occurrences), where
/// a comparison sort was a tenth of the whole run.
pub fn radix(v: &mut Vec<u32>) {
    if v.len() < 1 << 12 {
        v.sort_unstable();
        return;
    }
    let mut other = vec![0u32; v.len()];
    let mut count = vec![0usize; 1 << 16];
    for shift in [0, 16] {
        count.fill(0);
        for &x in v.iter() {
            count[(x >> shift & 0xffff) as usize] += 1;
        }
        let mut sum = 0;
        for c in count.iter_mut() {
            let n = *c;
            *c = sum;
            sum += n;
        }
        for &x in v.iter() {
            let d = (x >> shift & 0xffff) as usize;
            other[count[d]] = x;
            count[d] += 1;
        }
        std::mem::swap(v, &mut other);
    }
}

/// Sorts `v` ascending, as `sort_unstable` does: short slices (most) by
/// insertion, longer ones through the shared sort of `u128` keys.
pub fn u64s(v: &mut [u64]) {
    if v.len() <= 16 {
        for i in 1..v.len() {
            let x = v[i];
            let mut j = i;
            while j > 0 && v[j - 1] > x {
                v[j] = v[j - 1];
                j -= 1;
            }
            v[j] = x;
        }
        return;
    }
    let mut keys: Vec<u128> = v.iter().map(|&x| u128::from(x)).collect();
    keys.sort_unstable();
    for (x, k) in v.iter_mut().zip(keys) {
        *x = k as u64;
    }
}

/// Sorts `v` ascending, as `sort_unstable` does, for the short arrays of
/// hashes of one sentence (a profile's 4-grams): a counting sort by the top
/// 8 bits into `scratch`, then one insertion pass, which finds each run of
/// one top byte (about half an element each, for a hundred uniform hashes)
/// nearly in place.
pub fn hashes(v: &mut [u32], scratch: &mut Vec<u32>) {
    if v.len() < 32 {
        v.sort_unstable();
        return;
    }
    let mut at = [0u32; 257];
    for &x in v.iter() {
        at[(x >> 24) as usize + 1] += 1;
    }
    for d in 0..256 {
        at[d + 1] += at[d];
    }
    scratch.clear();
    scratch.resize(v.len(), 0);
    for &x in v.iter() {
        let d = (x >> 24) as usize;
        scratch[at[d] as usize] = x;
        at[d] += 1;
    }
    for i in 1..scratch.len() {
        let x = scratch[i];
        let mut j = i;
        while j > 0 && scratch[j - 1] > x {
            scratch[j] = scratch[j - 1];
            j -= 1;
        }
        scratch[j] = x;
    }
    v.copy_from_slice(scratch);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_sort_as_sort_unstable() {
        let mut x = 0x2545_f491u32;
        let mut scratch = Vec::new();
        for len in [0, 1, 5, 31, 32, 33, 100, 150, 1000] {
            for mask in [0x0fu32, 0xff00_0000, u32::MAX] {
                let v: Vec<u32> = (0..len)
                    .map(|_| {
                        x ^= x << 13;
                        x ^= x >> 17;
                        x ^= x << 5;
                        x & mask
                    })
                    .collect();
                let mut a = v.clone();
                let mut b = v;
                hashes(&mut a, &mut scratch);
                b.sort_unstable();
                assert_eq!(a, b, "{len} {mask:x}");
            }
        }
    }

    #[test]
    fn index_pairs_sort_as_sort_unstable() {
        let mut rng = 0x2545_f491_4f6c_dd1du64;
        for len in [0, 1, 2, 17, 300] {
            let mut a: Vec<(usize, usize)> = (0..len)
                .map(|_| {
                    rng ^= rng << 13;
                    rng ^= rng >> 7;
                    rng ^= rng << 17;
                    (
                        (rng % 50) as usize,
                        (rng >> 20) as usize % 7 + usize::from(rng % 3 == 0) * (usize::MAX - 9),
                    )
                })
                .collect();
            let mut b = a.clone();
            index_pairs(&mut a);
            b.sort_unstable();
            assert_eq!(a, b);
        }
    }

    /// `bytes_radix` against `sort_unstable`, and `pairs` and
    /// `index_pairs` over their radix path, on random keys of every width
    /// (bytes all alike, some alike, none alike).
    #[test]
    fn bytes_radix_sorts_as_sort_unstable() {
        let mut x = 0x2545_f491_4f6c_dd1du64;
        let mut next = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x
        };
        for len in [0, 1, 2, 3, 255, 256, 257, 1000, 20_000] {
            for mask in [
                0u64,
                0xff,
                0xffff_0000,
                0x0000_07ff_0000_0fff,
                0xff00_0000_0000_00ff,
                u64::MAX,
            ] {
                let v: Vec<u64> = (0..len).map(|_| next() & mask).collect();
                let mut a = v.clone();
                let mut b = v.clone();
                bytes_radix(&mut a);
                b.sort_unstable();
                assert_eq!(a, b, "{len} {mask:x}");
                let mut p: Vec<(u32, u32)> = v.iter().map(|&k| ((k >> 32) as u32, k as u32)).collect();
                let mut q = p.clone();
                pairs(&mut p);
                q.sort_unstable();
                assert_eq!(p, q, "pairs {len} {mask:x}");
                let mut p: Vec<(usize, usize)> = v
                    .iter()
                    .map(|&k| ((k >> 32) as usize, k as u32 as usize))
                    .collect();
                let mut q = p.clone();
                index_pairs(&mut p);
                q.sort_unstable();
                assert_eq!(p, q, "index_pairs {len} {mask:x}");
            }
        }
    }

    #[test]
    fn radix_sorts_as_sort_unstable() {
        // A simple generator (xorshift), short and long inputs, narrow and
        // wide values.
        let mut x = 0x9e37_79b9u32;
        for len in [0, 1, 2, 100, 5000, 70_000] {
            for mask in [0xffu32, 0xffff, 0x00ff_ffff, u32::MAX] {
                let v: Vec<u32> = (0..len)
                    .map(|_| {
                        x ^= x << 13;
                        x ^= x >> 17;
                        x ^= x << 5;
                        x & mask
                    })
                    .collect();
                let mut a = v.clone();
                let mut b = v;
                radix(&mut a);
                b.sort_unstable();
                assert_eq!(a, b, "{len} {mask:x}");
            }
        }
    }

    const VALUES: [f32; 12] = [
        0.5,
        -0.5,
        0.0,
        -0.0,
        1.0,
        f32::INFINITY,
        f32::NEG_INFINITY,
        f32::NAN,
        -f32::NAN,
        f32::MIN_POSITIVE,
        1.0,
        0.5,
    ];

    #[test]
    fn keys_keep_the_order_of_total_cmp() {
        for a in VALUES {
            assert_eq!(unkey(key(a)).to_bits(), a.to_bits());
            for b in VALUES {
                assert_eq!(key(a).cmp(&key(b)), a.total_cmp(&b), "{a} {b}");
            }
        }
    }
}
