//! The sentence bounds that UAX #29 does not see, as candidate cuts inside
//! its pieces; `ends.rs` then judges each like any other bound:
//! - after `…` before a capital;
//! - after `.` before a number ("… rain. 35 people …": UAX #29 looks past
//!   the number to the lower-case word);
//! - before a dash that opens an interview turn ("… him? - No, I …");
//! - after the Greek question mark, U+037E or the `;` it is typed as in
//!   Greek text, before anything but a lower-case letter;
//! - after `|` (or `||`) typed for the danda `।` in Devanagari and the
//!   other Indic scripts;
//! - between a period and a spaced ellipsis that opens the next sentence
//!   ("… compounds. . . . The practice …": the period ends one, ". . . The
//!   practice" opens the next).

/// Closing quotes and brackets, which may stand between a mark and the
/// white space after it.
const CLOSE: &[char] = &['"', '\'', '”', '’', '»', ')', ']', '}', '」', '』', '）'];

/// The dashes that open an interview turn.
const DASHES: &[char] = &['-', '–', '—', '―'];

/// The offsets in `piece` (increasing, inside it) where a sentence may end
/// that UAX #29 did not end: each cut goes after the white space that
/// follows the mark. `following` is the text after the piece. `latin`
/// says that the text is made of the characters of the UAX #29 fast path
/// (ASCII and Latin letters, quotes, dashes), where the only marks that
/// can be are `.`, `!` and `?`.
pub(super) fn cuts(piece: &str, following: &str, latin: bool) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    let bytes = piece.as_bytes();
    // Eight bytes at a time: most words of text hold no mark.
    let mut i = 0;
    while i < bytes.len() {
        let end = (i + 8).min(bytes.len());
        if end - i == 8 && !may_hold_lead(&bytes[i..end], latin) {
            i = end;
            continue;
        }
        for k in i..end {
            if !LEAD[usize::from(bytes[k])] {
                continue;
            }
            let Some(mark) = mark_at(bytes, k) else {
                continue;
            };
            let after = k + mark.len_utf8();
            if let Some(cut) = cut_after(piece, k, mark, after, following) {
                if cut > out.last().copied().unwrap_or(0) && cut < piece.len() {
                    out.push(cut);
                }
            }
        }
        i = end;
    }
    out
}

/// Whether the eight bytes `w` may hold a lead byte of [`LEAD`]: one of
/// `.` `!` `?` (a zero byte of `w` XOR the mark repeated), or unless the
/// text is `latin`, `;`, `|` or a byte that is not ASCII.
fn may_hold_lead(w: &[u8], latin: bool) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let mut a = [0; 8];
    a.copy_from_slice(w);
    let w = u64::from_le_bytes(a);
    let has_zero = |x: u64| x.wrapping_sub(ONES) & !x & HIGH != 0;
    has_zero(w ^ (ONES * u64::from(b'.')))
        || has_zero(w ^ (ONES * u64::from(b'!')))
        || has_zero(w ^ (ONES * u64::from(b'?')))
        || (!latin
            && (w & HIGH != 0
                || has_zero(w ^ (ONES * u64::from(b';')))
                || has_zero(w ^ (ONES * u64::from(b'|')))))
}

/// The first bytes of the marks: `.` `!` `?` `;` `|`, and the lead bytes
/// of `;` (U+037E), `؟`, `।` `॥`, `…`, `。`, `！` `？`: one table lookup per
/// byte of text.
const LEAD: [bool; 256] = {
    let mut t = [false; 256];
    let leads = [b'.', b'!', b'?', b';', b'|', 0xCD, 0xD8, 0xE0, 0xE2, 0xE3, 0xEF];
    let mut k = 0;
    while k < leads.len() {
        t[leads[k] as usize] = true;
        k += 1;
    }
    t
};

