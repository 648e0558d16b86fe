//! A plain text (a `.txt` file, stdin) as articles: one a piece between
//! separator lines (a line of three or more dashes), each with its
//! headline, when one of its first lines looks like one, and its body.
//!
//! These are the rules the page applies to a `.txt` file and to pasted text
//! (`www/articles.js`: `guessTitle`, `articleFromPlainText`,
//! `isSeparatorLine`, `splitArticles`; `www/cards.js`: `cardArticles`), so
//! that the CLI, the page and Python summarise the same file the same way.
//! The page keeps its JavaScript copy (it guesses titles and splits on the
//! main thread, where no `.wasm` is loaded); `tests/fixtures/titles.json`
//! and `tests/fixtures/separators.json` hold the cases that both copies
//! must give, checked by `crates/gistr/tests/it/titles.rs` and
//! `tests/e2e/titles.test.mjs`.
//!
//! The title line stays in the body, as in the page: the core treats a body
//! line that repeats the title as boilerplate.

use crate::Article;
use std::borrow::Cow;

/// The longest title line, in UTF-16 code units (JavaScript's `length`).
const TITLE_MAX_UNITS: usize = 160;
/// A title line has this many words at least …
const TITLE_MIN_WORDS: usize = 3;
/// … and at most this many.
const TITLE_MAX_WORDS: usize = 25;
/// How many non-empty lines at the start may hold the title.
const TITLE_LINES: usize = 3;

/// JavaScript's white space and line terminators (what `trim()` and `\s`
/// take): tab, vertical tab, form feed, U+FEFF, the space separators (Zs),
/// line feed, carriage return, U+2028 and U+2029. Unlike Rust's
/// `char::is_whitespace`, U+FEFF is in and U+0085 is out.
fn js_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n' | '\u{0B}' | '\u{0C}' | '\r' | ' ' | '\u{A0}' | '\u{1680}' | '\u{2000}'
            ..='\u{200A}' | '\u{2028}' | '\u{2029}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\u{FEFF}'
    )
}

/// `s.trim()` as JavaScript trims.
fn js_trim(s: &str) -> &str {
    s.trim_matches(js_space)
}

/// Words as the page counts them: runs of anything but white space.
fn count_words(s: &str) -> usize {
    s.split(js_space).filter(|w| !w.is_empty()).count()
}

/// Whether a trimmed line reads as a headline: short, several words, and
/// not ending like a sentence (or a quotation, a list, a parenthesis).
fn is_title(line: &str) -> bool {
    let words = count_words(line);
    line.encode_utf16().count() <= TITLE_MAX_UNITS
        && (TITLE_MIN_WORDS..=TITLE_MAX_WORDS).contains(&words)
        && !line.ends_with(['.', '!', '?', ':', ';', ',', '…', '"', '\u{201D}', '»', ')'])
}

/// The headline among the first three non-empty lines of `text`: the first
/// of them that reads as one (at most 160 UTF-16 units, 3 to 25 words, and
/// not ending like a sentence, a quotation, a list or a parenthesis),
/// trimmed; `None` when there is none. A line ends at `\n`, or at a `\r` that is not its last character.
pub fn guess_title(text: &str) -> Option<&str> {
    let mut at = 0;
    let mut seen = 0;
    while at < text.len() && seen < TITLE_LINES {
        let mut end = text[at..].find('\n').map_or(text.len(), |i| at + i);
        let mut line = &text[at..end];
        if let Some(cr) = line.find('\r') {
            if cr + 1 < line.len() {
                end = at + cr;
                line = &line[..cr];
            }
        }
        let line = js_trim(line);
        if !line.is_empty() {
            if is_title(line) {
                return Some(line);
            }
            seen += 1;
        }
        at = end + 1;
    }
    None
}

/// Whether `line` separates articles: after trimming white space as
/// JavaScript's `trim()` does (which takes U+00A0, U+3000 and U+FEFF, but
/// not U+0085), it holds only `-`, three or more of them. `- - -`, `--`,
/// en or em dashes and `---` beside other characters do not separate.
///
/// ```
/// use gistr::is_separator_line;
/// assert!(is_separator_line("---"));
/// assert!(is_separator_line(" \u{A0}-----\t"));
/// assert!(!is_separator_line("- - -"));
/// assert!(!is_separator_line("--- more ---"));
/// ```
pub fn is_separator_line(line: &str) -> bool {
    let t = js_trim(line);
    t.len() >= 3 && t.bytes().all(|b| b == b'-')
}

