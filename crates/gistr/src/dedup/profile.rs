//! The profile of a sentence for the duplicate decision: its TF-IDF
//! vector (a view into the stage 5 vectors), its words by their first
//! letters, its character 4-grams and, for `gistr dedup`, its words in
//! order; many profiles in a few shared chunks.

use super::words::{ascii_words, is_date_word, words, PREFIX};
use crate::lang::Analyzer;
use crate::tfidf::Vectors;
use crate::token::Term;

/// What the decision knows of one sentence: its TF-IDF vector, its words
/// and its character 4-grams (a view into [`Profiles`]).
#[derive(Clone, Copy, Debug, Default)]
pub struct Profile<'a> {
    pub(super) vector: &'a [(Term, f32)],
    /// Every word (stop words too) by its first five letters, lower-cased,
    /// hashed, sorted.
    pub(super) keys: &'a [u32],
    /// Hashed character 4-grams of the lower-cased words, sorted.
    pub(super) grams: &'a [u32],
    /// Every word, lower-cased and hashed, in order: copies have the same
    /// (kept only when asked for).
    pub(super) words: &'a [u32],
    /// The content words that are not names (neither stop words nor
    /// capitalised after the first word, weekdays and months aside), by
    /// their first five letters,
    /// lower-cased, hashed, sorted: what a fact's predicate is made of,
    /// beyond who it is about.
    pub(super) content: &'a [u32],
}

/// The profiles of many sentences in a few shared arrays (no allocation
/// per sentence). A sentence's TF-IDF vector is not copied: it is looked
/// up in the [`Vectors`] it was made from.
///
/// A profile is one run of a chunk: its grams, then its keys, then its
/// words, then its content keys. Chunks are about a megabyte and never grow, so that the
/// profiles of a large input fit in memory freed by earlier stages rather
/// than in one new block, and no array holds twice what it needs while
/// it doubles.
#[derive(Clone, Debug)]
pub struct Profiles {
    /// Per profile: its place in `made` (`NONE`: never made). Most
    /// sentences of a large input are never profiled: 4 bytes each.
    slot: Vec<u32>,
    /// Per profile made: its chunk, start, and the number of grams, keys,
    /// words and content keys.
    made: Vec<[u32; 6]>,
    chunks: Vec<Vec<u32>>,
    keep_words: bool,
    /// Scratch for a profile's keys and words.
    keys: Vec<u32>,
    words: Vec<u32>,
    content: Vec<u32>,
    scratch: Vec<u32>,
    lower: String,
    /// Whether a word is a stop word, by the hash of its lower-cased
    /// letters: most words recur, and the stop-word index is a string
    /// map (it was 5% of the summariser's time, asked every word).
    stop: crate::fxhash::FxMap<u32, bool>,
}

/// The slot of a profile never made.
const NONE: u32 = u32::MAX;

/// The size of a chunk, in entries.
const CHUNK: usize = 1 << 18;

impl Profiles {
    /// No profiles yet. `keep_words`: whether to keep each word's hash in
    /// order (what [`super::Dedup::groups`] finds copies by).
    pub fn new(keep_words: bool) -> Profiles {
        Profiles {
            slot: Vec::new(),
            made: Vec::new(),
            chunks: Vec::new(),
            keep_words,
            keys: Vec::new(),
            words: Vec::new(),
            content: Vec::new(),
            scratch: Vec::new(),
            lower: String::new(),
            stop: Default::default(),
        }
    }

