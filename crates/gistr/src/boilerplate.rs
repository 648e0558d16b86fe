//! Stage 2: boilerplate.
//!
//! Marks the paragraphs that must never reach a summary: a repeated title,
//! repeated paragraphs, headings and lists of unrelated headlines, bylines,
//! credits and calls to share or subscribe. Also finds the dateline or
//! "Label:" that opens a paragraph, so that the sentence starts after it.

use crate::fxhash::FxSet;
use std::ops::Range;

/// Phrases that mark a short paragraph as page furniture.
const FURNITURE: &[&str] = &[
    "advertisement",
    "sign up",
    "subscribe",
    "share this",
    "share on",
    "share via",
    "follow us",
    "follow @",
    "click here",
    "read more",
    "read also",
    "related:",
    "related articles",
    "recommended",
    "photo:",
    "photo by",
    "photos:",
    "image:",
    "image credit",
    "credit:",
    "getty images",
    "ap photo",
    "afp via",
    "reuters/",
    "©",
    "copyright",
    "all rights reserved",
    "reporting by",
    "contributed to this report",
    "contributed reporting",
    "contributed to this story",
    "contributed to this article",
    "editing by",
    "writing by",
    "newsletter",
    "listen to this article",
    "download the app",
    "skip to",
    "cookie",
    "terms of use",
    "privacy policy",
    "watch:",
    "video:",
    "this story has been",
    "this article was",
    "contact the author",
    "leave a comment",
    // Wire-service furniture.
    "story filed by",
    "endit",
    "optional trim",
    "optional add",
    "end of story",
    "story can end here",
    "on the net:",
    "distributed by",
    "news service",
    "eds:",
    "on the web at",
    "how to reach us",
    "http://",
    "https://",
    "www.",
    "(at)",
    "tel:",
    "e-mail:",
    "&ql;",
    "&qc;",
    "&ur;",
    "&lr;",
    "photo package",
    "the following photos",
    "photograph:",
    "file photo",
    "pictured:",
    "published:",
    "updated:",
    "last updated",
    "more from",
    "most read",
    "most popular",
    "top stories",
    "more stories",
    "you may also like",
    "trending now",
];

/// Why each paragraph is boilerplate, `None` for content.
pub fn classify(text: &str, paragraphs: &[Range<usize>], title: Option<&str>) -> Vec<Option<&'static str>> {
    let title_key = title.map(normalize).filter(|t| !t.is_empty());
    // FxHash: SipHash over every paragraph is slow in wasm; the set is only
    // asked, never iterated.
    let mut seen: FxSet<String> = FxSet::default();
    let mut out: Vec<Option<&'static str>> = Vec::with_capacity(paragraphs.len());
    let headings: Vec<bool> = paragraphs.iter().map(|r| is_heading(&text[r.clone()])).collect();
    // When nothing ends like a sentence (text without punctuation), the
    // heading rule would remove everything: then it does not apply.
    let heading_rule = headings.iter().any(|h| !h);
    // The length of the run of headings each paragraph is in.
    let mut run = vec![0usize; headings.len()];
    let mut i = 0;
    while i < headings.len() {
        let mut j = i;
        while j < headings.len() && headings[j] {
            j += 1;
        }
        for r in run.iter_mut().take(j).skip(i) {
            *r = j - i;
        }
        i = j.max(i + 1);
    }
    // What the paragraph before opened: an ad's label makes the paragraph
    // after it part of the ad (whatever else it is: the label is often
    // repeated on a page).
    let mut after = Block::None;
    for (i, r) in paragraphs.iter().enumerate() {
        let p = &text[r.clone()];
        let opened = block_opened(p, after);
        let key = normalize(p);
        let reason = if key.is_empty() {
            Some("no words")
        } else if title_key.as_deref() == Some(key.as_str()) {
            Some("repeated title")
        } else if !seen.insert(key) {
            Some("repeated paragraph")
        } else if let Some(kind) = chrome(p, after) {
            Some(kind)
        } else if is_furniture(without_credit(p)) {
            Some("page furniture")
        } else if is_byline(p) {
            Some("byline")
        } else if heading_rule && headings[i] {
            if run[i] >= 3 || p.ends_with(['-', '|', '•', '–', '—']) {
                Some("headline list")
            } else {
                Some("heading")
            }
        } else {
            None
        };
        out.push(reason);
        after = opened;
    }
    out
}

/// Lower-case letters and digits only, single-spaced.
fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    if s.is_ascii() {
        // The same, a byte at a time.
        let mut gap = false;
        for &b in s.as_bytes() {
            if b.is_ascii_alphanumeric() {
                if gap && !out.is_empty() {
                    out.push(' ');
                }
                gap = false;
                out.push(char::from(b.to_ascii_lowercase()));
            } else {
                gap = true;
            }
        }
        return out;
    }
    normalize_chars(s)
}

/// [`normalize`] for any text, a word at a time.
fn normalize_chars(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        if w.is_ascii() {
            out.extend(w.bytes().map(|b| char::from(b.to_ascii_lowercase())));
        } else {
            out.extend(w.chars().flat_map(char::to_lowercase));
        }
    }
    out
}

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// `words(s) > n`, counting no further than needed (most paragraphs are
/// far longer than the short lines these checks look for).
fn more_words_than(s: &str, n: usize) -> bool {
    s.split_whitespace().nth(n).is_some()
}

/// A short line that does not end like a sentence: a title, a heading, an
/// item of a list of links.
fn is_heading(p: &str) -> bool {
    let core = p.trim_end_matches(['"', '\'', '”', '’', ')', '»']);
    !core.ends_with(['.', '!', '?', '…', '。', '！', '？']) && !more_words_than(p, 20)
}

fn is_furniture(p: &str) -> bool {
    if more_words_than(p, 25) {
        return false;
    }
    let lower = p.to_lowercase();
    static FIRST: [u128; 256] = first_bytes(FURNITURE);
    contains_any(&lower, FURNITURE, &FIRST)
}

/// What a paragraph opens for the one after it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Block {
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
const SPONSOR_WORDS: &[&str] = &["sponsored", "promoted", "paid", "partner", "branded", "sponsor"];

