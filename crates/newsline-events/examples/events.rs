//! Prints the entities and event mentions newsline finds in articles.
//!
//! `cargo run -p newsline-events --example events -- seeds/001_c9d236ec550ff166.txt`

use newsline_doc::read_path;
use newsline_events::EventExtractor;
use newsline_gazetteer::Gazetteer;
use newsline_time::TimeRecognizer;

fn main() {
    let extractor = EventExtractor::default();
    let time = TimeRecognizer::default();
    for path in std::env::args().skip(1) {
        for doc in read_path(&path) {
            let doc = match doc {
                Ok(d) => d,
                Err(e) => {
                    eprintln!("{e}");
                    continue;
                }
            };
            let entities = Gazetteer::embedded().match_document(&doc);
            println!("# {}", doc.id());
            for m in entities.mentions() {
                println!(
                    "  entity {:?} {} {:?} stands_for={:?}",
                    m.text, m.entity, m.how, m.stands_for
                );
            }
            let timexes = time.recognize(&doc);
            for e in extractor.extract(&doc, &entities, &timexes) {
                let who: Vec<String> =
                    e.participants.iter().map(|p| format!("{}:{:?}", p.entity, p.role)).collect();
                println!(
                    "  {:<12} {:<10} {:?} [{}] loc={:?} date={:?} by={:?}",
                    e.kind.as_str(),
                    format!("{:?}", e.modality),
                    e.trigger.text,
                    who.join(", "),
                    e.location,
                    e.date.as_ref().map(|d| d.value.as_str()),
                    e.attributed_to
                );
            }
        }
    }
}
