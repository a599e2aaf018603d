//! What the integration tests share: a text run through the whole stack
//! (document, gazetteer, time, events).

use newsline_doc::{read_text, Document};
use newsline_events::{EventExtractor, EventKind, EventMention};
use newsline_gazetteer::Gazetteer;
use newsline_time::TimeRecognizer;

/// The document read from `text` and the event mentions found in it.
pub fn events(text: &str) -> (Document, Vec<EventMention>) {
    let doc = match read_text("t", text, "t.txt") {
        Ok(d) => d,
        Err(e) => panic!("test text does not read: {e}"),
    };
    let entities = Gazetteer::embedded().match_document(&doc);
    let timexes = TimeRecognizer::default().recognize(&doc);
    let found = EventExtractor::default().extract(&doc, &entities, &timexes);
    (doc, found)
}

/// The first mention of `kind` in `text`; panics when there is none.
pub fn one(text: &str, kind: EventKind) -> EventMention {
    let (_, found) = events(text);
    match found.into_iter().find(|e| e.kind == kind) {
        Some(e) => e,
        None => panic!("no {kind:?} in {text:?}"),
    }
}
