//! The bad-input matrix (issue 12 §6) through the `gistr` binary: for each
//! input a reader might paste or drop, a summary or a clear reason, within a
//! time bound. The inputs are generated here at run time; the same matrix
//! runs through the wasm module in Node (`tests/e2e/bad-input.test.mjs`).
//!
//! Each case expects one of:
//! - a summary: exit 0, at least one sentence, none over 80 words;
//! - no summary: exit 3 and `gistr: no summary: <reason>` on stderr;
//! - a refusal: exit 1 or 2 and one line on stderr that says why.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// What a case must give.
enum Expect {
    /// Exit 0 and a summary.
    Summary,
    /// Exit 3, and this reason on stderr.
    Empty(&'static str),
    /// This exit status and this on stderr, in one line.
    Refused(i32, &'static str),
}
use Expect::*;

/// The bound on any one run's CPU time. It is a hang detector, not a
/// benchmark: the slowest case (5 MB, a debug build) takes about a tenth.
/// CPU time, not wall time, where the system says it (Linux): under two busy
/// loops on two cores a run once took 66.9 s of wall time.
const LIMIT: Duration = Duration::from_secs(60);

/// The CPU time (user + system) of this process's waited-for children, from
/// `/proc/self/stat` (fields 16 and 17, in clock ticks of 1/100 s on Linux),
/// or None where there is no such file. Children that other test threads
/// waited for meanwhile are counted too: it over-counts, never under.
fn children_cpu() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/self/stat").ok()?;
    // The command name (field 2) is in parentheses and may hold spaces.
    let rest = &stat[stat.rfind(')')? + 2..];
    let fields: Vec<&str> = rest.split_whitespace().collect();
    // `rest` starts at field 3, so field N is fields[N - 3].
    let cutime: u64 = fields.get(13)?.parse().ok()?;
    let cstime: u64 = fields.get(14)?.parse().ok()?;
    Some(Duration::from_millis((cutime + cstime) * 10))
}

/// A small deterministic generator (xorshift), so that no input is stored.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn bytes(&mut self, n: usize) -> Vec<u8> {
        (0..n).map(|_| (self.next() >> 24) as u8).collect()
    }
}

/// A short news story of our own, about 1 KB.
const STORY: &str =
    "The city council approved a new bridge over the river on Tuesday after a debate that lasted six hours. \
The bridge will cost 40 million dollars and should open to traffic in the spring of next year. \
Engineers said the old crossing, built in 1931, could no longer carry buses or delivery trucks safely. \
Residents of the east bank had asked for a new crossing for more than a decade, according to the mayor. \
Two council members voted against the plan, saying the money should go to schools and clinics instead. \
Work on the foundations will begin next month, and the river will stay open to boats during construction. \
The state government has promised to pay half of the cost, and the rest will come from a local bond.\n";

/// Words from the story, for inputs without punctuation.
fn words(n: usize) -> String {
    let w: Vec<&str> = STORY
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    (0..n).map(|i| w[i % w.len()]).collect::<Vec<_>>().join(" ")
}

/// One article made of the story repeated to `bytes`, one name numbered per
/// copy (the shape that was quadratic: issue 12 §2).
fn repeated_story(bytes: usize) -> String {
    let mut out = String::with_capacity(bytes + STORY.len());
    let mut i = 0;
    while out.len() < bytes {
        out.push_str(&STORY.replace("mayor", &format!("Mayor Lund{i}")));
        i += 1;
    }
    out
}

