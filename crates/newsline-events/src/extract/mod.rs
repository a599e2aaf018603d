//! The extractor: triggers, then speakers, participants, place, date,
//! modality and attribution, sentence by sentence.
//!
//! It runs two passes over the sentences. The first (`statements`) finds
//! the triggers, and the statements with their speakers and quotes: they
//! decide what the other events' modality is, and a quote may run across
//! sentences, so every statement is known before anything else. The second
//! (`events`) reads every other trigger, with `parties` to settle who takes
//! part and `antecedents` for the events told before, that a mention may
//! point back to and take its parties or its date from. Both passes build
//! their mentions through `mention`. At the end, the "lors de" links are
//! made and the mentions are put in text order and numbered.

use newsline_doc::Document;
use newsline_gazetteer::DocumentEntities;
use newsline_time::Timex;
use serde::{Deserialize, Serialize};

use crate::dating::link_dates;
use crate::inputs;
use crate::lexicon::Lexicon;
use crate::model::EventMention;

mod antecedents;
mod events;
mod mention;
mod parties;
mod statements;

/// Settings of an [`EventExtractor`].
///
/// # Example
///
/// ```
/// use newsline_events::EventConfig;
///
/// let config = EventConfig::new().window(10).document_date_fallback(false);
/// assert_eq!(config.window, 10);
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
#[non_exhaustive]
pub struct EventConfig {
    /// How many tokens on each side of a trigger participants are looked
    /// for.
    pub window: usize,
    /// Whether an event with no time expression of its own takes the
    /// document date (at the document date's precision, `source:
    /// document`).
    pub document_date_fallback: bool,
}

impl Default for EventConfig {
    fn default() -> EventConfig {
        EventConfig { window: 12, document_date_fallback: true }
    }
}

impl EventConfig {
    /// The default settings.
    pub fn new() -> EventConfig {
        EventConfig::default()
    }

    /// Sets the participant window. By default, 12 tokens.
    pub const fn window(mut self, tokens: usize) -> EventConfig {
        self.window = tokens;
        self
    }

    /// Sets the document-date fallback. By default, on.
    pub const fn document_date_fallback(mut self, on: bool) -> EventConfig {
        self.document_date_fallback = on;
        self
    }
}

/// Finds the event mentions of a document from its entity mentions and time
/// expressions.
///
/// Build it once and reuse it; it is `Send + Sync`.
#[derive(Clone, Debug)]
pub struct EventExtractor {
    config: EventConfig,
    lexicon: Lexicon,
}

impl Default for EventExtractor {
    fn default() -> EventExtractor {
        EventExtractor::new(EventConfig::default())
    }
}

impl EventExtractor {
    /// An extractor with the embedded trigger lexicon.
    pub fn new(config: EventConfig) -> EventExtractor {
        EventExtractor { config, lexicon: Lexicon::embedded().clone() }
    }

    /// An extractor with another lexicon (the embedded one extended, say).
    pub fn with_lexicon(config: EventConfig, lexicon: Lexicon) -> EventExtractor {
        EventExtractor { config, lexicon }
    }

    /// The event mentions of `doc`, in text order, numbered
    /// `<document id>#0`, `#1`...
    pub fn extract(
        &self,
        doc: &Document,
        entities: &DocumentEntities,
        timexes: &[Timex],
    ) -> Vec<EventMention> {
        let ents = inputs::entities(doc, entities);
        let txs = inputs::timexes(timexes);
        let mut out = Vec::new();
        // Pass 1, statements: who speaks, where, with which quote. They
        // decide what the other events' modality is, and a quote may run
        // across sentences, so every statement is found first.
        let (speeches, plans) = self.statements(doc, &ents, &txs, &mut out);
        // Pass 2, the other events.
        self.events(doc, &ents, &txs, &speeches, &plans, &mut out);
        let during = link_dates(doc, &mut out);
        // Text order, numbered; the links made before it follow their
        // events to their new places.
        let mut order: Vec<usize> = (0..out.len()).collect();
        order.sort_by_key(|&k| (out[k].trigger.start, out[k].kind));
        let mut position = vec![0; out.len()];
        for (i, &k) in order.iter().enumerate() {
            position[k] = i;
        }
        for (k, frame) in during {
            out[k].during = Some(format!("{}#{}", doc.id(), position[frame]));
        }
        let mut slots: Vec<Option<EventMention>> = out.into_iter().map(Some).collect();
        let mut out: Vec<EventMention> =
            order.iter().filter_map(|&k| slots.get_mut(k).and_then(Option::take)).collect();
        for (i, e) in out.iter_mut().enumerate() {
            e.id = format!("{}#{i}", doc.id());
        }
        out
    }
}
