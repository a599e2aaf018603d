//! Integration tests of newsline-doc.

// The five sample articles: sentence counts and boundaries checked by
// reading them, and agreement with the gold sentences.
mod seeds;
// Properties that must hold on any input (proptest).
mod properties;
// Readers on real files: directories, bad bytes, empty files, JSONL.
mod readers;
