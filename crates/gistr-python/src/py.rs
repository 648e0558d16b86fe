//! The PyO3 glue, module `gistr._gistr`: Python values in, JSON strings
//! out. Every range and rule of the options is the core's
//! ([`RawOptions::check`]); this file only says what a Python type is.

use gistr::options::RawOptions;
use gistr::{Article, Options, Summarizer};
use pyo3::exceptions::{PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBool, PyDict, PyFloat, PyInt, PyList, PyString, PyTuple};

/// What a Python value is, for error messages ("a bool", "a bytes").
fn kind_of(v: &Bound<'_, PyAny>) -> String {
    if v.is_none() {
        return "None".into();
    }
    let name = v
        .get_type()
        .name()
        .map(|n| n.to_string())
        .unwrap_or_else(|_| "an object".into());
    let article = if name.starts_with(['a', 'e', 'i', 'o', 'u']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {name}")
}

/// A Python `str` as Rust text. A lone surrogate (which UTF-8 cannot hold)
/// becomes U+FFFD, as the CLI reads bytes that are not UTF-8.
fn text_of(s: &Bound<'_, PyString>) -> String {
    match s.to_cow() {
        Ok(t) => t.into_owned(),
        Err(_) => s.to_string_lossy().into_owned(),
    }
}

/// An optional `str` field `key` of `d` (None when missing or None).
fn string_field(d: &Bound<'_, PyDict>, key: &str) -> PyResult<Option<String>> {
    match d.get_item(key)? {
        None => Ok(None),
        Some(v) if v.is_none() => Ok(None),
        Some(v) => match v.cast::<PyString>() {
            Ok(s) => Ok(Some(text_of(s))),
            Err(_) => Err(PyTypeError::new_err(format!(
                "{key} is {}, expected a str",
                kind_of(&v)
            ))),
        },
    }
}

const ARTICLES: &str = "expected a list of str or of dicts {\"text\", \"title\"?, \"source\"?}";

/// One article: a `str`, or a dict `{"text", "title"?, "source"?}`.
fn article_of(a: &Bound<'_, PyAny>) -> PyResult<Article> {
    if let Ok(s) = a.cast::<PyString>() {
        return Ok(Article::new(text_of(s)));
    }
    let Ok(d) = a.cast::<PyDict>() else {
        return Err(PyTypeError::new_err(format!("is {}", kind_of(a))));
    };
    for key in d.keys() {
        let known = key
            .cast::<PyString>()
            .ok()
            .and_then(|k| {
                k.to_cow()
                    .ok()
                    .map(|k| ["text", "title", "source"].contains(&k.as_ref()))
            })
            .unwrap_or(false);
        if !known {
            return Err(PyValueError::new_err(format!(
                "unknown field {}, expected one of text, title, source",
                key.repr().map(|r| r.to_string()).unwrap_or_default()
            )));
        }
    }
    let text = string_field(d, "text")?.ok_or_else(|| PyValueError::new_err("missing field text"))?;
    Ok(Article {
        title: string_field(d, "title")?,
        text,
        source: string_field(d, "source")?,
    })
}

/// The items of a list or tuple (not of a str, which is a sequence too).
fn items<'py>(v: &Bound<'py, PyAny>) -> Option<Vec<Bound<'py, PyAny>>> {
    if let Ok(l) = v.cast::<PyList>() {
        Some(l.iter().collect())
    } else if let Ok(t) = v.cast::<PyTuple>() {
        Some(t.iter().collect())
    } else {
        None
    }
}

/// The articles of a list; errors say which article and what was expected.
fn articles_of(v: &Bound<'_, PyAny>, prefix: &str) -> PyResult<Vec<Article>> {
    let Some(list) = items(v) else {
        return Err(PyTypeError::new_err(format!(
            "invalid articles: {prefix}got {}; {ARTICLES}",
            kind_of(v)
        )));
    };
    list.iter()
        .enumerate()
        .map(|(i, a)| {
            article_of(a).map_err(|e| {
                let msg = format!(
                    "invalid articles: {prefix}article {i}{}; {ARTICLES}",
                    reason(v.py(), &e)
                );
                if e.is_instance_of::<PyTypeError>(v.py()) {
                    PyTypeError::new_err(msg)
                } else {
                    PyValueError::new_err(msg)
                }
            })
        })
        .collect()
}

