//! Cross-document timelines for newsline.
//!
//! This crate will own the cross-document layer: event coreference across
//! documents (explainable merge scores), date refinement by intersecting the
//! mentions' intervals, disputed events, document-date inference for
//! undated documents, ordering, filters, and renderers (JSON, Markdown,
//! TimelineJS3, CSV, HTML). Merging is an associative, commutative reduce.
//!
//! It is not implemented yet: it exposes no API.
#![deny(missing_docs)]
