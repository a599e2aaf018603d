//! Every format rendered from one small timeline: a disputed month-long
//! attack (e1), a one-day meeting (e2), a week-long statement by an entity
//! the timeline does not list (e3) and an undated event (e4), with evidence
//! holding commas, quotes, newlines and markup.

use serde_json::Value;

use newsline_timeline::{Format, Timeline};

fn timeline() -> Timeline {
    serde_json::from_str(include_str!("data/small_timeline.json"))
        .expect("tests/data/small_timeline.json is a valid timeline")
}

fn render(format: Format) -> String {
    timeline().render(format).expect("renders")
}

#[test]
fn json_is_the_contract() {
    let json = render(Format::Json);
    assert!(json.ends_with("}\n"), "pretty JSON with a trailing newline");
    let value: Value = serde_json::from_str(&json).expect("valid JSON");
    assert_eq!(value["schema"], "newsline.timeline/1");
    assert_eq!(value["documents"][2]["date"], Value::Null);
    assert_eq!(value["entities"].as_array().map(Vec::len), Some(7));
    let events = value["events"].as_array().expect("events");
    assert_eq!(events.len(), 4);
    assert_eq!(events[0]["date"]["value"], "2022-03");
    assert_eq!(events[0]["date"]["earliest"], "2022-03-01");
    assert_eq!(events[0]["dispute"]["denied_by"][0]["source"], "org:kremlin");
    assert_eq!(events[1]["participants"][0]["entity"], "person:sergey-lavrov");
    assert_eq!(events[1]["participants"][0]["role"], "actor");
    assert_eq!(events[1]["location"], "geonames:323777");
    assert_eq!(events[1]["modality"], "asserted");
    assert_eq!(events[1]["mentions"][0]["doc"], "doc-a");
    assert_eq!(events[1]["mentions"][0]["event"], "doc-a#0");
    assert_eq!(events[3]["date"], Value::Null);
    // Optional fields stay out when empty, as the model says.
    assert!(events[1].get("dispute").is_none());
    assert!(events[1].get("date_conflicts").is_none());
    let back: Timeline = serde_json::from_str(&json).expect("reads back as a Timeline");
    assert_eq!(back, timeline());
}

#[test]
fn json_write_to_matches_render() {
    let mut bytes = Vec::new();
    timeline().write_to(Format::Json, &mut bytes).expect("writes");
    assert_eq!(String::from_utf8(bytes).expect("UTF-8"), render(Format::Json));
}

#[test]
fn markdown_lists_events_in_order_with_sources() {
    let markdown = render(Format::Markdown);
    let at =
        |needle: &str| markdown.find(needle).unwrap_or_else(|| panic!("{needle:?} in\n{markdown}"));
    assert!(markdown.starts_with("# Timeline\n"));
    assert!(at("(`e1`)") < at("(`e2`)") && at("(`e2`)") < at("(`e3`)"));
    assert!(at("## 2022-03") < at("(`e1`)"));
    assert!(at("## Undated") < at("(`e4`)"));
    // Names, not ids, where the timeline knows them; the id where not.
    assert!(markdown.contains("meeting · Sergey Lavrov, Dmytro Kuleba · in Antalya"));
    assert!(markdown.contains("statement · person:unknown-spokesman"));
    // Modality only when not asserted; the dispute with both sides.
    assert!(markdown.contains("· *reported* · **disputed**: claimed by the journalist (doc-a#1); denied by Kremlin (doc-b#0)"));
    assert!(!markdown.contains("*asserted*"));
    // Evidence trimmed, on one line, with the trigger in bold.
    assert!(
        markdown.contains("  - `doc-b`: La **rencontre** d'Antalya a duré une heure et demie.\n")
    );
    assert!(
        markdown.contains("a **bombardé** la ville, \"sans relâche\", depuis le début du mois.")
    );
    assert!(markdown.contains("- **undated** · humanitarian · Ukraine (`e4`)"));
}

/// Splits RFC 4180 text into records of fields, honouring quotes.
fn parse_csv(text: &str) -> Vec<Vec<String>> {
    let (mut records, mut record, mut field) = (Vec::new(), Vec::new(), String::new());
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => record.push(std::mem::take(&mut field)),
            (false, '\r') => assert_eq!(chars.next(), Some('\n'), "CRLF line ends"),
            (false, '\n') => panic!("a bare LF outside quotes"),
            (false, c) => field.push(c),
        }
        if !quoted && c == '\r' {
            record.push(std::mem::take(&mut field));
            records.push(std::mem::take(&mut record));
        }
    }
    assert!(field.is_empty() && record.is_empty(), "the last record ends with CRLF");
    records
}

