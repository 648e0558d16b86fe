//! FxHash, the hasher of the crate's maps: a leaf module that imports
//! nothing of the crate, so that every stage may use it.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// FxHash (as in rustc): much faster than SipHash on short words. The maps
/// are only ever looked up, never iterated, so ids stay in order of first
/// appearance whatever the hash.
///
/// One multiply a word of eight bytes, and one for what is left of a
/// byte string (its last bytes read whole, with its length) or for an
/// integer of any width: a string's tail and a `u32` key were a multiply a
/// byte (the stop-word index, the profiles' stop words by hash, the
/// paragraphs already seen).
#[derive(Default, Clone, Copy)]
pub struct FxHasher(u64);

impl FxHasher {
    fn add(&mut self, v: u64) {
        const K: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        self.0 = (self.0.rotate_left(5) ^ v).wrapping_mul(K);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes([
                c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
            ]));
        }
        let n = chunks.remainder().len();
        if n > 0 {
            self.add(tail(bytes, n) ^ ((n as u64) << 59));
        }
    }
    fn write_u8(&mut self, b: u8) {
        self.add(u64::from(b));
    }
    fn write_u16(&mut self, n: u16) {
        self.add(u64::from(n));
    }
    fn write_u32(&mut self, n: u32) {
        self.add(u64::from(n));
    }
    fn write_u64(&mut self, n: u64) {
        self.add(n);
    }
    fn write_usize(&mut self, n: usize) {
        self.add(n as u64);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// The last `n` bytes of `bytes` (`0 < n < 8`, `n <= bytes.len()`) as one
/// word, every one of them in it: the eight bytes that end `bytes` when it
/// is that long, else two overlapping reads of four, or the first, middle
/// and last byte of three or fewer. Two tails of one length are one word
/// only when they are the same bytes.
fn tail(bytes: &[u8], n: usize) -> u64 {
    let len = bytes.len();
    let four = |at: usize| {
        let b = &bytes[at..at + 4];
        u64::from(u32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    };
    if len >= 8 {
        let b = &bytes[len - 8..];
        // Only the last n are the tail's: the others were hashed already.
        return u64::from_le_bytes([b[0], b[1], b[2], b[3], b[4], b[5], b[6], b[7]]) >> (8 * (8 - n));
    }
    if n >= 4 {
        return four(0) | (four(n - 4) << 32);
    }
    u64::from(bytes[0]) | (u64::from(bytes[n / 2]) << 8) | (u64::from(bytes[n - 1]) << 16)
}

/// A `HashMap` with [`FxHasher`].
pub type FxMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// A `HashSet` with [`FxHasher`].
pub type FxSet<T> = HashSet<T, BuildHasherDefault<FxHasher>>;

#[cfg(test)]
mod tests {
    use super::*;

    fn hash(bytes: &[u8]) -> u64 {
        let mut h = FxHasher::default();
        h.write(bytes);
        h.finish()
    }

    /// Every byte of a string counts: strings of one length that differ
    /// in any one byte hash apart (each tail is the bytes it holds), and
    /// the maps find what they hold.
    #[test]
    fn every_byte_counts() {
        let base: Vec<u8> = (b'a'..=b'z').cycle().take(40).collect();
        for len in 0..=40 {
            let s = &base[..len];
            for i in 0..len {
                let mut t = s.to_vec();
                t[i] ^= 0x20;
                assert_ne!(hash(s), hash(&t), "{len} {i}");
            }
        }
        let mut x = 0x2545_f491u32;
        let words: Vec<String> = (0..5000)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                let len = (x % 13) as usize;
                (0..len)
                    .map(|k| char::from(b'a' + ((x >> k) % 26) as u8))
                    .collect()
            })
            .collect();
        let map: FxMap<&str, usize> = words.iter().enumerate().map(|(i, w)| (w.as_str(), i)).collect();
        for w in &words {
            let i = map[w.as_str()];
            assert_eq!(&words[i], w);
        }
        let ints: FxSet<u32> = (0..1000u32).map(|k| k.wrapping_mul(0x9e37_79b9)).collect();
        assert!((0..1000u32).all(|k| ints.contains(&k.wrapping_mul(0x9e37_79b9))));
    }
}