/// A file's name and bytes.
type File = (&'static str, Vec<u8>);

fn text(name: &'static str, t: impl Into<String>) -> File {
    (name, t.into().into_bytes())
}

/// Runs `gistr ARGS FILES…` with the files written to a fresh directory.
fn run(case: &str, args: &[&str], files: &[File]) -> (Output, Duration) {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("bad-input")
        .join(case);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("dir");
    let paths: Vec<PathBuf> = files
        .iter()
        .map(|(name, bytes)| {
            let p = dir.join(name);
            std::fs::write(&p, bytes).expect("write");
            p
        })
        .collect();
    let start = Instant::now();
    let cpu_before = children_cpu();
    let out = Command::new(env!("CARGO_BIN_EXE_gistr"))
        .args(args)
        .args(&paths)
        .output()
        .expect("gistr runs");
    let took = match (cpu_before, children_cpu()) {
        (Some(a), Some(b)) => b.saturating_sub(a),
        _ => start.elapsed(),
    };
    let _ = std::fs::remove_dir_all(&dir);
    (out, took)
}

/// Runs each case and checks what it gives.
fn check(cases: Vec<(&str, &[&str], Vec<File>, Expect)>) {
    for (name, args, files, expect) in cases {
        let (o, took) = run(name, args, &files);
        let err = String::from_utf8_lossy(&o.stderr);
        let out = String::from_utf8_lossy(&o.stdout);
        assert!(took < LIMIT, "{name}: {took:?}");
        match expect {
            Summary => {
                assert_eq!(o.status.code(), Some(0), "{name}: {err}");
                assert!(!out.trim().is_empty(), "{name}: no summary");
                if !args.contains(&"--jsonl") {
                    for line in out.lines() {
                        assert!(line.split_whitespace().count() <= 81, "{name}: a giant sentence");
                    }
                }
            }
            Empty(reason) => {
                assert_eq!(o.status.code(), Some(3), "{name}: {err} / {out}");
                assert!(out.trim().is_empty(), "{name}: {out}");
                assert_eq!(err.trim_end(), format!("gistr: no summary: {reason}"), "{name}");
            }
            Refused(code, needle) => {
                assert_eq!(o.status.code(), Some(code), "{name}: {err}");
                assert!(err.contains(needle), "{name}: {err}");
                assert_eq!(err.trim_end().lines().count(), 1, "{name}: {err}");
            }
        }
    }
}

const NO_TEXT: &str = "there is no text to summarise";
const BOILERPLATE: &str =
    "every sentence looks like boilerplate (navigation, credits, headings, repeated titles)";
const NO_ENDS: &str = "the text has no sentence ends: no . ! or ? within 80 words or 600 characters";

#[test]
fn empty_and_endless_inputs_say_why() {
    let one_word_lines: String = words(200_000).replace(' ', "\n");
    let lower_lines: String = words(200_000).to_lowercase().replace(' ', "\n");
    check(vec![
        ("empty", &[], vec![text("empty.txt", "")], Empty(NO_TEXT)),
        (
            "whitespace",
            &[],
            vec![text("blank.txt", " \n\t\r\n \u{A0}\u{2003}\n\n")],
            Empty(NO_TEXT),
        ),
        (
            "one letter, 5 MB",
            &[],
            vec![text("a.txt", "a".repeat(5_000_000))],
            Empty(NO_ENDS),
        ),
        (
            "1 MB without punctuation",
            &[],
            vec![text("run-on.txt", words(180_000))],
            Empty(NO_ENDS),
        ),
        (
            "200,000 one-word lines",
            &[],
            vec![text("lines.txt", one_word_lines)],
            Empty(NO_ENDS),
        ),
        (
            "200,000 one-word lines, lower case",
            &[],
            vec![text("lower.txt", lower_lines)],
            Empty(NO_ENDS),
        ),
        (
            "1 MB of Chinese without punctuation",
            &[],
            vec![text("zh.txt", "大桥将在明年春天通车".repeat(35_000))],
            Empty(NO_ENDS),
        ),
        (
            "a 1 MB link",
            &[],
            vec![text(
                "url.txt",
                format!("https://example.org/{}", "a/b".repeat(330_000)),
            )],
            Empty(BOILERPLATE),
        ),
        (
            "only boilerplate",
            &[],
            vec![text(
                "furniture.txt",
                "Share this article\nSubscribe to our newsletter\nAdvertisement\nRead more\n",
            )],
            Empty(BOILERPLATE),
        ),
        (
            "only short sentences",
            &[],
            vec![text("short.txt", "Yes. No. Maybe so. Fine, then.")],
            Empty("every sentence is too short to stand in a summary (fewer than 5 words)"),
        ),
        (
            "a budget no sentence fits",
            &["--words", "1"],
            vec![text("story.txt", STORY)],
            Empty("no sentence fits within this length: try a longer summary"),
        ),
    ]);
}

#[test]
fn binary_files_are_refused_by_name() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let mut pdf =
        b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Length 60000 /Filter /FlateDecode >>\nstream\n".to_vec();
    pdf.extend(rng.bytes(60_000));
    pdf.extend(b"\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n");
    let mut docx = b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00".to_vec();
    docx.extend(b"[Content_Types].xml");
    docx.extend(rng.bytes(40_000));
    let mut png =
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06\x00\x00\x00".to_vec();
    png.extend(rng.bytes(30_000));
    let utf16: Vec<u8> = STORY.encode_utf16().flat_map(u16::to_le_bytes).collect();
    const BINARY: &str = "this looks like a binary file, not text";
    check(vec![
        (
            "200 KB of random bytes",
            &[],
            vec![("random.bin", rng.bytes(200_000))],
            Refused(1, "random.bin: this looks like a binary file, not text"),
        ),
        (
            "a PDF",
            &[],
            vec![("report.pdf", pdf)],
            Refused(1, "report.pdf: this looks"),
        ),
        (
            "a DOCX",
            &[],
            vec![("letter.docx", docx)],
            Refused(1, "letter.docx: this looks"),
        ),
        (
            "a PNG",
            &[],
            vec![("photo.png", png)],
            Refused(1, "photo.png: this looks"),
        ),
        (
            "UTF-16 text (every other byte NUL)",
            &[],
            vec![("utf16.txt", utf16)],
            Refused(1, BINARY),
        ),
        (
            "pasted replacement characters",
            &[],
            vec![text("fffd.txt", "\u{FFFD}".repeat(3000))],
            Refused(1, BINARY),
        ),
        (
            "a binary file among articles",
            &[],
            vec![text("story.txt", STORY), ("second.bin", vec![0u8; 500])],
            Refused(1, "second.bin: this looks"),
        ),
    ]);
}