/// The pieces of `text` (line ends already `\n`) between separator lines,
/// each trimmed, the empty ones dropped: borrowed from `text`.
fn pieces(text: &str) -> Vec<&str> {
    fn keep(piece: &str) -> Option<&str> {
        Some(js_trim(piece)).filter(|p| !p.is_empty())
    }
    // Most texts hold no separator: one piece, found in one search.
    if !text.contains("---") {
        return keep(text).into_iter().collect();
    }
    let mut out = Vec::new();
    // The piece being read starts at `start`; the line being read at `at`.
    let (mut start, mut at) = (0, 0);
    loop {
        let end = text[at..].find('\n').map_or(text.len(), |i| at + i);
        if is_separator_line(&text[at..end]) {
            // The lines before this one, without the line end before it.
            out.extend(keep(&text[start..at.saturating_sub(1).max(start)]));
            start = (end + 1).min(text.len());
        }
        if end == text.len() {
            break;
        }
        at = end + 1;
    }
    out.extend(keep(&text[start..]));
    out
}

/// The articles of a plain text, as the page splits a pasted text or a
/// `.txt` file (`splitArticles`): line ends made `\n`, the text cut at
/// each [separator line](is_separator_line) (which belongs to no article),
/// each piece trimmed (as JavaScript's `trim()`), and empty pieces
/// dropped. A text without a separator line is one piece, trimmed; a text
/// of white space and separators alone is none.
///
/// ```
/// use gistr::split_articles;
/// let text = "Storm hits Bergen\r\nTrains stopped.\r\n---\r\nPower cut.\r\n";
/// assert_eq!(split_articles(text), ["Storm hits Bergen\nTrains stopped.", "Power cut."]);
/// assert_eq!(split_articles("---\nOne.\n- - -\nStill one.\n---"), ["One.\n- - -\nStill one."]);
/// assert!(split_articles(" \n---\n").is_empty());
/// ```
pub fn split_articles(text: &str) -> Vec<String> {
    pieces(&normalize_newlines(text))
        .into_iter()
        .map(str::to_string)
        .collect()
}

/// `text` with `\r\n` and lone `\r` made `\n`.
fn normalize_newlines(text: &str) -> Cow<'_, str> {
    if !text.contains('\r') {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
}

/// The title of a plain text read whole: its [guessed](guess_title)
/// headline, else `name` without its extension (trimmed), else none.
fn plain_title(text: &str, name: Option<&str>) -> Option<String> {
    guess_title(text)
        .or_else(|| name.map(|n| js_trim(base_name(n))))
        .filter(|t| !t.is_empty())
        .map(str::to_string)
}

/// A file's name without its extension (`"j1.txt"` → `"j1"`; a name that
/// starts with its only dot, such as `".txt"`, is kept whole).
fn base_name(name: &str) -> &str {
    match name.rfind('.') {
        Some(dot) if dot > 0 => &name[..dot],
        _ => name,
    }
}

impl Article {
    /// A plain text as the page reads a `.txt` file: line ends made `\n`
    /// and the whole trimmed; the title is the [guessed](guess_title)
    /// headline line, else the file's `name` without its extension (the
    /// page's card title), else none. The title line stays in the text.
    /// No source: set one with [`Article::with_source`].
    ///
    /// This reads the whole text as one article, separator lines and all;
    /// the page and the CLI read a plain text through
    /// [`Article::split_plain_text`].
    pub fn from_plain_text(text: &str, name: Option<&str>) -> Article {
        let text = js_trim(&normalize_newlines(text)).to_string();
        let title = plain_title(&text, name);
        Article {
            title,
            text,
            source: None,
        }
    }

