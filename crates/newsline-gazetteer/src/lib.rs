//! Entities for newsline: who and where a document talks about.
//!
//! This crate will own the entity layer: an embedded gazetteer of every ISO
//! 3166-1 country (names, demonyms, capitals as metonyms), GeoNames cities
//! and regions, and a curated list of people (with dated roles) and
//! organisations, built reproducibly from open data by a generator in the
//! repository; and a matcher that links every mention in a
//! `newsline_doc::Document` to a stable id (`iso:UA`, `geonames:703448`,
//! `person:sergey-lavrov`), with in-document coreference and detection of
//! people missing from the gazetteer.
//!
//! It is not implemented yet: it exposes no API, and nothing in newsline
//! pretends to link entities until it is.
#![deny(missing_docs)]
