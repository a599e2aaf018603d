//! What several integration tests share: the seeds analysed as the
//! facade's pipeline analyses them.

use std::path::PathBuf;

use newsline_doc::read_path;
use newsline_events::EventExtractor;
use newsline_gazetteer::Gazetteer;
use newsline_time::TimeRecognizer;
use newsline_timeline::Analysis;

/// The analyses of the five sample articles in `seeds/`.
pub fn seed_analyses() -> Vec<Analysis> {
    let seeds = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let gazetteer = Gazetteer::embedded();
    let time = TimeRecognizer::default();
    let events = EventExtractor::default();
    read_path(seeds)
        .map(|d| d.expect("seed reads"))
        .map(|doc| {
            let entities = gazetteer.match_document(&doc);
            let timexes = time.recognize(&doc);
            let found = events.extract(&doc, &entities, &timexes);
            Analysis::new(&doc, doc.language(), entities, timexes, found)
        })
        .collect()
}
