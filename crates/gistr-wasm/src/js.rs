//! The functions and class exported to JavaScript.

use gistr::options::{self, RawOptions};
#[cfg(not(feature = "lean"))]
use gistr::summarize as core_summarize;
use gistr::{Article, Options, Summarizer as CoreSummarizer};
#[cfg(not(feature = "lean"))]
use gistr::{Dedup, Verdict};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// The TypeScript types of the binding, written by hand in `crates/gistr-wasm/src/wasm.d.ts`
/// and checked against real output by `crates/gistr-wasm/tests/types.rs` (`tsc --strict`).
#[wasm_bindgen(typescript_custom_section)]
const TS_TYPES: &'static str = include_str!("wasm.d.ts");

// Input is read with js_sys rather than serde's Deserialize: serde's
// errors format the unexpected value, which brings float formatting (about
// 14 KB of the .wasm) along; output still goes through serde-wasm-bindgen.

/// Property `key` of `obj`: `None` when it is missing, undefined or null.
fn property(obj: &JsValue, key: &str) -> Option<JsValue> {
    js_sys::Reflect::get(obj, &JsValue::from_str(key))
        .ok()
        .filter(|v| !v.is_undefined() && !v.is_null())
}

/// What a JS value is, for error messages.
fn kind_of(v: &JsValue) -> &'static str {
    if v.is_undefined() || v.is_null() {
        "nothing"
    } else if v.as_string().is_some() {
        "a string"
    } else if v.as_f64().is_some() {
        "a number"
    } else if v.as_bool().is_some() {
        "a boolean"
    } else if js_sys::Array::is_array(v) {
        "an array"
    } else if v.is_object() {
        "an object"
    } else {
        "another type"
    }
}

/// Optional string property `key` of `obj`.
fn string_field(obj: &JsValue, key: &str) -> Result<Option<String>, String> {
    match property(obj, key) {
        None => Ok(None),
        Some(v) => v
            .as_string()
            .map(Some)
            .ok_or_else(|| format!("{key} is {}, expected a string", kind_of(&v))),
    }
}

/// Optional number property `key` of `obj`.
fn number_field(obj: &JsValue, key: &str) -> Result<Option<f64>, String> {
    match property(obj, key) {
        None => Ok(None),
        Some(v) => v
            .as_f64()
            .map(Some)
            .ok_or_else(|| format!("{key} is {}, expected a number", kind_of(&v))),
    }
}

/// The properties of `obj` not in `known`, as an error naming the first.
fn unknown_fields(obj: &JsValue, known: &[&str]) -> Result<(), String> {
    let Some(o) = obj.dyn_ref::<js_sys::Object>() else {
        return Err(format!("expected an object, got {}", kind_of(obj)));
    };
    for key in js_sys::Object::keys(o).iter() {
        let key = key.as_string().unwrap_or_default();
        if !known.contains(&key.as_str()) {
            return Err(format!(
                "unknown field \"{key}\", expected one of {}",
                options::list(known)
            ));
        }
    }
    Ok(())
}

/// The articles, from an array of `{title?, text, source?}`.
fn read_articles(value: &JsValue) -> Result<Vec<Article>, String> {
    if !js_sys::Array::is_array(value) {
        return Err(format!("got {}", kind_of(value)));
    }
    let array: &js_sys::Array = value.unchecked_ref();
    let mut articles = Vec::with_capacity(array.length() as usize);
    for (i, a) in array.iter().enumerate() {
        let at = |e: String| format!("article {i}: {e}");
        unknown_fields(&a, &["title", "text", "source"]).map_err(at)?;
        articles.push(Article {
            title: string_field(&a, "title").map_err(at)?,
            text: string_field(&a, "text")
                .map_err(at)?
                .ok_or_else(|| at("missing field text".into()))?,
            source: string_field(&a, "source").map_err(at)?,
        });
    }
    Ok(articles)
}

/// [`read_articles`], its error a JS `Error` that says what was expected.
fn articles_of(value: &JsValue) -> Result<Vec<Article>, JsError> {
    read_articles(value).map_err(|e| {
        JsError::new(&format!(
            "invalid articles: {e}; expected an array of {{title?, text, source?}}"
        ))
    })
}

