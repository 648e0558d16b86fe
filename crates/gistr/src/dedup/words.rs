//! The words the duplicate decision and the conflicts read, and how they
//! are compared: a leaf that `profile.rs` and `conflict.rs` both use.

/// The words of `text`, trimmed of punctuation (hyphens and inner
/// apostrophes stay).
pub(super) fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_whitespace() || c == '—' || c == '–' || c == '/')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
}

/// [`words`] of ASCII `text`, a byte at a time (the same words: in ASCII,
/// white space is `\t` to `\r` and the space, and letters and digits are
/// ASCII's).
pub(super) fn ascii_words(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    bytes
        .split(|&b| matches!(b, b'\t'..=b'\r' | b' ' | b'/'))
        .filter_map(move |w| {
            let from = w.iter().position(u8::is_ascii_alphanumeric)?;
            let to = w.iter().rposition(u8::is_ascii_alphanumeric)? + 1;
            // The word's place in `text` (a subslice of it).
            let at = w.as_ptr() as usize - bytes.as_ptr() as usize;
            text.get(at + from..at + to)
        })
}

/// Words are compared by their first `PREFIX` letters, lower-cased (see
/// [`name_key`]).
pub(super) const PREFIX: usize = 5;

/// The key words and names are compared by: the first five letters,
/// lower-cased, so that "Russia" and "Russian", "Zelensky" and
/// "Zelenskyy" agree.
pub(super) fn name_key(w: &str) -> String {
    let mut k = String::new();
    crate::lang::lowercase_into(&mut k, w);
    crate::lang::truncate_chars(&mut k, PREFIX);
    k
}

/// Whether `chars` (lower case) spell a weekday or a month.
pub(super) fn is_date_word(chars: &[char]) -> bool {
    // The names are ASCII, a byte a character: one of another length (a
    // name, most capitalised words) is compared no further.
    let is = |w: &&str| w.len() == chars.len() && w.chars().eq(chars.iter().copied());
    WEEKDAYS.iter().any(is) || MONTHS.iter().any(is)
}

pub(super) const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
pub(super) const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

#[cfg(test)]
mod tests {
    use super::*;

    /// The length check changes no answer: every word of up to 10
    /// letters from the names' own letters, and the names with one letter
    /// more or less, against the comparison of every name.
    #[test]
    fn date_words_as_every_name_compared() {
        let full = |chars: &[char]| {
            WEEKDAYS
                .iter()
                .chain(MONTHS)
                .any(|w| w.chars().eq(chars.iter().copied()))
        };
        let mut words: Vec<Vec<char>> = Vec::new();
        for w in WEEKDAYS.iter().chain(MONTHS) {
            let c: Vec<char> = w.chars().collect();
            words.push(c.clone());
            words.push(c[..c.len() - 1].to_vec());
            let mut longer = c.clone();
            longer.push('s');
            words.push(longer);
        }
        let mut x = 0x2545_f491u32;
        for _ in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 17;
            x ^= x << 5;
            let len = (x % 11) as usize;
            let letters = b"mondaytuesjanfbrchplgstvmx";
            words.push(
                (0..len)
                    .map(|k| char::from(letters[(x >> (2 * k)) as usize % letters.len()]))
                    .collect(),
            );
        }
        for w in &words {
            assert_eq!(is_date_word(w), full(w), "{w:?}");
        }
    }
}
