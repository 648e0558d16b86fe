//! Advertising: a label ("Advertisement", "Sponsored:", "Promoted by") marks its
//! whole block, never a dateline to strip; what an ad block holds after it.

use super::*;

/// What a paragraph opens for the one after it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(super) enum Block {
    None,
    /// A label alone that says what follows is paid for ("Sponsored",
    /// "Paid content", "Promoted Stories"): the next paragraph, unless long,
    /// is the ad's copy.
    Sponsor,
    /// Any other ad label alone ("Advertisement", "Presented by Lingo"): on
    /// news pages "Advertisement" most often stands where an image ad was,
    /// and the article goes on after it, so only a paragraph that reads as
    /// an ad's call to action ("Try it free today.") is the ad's.
    Advert,
    /// An ad's copy: a call to action after it is the ad's too.
    Ad,
}

/// The first words of an ad's label, in [`normalize`]d form, whatever
/// follows them ("Sponsored Content", "Promoted Stories", "Paid Post").
/// The label's first word says what follows: one of these opens a
/// [`Block::Sponsor`], any other label a [`Block::Advert`].
pub(super) const SPONSOR_WORDS: &[&str] = &["sponsored", "promoted", "paid", "partner", "branded", "sponsor"];

/// Labels that mark advertising or paid content, in [`normalize`]d form:
/// the paragraph that is one of them, or opens with one of them and a
/// separator ("Sponsored: Learn a new language…", "ADVERTISEMENT – Inkasa
/// Interiors"), is the ad, whatever its length; never a label to strip.
pub(super) const AD_LABELS: &[&str] = &[
    "advertisement",
    "advertisements",
    "advertising",
    "advertising feature",
    "advertorial",
    "advert",
    "adverts",
    "ad",
    "ads",
    "paid content",
    "paid post",
    "paid partnership",
    "paid promotion",
    "partner content",
    "partner post",
    "branded content",
    "native ad",
    "from our partners",
    "from our sponsors",
    "from our advertisers",
    "anzeige",
    "werbung",
    "publicidad",
    "publicité",
    "pubblicità",
    "reklama",
    "advertentie",
];

/// Labels followed by the advertiser's name ("Sponsored by Lingo",
/// "Brought to you by Dashlane"), in [`normalize`]d form.
pub(super) const AD_BY: &[&str] = &[
    "sponsored by",
    "promoted by",
    "presented by",
    "paid for by",
    "paid content by",
    "paid content for",
    "brought to you by",
    "in partnership with",
    "in association with",
    "powered by",
    "supported by",
    "advertisement by",
];

/// Where the label a paragraph opens with ends, and where the text after
/// its separator starts: `("Sponsored", "Learn…")` for "Sponsored: Learn…".
/// Only a head of at most six words counts.
pub(super) fn head_and_rest(p: &str) -> Option<(&str, &str)> {
    // One pass over the first 60 characters (a substring search per
    // separator is slow in wasm).
    let b = p.as_bytes();
    let (at, sep) = p.char_indices().take(60).find_map(|(i, c)| match c {
        ':' if b.get(i + 1) == Some(&b' ') => Some((i, 2)),
        '|' | '·' | '•' | '–' | '—' | '-' | '»' | '>'
            if i > 0 && b[i - 1] == b' ' && b.get(i + c.len_utf8()) == Some(&b' ') =>
        {
            Some((i - 1, c.len_utf8() + 2))
        }
        _ => None,
    })?;
    let head = &p[..at];
    if head.is_empty() || more_words_than(head, 6) {
        return None;
    }
    Some((head, p[at + sep..].trim_start()))
}

/// Whether `head` (in [`normalize`]d form) is an ad's label.
pub(super) fn is_ad_head(head: &str) -> bool {
    let first = head.split(' ').next().unwrap_or("");
    AD_LABELS.contains(&head)
        || (matches!(first, "sponsored" | "promoted") && !more_words_than(head, 3))
        || AD_BY.iter().any(|b| {
            head.strip_prefix(b)
                .is_some_and(|r| r.is_empty() || r.starts_with(' '))
        })
}

/// What an ad label at the start of `p` makes of the paragraphs after it:
/// `Some(block)` when `p` is an ad label alone (or a label that opens a
/// paragraph, then `Block::Ad`), `None` when `p` is no ad label.
pub(super) fn ad_label(p: &str, head_rest: Option<(&str, &str)>) -> Option<Block> {
    let kind = |head: &str| {
        let first = head.split(' ').next().unwrap_or("");
        if SPONSOR_WORDS.contains(&first) {
            Block::Sponsor
        } else {
            Block::Advert
        }
    };
    if let Some((head, rest)) = head_rest {
        let head = normalize(head);
        if is_ad_head(&head) {
            return Some(if normalize(rest).is_empty() {
                kind(&head)
            } else {
                Block::Ad
            });
        }
    }
    let alone = p.trim_end_matches([':', ' ', '|', '·', '•', '-', '–', '—']);
    if more_words_than(alone, 10) || alone.ends_with(['.', '!', '?']) {
        return None;
    }
    let n = normalize(alone);
    is_ad_head(&n).then(|| kind(&n))
}

/// The first words of an ad's call to action ("Try it free", "Shop now",
/// "Learn more"): imperatives that news prose seldom opens a paragraph with.
pub(super) const CTA_OPEN: &[&str] = &[
    "try",
    "shop",
    "buy",
    "order",
    "discover",
    "learn",
    "sign",
    "subscribe",
    "download",
    "click",
    "tap",
    "join",
    "start",
    "book",
    "claim",
    "get",
    "save",
    "upgrade",
    "compare",
    "apply",
    "call",
    "find",
    "see",
    "explore",
    "register",
    "visit",
    "install",
    "play",
    "request",
    "unlock",
    "enjoy",
    "grab",
    "switch",
];

/// Whether `p` continues the ad block that the paragraph before it opened.
pub(super) fn ad_continues(p: &str, after: Block) -> bool {
    let opens_cta = || {
        let first = p
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty())
            .unwrap_or("");
        CTA_OPEN.iter().any(|w| first.eq_ignore_ascii_case(w))
    };
    match after {
        Block::None => false,
        Block::Sponsor => !more_words_than(p, 60),
        Block::Advert | Block::Ad => !more_words_than(p, 40) && opens_cta(),
    }
}

/// What paragraph `p` opens for the one after it, given what the one
/// before it opened.
pub(super) fn block_opened(p: &str, facts: &Facts, after: Block) -> Block {
    match facts.ad {
        Some(block) => block,
        None if ad_continues(p, after) => Block::Ad,
        None => Block::None,
    }
}
