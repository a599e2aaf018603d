//! Who took part and where: speakers of statements, participants and
//! their roles, the place of an event.

use std::ops::Range;

use newsline_doc::{Document, Span};
use newsline_gazetteer::MentionKind;

use crate::extract::{span_of, word};
use crate::inputs::Ent;
use crate::lexicon::{Pos, TriggerMatch};
use crate::model::{EventKind, Participant, Role};

/// The speaker of a statement trigger.
pub(crate) fn find_speaker(
    doc: &Document,
    t: &TriggerMatch,
    sentence: Range<usize>,
    ents: &[&Ent],
    last: Option<&str>,
) -> Option<String> {
    let speaker = |e: &&&Ent| {
        e.can_speak()
            || (e.actor_kind == newsline_gazetteer::EntityKind::Country
                && e.how == MentionKind::Name)
    };
    if t.pos == Pos::Preposition {
        // "selon X": X right after, past a determiner and a noun at most
        // ("selon les médiateurs turcs"); "selon certains analystes, …
        // la Russie" names no speaker.
        return ents
            .iter()
            .find(|e| e.tokens.0 >= t.tokens.end && e.tokens.0 <= t.tokens.end + 3 && speaker(e))
            .map(|e| e.actor.clone());
    }
    let after_clitic = word(doc, t.tokens.end);
    let before_clitic = t.tokens.start.checked_sub(1).map_or("", |i| word(doc, i));
    if matches!(
        after_clitic,
        "-il" | "-t-il" | "-elle" | "-t-elle" | "-ils" | "-elles" | "-t-ils" | "-t-elles"
    ) || matches!(
        before_clitic,
        "-il" | "-t-il" | "-elle" | "-t-elle" | "-ils" | "-t-ils" | "-elles" | "-t-elles"
    ) {
        return last.map(str::to_string);
    }
    // Inversion after a quote or a comma: "», a déclaré X", "a estimé X".
    let prev = (sentence.start..t.tokens.start).rev().map(|i| word(doc, i)).find(|w| {
        !matches!(
            *w,
            "a" | "ont"
                | "avait"
                | "avaient"
                | "ne"
                | "n'"
                | "pas"
                | "aussi"
                | "egalement"
                | "encore"
        )
    });
    let inverted = matches!(prev, Some("," | "\"" | "." | ")") | None);
    if inverted {
        let in_reach =
            |e: &&&Ent| e.tokens.0 >= t.tokens.end && e.tokens.0 <= t.tokens.end + 6 && speaker(e);
        // A named person or body beats the demonym before it: "le
        // négociateur ukrainien Oleksander Chaly".
        let right = ents
            .iter()
            .find(|e| in_reach(e) && is_person_or_body(e))
            .or_else(|| ents.iter().find(in_reach));
        let que = (t.tokens.end..right.map_or(t.tokens.end, |e| e.tokens.0))
            .any(|i| matches!(word(doc, i), "que" | "qu'"));
        if let Some(e) = right.filter(|_| !que) {
            return Some(e.actor.clone());
        }
    }
    // The nearest speaker on the left, outside quotes (a long quote may sit
    // between subject and verb), a person or body before a demonym.
    let left_of = |e: &&&Ent| {
        e.tokens.1 <= t.tokens.start && speaker(e) && doc.quote_containing(e.span).is_none()
    };
    let nearest_person = ents.iter().rev().find(|e| left_of(e) && is_person_or_body(e));
    let nearest = ents.iter().rev().find(left_of);
    let left = match (nearest_person, nearest) {
        (Some(p), Some(n)) if n.tokens.0 > p.tokens.1 + 8 => Some(n),
        (Some(p), _) => Some(p),
        (None, n) => n,
    };
    if let Some(e) = left {
        return Some(e.actor.clone());
    }
    // A subject pronoun just before: the last speaker.
    let pronoun = (t.tokens.start.saturating_sub(3).max(sentence.start)..t.tokens.start)
        .any(|i| matches!(word(doc, i), "il" | "elle" | "ils" | "elles" | "he" | "she" | "they"));
    if pronoun || t.pos == Pos::Noun {
        return last.map(str::to_string);
    }
    None
}

pub(crate) fn is_person_or_body(e: &Ent) -> bool {
    matches!(
        e.actor_kind,
        newsline_gazetteer::EntityKind::Person | newsline_gazetteer::EntityKind::Organization
    ) && e.how != MentionKind::Demonym
}