    /// A plain text as the page reads a dropped `.txt` file (or a pasted
    /// text, with no `name`): one article a piece of
    /// [`split_articles`], in order. The first is titled as
    /// [`Article::from_plain_text`] titles a text, from its own lines
    /// (its headline line, else `name` without its extension, else none);
    /// each later one by its own headline line alone, else untitled. No
    /// sources: set them with [`Article::with_source`]. A text without a
    /// separator line gives what `from_plain_text` gives, one article
    /// (none when it is empty); a text of separators and white space, none.
    ///
    /// ```
    /// use gistr::Article;
    /// let text = "Storm hits Bergen on Sunday\nTrains stopped.\n---\nPower was cut.";
    /// let articles = Article::split_plain_text(text, Some("storm.txt"));
    /// assert_eq!(articles.len(), 2);
    /// assert_eq!(articles[0].title.as_deref(), Some("Storm hits Bergen on Sunday"));
    /// assert_eq!(articles[1].text, "Power was cut.");
    /// assert_eq!(articles[1].title, None);
    /// assert_eq!(Article::split_plain_text("Power was cut.", Some("storm.txt"))[0].title.as_deref(), Some("storm"));
    /// ```
    pub fn split_plain_text(text: &str, name: Option<&str>) -> Vec<Article> {
        pieces(&normalize_newlines(text))
            .into_iter()
            .enumerate()
            .map(|(i, piece)| Article {
                title: plain_title(piece, name.filter(|_| i == 0)),
                text: piece.to_string(),
                source: None,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_first_line_that_reads_as_a_headline_is_the_title() {
        let a = Article::from_plain_text(
            "\u{FEFF}Storm cuts power in Bergen\r\nA storm cut power to 80,000 homes.\r\n",
            Some("j1.txt"),
        );
        assert_eq!(a.title.as_deref(), Some("Storm cuts power in Bergen"));
        assert_eq!(
            a.text,
            "Storm cuts power in Bergen\nA storm cut power to 80,000 homes."
        );
        assert_eq!(a.source, None);
    }

    #[test]
    fn without_a_headline_line_the_file_name_is_the_title() {
        let text = "A storm cut power to 80,000 homes on Sunday.";
        let a = Article::from_plain_text(text, Some("j1.txt"));
        assert_eq!(a.title.as_deref(), Some("j1"));
        assert_eq!(Article::from_plain_text(text, None).title, None);
        assert_eq!(
            Article::from_plain_text(text, Some(".txt")).title.as_deref(),
            Some(".txt")
        );
        assert_eq!(Article::from_plain_text(text, Some(" ")).title, None);
    }

    #[test]
    fn only_the_first_three_non_empty_lines_are_looked_at() {
        let text = "One.\n\n\nTwo.\nThree.\nA headline on the fourth line";
        assert_eq!(guess_title(text), None);
        let text = "One.\n\n\nTwo.\nA headline on the third line\nFour";
        assert_eq!(guess_title(text), Some("A headline on the third line"));
    }

    #[test]
    fn separator_lines_split_as_the_page_splits() {
        // (text, pieces): the rows the page must give too are in
        // tests/fixtures/separators.json; these pin the edges of the scan.
        let table: &[(&str, &[&str])] = &[
            ("", &[]),
            ("---", &[]),
            ("---\n", &[]),
            ("\n---", &[]),
            ("a\n---", &["a"]),
            ("---\na", &["a"]),
            ("a\n---\nb", &["a", "b"]),
            ("a\n---\n---\nb", &["a", "b"]),
            ("a\r\n---\r\nb\r\n", &["a", "b"]),
            ("a\r---\rb", &["a", "b"]),
            ("a\n\n---\n\nb", &["a", "b"]),
            ("a\n \u{3000}----\u{A0}\nb", &["a", "b"]),
            ("a\n\u{85}---\nb", &["a\n\u{85}---\nb"]),
            ("a\n- - -\nb", &["a\n- - -\nb"]),
            ("a\n--\nb", &["a\n--\nb"]),
            ("a --- b", &["a --- b"]),
            ("a\n---b\nc", &["a\n---b\nc"]),
            ("  x  \n---\n  y  ", &["x", "y"]),
            ("é\n---\n😀", &["é", "😀"]),
        ];
        for (text, want) in table {
            assert_eq!(split_articles(text), *want, "{text:?}");
            let articles = Article::split_plain_text(text, Some("n.txt"));
            let texts: Vec<&str> = articles.iter().map(|a| a.text.as_str()).collect();
            assert_eq!(texts, *want, "{text:?}");
        }
    }

    #[test]
    fn a_text_without_separators_is_read_as_from_plain_text_reads_it() {
        for text in [
            "Storm cuts power in Bergen\r\nA storm cut power.\r\n",
            "A storm cut power.",
            "--\nStorm.",
        ] {
            let one = Article::from_plain_text(text, Some("j1.txt"));
            assert_eq!(Article::split_plain_text(text, Some("j1.txt")), [one]);
        }
    }

    #[test]
    fn length_is_counted_in_utf16_units_as_the_page_counts() {
        // 79 emoji of 2 units each, two spaces and a letter: 3 words, 82
        // chars, 161 units.
        let line = format!("{} {} x", "😀".repeat(50), "😀".repeat(29));
        assert!(line.chars().count() <= TITLE_MAX_UNITS);
        assert_eq!(guess_title(&line), None);
    }
}