/// The message of `e`, after a space when it starts with "is", else after ": ".
fn reason(py: Python<'_>, e: &PyErr) -> String {
    let m = e.value(py).to_string();
    if m.starts_with("is ") {
        format!(" {m}")
    } else {
        format!(": {m}")
    }
}

/// A number option: an int or a float (anything with `__float__`), not a bool.
fn number(name: &str, v: Option<&Bound<'_, PyAny>>) -> PyResult<Option<f64>> {
    let Some(v) = v.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    let wrong = || {
        PyTypeError::new_err(format!(
            "invalid options: {name} is {}, expected a number",
            kind_of(v)
        ))
    };
    if v.is_instance_of::<PyBool>() || v.is_instance_of::<PyString>() {
        return Err(wrong());
    }
    if let Ok(f) = v.cast::<PyFloat>() {
        return Ok(Some(f.value()));
    }
    if v.is_instance_of::<PyInt>() {
        // An int past the range of a float (10**400) is out of every range.
        return Ok(Some(v.extract::<f64>().unwrap_or(if v.lt(0)? {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        })));
    }
    v.extract::<f64>().map(Some).map_err(|_| wrong())
}

/// A string option: a str.
fn string(name: &str, v: Option<&Bound<'_, PyAny>>) -> PyResult<Option<String>> {
    match v.filter(|v| !v.is_none()) {
        None => Ok(None),
        Some(v) => match v.cast::<PyString>() {
            Ok(s) => Ok(Some(text_of(s))),
            Err(_) => Err(PyTypeError::new_err(format!(
                "invalid options: {name} is {}, expected a str",
                kind_of(v)
            ))),
        },
    }
}

/// The Python keyword options, checked by the core's one checker.
#[allow(clippy::too_many_arguments)]
fn options_of(
    sentences: Option<&Bound<'_, PyAny>>,
    words: Option<&Bound<'_, PyAny>>,
    ratio: Option<&Bound<'_, PyAny>>,
    order: Option<&Bound<'_, PyAny>>,
    language: Option<&Bound<'_, PyAny>>,
    focus: Option<&Bound<'_, PyAny>>,
) -> PyResult<Options> {
    let raw = RawOptions {
        sentences: number("sentences", sentences)?,
        words: number("words", words)?,
        ratio: number("ratio", ratio)?,
        order: string("order", order)?,
        language: string("language", language)?,
        focus: string("focus", focus)?,
    };
    raw.check().map_err(|e| PyValueError::new_err(e.to_string()))
}

fn value_error(e: String) -> PyErr {
    PyValueError::new_err(e)
}

/// summarize(articles, sentences=None, words=None, ratio=None, order=None, language=None, focus=None) -> str
///
/// The summary of `articles` as JSON, the CLI's `--json`.
#[pyfunction]
#[pyo3(signature = (articles, sentences=None, words=None, ratio=None, order=None, language=None, focus=None))]
#[allow(clippy::too_many_arguments)]
fn summarize(
    py: Python<'_>,
    articles: &Bound<'_, PyAny>,
    sentences: Option<&Bound<'_, PyAny>>,
    words: Option<&Bound<'_, PyAny>>,
    ratio: Option<&Bound<'_, PyAny>>,
    order: Option<&Bound<'_, PyAny>>,
    language: Option<&Bound<'_, PyAny>>,
    focus: Option<&Bound<'_, PyAny>>,
) -> PyResult<String> {
    let options = options_of(sentences, words, ratio, order, language, focus)?;
    let articles = articles_of(articles, "")?;
    py.detach(|| crate::summarize_json(&articles, &options))
        .map_err(value_error)
}

