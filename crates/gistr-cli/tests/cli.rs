//! The `gistr` binary: files, stdin, JSON, JSON lines, dedup and errors.

use std::io::Write;
use std::process::{Command, Output, Stdio};

/// The repository's root: the fixtures' paths below are relative to it, and
/// the CLI runs there.
const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");

/// A fixture, by its path from the repository's root.
fn read(path: &str) -> std::io::Result<String> {
    std::fs::read_to_string(std::path::Path::new(ROOT).join(path))
}

fn gistr(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_gistr"))
        .args(args)
        .current_dir(ROOT)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("gistr runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("gistr exits")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

const FILES: [&str; 3] = [
    "tests/fixtures/strike/1-harbour-herald.txt",
    "tests/fixtures/strike/2-daily-ledger.txt",
    "tests/fixtures/strike/3-wire.txt",
];

/// A fixture file as the CLI reads it: plain text, as the page reads a
/// `.txt` file (the core's `Article::from_plain_text`), its path the source.
fn plain_text(path: &str) -> gistr::Article {
    let name = std::path::Path::new(path).file_name().and_then(|n| n.to_str());
    gistr::Article::from_plain_text(&read(path).expect("fixture"), name).with_source(path)
}

/// Made-up reports of one storm (written for this test), each with its
/// headline on the first line, after a blank line and a CR LF: the page
/// takes those lines as titles, and so does the CLI.
const STORM: [&str; 3] = [
    "\r\nStorm knocks out power to 80,000 homes in Bergen\r\nA storm with winds of up to 140 km/h knocked out power to about 80,000 homes in western Norway on Sunday, the grid operator said.\r\nTrees fell across railway lines, and trains between Bergen and Oslo were cancelled for the rest of the day.\r\nCrews expect to restore electricity to most homes by Tuesday, the operator said in a statement.\r\n",
    "Bergen storm leaves tens of thousands without electricity\nAbout 80,000 households in western Norway lost power on Sunday as a storm brought gusts of up to 140 km/h, the grid operator said.\nRail services between Bergen and Oslo were cancelled after trees fell on the tracks.\nForecasters had put the coast under a red warning from Saturday evening.\n",
    "Red warning as storm hits Norway's west coast\nPower was cut to around 80,000 homes on Sunday as winds of 140 km/h battered Bergen and the surrounding coast.\nTrain services between Bergen and Oslo were suspended after fallen trees blocked the line.\nThe grid operator said it hoped to restore supply to most customers by Tuesday.\n",
];

/// Writes `texts` as files named `names` in a fresh directory; returns their paths.
fn write_files(tag: &str, names: &[&str], texts: &[&str]) -> (std::path::PathBuf, Vec<String>) {
    let dir = std::env::temp_dir().join(format!("gistr-cli-{tag}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp");
    let paths = names
        .iter()
        .zip(texts)
        .map(|(n, t)| {
            let p = dir.join(n);
            std::fs::write(&p, t).expect("write");
            p.to_str().expect("utf-8").to_string()
        })
        .collect();
    (dir, paths)
}

/// FILEs and stdin are read as the page reads a .txt file: the headline
/// line is the title, line ends are `\n`, the text is trimmed
/// (`Article::from_plain_text`, whose rule tests/fixtures/titles.json pins
/// for the core and the page alike). `--no-title` reads them as before:
/// the text as read, untitled. HTML and Markdown files are read as they are.
#[test]
fn plain_text_gives_its_headline_as_the_title() {
    let (dir, paths) = write_files("titles", &["j1.txt", "j2.txt", "j3.TXT"], &STORM);
    let summary_of = |articles: &[gistr::Article]| {
        let options = gistr::Options::default();
        serde_json::to_string(&gistr::summarize(articles, &options).expect("summary")).expect("JSON") + "\n"
    };
    let titled: Vec<gistr::Article> = paths
        .iter()
        .zip(STORM)
        .map(|(p, t)| {
            let name = std::path::Path::new(p).file_name().and_then(|n| n.to_str());
            gistr::Article::from_plain_text(t, name).with_source(p.as_str())
        })
        .collect();
    assert_eq!(
        titled[0].title.as_deref(),
        Some("Storm knocks out power to 80,000 homes in Bergen")
    );
    let untitled: Vec<gistr::Article> = STORM.iter().map(|t| gistr::Article::new(*t)).collect();
    let mut args = vec!["--json"];
    args.extend(paths.iter().map(String::as_str));
    let with_titles = stdout(&gistr(&args, ""));
    assert_eq!(with_titles, summary_of(&titled));
    // The titles change the summary here: the headlines focus the ranking.
    assert_ne!(with_titles, summary_of(&untitled));
    args.push("--no-title");
    assert_eq!(stdout(&gistr(&args, "")), summary_of(&untitled));
    // Stdin: the same rule, without a file name to fall back on.
    let o = gistr(&["--json", "-"], STORM[0]);
    assert_eq!(
        stdout(&o),
        summary_of(&[gistr::Article::from_plain_text(STORM[0], None)])
    );
    let o = gistr(&["--json", "--no-title", "-"], STORM[0]);
    assert_eq!(stdout(&o), summary_of(&[gistr::Article::new(STORM[0])]));
    // Markdown and HTML: read as they are (the CLI extracts neither).
    let (md_dir, md) = write_files("titles-md", &["j1.md", "j2.HTML"], &STORM[..2]);
    let o = gistr(&["--json", &md[0], &md[1]], "");
    assert_eq!(stdout(&o), summary_of(&untitled[..2]));
    // --no-title is for FILEs: --jsonl takes each title from its docs.
    let o = gistr(&["--no-title", "--jsonl", &paths[0]], "");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--no-title goes with FILE"));
    let _ = std::fs::remove_dir_all(dir);
    let _ = std::fs::remove_dir_all(md_dir);
}

/// A plain-text FILE or stdin holding separator lines (a line of three or
/// more dashes) is several articles, as on the page (the core's
/// `Article::split_plain_text`, whose rule tests/fixtures/separators.json
/// pins for the core and the page alike): the same summary and credits as
/// the articles in files of their own, numbered in order, with a note on
/// stderr. Markdown and HTML are not split; `--no-split` and `--no-title`
/// read each file as one article. Before, a file was one article whatever
/// it held: the three reports in one file gave one article's summary.
#[test]
fn separator_lines_split_a_plain_text_into_articles() {
    let joined = format!("{}---\n{}\r\n   -----   \r\n{}", STORM[0], STORM[1], STORM[2]);
    let first_two = format!("{}\n\u{A0}---\u{3000}\n{}", STORM[0], STORM[1]);
    let (dir, paths) = write_files(
        "split",
        &[
            "j1.txt",
            "j2.txt",
            "j3.txt",
            "all.txt",
            "two.txt",
            "all.md",
            "dashes.txt",
        ],
        &[
            STORM[0],
            STORM[1],
            STORM[2],
            &joined,
            &first_two,
            &joined,
            "---\n\n-----\n",
        ],
    );
    let [j1, j2, j3, all, two, md, dashes] = [0, 1, 2, 3, 4, 5, 6].map(|i| paths[i].as_str());
    let run = |args: &[&str], stdin: &str| {
        let o = gistr(args, stdin);
        assert!(
            o.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&o.stderr)
        );
        (stdout(&o), String::from_utf8_lossy(&o.stderr).into_owned())
    };
    let (three_files, err) = run(&["--json", j1, j2, j3], "");
    assert!(!err.contains("note"), "{err}");
    let v: serde_json::Value = serde_json::from_str(&three_files).expect("JSON");
    assert_eq!(v["articles"].as_array().map(Vec::len), Some(3));
    assert!(
        v["sentences"]
            .as_array()
            .expect("sentences")
            .iter()
            .any(|s| s["articles"].as_array().is_some_and(|a| a.len() > 1)),
        "a credit to more than one article: {three_files}"
    );
    // One file of three articles: the same result, byte for byte (the
    // titles are the headline lines either way).
    let (one_file, err) = run(&["--json", all], "");
    assert_eq!(one_file, three_files);
    assert!(
        err.contains("all.txt holds 3 articles between --- lines: articles 1 to 3"),
        "{err}"
    );
    // Stdin likewise, named "stdin" in the note.
    let (from_stdin, err) = run(&["--json", "-"], &joined);
    assert_eq!(from_stdin, three_files);
    assert!(
        err.contains("gistr: note: stdin holds 3 articles between --- lines: articles 1 to 3"),
        "{err}"
    );
    // Two articles in one file and one in another: the same sentences and
    // marks as three files, and the note numbers the split file's articles.
    let (text_three, _) = run(&[j1, j2, j3], "");
    let (text_split, err) = run(&[two, j3], "");
    assert_eq!(text_split, text_three);
    assert!(
        text_split
            .lines()
            .any(|l| l.ends_with(",2]") || l.ends_with(",3]")),
        "{text_split}"
    );
    assert!(
        err.contains("two.txt holds 2 articles between --- lines: articles 1 and 2"),
        "{err}"
    );
    let (_, err) = run(&[j3, two], "");
    assert!(
        err.contains("two.txt holds 2 articles between --- lines: articles 2 and 3"),
        "{err}"
    );
    // A file of separators alone is no article, as on the page.
    let (with_dashes, err) = run(&["--json", j1, dashes, j2, j3], "");
    assert_eq!(with_dashes, three_files);
    assert!(
        err.contains("dashes.txt holds only --- lines: no article"),
        "{err}"
    );
    // Alone, nothing to summarise: exit status 3 and the reason, as an empty
    // input gives (it was status 1, "no articles to summarise", no JSON).
    let alone = gistr(&["--json", dashes], "");
    let empty = gistr(&["--json", "-"], "");
    assert_eq!(
        alone.status.code(),
        Some(3),
        "{}",
        String::from_utf8_lossy(&alone.stderr)
    );
    assert_eq!(empty.status.code(), Some(3));
    assert_eq!(stdout(&alone), stdout(&empty));
    assert!(stdout(&alone).contains("\"empty\""), "{}", stdout(&alone));
    // Markdown is read as it is: one article, untitled, not split.
    let summary_of = |articles: &[gistr::Article]| {
        serde_json::to_string(&gistr::summarize(articles, &gistr::Options::default()).expect("summary"))
            .expect("JSON")
            + "\n"
    };
    let (as_md, err) = run(&["--json", md], "");
    assert_eq!(as_md, summary_of(&[gistr::Article::new(joined.as_str())]));
    assert_ne!(as_md, three_files);
    assert!(!err.contains("note"), "{err}");
    // --no-split: one article, titled; --no-title: one article as read.
    let (whole, err) = run(&["--json", "--no-split", all], "");
    assert_eq!(
        whole,
        summary_of(&[gistr::Article::from_plain_text(&joined, Some("all.txt"))])
    );
    assert!(!err.contains("note"), "{err}");
    let (as_is, _) = run(&["--json", "--no-title", all], "");
    assert_eq!(as_is, summary_of(&[gistr::Article::new(joined.as_str())]));
    // --no-split is for FILEs: --jsonl takes each article from its docs.
    let o = gistr(&["--no-split", "--jsonl", j1], "");
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("--no-split goes with FILE"));
    let _ = std::fs::remove_dir_all(dir);
}

/// Files not in UTF-8 are read as the page reads a dropped file (the WHATWG
/// Encoding Standard): windows-1252 (what "Latin-1" means on the web),
/// UTF-16 with its byte order mark, and UTF-8 without its byte order mark.
/// Before, the first came out with U+FFFD for every accented letter, and
/// the second was refused as binary.
#[test]
fn files_in_other_encodings_read_as_the_page_reads_them() {
    let texts: Vec<String> = STORM
        .iter()
        .map(|t| {
            t.replace("Bergen", "Bergen (Bjørgvin)")
                .replace("operator", "opérateur")
        })
        .collect();
    let encoded: Vec<Vec<u8>> = vec![
        texts[0]
            .chars()
            .map(|c| u8::try_from(u32::from(c)).expect("Latin-1"))
            .collect(),
        [0xFF, 0xFE]
            .into_iter()
            .chain(texts[1].encode_utf16().flat_map(u16::to_le_bytes))
            .collect(),
        [0xEF, 0xBB, 0xBF].into_iter().chain(texts[2].bytes()).collect(),
    ];
    let dir = std::env::temp_dir().join(format!("gistr-cli-encodings-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp");
    let mut args = vec!["--json".to_string()];
    let mut articles = Vec::new();
    for ((name, bytes), text) in ["cp1252.txt", "utf16.txt", "bom.txt"]
        .iter()
        .zip(&encoded)
        .zip(&texts)
    {
        let path = dir.join(name);
        std::fs::write(&path, bytes).expect("write");
        let path = path.to_str().expect("utf-8").to_string();
        articles.push(gistr::Article::from_plain_text(text, Some(name)).with_source(path.as_str()));
        args.push(path);
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let o = gistr(&args, "");
    assert_eq!(o.status.code(), Some(0), "{}", String::from_utf8_lossy(&o.stderr));
    let want =
        serde_json::to_string(&gistr::summarize(&articles, &gistr::Options::default()).expect("summary"))
            .expect("JSON")
            + "\n";
    assert_eq!(stdout(&o), want);
    assert!(stdout(&o).contains("Bjørgvin"));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn summarises_files_with_source_marks() {
    let mut args = vec!["--sentences", "3"];
    args.extend(FILES);
    let o = gistr(&args, "");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let out = stdout(&o);
    assert_eq!(out.lines().count(), 3, "{out}");
    assert!(out.lines().all(|l| l.ends_with(']')), "{out}");
    // The union's call, reported by the first two articles in near-copies
    // (strength 0.92), is credited to both; the third article's "went on
    // strike … in a dispute over automation" is only related (0.76), below
    // the strict "reported by" bar (issue 18).
    assert!(out.contains("[1,2]"), "{out}");
    // One file: no marks ("[1]" under every sentence would be "1 of 1").
    let o = gistr(&["--sentences", "3", FILES[0]], "");
    let out = stdout(&o);
    assert_eq!(out.lines().count(), 3, "{out}");
    assert!(out.lines().all(|l| !l.ends_with(']')), "{out}");
}

/// Fewer sentences than asked: a note on stderr says why ("N sentences, not
/// the 10000 asked: the other M sentences repeat these …"); none when the
/// summary fills its budget.
#[test]
fn a_summary_shorter_than_asked_says_why_on_stderr() {
    let mut args = vec!["--sentences", "10000"];
    args.extend(FILES);
    let o = gistr(&args, "");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let err = String::from_utf8_lossy(&o.stderr);
    let n = stdout(&o).lines().count();
    assert!(
        err.contains(&format!(
            "gistr: note: {n} sentences, not the 10000 asked: the other "
        )),
        "{err}"
    );
    assert!(
        err.contains("repeat these (") && err.contains("are not news ("),
        "{err}"
    );
    let mut args = vec!["--sentences", "3"];
    args.extend(FILES);
    let o = gistr(&args, "");
    assert!(!String::from_utf8_lossy(&o.stderr).contains("asked"));
}

#[test]
fn reads_stdin_and_prints_json() {
    let text = read(FILES[0]).expect("fixture");
    let o = gistr(&["--json", "--words", "50", "-"], &text);
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert!(v["sentences"].as_array().is_some_and(|s| !s.is_empty()));
    assert!(v["articles"][0]["sentences"][0]["span"]["startUtf16"].is_u64());
    assert!(v["keywords"].is_array());
}

/// `--json` prints the library's one schema (`Serialize` on the output
/// types): `serde_json::to_string` of the summary, which tests/wasm.rs
/// checks is byte for byte what the JavaScript binding gives. Fields that
/// do not apply to a sentence's status are left out, never `null`; a
/// sentence without duplicates has `"cluster": null`.
#[test]
fn json_is_the_serialized_summary() {
    let mut args = vec!["--json", "--sentences", "3"];
    args.extend(FILES);
    let o = gistr(&args, "");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let articles: Vec<gistr::Article> = FILES.iter().map(|f| plain_text(f)).collect();
    let options = gistr::Options::default().with_budget(gistr::Budget::Sentences(3));
    let summary = gistr::summarize(&articles, &options).expect("summary");
    let want = serde_json::to_string(&summary).expect("JSON") + "\n";
    assert_eq!(stdout(&o), want);
    for absent in ["\"reason\":null", "\"of\":null", "\"similarity\":null"] {
        assert!(!want.contains(absent), "{absent}");
    }
    for present in [
        "\"cluster\":null",
        "\"reason\":\"",
        "\"of\":{",
        "\"status\":\"duplicate\"",
    ] {
        assert!(want.contains(present), "{present}");
    }
}

#[test]
fn summarises_json_lines_clusters() {
    let docs: Vec<serde_json::Value> = FILES
        .iter()
        .map(|f| serde_json::json!({"title": "", "text": read(f).expect("fixture")}))
        .collect();
    let line1 = serde_json::json!({"id": "A", "docs": docs, "meta": {"topic": {"title": "ships diverted"}}});
    let line2 = serde_json::json!({"id": "B", "docs": []});
    let dir = std::env::temp_dir().join(format!("gistr-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp");
    let path = dir.join("clusters.jsonl");
    std::fs::write(&path, format!("{line1}\n\n{line2}\n")).expect("write");
    let o = gistr(
        &[
            "--jsonl",
            path.to_str().expect("utf-8"),
            "--words",
            "40",
            "--topic",
        ],
        "",
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let rows: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON line"))
        .collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["id"], "A");
    let summary = rows[0]["summary"].as_str().expect("summary");
    // About 40 words: the last sentence may cross by min(20, 40/5) = 8.
    assert!(!summary.is_empty() && summary.split_whitespace().count() <= 48);
    assert_eq!(rows[1]["summary"], "");
    assert!(rows[1]["error"]
        .as_str()
        .is_some_and(|e| e.contains("no articles")));
    let _ = std::fs::remove_dir_all(dir);
}

/// `--jsonl --json`: each line carries the whole result (credits
/// included), the same as `--json` gives for the same articles as files.
#[test]
fn json_lines_carry_the_whole_result() {
    let docs: Vec<serde_json::Value> = FILES
        .iter()
        .map(|f| {
            let a = plain_text(f);
            serde_json::json!({"title": a.title, "text": a.text, "source": f})
        })
        .collect();
    let dir = std::env::temp_dir().join(format!("gistr-cli-json-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp");
    let path = dir.join("clusters.jsonl");
    std::fs::write(&path, format!("{}\n", serde_json::json!({"id": 7, "docs": docs}))).expect("write");
    let o = gistr(
        &[
            "--jsonl",
            path.to_str().expect("utf-8"),
            "--json",
            "--sentences",
            "3",
        ],
        "",
    );
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let row: serde_json::Value = serde_json::from_str(stdout(&o).trim_end()).expect("one JSON line");
    let mut args = vec!["--json", "--sentences", "3"];
    args.extend(FILES);
    let files: serde_json::Value = serde_json::from_str(&stdout(&gistr(&args, ""))).expect("JSON");
    assert_eq!(row["id"], 7);
    assert_eq!(row["result"], files);
    assert!(row["result"]["sentences"][0]["articles"].is_array());
    // Without --json, no result: the lines stay small for batch scoring.
    let o = gistr(
        &["--jsonl", path.to_str().expect("utf-8"), "--sentences", "3"],
        "",
    );
    let row: serde_json::Value = serde_json::from_str(stdout(&o).trim_end()).expect("one JSON line");
    assert!(row.get("result").is_none());
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn dedup_groups_lines_and_judges_pairs() {
    let dir = std::env::temp_dir().join(format!("gistr-dedup-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("tmp");
    let lines = dir.join("lines.txt");
    std::fs::write(
        &lines,
        "Dock workers strike at Port Halden over automation\n\
         Storm warning issued for the weekend\n\
         Port Halden dock workers strike over automation plan\n",
    )
    .expect("write");
    let o = gistr(&["dedup", lines.to_str().expect("utf-8")], "");
    assert!(o.status.success());
    let out = stdout(&o);
    assert!(out.starts_with("group 1:"), "{out}");
    assert!(!out.contains("Storm"), "{out}");
    let pairs = dir.join("pairs.jsonl");
    std::fs::write(
        &pairs,
        "{\"a\": \"The strike began on Monday.\", \"b\": \"On Monday the strike began.\"}\n\
         {\"a\": \"The strike began on Monday.\", \"b\": \"Grain farmers fear the season is lost.\"}\n",
    )
    .expect("write");
    let o = gistr(&["dedup", "--pairs", pairs.to_str().expect("utf-8")], "");
    let rows: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    assert_eq!(rows.len(), 2);
    assert_eq!(rows[0]["duplicate"], true);
    assert_eq!(rows[1]["duplicate"], false);
    assert!(rows[0]["similarity"]
        .as_f64()
        .is_some_and(|s| s > rows[1]["similarity"].as_f64().unwrap_or(1.0)));
    assert!(rows[0].get("features").is_none());
    // --features adds what each verdict was made from, nothing else changes.
    let o = gistr(
        &["dedup", "--pairs", "--features", pairs.to_str().expect("utf-8")],
        "",
    );
    let explained: Vec<serde_json::Value> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    assert_eq!(explained.len(), 2);
    for (e, r) in explained.iter().zip(&rows) {
        assert_eq!(e["similarity"], r["similarity"]);
        for f in ["coverage", "words", "chars"] {
            assert!(
                e["features"][f]
                    .as_f64()
                    .is_some_and(|x| (0.0..=1.0).contains(&x)),
                "{e}"
            );
        }
    }
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn usage_errors_exit_2_and_runtime_errors_exit_1() {
    let cases: &[(&[&str], i32, &str)] = &[
        (&[], 2, "no input files"),
        (&["--features", "x"], 2, "--features goes with dedup --pairs"),
        (
            &["--sentences", "many", "x"],
            2,
            "invalid option sentences: must be a whole number from 1",
        ),
        (&["--order", "random", "x"], 2, "invalid option order"),
        (&["--ratio", "0.1", "--ratio", "0.2", "x"], 2, "(got ratio twice)"),
        (&["--bogus"], 2, "bogus"),
        (&["does-not-exist.txt"], 1, "does-not-exist.txt"),
        // A bad language code is a bad option like any other: refused when the
        // options are read, before the file is.
        (
            &["--lang", "xx", "tests/fixtures/strike/3-wire.txt"],
            2,
            "invalid option language",
        ),
    ];
    for (args, code, needle) in cases {
        let o = gistr(args, "");
        assert_eq!(o.status.code(), Some(*code), "{args:?}");
        let err = String::from_utf8_lossy(&o.stderr);
        assert!(err.contains(needle), "{args:?}: {err}");
        // One line, no usage dump.
        assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: {err}");
    }
    let o = gistr(&["--help"], "");
    assert!(o.status.success() && stdout(&o).contains("USAGE"));
}

#[test]
fn binary_input_is_refused_with_a_reason() {
    let o = gistr(&["-"], "\u{0}\u{1}\u{7f}garbage\u{fffd}");
    assert_eq!(o.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&o.stderr).contains("stdin: this looks like a binary file, not text"));
}

/// Each bad value of tests/fixtures/option-errors.json is refused with the
/// message that JavaScript and Python give for it, word for word (the one
/// checker, `gistr::options`).
#[test]
fn bad_options_give_the_message_every_front_end_gives() {
    let table: serde_json::Value =
        serde_json::from_str(&read("tests/fixtures/option-errors.json").expect("fixture")).expect("JSON");
    let cases = table["cases"].as_array().expect("cases");
    assert!(cases.len() >= 10);
    for case in cases {
        let mut args: Vec<&str> = case["cli"]
            .as_array()
            .expect("cli")
            .iter()
            .map(|a| a.as_str().expect("a flag"))
            .collect();
        args.push(FILES[2]);
        let o = gistr(&args, "");
        let message = case["message"].as_str().expect("message");
        let err = String::from_utf8_lossy(&o.stderr);
        let line = err.trim_end();
        assert!(
            line == format!("gistr: {message}")
                || line == format!("gistr: {message} (gistr --help lists the options)"),
            "{args:?}: {line}"
        );
        assert!(!o.status.success(), "{args:?}");
    }
}
