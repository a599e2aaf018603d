//! Integration tests of newsline-gazetteer, one module per topic.

/// Scores linked entities against the seed gold set in `../shared/eval`.
mod eval;
/// Behaviour of the matcher, case by case.
mod matching;
/// Properties over arbitrary text: no panic, sorted disjoint mentions on
/// char boundaries.
mod properties;
/// Loading user entity files and merging them with the embedded data.
mod user_data;

use newsline_doc::{Document, Metadata, PartialDate};
use newsline_gazetteer::DocumentEntities;

/// Matches `text` dated `year-month` with the shared embedded gazetteer.
fn link(text: &str, date: Option<(i32, u32)>) -> DocumentEntities {
    let mut meta = Metadata::new();
    if let Some(d) = date.and_then(|(y, m)| PartialDate::year_month(y, m)) {
        meta = meta.date(d);
    }
    let doc = Document::builder("t", text).metadata(meta).build();
    newsline_gazetteer::Gazetteer::embedded().match_document(&doc)
}

/// The (text, entity id) pairs of the mentions of `text`.
fn pairs(text: &str, date: Option<(i32, u32)>) -> Vec<(String, String)> {
    link(text, date).mentions().iter().map(|m| (m.text.clone(), m.entity.clone())).collect()
}
