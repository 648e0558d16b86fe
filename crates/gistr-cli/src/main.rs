//! The `gistr` command-line tool: summaries of files, of evaluation
//! clusters, and near-duplicate detection. All file and argument handling of
//! the project lives here.

mod args;
mod decode;
mod dedup;

use args::{Command, Plain, USAGE};
use gistr::{summarize, Article, Empty, Options};
use serde_json::{json, Value};
use std::io::{self, Read, Write};
use std::path::Path;
use std::process::ExitCode;

/// The exit status when the input has nothing to summarise (see `USAGE`).
const NO_SUMMARY: u8 = 3;

fn main() -> ExitCode {
    keep_large_blocks_apart();
    let args = match args::parse(std::env::args_os().skip(1)) {
        Ok(a) => a,
        Err(e) => {
            eprintln!("gistr: {e} (gistr --help lists the options)");
            return ExitCode::from(2);
        }
    };
    let result = match args.command {
        Command::Help => {
            print!("{USAGE}");
            Ok(None)
        }
        Command::Summarize { files, json, plain } => run_files(&files, json, plain, &args.options),
        Command::Jsonl { file, topic, json } => run_jsonl(&file, topic, json, &args.options).map(|()| None),
        Command::Dedup {
            file,
            pairs,
            features,
        } => read(&file)
            .and_then(|t| dedup::run(&t, pairs, features, &args.options))
            .map(|()| None),
    };
    match result {
        Ok(None) => ExitCode::SUCCESS,
        Ok(Some(empty)) => {
            eprintln!("gistr: no summary: {}", empty.message());
            ExitCode::from(NO_SUMMARY)
        }
        Err(e) => {
            eprintln!("gistr: {e}");
            ExitCode::FAILURE
        }
    }
}

/// glibc's allocator puts a freed block of up to 32 MB back into its heap
/// rather than return it, and then serves later blocks of up to that size
/// from the heap, where freed memory is rarely returned: the peak resident
/// memory of one 50 MB article was 33 MB more than with the threshold fixed
/// at its default of 128 KB, which this does (M_MMAP_THRESHOLD).
fn keep_large_blocks_apart() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        extern "C" {
            fn mallopt(param: std::ffi::c_int, value: std::ffi::c_int) -> std::ffi::c_int;
        }
        const M_MMAP_THRESHOLD: std::ffi::c_int = -3;
        // SAFETY: mallopt only sets a parameter of the allocator; it is
        // called before this program allocates from another thread.
        unsafe {
            mallopt(M_MMAP_THRESHOLD, 128 * 1024);
        }
    }
}

