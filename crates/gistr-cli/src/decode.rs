//! A file's bytes as text, decoded as the page decodes a dropped file
//! (`decodeBytes` in `www/articles.js`), so that the CLI and the page read
//! one file alike. Both follow the WHATWG Encoding Standard: the page
//! through the browser's `TextDecoder`, the CLI through `encoding_rs`.
//!
//! - UTF-16 with its byte order mark is UTF-16.
//! - Valid UTF-8 is UTF-8, without a byte order mark.
//! - Anything else is in the charset an HTML file declares in its first
//!   4,096 bytes (`<meta charset>`, or `<meta http-equiv="Content-Type"
//!   content="…; charset=…">`), else in windows-1252, the encoding the
//!   standard gives "latin1" and "iso-8859-1". An undecodable byte becomes
//!   U+FFFD, which the core counts when it asks whether the text is binary.

use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252};

/// The text of `bytes`; `html` when the file is a web page, whose declared
/// charset is then read.
pub(crate) fn decode(bytes: Vec<u8>, html: bool) -> String {
    match bytes.get(..2) {
        Some([0xFF, 0xFE]) => return UTF_16LE.decode_with_bom_removal(&bytes).0.into_owned(),
        Some([0xFE, 0xFF]) => return UTF_16BE.decode_with_bom_removal(&bytes).0.into_owned(),
        _ => {}
    }
    // Valid text is kept as read, not copied.
    let bytes = match String::from_utf8(bytes) {
        Ok(mut text) => {
            if text.starts_with('\u{FEFF}') {
                text.drain(..'\u{FEFF}'.len_utf8());
            }
            return text;
        }
        Err(e) => e.into_bytes(),
    };
    let encoding = html
        .then(|| declared(&bytes))
        .flatten()
        .and_then(|label| Encoding::for_label_no_replacement(label.trim().as_bytes()))
        .unwrap_or(WINDOWS_1252);
    encoding.decode_without_bom_handling(&bytes).0.into_owned()
}

/// The charset a web page declares in its first 4,096 bytes: the first
/// `<meta charset=…>`, else the `charset=` of the first `<meta
/// http-equiv="Content-Type">`'s `content` (as the page's `DOMParser`
/// query finds them).
fn declared(bytes: &[u8]) -> Option<String> {
    let head = WINDOWS_1252
        .decode_without_bom_handling(&bytes[..bytes.len().min(4096)])
        .0
        .to_ascii_lowercase();
    let metas: Vec<Vec<(&str, &str)>> = head.split("<meta").skip(1).map(attributes).collect();
    if let Some(charset) = metas.iter().find_map(|m| m.iter().find(|(k, _)| *k == "charset")) {
        return Some(charset.1.to_string());
    }
    let content = metas
        .iter()
        .find(|m| {
            m.iter()
                .any(|(k, v)| *k == "http-equiv" && v.trim() == "content-type")
        })?
        .iter()
        .find(|(k, _)| *k == "content")?
        .1;
    content.split(';').find_map(|part| {
        let (k, v) = part.split_once('=')?;
        (k.trim() == "charset").then(|| v.trim().to_string())
    })
}