#[test]
fn unusual_but_real_text_is_summarised() {
    let rtl = "\u{202B}أعلن المجلس البلدي يوم الثلاثاء عن خطة جديدة لبناء جسر فوق النهر.\u{202C} \
               قال المهندسون إن الجسر القديم لم يعد يتحمل الحافلات والشاحنات الثقيلة. \
               \u{2067}ستبدأ الأعمال الشهر المقبل\u{2069} وتستمر حتى الربيع القادم حسب الخطة. \
               עיריית העיר אישרה \u{200F}את תוכנית הגשר החדש אחרי דיון ארוך מאוד ביום שלישי.\n";
    let emoji = STORY.replace("Residents", "👩\u{200D}👩\u{200D}👧 Residents 🏳\u{FE0F}\u{200D}🌈")
        + "Families 👨\u{200D}👩\u{200D}👦\u{200D}👦 cheered at the meeting 🇺🇦 and waved flags all evening long.\n";
    let with_nuls = STORY.replacen(". ", ".\u{0} ", 3);
    let latin1: Vec<u8> = "Le conseil municipal a approuv\u{e9} mardi la construction d'un nouveau pont sur la rivi\u{e8}re. \
                           Les travaux commenceront le mois prochain et dureront jusqu'au printemps de l'ann\u{e9}e prochaine. \
                           Selon le maire, les habitants r\u{e9}clamaient ce pont depuis plus de dix ans d\u{e9}j\u{e0}.\n"
        .chars()
        .map(|c| c as u32 as u8)
        .collect();
    let giant = format!(
        "{STORY}The report listed {}, and many more besides.\n",
        (0..700)
            .map(|i| format!("item {i}"))
            .collect::<Vec<_>>()
            .join(", ")
    );
    let title = format!(
        "{{\"id\": \"t\", \"docs\": [{{\"title\": \"{}\", \"text\": \"{}\"}}]}}\n",
        "Bridge ".repeat(15_000),
        STORY.replace('\n', " ")
    );
    check(vec![
        ("RTL with bidi controls", &[], vec![text("rtl.txt", rtl)], Summary),
        (
            "emoji and ZWJ sequences",
            &[],
            vec![text("emoji.txt", emoji)],
            Summary,
        ),
        ("a few NUL bytes", &[], vec![text("nul.txt", with_nuls)], Summary),
        ("French in Latin-1", &[], vec![("latin1.txt", latin1)], Summary),
        (
            "old Mac line ends (CR)",
            &[],
            vec![text("cr.txt", STORY.replace(". ", ".\r"))],
            Summary,
        ),
        (
            "a 700-item sentence",
            &[],
            vec![text("giant.txt", giant)],
            Summary,
        ),
        (
            "the same article ten times",
            &[],
            (0..10).map(|_| text("same.txt", STORY)).collect(),
            Summary,
        ),
        (
            "one empty article of two",
            &[],
            vec![text("story.txt", STORY), text("empty.txt", "")],
            Summary,
        ),
        (
            "a 100 KB title",
            &["--jsonl"],
            vec![text("title.jsonl", title)],
            Summary,
        ),
        (
            "the repeated story, 2 MB",
            &[],
            vec![text("repeated.txt", repeated_story(2_000_000))],
            Summary,
        ),
    ]);
}

#[test]
fn bad_numbers_name_the_option_and_its_range() {
    let story = || vec![text("story.txt", STORY)];
    const WHOLE: &str = "must be a whole number from 1 to 1000000000";
    const RATIO: &str = "invalid option ratio: must be a number above 0 and at most 1";
    check(vec![
        (
            "--sentences -1",
            &["--sentences", "-1"],
            story(),
            Refused(2, "invalid option sentences: must be"),
        ),
        (
            "--sentences NaN",
            &["--sentences", "NaN"],
            story(),
            Refused(2, WHOLE),
        ),
        (
            "--sentences 2.5",
            &["--sentences", "2.5"],
            story(),
            Refused(2, WHOLE),
        ),
        ("--sentences 0", &["--sentences", "0"], story(), Refused(2, WHOLE)),
        (
            "--words Infinity",
            &["--words", "Infinity"],
            story(),
            Refused(2, "invalid option words: must be"),
        ),
        ("--ratio NaN", &["--ratio", "NaN"], story(), Refused(2, RATIO)),
        ("--ratio 0", &["--ratio", "0"], story(), Refused(2, RATIO)),
        ("--ratio 1.5", &["--ratio", "1.5"], story(), Refused(2, RATIO)),
        ("--ratio -inf", &["--ratio", "-inf"], story(), Refused(2, RATIO)),
    ]);
}