/// The mark that starts at byte `i` of `bytes` (a lead byte of [`LEAD`]),
/// read from its UTF-8 bytes without decoding other characters.
fn mark_at(bytes: &[u8], i: usize) -> Option<char> {
    let next = |k: usize| bytes.get(i + k).copied();
    Some(match (bytes[i], next(1), next(2)) {
        (b'.', ..) => '.',
        (b'!', ..) => '!',
        (b'?', ..) => '?',
        (b';', ..) => ';',
        (b'|', ..) => '|',
        (0xCD, Some(0xBE), _) => '\u{37E}',
        (0xD8, Some(0x9F), _) => '؟',
        (0xE0, Some(0xA5), Some(0xA4)) => '।',
        (0xE0, Some(0xA5), Some(0xA5)) => '॥',
        (0xE2, Some(0x80), Some(0xA6)) => '…',
        (0xE3, Some(0x80), Some(0x82)) => '。',
        (0xEF, Some(0xBC), Some(0x81)) => '！',
        (0xEF, Some(0xBC), Some(0x9F)) => '？',
        _ => return None,
    })
}

/// Where to cut after `mark`, at `at..after` in `piece`, if anywhere.
fn cut_after(piece: &str, at: usize, mark: char, after: usize, following: &str) -> Option<usize> {
    let rest = &piece[after..];
    if mark == '…' {
        // No closing quote skipped here: "…" then white space and a capital.
        let trimmed = rest.trim_start();
        return (trimmed.len() < rest.len() && trimmed.starts_with(char::is_uppercase))
            .then(|| piece.len() - trimmed.len());
    }
    // `;` ends a sentence only in Greek text, `|` only after Indic text.
    let ends = match mark {
        ';' => greek_before(&piece[..at]) || rest.trim_start().starts_with(is_greek),
        '|' => danda(piece, at) && !rest.starts_with('|'),
        _ => true,
    };
    if !ends {
        return None;
    }
    let closed = rest.trim_start_matches(CLOSE);
    let next = closed.trim_start();
    let spaced = next.len() < closed.len();
    let cut = piece.len() - next.len();
    let first = next.chars().next()?;
    // An interview turn: the mark, white space (or none), a dash, white
    // space, then not a lower-case word.
    if DASHES.contains(&first) {
        let dashes = next.trim_start_matches(DASHES);
        let turn = dashes.trim_start();
        let opens = turn.chars().next().is_some_and(|c| !c.is_lowercase());
        return (turn.len() < dashes.len() && opens).then_some(cut);
    }
    if !spaced {
        return None;
    }
    match mark {
        '.' if first.is_numeric() => Some(cut),
        // A period then a spaced ellipsis that opens the next sentence:
        // cut after the period and its space.
        '.' => spaced_ellipsis_opens(piece, at, rest, following).then_some(after + 1),
        ';' | '\u{37E}' | '|' => (!first.is_lowercase()).then_some(cut),
        _ => None,
    }
}

/// Whether the `|` at `at` in `piece` follows Indic text (white space
/// aside), where it stands for the danda.
fn danda(piece: &str, at: usize) -> bool {
    let before = piece[..at].trim_end_matches([' ', '|']);
    before
        .chars()
        .next_back()
        .is_some_and(|c| ('\u{900}'..='\u{DFF}').contains(&c))
}

fn is_greek(c: char) -> bool {
    ('\u{370}'..='\u{3FF}').contains(&c) || ('\u{1F00}'..='\u{1FFF}').contains(&c)
}

/// Whether `s` has a Greek letter.
fn greek_before(s: &str) -> bool {
    s.chars().any(is_greek)
}

/// Whether the period at `at` ends a word ("compounds.") and `rest` is a
/// spaced ellipsis (" . . .") then white space and a capital (in the piece,
/// or at the start of the `following` text when the piece ends there).
fn spaced_ellipsis_opens(piece: &str, at: usize, rest: &str, following: &str) -> bool {
    let word_end = piece[..at].chars().next_back().is_some_and(char::is_alphanumeric);
    let Some(tail) = rest.strip_prefix(" . . .") else {
        return false;
    };
    let next = match tail.trim_start() {
        "" => following,
        next => next,
    };
    word_end
        && !tail.is_empty()
        && tail.trim_start().len() < tail.len()
        && next.starts_with(char::is_uppercase)
}

