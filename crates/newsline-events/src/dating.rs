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

/// Words ending like a past participle in "-i" that are not one.
const NOT_PARTICIPLES: &[&str] = &[
    "aussi",
    "ainsi",
    "ici",
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "midi",
    "parmi",
    "celui",
    "lui",
    "aujourd'hui",
    "hui",
    "voici",
    "merci",
    "ceci",
    "cela",
    "demi",
];

/// Whether a trigger is told in a compound past: an auxiliary and a past
/// participle in its clause ("a déclaré", "ont abouti", "avait signé").
pub(crate) fn told_in_perfect(doc: &Document, t: &TriggerMatch) -> bool {
    let lo = t.tokens.start.saturating_sub(4);
    let hi = t.tokens.end + 6;
    let participle = |i: usize| {
        doc.tokens().get(i).is_some_and(|tok| {
            let w = doc.token_text(tok).to_lowercase();
            let ending =
                ["é", "és", "ée", "ées", "is", "it", "u", "us"].iter().any(|e| w.ends_with(e))
                    || (w.ends_with('i') && !NOT_PARTICIPLES.contains(&word(doc, i)));
            ending && w.chars().count() > 3
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
        aux && (i + 1..(i + 5).min(doc.tokens().len())).any(participle)
    })
}

/// Whether the trigger itself is an imperfect ("exigeait").
pub(crate) fn imperfect(doc: &Document, t: &TriggerMatch) -> bool {
    t.tokens.clone().any(|i| {
        let w = word(doc, i);
        w.ends_with("ait") || w.ends_with("aient")
    })
}

/// Whether a trigger is told in a past tense: an auxiliary and a past
/// participle, or an imperfect, in its clause.
pub(crate) fn told_in_past(doc: &Document, t: &TriggerMatch) -> bool {
    told_in_perfect(doc, t) || imperfect(doc, t)
}

/// The date a word linking to a neighbouring event gives: "au lendemain
/// du bombardement" is the day before the event that the sentence dates,
/// "à la veille de la rencontre" the day after. Returns the token of the
/// linked trigger's start and the number of days to add to the dated
/// event's day.
pub(crate) fn day_link(doc: &Document, sentence: Range<usize>) -> Option<(usize, usize, i64)> {
    sentence.clone().find_map(|i| {
        let shift = match word(doc, i) {
            "lendemain" => -1,
            "veille" => 1,
            _ => return None,
        };
        let of = i + 1;
        if !matches!(word(doc, of), "de" | "du" | "des" | "d'") || of + 1 >= sentence.end {
            return None;
        }
        // The linked event starts right after "de", past a determiner.
        let next = if matches!(word(doc, of + 1), "la" | "le" | "l'" | "les" | "un" | "une") {
            of + 2
        } else {
            of + 1
        };
        Some((i, next, shift))
    })
}

/// The date of an event: the nearest dated expression within reach in its
/// sentence, else (when `fallback`) the document date at its own precision.
///
/// A date expression belongs to the nearest trigger: it does not date a
/// trigger when another of the sentence's triggers (`others`) stands
/// between them ("l'invasion le 24 février, des pourparlers au lendemain
/// du bombardement": the bombing is not of February 24). One in the
/// trigger's clause beats one across a comma.
pub(crate) fn event_date(
    doc: &Document,
    tokens: Range<usize>,
    sentence: Span,
    txs: &[Tx],
    fallback: bool,
    others: &[Range<usize>],
) -> Option<EventDate> {
    let bounds = |x: &Tx| {
        (doc.token_index_at(x.span.start()), doc.token_index_at(x.span.end().saturating_sub(1)))
    };
    let token_distance = |x: &Tx| {
        let (first, last) = bounds(x);
        if first >= tokens.end {
            first - tokens.end
        } else {
            tokens.start.saturating_sub(last + 1)
        }
    };
    // The tokens strictly between the expression and the trigger.
    let gap = |x: &Tx| {
        let (first, last) = bounds(x);
        if first >= tokens.end {
            tokens.end..first
        } else {
            last + 1..tokens.start
        }
    };
    let across = |x: &Tx| gap(x).any(|i| matches!(word(doc, i), "," | ";" | ":"));
    // Another trigger between them, or a "que" that opens a reported
    // clause after the expression: "a déclaré vendredi que la Russie
    // avait bombardé" dates the statement, not the bombing.
    let blocked = |x: &Tx| {
        let g = gap(x);
        let (first, _) = bounds(x);
        others.iter().any(|o| *o != tokens && o.start >= g.start && o.end <= g.end)
            || (first < tokens.start && g.clone().any(|i| matches!(word(doc, i), "que" | "qu'")))
    };
    let nearest = txs
        .iter()
        .filter(|x| sentence.contains(x.span) && x.value.starts_with(|c: char| c.is_ascii_digit()))
        .filter(|x| token_distance(x) <= DATE_REACH && !blocked(x))
        .min_by_key(|x| (across(x), token_distance(x)));
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