/// `optionGroups()`: `{analysis: ["language", "focus"], selection:
/// ["sentences", "words", "ratio", "order"]}`, the one table of which
/// options `new Summarizer` takes (the analysis) and which
/// `Summarizer.summarize` takes (the selection), for the page's worker to
/// split a request's options by ([`GROUPS_JSON`](crate::GROUPS_JSON)).
#[wasm_bindgen(js_name = optionGroups, skip_typescript)]
pub fn option_groups() -> JsValue {
    // The JSON is a constant that parses (tested in lib.rs).
    js_sys::JSON::parse(crate::GROUPS_JSON).unwrap_or(JsValue::NULL)
}

/// The options of a JS object (none when undefined or null) as given: a
/// misspelt option is named, not ignored. Serde would not see properties
/// it does not look up.
fn read_options(value: &JsValue) -> Result<RawOptions, JsError> {
    if value.is_undefined() || value.is_null() {
        return Ok(RawOptions::default());
    }
    let Some(obj) = value.dyn_ref::<js_sys::Object>() else {
        return Err(JsError::new("invalid options: expected an object"));
    };
    let keys: Vec<String> = js_sys::Object::keys(obj)
        .iter()
        .map(|k| k.as_string().unwrap_or_default())
        .collect();
    options::check_names(keys.iter().map(String::as_str)).map_err(|e| JsError::new(&e))?;
    let read = || -> Result<RawOptions, String> {
        Ok(RawOptions {
            sentences: number_field(value, "sentences")?,
            words: number_field(value, "words")?,
            ratio: number_field(value, "ratio")?,
            order: string_field(value, "order")?,
            language: string_field(value, "language")?,
            focus: string_field(value, "focus")?,
        })
    };
    read().map_err(|e| JsError::new(&format!("invalid options: {e}")))
}

/// The options of `value`, of which only those named in `allowed` (the
/// group `what`) may be given.
fn options_of(value: &JsValue, allowed: &[&str], what: &str) -> Result<Options, JsError> {
    read_options(value)?
        .check_group(allowed, what)
        .map_err(|e| JsError::new(&e))
}

fn to_js<T: Serialize, E: From<JsError>>(value: &T) -> Result<JsValue, E> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        // serde-wasm-bindgen fails only on types this crate does not
        // serialise (maps with non-string keys, 64-bit numbers past 2^53);
        // its message is not formatted (less code in the module).
        .map_err(|_| JsError::new("could not build the result").into())
}

/// Whether this module analyses `text` in the language (an ISO code, or
/// `None` to detect it) as the full module would: always, but in the
/// English-only module (feature `lean`), where the language must be
/// English, given or certainly detected (`gistr::detect_language` gives
/// `""` where it is not sure).
fn in_this_module(language: Option<&str>, text: &str) -> bool {
    if !cfg!(feature = "lean") {
        return true;
    }
    match language.and_then(gistr::bench::Language::from_code) {
        Some(l) => l.code() == "en",
        None => gistr::detect_language(text) == "en",
    }
}

/// The binding's errors: a JS `Error` (`JsError`); in the English-only
/// module, any JS value, so that [`unavailable`] can name its own.
#[cfg(not(feature = "lean"))]
type Thrown = JsError;
#[cfg(feature = "lean")]
type Thrown = JsValue;

/// The error of the English-only module for an input that needs the full
/// one: a JS `Error` named `LanguageUnavailable`, which a client tells
/// from any other (`e.name`) to load the full module and ask it again.
#[cfg(feature = "lean")]
fn unavailable() -> JsValue {
    let e = js_sys::Error::new(
        "this is gistr's English-only module, and the input is not in English for certain: \
         use the full module (pkg/gistr_bg.wasm), which summarises it",
    );
    e.set_name("LanguageUnavailable");
    e.into()
}

/// [`unavailable`] unless every article is [`in_this_module`] with `options`.
fn check_languages(articles: &[Article], options: &Options) -> Result<(), Thrown> {
    let language = options.language();
    if articles.iter().all(|a| in_this_module(language, &a.text)) {
        return Ok(());
    }
    #[cfg(feature = "lean")]
    return Err(unavailable());
    #[cfg(not(feature = "lean"))]
    Ok(())
}