    /// Appends the profile of a sentence, `text` as written, in the
    /// language of `analyzer` (for its stop words).
    pub fn push(&mut self, text: &str, analyzer: &Analyzer) {
        // At most a 4-gram a byte, and a key (and word, and content key)
        // every two bytes.
        self.room(text.len() + 3 * (text.len() / 2 + 1));
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
        self.content.clear();
        let mut chars: Vec<char> = Vec::with_capacity(32);
        // ASCII text (most) a byte at a time: the same words and letters.
        let ascii = text.is_ascii();
        let (mut in_ascii, mut in_any);
        let words: &mut dyn Iterator<Item = &str> = if ascii {
            in_ascii = ascii_words(text);
            &mut in_ascii
        } else {
            in_any = words(text);
            &mut in_any
        };
        for (k, w) in words.enumerate() {
            chars.clear();
            chars.push(' ');
            if ascii {
                chars.extend(w.bytes().map(|b| char::from(b.to_ascii_lowercase())));
            } else {
                for c in w.chars() {
                    if c.is_ascii() {
                        chars.push(c.to_ascii_lowercase());
                    } else {
                        chars.extend(c.to_lowercase());
                    }
                }
            }
            chars.push(' ');
            let lower = &chars[1..chars.len() - 1];
            // The whole word's hash goes on from its key's (FNV-1a is a
            // running state): the same two hashes, the first letters once.
            let (head, tail) = lower.split_at(lower.len().min(PREFIX));
            let key = fnv_from(FNV_BASIS, head);
            self.keys.push(key);
            let whole = fnv_from(key, tail);
            // Weekdays and months are written with a capital but are no
            // one's name: an agreeing date is part of what a fact says.
            let name = k > 0 && w.starts_with(char::is_uppercase) && !is_date_word(lower);
            if !name && lower.len() >= 2 {
                let stop = match self.stop.get(&whole) {
                    Some(&s) => s,
                    None => {
                        self.lower.clear();
                        self.lower.extend(lower.iter());
                        let s = analyzer.is_stop(&self.lower);
                        self.stop.insert(whole, s);
                        s
                    }
                };
                if !stop {
                    self.content.push(key);
                }
            }
            if self.keep_words {
                self.words.push(whole);
            }
            // (Four characters a window, unrolled: the same FNV-1a.)
            chunk.extend(chars.windows(GRAM).map(|g| match g {
                &[a, b, c, d] => fnv_from(FNV_BASIS, &[a, b, c, d]),
                _ => fnv(g.iter().copied()),
            }));
        }
        sort_dedup_from(chunk, start, &mut self.scratch);
        let grams = chunk.len() - start;
        sort_dedup(&mut self.keys);
        sort_dedup(&mut self.content);
        chunk.extend_from_slice(&self.keys);
        chunk.extend_from_slice(&self.words);
        chunk.extend_from_slice(&self.content);
        // Chunks and counts are far below 4 G entries (the input's bytes
        // bound them).
        let c = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
        self.slot.push(c(self.made.len()));
        self.made.push([
            c(self.chunks.len() - 1),
            c(start),
            c(grams),
            c(self.keys.len()),
            c(self.words.len()),
            c(self.content.len()),
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
            if !keep(i) || self.slot[i] == NONE {
                out.skip();
                continue;
            }
            let p = self.get(i, &empty);
            out.room(p.grams.len() + p.keys.len() + p.words.len() + p.content.len());
            let Some(chunk) = out.chunks.last_mut() else {
                return out;
            };
            let start = chunk.len();
            chunk.extend_from_slice(p.grams);
            chunk.extend_from_slice(p.keys);
            chunk.extend_from_slice(p.words);
            chunk.extend_from_slice(p.content);
            let c = |x: usize| u32::try_from(x).unwrap_or(u32::MAX);
            out.slot.push(c(out.made.len()));
            out.made.push([
                c(out.chunks.len() - 1),
                c(start),
                c(p.grams.len()),
                c(p.keys.len()),
                c(p.words.len()),
                c(p.content.len()),
            ]);
        }
        out.shrink_to_fit();
        out
    }

    /// Drops from every profile's content words the topic's: those that
    /// at least `share` of the `articles` carry, and at least three (none
    /// with fewer articles); and an article's subject: those that the
    /// profile's own article carries in at least `recur` of its sentences
    /// (0: none). `article(i)` is profile `i`'s article. What two versions
    /// of one fact share is then more than the story's subject ("the
    /// war", "discussions"): see `decide::names_only`.
    pub fn drop_topic(
        &mut self,
        articles: usize,
        share: f32,
        recur: usize,
        article: impl Fn(usize) -> usize,
    ) {
        let need = ((share * articles as f32).ceil() as usize).max(3);
        // Every (key, article) once a sentence, sorted: runs of one pair
        // count the article's sentences that carry the key; once
        // deduplicated, runs of a key count its articles.
        let mut pairs: Vec<(u32, u32)> = Vec::new();
        for i in 0..self.len() {
            let a = u32::try_from(article(i)).unwrap_or(u32::MAX);
            pairs.extend(self.content_of(i).iter().map(|&k| (k, a)));
        }
        crate::sort::pairs(&mut pairs);
        // (article, key), sorted, of the keys an article repeats.
        let mut subject: Vec<(u32, u32)> = Vec::new();
        if recur > 0 {
            for run in pairs.chunk_by(|x, y| x == y) {
                if run.len() >= recur {
                    subject.push((run[0].1, run[0].0));
                }
            }
            crate::sort::pairs(&mut subject);
        }
        pairs.dedup();
        let mut topic: Vec<u32> = Vec::new();
        if articles >= need {
            for run in pairs.chunk_by(|x, y| x.0 == y.0) {
                if run.len() >= need {
                    topic.push(run[0].0);
                }
            }
        }
        if topic.is_empty() && subject.is_empty() {
            return;
        }
        for (i, &slot) in self.slot.iter().enumerate() {
            let Some(at) = self.made.get_mut(slot as usize) else {
                continue;
            };
            let [chunk, start, grams, keys, words, content] = *at;
            let Some(chunk) = self.chunks.get_mut(chunk as usize) else {
                continue;
            };
            let a = u32::try_from(article(i)).unwrap_or(u32::MAX);
            let from = start as usize + grams as usize + keys as usize + words as usize;
            let mut kept = from;
            for r in from..from + content as usize {
                let k = chunk[r];
                if topic.binary_search(&k).is_err() && subject.binary_search(&(a, k)).is_err() {
                    chunk[kept] = k;
                    kept += 1;
                }
            }
            at[5] = (kept - from) as u32;
        }
    }

    /// The content keys of profile `i` (empty when never made).
    fn content_of(&self, i: usize) -> &[u32] {
        let Some([chunk, start, grams, keys, words, content]) = self.entry(i) else {
            return &[];
        };
        let from = start as usize + grams as usize + keys as usize + words as usize;
        self.chunks
            .get(chunk as usize)
            .and_then(|c| c.get(from..from + content as usize))
            .unwrap_or(&[])
    }

    /// Appends a profile that is never made (see [`Profiles::get`]).
    pub fn skip(&mut self) {
        self.slot.push(NONE);
    }

    /// Where profile `i` is, if it was made.
    fn entry(&self, i: usize) -> Option<[u32; 6]> {
        let slot = *self.slot.get(i)?;
        self.made.get(slot as usize).copied()
    }

    /// Frees the room the last chunk does not use.
    pub fn shrink_to_fit(&mut self) {
        if let Some(c) = self.chunks.last_mut() {
            c.shrink_to_fit();
        }
        self.slot.shrink_to_fit();
        self.made.shrink_to_fit();
    }

    /// The number of profiles.
    pub fn len(&self) -> usize {
        self.slot.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.slot.is_empty()
    }

    /// Profile `i`, with `vectors[i]` its TF-IDF vector. A profile never
    /// made (or past the end) is empty, vector included.
    pub fn get<'a>(&'a self, i: usize, vectors: &'a Vectors) -> Profile<'a> {
        let Some([chunk, start, grams, keys, words, content]) = self.entry(i) else {
            return Profile::default();
        };
        let Some(chunk) = self.chunks.get(chunk as usize) else {
            return Profile::default();
        };
        let g = start as usize;
        let (k, w) = (g + grams as usize, g + grams as usize + keys as usize);
        let c = w + words as usize;
        let part = |a: usize, b: usize| chunk.get(a..b).unwrap_or(&[]);
        Profile {
            vector: vectors.get(i),
            grams: part(g, k),
            keys: part(k, w),
            words: part(w, c),
            content: part(c, c + content as usize),
        }
    }
}

/// Sorts `v[from..]` and removes its repeats.
fn sort_dedup_from(v: &mut Vec<u32>, from: usize, scratch: &mut Vec<u32>) {
    crate::sort::hashes(&mut v[from..], scratch);
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
    let mut h: u32 = FNV_BASIS;
    for c in chars {
        h = (h ^ c as u32).wrapping_mul(0x0100_0193);
    }
    h
}

/// The FNV-1a offset basis (32 bits).
const FNV_BASIS: u32 = 0x811c_9dc5;

/// [`fnv`] of `chars`, from the state `h` (the hash of what came before).
fn fnv_from(mut h: u32, chars: &[char]) -> u32 {
    for &c in chars {
        h = (h ^ c as u32).wrapping_mul(0x0100_0193);
    }
    h
}

/// The length of the character n-grams of a profile (words padded with a
/// space at each end).
const GRAM: usize = 4;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dedup::words::name_key;