#[cfg(test)]
mod tests {
    use crate::sentence::sentences;

    /// Runs the table (each input and its sentences), and names every row
    /// that fails.
    fn table(cases: &[(&str, &[&str])]) {
        let mut failed = Vec::new();
        for (input, expected) in cases {
            let got: Vec<&str> = sentences(input).into_iter().map(|r| &input[r]).collect();
            if got != *expected {
                failed.push(format!("{input:?}: got {got:?}"));
            }
        }
        assert!(
            failed.is_empty(),
            "{} of {} rows fail:\n{}",
            failed.len(),
            cases.len(),
            failed.join("\n")
        );
    }

    /// A sentence that opens with a number ("… rain. 35 people …"): UAX #29
    /// ends no sentence before a number that a lower-case word follows.
    #[test]
    fn a_sentence_may_open_with_a_number() {
        table(&[
            (
                "It came after three days of rain. 35 people were hurt.",
                &["It came after three days of rain.", "35 people were hurt."],
            ),
            (
                "Prices rose again in May. 2024 was worse.",
                &["Prices rose again in May.", "2024 was worse."],
            ),
            (
                "The storm hit Rome. 12 flights were cancelled.",
                &["The storm hit Rome.", "12 flights were cancelled."],
            ),
            (
                "Η κακοκαιρία κράτησε τρεις μέρες. 35 άνθρωποι τραυματίστηκαν.",
                &["Η κακοκαιρία κράτησε τρεις μέρες.", "35 άνθρωποι τραυματίστηκαν."],
            ),
            (
                "Дождь шёл три дня. 35 человек пострадали.",
                &["Дождь шёл три дня.", "35 человек пострадали."],
            ),
            (
                "استمر المطر ثلاثة أيام. 35 شخصا أصيبوا.",
                &["استمر المطر ثلاثة أيام.", "35 شخصا أصيبوا."],
            ),
            (
                "तीन दिन बारिश हुई। 35 लोग घायल हुए।",
                &["तीन दिन बारिश हुई।", "35 लोग घायल हुए।"],
            ),
            ("下了三天雨。35人受伤。", &["下了三天雨。", "35人受伤。"]),
            // Not a sentence end: an abbreviation or initials before a
            // number, a decimal, a time.
            ("See No. 5 on the list.", &["See No. 5 on the list."]),
            ("It rose 3.5 percent.", &["It rose 3.5 percent."]),
            (
                "He drove on U.S. 35 all night.",
                &["He drove on U.S. 35 all night."],
            ),
            ("Read pp. 35 to 40 first.", &["Read pp. 35 to 40 first."]),
            (
                "It opened on Jan. 5 in Paris.",
                &["It opened on Jan. 5 in Paris."],
            ),
            (
                "By 5 p.m. 35 people had come.",
                &["By 5 p.m. 35 people had come."],
            ),
            (
                "Sie wohnt in der Str. 5 links.",
                &["Sie wohnt in der Str. 5 links."],
            ),
            (
                "Es steht in Nr. 12 der Reihe.",
                &["Es steht in Nr. 12 der Reihe."],
            ),
            ("Они живут в д. 5 на углу.", &["Они живут в д. 5 на углу."]),
            ("Δες τη σελ. 35 του νόμου.", &["Δες τη σελ. 35 του νόμου."]),
            (
                "Voters reject Prop. 209 again.",
                &["Voters reject Prop. 209 again."],
            ),
            (
                "Εγκρίνει την τροπολογία αριθ. 3 και όχι άλλη.",
                &["Εγκρίνει την τροπολογία αριθ. 3 και όχι άλλη."],
            ),
            (
                "Falluja (pop. 256,000) is calm.",
                &["Falluja (pop. 256,000) is calm."],
            ),
            (
                "The poll, taken July 29-Aug. 2 by phone, is out.",
                &["The poll, taken July 29-Aug. 2 by phone, is out."],
            ),
            (
                "Costs will exceed 3. 5 billion dollars.",
                &["Costs will exceed 3. 5 billion dollars."],
            ),
            (
                "He was born in 1990. 35 years on, he won.",
                &["He was born in 1990.", "35 years on, he won."],
            ),
            (
                "1. Buy milk. 2. Feed the cat.",
                &["1. Buy milk.", "2. Feed the cat."],
            ),
        ]);
    }

