//! One construction per test, in French and English, through the whole
//! stack (document, gazetteer, time, events), one file per theme.

use newsline_events::EventMention;

// Which words are triggers, and of which kind.
mod triggers;
// Who says: the speakers of statements.
mod speakers;
// What is reported, and by whom.
mod reported;
// Modality cues: negation, conditional, future, wishes.
mod modality;
// The dates of events.
mod dating;
// Who does: participants and roles.
mod participants;
// Where: the places of events.
mod places;

/// The entities of an event's participants, in order.
fn who(e: &EventMention) -> Vec<&str> {
    e.participants.iter().map(|p| p.entity.as_str()).collect()
}
