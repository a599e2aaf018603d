//! What several integration tests share: the seeds analysed as the
//! facade's pipeline analyses them.

use std::path::PathBuf;

use newsline_doc::{read_path, read_text, Document};
use newsline_events::EventExtractor;
use newsline_gazetteer::Gazetteer;
use newsline_time::TimeRecognizer;
use newsline_timeline::Analysis;

/// The analyses of the five sample articles in `seeds/`.
// Not every test crate that shares this module reads the seeds.
#[allow(dead_code)]
pub fn seed_analyses() -> Vec<Analysis> {
    let seeds = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let gazetteer = Gazetteer::embedded();
    let time = TimeRecognizer::default();
    let events = EventExtractor::default();
    read_path(seeds)
        .map(|d| d.expect("seed reads"))
        .map(|doc| analysis_of(&doc, gazetteer, &time, &events))
        .collect()
}

/// The analysis of `text`, read as document `id`.
// Not every test crate that shares this module reads a text of its own.
#[allow(dead_code)]
pub fn analyse(id: &str, text: &str) -> Analysis {
    let doc = match read_text(id, text, format!("{id}.txt")) {
        Ok(d) => d,
        Err(e) => panic!("test text does not read: {e}"),
    };
    analysis_of(&doc, Gazetteer::embedded(), &TimeRecognizer::default(), &EventExtractor::default())
}

fn analysis_of(
    doc: &Document,
    gazetteer: &Gazetteer,
    time: &TimeRecognizer,
    events: &EventExtractor,
) -> Analysis {
    let entities = gazetteer.match_document(doc);
    let timexes = time.recognize(doc);
    let found = events.extract(doc, &entities, &timexes);
    Analysis::new(doc, doc.language(), entities, timexes, found)
}
