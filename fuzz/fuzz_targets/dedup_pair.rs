//! The duplicate decision on a pair of texts, as `gistr dedup` and
//! `comparePairs` make it: a similarity in [0, 1], the same verdict each
//! time and whichever text comes first, the fast path (`duplicate`) agreeing
//! with `decide`, and a duplicate pair grouped by `Dedup::groups`.
//!
//! Input: byte 0 picks the language (`gistr_fuzz::LANGUAGES`, or detection),
//! the rest is the two texts separated by the byte 0x1E; more texts after
//! further separators are context (they change the IDF weights, as the
//! other pairs of one `comparePairs` call do).
#![no_main]

use gistr::bench::{decide, duplicate, tokenize, weigh, Analyzer, Interner, Language, Profiles};
use gistr::Dedup;
use gistr_fuzz::LANGUAGES;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&lang, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let mut texts: Vec<&str> = text.split('\u{1e}').take(6).collect();
    if texts.len() < 2 {
        texts.push("");
    }
    let (a, b) = (texts[0], texts[1]);
    let code = LANGUAGES[lang as usize % LANGUAGES.len()];
    let language = (lang < 128).then_some(code);

    // Within a collection, the order of a pair does not matter.
    let all = Dedup::new(&texts, language);
    assert_eq!(
        all.compare(0, 1),
        all.compare(1, 0),
        "not symmetric among {} texts: {a:?} / {b:?}",
        texts.len()
    );

    let d = Dedup::new(&[a, b], language);
    let v = d.compare(0, 1);
    assert!((0.0..=1.0).contains(&v.similarity), "similarity {}", v.similarity);
    for (name, x) in d.explain(0, 1) {
        assert!((0.0..=1.0).contains(&x), "{name} {x}");
    }
    assert_eq!(
        v,
        Dedup::new(&[a, b], language).compare(0, 1),
        "not deterministic"
    );
    assert_eq!(v, d.compare(1, 0), "not symmetric: {a:?} / {b:?}");
    if v.duplicate {
        assert_eq!(d.groups(), vec![vec![0, 1]], "a duplicate pair not grouped");
    }

    // The same decision through the stages, as the summariser makes it.
    let analyzer = Analyzer::new(
        language
            .and_then(Language::from_code)
            .unwrap_or(Language::ENGLISH),
    );
    let mut interner = Interner::default();
    let (mut ta, mut tb) = (Vec::new(), Vec::new());
    tokenize(&analyzer, &mut interner, a, &mut ta);
    tokenize(&analyzer, &mut interner, b, &mut tb);
    let (idf, vectors) = weigh([ta.as_slice(), tb.as_slice()].into_iter(), interner.len());
    let mut profiles = Profiles::new(false);
    profiles.push(a, &analyzer);
    profiles.push(b, &analyzer);
    let (pa, pb) = (profiles.get(0, &vectors), profiles.get(1, &vectors));
    let slow = decide(&pa, &pb, &idf);
    assert!(
        (0.0..=1.0).contains(&slow.similarity),
        "similarity {}",
        slow.similarity
    );
    assert_eq!(
        duplicate(&pa, &pb, &idf),
        slow.duplicate.then_some(slow.similarity),
        "fast path disagrees"
    );
    assert_eq!(
        slow,
        decide(&pb, &pa, &idf),
        "decide not symmetric: {a:?} / {b:?}"
    );
});
