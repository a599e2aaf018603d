//! When: the date of an event, from a time expression near its trigger or
//! from the document date for what the text tells as current, and the
//! dates words tie between events ("aussitôt", "au lendemain de").

use std::ops::Range;

use newsline_doc::{Document, Span, TextView, ViewKind};

use crate::clause::word;
use crate::inputs::Tx;
use crate::lexicon::TriggerMatch;
use crate::model::{DateAnchor, DateSource, EventDate, EventKind, EventMention};

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
/// participle in its clause ("a déclaré", "ont abouti", "avait signé",
/// "accusée d'avoir violé").
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
                | "avoir"
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
        // The perfect infinitive marks its own verb only: "accusée
        // d'avoir violé" tells a past violation, a present accusation.
        let own = w != "avoir" || (i < t.tokens.start && t.tokens.start - i <= 2);
        aux && own && (i + 1..(i + 5).min(doc.tokens().len())).any(participle)
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
    // The head of the sentence's subject takes the date its verb takes,
    // however long the subject runs.
    let in_reach =
        |x: &Tx| token_distance(x) <= DATE_REACH || subject_reach(doc, &tokens, sentence, x.span);
    let nearest = txs
        .iter()
        .filter(|x| sentence.contains(x.span) && x.value.starts_with(|c: char| c.is_ascii_digit()))
        .filter(|x| in_reach(x) && !blocked(x))
        .min_by_key(|x| (across(x), token_distance(x)));
    if let Some(x) = nearest {
        // An event's date is a span of days: "jeudi matin" dates it to
        // the Thursday.
        let value = match x.value.split_once('T') {
            Some((day, _)) if x.earliest == x.latest => day.to_string(),
            _ => x.value.clone(),
        };
        let weekday = x.weekday.filter(|_| x.earliest < x.latest);
        if continued_after(doc, &gap(x), bounds(x).0 >= tokens.end) {
            let mut date = day_before(&value, x.earliest, x.latest, weekday)?;
            // The verb of continuation is a future: told by the writer,
            // the day it names is still to come.
            let anchor = DateAnchor::new(x.span, -1);
            date.anchor = Some(match doc.quote_containing(x.span) {
                None => anchor.told_ahead(),
                Some(_) => anchor,
            });
            return Some(date);
        }
        let mut date = EventDate::new(value, x.earliest, x.latest, DateSource::Timex)?;
        date.weekday = weekday;
        date.anchor = Some(DateAnchor::new(x.span, 0));
        return Some(date);
    }
    if !fallback {
        return None;
    }
    let d = doc.date()?;
    EventDate::new(d.to_string(), d.earliest(), d.latest(), DateSource::Document)
}

/// Words that may stand before the head of a sentence's subject.
const DETERMINERS: &[&str] = &[
    "le", "la", "les", "l'", "un", "une", "des", "ce", "cet", "cette", "ces", "the", "a", "an",
    "this", "these", "those",
];

/// Auxiliaries: the subject's verb is a compound one, whose date follows it.
const AUXILIARIES: &[&str] = &[
    "a", "ont", "est", "sont", "avait", "avaient", "etait", "etaient", "sera", "seront", "aura",
    "auront", "has", "have", "had", "was", "were", "is", "are", "will",
];

/// Words that open another clause, whose date is its own.
const CLAUSE_OPENERS: &[&str] = &[
    "que", "qu", "qui", "dont", "lorsque", "lorsqu", "quand", "alors", "ou", "puisque", "puisqu",
    "car", "mais", "et", "tandis", "that", "which", "who", "when", "while", "and", "but",
];

