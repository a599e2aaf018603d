//! What did one person say, and when? Prints the statements attributed to
//! an entity id, with their quotes.
//!
//! `cargo run -p newsline --example statements_of -- person:sergey-lavrov seeds/`

use newsline::prelude::*;

fn main() {
    let mut args = std::env::args().skip(1);
    let who = args.next().unwrap_or_else(|| "person:sergey-lavrov".to_string());
    let folder = args.next().unwrap_or_else(|| "seeds".to_string());
    let pipeline = Pipeline::default();
    for doc in read_path(&folder).filter_map(Result::ok) {
        let analysis = pipeline.analyze(&doc);
        for e in analysis.events.iter().filter(|e| {
            e.kind == EventKind::Statement && e.attributed_to.as_deref() == Some(who.as_str())
        }) {
            let when = e.date.as_ref().map_or("undated", |d| d.value.as_str());
            let said = e.quote.map_or_else(|| e.sentence.text.as_str(), |q| doc.span_text(q));
            println!("{} [{when}] {}: {said}", analysis.id, e.trigger.text);
        }
    }
}
