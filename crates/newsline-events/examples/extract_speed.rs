//! Times the event layer alone over a JSONL corpus: entities and time
//! expressions are found first, then only `extract` is timed (best of 5).
//!
//! `cargo run --release -p newsline-events --example extract_speed -- ../shared/corpus/orangesum_fr_10mb.jsonl`

use std::time::Instant;

use newsline_doc::read_record;
use newsline_events::EventExtractor;
use newsline_gazetteer::Gazetteer;
use newsline_time::TimeRecognizer;

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: extract_speed CORPUS.jsonl");
        return;
    };
    let text = std::fs::read_to_string(&path).unwrap_or_default();
    let time = TimeRecognizer::default();
    let docs: Vec<_> = text
        .lines()
        .filter_map(|l| read_record(l, "x", &path).ok())
        .map(|d| {
            let entities = Gazetteer::embedded().match_document(&d);
            let timexes = time.recognize(&d);
            (d, entities, timexes)
        })
        .collect();
    let extractor = EventExtractor::default();
    let mut best = f64::INFINITY;
    let mut count = 0;
    for _ in 0..5 {
        let start = Instant::now();
        count = 0;
        for (d, e, t) in &docs {
            count += extractor.extract(d, e, t).len();
        }
        best = best.min(start.elapsed().as_secs_f64());
    }
    let mb = text.len() as f64 / 1e6;
    println!("events: {count} mentions; {mb:.1} MB in {best:.3} s = {:.1} MB/s", mb / best);
}
