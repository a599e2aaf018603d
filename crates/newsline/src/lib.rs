//! newsline turns news articles into an entity-linked, dated, de-duplicated
//! timeline of events, every event traced back to its source sentence.
//!
//! This is the facade crate: the one dependency most users add. It
//! re-exports each layer as a module; a `Pipeline` composing them arrives as
//! the layers land. Today the document layer is complete:
//!
//! ```
//! use newsline::doc::read_text;
//!
//! let doc = read_text("a", " date 2022-03 Moscou et Kiev semblent disposées au dialogue. Mais peut-on y croire ?", "a.txt")?;
//! assert_eq!(doc.sentences().len(), 2);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Layers
//!
//! - [`doc`]: documents, spans, partial dates, readers, sentences, tokens,
//!   quotes.
//! - [`gazetteer`], [`time`], [`events`], [`timeline`]: the entity, time,
//!   event and timeline layers (being built; see their crate docs).
#![deny(missing_docs)]

pub use newsline_doc as doc;
pub use newsline_events as events;
pub use newsline_gazetteer as gazetteer;
pub use newsline_time as time;
pub use newsline_timeline as timeline;

#[cfg(doctest)]
#[doc = include_str!("../../../README.md")]
struct ReadmeDoctests;
