//! Cross-document timelines for newsline: from many analysed documents,
//! the list of distinct real-world events, each with the best date all its
//! mentions together support, every mention kept as evidence.
//!
//! The input is one [`Analysis`] per document (the `newsline.doc/1`
//! contract the facade's `Pipeline::analyze` makes, or its JSON read back).
//! [`TimelineBuilder::build`] then:
//!
//! 1. dates each document: its header or metadata date, pinned to a day
//!    when its own expressions do so; for an undated document, bounds from
//!    the factual events it dates, the events it shares with dated
//!    documents and the terms of office of the roles it gives people
//!    (`newsline_gazetteer::HeldRole`), its relative expressions resolved again against the
//!    inferred interval (every step written to
//!    [`TimelineDocument::evidence`]);
//! 2. merges mentions into events: same kind and tier (facts and denials
//!    apart from plans and possibilities), compatible sides, meeting dates,
//!    compatible places; across documents a shared precise date or place is
//!    required. Each merge keeps its score and the score's parts
//!    ([`MergeReason`]), so a user can ask why two mentions are one event;
//! 3. dates each event by intersecting its mentions' intervals, keeping
//!    mentions that do not fit as [`DateConflict`]s, never averaging; an
//!    event claimed by one source and denied by another carries both sides
//!    ([`Dispute`]);
//! 4. orders events by `earliest`, `latest`, first mention.
//!
//! Building depends only on the *set* of analyses, so
//! [`TimelineBuilder::merge`] is associative and commutative: run the
//! per-document map anywhere and reduce in any order. [`Timeline::filter`]
//! gives views (an entity, kinds, modalities, a date range, documents);
//! [`Timeline::render`] writes JSON (the `newsline.timeline/1` contract),
//! Markdown, CSV, TimelineJS3 JSON or a self-contained HTML page.
//!
//! ```
//! use newsline_doc::read_text;
//! use newsline_events::EventExtractor;
//! use newsline_gazetteer::Gazetteer;
//! use newsline_time::TimeRecognizer;
//! use newsline_timeline::{render::Format, Analysis, Filter, TimelineBuilder};
//!
//! let texts = [
//!     ("a", " date 2022-03-10 Sergueï Lavrov et Dmytro Kouleba se sont rencontrés jeudi à Antalya."),
//!     ("b", " date 2022-03-11 La rencontre de jeudi à Antalya entre Sergueï Lavrov et Dmytro Kouleba n'a rien donné."),
//! ];
//! let (gazetteer, time, events) = (Gazetteer::embedded(), TimeRecognizer::default(), EventExtractor::default());
//! let mut analyses = Vec::new();
//! for (id, text) in texts {
//!     let doc = read_text(id, text, id)?;
//!     let entities = gazetteer.match_document(&doc);
//!     let timexes = time.recognize(&doc);
//!     let found = events.extract(&doc, &entities, &timexes);
//!     analyses.push(Analysis::new(&doc, doc.language(), entities, timexes, found));
//! }
//! let timeline = TimelineBuilder::new().build(&analyses);
//! let lavrov = timeline.filter(&Filter::new().entity("person:sergey-lavrov"));
//! let meeting = &lavrov.events[0];
//! assert_eq!(meeting.mentions.len(), 2);
//! assert_eq!(meeting.date.as_ref().map(|d| d.value.as_str()), Some("2022-03-10"));
//! println!("{}", lavrov.render(Format::Markdown)?);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
#![deny(missing_docs)]

mod analysis;
mod bilateral;
mod build;
mod cluster;
mod dating;
mod error;
mod filter;
mod infer;
mod interval;
mod model;
mod postmerge;
mod quoted;
mod readings;
pub mod render;
mod since;
mod speech;
mod wartime;

pub use crate::render::{Format, ParseFormatError};

pub use crate::analysis::{Analysis, DocumentDate, DOC_SCHEMA};
pub use crate::build::{TimelineBuilder, TimelineConfig};
pub use crate::error::{Error, Result};
pub use crate::filter::Filter;
pub use crate::interval::DateInterval;
pub use crate::model::{
    Claim, DateConflict, Dispute, Factor, MentionRef, MergeReason, Timeline, TimelineDocument,
    TimelineEntity, TimelineEvent, TIMELINE_SCHEMA,
};
