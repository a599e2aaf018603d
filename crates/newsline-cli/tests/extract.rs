use std::fs;
use std::path::PathBuf;
use std::process::{Command, Output};

use serde::Deserialize;

fn newsline() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newsline"))
}

fn seeds() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds")
}

fn output(cmd: &mut Command) -> Output {
    match cmd.output() {
        Ok(o) => o,
        Err(e) => panic!("cannot run newsline: {e}"),
    }
}

fn stdout(cmd: &mut Command) -> String {
    let out = output(cmd);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

// An independent model of the `newsline.doc/1` contract of the design
// brief: deserialising into it checks that every field is present and
// typed as the design says (serde rejects a missing non-Option field and a
// wrong type; Option fields must still be present, checked below).

#[derive(Deserialize)]
struct Doc {
    schema: String,
    id: String,
    language: String,
    date: Option<Date>,
    entities: Vec<Entity>,
    timexes: Vec<Timex>,
    events: Vec<Event>,
}

#[derive(Deserialize)]
struct Date {
    value: String,
    earliest: String,
    latest: String,
    source: String,
}

#[derive(Deserialize)]
struct Entity {
    id: String,
    kind: String,
    name: String,
    mentions: Vec<SpanText>,
}

#[derive(Deserialize)]
struct SpanText {
    start: usize,
    end: usize,
    text: String,
}

#[derive(Deserialize)]
struct Timex {
    start: usize,
    end: usize,
    text: String,
    kind: String,
    value: Option<String>,
    earliest: Option<String>,
    latest: Option<String>,
}

#[derive(Deserialize)]
struct Event {
    id: String,
    kind: String,
    trigger: SpanText,
    sentence: Span,
    participants: Vec<Participant>,
    location: Option<String>,
    date: Option<Date>,
    modality: String,
    attributed_to: Option<String>,
}

#[derive(Deserialize)]
struct Span {
    start: usize,
    end: usize,
}

#[derive(Deserialize)]
struct Participant {
    entity: String,
    role: String,
}

const KINDS: [&str; 16] = [
    "meeting",
    "call",
    "statement",
    "proposal",
    "demand",
    "agreement",
    "ceasefire",
    "withdrawal",
    "attack",
    "deployment",
    "sanction",
    "accusation",
    "rejection",
    "threat",
    "humanitarian",
    "occupation",
];

#[test]
fn extract_follows_the_contract() {
    let text = stdout(newsline().arg("extract").arg(seeds()));
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 5);
    for line in lines {
        let raw: serde_json::Value = serde_json::from_str(line).unwrap_or_default();
        for key in ["schema", "id", "language", "date", "entities", "timexes", "events"] {
            assert!(raw.get(key).is_some(), "missing {key}");
        }
        for e in raw["events"].as_array().into_iter().flatten() {
            for key in [
                "id",
                "kind",
                "trigger",
                "sentence",
                "participants",
                "location",
                "date",
                "modality",
                "attributed_to",
            ] {
                assert!(e.get(key).is_some(), "event misses {key}: {e}");
            }
        }
        let doc: Doc = match serde_json::from_str(line) {
            Ok(d) => d,
            Err(e) => panic!("not the newsline.doc/1 shape: {e}"),
        };
        assert_eq!(doc.schema, "newsline.doc/1");
        assert_eq!(doc.language, "fr");
        let source =
            fs::read_to_string(seeds().join(format!("{}.txt", doc.id))).unwrap_or_default();
        let slice = |s: usize, e: usize| source.get(s..e).map(str::to_string);
        if let Some(d) = &doc.date {
            assert_eq!(d.source, "header");
            assert!(d.earliest <= d.latest && d.value.starts_with("2022-"));
        }
        for e in &doc.entities {
            assert!(
                ["person", "country", "city", "region", "organization"].contains(&e.kind.as_str()),
                "{}",
                e.kind
            );
            assert!(!e.id.is_empty() && !e.name.is_empty());
            for m in &e.mentions {
                assert_eq!(slice(m.start, m.end), Some(m.text.clone()), "entity {} mention", e.id);
            }
        }
        for t in &doc.timexes {
            assert_eq!(slice(t.start, t.end), Some(t.text.clone()));
            assert!(["date", "time", "duration", "set"].contains(&t.kind.as_str()));
            assert_eq!(t.earliest.is_some(), t.latest.is_some());
            if let (Some(a), Some(b)) = (&t.earliest, &t.latest) {
                assert!(a <= b && t.value.is_some());
            }
        }
        for (i, e) in doc.events.iter().enumerate() {
            assert_eq!(e.id, format!("{}#{i}", doc.id));
            assert!(KINDS.contains(&e.kind.as_str()), "{}", e.kind);
            assert_eq!(slice(e.trigger.start, e.trigger.end), Some(e.trigger.text.clone()));
            assert!(e.sentence.start <= e.trigger.start && e.trigger.end <= e.sentence.end);
            assert!(slice(e.sentence.start, e.sentence.end).is_some());
            assert!(["asserted", "reported", "planned", "hypothetical", "negated"]
                .contains(&e.modality.as_str()));
            for p in &e.participants {
                assert!(["actor", "target", "mediator", "other"].contains(&p.role.as_str()));
                assert!(
                    doc.entities.iter().any(|x| x.id == p.entity) || p.entity.starts_with("iso:"),
                    "{}",
                    p.entity
                );
            }
            if let Some(d) = &e.date {
                assert!(["timex", "document", "inferred"].contains(&d.source.as_str()));
                assert!(d.earliest <= d.latest);
            }
            if let Some(l) = &e.location {
                assert!(!l.is_empty());
            }
            if let Some(a) = &e.attributed_to {
                assert!(!a.is_empty());
            }
        }
    }
}

