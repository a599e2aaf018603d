//! CSV, one row per event, quoted by hand per RFC 4180.
//!
//! Writing it by hand keeps a dependency out for about twenty lines: the
//! rows are flat strings and only quoting needs care.

use std::io::Write;

use crate::model::{Timeline, TimelineEvent};
use crate::render::text::{documents, modality_name, Names};

/// The header row's columns, in order.
const COLUMNS: [&str; 14] = [
    "id",
    "date",
    "earliest",
    "latest",
    "kind",
    "participants",
    "participant_ids",
    "location",
    "location_id",
    "modality",
    "disputed",
    "mentions",
    "documents",
    "evidence",
];

/// Writes `timeline` as CSV: a header row, then one row per event, CRLF
/// line ends.
///
/// Lists (participants, documents) are joined with `;`. `evidence` is the
/// first mention's sentence, trimmed but otherwise as written, newlines
/// included, since the cell is quoted. Undated events have empty date
/// cells; `disputed` is `true` or `false`.
pub(crate) fn write(timeline: &Timeline, out: &mut dyn Write) -> crate::Result<()> {
    let names = Names::new(timeline);
    write_row(out, COLUMNS.iter().map(|c| c.to_string()))?;
    for event in &timeline.events {
        write_row(out, row(event, &names))?;
    }
    Ok(())
}

/// The cells of one event's row, in [`COLUMNS`] order.
fn row(event: &TimelineEvent, names: &Names) -> [String; COLUMNS.len()] {
    let (value, earliest, latest) = match &event.date {
        Some(date) => (date.value.clone(), date.earliest.to_string(), date.latest.to_string()),
        None => Default::default(),
    };
    let participant_ids: Vec<&str> = event.participants.iter().map(|p| p.entity.as_str()).collect();
    [
        event.id.clone(),
        value,
        earliest,
        latest,
        event.kind.as_str().to_string(),
        names.participants(event).join(";"),
        participant_ids.join(";"),
        names.location(event).unwrap_or_default().to_string(),
        event.location.clone().unwrap_or_default(),
        modality_name(&event.modality),
        event.dispute.is_some().to_string(),
        event.mentions.len().to_string(),
        documents(event).join(";"),
        event.mentions.first().map(|m| m.sentence.trim().to_string()).unwrap_or_default(),
    ]
}

/// Writes the cells, comma-separated and quoted where needed, and CRLF.
fn write_row(out: &mut dyn Write, cells: impl IntoIterator<Item = String>) -> crate::Result<()> {
    let line: Vec<String> = cells.into_iter().map(|cell| quote(&cell)).collect();
    out.write_all(line.join(",").as_bytes())?;
    out.write_all(b"\r\n")?;
    Ok(())
}

/// The cell as RFC 4180 writes it: in double quotes, with inner quotes
/// doubled, when it holds a comma, a quote or a line break; else as is.
fn quote(cell: &str) -> String {
    if cell.contains([',', '"', '\r', '\n']) {
        format!("\"{}\"", cell.replace('"', "\"\""))
    } else {
        cell.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::{fixture, Format};

    #[test]
    fn quotes_only_what_needs_it() {
        assert_eq!(quote("plain"), "plain");
        assert_eq!(quote(""), "");
        assert_eq!(quote("a,b"), "\"a,b\"");
        assert_eq!(quote("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(quote("two\nlines"), "\"two\nlines\"");
        assert_eq!(quote("cr\r"), "\"cr\r\"");
    }

    #[test]
    fn one_row_per_event() {
        let csv = fixture::timeline().render(Format::Csv).expect("renders");
        let mut lines = csv.split("\r\n");
        assert_eq!(
            lines.next(),
            Some(
                "id,date,earliest,latest,kind,participants,participant_ids,location,\
                 location_id,modality,disputed,mentions,documents,evidence"
            )
        );
        assert!(csv.contains(
            "e2,2022-03-10,2022-03-10,2022-03-10,meeting,Sergey Lavrov;Dmytro Kuleba,\
             person:sergey-lavrov;person:dmytro-kuleba,Antalya,geonames:323777,asserted,\
             false,2,doc-a;doc-b,Sergueï Lavrov et Dmytro Kouleba se rencontrent jeudi à \
             Antalya.\r\n"
        ));
        assert!(csv.contains("\r\ne4,,,,humanitarian,Ukraine,iso:UA,,,asserted,false,1,doc-c,"));
        assert!(csv.ends_with("\r\n"));
    }
}
