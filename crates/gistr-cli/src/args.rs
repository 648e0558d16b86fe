//! Command-line arguments.

use gistr::options::RawOptions;
use gistr::Options;
use lexopt::prelude::*;
use std::path::PathBuf;

pub const USAGE: &str = "\
gistr — summarise several articles about one event, each fact once

USAGE:
    gistr [OPTIONS] FILE...          summarise the files (- for stdin): one article each, or
                                     one between --- lines of plain text, as the web page
                                     reads them (see PLAIN TEXT)
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
    --no-split         one article a FILE: its --- lines are text, not separators
    --no-title         read FILEs as they are: one article each, untitled, unsplit
    -h, --help         print this help

PLAIN TEXT:
    A FILE or stdin is read as the web page reads a dropped .txt file, so both
    give the same summary and the same credits. A line holding only three or
    more dashes (spaces around allowed) separates articles: a file with such
    lines is several articles, numbered in order among the others (so the
    marks [1,3] and --json's \"articles\" count them), and a note on stderr
    gives their numbers (\"a.txt holds 2 articles between --- lines: articles
    1 and 2\"). Each article's title is the first of its first three non-empty
    lines that reads as a headline (3 to 25 words, at most 160 characters, its
    last character none of . ! ? : ; , … \" ” » ) ), else, for a file's first
    article alone, the file's name without its extension (none for stdin). The
    title line stays in the text (a line repeating the title counts as
    boilerplate) and the title is a mild focus; line ends become \\n and each
    article's text is trimmed, so --json offsets count in that text. .html,
    .htm, .xhtml, .md and .markdown files are read as they are: one article
    each, untitled, never split. --no-title reads every FILE that way (offsets
    count in the file as read); --no-split keeps the titles but reads each
    FILE as one article, its --- lines text (then a file with --- lines is
    summarised otherwise than on the page).

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
        /// How plain text is read (`--no-title`, `--no-split`).
        plain: Plain,
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

/// How a plain-text FILE (not HTML, not Markdown) is read.
#[derive(Clone, Copy)]
pub enum Plain {
    /// As the page reads a `.txt` file: split at separator lines, each
    /// piece titled (the default).
    AsThePage,
    /// One article a file, titled (`--no-split`).
    Whole,
    /// One article a file as read, untitled (`--no-title`).
    AsIs,
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
    let mut no_split = false;
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
            Long("no-split") => no_split = true,
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
    } else if no_split && jsonl.is_some() {
        return Err("--no-split goes with FILE... (--jsonl takes each article from its docs)".into());
    } else if let Some(file) = jsonl {
        Command::Jsonl { file, topic, json }
    } else if files.is_empty() {
        return Err("no input files (use - for stdin)".into());
    } else {
        Command::Summarize {
            files,
            json,
            plain: if no_title {
                Plain::AsIs
            } else if no_split {
                Plain::Whole
            } else {
                Plain::AsThePage
            },
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
