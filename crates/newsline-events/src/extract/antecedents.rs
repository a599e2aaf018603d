//! Events already told, that a later mention may point back to ("cette
//! réunion", "les deux dirigeants se sont rencontrés") and take its parties
//! or its date from.

use std::ops::Range;

use newsline_doc::Document;

use crate::clause::word;
use crate::lexicon::TriggerMatch;
use crate::model::{EventDate, EventKind, Modality, Participant};
use crate::state::Lasting;

/// How many sentences back an anaphoric mention ("cette réunion") looks
/// for the event it points to.
const ANAPHORA_REACH: usize = 8;

/// An event already told, that a later anaphoric mention may point to.
#[derive(Clone, Debug)]
pub(super) struct Antecedent {
    pub(super) kind: EventKind,
    pub(super) sentence: usize,
    pub(super) participants: Vec<Participant>,
    pub(super) modality: Modality,
    /// Its date, when a time expression gave it.
    pub(super) date: Option<EventDate>,
    /// The lasting state it names: a siege is no anaphor of the war.
    pub(super) lasting: Option<Lasting>,
}

/// The factual events of `kind` told at most [`ANAPHORA_REACH`] sentences
/// before the sentence `index`, the latest first: what an anaphor may point
/// back to.
pub(super) fn candidates(
    recent: &[Antecedent],
    kind: EventKind,
    index: usize,
) -> impl Iterator<Item = &Antecedent> {
    recent.iter().rev().filter(move |a| {
        a.kind == kind && a.modality.is_factual() && index - a.sentence <= ANAPHORA_REACH
    })
}

/// Whether `t` is told as a new event ("un premier entretien", "une
/// nouvelle réunion"), which is not the one told before.
pub(super) fn told_as_new(doc: &Document, t: &TriggerMatch, range: &Range<usize>) -> bool {
    (t.tokens.start.saturating_sub(3).max(range.start)..t.tokens.start).any(|i| {
        matches!(
            word(doc, i),
            "premier"
                | "premiere"
                | "nouveau"
                | "nouvel"
                | "nouvelle"
                | "nouvelles"
                | "nouveaux"
                | "autre"
                | "second"
                | "seconde"
                | "another"
                | "new"
                | "first"
        )
    })
}
