//! The summary as JSON, in the same camelCase shape as the JavaScript API.

use gistr::{ArticleReport, Chosen, ConflictKind, SentenceRef, Span, Status, Summary};
use serde_json::{json, Value};

pub fn summary(s: &Summary) -> Value {
    json!({
        "sentences": s.sentences.iter().map(chosen).collect::<Vec<_>>(),
        "articles": s.articles.iter().map(article).collect::<Vec<_>>(),
        "keywords": s.keywords.iter().map(|k| json!({"text": k.text, "score": k.score})).collect::<Vec<_>>(),
    })
}

fn span(s: &Span) -> Value {
    json!({"start": s.start, "end": s.end, "startUtf16": s.start_utf16, "endUtf16": s.end_utf16})
}

fn at(r: &SentenceRef) -> Value {
    json!({"article": r.article, "sentence": r.sentence, "span": span(&r.span)})
}

fn chosen(c: &Chosen) -> Value {
    json!({
        "text": c.text,
        "at": at(&c.at),
        "score": c.score,
        "articles": c.articles,
        "independent": c.independent,
        "versions": c.versions.iter().map(|v| json!({"at": at(&v.at), "similarity": v.similarity, "text": v.text})).collect::<Vec<_>>(),
        "conflicts": c.conflicts.iter().map(|k| json!({
            "kind": match k.kind { ConflictKind::Number => "number", ConflictKind::Date => "date", ConflictKind::Name => "name" },
            "ours": k.ours, "theirs": k.theirs, "at": at(&k.at),
        })).collect::<Vec<_>>(),
    })
}

fn article(a: &ArticleReport) -> Value {
    json!({
        "language": a.language,
        "words": a.words,
        "sentences": a.sentences.iter().map(|s| {
            let (status, reason, of, similarity) = match &s.status {
                Status::Chosen => ("chosen", None, None, None),
                Status::Duplicate { of, similarity } => ("duplicate", None, Some(at(of)), Some(*similarity)),
                Status::Boilerplate(r) => ("boilerplate", Some(*r), None, None),
                Status::Unfit(r) => ("unfit", Some(*r), None, None),
                Status::BelowBudget => ("belowBudget", None, None, None),
            };
            json!({"span": span(&s.span), "score": s.score, "cluster": s.cluster, "status": status,
                   "reason": reason, "of": of, "similarity": similarity})
        }).collect::<Vec<_>>(),
    })
}
