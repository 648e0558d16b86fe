//! The JavaScript binding of gistr: the only crate that knows wasm-bindgen
//! and `JsValue`. It reads camelCase plain objects into the core's structs
//! ([`gistr::options::RawOptions`] for the options, checked by the core),
//! returns the core's output types through serde-wasm-bindgen (the one
//! schema), and turns every error into a JS `Error`. The binding itself is
//! built for `wasm32-unknown-unknown` only; natively this crate holds only
//! the option table below, so that its test runs with the others.
#![deny(missing_docs)]

#[cfg(target_arch = "wasm32")]
mod js;
#[cfg(target_arch = "wasm32")]
pub use js::*;

/// [`gistr::options::ANALYSIS`] and [`gistr::options::SELECTION`] as JSON,
/// what `optionGroups()` returns for the page's worker to split a request's
/// options by (tested equal below). A JSON string parsed by JavaScript:
/// built through serde or js_sys the table cost 0.4 KB of the gzipped
/// module.
pub const GROUPS_JSON: &str =
    r#"{"analysis":["language","focus"],"selection":["sentences","words","ratio","order"]}"#;

#[cfg(test)]
mod tests {
    use gistr::options::{ANALYSIS, SELECTION};

    #[test]
    fn the_groups_json_is_the_core_groups() {
        let quoted = |g: &[&str]| g.iter().map(|n| format!("\"{n}\"")).collect::<Vec<_>>().join(",");
        assert_eq!(
            super::GROUPS_JSON,
            format!(
                "{{\"analysis\":[{}],\"selection\":[{}]}}",
                quoted(ANALYSIS),
                quoted(SELECTION)
            )
        );
    }
}