/// summarize_many(clusters, threads=None, sentences=None, …) -> list[tuple[bool, str]]
///
/// Each cluster's summary as JSON (`(True, json)`) or its error (`(False,
/// message)`), in input order, on `threads` threads without the GIL.
#[pyfunction]
#[pyo3(signature = (clusters, threads=None, sentences=None, words=None, ratio=None, order=None, language=None, focus=None))]
#[allow(clippy::too_many_arguments)]
fn summarize_many(
    py: Python<'_>,
    clusters: &Bound<'_, PyAny>,
    threads: Option<&Bound<'_, PyAny>>,
    sentences: Option<&Bound<'_, PyAny>>,
    words: Option<&Bound<'_, PyAny>>,
    ratio: Option<&Bound<'_, PyAny>>,
    order: Option<&Bound<'_, PyAny>>,
    language: Option<&Bound<'_, PyAny>>,
    focus: Option<&Bound<'_, PyAny>>,
) -> PyResult<Vec<(bool, String)>> {
    let options = options_of(sentences, words, ratio, order, language, focus)?;
    // Refused once, for all, rather than once per cluster.
    crate::check_for_summarize(&options).map_err(value_error)?;
    let threads = match threads.filter(|t| !t.is_none()) {
        None => None,
        Some(t) if t.is_instance_of::<PyInt>() && !t.is_instance_of::<PyBool>() => match t.extract::<i64>() {
            Ok(n) if n >= 1 => Some(usize::try_from(n).unwrap_or(usize::MAX)),
            _ => {
                return Err(PyValueError::new_err(
                    "invalid threads: must be a whole number of at least 1",
                ))
            }
        },
        Some(t) => {
            return Err(PyTypeError::new_err(format!(
                "invalid threads: {}, expected an int",
                kind_of(t)
            )))
        }
    };
    let Some(list) = items(clusters) else {
        return Err(PyTypeError::new_err(format!(
            "invalid clusters: got {}; expected a list of lists of articles",
            kind_of(clusters)
        )));
    };
    let clusters = list
        .iter()
        .enumerate()
        .map(|(i, c)| articles_of(c, &format!("cluster {i}: ")))
        .collect::<PyResult<Vec<_>>>()?;
    let threads = crate::thread_count(threads, clusters.len());
    let out = py.detach(|| crate::summarize_many(&clusters, &options, threads));
    Ok(out
        .into_iter()
        .map(|r| match r {
            Ok(json) => (true, json),
            Err(e) => (false, e),
        })
        .collect())
}

/// compare_pairs(pairs, language=None) -> str
///
/// The verdicts on `[a, b]` pairs as JSON.
#[pyfunction]
#[pyo3(signature = (pairs, language=None))]
fn compare_pairs(
    py: Python<'_>,
    pairs: &Bound<'_, PyAny>,
    language: Option<&Bound<'_, PyAny>>,
) -> PyResult<String> {
    let language = string("language", language)?;
    let expected = "expected a list of (str, str) pairs";
    let Some(list) = items(pairs) else {
        return Err(PyTypeError::new_err(format!(
            "invalid pairs: got {}; {expected}",
            kind_of(pairs)
        )));
    };
    let mut out = Vec::with_capacity(list.len());
    for (i, p) in list.iter().enumerate() {
        let pair = items(p).filter(|p| p.len() == 2).ok_or_else(|| {
            PyTypeError::new_err(format!("invalid pairs: pair {i} is {}; {expected}", kind_of(p)))
        })?;
        let text = |j: usize| match pair[j].cast::<PyString>() {
            Ok(s) => Ok(text_of(s)),
            Err(_) => Err(PyTypeError::new_err(format!(
                "invalid pairs: pair {i}: item {j} is {}; {expected}",
                kind_of(&pair[j])
            ))),
        };
        out.push((text(0)?, text(1)?));
    }
    py.detach(|| crate::compare_pairs_json(&out, language.as_deref()))
        .map_err(value_error)
}

