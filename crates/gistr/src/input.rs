//! What goes into the summariser: articles (the options are in `options.rs`).

/// One article to summarise.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Article {
    /// The headline, if known. A body line repeating it is treated as boilerplate.
    pub title: Option<String>,
    /// The body text. Paragraphs are separated by line breaks.
    pub text: String,
    /// Where it came from: an outlet's name or a URL.
    pub source: Option<String>,
}

impl Article {
    /// An article with only a body.
    pub fn new(text: impl Into<String>) -> Article {
        Article {
            title: None,
            text: text.into(),
            source: None,
        }
    }

    /// Sets the headline.
    pub fn with_title(mut self, title: impl Into<String>) -> Article {
        self.title = Some(title.into());
        self
    }

    /// Sets the source.
    pub fn with_source(mut self, source: impl Into<String>) -> Article {
        self.source = Some(source.into());
        self
    }
}

/// Whether `text` looks like the bytes of a binary file read as text: more
/// than a tenth of its characters are U+FFFD (what bytes that are not
/// UTF-8 become) or control characters other than tab, line and page
/// breaks. Text in a legacy encoding, such as French in Latin-1, has a few
/// percent; the bytes of a PDF, a DOCX or an image, or random bytes, a
/// third or more. Format characters (bidi controls, the zero-width joiner
/// of emoji) are text and do not count.
pub(crate) fn looks_binary(text: &str) -> bool {
    let (mut bad, mut chars) = (0usize, 0usize);
    for c in text.chars() {
        chars += 1;
        if c == '\u{FFFD}' || (c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\u{0C}')) {
            bad += 1;
        }
    }
    bad >= 4 && bad * 10 > chars
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn binary_table() {
        let random: Vec<u8> = (0..2000u32)
            .map(|i| (i.wrapping_mul(2654435761) >> 13) as u8)
            .collect();
        let cases: &[(&str, bool)] = &[
            ("", false),
            ("Plain text.\n\tIndented.\r\n\x0cNext page.", false),
            // Bidi controls and emoji joiners are format characters.
            ("\u{202E}\u{2067}مرحبا\u{2069} 👩\u{200D}👩\u{200D}👧 text", false),
            // French in Latin-1: a few replacement characters.
            (
                "Le caf\u{FFFD} est pr\u{FFFD}t, dit-elle, et la r\u{FFFD}union commence \u{FFFD} midi pile.",
                false,
            ),
            ("\u{FFFD}\u{FFFD}\u{FFFD}", false),
            ("\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}", true),
            ("a\0b\0c\0d\0", true),
            ("%PDF-1.7\n\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD}\n1 0 obj", true),
        ];
        for &(text, expected) in cases {
            assert_eq!(looks_binary(text), expected, "{text:?}");
        }
        assert!(looks_binary(&String::from_utf8_lossy(&random)));
    }
}