#[test]
fn output_does_not_depend_on_threads_or_input_order() {
    let one = stdout(newsline().args(["extract", "--jobs", "1"]).arg(seeds()));
    let two = stdout(newsline().args(["extract", "--jobs", "2"]).arg(seeds()));
    assert_eq!(one, two);
    let mut files: Vec<PathBuf> =
        fs::read_dir(seeds()).into_iter().flatten().flatten().map(|e| e.path()).collect();
    files.sort();
    files.reverse();
    let reversed = stdout(newsline().arg("extract").args(&files));
    let mut a: Vec<&str> = one.lines().collect();
    let mut b: Vec<&str> = reversed.lines().collect();
    assert_ne!(a, b, "reversed input gives reversed output order");
    a.sort();
    b.sort();
    assert_eq!(a, b, "each document's analysis is the same whatever the order");
}

#[test]
fn entities_lists_the_most_mentioned_first() {
    let text = stdout(newsline().arg("entities").arg(seeds()));
    let rows: Vec<&str> = text.lines().skip(1).collect();
    assert!(rows.len() > 20);
    let first = rows.first().copied().unwrap_or("");
    assert!(first.contains("iso:RU"), "Russia is the most mentioned entity of the seeds: {first}");
    let counts: Vec<usize> =
        rows.iter().filter_map(|r| r.split_whitespace().next()?.parse().ok()).collect();
    assert!(counts.windows(2).all(|w| w[0] >= w[1]));
}

#[test]
fn a_bad_gazetteer_file_is_a_clear_error() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("newsline-cli-gaz");
    let _ = fs::create_dir_all(&dir);
    let bad = dir.join("bad.json");
    fs::write(&bad, "{ not json").unwrap_or_default();
    let out = output(newsline().args(["extract", "--gazetteer"]).arg(&bad).arg(seeds()));
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("bad gazetteer") && stderr.contains("bad.json"), "{stderr}");
    assert!(!stderr.contains("panicked"));
}

#[test]
fn text_format_reads_well() {
    let text = stdout(
        newsline()
            .args(["extract", "--format", "text"])
            .arg(seeds().join("001_c9d236ec550ff166.txt")),
    );
    assert!(text.starts_with("# 001_c9d236ec550ff166 (2022-03, "));
    assert!(text.contains("meeting"));
}
