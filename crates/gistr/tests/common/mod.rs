//! What the integration tests share: the strike fixtures
//! (tests/fixtures/strike), written for this project, and a summary of them.

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
