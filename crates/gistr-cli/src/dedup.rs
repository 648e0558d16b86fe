//! `gistr dedup`: near-duplicate lines and sentence pairs, judged by the
//! summariser's own duplicate decision.

use gistr::{Dedup, Options};
use serde_json::{json, Map, Value};
use std::io::{self, Write};

/// `features`: with `pairs`, each verdict's features too (a tuning aid,
/// for `eval/pairs-fit.py`).
pub fn run(text: &str, pairs: bool, features: bool, options: &Options) -> Result<(), String> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    if pairs {
        let mut rows = Vec::new();
        for (n, line) in text.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            let v: Value = serde_json::from_str(line).map_err(|e| format!("line {}: {e}", n + 1))?;
            let get = |k: &str| v.get(k).and_then(Value::as_str).unwrap_or("").to_string();
            rows.push((get("a"), get("b")));
        }
        // One corpus for IDF: every sentence of the file. (IDF per "cluster"
        // field, closer to the summariser's one event, measured no better.)
        let texts: Vec<&str> = rows.iter().flat_map(|(a, b)| [a.as_str(), b.as_str()]).collect();
        let d = Dedup::new(&texts, options.language());
        for i in 0..rows.len() {
            // The verdict in the one schema, as `comparePairs` gives it in JS.
            let mut row = serde_json::to_value(d.compare(2 * i, 2 * i + 1)).map_err(|e| e.to_string())?;
            if features {
                let f: Map<String, Value> = d
                    .explain(2 * i, 2 * i + 1)
                    .into_iter()
                    .map(|(k, x)| (k.to_string(), json!(round(x))))
                    .collect();
                row["features"] = Value::Object(f);
            }
            writeln!(out, "{row}").map_err(|e| e.to_string())?;
        }
    } else {
        let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
        let d = Dedup::new(&lines, options.language());
        for (g, group) in d.groups().iter().enumerate() {
            writeln!(out, "group {}:", g + 1).map_err(|e| e.to_string())?;
            for &i in group {
                writeln!(out, "  {}", lines[i]).map_err(|e| e.to_string())?;
            }
        }
    }
    out.flush().map_err(|e| e.to_string())
}

fn round(x: f32) -> f64 {
    (x as f64 * 1000.0).round() / 1000.0
}
