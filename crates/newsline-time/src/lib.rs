//! Time expressions for newsline, in French and English.
//!
//! This crate will own the temporal layer: it finds dates, times, durations
//! and sets in a `newsline_doc::Document` ("jeudi", "le 24 février",
//! "la semaine dernière", "quatre heures de pourparlers") and normalises each
//! to an interval of days with the tightest TIMEX3 value the text and the
//! (possibly partial) document date allow, never inventing precision.
//!
//! It is not implemented yet: it exposes no API, and nothing in newsline
//! pretends to resolve dates until it is.
#![deny(missing_docs)]