/// Labels that mark advertising or paid content, in [`normalize`]d form:
/// the paragraph that is one of them, or opens with one of them and a
/// separator ("Sponsored: Learn a new language…", "ADVERTISEMENT – Inkasa
/// Interiors"), is the ad, whatever its length; never a label to strip.
const AD_LABELS: &[&str] = &[
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
const AD_BY: &[&str] = &[
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

/// The separators after a label that opens a paragraph.
const SEPARATORS: &[&str] = &[": ", " | ", " · ", " • ", " – ", " — ", " - ", " » ", " > "];

/// Where the label a paragraph opens with ends, and where the text after
/// its separator starts: `("Sponsored", "Learn…")` for "Sponsored: Learn…".
/// Only a head of at most six words counts.
fn head_and_rest(p: &str) -> Option<(&str, &str)> {
    let limit = p.char_indices().nth(60).map_or(p.len(), |(i, _)| i);
    let (at, sep) = SEPARATORS
        .iter()
        .filter_map(|s| p[..limit].find(s).map(|i| (i, s.len())))
        .min()?;
    let head = &p[..at];
    if head.is_empty() || more_words_than(head, 6) {
        return None;
    }
    Some((head, p[at + sep..].trim_start()))
}

/// Whether `head` (in [`normalize`]d form) is an ad's label.
fn is_ad_head(head: &str) -> bool {
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
fn ad_label(p: &str) -> Option<Block> {
    let kind = |head: &str| {
        let first = head.split(' ').next().unwrap_or("");
        if SPONSOR_WORDS.contains(&first) {
            Block::Sponsor
        } else {
            Block::Advert
        }
    };
    if let Some((head, rest)) = head_and_rest(p) {
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
const CTA_OPEN: &[&str] = &[
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
fn ad_continues(p: &str, after: Block) -> bool {
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
fn block_opened(p: &str, after: Block) -> Block {
    match ad_label(p) {
        Some(block) => block,
        None if ad_continues(p, after) => Block::Ad,
        None => Block::None,
    }
}

/// Labels of teasers for other stories, in [`normalize`]d form: a
/// paragraph that opens with one and a separator ("RELATED: Storm closes
/// ferry service", "Read more » …") is a teaser, whatever its length.
const TEASER_LABELS: &[&str] = &[
    "related",
    "related coverage",
    "related content",
    "related stories",
    "related story",
    "related articles",
    "related article",
    "related video",
    "related videos",
    "related links",
    "related reading",
    "related news",
    "read more",
    "read also",
    "also read",
    "read next",
    "read",
    "see also",
    "also see",
    "more",
    "more coverage",
    "more on this",
    "more on this story",
    "more news",
    "more stories",
    "recommended",
    "recommended reading",
    "recommended for you",
    "watch",
    "watch now",
    "watch more",
    "listen",
    "video",
    "videos",
    "photos",
    "gallery",
    "explore more",
    "further reading",
    "must read",
    "don t miss",
    "trending",
    "most popular",
    "most read",
    "top stories",
    "up next",
    "in other news",
    "you might also like",
    "you may also like",
    "you may like",
];

/// The teaser labels that open a paragraph in capitals without a
/// separator ("READ MORE Storm closes ferry service for a week.").
const TEASER_CAPS: &[&str] = &[
    "READ MORE ",
    "RELATED ",
    "MORE ",
    "SEE ALSO ",
    "ALSO READ ",
    "WATCH ",
    "READ ALSO ",
];

fn is_teaser(p: &str) -> bool {
    if let Some((head, _)) = head_and_rest(p) {
        if TEASER_LABELS.contains(&normalize(head).as_str()) {
            return true;
        }
    }
    TEASER_CAPS.iter().any(|c| {
        p.strip_prefix(c).is_some_and(|rest| {
            // The next word is not in capitals too (a headline in capitals
            // is a heading, not a teaser label).
            let w = rest.split_whitespace().next().unwrap_or("");
            w.chars().next().is_some_and(char::is_uppercase) && w.chars().any(char::is_lowercase)
        })
    })
}

/// Phrases after which a photo credit's names follow ("Photo: Jan
/// Smit/Reuters", "(AP Photo/Mark Lennihan)"), in lower case.
const CREDIT_OPEN: &[&str] = &[
    "photo:",
    "photos:",
    "photograph:",
    "photographs:",
    "photography:",
    "photo by ",
    "photos by ",
    "photographs by ",
    "photography by ",
    "photo credit",
    "photo courtesy",
    "courtesy photo",
    "image:",
    "images:",
    "image credit",
    "image copyright",
    "image source:",
    "image caption",
    "media caption",
    "picture:",
    "pictures:",
    "pic:",
    "credit:",
    "credits:",
    "credit…",
    "credit...",
    "illustration:",
    "illustration by ",
    "photo illustration",
    "graphic:",
    "(ap photo",
    "(photo",
    "(reuters photo",
    "(afp photo",
    "(file photo",
    "(getty",
];

/// Words that carry a credit on after an agency ("Jan Smit/AFP via Getty
/// Images", "Jan Smit/PA Wire"), in lower case.
const CREDIT_MORE: &[&str] = &[
    "images",
    "image",
    "photo",
    "photos",
    "press",
    "wire",
    "news",
    "pictures",
    "agency",
    "stock",
    "media",
    "pool",
    "handout",
    "efe",
    "getty",
    "via",
    "ap",
    "afp",
    "reuters",
    "epa",
    "shutterstock",
    "alamy",
];

/// Lower-case words that may sit inside a credit's names.
const CREDIT_SMALL: &[&str] = &[
    "via", "for", "of", "on", "the", "courtesy", "de", "van", "von", "and", "&", "/", "|", "-", "–", "—",
    "da", "del", "la", "le",
];

/// A photo credit in paragraph `p`: where it ends, and whether it is the
/// whole paragraph's end (then the paragraph, a caption with its credit or
/// a credit alone, is boilerplate). A credit followed by more text was run
/// into the paragraph after it ("Photo: Jan Smit/Reuters The ferry ran
/// aground…"), and the sentences start after it.
struct Credit {
    end: usize,
    whole: bool,
}

fn credit(p: &str) -> Option<Credit> {
    static FIRST: [u128; 256] = first_bytes(CREDIT_OPEN);
    // A caption is short: only a credit among the first 60 words counts.
    let limit = p
        .split_whitespace()
        .nth(60)
        .map_or(p.len(), |w| w.as_ptr() as usize - p.as_ptr() as usize);
    let lower = p[..limit].to_ascii_lowercase();
    let Some((at, len)) = find_any(&lower, CREDIT_OPEN, &FIRST) else {
        // "Jan Smit/Reuters The ferry…", or a caption that ends with such
        // a credit ("Rescuers search the rubble. Jan Smit/AFP via Getty
        // Images").
        return bare_credit(p).or_else(|| {
            let tail = p[p.rfind(". ")? + 2..]
                .trim_start_matches('(')
                .trim_end_matches(')');
            bare_credit(tail).filter(|c| c.whole).map(|_| Credit {
                end: p.len(),
                whole: true,
            })
        });
    };
    if at > 0 && !lower[..at].ends_with([' ', '.', '\n', '(', '|']) {
        return None;
    }
    let start = at + len;
    if lower[at..].starts_with("image caption") || lower[at..].starts_with("media caption") {
        // The caption follows the label, with nothing to say where it ends.
        return Some(Credit {
            end: p.len(),
            whole: true,
        });
    }
    let end = if lower[at..].starts_with('(') {
        // "(AP Photo/Mark Lennihan)": up to the parenthesis.
        let close = p[start..].find(')')?;
        if close > 80 {
            return None;
        }
        start + close + 1
    } else {
        credit_names(p, start)?
    };
    let rest = &p[end..];
    let whole = !rest.chars().any(char::is_alphanumeric);
    Some(Credit { end, whole })
}

/// A credit without a label that opens a paragraph: "Jan Smit/Reuters",
/// "Jan Smit/AFP via Getty Images The ferry…" (a name of one to three
/// words, the last joined to the agency by a "/").
fn bare_credit(p: &str) -> Option<Credit> {
    for (k, w) in p.split_whitespace().take(4).enumerate() {
        if !w.starts_with(char::is_uppercase) {
            return None;
        }
        if let Some(slash) = w.find('/') {
            if k == 0 || !w[slash + 1..].starts_with(char::is_uppercase) {
                return None;
            }
            let end = credit_names(p, 0)?;
            return Some(Credit {
                end,
                whole: !p[end..].chars().any(char::is_alphanumeric),
            });
        }
    }
    None
}

/// `p` without a photo credit run into its start (and the caption before
/// it): what is judged for furniture.
fn without_credit(p: &str) -> &str {
    match credit(p) {
        Some(c) if !c.whole => &p[c.end..],
        _ => p,
    }
}

/// The end of the names of a credit that starts at `start` in `p`: a run of
/// capitalised words, up to the word with a "/" (the agency) and the words
/// that carry it on, or up to the word before the first lower-case word (the
/// sentence after the credit starts with a capital); `None` without names.
fn credit_names(p: &str, start: usize) -> Option<usize> {
    let mut names = 0;
    let mut last_end = start;
    let mut prev_end = start;
    let mut slash = false;
    for (k, w) in p[start..].split_whitespace().enumerate() {
        let w_start = w.as_ptr() as usize - p.as_ptr() as usize;
        let w_end = w_start + w.len();
        let lower = w.to_lowercase();
        let bare = lower.trim_matches(|c: char| !c.is_alphanumeric());
        if slash {
            // After the agency: only the words that carry a credit on.
            if CREDIT_MORE.contains(&bare) {
                last_end = w_end;
                continue;
            }
            return Some(last_end);
        }
        if k >= 12 {
            return None;
        }
        let capital = w
            .trim_start_matches(|c: char| !c.is_alphanumeric())
            .starts_with(|c: char| c.is_uppercase() || c.is_numeric());
        if let Some(at) = w.find('/') {
            if names + usize::from(capital) > 0 {
                names += 1;
                // "Smit/Reuters": the agency ends the credit; "REUTERS/Jan
                // Smit": the photographer's name follows the agency.
                let agency_first = w[..at].chars().all(|c| c.is_uppercase() || c == '-') && at >= 2;
                slash = !agency_first;
                prev_end = last_end;
                last_end = w_end;
                continue;
            }
        }
        if capital {
            names += 1;
            prev_end = last_end;
            last_end = w_end;
            if w.ends_with(['.', ';', ')']) && !is_initial(w) {
                return Some(w_end);
            }
            continue;
        }
        if CREDIT_SMALL.contains(&bare) || bare.is_empty() {
            continue;
        }
        // A lower-case word: the capitalised word before it starts the
        // sentence after the credit.
        return (names >= 2).then_some(prev_end);
    }
    (names > 0).then_some(p.len())
}

/// "J." or "A.B.": an initial, not the end of a sentence.
fn is_initial(w: &str) -> bool {
    w.split('.').all(|part| part.chars().count() <= 1)
}

/// Where any of `phrases` first occurs in `hay`, and its length.
fn find_any(hay: &str, phrases: &[&str], first: &[u128; 256]) -> Option<(usize, usize)> {
    let h = hay.as_bytes();
    (0..h.len()).find_map(|i| {
        let mut set = first[h[i] as usize];
        while set != 0 {
            let ph = phrases[set.trailing_zeros() as usize].as_bytes();
            if h[i..].starts_with(ph) {
                return Some((i, ph.len()));
            }
            set &= set - 1;
        }
        None
    })
}

/// The words a bio names its writer's job with ("Jane Doe is a reporter for
/// The Daily Planet").
const ROLES: &[&str] = &[
    "reporter",
    "writer",
    "editor",
    "correspondent",
    "columnist",
    "journalist",
    "contributor",
    "producer",
    "blogger",
    "critic",
    "photographer",
    "photojournalist",
    "freelancer",
];

/// An author's bio: "Jane Doe is a reporter for The Daily Planet covering
/// transport.", "Jane Doe covers the courts for The Daily Planet.", "The
/// writer is a former ambassador to France."
fn is_bio(p: &str) -> bool {
    if more_words_than(p, 60) {
        return false;
    }
    if [
        "The writer is ",
        "The author is ",
        "The authors are ",
        "The writers are ",
    ]
    .iter()
    .any(|s| p.starts_with(s))
    {
        return true;
    }
    let words: Vec<&str> = p.split_whitespace().take(16).collect();
    // The name: one to four capitalised words (initials and particles too).
    let mut k = 0;
    while k < words.len()
        && k < 5
        && (words[k].starts_with(char::is_uppercase)
            || matches!(words[k], "de" | "van" | "von" | "al" | "bin"))
    {
        k += 1;
    }
    if k == 0 || k > 4 || k >= words.len() {
        return false;
    }
    // "But Rushdie is…", "The Post is…": a sentence, not a name.
    if matches!(
        words[0],
        "But"
            | "And"
            | "The"
            | "A"
            | "An"
            | "This"
            | "That"
            | "It"
            | "He"
            | "She"
            | "They"
            | "Yet"
            | "So"
            | "Or"
            | "Our"
            | "Its"
    ) {
        return false;
    }
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
    match words[k] {
        "is" => {
            let job = &words[k + 1..words.len().min(k + 7)];
            let Some(r) = job.iter().position(|w| {
                let w = bare(w);
                ROLES
                    .iter()
                    .any(|role| w == *role || w.strip_suffix('s') == Some(role))
            }) else {
                return false;
            };
            // "a reporter for", "a staff writer at", "a reporter." and the like.
            let after = job.get(r + 1).map(|w| bare(w)).unwrap_or_default();
            job[r].ends_with(['.', ','])
                || matches!(
                    after.as_str(),
                    "" | "for" | "at" | "with" | "of" | "on" | "based" | "covering" | "in"
                )
        }
        "covers" | "writes" | "reports" => words[k + 1..words.len().min(k + 9)].contains(&"for"),
        _ => false,
    }
}

/// How captions open ("An artist's impression of…", "In this Sunday, Nov.
/// 10, 2019, photograph, …", "1 of 4 Rescuers search…").
const CAPTION_OPEN: &[&str] = &[
    "An artist's ",
    "An artist’s ",
    "Artist's impression",
    "Artist’s impression",
    "A stock image",
    "A stock photo",
    "Stock image",
    "Stock photo",
    "A file photo",
    "File photo",
    "A handout photo",
    "Handout photo",
];

/// Words of a caption that shows what is in the picture, in lower case.
const CAPTION_WORDS: &[&str] = &[
    "illustration shows",
    "rendering shows",
    "took this image",
    "took this photo",
    "this image shows",
    "this photo shows",
    "this picture shows",
    "pose for a photo",
    "poses for a photo",
    "posing for a photo",
    "(pictured)",
    "(left)",
    "(right)",
    "(centre)",
    "(center)",
    "from left:",
    "left to right:",
];

/// A caption: its opening words, a gallery's counter ("1 of 4", "1of4"),
/// "In this … photo", what-is-in-the-picture words, or the date of a news
/// agency's caption ("…, Monday, Nov. 13, 2017.", which news prose writes
/// "Monday" or "Nov. 13").
fn is_caption(p: &str) -> bool {
    if CAPTION_OPEN.iter().any(|o| p.starts_with(o)) {
        return true;
    }
    // "1 of 4", "1of4", "2/5" opening the paragraph, then a capital.
    let digits = p.bytes().take_while(u8::is_ascii_digit).count();
    if digits > 0 {
        let rest = p[digits..].trim_start();
        if let Some(r) = rest.strip_prefix("of").or_else(|| rest.strip_prefix('/')) {
            let r = r.trim_start();
            let n = r.bytes().take_while(u8::is_ascii_digit).count();
            if n > 0 && r[n..].trim_start().starts_with(char::is_uppercase) {
                return true;
            }
        }
    }
    if let Some(rest) = p.strip_prefix("In this ") {
        let head: Vec<&str> = rest.split_whitespace().take(8).collect();
        if head.iter().any(|w| {
            let w = w.trim_end_matches([',', '.']);
            matches!(
                w,
                "photo" | "photograph" | "image" | "picture" | "handout" | "file"
            )
        }) {
            return true;
        }
    }
    static FIRST: [u128; 256] = first_bytes(CAPTION_WORDS);
    contains_any(&p.to_lowercase(), CAPTION_WORDS, &FIRST) || has_caption_date(p)
}

/// "Monday, Nov. 13, 2017" or "Tuesday, November 19, 2019": a weekday,
/// then a month, a day and a year.
fn has_caption_date(p: &str) -> bool {
    const DAYS: &[&str] = &[
        "Monday,",
        "Tuesday,",
        "Wednesday,",
        "Thursday,",
        "Friday,",
        "Saturday,",
        "Sunday,",
    ];
    const MONTHS: &[&str] = &[
        "Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sept", "Sep", "Oct", "Nov", "Dec",
    ];
    let w: Vec<&str> = p.split_whitespace().collect();
    w.windows(4).any(|x| {
        DAYS.contains(&x[0])
            && MONTHS.iter().any(|m| x[1].starts_with(m))
            && x[2]
                .trim_end_matches(',')
                .parse::<u8>()
                .is_ok_and(|d| (1..=31).contains(&d))
            && x[2].ends_with(',')
            && x[3]
                .trim_end_matches([',', '.', ')'])
                .parse::<u16>()
                .is_ok_and(|y| (1900..=2100).contains(&y))
    })
}

/// How a call to action opens ("Follow Newsbeat on Instagram", "Join our
/// forums", "Sign up for the free daily newsletter", "Get breaking news
/// alerts"): imperatives to the reader that news prose does not open a
/// paragraph with.
const CALL_OPEN: &[&str] = &[
    "Follow ",
    "Join our ",
    "Join us ",
    "Listen to ",
    "Listen live",
    "Sign up",
    "Share it ",
    "Share this",
    "Get breaking",
    "Get the latest",
    "Get our ",
    "Get access",
    "Let our ",
    "Start your day",
    "Subscribe ",
    "Download our",
    "Download the ",
    "Don't miss",
    "Don’t miss",
    "Never miss",
    "Stay up to date",
    "Stay informed",
    "Like us on",
    "Click ",
    "Tap ",
    "Check out our",
    "Read our ",
    "Find out more",
    "Learn more",
    "Want more",
    "You can view our",
    "You can follow",
    "You can also follow",
    "You can sign up",
    "You can listen",
];

/// How a disclosure of paid links or a notice of rights opens: the
/// paragraph is no news, whatever follows.
const DISCLOSURE_OPEN: &[&str] = &[
    "This post may contain",
    "This article may contain",
    "This page may contain",
    "This story may contain",
    "This content may contain",
    "This document is subject to copyright",
    "Disclosure:",
    "Affiliate disclosure",
    "FTC:",
    "We may earn",
    "We may receive",
    "We earn a commission",
    "Prices are subject to change",
    "Pricing and availability",
];

fn opens_call(p: &str) -> bool {
    CALL_OPEN.iter().any(|o| p.starts_with(o))
}

/// A short time stamp: "Updated at 1:23 p.m.", "Published 14 March 2026",
/// "Last modified: 2 June".
fn is_stamp(p: &str) -> bool {
    [
        "Updated ",
        "Published ",
        "Posted ",
        "Last updated",
        "Last modified",
        "First published",
        "Modified ",
    ]
    .iter()
    .any(|o| p.starts_with(o))
        && p.bytes().any(|b| b.is_ascii_digit())
}

/// Phrases of a call to action ("Please email … for more information",
/// "Have a news tip?"), in lower case: a short paragraph with one is not news.
const CALLS: &[&str] = &[
    "please email",
    "please e-mail",
    "please contact",
    "please call",
    "please visit",
    "please send",
    "please write",
    "please reach out",
    "email us",
    "e-mail us",
    "contact us",
    "write to us",
    "have a tip",
    "got a tip",
    "news tip",
    "story tip",
    "tips@",
    "to report a correction",
    "report an error",
    "spotted an error",
    "like this story?",
    "like this article?",
    "get in touch with us",
    "get in touch with our",
    "send us your",
    "tell us what you think",
    "let us know what you think",
    "let us know in the comments",
    "share it with a friend",
    "share it with your",
    "share your story",
    "share your thoughts",
    "share your views",
    "share your experience",
    "join the conversation",
    "comment below",
    "in the comments",
    "can be reached at",
    "reach her at",
    "reach him at",
    "contact her at",
    "contact him at",
    "email her at",
    "email him at",
    "follow her on",
    "follow him on",
    "follow them on",
    "on twitter at",
    "for more information, visit",
    "for more information visit",
    "for more information, call",
    "for more information call",
    "for more information, contact",
    "for more information, see",
    "for more information, go",
    "more information is available at",
    "to learn more, visit",
    "learn more at",
    "find out more at",
    "visit our website",
];

/// Text for screen readers and the labels of buttons ("Opens a new
/// window", "Copy link", "5 min read"), in lower case.
const SCREEN: &[&str] = &[
    "opens a new window",
    "opens in a new window",
    "opens in new window",
    "open in new window",
    "opens a new tab",
    "opens in a new tab",
    "opens in new tab",
    "external link",
    "copy link",
    "link copied",
    "copy the link",
    "copied to clipboard",
    "share full article",
    "share article",
    "share story",
    "print article",
    "print this",
    "email this",
    "save this",
    "save article",
    "saved articles",
    "gift this article",
    "gift article",
    " min read",
    " minute read",
    " mins read",
    "view comments",
    "show comments",
    "hide comments",
    "skip ad",
    "skip advertisement",
    "close ad",
    "report this ad",
    "ad feedback",
    "enable javascript",
    "javascript is disabled",
    "your browser does not support",
    "update your browser",
    "back to top",
    "scroll to continue",
    "toggle navigation",
    "toggle menu",
    "close menu",
    "open menu",
    "listen to this story",
    "listen to article",
    "audio version",
    "text size",
    "font size",
    "play video",
    "press play",
    "image 1 of",
    "enlarge this image",
    "expand image",
    "view gallery",
    "open gallery",
];

/// Newsletter and subscription boxes, paywall lines, and the labels that
/// say a text is paid for, in lower case.
const BOXES: &[&str] = &[
    "to your inbox",
    "in your inbox",
    "your email address",
    "enter your email",
    "enter email",
    "email address",
    "by signing up",
    "for signing up",
    "thanks for subscribing",
    "thank you for subscribing",
    "unsubscribe",
    "delivered to your",
    "sign-up",
    "signup",
    "already a subscriber",
    "already have an account",
    "create an account",
    "create a free account",
    "log in to",
    "sign in to",
    "start your free trial",
    "support our journalism",
    "support independent journalism",
    "support quality journalism",
    "become a member",
    "become a subscriber",
    "continue reading",
    "sponsored content",
    "sponsored post",
    "sponsored stories",
    "sponsored links",
    "sponsored deal",
    "this sponsored",
    "content is sponsored",
    "article is sponsored",
    "post is sponsored",
    "story is sponsored",
    "this content was",
    "paid content",
    "paid post",
    "paid partnership",
    "promoted content",
    "promoted links",
    "partner content",
    "branded content",
    "affiliate link",
    "affiliate and",
    "referral link",
    "affiliate commission",
    "receive a commission",
    "subject to change without",
    "may be reproduced",
    "written permission",
    "earn a commission",
    "we may earn",
    "advertise with us",
    "advertising feature",
    "advertorial",
];

/// Page chrome that [`is_furniture`] does not name: advertising and paid
/// content (a label and its block), teasers, photo captions and credits,
/// author bios, calls to action, screen-reader and button text,
/// newsletter and subscription boxes. `after` is what the paragraph
/// before opened.
fn chrome(p: &str, after: Block) -> Option<&'static str> {
    if ad_label(p).is_some() || ad_continues(p, after) {
        return Some("advertising");
    }
    if is_teaser(p) {
        return Some("related stories");
    }
    // "Editor's note: This story has been corrected…": about the story,
    // not news.
    if head_and_rest(p)
        .is_some_and(|(head, _)| matches!(normalize(head).as_str(), "editor s note" | "editors note"))
    {
        return Some("page furniture");
    }
    if credit(p).is_some_and(|c| c.whole) {
        return Some("photo caption");
    }
    if is_bio(p) {
        return Some("author bio");
    }
    if !more_words_than(p, 60) && is_caption(p) {
        return Some("photo caption");
    }
    // (A short newsletter line stays page furniture.)
    if !more_words_than(p, 80) && opens_call(p) && !is_furniture(p) {
        return Some("call to action");
    }
    if !more_words_than(p, 80) && DISCLOSURE_OPEN.iter().any(|o| p.starts_with(o)) {
        return Some("advertising");
    }
    if !more_words_than(p, 10) && is_stamp(p) {
        return Some("page furniture");
    }
    if more_words_than(p, 25) {
        return None;
    }
    static CALLS_FIRST: [u128; 256] = first_bytes(CALLS);
    static SCREEN_FIRST: [u128; 256] = first_bytes(SCREEN);
    static BOXES_FIRST: [u128; 256] = first_bytes(BOXES);
    let lower = p.to_lowercase();
    if contains_any(&lower, CALLS, &CALLS_FIRST) {
        Some("call to action")
    } else if contains_any(&lower, SCREEN, &SCREEN_FIRST) {
        Some("screen-reader text")
    } else if contains_any(&lower, BOXES, &BOXES_FIRST) {
        Some("page furniture")
    } else {
        None
    }
}

/// For each byte, the set of `phrases` (bit `k` for `phrases[k]`) that
/// start with it: the table of [`contains_any`].
const fn first_bytes(phrases: &[&str]) -> [u128; 256] {
    assert!(phrases.len() <= 128);
    let mut table = [0u128; 256];
    let mut k = 0;
    while k < phrases.len() {
        let b = phrases[k].as_bytes();
        assert!(!b.is_empty());
        table[b[0] as usize] |= 1 << k;
        k += 1;
    }
    table
}

/// Whether `hay` contains any of `phrases`: one pass over its bytes, each
/// compared only with the phrases that start with it (a substring search
/// per phrase is slow, most of all in wasm).
fn contains_any(hay: &str, phrases: &[&str], first: &[u128; 256]) -> bool {
    let h = hay.as_bytes();
    (0..h.len()).any(|i| {
        let mut set = first[h[i] as usize];
        while set != 0 {
            if h[i..].starts_with(phrases[set.trailing_zeros() as usize].as_bytes()) {
                return true;
            }
            set &= set - 1;
        }
        false
    })
}

/// "By Jane Doe", "By Jane Doe and John Roe, Reuters", "BY JANE DOE |
/// Associated Press Writer", "Jane Doe, Staff Writer".
fn is_byline(p: &str) -> bool {
    const SMALL: &[&str] = &[
        "and", "&", "in", "of", "the", "for", "at", "|", "-", "—", "–", "/", "·", "•", "de", "van", "von",
    ];
    const ROLES: &[&str] = &[
        "staff writer",
        "staff reporter",
        "correspondent",
        "associated press writer",
        "special to the",
        "contributing writer",
        "senior writer",
    ];
    static ROLES_FIRST: [u128; 256] = first_bytes(ROLES);
    if more_words_than(p, 12) {
        return false;
    }
    let lower = p.to_lowercase();
    let rest = match p.strip_prefix("By ").or_else(|| p.strip_prefix("BY ")) {
        Some(r) => r,
        None => {
            return words(p) <= 8
                && contains_any(&lower, ROLES, &ROLES_FIRST)
                && !p.trim_end().ends_with(['.', '!', '?']);
        }
    };
    rest.split_whitespace()
        .filter(|w| !SMALL.contains(w))
        .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase()))
}

/// Bytes to skip at the start of a paragraph: a photo credit (with the
/// caption before it) run into the paragraph ("Photo: Jan Smit/Reuters The
/// ferry…"), then a dateline (`WASHINGTON:`, `PHOENIX _`, `MOSCOW (AP) —`)
/// or a short label (`Key Points: `).
pub fn lead_in(p: &str) -> usize {
    let skip = match credit(p) {
        Some(c) if !c.whole => c.end + (p[c.end..].len() - p[c.end..].trim_start().len()),
        _ => 0,
    };
    let rest = &p[skip..];
    skip + dateline(rest).or_else(|| label(rest)).unwrap_or(0)
}

/// `CITY[, Region | , Month Day][ (Agency)] SEP ` where CITY is one to
/// five capitalised words (`WASHINGTON`, `DAR ES SALAAM`), the region is up
/// to three title-case words or numbers (`Texas`, `Wyo.`, `August 17`), and
/// SEP is `_`, `--`, `—`, `–`, `-` or `:` followed by white space.
fn dateline(p: &str) -> Option<usize> {
    let head = match p.char_indices().nth(90) {
        Some((i, _)) => &p[..i],
        None => p,
    };
    let mut rest = head;
    // The city: all-caps words (at least three capitals in all).
    let mut upper = 0;
    let mut city_words = 0;
    loop {
        let end = rest.find([' ', ',', '(', ':']).unwrap_or(rest.len());
        let w = &rest[..end];
        let letters = w.chars().filter(|c| c.is_alphabetic()).count();
        let caps = w.chars().filter(|c| c.is_uppercase()).count();
        let word_ok = letters > 0
            && caps == letters
            && w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '-' | '’'));
        if !word_ok {
            break;
        }
        upper += caps;
        city_words += 1;
        rest = &rest[end..];
        match rest.strip_prefix(' ') {
            Some(r) if r.starts_with(|c: char| c.is_uppercase()) && city_words < 5 => {
                // Only continue into a word that is itself all caps.
                let next_end = r.find([' ', ',', '(', ':']).unwrap_or(r.len());
                let nw = &r[..next_end];
                if nw.chars().filter(|c| c.is_alphabetic()).all(char::is_uppercase) {
                    rest = r;
                    continue;
                }
                break;
            }
            _ => break,
        }
    }
    if upper < 3 || city_words == 0 {
        return None;
    }
    // The region or date.
    if let Some(r) = rest.strip_prefix(", ") {
        let mut r = r;
        let mut n = 0;
        while n < 4 {
            let end = r.find([' ', '(']).unwrap_or(r.len());
            let w = r[..end].trim_end_matches(',');
            if w.is_empty()
                || !w
                    .chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
                || !w.chars().all(|c| c.is_alphanumeric() || matches!(c, '.' | '\''))
            {
                break;
            }
            n += 1;
            r = &r[end..];
            match r.strip_prefix(' ') {
                Some(t) if t.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) => r = t,
                _ => break,
            }
        }
        if n == 0 {
            return None;
        }
        rest = r;
    }
    rest = rest.trim_start();
    if rest.starts_with('(') {
        let close = rest.find(')')?;
        if close > 30 {
            return None;
        }
        rest = rest[close + 1..].trim_start();
    }
    let sep = ["--", "_", "—", "–", "-", ":"]
        .iter()
        .find(|s| rest.starts_with(**s))?;
    let after = &rest[sep.len()..];
    let body = after.trim_start();
    let opens = body
        .chars()
        .next()
        .is_some_and(|c| c.is_alphanumeric() || matches!(c, '"' | '“' | '`' | '\'' | '‘'));
    if body.len() == after.len() || !opens {
        return None;
    }
    Some(head.len() - body.len())
}

fn label(p: &str) -> Option<usize> {
    // A byte scan: a substring search is slow in wasm.
    let colon = p
        .as_bytes()
        .windows(2)
        .position(|w| w[0] == b':' && w[1] == b' ')?;
    let head = &p[..colon];
    let n = words(head);
    if n == 0 || n > 5 || head.contains(['"', '“', ',']) {
        return None;
    }
    let title_case = head.split_whitespace().all(|w| {
        w.chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_numeric())
            || matches!(w, "of" | "and" | "the" | "in" | "on" | "for" | "to" | "a")
    });
    let body = &p[colon + 2..];
    let next_upper = body.trim_start().chars().next().is_some_and(char::is_uppercase);
    // "Trump said: We …" is speech, not a label: a label has no verb-like
    // lower-case words, and there must be enough sentence after it.
    if title_case
        && next_upper
        && words(body) >= 6
        && n >= 1
        && !head.split_whitespace().all(|w| w.chars().all(char::is_uppercase))
    {
        Some(p.len() - body.trim_start().len())
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contains_any_equals_contains() {
        let hays = [
            "",
            "advertisement",
            "an ADVERTISEMENT",
            "x share this y",
            "share thi",
            "© 2024",
            "see www.example.org",
            "subscribe",
            "resubscribe now",
            "reporting by jane",
            "(at)",
            "the end of story",
            "sign u",
            "a ©",
            "plain prose about the council",
        ];
        let first = first_bytes(FURNITURE);
        for h in hays {
            let lower = h.to_lowercase();
            let expected = FURNITURE.iter().any(|f| lower.contains(f));
            assert_eq!(contains_any(&lower, FURNITURE, &first), expected, "{h:?}");
        }
    }

    #[test]
    fn normalize_ascii_path_equals_the_general_one() {
        let cases = [
            "",
            " ",
            "a",
            "A b",
            "  Hello,   World!  ",
            "x--y",
            "1,500 and 3.5%",
            "_under_score_",
            "Tab\tand\nnewline",
            "...",
            "ALL CAPS. 42",
            "e.g. U.S.A.",
            "'quoted' \"words\"",
        ];
        for c in cases {
            assert_eq!(normalize(c), normalize_chars(c), "{c:?}");
        }
        // Every pair of printable ASCII characters, and a few triples.
        for a in 0x20u8..0x7f {
            for b in 0x20u8..0x7f {
                let t = format!("{}{}x{}", a as char, b as char, a as char);
                assert_eq!(normalize(&t), normalize_chars(&t), "{t:?}");
            }
        }
    }

    fn check(input: &str, title: Option<&str>, expected: &[Option<&str>]) {
        let paras = crate::paragraph::paragraphs(input);
        let got = classify(input, &paras, title);
        assert_eq!(got, expected, "input: {input:?}");
    }

    #[test]
    fn table() {
        check("Body one.\nBody two.", None, &[None, None]);
        check(
            "Big News\nBig news!\nBody.",
            Some("Big news!"),
            &[Some("repeated title"), Some("repeated title"), None],
        );
        check(
            "Body one.\nBody one.\nBody two.",
            None,
            &[None, Some("repeated paragraph"), None],
        );
        check("Advertisement\nBody.", None, &[Some("advertising"), None]);
        check(
            "Sign up for our newsletter.\nBody.",
            None,
            &[Some("page furniture"), None],
        );
        check("By Jane Doe\nBody.", None, &[Some("byline"), None]);
        check(
            "Body.\nA -\nB C -\nD E F -\nG H",
            None,
            &[
                None,
                Some("headline list"),
                Some("headline list"),
                Some("headline list"),
                Some("headline list"),
            ],
        );
        check("No punctuation\nAt all here", None, &[None, None]);
    }

    /// One paragraph of furniture after a line of content.
    fn furniture(line: &str, reason: &str) {
        check(
            &format!("The council met on Monday.\n{line}"),
            None,
            &[None, Some(reason)],
        );
    }

    /// One paragraph that must stay content.
    fn content(line: &str) {
        check(
            &format!("The council met on Monday.\n{line}"),
            None,
            &[None, None],
        );
    }

    #[test]
    fn furniture_table() {
        for line in ["Advertisement", "ADVERTISEMENT"] {
            furniture(line, "advertising");
        }
        for line in [
            "Photo: Jan Smit/Reuters",
            "(AP Photo/Mark Lennihan)",
            "Photograph: Getty Images.",
        ] {
            furniture(line, "photo caption");
        }
        furniture("Read more: Budget talks stall.", "related stories");
        for line in [
            "Sign up for our daily briefing.",
            "Subscribe to our newsletter for more.",
            "Share this article on Facebook.",
            "Copyright 2024 The Daily Planet. All rights reserved.",
            "Reporting by Jane Doe; Editing by John Roe.",
            "Published: March 3, 2025.",
            "Last updated 12:30 GMT.",
            "Story Filed By Cox Newspapers",
            "On the Net: http://www.example.org",
            "(Distributed by New York Times Special Features)",
            "Eds: Embargoed for Thursday, Dec. 2.",
            "&QL; XXXX END OF STORY &QL;",
            "More from the region.",
            "You may also like these stories.",
        ] {
            furniture(line, "page furniture");
        }
        for line in [
            "By Jane Doe",
            "BY JANE DOE",
            "By Jane Doe and John Roe, Reuters",
            "By Jane Doe | Associated Press Writer",
            "Jane Doe, Staff Writer",
            "Jane Doe, Washington Correspondent",
        ] {
            furniture(line, "byline");
        }
        for line in [
            "By the end of the year the bridge will be rebuilt at a cost of $40 million.",
            "The mayor said sign language interpreters would attend the meeting on Tuesday.",
            "Our correspondent in Paris reported that the talks had stalled after a long night of arguments.",
            "Police said the photos were taken by a neighbour who saw the fire from across the street.",
        ] {
            content(line);
        }
    }

    /// Page chrome of each kind, in the shapes real sites give it once
    /// Readability has taken the article out (one block a line), each
    /// after a line of content: (paragraph, reason).
    #[test]
    fn chrome_table() {
        let cases: &[(&str, &str)] = &[
            // Advertising and paid content: the label, alone or opening
            // the ad's paragraph, of any length.
            ("Sponsored: Learn a new language in just fifteen minutes a day with Lingoloop, the app that ten million learners trust, and speak with confidence on your next trip abroad.", "advertising"),
            ("Advertisement: Win a weekend break on the islands.", "advertising"),
            ("Advertisement · Win a weekend break on the islands: enter our prize draw now.", "advertising"),
            ("ADVERTISEMENT – INKASA INTERIORS", "advertising"),
            ("Sponsored Content", "advertising"),
            ("Sponsored", "advertising"),
            ("Promoted Stories", "advertising"),
            ("Promoted by Lingoloop", "advertising"),
            ("Paid content", "advertising"),
            ("Paid Post: How one bank is rethinking the mortgage for a new generation of buyers.", "advertising"),
            ("Paid for by the Friends of the Valley campaign", "advertising"),
            ("Presented by Dashlane:", "advertising"),
            ("This sponsored deal is brought to you by Dashlane.", "page furniture"),
            ("This content was paid for by the advertiser and produced by our partner studio.", "page furniture"),
            ("Anzeige", "advertising"),
            // Newsletter and subscription boxes, paywall lines.
            ("Get the best of the Valley Post delivered to your inbox every morning.", "page furniture"),
            ("Enter your email address", "page furniture"),
            ("By signing up you agree to our terms and privacy notice.", "page furniture"),
            ("Thanks for subscribing!", "page furniture"),
            ("Already a subscriber? Log in to continue.", "page furniture"),
            ("Continue reading the main story", "page furniture"),
            // Teasers for other stories, of any length.
            ("Related: Flood defences across the valley to be reviewed after the storm damage of last winter, which cost the county £40 million.", "related stories"),
            ("READ MORE: Storm closes ferry service for a week.", "related stories"),
            ("READ MORE Storm closes ferry service for a week.", "related stories"),
            ("See also: Harbour fees to rise next year.", "related stories"),
            ("More: Lighthouse keeper retires after forty years.", "related stories"),
            ("Editor's note: This story has been corrected to give the right date of the vote.", "page furniture"),
            ("EDITOR'S NOTE - Jane Doe, a columnist for the Valley Post, has reported on the council for 30 years.", "page furniture"),
            // Photo captions and credits.
            ("Rescuers help a resident through flood water on Mill Lane. Photograph: Jan Smit/Calder News Agency", "photo caption"),
            ("People walk past a damaged building in Elmbridge on Saturday, March 14, 2026, after the river Calder burst its banks and flooded the town centre overnight. (AP Photo/Mark Lennihan)", "photo caption"),
            ("Rescuers search the rubble on Monday. Jan Smit/AFP via Getty Images", "photo caption"),
            ("The committee chairman speaks to reporters after the vote, October 31, 2019. (Jan Smit/Reuters)", "photo caption"),
            ("Jan Smit/Reuters", "photo caption"),
            ("Photo by Jan Smit on Unsplash", "photo caption"),
            ("Image copyright Getty Images", "photo caption"),
            ("Image caption Rescuers searched the rubble for survivors on Monday.", "photo caption"),
            ("The ferry at its berth in 2019. Credit...Jan Smit for The New York Times", "photo caption"),
            ("Photo courtesy of the Calder Valley Museum", "photo caption"),
            ("An artist's illustration of a plume of water vapour rising from the moon Europa.", "photo caption"),
            ("A stock image of a woman holding a cup of coffee.", "photo caption"),
            ("In this Sunday, Nov. 10, 2019, photograph, a long row of unsold cars sits at a dealership in Littleton, Colo.", "photo caption"),
            ("1 of 4 Rescuers help a resident through flood water on Mill Lane.", "photo caption"),
            ("2of4Rescuers help a resident through flood water on Mill Lane.", "photo caption"),
            ("Sheikh Ahmed, centre, passes a new airliner during the air show in Dubai on Monday, Nov. 13, 2017.", "photo caption"),
            ("This Orbital Works illustration shows a concept of the company's moon lander.", "photo caption"),
            ("The two founders pose for a photo at their office in Leeds.", "photo caption"),
            ("Media captionWho is the new mayor?", "photo caption"),
            // Author bios.
            ("Owen Marsh is a reporter for the Calder Valley Post covering the environment.", "author bio"),
            ("Phil Helsel is a reporter for NBC News.", "author bio"),
            ("Jane Doe is a senior staff writer at the Daily Planet, where she covers the courts.", "author bio"),
            ("Jane Doe covers transport and cities for the Valley Post.", "author bio"),
            ("The writer is a former ambassador to France.", "author bio"),
            // Calls to action.
            ("Please email newsdesk@valleypost.co.uk for more information.", "call to action"),
            ("Have a news tip? Get in touch with our newsroom.", "call to action"),
            ("For more information, visit the council's website.", "call to action"),
            ("Share your story with us in the comments.", "call to action"),
            ("You can reach her at the newsroom or follow her on Twitter.", "call to action"),
            ("Follow Newsbeat on Instagram, Facebook, Twitter and YouTube.", "call to action"),
            ("Join our Space Forums to keep talking space on the latest missions, night sky and more!", "call to action"),
            ("Listen to Newsbeat live at 12:45 and 17:45 weekdays - or listen back here.", "call to action"),
            ("Like this story? Share it with a friend!", "call to action"),
            ("Get access to our premium service for as little as £5 a month. Use the code GETPRO. Premium gives you all the information you need, including investment ideas, independent research and analysis. For details, see the website or the app.", "call to action"),
            // Disclosures of paid links, notices of rights, time stamps.
            ("This post may contain affiliate and/or referral links.", "advertising"),
            ("FTC: We use income earning auto affiliate links.", "advertising"),
            ("Disclosure: The Valley Post may earn a commission from some of the products featured on this page, which helps to pay for our journalism and keeps the site free to read for everyone.", "advertising"),
            ("Apart from any fair dealing for the purpose of private study, no part may be reproduced without the written permission.", "page furniture"),
            ("Updated at 1:23 p.m.", "page furniture"),
            // Screen-reader and button text.
            ("Opens a new window", "screen-reader text"),
            ("Read the Environment Agency flood warnings Opens a new window", "screen-reader text"),
            ("Copy link", "screen-reader text"),
            ("Link copied!", "screen-reader text"),
            ("Gift this article to a friend.", "screen-reader text"),
            ("4 min read.", "screen-reader text"),
            ("Your browser does not support the video tag.", "screen-reader text"),
            // Credits of the reporting.
            ("Jane Doe contributed to this report.", "page furniture"),
            ("Associated Press writers Jane Doe in Paris and John Roe in Berlin contributed reporting.", "page furniture"),
        ];
        for &(line, reason) in cases {
            furniture(line, reason);
        }
        // News that reads like chrome, and stays.
        for line in [
            "The ad agency said on Tuesday that it would cut 300 jobs in London.",
            "The festival is sponsored by the city council and three local firms, which paid £40,000.",
            "Supported by 40 senators, the bill passed on Tuesday after a long debate in the chamber.",
            "Related companies in the group reported losses of £3 million, the filing showed.",
            "Police have asked for more information about the van seen near the school.",
            "The council approved the new bridge, which opens a new route to the port.",
            "Jane Doe, a reporter who covered the trial, said the verdict surprised her.",
            "AC/DC played to 80,000 people at Wembley on Saturday night.",
            "Jane Doe was a reporter for the Daily Planet for 30 years before she retired in 2019.",
            "Sponsors of the bill said on Monday that it would pass before the summer recess.",
            "Try as they might, the rescuers could not reach the ferry before nightfall on Friday.",
            "But Rushdie is likely the only writer who will draw as big a crowd as the comedian.",
            "``This should be an award for all of us and I share it with all of you,'' she said.",
            "``Nobody would tell us what happened,'' said a geochemist at the observatory.",
            "A local lawyer helped the pastor get in touch with the church in Macedonia.",
            "In this town of 4,000 people, the flood reached 300 homes on Saturday.",
            "The flood reached 300 homes on Saturday, March 14, the fire service said.",
            "Followers of the club gathered at the ground on Monday to mourn the manager.",
            "Updated flood maps show 900 more homes at risk, the agency said on Monday.",
            "10 of the 40 homes on Mill Lane were flooded on Saturday, the fire service said.",
            "10 of 40 homes on Mill Lane were flooded on Saturday, the fire service said.",
            "Read the full statement, the minister told reporters at the briefing on Monday.",
        ] {
            content(line);
        }
    }

    /// A label alone opens a block: what follows is the ad's, as far as it
    /// reads as an ad's.
    #[test]
    fn ad_blocks() {
        // After "Sponsored" alone, the next paragraph is the ad's copy,
        // and a call to action after it too.
        check(
            "The council met on Monday.\nSponsored\nLearn a new language in just fifteen minutes a day with Lingoloop.\nTry it free for 30 days.\nThe vote is on Friday.",
            None,
            &[None, Some("advertising"), Some("advertising"), Some("advertising"), None],
        );
        // "Advertisement" alone, then the article goes on: kept; then an
        // ad's call to action: the ad's.
        check(
            "The council met on Monday.\nAdvertisement\nThe vote on the bridge is on Friday.\nAdvertisement\nDiscover the spa weekend everyone is talking about: two nights from £199.",
            None,
            &[None, Some("advertising"), None, Some("repeated paragraph"), Some("advertising")],
        );
        // The ad's label opening its paragraph, then the ad's call to action.
        check(
            "The council met on Monday.\nSponsored: Learn a new language in fifteen minutes a day.\nStart learning today.\nThe vote is on Friday.",
            None,
            &[None, Some("advertising"), Some("advertising"), None],
        );
        // A long paragraph after "Sponsored" is not an ad's copy.
        let long = "The council met on Monday and voted to rebuild the bridge, ".repeat(6);
        check(
            &format!("The council met on Monday.\nSponsored\n{long}."),
            None,
            &[None, Some("advertising"), None],
        );
    }

    #[test]
    fn credits_run_into_a_lead() {
        let cases: &[(&str, &str)] = &[
            (
                "Photo: Jan Smit/Reuters The ferry ran aground on Friday.",
                "The ferry",
            ),
            (
                "Jan Smit/Calder News Agency Water reached the first floors.",
                "Water",
            ),
            (
                "Jan Smit/AFP via Getty Images Rescuers searched the rubble.",
                "Rescuers",
            ),
            (
                "The ferry at its berth in 2019. Photograph: Jan Smit/Reuters The ferry ran aground.",
                "The ferry ran",
            ),
            (
                "(AP Photo/Mark Lennihan) NEW YORK (AP) — The ferry ran aground.",
                "The ferry",
            ),
            (
                "Photo: REUTERS/Jan Smit Police said the ferry ran aground.",
                "Police",
            ),
            (
                "Photo: Jan Smit for The Guardian Rescuers searched the rubble.",
                "Rescuers",
            ),
            ("AC/DC played at Wembley on Saturday.", "AC/DC"),
            (
                "The ferry ran aground on Friday, the coastguard said.",
                "The ferry",
            ),
        ];
        for (input, starts) in cases {
            let rest = &input[lead_in(input)..];
            assert!(rest.starts_with(starts), "{input:?} -> {rest:?}");
        }
        // Classified as content: the credit is skipped, not the lead.
        check(
            "Photo: Jan Smit/Reuters The ferry ran aground on Friday.",
            None,
            &[None],
        );
    }

    #[test]
    fn titles_headlines_and_repeats() {
        // A title repeated as the first line, in another case.
        check(
            "BRIDGE CLOSES AFTER CRACK FOUND\nThe bridge closed.",
            Some("Bridge closes after crack found"),
            &[Some("repeated title"), None],
        );
        // A paragraph repeated inside one article.
        check(
            "The bridge closed on Monday.\nTraffic was diverted.\nThe bridge closed on Monday.",
            None,
            &[None, None, Some("repeated paragraph")],
        );
        // A list of unrelated headlines at the end.
        check(
            "The bridge closed on Monday.\nStorm Knocks Out Power\nChoir Wins National Title\nZoo Welcomes Twin Pandas",
            None,
            &[
                None,
                Some("headline list"),
                Some("headline list"),
                Some("headline list"),
            ],
        );
        // One heading alone is a heading; a dateline alone too.
        check(
            "Key facts\nThe bridge closed on Monday.\nWASHINGTON (AP)",
            None,
            &[Some("heading"), None, Some("heading")],
        );
    }

    #[test]
    fn lead_ins() {
        let cases: &[(&str, &str)] = &[
            (
                "WASHINGTON: US President Donald Trump hailed a call.",
                "US President",
            ),
            ("PHOENIX _ Victoria Molina wants strangers to stop.", "Victoria"),
            (
                "MOSCOW (AP) — The Kremlin said on Monday that it would.",
                "The Kremlin",
            ),
            (
                "Frequency of Conversations: While Trump chose not to disclose the number.",
                "While",
            ),
            (
                "Putin’s Stance: According to Trump, Putin is also motivated to reduce casualties.",
                "According",
            ),
            ("He said: We will win this war.", "He said"),
            ("WASHINGTON (AP) -- Vice President Al Gore said.", "Vice"),
            ("BEIJING, May 9 (Xinhua) -- China said today.", "China"),
            ("DAR ES SALAAM, Tanzania (AP) _ The blast killed.", "The blast"),
            ("LARAMIE, Wyo. (AP) -- A gay student died.", "A gay"),
            ("WEST PALM BEACH, Fla. _ Voters waited.", "Voters"),
            ("SYDNEY, Australia _ Forty athletes withdrew.", "Forty"),
            ("NEW YORK -- ``It was over,'' he said.", "``It"),
            ("AIDS is spreading in Africa.", "AIDS"),
            ("U.S. troops left on Monday.", "U.S."),
            ("UN, US agree -- a deal at last.", "UN, US"),
            ("NATO allies met on Monday.", "NATO"),
            ("The U.S. - China talks went on.", "The U.S."),
        ];
        for (input, starts) in cases {
            let rest = &input[lead_in(input)..];
            assert!(rest.starts_with(starts), "{input:?} -> {rest:?}");
        }
    }
}
