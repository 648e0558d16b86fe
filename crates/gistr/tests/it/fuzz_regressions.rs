//! Inputs that the fuzz targets (`fuzz/`, docs/FUZZING.md) found to break
//! a promise, each kept here, inline, with the promise it broke. A case
//! that fails again means the fix was lost.

use gistr::Dedup;

/// `Dedup::compare` gives the same verdict whichever text of the pair comes
/// first, among `texts` (whose IDF weights they share).
fn check_symmetric(texts: &[&str], a: usize, b: usize) {
    let d = Dedup::new(texts, Some("en"));
    assert_eq!(
        d.compare(a, b),
        d.compare(b, a),
        "{:?} / {:?}",
        texts[a],
        texts[b]
    );
}

/// The `dedup_pair` target: two sentences with as many content terms
/// ("strike closed harbour" / "strike closed port") were measured by the
/// coverage of the second, or of the first when asked the other way round,
/// and the IDF masses of the two differ ("harbour" is in two texts, "port"
/// in one): 0.922 one way, 0.927 the other.
#[test]
fn duplicate_decision_is_symmetric() {
    let cases: &[(&[&str], usize, usize)] = &[
        (
            &[
                "the strike closed the harbour",
                "the strike closed the port",
                "the dock is big",
                "harbour",
            ],
            0,
            1,
        ),
        (
            &[
                "Dockers walked out on Monday.",
                "Dockers walked off on Monday.",
                "Monday",
            ],
            0,
            1,
        ),
        // As `comparePairs` lays out its pairs: a, b, then c, d.
        (
            &[
                "The union called the strike after talks failed.",
                "The union called a strike when the talks broke down.",
                "Talks failed again.",
                "The union said more.",
            ],
            0,
            1,
        ),
    ];
    for &(texts, a, b) in cases {
        check_symmetric(texts, a, b);
    }
}