/// Whether a date expression after `gap` dates, however far, a trigger
/// that follows `before` in its sentence (both texts as written): when
/// the trigger heads the sentence's subject (a determiner at most before
/// it) and `gap` runs on to the subject's compound verb with no other
/// clause and no comma ("Les attaques russes contre ces deux villes du
/// nord de l'Ukraine se sont poursuivies mercredi").
///
/// ```
/// use newsline_events::subject_takes_date;
/// assert!(subject_takes_date("Les ", " russes contre ces deux villes se sont poursuivies "));
/// assert!(!subject_takes_date("Cette ", " a eu lieu alors que des actes ont été recensés "));
/// assert!(!subject_takes_date("Moscou a lancé des ", " contre Kiev a "));
/// ```
pub fn subject_takes_date(before: &str, gap: &str) -> bool {
    let mut lead = before.split_whitespace();
    let heads = match (lead.next(), lead.next()) {
        (None, _) => true,
        (Some(w), None) => {
            DETERMINERS.contains(&w.replace('\u{2019}', "'").to_lowercase().as_str())
        }
        _ => false,
    };
    if !heads || gap.contains([',', ';', ':']) {
        return false;
    }
    let folded = TextView::new(gap, ViewKind::Folded);
    let words: Vec<&str> = folded
        .as_str()
        .split(|c: char| c.is_whitespace() || c == '\'' || c == '\u{2019}')
        .collect();
    words.iter().any(|w| AUXILIARIES.contains(w))
        && !words.iter().any(|w| CLAUSE_OPENERS.contains(w))
}

/// Whether expression `x` after the trigger `tokens` is in reach of a
/// trigger heading its sentence's subject (see [`subject_takes_date`]):
/// the subject's verb takes the expression, date or place.
pub(crate) fn subject_reach(
    doc: &Document,
    tokens: &Range<usize>,
    sentence: Span,
    x: Span,
) -> bool {
    let text = |from: usize, to: usize| doc.text().get(from..to);
    let first = doc.tokens().get(tokens.start);
    let last = tokens.end.checked_sub(1).and_then(|i| doc.tokens().get(i));
    let (Some(first), Some(last)) = (first, last) else { return false };
    let (start, end) = (first.span.start(), last.span.end());
    x.start() >= end
        && match (text(sentence.start(), start), text(end, x.start())) {
            (Some(before), Some(gap)) => subject_takes_date(before, gap),
            _ => false,
        }
}

/// Future forms of the verbs of continuation: "des pourparlers qui se
/// poursuivront mercredi" (or "ne se poursuivront pas") were held the day
/// before; the date after the verb is the next day's.
const CONTINUED: &[&str] = &["poursuivront", "poursuivra", "continueront", "continuera"];

/// Whether the words between a trigger and a later expression are a
/// relative clause whose verb continues the event into the expression's
/// day ("pourparlers qui ne se poursuivront pas ce mercredi").
fn continued_after(doc: &Document, gap: &Range<usize>, after: bool) -> bool {
    let Some(rel) = gap.clone().find(|&i| matches!(word(doc, i), "qui" | "which" | "that")) else {
        return false;
    };
    after
        && (rel..gap.end).any(|i| {
            CONTINUED.contains(&word(doc, i))
                || (word(doc, i) == "will" && word(doc, i + 1) == "continue")
        })
}

/// The day before a date: the same shift of its interval, or of its
/// weekday when the interval is wider than a day.
fn day_before(
    value: &str,
    earliest: chrono::NaiveDate,
    latest: chrono::NaiveDate,
    weekday: Option<chrono::Weekday>,
) -> Option<EventDate> {
    if earliest == latest {
        let day = earliest.pred_opt()?;
        return EventDate::new(day.to_string(), day, day, DateSource::Timex);
    }
    let mut date = EventDate::new(value, earliest, latest, DateSource::Timex)?;
    date.weekday = weekday.map(|w| w.pred());
    Some(date)
}

/// Adverbs and phrases that tie a sentence's events to the time of the
/// events just told ("aussitôt", "pendant ce temps", "dans le même temps").
pub(crate) const LINKS: &[&[&str]] = &[
    &["aussitot"],
    &["pendant", "ce", "temps"],
    &["dans", "le", "meme", "temps"],
    &["au", "meme", "moment"],
    &["le", "meme", "jour"],
    &["meanwhile"],
    &["at", "the", "same", "time"],
    &["the", "same", "day"],
];

