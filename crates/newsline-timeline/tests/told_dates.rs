//! A date a mention only borrows (its document's, its speaker's) says when
//! the mention was told, not when the event happened: an ongoing move told
//! on two days running may be one event; a date the text gives the event
//! itself keeps two days apart.

use newsline_timeline::{Analysis, TimelineBuilder};
use serde_json::json;

/// A deployment of Russia's, triggered by `trigger`, dated `day` (March
/// 2022) from `source`.
fn deployment(n: usize, trigger: &str, day: u32, source: &str) -> serde_json::Value {
    let v = format!("2022-03-{day:02}");
    json!({
        "id": format!("doc#{n}"),
        "kind": "deployment",
        "trigger": {"start": 0, "end": trigger.len(), "text": trigger},
        "sentence": {"start": 0, "end": trigger.len(), "text": trigger},
        "participants": [{"entity": "iso:RU", "role": "actor"}],
        "location": null,
        "date": {"value": v, "earliest": v, "latest": v, "source": source},
        "modality": "reported",
        "attributed_to": null,
        "quote": null,
        "confidence": 0.5
    })
}

fn events(mentions: Vec<serde_json::Value>) -> usize {
    let a: Analysis = serde_json::from_value(json!({
        "schema": "newsline.doc/1",
        "id": "doc",
        "language": "fr",
        "date": null,
        "entities": [],
        "timexes": [],
        "events": mentions,
    }))
    .expect("valid analysis");
    TimelineBuilder::new().build(&[a]).events.len()
}

#[test]
fn a_move_told_on_two_days_running_is_one_event() {
    let told = vec![
        deployment(0, "regroupaient", 30, "inferred"),
        deployment(1, "regrouper", 31, "inferred"),
    ];
    assert_eq!(events(told), 1);
}

#[test]
fn a_move_told_days_apart_is_two_events() {
    let told = vec![
        deployment(0, "regroupaient", 28, "inferred"),
        deployment(1, "regrouper", 31, "inferred"),
    ];
    assert_eq!(events(told), 2);
}

#[test]
fn moves_the_text_dates_a_day_apart_are_two_events() {
    let told =
        vec![deployment(0, "regroupaient", 30, "timex"), deployment(1, "regrouper", 31, "timex")];
    assert_eq!(events(told), 2);
}