/// Summarises `articles` (an array of `{title?, text, source?}`) with
/// `options` (see `SummarizeOptions`). Not in the English-only module
/// (feature `lean`): the summary worker uses `Summarizer` alone.
#[cfg(not(feature = "lean"))]
#[wasm_bindgen(skip_typescript)]
pub fn summarize(articles: JsValue, options: JsValue) -> Result<JsValue, Thrown> {
    let articles = articles_of(&articles)?;
    let options = options_of(&options, options::NAMES, "the options")?;
    check_languages(&articles, &options)?;
    let result = core_summarize(&articles, &options).map_err(|e| JsError::new(&e.to_string()))?;
    to_js(&result)
}

/// Articles analysed once, summarised at any length (the `Summarizer` of
/// the TypeScript types).
#[wasm_bindgen(js_name = Summarizer, skip_typescript)]
pub struct JsSummarizer {
    inner: CoreSummarizer,
}

#[wasm_bindgen(js_class = Summarizer)]
impl JsSummarizer {
    /// Analyses `articles` with `options` (`language`, `focus`).
    #[wasm_bindgen(constructor)]
    pub fn new(articles: JsValue, options: JsValue) -> Result<JsSummarizer, Thrown> {
        let articles = articles_of(&articles)?;
        let options = options_of(&options, options::ANALYSIS, "the Summarizer's")?;
        check_languages(&articles, &options)?;
        let inner = CoreSummarizer::new(articles, &options).map_err(|e| JsError::new(&e.to_string()))?;
        Ok(JsSummarizer { inner })
    }

    /// The summary with `options` (`sentences`, `words`, `ratio`, `order`).
    pub fn summarize(&self, options: JsValue) -> Result<JsValue, JsError> {
        let options = options_of(&options, options::SELECTION, "summarize()'s")?;
        let result = self
            .inner
            .summarize(options.budget(), options.order())
            .map_err(|e| JsError::new(&e.to_string()))?;
        to_js(&result)
    }
}

/// Judges `[a, b]` pairs of sentences with the summariser's duplicate
/// decision; IDF comes from all the sentences given. Not in the
/// English-only module (feature `lean`), which serves the summary worker
/// alone.
#[cfg(not(feature = "lean"))]
#[wasm_bindgen(js_name = comparePairs, skip_typescript)]
pub fn compare_pairs(pairs: JsValue, language: Option<String>) -> Result<JsValue, JsError> {
    let pairs = read_pairs(&pairs).map_err(|e| {
        JsError::new(&format!(
            "invalid pairs: {e}; expected an array of [string, string]"
        ))
    })?;
    let texts: Vec<&str> = pairs.iter().flat_map(|(a, b)| [a.as_str(), b.as_str()]).collect();
    let d = Dedup::new(&texts, language.as_deref());
    let out: Vec<Verdict> = (0..pairs.len()).map(|i| d.compare(2 * i, 2 * i + 1)).collect();
    to_js(&out)
}

#[cfg(not(feature = "lean"))]
/// The pairs, from an array of `[string, string]`.
fn read_pairs(value: &JsValue) -> Result<Vec<(String, String)>, String> {
    if !js_sys::Array::is_array(value) {
        return Err(format!("got {}", kind_of(value)));
    }
    let array: &js_sys::Array = value.unchecked_ref();
    let mut pairs = Vec::with_capacity(array.length() as usize);
    for (i, p) in array.iter().enumerate() {
        let pair = p
            .dyn_ref::<js_sys::Array>()
            .filter(|p| p.length() == 2)
            .ok_or_else(|| format!("pair {i} is {}, expected an array of two strings", kind_of(&p)))?;
        let text = |j: u32| {
            let v = pair.get(j);
            v.as_string()
                .ok_or_else(|| format!("pair {i}: item {j} is {}, expected a string", kind_of(&v)))
        };
        pairs.push((text(0)?, text(1)?));
    }
    Ok(pairs)
}