pub(crate) fn read(path: &Path) -> Result<String, String> {
    let mut bytes = Vec::new();
    if path == Path::new("-") {
        io::stdin()
            .read_to_end(&mut bytes)
            .map_err(|e| format!("stdin: {e}"))?;
    } else {
        bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    // As the page decodes a dropped file: a file not in UTF-8 is read in
    // the charset it declares or in windows-1252, never refused here (a
    // binary file's bytes are then refused by the core, with its reason).
    let html = NOT_PLAIN[..3]
        .iter()
        .any(|e| path.extension().is_some_and(|x| x.eq_ignore_ascii_case(e)));
    Ok(decode::decode(bytes, html))
}

/// The extensions of files read as they are, never as plain text: the
/// page extracts their article (Readability, Markdown marks), which the CLI
/// does not, and their first line (`<!DOCTYPE html>`, `# Title`, `---`) is
/// no plain-text headline.
const NOT_PLAIN: [&str; 5] = ["html", "htm", "xhtml", "md", "markdown"];

/// One file (or stdin, `-`) as its articles. Plain text is read as the
/// page reads a `.txt` file (`Article::split_plain_text`: one article
/// between separator lines, `---`; a first line that reads as a headline is
/// its title, else, for the first, the file's name; line ends made `\n`,
/// each trimmed), or as one article (`--no-split`:
/// `Article::from_plain_text`). Under `--no-title`, and for HTML and
/// Markdown, the text as read: one article, untitled. An empty file is
/// one empty article (whose summary says there is no text); a file of
/// separator lines alone is none, as on the page.
fn articles_of(path: &Path, text: String, plain: Plain) -> Vec<Article> {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    if NOT_PLAIN.contains(&ext.as_str()) {
        return vec![Article::new(text)];
    }
    let name = (path != Path::new("-"))
        .then(|| path.file_name().map(|n| n.to_string_lossy()))
        .flatten();
    match plain {
        Plain::AsIs => vec![Article::new(text)],
        Plain::Whole => vec![Article::from_plain_text(&text, name.as_deref())],
        Plain::AsThePage => {
            let articles = Article::split_plain_text(&text, name.as_deref());
            // No article and no separator: a text of white space alone.
            if articles.is_empty() && !text.contains("---") {
                return vec![Article::from_plain_text(&text, name.as_deref())];
            }
            articles
        }
    }
}

/// A file's name in messages: its path, or "stdin".
fn shown(path: &Path) -> String {
    if path == Path::new("-") {
        "stdin".to_string()
    } else {
        path.display().to_string()
    }
}

/// Prints the summary of `files`; `Some` reason when it is empty.
fn run_files(
    files: &[std::path::PathBuf],
    as_json: bool,
    plain: Plain,
    options: &Options,
) -> Result<Option<Empty>, String> {
    // The articles in order, and the file each came from.
    let mut articles = Vec::new();
    let mut from = Vec::new();
    for (i, f) in files.iter().enumerate() {
        let pieces = articles_of(f, read(f)?, plain);
        let name = shown(f);
        // A split file: its articles' numbers, on stderr (marks and --json
        // count articles, not files), and each its own source.
        let n = pieces.len();
        let first = articles.len() + 1;
        match n {
            0 => eprintln!("gistr: note: {name} holds only --- lines: no article"),
            1 => {}
            _ => {
                let and = if n == 2 { "and" } else { "to" };
                let last = first + n - 1;
                eprintln!(
                    "gistr: note: {name} holds {n} articles between --- lines: articles {first} {and} {last}"
                );
            }
        }
        for (k, a) in pieces.into_iter().enumerate() {
            let source = if n > 1 {
                format!("{}#{}", f.display(), k + 1)
            } else {
                f.display().to_string()
            };
            articles.push(a.with_source(source));
            from.push(i);
        }
    }
    if articles.is_empty() {
        // Every file held only --- lines: nothing to summarise, said as for
        // an empty file (exit status 3, the reason in --json's "empty").
        articles.push(Article::new(String::new()));
        from.push(0);
    }
    let summary = summarize(&articles, options).map_err(|e| e.to_string())?;
    if let Some(empty @ Empty::Binary { article }) = summary.empty {
        // Refused: an error naming the file.
        let name = from
            .get(article)
            .and_then(|&i| files.get(i))
            .map_or_else(|| "stdin".to_string(), |f| shown(f));
        return Err(format!("{name}: {}", empty.message()));
    }
    let mut out = io::stdout().lock();
    if as_json {
        let json = serde_json::to_string(&summary).map_err(|e| e.to_string())?;
        writeln!(out, "{json}").map_err(|e| e.to_string())?;
    } else {
        for s in &summary.sentences {
            // Which files reported it; with one file there is nothing to
            // tell ("[1]" under every sentence is "1 of 1").
            if articles.len() > 1 {
                let marks: Vec<String> = s.articles.iter().map(|a| format!("{}", a + 1)).collect();
                writeln!(out, "{} [{}]", s.text, marks.join(",")).map_err(|e| e.to_string())?;
            } else {
                writeln!(out, "{}", s.text).map_err(|e| e.to_string())?;
            }
        }
        if let Some(c) = summary.compared {
            eprintln!(
                "gistr: note: only the {} best-ranked of {} usable sentences were compared and could be chosen",
                c.sentences, c.of
            );
        }
        if summary.unmatched_focus {
            eprintln!("gistr: note: no word of --focus is in the articles: it was ignored");
        }
        if let Some(short) = &summary.shortfall {
            let words: usize = summary.sentences.iter().map(|s| s.words).sum();
            let (n, unit) = match short.unit {
                gistr::Unit::Sentences => (summary.sentences.len(), "sentence"),
                gistr::Unit::Words => (words, "word"),
            };
            let s = if n == 1 { "" } else { "s" };
            eprintln!("gistr: note: {n} {unit}{s}, {}", short.message());
        }
    }
    Ok(summary.empty)
}

/// One line out per cluster in: `{id, summary, sentences, ms}`, or
/// `{id, summary: "", error}`; with `as_json` also `result`, the whole
/// summary in the one schema (credits, versions, conflicts, every
/// article's sentences), as `--json` prints it for files.
fn run_jsonl(file: &Path, topic: bool, as_json: bool, options: &Options) -> Result<(), String> {
    let text = read(file)?;
    // Buffered, one write a line: a row written through `Display` went to
    // the line-buffered stdout in thousands of small pieces, each searched
    // for a line end (at 2,000 articles with --json, 0.35 G of the 4.58 G
    // instructions).
    let mut out = io::BufWriter::new(io::stdout().lock());
    for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
        let v: Value = serde_json::from_str(line).map_err(|e| format!("line {}: {e}", n + 1))?;
        let id = v.get("id").cloned().unwrap_or(Value::Null);
        let docs = v
            .get("docs")
            .and_then(Value::as_array)
            .ok_or(format!("line {}: no docs", n + 1))?;
        let articles: Vec<Article> = docs
            .iter()
            .map(|d| Article {
                title: d.get("title").and_then(Value::as_str).map(str::to_string),
                text: d.get("text").and_then(Value::as_str).unwrap_or("").to_string(),
                source: d.get("source").and_then(Value::as_str).map(str::to_string),
            })
            .collect();
        let mut opts = options.clone();
        if topic {
            if let Some(t) = v.pointer("/meta/topic") {
                let focus: Vec<&str> = ["title", "narr", "narrative", "description", "query"]
                    .iter()
                    .filter_map(|k| t.get(*k).and_then(Value::as_str))
                    .collect();
                opts = opts.with_focus(focus.join(" "));
            }
        }
        let start = std::time::Instant::now();
        let row = match summarize(&articles, &opts) {
            Ok(s) => {
                let mut row = json!({
                    "id": id,
                    "summary": s.sentences.iter().map(|c| c.text.as_str()).collect::<Vec<_>>().join(" "),
                    "sentences": s.sentences.len(),
                    "ms": start.elapsed().as_secs_f64() * 1000.0,
                });
                if as_json {
                    row["result"] = serde_json::to_value(&s).map_err(|e| e.to_string())?;
                }
                row
            }
            Err(e) => json!({"id": id, "summary": "", "error": e.to_string()}),
        };
        serde_json::to_writer(&mut out, &row).map_err(|e| e.to_string())?;
        out.write_all(b"\n")
            .and_then(|()| out.flush())
            .map_err(|e| e.to_string())?;
    }
    Ok(())
}