/// Dates that words tie to a neighbouring event of the same sentence:
/// - "Lors d'un premier entretien, M. Kuleba a indiqué...": what the
///   sentence tells happened at that event, so it takes that event's date
///   (none, here), not the document's;
/// - "au lendemain du bombardement", "à la veille de la rencontre": the
///   day before or after the event the sentence dates to a day.
///
/// Returns the "lors de" links as pairs (event, the event it happened
/// during), by index into `out`.
pub(crate) fn link_dates(doc: &Document, out: &mut [EventMention]) -> Vec<(usize, usize)> {
    let mut during = Vec::new();
    for sentence in doc.sentences() {
        let range = sentence.tokens.clone();
        let here: Vec<usize> =
            (0..out.len()).filter(|&k| sentence.span.contains(out[k].trigger.span())).collect();
        if here.len() < 2 {
            continue;
        }
        let starts: Vec<(usize, usize)> =
            here.iter().map(|&k| (k, doc.token_index_at(out[k].trigger.start))).collect();
        let at = |k: usize| starts.iter().find(|(j, _)| *j == k).map_or(0, |(_, t)| *t);
        let lors = range.clone().find(|&i| {
            word(doc, i) == "lors" && matches!(word(doc, i + 1), "de" | "d'" | "du" | "des")
        });
        if let Some(i) = lors {
            let anchor = here
                .iter()
                .copied()
                .find(|&k| out[k].kind != EventKind::Statement && at(k) > i && at(k) <= i + 4);
            if let Some(a) = anchor {
                // A frame that only the document dates is not the current
                // situation: "lors d'un premier entretien" is undated.
                if out[a].date.as_ref().is_some_and(|d| d.source == DateSource::Document) {
                    out[a].date = None;
                }
                let date = out[a].date.clone().map(|mut d| {
                    d.source = DateSource::Inferred;
                    d
                });
                for &k in &here {
                    if k == a {
                        continue;
                    }
                    // What the text dates otherwise is not tied to it,
                    // nor a war or a siege, which outlasts the frame.
                    let own = out[k].date.as_ref().filter(|d| d.source != DateSource::Document);
                    if own.is_none() && crate::state::lasting_state(&out[k].trigger.text).is_none()
                    {
                        during.push((k, a));
                    }
                    if out[k].date.as_ref().is_some_and(|d| d.source == DateSource::Document) {
                        out[k].date = date.clone();
                    }
                }
            }
        }
        if let Some((i, next, shift)) = day_link(doc, range.clone()) {
            let linked = here.iter().copied().find(|&k| at(k) >= next && at(k) <= next + 2);
            let dated = here
                .iter()
                .copied()
                .filter(|&k| at(k) < i && Some(k) != linked)
                .filter(|&k| out[k].date.as_ref().is_some_and(|d| d.earliest == d.latest))
                .max_by_key(|&k| at(k));
            if let (Some(l), Some(d)) = (linked, dated) {
                let day = out[d]
                    .date
                    .as_ref()
                    .map(|x| x.earliest)
                    .and_then(|e| e.checked_add_signed(chrono::Duration::days(shift)));
                if let Some(day) = day {
                    out[l].date = EventDate::new(day.to_string(), day, day, DateSource::Inferred);
                }
            }
        }
    }
    during
}

/// The date of the last dated event before a sentence that a linking
/// adverb ties it to.
pub(crate) fn linked_date(
    doc: &Document,
    sentence: Range<usize>,
    before: &[EventMention],
) -> Option<EventDate> {
    let linked = sentence.clone().any(|i| {
        LINKS.iter().any(|l| {
            l.iter().enumerate().all(|(k, w)| word(doc, i + k) == *w && i + k < sentence.end)
        })
    });
    if !linked {
        return None;
    }
    let start = doc.tokens().get(sentence.start).map_or(0, |t| t.span.start());
    // The events the text dates come first: one the document alone dates
    // ("Mais peut-on croire à ce dialogue ?") is not the time told.
    let told = |e: &&EventMention| e.trigger.start < start && e.modality.is_factual();
    let by_text =
        |e: &&EventMention| e.date.as_ref().is_some_and(|d| d.source != DateSource::Document);
    before
        .iter()
        .filter(told)
        .filter(by_text)
        .max_by_key(|e| e.trigger.start)
        .or_else(|| {
            before.iter().filter(told).filter(|e| e.date.is_some()).max_by_key(|e| e.trigger.start)
        })
        .and_then(|e| e.date.clone())
        .map(|mut d| {
            d.source = DateSource::Inferred;
            d
        })
}
