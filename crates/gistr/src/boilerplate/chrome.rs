//! Page chrome: captions, calls to action, paid-link disclosures, notes
//! about the story (where it first ran, updates, corrections, the
//! publisher's standards), screen-reader and button text, newsletter and
//! subscription boxes; `chrome` decides a paragraph from all of them.

use super::*;

/// How captions open ("An artist's impression of…", "In this Sunday, Nov.
/// 10, 2019, photograph, …", "1 of 4 Rescuers search…").
pub(super) const CAPTION_OPEN: &[&str] = &[
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
pub(super) const CAPTION_WORDS: &[&str] = &[
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
    // Weekdays last: see `is_caption`.
    "monday, ",
    "tuesday, ",
    "wednesday, ",
    "thursday, ",
    "friday, ",
    "saturday, ",
    "sunday, ",
];

/// A caption: its opening words, a gallery's counter ("1 of 4", "1of4"),
/// "In this … photo", what-is-in-the-picture words, or the date of a news
/// agency's caption ("…, Monday, Nov. 13, 2017.", which news prose writes
/// "Monday" or "Nov. 13").
/// `starts`: [`starts`] of all of `p` for [`CHROME`].
pub(super) fn is_caption(p: &str, starts: &[u32]) -> bool {
    if starts_with_any(p, CAPTION_OPEN) {
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
    static TABLE: Pairs = pairs(CAPTION_WORDS);
    let mut from = 0;
    while let Some((at, k)) = find_from(p, starts, from, p.len(), CAPTION_WORDS, &TABLE) {
        // A weekday: a caption only when a date follows.
        if k < CAPTION_WORDS.len() - 7 || has_caption_date(&p[at..]) {
            return true;
        }
        from = at + 1;
    }
    false
}

/// Whether `p` opens with "Monday, Nov. 13, 2017" or "Tuesday, November
/// 19, 2019": a weekday, then a month, a day and a year.
pub(super) fn has_caption_date(p: &str) -> bool {
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
    let mut words = p.split_whitespace();
    let mut x = [""; 4];
    for w in &mut x {
        *w = words.next().unwrap_or("");
    }
    {
        DAYS.iter().any(|d| x[0].eq_ignore_ascii_case(d))
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
    }
}

/// How a call to action opens ("Follow Newsbeat on Instagram", "Join our
/// forums", "Sign up for the free daily newsletter", "Get breaking news
/// alerts"): imperatives to the reader that news prose does not open a
/// paragraph with.
pub(super) const CALL_OPEN: &[&str] = &[
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
pub(super) const DISCLOSURE_OPEN: &[&str] = &[
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

/// How a note about the story itself opens: where it first ran, that it
/// was updated or produced with a partner, what version ran in print
/// ("This article originally appeared on …", "A version of this article
/// appears in print on …", "Updated at 4:15 p.m. ET with …"). The
/// paragraph is no news, whatever follows; news about a report says "The
/// report was updated …", never "This article …".
pub(super) const NOTE_OPEN: &[&str] = &[
    "This article originally",
    "This story originally",
    "This post originally",
    "This piece originally",
    "This content originally",
    "This article first appeared",
    "This story first appeared",
    "This article appeared",
    "This story appeared",
    "This article appears",
    "This story appears",
    "This article was originally",
    "This story was originally",
    "This article was first",
    "This story was first",
    "Originally published",
    "Originally appeared",
    "First published in",
    "First published on",
    "A version of this article",
    "A version of this story",
    "A version of this post",
    "An earlier version of this",
    "This article has been updated",
    "This story has been updated",
    "This post has been updated",
    "This article was updated",
    "This story was updated",
    "This article has been corrected",
    "This story has been corrected",
    "This article has been amended",
    "This story has been amended",
    "This article was produced",
    "This story was produced",
    "This article is produced",
    "This story is produced",
    "This article is part of",
    "This story is part of",
    "This article was reported",
    "This story was reported",
    "This article was amended",
    "This story was amended",
    "This article was corrected",
    "This story was corrected",
    "This article is republished",
    "This story is republished",
    "Republished with permission",
    "Reprinted with permission",
    "Read the original article",
    "Updated at ",
    "Updated on ",
    // A wire's note of what a new version of the story changed.
    "(Updates ",
    "(Adds ",
    "(Corrects ",
    "(Recasts ",
    "(This story has been",
    "(This article has been",
    "With assistance from ",
    "—With assistance from ",
    "--With assistance from ",
];

/// Labels (a [`head_and_rest`] head, [`normalize`]d) of a note about the
/// story, not news: "Editor's note: …", "Our Standards: The Thomson
/// Reuters Trust Principles."
pub(super) const NOTE_HEADS: &[&str] = &["editor s note", "editors note", "our standards"];

/// The first word of a note's label, whatever follows it in the label:
/// "Correction: …", "Correction, Nov. 15, 2019: …", "Clarification added
/// March 4: …".
pub(super) const NOTE_HEAD_WORDS: &[&str] = &["correction", "corrections", "clarification", "clarifications"];

/// Whether a paragraph's label (`head`, [`normalize`]d) makes it a note
/// about the story.
pub(super) fn is_note_head(head: &str) -> bool {
    NOTE_HEADS.contains(&head) || NOTE_HEAD_WORDS.contains(&head.split(' ').next().unwrap_or(""))
}

pub(super) fn opens_call(p: &str) -> bool {
    starts_with_any(p, CALL_OPEN)
}

/// A short time stamp: "Updated at 1:23 p.m.", "Published 14 March 2026",
/// "Last modified: 2 June".
pub(super) fn is_stamp(p: &str) -> bool {
    starts_with_any(
        p,
        &[
            "Updated ",
            "Published ",
            "Posted ",
            "Last updated",
            "Last modified",
            "First published",
            "Modified ",
        ],
    ) && p.bytes().any(|b| b.is_ascii_digit())
}

/// Phrases of a call to action ("Please email … for more information",
/// "Have a news tip?"), in lower case: a short paragraph with one is not news.
pub(super) const CALLS: &[&str] = &[
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
pub(super) const SCREEN: &[&str] = &[
    "opens a new window",
    "opens in a new window",
    "opens in new window",
    "open in new window",
    "opens a new tab",
    "opens in a new tab",
    "opens in new tab",
    "opens new tab",
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
pub(super) const BOXES: &[&str] = &[
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
pub(super) fn chrome(p: &str, facts: &Facts, after: Block) -> Option<&'static str> {
    if facts.ad.is_some() || ad_continues(p, after) {
        return Some("advertising");
    }
    let head = facts.head.as_deref();
    if is_teaser(p, head) {
        return Some("related stories");
    }
    // "Editor's note: This story has been corrected…", "Correction: An
    // earlier version…": about the story, not news.
    if head.is_some_and(is_note_head) {
        return Some("page furniture");
    }
    if facts.credit.as_ref().is_some_and(|c| c.whole) {
        return Some("photo caption");
    }
    let words = facts.words;
    if words <= 60 && is_bio(p) {
        return Some("author bio");
    }
    if words <= 60 && is_caption(p, &facts.starts) {
        return Some("photo caption");
    }
    // (A short newsletter line stays page furniture.)
    if words <= 80 && opens_call(p) && !is_furniture(p) {
        return Some("call to action");
    }
    if words <= 80 && starts_with_any(p, DISCLOSURE_OPEN) {
        return Some("advertising");
    }
    if words <= 80 && starts_with_any(p, NOTE_OPEN) {
        return Some("page furniture");
    }
    if words <= 10 && is_stamp(p) {
        return Some("page furniture");
    }
    if words > 25 {
        return None;
    }
    static CALLS_TABLE: Pairs = pairs(CALLS);
    static SCREEN_TABLE: Pairs = pairs(SCREEN);
    static BOXES_TABLE: Pairs = pairs(BOXES);
    // (`facts.starts` cover all of `p`: it has at most 60 words.)
    let find = |phrases: &[&str], t: &Pairs| find_from(p, &facts.starts, 0, p.len(), phrases, t).is_some();
    if find(CALLS, &CALLS_TABLE) {
        Some("call to action")
    } else if find(SCREEN, &SCREEN_TABLE) {
        Some("screen-reader text")
    } else if find(BOXES, &BOXES_TABLE) {
        Some("page furniture")
    } else {
        None
    }
}
