//! Who does: the participants of a non-statement event and their roles.
//!
//! Participants are the entities in reach of the trigger, narrowed to the
//! trigger's own clause when it names a party, each an actor, a target or
//! a mediator. A few constructions bind them more tightly: "entre X et Y",
//! "son homologue Y", and the plural nominals of `plural`.

use std::ops::Range;

use newsline_doc::Document;
use newsline_gazetteer::{EntityKind, MentionKind};

use super::is_person_or_body;
use super::non_parties::{agent_of_participle, compared, idle_demonym};
use super::plural::{plural_role, role_holder, two_people};
use crate::clause::{span_of, word};
use crate::inputs::Ent;
use crate::lexicon::{Pos, TriggerMatch};
use crate::model::{EventKind, Participant, Role};

/// The person a "son homologue" nominal is the counterpart of: the nearest
/// person or body before it in the sentence ("Lavrov et son homologue
/// Kuleba", "Blinken ... avec son homologue russe Sergueï Lavrov").
fn counterpart_of<'e, 'a>(
    doc: &Document,
    e: &Ent,
    ents: &[&'e Ent<'a>],
    sentence: &Range<usize>,
) -> Option<&'e Ent<'a>> {
    let at = e.tokens.0;
    let head = word(doc, at);
    let possessive = at > sentence.start
        && matches!(
            word(doc, at - 1),
            "son" | "sa" | "ses" | "leur" | "leurs" | "his" | "her" | "their"
        );
    if !(possessive
        && (head.starts_with("homologue") || head == "counterpart" || head == "counterparts"))
    {
        return None;
    }
    ents.iter()
        .rev()
        .find(|x| {
            x.tokens.1 < at
                && is_person_or_body(x)
                && x.actor != e.actor
                && doc.quote_containing(x.span).is_none()
        })
        .copied()
}

/// The parties of "entre X et Y" right after the trigger ("les pourparlers
/// entre Kiev et Moscou", "une rencontre entre Joe Biden et Vladimir
/// Poutine"): they are the event's parties, and nobody else in reach is.
fn between_parties<'e, 'a>(
    doc: &Document,
    t: &TriggerMatch,
    sentence: &Range<usize>,
    ents: &[&'e Ent<'a>],
) -> Vec<&'e Ent<'a>> {
    let Some(entre) = (t.tokens.end..(t.tokens.end + 3).min(sentence.end))
        .find(|&i| matches!(word(doc, i), "entre" | "between"))
    else {
        return Vec::new();
    };
    // The list: actors, joined by "et", commas, determiners; a comma after
    // "et Y" closes it ("entre Biden et Poutine, Blinken ...").
    let mut out = Vec::new();
    let mut i = entre + 1;
    let mut joined = false;
    while i < sentence.end && i < entre + 16 {
        if let Some(e) = ents.iter().find(|e| e.tokens.0 == i) {
            if e.can_act() {
                out.push(*e);
            }
            i = e.tokens.1;
            continue;
        }
        let w = word(doc, i);
        if (w == "," && joined)
            || !matches!(
                w,
                "et" | "and" | "," | "le" | "la" | "l'" | "les" | "the" | "de" | "des" | "du"
            )
        {
            break;
        }
        joined |= matches!(w, "et" | "and");
        i += 1;
    }
    if out.len() >= 2 {
        out
    } else {
        Vec::new()
    }
}

