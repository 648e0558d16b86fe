//! The core's integration tests, one test binary: each module was its own
//! crate under `tests/`, and each crate linked the core, proptest and the
//! shared helpers again (nine links and nine builds of `common` for every
//! `cargo test`). Run one module with `cargo test -p gistr --test it
//! credits::`. proptest keeps the inputs that once failed in
//! `tests/proptest-regressions/MODULE.txt` (beside the folder holding
//! main.rs, as its `SourceParallel` rule finds them) and replays them first.

mod common;

mod chrome;
mod credits;
mod dedup;
mod fuzz_regressions;
mod languages;
mod lengths;
mod properties;
mod summarize;
mod titles;
