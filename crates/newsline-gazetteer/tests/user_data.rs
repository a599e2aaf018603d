//! User entity files: TSV and JSON, merged with or replacing the embedded
//! data, and errors that name the line and field.

use newsline_doc::Document;
use newsline_gazetteer::{EntityKind, Error, Gazetteer, GazetteerBuilder, GazetteerConfig};

fn ids(gaz: &Gazetteer, text: &str) -> Vec<String> {
    let doc = Document::builder("d", text).build();
    gaz.match_document(&doc).entities().iter().map(|e| e.id.clone()).collect()
}

#[test]
fn tsv_entities_merge_with_the_embedded_data() {
    let tsv = "# my entities\n\
               Q12345\tperson\tX\n"
        .replace("Q12345", "wd:Q12345");
    let tsv = format!("{tsv}org:acme\torganization\tAcme Corp\t\tAcme|ACME\n# an alias for an existing country\niso:FR\tcountry\t\t\tl'Hexagone|Hexagone\n");
    let gaz = Gazetteer::builder(GazetteerConfig::new())
        .add_tsv("mine.tsv", &tsv)
        .and_then(GazetteerBuilder::build)
        .expect("valid data");
    assert_eq!(ids(&gaz, "Acme et la Russie."), ["org:acme", "iso:RU"]);
    assert_eq!(ids(&gaz, "Dans l'Hexagone, la grève."), ["iso:FR"]);
    let fr = gaz.entity("iso:FR").expect("still there");
    assert_eq!(fr.name, "France", "an empty name keeps the embedded one");
    assert!(fr.aliases.iter().any(|a| a == "Hexagone"));
}

#[test]
fn json_entities_with_roles_resolve_nominals() {
    let json = r#"[
  {"id": "wd:Q1", "kind": "person", "name": "Jane Roe", "aliases": ["Roe"],
   "roles": [{"role": "foreign_minister", "of": "iso:BE", "from": "2030-01-01"}]}
]"#;
    let gaz = Gazetteer::builder(GazetteerConfig::new())
        .add_json("mine.json", json)
        .and_then(GazetteerBuilder::build)
        .expect("valid data");
    let date = newsline_doc::PartialDate::year_month(2030, 6).expect("valid date");
    let doc = Document::builder("d", "Le chef de la diplomatie belge a parlé.")
        .metadata(newsline_doc::Metadata::new().date(date))
        .build();
    let found = gaz.match_document(&doc);
    assert!(found.entity("wd:Q1").is_some(), "{:?}", found.mentions());
    assert!(found.entity("iso:BE").is_some(), "{:?}", found.mentions());
}

#[test]
fn user_data_can_replace_the_embedded_data() {
    let gaz = Gazetteer::builder(GazetteerConfig::new().embedded_data(false))
        .add_json("mine.jsonl", "{\"id\": \"city:x\", \"kind\": \"city\", \"name\": \"Xville\"}\n")
        .and_then(GazetteerBuilder::build)
        .expect("valid data");
    assert_eq!(gaz.entities().len(), 1);
    assert_eq!(gaz.entities()[0].kind, EntityKind::City);
    assert_eq!(ids(&gaz, "Paris et Xville."), ["city:x"]);
}

#[test]
fn malformed_files_name_the_line_and_field() {
    let tsv = "# header\norg:a\torganization\tA\n\norg:b\tbanana\tB\n";
    match Gazetteer::builder(GazetteerConfig::new()).add_tsv("bad.tsv", tsv) {
        Err(e @ Error::InvalidField { line: 4, field: "kind", .. }) => {
            assert!(e.to_string().starts_with("bad.tsv:4: invalid field `kind`"), "{e}");
        }
        other => panic!("expected a kind error on line 4, got {other:?}"),
    }
    let tsv = "person:x\tperson\tX\t\t\t\t\t\tforeign_minister@iso:RU@yesterday\n";
    match Gazetteer::builder(GazetteerConfig::new()).add_tsv("bad.tsv", tsv) {
        Err(Error::InvalidField { line: 1, field: "roles", .. }) => {}
        other => panic!("expected a roles error on line 1, got {other:?}"),
    }
    let json = "[\n  {\"id\": \"org:a\", \"kind\": \"organization\", \"name\": \"A\"},\n  {\"id\": \"org:b\", \"kind\": \"organization\", \"name\": \"B\", \"population\": \"many\"}\n]";
    match Gazetteer::builder(GazetteerConfig::new()).add_json("bad.json", json) {
        Err(e @ Error::Json { line: 3, .. }) => {
            let chain = format!(
                "{e}: {}",
                std::error::Error::source(&e).map(ToString::to_string).unwrap_or_default()
            );
            assert!(chain.starts_with("bad.json:3:"), "{chain}");
        }
        other => panic!("expected a JSON error on line 3, got {other:?}"),
    }
    match Gazetteer::builder(GazetteerConfig::new())
        .add_json("bad.json", "{\"id\": \"org:a\", \"kind\": ")
    {
        Err(Error::Json { line: 1, .. }) => {}
        other => panic!("expected a JSON syntax error on line 1, got {other:?}"),
    }
}
