//! Adds your own entities to the embedded gazetteer, from TSV, and links
//! them in a text.
//!
//! `cargo run -p newsline --example custom_gazetteer`
//!
//! The TSV columns (tab separated, trailing ones optional) are those of the
//! embedded data: `id kind name name_fr aliases demonyms country population
//! roles stands_for`, lists separated by `|`.

use newsline::gazetteer::{Gazetteer, GazetteerConfig};
use newsline::prelude::*;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let tsv = "acme:negotiator-1\tperson\tJane Roe\tJane Roe\tRoe\n\
               acme:mediation-cell\torganization\tMediation Cell\tCellule de médiation\n";
    let gazetteer =
        Gazetteer::builder(GazetteerConfig::default()).add_tsv("my-entities.tsv", tsv)?.build()?;
    let pipeline = Pipeline::builder().gazetteer(gazetteer).build();
    let doc = read_text(
        "note",
        "Jane Roe, de la Cellule de médiation, a rencontré Vladimir Poutine à Moscou.",
        "note.txt",
    )?;
    let analysis = pipeline.analyze(&doc);
    for e in &analysis.entities {
        let surfaces: Vec<&str> = e.mentions.iter().map(|m| m.text.as_str()).collect();
        println!("{:<28} {:<13} {:<20} {:?}", e.id, e.kind.as_str(), e.name, surfaces);
    }
    Ok(())
}
