//! Teasers for other stories, photo credits (also one run into a lead), the
//! facts of a paragraph the checks share (`Facts`), and author bios.

use super::*;

/// Labels of teasers for other stories, in [`normalize`]d form: a
/// paragraph that opens with one and a separator ("RELATED: Storm closes
/// ferry service", "Read more » …") is a teaser, whatever its length.
pub(super) const TEASER_LABELS: &[&str] = &[
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
pub(super) const TEASER_CAPS: &[&str] = &[
    "READ MORE ",
    "RELATED ",
    "MORE ",
    "SEE ALSO ",
    "ALSO READ ",
    "WATCH ",
    "READ ALSO ",
];

pub(super) fn is_teaser(p: &str, head: Option<&str>) -> bool {
    if let Some(head) = head {
        if TEASER_LABELS.contains(&head) {
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
pub(super) const CREDIT_OPEN: &[&str] = &[
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
pub(super) const CREDIT_MORE: &[&str] = &[
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
pub(super) const CREDIT_SMALL: &[&str] = &[
    "via", "for", "of", "on", "the", "courtesy", "de", "van", "von", "and", "&", "/", "|", "-", "–", "—",
    "da", "del", "la", "le",
];

/// A photo credit in paragraph `p`: where it ends, and whether it is the
/// whole paragraph's end (then the paragraph, a caption with its credit or
/// a credit alone, is boilerplate). A credit followed by more text was run
/// into the paragraph after it ("Photo: Jan Smit/Reuters The ferry ran
/// aground…"), and the sentences start after it.
pub(super) struct Credit {
    pub(super) end: usize,
    pub(super) whole: bool,
}

/// More words than the longest paragraph any check of [`chrome`] looks at.
pub(super) const WORDS_COUNTED: usize = 81;

/// `p`'s number of words (runs of bytes other than ASCII white space),
/// counted up to [`WORDS_COUNTED`].
pub(super) fn count_words(p: &str) -> usize {
    let mut n = 0;
    let mut gap = true;
    for &b in p.as_bytes() {
        let space = b.is_ascii_whitespace();
        if gap && !space {
            n += 1;
            if n == WORDS_COUNTED {
                break;
            }
        }
        gap = space;
    }
    n
}

/// A photo credit in `p`, a paragraph of `words` words (as [`count_words`]
/// counts them).
/// `starts`: [`starts`] of `p` for [`CHROME`], up to [`credit_limit`] at
/// least.
pub(super) fn credit(p: &str, words: usize, starts: &[u32]) -> Option<Credit> {
    static TABLE: Pairs = pairs(CREDIT_OPEN);
    let limit = credit_limit(p, words);
    let head = &p[..limit];
    let Some((at, k)) = find_from(p, starts, 0, limit, CREDIT_OPEN, &TABLE) else {
        // "Jan Smit/Reuters The ferry…", or a caption that ends with such
        // a credit ("Rescuers search the rubble. Jan Smit/AFP via Getty
        // Images").
        return bare_credit(p).or_else(|| {
            // (A credit is short: only the last 120 bytes are looked at.)
            let from = p.len().saturating_sub(120);
            let dot = from + p.as_bytes()[from..].windows(2).rposition(|w| w == b". ")?;
            let tail = p[dot + 2..].trim_start_matches('(').trim_end_matches(')');
            bare_credit(tail).filter(|c| c.whole).map(|_| Credit {
                end: p.len(),
                whole: true,
            })
        });
    };
    if at > 0 && !head[..at].ends_with([' ', '.', '\n', '(', '|']) {
        return None;
    }
    let len = CREDIT_OPEN[k].len();
    let start = at + len;
    let opener = &head.as_bytes()[at..at + len];
    if opener.eq_ignore_ascii_case(b"image caption") || opener.eq_ignore_ascii_case(b"media caption") {
        // The caption follows the label, with nothing to say where it ends.
        return Some(Credit {
            end: p.len(),
            whole: true,
        });
    }
    let end = if opener.starts_with(b"(") {
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

/// How much of a paragraph of `words` words a credit is looked for in: a
/// caption is short, so in a paragraph of more than 60 words only a credit
/// at its start (run into it) counts.
pub(super) fn credit_limit(p: &str, words: usize) -> usize {
    if words <= 60 {
        p.len()
    } else {
        p.split_whitespace()
            .nth(12)
            .map_or(p.len(), |w| w.as_ptr() as usize - p.as_ptr() as usize)
    }
}

/// The phrase lists a paragraph is searched for (by [`find_from`], over
/// the places [`starts`] keeps for them): photo credits, captions, calls
/// to action, screen-reader text, boxes.
pub(super) static CHROME: Starts = starts_of(&[CREDIT_OPEN, CAPTION_WORDS, CALLS, SCREEN, BOXES]);

/// A credit without a label that opens a paragraph: "Jan Smit/Reuters",
/// "Jan Smit/AFP via Getty Images The ferry…" (a name of one to three
/// words, the last joined to the agency by a "/").
pub(super) fn bare_credit(p: &str) -> Option<Credit> {
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

/// What [`classify`] finds out about a paragraph once, for several checks.
pub(super) struct Facts {
    /// Its number of words, up to [`WORDS_COUNTED`].
    pub(super) words: usize,
    /// The label it opens with, in [`normalize`]d form.
    pub(super) head: Option<String>,
    /// What it opens as an ad's label.
    pub(super) ad: Option<Block>,
    pub(super) credit: Option<Credit>,
    /// [`starts`] of the paragraph for [`CHROME`]: up to
    /// [`credit_limit`], the whole paragraph when it has at most 60 words.
    pub(super) starts: Vec<u32>,
}

impl Facts {
    /// `starts`: a vector to reuse (the `starts` of the paragraph before).
    pub(super) fn of(p: &str, mut starts: Vec<u32>) -> Facts {
        let head_rest = head_and_rest(p);
        let words = count_words(p);
        super::phrases::starts(p, credit_limit(p, words), &CHROME, &mut starts);
        Facts {
            words,
            head: head_rest.map(|(h, _)| normalize(h)),
            ad: ad_label(p, head_rest),
            credit: credit(p, words, &starts),
            starts,
        }
    }

    /// `p` without a photo credit run into its start (and the caption
    /// before it): what is judged for furniture.
    pub(super) fn without_credit<'a>(&self, p: &'a str) -> &'a str {
        match self.credit {
            Some(Credit { end, whole: false }) => &p[end..],
            _ => p,
        }
    }
}

/// The end of the names of a credit that starts at `start` in `p`: a run of
/// capitalised words, up to the word with a "/" (the agency) and the words
/// that carry it on, or up to the word before the first lower-case word (the
/// sentence after the credit starts with a capital); `None` without names.
pub(super) fn credit_names(p: &str, start: usize) -> Option<usize> {
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
pub(super) fn is_initial(w: &str) -> bool {
    w.split('.').all(|part| part.chars().count() <= 1)
}

/// The words a bio names its writer's job with ("Jane Doe is a reporter for
/// The Daily Planet").
pub(super) const ROLES: &[&str] = &[
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
pub(super) fn is_bio(p: &str) -> bool {
    if starts_with_any(
        p,
        &[
            "The writer is ",
            "The author is ",
            "The authors are ",
            "The writers are ",
        ],
    ) {
        return true;
    }
    let mut first = [""; 16];
    let mut n = 0;
    for w in p.split_whitespace().take(16) {
        first[n] = w;
        n += 1;
    }
    let words = &first[..n];
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