/// The quote a statement utters: one in its sentence, or one that runs
/// across it.
pub(crate) fn statement_quote(doc: &Document, sentence: Span, t: &TriggerMatch) -> Option<Span> {
    let trigger = span_of(doc, t.tokens.clone());
    // Bytes between the quote and the trigger, on either side; the first
    // of the nearest quotes wins.
    let gap = |q: Span| {
        if q.end() <= trigger.start() {
            trigger.start() - q.end()
        } else {
            q.start().saturating_sub(trigger.end())
        }
    };
    doc.quotes()
        .iter()
        .filter(|q| q.depth == 0 && q.span.overlaps(sentence) && !q.span.contains(trigger))
        .min_by_key(|q| (gap(q.span), q.span.start()))
        .map(|q| q.span)
}

/// Kinds whose mentions may continue one another in a text: talks go on
/// as talks, meetings, calls; a ceasefire or a withdrawal is agreed in them.
pub(crate) fn compatible(a: EventKind, b: EventKind) -> bool {
    use EventKind::*;
    let family = |k: EventKind| match k {
        Meeting | Call | Agreement | Ceasefire | Proposal => 0,
        Attack | Deployment | Withdrawal | Occupation => 1,
        other => 2 + other as usize,
    };
    family(a) == family(b)
}

/// Participants of a non-statement trigger within `window` tokens of it
/// (`usize::MAX` for the whole sentence), actors first.
pub(crate) fn participants(
    doc: &Document,
    t: &TriggerMatch,
    sentence: Range<usize>,
    ents: &[&Ent],
    window: usize,
) -> Vec<Participant> {
    let lo = t.tokens.start.saturating_sub(window).max(sentence.start);
    let hi = t.tokens.end.saturating_add(window).min(sentence.end);
    let trigger = span_of(doc, t.tokens.clone());
    let trigger_quoted = doc.quote_containing(trigger).map(|q| q.span);
    let mut out: Vec<Participant> = Vec::new();
    for e in ents.iter().filter(|e| e.tokens.0 >= lo && e.tokens.1 <= hi && e.can_act()) {
        // A place introduced as a location is not a participant.
        let prep = e.tokens.0.checked_sub(1).map_or("", |i| word(doc, i));
        if e.place
            && e.how == MentionKind::Name
            && matches!(prep, "a" | "en" | "au" | "aux" | "in" | "at" | "dans")
        {
            continue;
        }
        // Inside or outside the trigger's quote, as the trigger is.
        if doc.quote_containing(e.span).map(|q| q.span) != trigger_quoted
            && e.how != MentionKind::Demonym
        {
            continue;
        }
        let after = e.tokens.0 >= t.tokens.end;
        let mediator =
            (e.tokens.0.saturating_sub(5)..e.tokens.0).any(|i| word(doc, i).starts_with("mediat"));
        let role = if mediator {
            Role::Mediator
        } else if after
            && e.how != MentionKind::Demonym
            && matches!(
                t.kind,
                EventKind::Attack
                    | EventKind::Accusation
                    | EventKind::Sanction
                    | EventKind::Threat
                    | EventKind::Demand
                    | EventKind::Occupation
                    | EventKind::Rejection
            )
        {
            Role::Target
        } else {
            Role::Actor
        };
        if !out.iter().any(|p| p.entity == e.actor) {
            out.push(Participant::new(e.actor.clone(), role));
        }
    }
    out.sort_by_key(|p| match p.role {
        Role::Actor => 0,
        Role::Target => 1,
        Role::Mediator => 2,
        _ => 3,
    });
    out
}

/// The place of an event: the nearest place introduced by "à", "en", "in"
/// in its sentence.
pub(crate) fn location(
    doc: &Document,
    t: &TriggerMatch,
    sentence: Range<usize>,
    ents: &[&Ent],
) -> Option<String> {
    ents.iter()
        .filter(|e| e.place && e.tokens.0 > sentence.start)
        .filter(|e| matches!(word(doc, e.tokens.0 - 1), "a" | "en" | "au" | "aux" | "in" | "at"))
        .min_by_key(|e| {
            if e.tokens.0 >= t.tokens.end {
                e.tokens.0 - t.tokens.end
            } else {
                t.tokens.start - e.tokens.1 + 1
            }
        })
        .map(|e| e.entity.clone())
}
