//! Command-line arguments.

use gistr::options::RawOptions;
use gistr::Options;
use lexopt::prelude::*;
use std::path::PathBuf;

pub const USAGE: &str = "\
gistr — summarise several articles about one event, each fact once

USAGE:
    gistr [OPTIONS] FILE...          summarise the files (- for stdin), one article each
                                     (plain text as the web page reads it: see TITLES)
    gistr [OPTIONS] --jsonl FILE     summarise one cluster per line: {\"id\", \"docs\": [{\"title\", \"text\", \"source\"}]}
                                     (with --json, each line out carries the whole result too)
    gistr dedup FILE                 group the near-duplicate lines of FILE
    gistr dedup --pairs FILE         judge {\"a\", \"b\"} pairs, one JSON line each
    gistr dedup --pairs --features FILE   the same, with the features behind each verdict

OPTIONS:
    --sentences N      at most N sentences (default 5)
    --words N          about N words (the last sentence may cross N by min(20, N/5))
    --ratio R          about this share of the input's words (0 < R <= 1)
                       (give one of --sentences, --words and --ratio)
    --order ORDER      article (default) or rank
    --lang CODE        ISO 639-1 language code, or auto (default)
    --focus TEXT       rank toward these words or this question
    --topic            with --jsonl: use each cluster's meta.topic as the focus
    --json             print the full result as JSON (with --jsonl: in each line's \"result\")
    --no-title         take no title from FILEs: each is its text as read, untitled
    -h, --help         print this help

TITLES:
    A FILE or stdin is read as the web page reads a .txt file, so both give
    the same summary: the first of its first three non-empty lines that reads
    as a headline (3 to 25 words, at most 160 characters, its last character
    none of . ! ? : ; , … \" ” » ) ) is the article's title, else the file's name
    without its extension (none for stdin). The title line stays in the text
    (a line repeating the title counts as boilerplate) and the title is a mild
    focus; line ends become \\n and the text is trimmed, so --json offsets
    count in that text. .html, .htm, .xhtml, .md and .markdown files are read
    as they are, untitled. --no-title reads every FILE that way (the
    behaviour before titles were taken; offsets count in the file as read).

EXIT STATUS:
    0    a summary was printed
    1    an error: a file cannot be read or looks binary, the input is too large
         (over 1 GiB)
    2    bad arguments
    3    no summary: the input has nothing to summarise (the reason is on stderr;
         with --json, also in the result's \"empty\")
";

pub enum Command {
    Summarize {
        files: Vec<PathBuf>,
        json: bool,
        /// Whether plain text gives its headline line as the title (off: `--no-title`).
        title_lines: bool,
    },
    Jsonl {
        file: PathBuf,
        topic: bool,
        json: bool,
    },
    Dedup {
        file: PathBuf,
        pairs: bool,
        features: bool,
    },
    Help,
}

pub struct Args {
    pub command: Command,
    pub options: Options,
}

/// The largest input the tool takes, in bytes over all articles: 1 GiB.
pub const MAX_BYTES: usize = 1 << 30;

pub fn parse(args: impl IntoIterator<Item = std::ffi::OsString>) -> Result<Args, String> {
    let mut p = lexopt::Parser::from_args(args);
    // The option values as given; the core checks them (gistr::options),
    // so the CLI refuses what the JS and Python front ends refuse, with the
    // same message.
    let mut raw = RawOptions::default();
    let mut files = Vec::new();
    let mut json = false;
    let mut jsonl = None;
    let mut topic = false;
    let mut no_title = false;
    let mut dedup = false;
    let mut pairs = false;
    let mut features = false;
    let mut help = false;
    while let Some(arg) = p.next().map_err(|e| e.to_string())? {
        match arg {
            Long(flag @ ("sentences" | "words" | "ratio" | "order" | "focus" | "lang")) => {
                let name = match flag {
                    "lang" => "language",
                    "sentences" => "sentences",
                    "words" => "words",
                    "ratio" => "ratio",
                    "order" => "order",
                    _ => "focus",
                };
                let v = value(&mut p)?;
                raw.set_text(name, &v).map_err(|e| e.to_string())?;
            }
            Long("topic") => topic = true,
            Long("json") => json = true,
            Long("no-title") => no_title = true,
            Long("jsonl") => jsonl = Some(PathBuf::from(value(&mut p)?)),
            Long("pairs") => pairs = true,
            Long("features") => features = true,
            Short('h') | Long("help") => help = true,
            Value(v) if !dedup && files.is_empty() && v == "dedup" => dedup = true,
            Value(v) => files.push(PathBuf::from(v)),
            _ => return Err(arg.unexpected().to_string()),
        }
    }
    // Natively the input may be larger than in the page (about 6 bytes of
    // memory a byte of input: BENCHMARKS.md).
    let options = raw.check().map_err(|e| e.to_string())?.with_max_bytes(MAX_BYTES);
    let command = if help {
        Command::Help
    } else if dedup {
        match files.as_slice() {
            [file] => Command::Dedup {
                file: file.clone(),
                pairs,
                features,
            },
            _ => return Err("dedup takes one file".into()),
        }
    } else if features {
        return Err("--features goes with dedup --pairs".into());
    } else if no_title && jsonl.is_some() {
        return Err("--no-title goes with FILE... (--jsonl takes each title from its docs)".into());
    } else if let Some(file) = jsonl {
        Command::Jsonl { file, topic, json }
    } else if files.is_empty() {
        return Err("no input files (use - for stdin)".into());
    } else {
        Command::Summarize {
            files,
            json,
            title_lines: !no_title,
        }
    };
    Ok(Args { command, options })
}

fn value(p: &mut lexopt::Parser) -> Result<String, String> {
    p.value()
        .map_err(|e| e.to_string())?
        .into_string()
        .map_err(|_| "option values must be UTF-8".to_string())
}
