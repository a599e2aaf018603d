//! Prints every event newsline finds in a folder of articles, document by
//! document.
//!
//! `cargo run -p newsline --example events_of_folder -- seeds/`

use newsline::prelude::*;

fn main() {
    let folder = std::env::args().nth(1).unwrap_or_else(|| "seeds".to_string());
    let mut docs = Vec::new();
    for result in read_path(&folder) {
        match result {
            Ok(doc) => docs.push(doc),
            Err(err) => eprintln!("skipped: {err}"),
        }
    }
    let pipeline = Pipeline::default();
    for analysis in pipeline.analyze_all(&docs) {
        let date = analysis.date.as_ref().map_or("undated", |d| d.value.as_str());
        println!("# {} ({date})", analysis.id);
        for e in analysis.events.iter().filter(|e| e.modality.is_factual()) {
            let who: Vec<&str> = e.participants.iter().map(|p| p.entity.as_str()).collect();
            let when = e.date.as_ref().map_or("?", |d| d.value.as_str());
            println!(
                "  {when:<10} {:<12} {:<30} {}",
                e.kind.as_str(),
                e.trigger.text,
                who.join(", ")
            );
        }
    }
}
