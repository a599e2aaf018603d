//! newsline turns news articles into an entity-linked, dated, de-duplicated
//! timeline of events, every event traced back to its source sentence.
//!
//! This is the facade crate: the one dependency most users add. It runs
//! every per-document layer through a [`Pipeline`] and re-exports each layer
//! as a module. From `cargo add newsline` to the events of an article:
//!
//! ```
//! use newsline::prelude::*;
//!
//! // Read articles: plain text (with an optional " date 2022-03" header),
//! // JSON or JSONL records, or whole folders with `read_path`.
//! let doc = read_text(
//!     "001",
//!     " date 2022-03-10 Le ministre russe Sergueï Lavrov et son homologue ukrainien Dmytro Kouleba se rencontrent jeudi à Antalya. « Je n'ai pas grand espoir », a déclaré M. Kouleba.",
//!     "001.txt",
//! )?;
//!
//! // One pipeline, built once: the embedded gazetteer, the time and event
//! // layers with their default settings.
//! let pipeline = Pipeline::default();
//! let analysis = pipeline.analyze(&doc);
//!
//! for event in &analysis.events {
//!     println!("{} {:?} {:?} {:?}", event.kind.as_str(), event.trigger.text, event.modality, event.date.as_ref().map(|d| &d.value));
//! }
//! let meeting = analysis.events.iter().find(|e| e.kind == EventKind::Meeting).ok_or("no meeting")?;
//! assert_eq!(meeting.date.as_ref().map(|d| d.value.as_str()), Some("2022-03-10"));
//! let statement = analysis.events.iter().find(|e| e.kind == EventKind::Statement).ok_or("no statement")?;
//! assert_eq!(statement.attributed_to.as_deref(), Some("person:dmytro-kuleba"));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! Many documents make one timeline: mentions of the same event merged
//! across documents, dated by all of them, rendered in the format you need
//! ([`Pipeline::timeline`], then `Timeline::render` or `Timeline::filter`).
//!
//! # Layers
//!
//! - [`doc`]: documents, spans, partial dates, readers, sentences, tokens,
//!   quotes.
//! - [`gazetteer`]: entities and the embedded gazetteer.
//! - [`time`]: time expressions and their values.
//! - [`events`]: event mentions.
//! - [`timeline`]: the cross-document timeline and its renderers.
//!
//! # Examples
//!
//! `examples/` holds a folder's events (`events_of_folder`), one person's
//! statements (`statements_of`), and a gazetteer extended with your own
//! entities (`custom_gazetteer`).
#![deny(missing_docs)]

mod pipeline;

pub use crate::pipeline::{Pipeline, PipelineBuilder};
pub use newsline_doc as doc;
pub use newsline_events as events;
pub use newsline_gazetteer as gazetteer;
pub use newsline_time as time;
pub use newsline_timeline as timeline;
pub use newsline_timeline::{Analysis, DocumentDate, Timeline, DOC_SCHEMA};

/// The names most programs need: `use newsline::prelude::*;`.
pub mod prelude {
    pub use crate::doc::{
        read_jsonl, read_path, read_record, read_text, Document, Language, PartialDate, Span,
    };
    pub use crate::events::{EventKind, EventMention, Modality, Role};
    pub use crate::gazetteer::Gazetteer;
    pub use crate::time::{Timex, TimexKind};
    pub use crate::timeline::render::Format;
    pub use crate::timeline::{Filter, Timeline, TimelineBuilder, TimelineConfig};
    pub use crate::{Analysis, Pipeline};
}

#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
struct ReadmeDoctests;