/// Participants of a non-statement trigger within `window` tokens of it
/// (`usize::MAX` for the whole sentence), actors first.
///
/// Besides the entities in reach, it reads a few constructions: "entre X
/// et Y" binds the parties; a plural role nominal ("les chefs de la
/// diplomatie russe et ukrainienne") names the role holders; "son
/// homologue Y" brings in whose counterpart Y is; "les deux dirigeants"
/// points back to the last two people named; a demonym in apposition to a
/// person, or qualifying a place, names no actor of its own.
pub(crate) fn participants(
    doc: &Document,
    t: &TriggerMatch,
    sentence: Range<usize>,
    ents: &[&Ent],
    all: &[Ent],
    window: usize,
) -> Vec<Participant> {
    let lo = t.tokens.start.saturating_sub(window).max(sentence.start);
    let hi = t.tokens.end.saturating_add(window).min(sentence.end);
    let trigger = span_of(doc, t.tokens.clone());
    let trigger_quoted = doc.quote_containing(trigger).map(|q| q.span);
    let mut out: Vec<Participant> = Vec::new();
    let push = |out: &mut Vec<Participant>, id: &str, role: Role| {
        if !out.iter().any(|p| p.entity == id) {
            out.push(Participant::new(id.to_string(), role));
        }
    };
    let bound = between_parties(doc, t, &sentence, ents);
    if !bound.is_empty() {
        for e in bound {
            push(&mut out, e.actor, Role::Actor);
        }
        return out;
    }
    let pair = two_people(doc, t, &sentence, all);
    let named: Vec<&str> =
        all.iter().filter(|e| e.actor_kind == EntityKind::Person).map(|e| e.actor).collect();
    for id in &pair {
        push(&mut out, id, Role::Actor);
    }
    // A possessive before the trigger ("leur entretien") points to the
    // people of the clause before it, however far.
    let possessive = t.pos == Pos::Noun
        && t.tokens.start > sentence.start
        && matches!(word(doc, t.tokens.start - 1), "leur" | "leurs" | "their");
    // An entity that can take part here, and its role; `None` for places
    // told as locations, entities on the other side of a quote, demonyms
    // that only qualify, sources of "selon".
    let role_of = |e: &Ent| -> Option<Role> {
        if !e.can_act() {
            return None;
        }
        // A place introduced as a location is not a participant; nor is
        // where troops withdraw from ("se retire de la Roumanie").
        let prep = e.tokens.0.checked_sub(1).map_or("", |i| word(doc, i));
        let from = t.kind == EventKind::Withdrawal
            && (matches!(prep, "de" | "du" | "d'" | "des" | "from")
                || (matches!(prep, "la" | "l'")
                    && e.tokens.0 >= 2
                    && word(doc, e.tokens.0 - 2) == "de"));
        // The country a war or a strike is in is a party to it all the
        // same ("la guerre en Ukraine", "des frappes en Syrie").
        // Right after the trigger only: "se rencontrent en Turquie ... la
        // guerre" is not a war in Turkey.
        let theatre = t.kind == EventKind::Attack
            && e.actor_kind == EntityKind::Country
            && matches!(prep, "en" | "au" | "in")
            && (t.tokens.end..t.tokens.end + 3).contains(&e.tokens.0);
        if e.place
            && e.how == MentionKind::Name
            && (matches!(prep, "a" | "en" | "au" | "aux" | "in" | "at" | "dans") || from)
            && !theatre
        {
            return None;
        }
        // Inside or outside the trigger's quote, as the trigger is.
        if doc.quote_containing(e.span).map(|q| q.span) != trigger_quoted
            && e.how != MentionKind::Demonym
        {
            return None;
        }
        if idle_demonym(doc, e, ents) || agent_of_participle(doc, t, e) || compared(doc, e) {
            return None;
        }
        let after = e.tokens.0 >= t.tokens.end;
        let mediator =
            (e.tokens.0.saturating_sub(5)..e.tokens.0).any(|i| word(doc, i).starts_with("mediat"));
        // "selon Le Drian", "d'après Moscou": the source, not a party.
        let source = (e.tokens.0.saturating_sub(4).max(sentence.start)..e.tokens.0)
            .rev()
            .take_while(|&i| !matches!(word(doc, i), "," | ";" | ":" | "\""))
            .any(|i| matches!(word(doc, i), "selon" | "d'apres" | "according"));
        if source && !mediator {
            return None;
        }
        // The subject of a clause after the trigger ("des demandes que
        // Moscou envoie") is an actor of it, not its target.
        let subject = e.tokens.0 > 0 && matches!(word(doc, e.tokens.0 - 1), "que" | "qu'");
        Some(if mediator {
            Role::Mediator
        } else if after
            && !subject
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
        })
    };
    // The trigger's own clause first: when it names a party, the parties
    // of the clauses around it are those of other events ("Sur
    // l'éventualité d'une rencontre entre Biden et Poutine, Blinken n'a pas
    // fermé la porte").
    let (mut lo, mut hi) = (lo, hi);
    if window != usize::MAX {
        // A comma in a list of names that "et" closes is the list's
        // ("Sergueï Lavrov, Dmytro Kouleba et Mevlüt Cavusoglu se sont
        // réunis"), not a clause's end ("entre Biden et Poutine, Blinken").
        let name_at = |i: usize| ents.iter().find(|e| is_person_or_body(e) && e.tokens.0 == i);
        let listing = |comma: usize| {
            if !ents.iter().any(|e| is_person_or_body(e) && e.tokens.1 == comma) {
                return false;
            }
            let mut i = comma + 1;
            while let Some(e) = name_at(i) {
                match word(doc, e.tokens.1) {
                    "," => i = e.tokens.1 + 1,
                    "et" | "and" => return name_at(e.tokens.1 + 1).is_some(),
                    _ => return false,
                }
            }
            false
        };
        let boundary = |i: usize| {
            matches!(word(doc, i), "," | ";" | ":" | "(" | ")" | "\"" | "mais" | "car" | "tandis")
                && !(word(doc, i) == "," && listing(i))
        };
        let start = (sentence.start..t.tokens.start)
            .rev()
            .find(|&i| boundary(i))
            .map_or(sentence.start, |i| i + 1);
        let end = (t.tokens.end..sentence.end).find(|&i| boundary(i)).unwrap_or(sentence.end);
        // Named parties only: a demonym ("le FSB russe") is weak evidence.
        let own = ents.iter().any(|e| {
            e.tokens.0 >= start
                && e.tokens.1 <= end
                && e.how != MentionKind::Demonym
                && role_of(e).is_some_and(|r| r != Role::Mediator)
        });
        if own {
            lo = lo.max(start);
            hi = hi.min(end);
        }
    }
    let in_reach = |e: &&&Ent| {
        (e.tokens.0 >= lo && e.tokens.1 <= hi)
            || (possessive && e.tokens.1 <= t.tokens.start && is_person_or_body(e))
    };
    for e in ents.iter().filter(in_reach) {
        // "les deux dirigeants" stands for everyone before the trigger.
        if !pair.is_empty() && e.tokens.1 <= t.tokens.start {
            continue;
        }
        let Some(role) = role_of(e) else { continue };
        if e.how == MentionKind::Demonym {
            if let Some(key) = plural_role(doc, e, ents, &sentence) {
                if let Some(holder) = role_holder(key, e.actor, doc, &named) {
                    push(&mut out, &holder, role);
                    continue;
                }
            }
        }
        if let Some(c) = counterpart_of(doc, e, ents, &sentence) {
            push(&mut out, c.actor, Role::Actor);
        }
        push(&mut out, e.actor, role);
    }
    out.sort_by_key(|p| p.role.rank());
    out
}
