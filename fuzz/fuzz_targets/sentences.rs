//! The sentence splitter on any text: its ranges are non-empty, in order,
//! on character bounds and trimmed, within the bounds of a sentence
//! (`MAX_WORDS` words, `MAX_CHARS` characters), and with the whitespace
//! between them they rejoin the input exactly.
#![no_main]

use gistr::bench::{MAX_CHARS, MAX_WORDS};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let ranges = gistr::sentences(&text);
    let mut rebuilt = String::with_capacity(text.len());
    let mut at = 0;
    for r in &ranges {
        assert!(
            at <= r.start && r.start < r.end && r.end <= text.len(),
            "{r:?} after {at}"
        );
        let gap = text.get(at..r.start).expect("gap on char bounds");
        assert!(gap.trim().is_empty(), "non-space gap {gap:?}");
        let s = text.get(r.clone()).expect("sentence on char bounds");
        assert_eq!(s.trim(), s, "sentence not trimmed");
        assert!(s.chars().count() <= MAX_CHARS, "{} characters", s.chars().count());
        assert!(
            s.split_whitespace().count() <= MAX_WORDS,
            "{} words",
            s.split_whitespace().count()
        );
        rebuilt.push_str(gap);
        rebuilt.push_str(s);
        at = r.end;
    }
    assert!(text[at..].trim().is_empty(), "text left after the last sentence");
    rebuilt.push_str(&text[at..]);
    assert!(rebuilt == text, "ranges do not rejoin the input");
});