    #[test]
    fn ascii_words_are_the_words() {
        let mut texts: Vec<String> = [
            "",
            " ",
            "\t\x0b\x0c\r\n",
            "a/b //c// d-e 'f' (g) \"h.\" 3.5% $1,000 U.S. x_y",
            "--- ... !!",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        // Every pair of ASCII bytes around a letter, and a few triples.
        for a in 0u8..0x80 {
            for b in 0u8..0x80 {
                texts.push(format!("{}x{}{}y{}", a as char, b as char, a as char, b as char));
            }
        }
        for t in &texts {
            assert!(ascii_words(t).eq(words(t)), "{t:?}");
        }
    }

    #[test]
    fn profiles_hash_as_the_spelled_out_definitions() {
        for text in [
            "Zelensky thanked Trump for the \"productive\" talks — on Friday/Saturday.",
            "İSTANBUL'da ÇOK güzel; Straße GROSS, ΟΔΥΣΣΕΥΣ, Ünïcödé-wörds 3.5% $1,000",
            "a I ab abc abcd abcde abcdef",
            "",
            "!!! ???",
            "Tab\tand\x0bvertical\x0c/slash--dash 'quoted' (x) 3.5% U.S. e-mail, On Monday; MAY 5",
        ] {
            let an = Analyzer::new(crate::lang::Language::ENGLISH);
            let mut all = Profiles::new(true);
            all.skip();
            all.push(text, &an);
            all.push("Another sentence, to share the arrays.", &an);
            let vectors = Vectors::default();
            assert!(all.get(0, &vectors).keys.is_empty());
            let p = all.get(1, &vectors);
            let kept = all.retain(|i| i == 1);
            let q = kept.get(1, &vectors);
            assert_eq!(
                (q.keys, q.grams, q.words, q.content),
                (p.keys, p.grams, p.words, p.content)
            );
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
}