#[test]
fn csv_quotes_commas_quotes_and_newlines() {
    let csv = render(Format::Csv);
    let records = parse_csv(&csv);
    assert_eq!(records.len(), 5, "a header and one row per event");
    let header = &records[0];
    assert!(records.iter().all(|r| r.len() == header.len()), "every row is complete");
    let column = |row: usize, name: &str| {
        let at = header.iter().position(|h| h == name).unwrap_or_else(|| panic!("{name} column"));
        records[row][at].as_str()
    };
    assert_eq!(column(1, "id"), "e1");
    assert_eq!(column(1, "date"), "2022-03");
    assert_eq!(column(1, "earliest"), "2022-03-01");
    assert_eq!(column(1, "latest"), "2022-03-31");
    assert_eq!(column(1, "disputed"), "true");
    assert_eq!(column(1, "modality"), "reported");
    assert_eq!(column(1, "documents"), "doc-a;doc-b");
    assert_eq!(column(1, "mentions"), "2");
    assert_eq!(column(1, "location"), "Kyiv");
    // The evidence keeps its comma, quotes and newline, quoted.
    assert_eq!(
        column(1, "evidence"),
        "Selon Kiev, l'armée russe a bombardé la ville, \"sans relâche\",\ndepuis le début du mois."
    );
    assert!(csv.contains(",\"Selon Kiev, l'armée russe a bombardé la ville, \"\"sans relâche\"\",\ndepuis le début du mois.\"\r\n"));
    assert_eq!(column(2, "participants"), "Sergey Lavrov;Dmytro Kuleba");
    assert_eq!(column(2, "participant_ids"), "person:sergey-lavrov;person:dmytro-kuleba");
    assert_eq!(column(2, "disputed"), "false");
    // Trimmed: the second mention's spaces are not the first's.
    assert_eq!(
        column(2, "evidence"),
        "Sergueï Lavrov et Dmytro Kouleba se rencontrent jeudi à Antalya."
    );
    assert_eq!(column(4, "id"), "e4");
    assert_eq!((column(4, "date"), column(4, "earliest"), column(4, "latest")), ("", "", ""));
}

#[test]
fn timelinejs_places_dated_events_at_their_precision() {
    let value: Value = serde_json::from_str(&render(Format::TimelineJs)).expect("valid JSON");
    let title = value["title"]["text"]["text"].as_str().expect("a title text");
    assert!(title.contains("1 undated event is left out"), "{title}");
    let events = value["events"].as_array().expect("events");
    assert_eq!(events.len(), 3, "the undated event cannot be placed");
    // A month-long date is that month, not its first day.
    let attack = &events[0];
    assert_eq!(attack["start_date"], serde_json::json!({"year": 2022, "month": 3}));
    assert!(attack.get("end_date").is_none());
    assert_eq!(attack["group"], "attack");
    assert_eq!(attack["unique_id"], "e1");
    assert_eq!(attack["text"]["headline"], "attack: Russia, Ukraine");
    let body = attack["text"]["text"].as_str().expect("a body");
    assert!(body.contains(
        "<b>disputed</b>: claimed by the journalist (doc-a#1); denied by Kremlin (doc-b#0)"
    ));
    assert!(body.contains("&quot;sans relâche&quot;"), "quotes escaped: {body}");
    // A day is a day.
    let meeting = &events[1];
    assert_eq!(meeting["start_date"], serde_json::json!({"year": 2022, "month": 3, "day": 10}));
    assert!(meeting.get("end_date").is_none());
    // A week runs from its first day to its last, shown as the week.
    let statement = &events[2];
    assert_eq!(statement["start_date"], serde_json::json!({"year": 2022, "month": 3, "day": 21}));
    assert_eq!(statement["end_date"], serde_json::json!({"year": 2022, "month": 3, "day": 27}));
    assert_eq!(statement["display_date"], "2022-W12");
    // Markup in an article is escaped in the HTML TimelineJS shows.
    let body = statement["text"]["text"].as_str().expect("a body");
    assert!(body.contains("« &lt;/script&gt;&lt;b&gt;tout&lt;/b&gt; &amp; rien »"), "{body}");
}

#[test]
fn html_embeds_the_timeline_and_a_fallback() {
    let html = render(Format::Html);
    assert!(html.starts_with("<!DOCTYPE html>"));
    let open = "<script type=\"application/json\" id=\"timeline-data\">";
    let start = html.find(open).expect("the data element") + open.len();
    let length = html.get(start..).and_then(|rest| rest.find("</script>")).expect("closed");
    let embedded = html.get(start..start + length).expect("in bounds");
    let back: Timeline = serde_json::from_str(embedded).expect("the embedded JSON");
    assert_eq!(back, timeline());
    assert!(html.contains("<noscript>"));
    assert!(html.contains("Un corridor humanitaire a été ouvert pour les civils."));
    assert!(!html.contains("<b>tout</b>"), "article markup never becomes markup");
}

#[test]
fn every_format_is_deterministic_and_handles_an_empty_timeline() {
    let empty: Timeline = serde_json::from_str(
        r#"{"schema": "newsline.timeline/1", "documents": [], "entities": [], "events": []}"#,
    )
    .expect("an empty timeline");
    for format in Format::ALL {
        assert_eq!(render(format), render(format), "{format} is deterministic");
        let rendered = empty.render(format).expect("an empty timeline renders");
        assert!(!rendered.is_empty(), "{format}");
    }
    assert_eq!(empty.render(Format::Csv).expect("csv").lines().count(), 1, "just the header");
}

#[test]
fn formats_parse_from_their_names() {
    assert_eq!("md".parse::<Format>(), Ok(Format::Markdown));
    assert_eq!("timelinejs".parse::<Format>(), Ok(Format::TimelineJs));
    let error = "xml".parse::<Format>().expect_err("not a format");
    assert!(error.to_string().contains("json, markdown (or md), csv, timelinejs, html"));
}
