//! TimelineJS3 JSON: what Knight Lab's TimelineJS reads.
//!
//! Format: <https://timeline.knightlab.com/docs/json-format.html>. A date
//! object gives `year`, then `month` and `day` only as far as the event's
//! date is known, so a month-long interval shows as that month, never as
//! its first day.

use std::io::Write;

use chrono::{Datelike, NaiveDate};
use serde_json::{json, Map, Value};

use newsline_events::Modality;

use crate::interval::DateInterval;
use crate::model::{Timeline, TimelineEvent};
use crate::render::text::{collapse_whitespace, date_label, escape_html, modality_name, Names};

/// Writes `timeline` as TimelineJS3 JSON, pretty-printed, with a trailing
/// newline.
///
/// Each dated event is a slide: `start_date` (and `end_date` when the date
/// spans more than one unit), `text.headline` (kind and participants),
/// `text.text` (HTML: location, modality, dispute, each mention's evidence),
/// `group` (the kind) and `unique_id` (the event id). Undated events cannot
/// be placed and are left out; the title slide's text says how many.
pub(crate) fn write(timeline: &Timeline, out: &mut dyn Write) -> crate::Result<()> {
    let names = Names::new(timeline);
    let events: Vec<Value> = timeline
        .events
        .iter()
        .filter_map(|event| event.date.as_ref().map(|date| slide(event, date, &names)))
        .collect();
    let undated = timeline.events.len() - events.len();
    let mut summary =
        format!("{} events from {} documents.", timeline.events.len(), timeline.documents.len());
    if undated > 0 {
        summary.push_str(&format!(
            " {undated} undated event{} left out: without a date it cannot be placed.",
            if undated == 1 { " is" } else { "s are" }
        ));
    }
    let document = json!({
        "title": {"text": {"headline": "Timeline", "text": escape_html(&summary)}},
        "events": events,
    });
    serde_json::to_writer_pretty(&mut *out, &document)?;
    out.write_all(b"\n")?;
    Ok(())
}

/// One event's slide.
fn slide(event: &TimelineEvent, date: &DateInterval, names: &Names) -> Value {
    let (start, end) = date_objects(date);
    // TimelineJS would print a week or another run of days as its two
    // bounds; the value (`2022-W12`) says what the sources say.
    let runs_of_days = end.is_some() && start.get("day").is_some();
    let mut slide = Map::new();
    slide.insert("start_date".into(), start);
    if let Some(end) = end {
        slide.insert("end_date".into(), end);
    }
    if runs_of_days {
        slide.insert("display_date".into(), Value::String(date_label(event)));
    }
    slide.insert(
        "text".into(),
        json!({"headline": escape_html(&names.headline(event)), "text": body(event, names)}),
    );
    slide.insert("group".into(), Value::String(event.kind.as_str().to_string()));
    slide.insert("unique_id".into(), Value::String(event.id.clone()));
    Value::Object(slide)
}

/// The slide's HTML body: a line of facts, then the evidence as a list.
fn body(event: &TimelineEvent, names: &Names) -> String {
    let mut facts = Vec::new();
    if let Some(location) = names.location(event) {
        facts.push(format!("in {}", escape_html(location)));
    }
    if event.modality != Modality::Asserted {
        facts.push(format!("<i>{}</i>", modality_name(&event.modality)));
    }
    if let Some(dispute) = &event.dispute {
        facts.push(format!("<b>disputed</b>: {}", escape_html(&names.dispute(dispute))));
    }
    let mut html = String::new();
    if !facts.is_empty() {
        html.push_str(&format!("<p>{}</p>", facts.join(" · ")));
    }
    html.push_str("<ul>");
    for mention in &event.mentions {
        html.push_str(&format!(
            "<li><b>{}</b> «{}»: {}</li>",
            escape_html(&mention.doc),
            escape_html(&collapse_whitespace(&mention.trigger)),
            escape_html(&collapse_whitespace(&mention.sentence))
        ));
    }
    html.push_str("</ul>");
    html
}

/// The start and, if the date spans more than one unit, end date objects,
/// each as precise as the interval: whole years give years, whole months
/// give year and month, anything else gives days.
fn date_objects(date: &DateInterval) -> (Value, Option<Value>) {
    let (earliest, latest) = (date.earliest, date.latest);
    let whole_months = earliest.day() == 1 && is_month_end(latest);
    let whole_years = whole_months && earliest.month() == 1 && latest.month() == 12;
    let object = |day: NaiveDate| {
        if whole_years {
            json!({"year": day.year()})
        } else if whole_months {
            json!({"year": day.year(), "month": day.month()})
        } else {
            json!({"year": day.year(), "month": day.month(), "day": day.day()})
        }
    };
    let same_unit = if whole_years {
        earliest.year() == latest.year()
    } else if whole_months {
        (earliest.year(), earliest.month()) == (latest.year(), latest.month())
    } else {
        earliest == latest
    };
    (object(earliest), (!same_unit).then(|| object(latest)))
}

/// Whether `day` is the last of its month.
fn is_month_end(day: NaiveDate) -> bool {
    day.succ_opt().is_none_or(|next| next.day() == 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::{fixture, Format};

    fn interval(from: (i32, u32, u32), to: (i32, u32, u32)) -> DateInterval {
        let day = |(y, m, d)| NaiveDate::from_ymd_opt(y, m, d).expect("valid test date");
        DateInterval::new(day(from), day(to)).expect("earliest <= latest")
    }

    #[test]
    fn dates_are_only_as_precise_as_the_interval() {
        let check = |from, to, start: Value, end: Option<Value>| {
            assert_eq!(date_objects(&interval(from, to)), (start, end));
        };
        check((2022, 3, 10), (2022, 3, 10), json!({"year": 2022, "month": 3, "day": 10}), None);
        check((2022, 3, 1), (2022, 3, 31), json!({"year": 2022, "month": 3}), None);
        check((2022, 1, 1), (2022, 12, 31), json!({"year": 2022}), None);
        check((2021, 1, 1), (2022, 12, 31), json!({"year": 2021}), Some(json!({"year": 2022})));
        check(
            (2022, 3, 1),
            (2022, 4, 30),
            json!({"year": 2022, "month": 3}),
            Some(json!({"year": 2022, "month": 4})),
        );
        check(
            (2022, 3, 21),
            (2022, 3, 27),
            json!({"year": 2022, "month": 3, "day": 21}),
            Some(json!({"year": 2022, "month": 3, "day": 27})),
        );
    }

    #[test]
    fn leaves_undated_events_out_and_says_so() {
        let rendered = fixture::timeline().render(Format::TimelineJs).expect("renders");
        let value: Value = serde_json::from_str(&rendered).expect("valid JSON");
        let ids: Vec<&str> = value["events"]
            .as_array()
            .expect("events")
            .iter()
            .filter_map(|e| e["unique_id"].as_str())
            .collect();
        assert_eq!(ids, ["e1", "e2", "e3"]);
        let title = value["title"]["text"]["text"].as_str().expect("title text");
        assert!(title.contains("1 undated event is left out"), "{title}");
        assert_eq!(value["events"][2]["display_date"], "2022-W12");
        assert!(value["events"][1].get("display_date").is_none());
    }
}