/// The attributes at the start of `tag` (the text after `<meta`), up to
/// its `>`: names with their values, quoted or not, as HTML reads them.
fn attributes(tag: &str) -> Vec<(&str, &str)> {
    let mut out = Vec::new();
    let mut rest = tag;
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
        if rest.is_empty() || rest.starts_with('>') {
            return out;
        }
        let end = rest
            .find(|c: char| c.is_whitespace() || c == '=' || c == '>')
            .unwrap_or(rest.len());
        let name = &rest[..end.max(1)];
        rest = rest[end.max(1)..].trim_start();
        let mut value = "";
        if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            match after.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let body = &after[1..];
                    let close = body.find(q).unwrap_or(body.len());
                    value = &body[..close];
                    rest = body.get(close + 1..).unwrap_or("");
                }
                _ => {
                    let close = after
                        .find(|c: char| c.is_whitespace() || c == '>')
                        .unwrap_or(after.len());
                    value = &after[..close];
                    rest = &after[close..];
                }
            }
        }
        out.push((name, value));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `(what, bytes, html, text)`.
    #[test]
    fn decode_table() {
        let latin1: Vec<u8> = "Le pont sera r\u{e9}par\u{e9} \u{e0} No\u{eb}l."
            .chars()
            .map(|c| c as u32 as u8)
            .collect();
        let utf16le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Caf\u{e9} \u{2014} ok".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        let utf16be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Caf\u{e9}".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        // "Привет" in windows-1251, with its declaration, and the same bytes undeclared.
        let cyrillic = b"\xcf\xf0\xe8\xe2\xe5\xf2";
        let page = |head: &str| [head.as_bytes(), cyrillic.as_slice(), b"</p>"].concat();
        let cases: Vec<(&str, Vec<u8>, bool, &str)> = vec![
            ("UTF-8", "Caf\u{e9}".as_bytes().to_vec(), false, "Caf\u{e9}"),
            ("UTF-8 with its BOM", b"\xEF\xBB\xBFCaf\xC3\xA9".to_vec(), false, "Caf\u{e9}"),
            ("Latin-1 text", latin1, false, "Le pont sera r\u{e9}par\u{e9} \u{e0} No\u{eb}l."),
            ("windows-1252's quotes and euro", b"\x93ok\x94 \x80".to_vec(), false, "\u{201C}ok\u{201D} \u{20AC}"),
            ("UTF-16LE with its BOM", utf16le, false, "Caf\u{e9} \u{2014} ok"),
            ("UTF-16BE with its BOM", utf16be, false, "Caf\u{e9}"),
            (
                "a page's <meta charset>",
                page("<html><head><meta charset=\"windows-1251\"></head><p>"),
                true,
                "<html><head><meta charset=\"windows-1251\"></head><p>\u{41f}\u{440}\u{438}\u{432}\u{435}\u{442}</p>",
            ),
            (
                "a page's http-equiv Content-Type, unquoted",
                page("<META HTTP-EQUIV=Content-Type CONTENT='text/html; charset=cp1251'><p>"),
                true,
                "<META HTTP-EQUIV=Content-Type CONTENT='text/html; charset=cp1251'><p>\u{41f}\u{440}\u{438}\u{432}\u{435}\u{442}</p>",
            ),
            (
                "a declaration in a text file is not read",
                page("<meta charset=\"windows-1251\"><p>"),
                false,
                "<meta charset=\"windows-1251\"><p>\u{cf}\u{f0}\u{e8}\u{e2}\u{e5}\u{f2}</p>",
            ),
            (
                "an unknown charset is windows-1252",
                page("<meta charset=\"klingon\"><p>"),
                true,
                "<meta charset=\"klingon\"><p>\u{cf}\u{f0}\u{e8}\u{e2}\u{e5}\u{f2}</p>",
            ),
            (
                "a 'replacement' charset is windows-1252",
                page("<meta charset=iso-2022-kr><p>"),
                true,
                "<meta charset=iso-2022-kr><p>\u{cf}\u{f0}\u{e8}\u{e2}\u{e5}\u{f2}</p>",
            ),
            (
                "data-charset is no charset",
                page("<meta data-charset=\"windows-1251\"><p>"),
                true,
                "<meta data-charset=\"windows-1251\"><p>\u{cf}\u{f0}\u{e8}\u{e2}\u{e5}\u{f2}</p>",
            ),
            ("bytes undefined in windows-1252 are kept as controls", b"a\x81b\xff".to_vec(), false, "a\u{81}b\u{ff}"),
            ("nothing", Vec::new(), false, ""),
        ];
        for (what, bytes, html, want) in cases {
            assert_eq!(decode(bytes, html), want, "{what}");
        }
    }
}
