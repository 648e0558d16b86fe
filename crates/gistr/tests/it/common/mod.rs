//! What the integration tests share: the strike fixtures
//! (tests/fixtures/strike), written for this project, a summary of them,
//! and the seed articles beside the repository (`../shared/seeds`), when
//! they are there. Each test module uses a part.
#![allow(dead_code)]

use std::path::PathBuf;

use gistr::{summarize, Article, Budget, Options, Summary};

/// The strike articles, each with its file name as its source.
pub fn strike() -> Vec<Article> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/strike");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .expect("fixtures")
        .map(|e| e.expect("entry").path())
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("").to_string();
            Article::new(std::fs::read_to_string(p).expect("fixture")).with_source(name)
        })
        .collect()
}

/// The summary of the strike articles at `budget`.
pub fn run(budget: Budget) -> Summary {
    summarize(&strike(), &Options::default().with_budget(budget)).expect("summary")
}

/// The seeds' `.txt` files (`../shared/seeds`), sorted; `None`, with a
/// note that the test is skipped, when the folder is absent (as in CI).
pub fn seed_files() -> Option<Vec<PathBuf>> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/seeds");
    let Ok(entries) = std::fs::read_dir(dir) else {
        eprintln!("skipped: {dir} absent");
        return None;
    };
    let mut files: Vec<PathBuf> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    Some(files)
}
