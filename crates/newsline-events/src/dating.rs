//! When: the date of an event, from a time expression near its trigger or
//! from the document date for what the text tells as current.

use std::ops::Range;

use newsline_doc::{Document, Span};

use crate::extract::word;
use crate::inputs::Tx;
use crate::lexicon::TriggerMatch;
use crate::model::{DateSource, EventDate};

/// How many tokens away a date expression may govern a trigger.
const DATE_REACH: usize = 10;

/// Words that put a speech act before the time the article tells of: "a
/// déclaré avant la rencontre", "avait souligné plus tôt".
const ANTERIOR: &[&str] =
    &["avant", "auparavant", "plus", "veille", "precedemment", "deja", "before", "earlier"];

/// Whether a statement is told in the present perfect ("a déclaré", "ont
/// expliqué"): news tells today's speech so, unless a word puts it
/// before ("avant la rencontre", "plus tôt").
pub(crate) fn speech_of_the_day(doc: &Document, t: &TriggerMatch, sentence: Range<usize>) -> bool {
    let aux = (t.tokens.start.saturating_sub(3).max(sentence.start)..t.tokens.start)
        .any(|i| matches!(word(doc, i), "a" | "ont" | "has" | "have"));
    let anterior = sentence.clone().any(|i| {
        let w = word(doc, i);
        ANTERIOR.contains(&w) && (w != "plus" || matches!(word(doc, i + 1), "tot" | "tôt"))
    });
    aux && !anterior
}

/// Whether a trigger is told in a past tense: an auxiliary and a past
/// participle, or an imperfect, in its clause.
pub(crate) fn told_in_past(doc: &Document, t: &TriggerMatch) -> bool {
    let lo = t.tokens.start.saturating_sub(4);
    let hi = t.tokens.end + 6;
    let participle = |i: usize| {
        doc.tokens().get(i).is_some_and(|tok| {
            let w = doc.token_text(tok).to_lowercase();
            ["é", "és", "ée", "ées", "is", "it", "u", "us"].iter().any(|e| w.ends_with(e))
                && w.chars().count() > 3
        })
    };
    (lo..hi.min(doc.tokens().len())).any(|i| {
        let w = word(doc, i);
        let aux = matches!(
            w,
            "a" | "ont"
                | "avait"
                | "avaient"
                | "est"
                | "sont"
                | "etait"
                | "etaient"
                | "had"
                | "was"
                | "were"
        );
        (aux && (i + 1..(i + 5).min(doc.tokens().len())).any(participle))
            || (i >= t.tokens.start
                && i < t.tokens.end
                && (w.ends_with("ait") || w.ends_with("aient")))
    })
}

/// The date of an event: the nearest dated expression within reach in its
/// sentence, else (when `fallback`) the document date at its own precision.
pub(crate) fn event_date(
    doc: &Document,
    tokens: Range<usize>,
    trigger: Span,
    sentence: Span,
    txs: &[Tx],
    fallback: bool,
) -> Option<EventDate> {
    let token_distance = |x: &Tx| {
        let first = doc.token_index_at(x.span.start());
        let last = doc.token_index_at(x.span.end().saturating_sub(1));
        if first >= tokens.end {
            first - tokens.end
        } else {
            tokens.start.saturating_sub(last + 1)
        }
    };
    let nearest = txs
        .iter()
        .filter(|x| sentence.contains(x.span) && x.value.starts_with(|c: char| c.is_ascii_digit()))
        .filter(|x| token_distance(x) <= DATE_REACH)
        .min_by_key(|x| token_distance(x));
    let _ = trigger;
    if let Some(x) = nearest {
        // An event's date is a span of days: "jeudi matin" dates it to
        // the Thursday.
        let value = match x.value.split_once('T') {
            Some((day, _)) if x.earliest == x.latest => day.to_string(),
            _ => x.value.clone(),
        };
        return EventDate::new(value, x.earliest, x.latest, DateSource::Timex);
    }
    if !fallback {
        return None;
    }
    let d = doc.date()?;
    EventDate::new(d.to_string(), d.earliest(), d.latest(), DateSource::Document)
}
