//! Event mentions for newsline: what happened in each document, who took
//! part, where, when, whether it really happened, and who says so.
//!
//! The extractor reads a `newsline_doc::Document` with the entity mentions
//! of `newsline-gazetteer` and the time expressions of `newsline-time`, and
//! finds mentions of the sixteen event kinds of the design (meeting, call,
//! statement, proposal, demand, agreement, ceasefire, withdrawal, attack,
//! deployment, sanction, accusation, rejection, threat, humanitarian,
//! occupation). Triggers come from a lexicon of folded word forms and stems
//! ([`Lexicon`], `data/triggers.txt`), never from sentence patterns.
//!
//! ```
//! use newsline_doc::read_text;
//! use newsline_events::{EventExtractor, EventKind, Modality};
//! use newsline_gazetteer::Gazetteer;
//! use newsline_time::TimeRecognizer;
//!
//! let doc = read_text("d", " date 2022-03 Les ministres ne se rencontreront pas mercredi.", "d.txt")?;
//! let entities = Gazetteer::embedded().match_document(&doc);
//! let timexes = TimeRecognizer::default().recognize(&doc);
//! let events = EventExtractor::default().extract(&doc, &entities, &timexes);
//! assert_eq!(events[0].kind, EventKind::Meeting);
//! assert_eq!(events[0].modality, Modality::Negated);
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```
//!
//! # Overview
//!
//! - [`EventExtractor`] with [`EventConfig`]: the engine, built once.
//! - [`EventMention`]: one mention, the `events[]` item of the
//!   `newsline.doc/1` JSON contract, with [`EventKind`], [`Participant`]s
//!   and their [`Role`]s, an [`EventDate`], a [`Modality`], an attribution
//!   and the trigger [`Evidence`].
//! - [`Lexicon`]: the trigger lexicon, extensible with your own lines.
//!
//! # Errors and panics
//!
//! Extraction never fails and never panics; only parsing a user lexicon
//! returns an [`Error`].
//!
//! # Other crates in newsline
//!
//! Most users add the `newsline` facade, whose `Pipeline` runs every layer.
#![deny(missing_docs)]

mod clause;
mod dating;
mod error;
mod extract;
mod filters;
mod inputs;
mod lexicon;
mod modality;
mod model;
mod roles;
mod state;
mod trigger_index;
pub mod weekday_name;

pub use crate::dating::subject_takes_date;
pub use crate::error::{Error, Result};
pub use crate::extract::{EventConfig, EventExtractor};
pub use crate::lexicon::{Lexicon, TriggerMatch, DEFAULT_TRIGGERS};
pub use crate::model::{
    DateAnchor, DateSource, EventDate, EventKind, EventMention, Evidence, Modality, Participant,
    Role,
};
pub use crate::state::{lasting_state, Lasting};
