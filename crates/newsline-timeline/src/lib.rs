//! Cross-document timelines for newsline.
#![deny(missing_docs)]

mod analysis;
mod build;
mod cluster;
mod dating;
mod error;
mod filter;
mod interval;
mod model;
pub mod render;

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
