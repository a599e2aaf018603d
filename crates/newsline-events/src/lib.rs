//! Event mentions for newsline, per document.
//!
//! This crate will own the event layer: for each sentence of a
//! `newsline_doc::Document`, the event mentions of the sixteen kinds of the
//! design (meeting, call, statement, proposal, demand, agreement, ceasefire,
//! withdrawal, attack, deployment, sanction, accusation, rejection, threat,
//! humanitarian, occupation), with participants and roles from the entity
//! layer, a place, a date from the time layer, a modality (asserted,
//! reported, planned, hypothetical, negated), an attribution and the
//! evidence spans.
//!
//! It is not implemented yet: it exposes no API.
#![deny(missing_docs)]
