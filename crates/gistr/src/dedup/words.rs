//! The words the duplicate decision and the conflicts read, and how they
//! are compared: a leaf that `profile.rs` and `conflict.rs` both use.

/// The words of `text`, trimmed of punctuation (hyphens and inner
/// apostrophes stay).
pub(super) fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| c.is_whitespace() || c == '—' || c == '–' || c == '/')
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
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
    let is = |w: &&str| w.chars().eq(chars.iter().copied());
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
