//! Who takes part in an event of the second pass, once the trigger's reach
//! is read: the parties that belong to another trigger of the sentence are
//! dropped, and when only mediators are left, parties come from further.

use std::ops::Range;

use newsline_doc::Document;

use super::antecedents::Antecedent;
use crate::inputs::Ent;
use crate::lexicon::{Pos, TriggerMatch};
use crate::model::{EventKind, Participant, Role};
use crate::roles::{self, compatible};

/// Settles the `participants` found in reach of `t`: drops the objects of
/// the sentence's other verbs, and refills an event with no party but
/// mediators from the sentence, from "les deux pays", then from the last
/// event of a compatible kind in `recent`.
#[allow(clippy::too_many_arguments)]
pub(super) fn settle(
    doc: &Document,
    t: &TriggerMatch,
    range: Range<usize>,
    sentence_index: usize,
    triggers: &[TriggerMatch],
    sent_ents: &[&Ent],
    ents: &[Ent],
    recent: &[Antecedent],
    source_person: Option<&String>,
    mut participants: Vec<Participant>,
) -> Vec<Participant> {
    // Mediators alone are no parties: the parties come from further, the
    // mediators stay ("Quatre heures de pourparlers ... selon les médiateurs
    // turcs").
    let mediators: Vec<Participant> =
        participants.iter().filter(|p| p.role == Role::Mediator).cloned().collect();
    let no_parties = |ps: &[Participant]| ps.iter().all(|p| p.role == Role::Mediator);
    if no_parties(&participants) {
        // The sentence's other actors (not those of its other events: "une
        // rencontre Poutine-Zelensky"), then the last event of a compatible
        // kind a few sentences back: "les pourparlers" usually continues the
        // talks just named.
        participants = roles::participants(doc, t, range.clone(), sent_ents, ents, usize::MAX);
        let same_kind: Vec<Range<usize>> = triggers
            .iter()
            .filter(|o| o.kind == t.kind && o.pos == Pos::Noun)
            .map(|o| o.tokens.clone())
            .collect();
        participants.retain(|p| !roles::owned_elsewhere(doc, p, t, &same_kind, sent_ents));
        if let Some(source) = source_person {
            participants.retain(|p| &p.entity != source);
        }
    }
    // The object of another verb of the sentence is that verb's ("un exercice
    // ... n'a pas l'intention d'attaquer l'Ukraine"); not after a verb of
    // speech, whose subject follows it (« ... », a déclaré Zelensky).
    let verbs: Vec<Range<usize>> = triggers
        .iter()
        .filter(|o| !matches!(o.pos, Pos::Noun | Pos::Preposition))
        .filter(|o| o.kind != EventKind::Statement)
        .map(|o| o.tokens.clone())
        .collect();
    participants.retain(|p| !roles::object_elsewhere(doc, p, t, &verbs, sent_ents));
    if no_parties(&participants) {
        participants = roles::two_countries(doc, range.clone(), ents)
            .into_iter()
            .map(|id| Participant::new(id, Role::Actor))
            .collect();
    }
    if no_parties(&participants) {
        participants = recent
            .iter()
            .rev()
            .find(|a| compatible(a.kind, t.kind) && sentence_index - a.sentence <= 3)
            .map(|a| a.participants.clone())
            .unwrap_or_default();
    }
    if no_parties(&participants) && !mediators.is_empty() {
        participants.clear();
    }
    for m in mediators {
        if !participants.iter().any(|p| p.entity == m.entity) {
            participants.push(m);
        }
    }
    participants
}