/// `text` and `name` (or `None`) as strings, else a `TypeError`.
fn plain_args(
    text: &Bound<'_, PyAny>,
    name: Option<&Bound<'_, PyAny>>,
) -> PyResult<(String, Option<String>)> {
    let str_of = |what: &str, v: &Bound<'_, PyAny>| match v.cast::<PyString>() {
        Ok(s) => Ok(text_of(s)),
        Err(_) => Err(PyTypeError::new_err(format!(
            "{what} is {}, expected a str",
            kind_of(v)
        ))),
    };
    let text = str_of("text", text)?;
    let name = match name.filter(|n| !n.is_none()) {
        Some(n) => Some(str_of("name", n)?),
        None => None,
    };
    Ok((text, name))
}

/// plain_text(text, name=None) -> (str | None, str)
///
/// A plain text (a `.txt` file) as one article, separator lines and all
/// (`gistr --no-split`): `(title, text)`, by the core's one rule
/// (`Article::from_plain_text`).
#[pyfunction]
#[pyo3(signature = (text, name=None))]
fn plain_text(
    text: &Bound<'_, PyAny>,
    name: Option<&Bound<'_, PyAny>>,
) -> PyResult<(Option<String>, String)> {
    let (text, name) = plain_args(text, name)?;
    let a = Article::from_plain_text(&text, name.as_deref());
    Ok((a.title, a.text))
}

/// plain_articles(text, name=None) -> list[(str | None, str)]
///
/// A plain text (a `.txt` file) as the CLI and the web page read it: one
/// `(title, text)` an article between separator lines, by the core's one
/// rule (`Article::split_plain_text`).
#[pyfunction]
#[pyo3(signature = (text, name=None))]
fn plain_articles(
    text: &Bound<'_, PyAny>,
    name: Option<&Bound<'_, PyAny>>,
) -> PyResult<Vec<(Option<String>, String)>> {
    let (text, name) = plain_args(text, name)?;
    Ok(Article::split_plain_text(&text, name.as_deref())
        .into_iter()
        .map(|a| (a.title, a.text))
        .collect())
}

/// Summarizer(articles, language=None, focus=None)
///
/// Articles analysed once; `summarize(...)` returns JSON.
#[pyclass(name = "Summarizer", module = "gistr._gistr", frozen)]
struct PySummarizer {
    inner: Summarizer,
}

#[pymethods]
impl PySummarizer {
    #[new]
    #[pyo3(signature = (articles, language=None, focus=None))]
    fn new(
        py: Python<'_>,
        articles: &Bound<'_, PyAny>,
        language: Option<&Bound<'_, PyAny>>,
        focus: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<Self> {
        let options = options_of(None, None, None, None, language, focus)?;
        let articles = articles_of(articles, "")?;
        let inner = py
            .detach(|| Summarizer::new(articles, &options))
            .map_err(|e| PyValueError::new_err(e.to_string()))?;
        Ok(PySummarizer { inner })
    }

    #[pyo3(signature = (sentences=None, words=None, ratio=None, order=None))]
    fn summarize(
        &self,
        py: Python<'_>,
        sentences: Option<&Bound<'_, PyAny>>,
        words: Option<&Bound<'_, PyAny>>,
        ratio: Option<&Bound<'_, PyAny>>,
        order: Option<&Bound<'_, PyAny>>,
    ) -> PyResult<String> {
        let options = options_of(sentences, words, ratio, order, None, None)?;
        py.detach(|| crate::summarizer_json(&self.inner, options.budget(), options.order()))
            .map_err(value_error)
    }

    /// The number of articles analysed.
    fn __len__(&self) -> usize {
        self.inner.articles().len()
    }
}

/// The compiled core of the `gistr` package; use `gistr`, not this module.
#[pymodule]
#[pyo3(name = "_gistr")]
fn gistr_module(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(summarize, m)?)?;
    m.add_function(wrap_pyfunction!(summarize_many, m)?)?;
    m.add_function(wrap_pyfunction!(compare_pairs, m)?)?;
    m.add_function(wrap_pyfunction!(plain_text, m)?)?;
    m.add_function(wrap_pyfunction!(plain_articles, m)?)?;
    m.add_class::<PySummarizer>()?;
    m.add("OPTION_NAMES", gistr::options::NAMES.to_vec())?;
    Ok(())
}
