//! Output of `newsline segment`.

use std::io::Write;

use newsline::doc::{Document, Span};
use serde::Serialize;

use crate::SegmentFormat;

/// A span with its text, as the JSON contract writes spans.
#[derive(Serialize)]
struct SpanOut<'d> {
    start: usize,
    end: usize,
    text: &'d str,
}

impl<'d> SpanOut<'d> {
    fn new(doc: &'d Document, span: Span) -> SpanOut<'d> {
        SpanOut { start: span.start(), end: span.end(), text: doc.span_text(span) }
    }
}

#[derive(Serialize)]
struct DateOut {
    value: String,
    earliest: String,
    latest: String,
    source: &'static str,
}

#[derive(Serialize)]
struct ParagraphOut<'d> {
    #[serde(flatten)]
    span: SpanOut<'d>,
    kind: newsline::doc::ParagraphKind,
}

#[derive(Serialize)]
struct SentenceOut<'d> {
    #[serde(flatten)]
    span: SpanOut<'d>,
    paragraph: usize,
    heading: bool,
}

#[derive(Serialize)]
struct TokenOut<'d> {
    start: usize,
    end: usize,
    text: &'d str,
    folded: &'d str,
    kind: newsline::doc::TokenKind,
}

#[derive(Serialize)]
struct QuoteOut<'d> {
    #[serde(flatten)]
    span: SpanOut<'d>,
    content: SpanOut<'d>,
    closed: bool,
}

#[derive(Serialize)]
struct DocOut<'d> {
    schema: &'static str,
    id: &'d str,
    language: newsline::doc::Language,
    date: Option<DateOut>,
    title: Option<&'d str>,
    url: Option<&'d str>,
    paragraphs: Vec<ParagraphOut<'d>>,
    sentences: Vec<SentenceOut<'d>>,
    tokens: Vec<TokenOut<'d>>,
    quotes: Vec<QuoteOut<'d>>,
    warnings: &'d [newsline::doc::Warning],
}

/// Writes one document in the chosen format.
pub(crate) fn write(
    out: &mut dyn Write,
    doc: &Document,
    format: SegmentFormat,
) -> anyhow::Result<()> {
    match format {
        SegmentFormat::Text => write_text(out, doc),
        SegmentFormat::Jsonl => {
            let value = to_json(doc);
            serde_json::to_writer(&mut *out, &value)?;
            writeln!(out)?;
            Ok(())
        }
    }
}

fn date_out(doc: &Document) -> Option<DateOut> {
    doc.date().map(|d| DateOut {
        value: d.to_string(),
        earliest: d.earliest().to_string(),
        latest: d.latest().to_string(),
        source: if doc.header().is_some() { "header" } else { "metadata" },
    })
}

fn to_json(doc: &Document) -> DocOut<'_> {
    DocOut {
        schema: "newsline.segment/1",
        id: doc.id(),
        language: doc.language(),
        date: date_out(doc),
        title: doc.metadata().title.as_deref(),
        url: doc.metadata().url.as_deref(),
        paragraphs: doc
            .paragraphs()
            .iter()
            .map(|p| ParagraphOut { span: SpanOut::new(doc, p.span), kind: p.kind })
            .collect(),
        sentences: doc
            .sentences()
            .iter()
            .map(|s| SentenceOut {
                span: SpanOut::new(doc, s.span),
                paragraph: s.paragraph,
                heading: s.heading,
            })
            .collect(),
        tokens: doc
            .tokens()
            .iter()
            .map(|t| TokenOut {
                start: t.span.start(),
                end: t.span.end(),
                text: doc.token_text(t),
                folded: doc.folded_token(t),
                kind: t.kind,
            })
            .collect(),
        quotes: doc
            .quotes()
            .iter()
            .map(|q| QuoteOut {
                span: SpanOut::new(doc, q.span),
                content: SpanOut::new(doc, q.content),
                closed: q.closed,
            })
            .collect(),
        warnings: doc.warnings(),
    }
}

fn write_text(out: &mut dyn Write, doc: &Document) -> anyhow::Result<()> {
    let date = doc.date().map_or_else(|| "undated".to_string(), |d| d.to_string());
    writeln!(
        out,
        "# {} ({}, {}, {} sentences, {} tokens, {} quotes)",
        doc.id(),
        date,
        doc.language().code(),
        doc.sentences().len(),
        doc.tokens().len(),
        doc.quotes().len()
    )?;
    for (i, s) in doc.sentences().iter().enumerate() {
        let marker = if s.heading { "#" } else { " " };
        let text = doc.sentence_text(s).replace(['\n', '\r'], " ");
        writeln!(out, "{:>4}{marker} {text}", i + 1)?;
    }
    writeln!(out)?;
    Ok(())
}
