//! Who took part and where: the speakers of statements, the participants
//! of other events and their roles, the place of an event.
//!
//! Speakers and participants are found differently. A statement has one
//! speaker, read from the verb's construction (inversion, subject, pronoun,
//! "selon X"): `speakers`. Any other event has participants in reach of its
//! trigger, each with a role (actor, target, mediator): `participants`,
//! with `plural` for nominals that stand for actors named elsewhere ("les
//! deux dirigeants") and `non_parties` for the entities in reach that take
//! no part ("la frontière ukrainienne", "un accord signé par dix pays").
//! What both readings share stays here, with the place of an event and the
//! kinds whose mentions may continue one another.

use std::ops::Range;

use newsline_doc::{Document, Span};
use newsline_gazetteer::{EntityKind, MentionKind};

use crate::clause::word;
use crate::dating::subject_reach;
use crate::inputs::Ent;
use crate::lexicon::{Pos, TriggerMatch};
use crate::model::EventKind;
use crate::state::{lasting_state, Lasting};

mod non_parties;
mod participants;
mod plural;
mod speakers;

pub(crate) use non_parties::{object_elsewhere, owned_elsewhere};
pub(crate) use participants::participants;
pub(crate) use plural::two_countries;
pub(crate) use speakers::{affiliation, find_speaker, statement_quote, subject_person, Salience};

/// Whether an entity mention names a person (not a demonym).
pub(crate) fn is_person(e: &Ent) -> bool {
    e.actor_kind == EntityKind::Person && e.how != MentionKind::Demonym
}

/// Whether a trigger is used as a noun: a noun entry, or a verb form
/// after a determiner ("l'annonce", "ces déclarations").
pub(crate) fn is_nominal(doc: &Document, t: &TriggerMatch, sentence: &Range<usize>) -> bool {
    t.pos == Pos::Noun
        || (t.tokens.start > sentence.start
            && matches!(
                word(doc, t.tokens.start - 1),
                "l'" | "la"
                    | "le"
                    | "les"
                    | "des"
                    | "une"
                    | "un"
                    | "ces"
                    | "cette"
                    | "sa"
                    | "son"
                    | "ses"
                    | "leur"
                    | "leurs"
                    | "the"
            ))
}

/// Whether an entity mention names a person or an organisation (not a
/// demonym): the actors a construction names outright.
pub(crate) fn is_person_or_body(e: &Ent) -> bool {
    matches!(e.actor_kind, EntityKind::Person | EntityKind::Organization)
        && e.how != MentionKind::Demonym
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

/// The place of an event: the nearest place introduced by "à", "en", "in"
/// or "la ville de" in its sentence that is not another event's.
///
/// A place goes with the nearest event: one beyond another trigger
/// (`others`) of an unrelated kind is that trigger's ("des pourparlers au
/// lendemain du bombardement d'un hôpital dans la ville de Marioupol"),
/// while talks share theirs with the agreement concluded in them ("les
/// accords conclus lors des discussions à Riyad"), and the head of the
/// sentence's subject with its verb; a place heading the sentence frames
/// it all. A war noun right before a place (an adjective at most between)
/// names its theatre, which is the war's alone ("des problèmes tels que
/// le conflit en Ukraine").
pub(crate) fn location(
    doc: &Document,
    t: &TriggerMatch,
    sentence: Range<usize>,
    sentence_span: Span,
    ents: &[&Ent],
    others: &[TriggerMatch],
) -> Option<String> {
    let others = || others.iter().filter(|o| o.tokens != t.tokens && o.pos != Pos::Preposition);
    // A war named again keeps its theatre ("la guerre en Irak ...
    // l'invasion").
    let is_war = |r: &Range<usize>| lasting_state(word(doc, r.start)) == Some(Lasting::Conflict);
    let war_theatre = |e: &Ent| {
        !is_war(&t.tokens)
            && others().any(|o| {
                o.tokens.end < e.tokens.0 && e.tokens.0 - o.tokens.end <= 2 && is_war(&o.tokens)
            })
    };
    let gap = |e: &Ent| {
        if e.tokens.0 >= t.tokens.end {
            t.tokens.end..e.tokens.0
        } else {
            e.tokens.1..t.tokens.start
        }
    };
    let beyond_another = |e: &Ent| {
        let g = gap(e);
        // The head of the sentence's subject takes its verb's place, however
        // long the subject runs ("Les discussions sur la guerre en Ukraine
        // ont repris à Genève").
        if subject_reach(doc, &t.tokens, sentence_span, e.span) {
            return false;
        }
        // A place heading the sentence frames all of it ("Au Yémen,
        // agressions, enlèvements et menaces sont le lot quotidien").
        if e.tokens.0 == sentence.start + 1 && word(doc, e.tokens.1) == "," {
            return false;
        }
        others().any(|o| {
            o.tokens.start >= g.start && o.tokens.end <= g.end && !compatible(o.kind, t.kind)
        })
    };
    ents.iter()
        .filter(|e| e.place && e.tokens.0 > sentence.start)
        .filter(|e| introduces_place(doc, e))
        .filter(|e| !war_theatre(e) && !beyond_another(e))
        .min_by_key(|e| gap(e).len())
        .map(|e| e.entity.to_string())
}

/// Nouns for a settlement or area whose name follows "de": "dans la ville
/// (assiégée) de Marioupol", "the city of Kharkiv".
const SETTLEMENTS: &[&str] =
    &["ville", "villes", "localite", "region", "province", "city", "town", "village"];

/// Whether the words before `e` introduce it as a place; a country is
/// no settlement ("chaque région de France" is no place of the event).
fn introduces_place(doc: &Document, e: &Ent) -> bool {
    let at = e.tokens.0;
    match word(doc, at.saturating_sub(1)) {
        "a" | "en" | "au" | "aux" | "in" | "at" => true,
        // An adjective at most between the noun and "de".
        "de" | "d'" | "of" if !e.entity.starts_with("iso:") => (2..=3)
            .filter_map(|back| at.checked_sub(back))
            .any(|i| SETTLEMENTS.contains(&word(doc, i))),
        _ => false,
    }
}
