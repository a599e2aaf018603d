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

use newsline_doc::Document;
use newsline_gazetteer::{EntityKind, MentionKind};

use crate::clause::word;
use crate::inputs::Ent;
use crate::lexicon::{Pos, TriggerMatch};
use crate::model::EventKind;

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
        .map(|e| e.entity.to_string())
}