    /// An interview turn after a question or an answer: "? - No, …".
    #[test]
    fn an_interview_turn_opens_a_sentence() {
        table(&[
            (
                "Did you see him? - No, I was at home.",
                &["Did you see him?", "- No, I was at home."],
            ),
            (
                "Were you there? – Yes. – Alone? – With friends.",
                &["Were you there?", "– Yes.", "– Alone?", "– With friends."],
            ),
            (
                "Τον είδες; - Όχι, ήμουν σπίτι.",
                &["Τον είδες;", "- Όχι, ήμουν σπίτι."],
            ),
            (
                "Вы его видели? — Нет, я был дома.",
                &["Вы его видели?", "— Нет, я был дома."],
            ),
            (
                "هل رأيته؟ - لا، كنت في البيت.",
                &["هل رأيته؟", "- لا، كنت في البيت."],
            ),
            (
                "क्या आपने उसे देखा? - नहीं, मैं घर पर था।",
                &["क्या आपने उसे देखा?", "- नहीं, मैं घर पर था।"],
            ),
            ("你看见他了吗？- 没有。", &["你看见他了吗？", "- 没有。"]),
            // Not a turn: a dash inside a sentence, a lower-case word after it.
            (
                "Who knows? - certainly not me.",
                &["Who knows? - certainly not me."],
            ),
            (
                "The U.S.-based firm - Acme - grew.",
                &["The U.S.-based firm - Acme - grew."],
            ),
        ]);
    }

    /// The Greek question mark, U+037E or the ";" it is typed as.
    #[test]
    fn the_greek_question_mark_ends_a_sentence() {
        table(&[
            (
                "Ήταν στο King's Cross; Ηταν μόνος του ή με άλλους; Ξέρεις κάτι;",
                &[
                    "Ήταν στο King's Cross;",
                    "Ηταν μόνος του ή με άλλους;",
                    "Ξέρεις κάτι;",
                ],
            ),
            (
                "Πού πήγε\u{37E} Κανείς δεν ξέρει.",
                &["Πού πήγε\u{37E}", "Κανείς δεν ξέρει."],
            ),
            ("Τι έγινε; «Τίποτα», είπε.", &["Τι έγινε;", "«Τίποτα», είπε."]),
            // Not Greek: a semicolon joins clauses.
            (
                "Paris was calm; London was not.",
                &["Paris was calm; London was not."],
            ),
            (
                "The team: Smith; Jones; Brown.",
                &["The team: Smith; Jones; Brown."],
            ),
            // Greek, but the next word is lower case.
            ("Ποιος ξέρει; ίσως κανείς.", &["Ποιος ξέρει; ίσως κανείς."]),
        ]);
    }

    /// "|" typed for the danda "।" in Devanagari text.
    #[test]
    fn a_bar_typed_for_the_danda_ends_a_sentence() {
        table(&[
            (
                "तीन दिन बारिश हुई | 35 लोग घायल हुए | पुलिस पहुँची |",
                &["तीन दिन बारिश हुई |", "35 लोग घायल हुए |", "पुलिस पहुँची |"],
            ),
            ("बारिश रुकी| लोग लौटे|", &["बारिश रुकी|", "लोग लौटे|"]),
            ("यह पहला है || यह दूसरा है ||", &["यह पहला है ||", "यह दूसरा है ||"]),
            // Not Devanagari: a bar between words or in a table.
            ("Home | News | Sport", &["Home | News | Sport"]),
            ("a | b is true.", &["a | b is true."]),
        ]);
    }
}
