use std::path::PathBuf;
use std::process::{Command, Output};

use serde::Deserialize;

fn newsline() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newsline"))
}

fn seeds() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds")
}

fn run(args: &[&str]) -> Output {
    match newsline().args(args).output() {
        Ok(o) => o,
        Err(e) => panic!("cannot run newsline: {e}"),
    }
}

fn stdout(args: &[&str]) -> String {
    let out = run(args);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

// An independent model of the `newsline.timeline/1` contract of the design
// brief: every field present and typed as the design says.

#[derive(Deserialize)]
struct Timeline {
    schema: String,
    documents: Vec<Document>,
    entities: Vec<Entity>,
    events: Vec<Event>,
}

#[derive(Deserialize)]
struct Document {
    id: String,
    date: Option<Date>,
}

#[derive(Deserialize)]
struct Date {
    value: String,
    earliest: String,
    latest: String,
}

#[derive(Deserialize)]
struct Entity {
    id: String,
    kind: String,
    name: String,
    aliases: Vec<String>,
}

#[derive(Deserialize)]
struct Event {
    id: String,
    kind: String,
    date: Option<Date>,
    participants: Vec<Participant>,
    location: Option<String>,
    modality: String,
    mentions: Vec<Mention>,
}

#[derive(Deserialize)]
struct Participant {
    entity: String,
    role: String,
}

#[derive(Deserialize)]
struct Mention {
    doc: String,
    event: String,
}

fn seeds_json(extra: &[&str]) -> Timeline {
    let seeds = seeds();
    let mut args = vec!["timeline", "--format", "json", "--quiet"];
    args.extend_from_slice(extra);
    let path = seeds.display().to_string();
    args.push(&path);
    match serde_json::from_str(&stdout(&args)) {
        Ok(t) => t,
        Err(e) => panic!("timeline JSON does not follow the contract: {e}"),
    }
}

#[test]
fn json_follows_the_contract() {
    let t = seeds_json(&[]);
    assert_eq!(t.schema, "newsline.timeline/1");
    assert_eq!(t.documents.len(), 5);
    assert!(t.documents.iter().all(|d| d.id.len() > 3));
    assert!(!t.events.is_empty());
    let ids: Vec<&str> = t.entities.iter().map(|e| e.id.as_str()).collect();
    for e in &t.entities {
        assert!(["person", "country", "city", "region", "organization"].contains(&e.kind.as_str()));
        assert!(!e.name.is_empty() && e.aliases.iter().all(|a| !a.is_empty()));
    }
    let mut previous: Option<(String, String)> = None;
    for (n, e) in t.events.iter().enumerate() {
        assert_eq!(e.id, format!("e{}", n + 1));
        assert!(
            ["asserted", "reported"].contains(&e.modality.as_str()),
            "default keeps facts only"
        );
        assert!(!e.kind.is_empty() && !e.mentions.is_empty());
        for p in &e.participants {
            assert!(ids.contains(&p.entity.as_str()), "participant {} is listed", p.entity);
            assert!(["actor", "target", "mediator", "other"].contains(&p.role.as_str()));
        }
        if let Some(l) = &e.location {
            assert!(ids.contains(&l.as_str()), "location {l} is listed");
        }
        for m in &e.mentions {
            assert!(m.event.starts_with(&format!("{}#", m.doc)));
        }
        match (&e.date, &previous) {
            (Some(d), Some(p)) => {
                assert!(d.earliest <= d.latest && !d.value.is_empty());
                assert!((d.earliest.clone(), d.latest.clone()) >= *p, "events ordered by date");
                previous = Some((d.earliest.clone(), d.latest.clone()));
            }
            (Some(d), None) => previous = Some((d.earliest.clone(), d.latest.clone())),
            (None, _) => previous = Some(("9999".into(), "9999".into())),
        }
    }
    assert!(t.documents.iter().any(|d| d.date.is_some()));
}

#[test]
fn filters_keep_what_they_say() {
    let lavrov = seeds_json(&["--entity", "person:sergey-lavrov"]);
    assert!(!lavrov.events.is_empty());
    assert!(lavrov
        .events
        .iter()
        .all(|e| e.participants.iter().any(|p| p.entity == "person:sergey-lavrov")));
    let by_name = seeds_json(&["--entity", "Lavrov"]);
    assert_eq!(by_name.events.len(), lavrov.events.len(), "a name finds the same entity");
    let meetings = seeds_json(&["--kind", "meeting", "--from", "2022-03", "--to", "2022-03"]);
    assert!(!meetings.events.is_empty());
    for e in &meetings.events {
        assert_eq!(e.kind, "meeting");
        let d = e.date.as_ref().expect("a date range drops undated events");
        assert!(d.latest.as_str() >= "2022-03-01" && d.earliest.as_str() <= "2022-03-31");
    }
    let all = seeds_json(&[
        "--include-modality",
        "planned",
        "--include-modality",
        "hypothetical",
        "--include-modality",
        "negated",
    ]);
    assert!(all.events.len() > seeds_json(&[]).events.len());
    assert!(all.events.iter().any(|e| e.modality == "planned" || e.modality == "hypothetical"));
}

#[test]
fn output_is_identical_across_jobs_and_input_order() {
    let seeds = seeds();
    let mut files: Vec<String> = std::fs::read_dir(&seeds)
        .expect("seeds folder")
        .filter_map(|e| e.ok().map(|e| e.path().display().to_string()))
        .filter(|p| p.ends_with(".txt"))
        .collect();
    files.sort();
    let mut forward = vec!["timeline", "--format", "json", "--quiet", "--jobs", "1"];
    forward.extend(files.iter().map(String::as_str));
    let mut backward = vec!["timeline", "--format", "json", "--quiet", "--jobs", "2"];
    backward.extend(files.iter().rev().map(String::as_str));
    assert_eq!(stdout(&forward), stdout(&backward));
}

#[test]
fn every_format_renders_and_a_bad_one_is_a_usage_error() {
    let path = seeds().display().to_string();
    let md = stdout(&["timeline", "--quiet", &path]);
    assert!(md.starts_with("# Timeline") && md.contains("## 2022-03"));
    let csv = stdout(&["timeline", "--quiet", "--format", "csv", &path]);
    assert!(csv.starts_with("id,date,earliest,latest,kind"));
    let tl: serde_json::Value =
        serde_json::from_str(&stdout(&["timeline", "--quiet", "--format", "timelinejs", &path]))
            .expect("TimelineJS JSON");
    assert!(tl["events"].as_array().is_some_and(|a| !a.is_empty()));
    let html = stdout(&["timeline", "--quiet", "--format", "html", &path]);
    assert!(html.starts_with("<!DOCTYPE html>") || html.starts_with("<!doctype html>"));
    let bad = run(&["timeline", "--format", "pdf", &path]);
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("pdf"));
    let kind = run(&["timeline", "--kind", "picnic", &path]);
    assert_eq!(kind.status.code(), Some(2));
}
