//! The per-document analysis a timeline is built from: the
//! `newsline.doc/1` JSON contract.

use chrono::NaiveDate;
use newsline_doc::{Document, Language};
use newsline_events::EventMention;
use newsline_gazetteer::{DocumentEntities, DocumentEntity};
use newsline_time::Timex;
use serde::{Deserialize, Serialize};

/// The schema string of [`Analysis`] in JSON.
pub const DOC_SCHEMA: &str = "newsline.doc/1";

/// A document date in the contract: an interval of days, the tightest value
/// covering it, and where it comes from (`header`, `metadata`, `text`,
/// `inferred`).
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DocumentDate {
    /// `2022-03`, `2022-03-10`, `2022`, or `2022-03-01/2022-04-05` for an
    /// interval no calendar unit covers exactly.
    pub value: String,
    /// The first day it may be.
    pub earliest: NaiveDate,
    /// The last day it may be.
    pub latest: NaiveDate,
    /// `header` (a ` date` line of a text file), `metadata` (a record's
    /// `date`, or `--date`), `text` (pinned down by the document's own
    /// expressions) or `inferred` (by the timeline, from other documents).
    pub source: String,
}

impl DocumentDate {
    /// A date covering `earliest..=latest`, with the tightest value for it;
    /// `None` when `earliest > latest`.
    pub fn new(earliest: NaiveDate, latest: NaiveDate, source: &str) -> Option<DocumentDate> {
        (earliest <= latest).then(|| DocumentDate {
            value: crate::interval::value_of(earliest, latest),
            earliest,
            latest,
            source: source.to_string(),
        })
    }
}

/// The analysis of one document: the `newsline.doc/1` JSON contract.
///
/// ```json
/// {"schema": "newsline.doc/1", "id": "001_c9d236ec550ff166", "language": "fr",
///  "date": {"value": "2022-03", "earliest": "2022-03-01", "latest": "2022-03-31", "source": "header"},
///  "entities": [{"id": "person:sergey-lavrov", "kind": "person", "name": "Sergey Lavrov",
///                "aliases": ["Sergueï Lavrov"], "mentions": [{"start": 412, "end": 426, "text": "Sergueï Lavrov"}]}],
///  "timexes": [{"start": 120, "end": 125, "text": "jeudi", "kind": "date", "value": "2022-03",
///               "earliest": "2022-03-01", "latest": "2022-03-31", "weekday": "thursday", "resolution": "document"}],
///  "events": [{"id": "001_c9d236ec550ff166#0", "kind": "meeting",
///              "trigger": {"start": 131, "end": 143, "text": "se rencontrent"},
///              "sentence": {"start": 100, "end": 380, "text": "…"},
///              "participants": [{"entity": "person:sergey-lavrov", "role": "actor"}],
///              "location": "geonames:323777",
///              "date": {"value": "2022-03", "earliest": "2022-03-01", "latest": "2022-03-31", "source": "document"},
///              "modality": "asserted", "attributed_to": null, "quote": null, "confidence": 0.7}]}
/// ```
///
/// Spans are byte offsets into the original text, header included. Fields
/// beyond the design's (`aliases`, a timex's `weekday`, `mod` and
/// `resolution`, an event's sentence `text`, `quote` and `confidence`, an
/// event date's `weekday` and `anchor`) are additions readers may ignore.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Analysis {
    /// Always [`DOC_SCHEMA`].
    pub schema: String,
    /// The document id.
    pub id: String,
    /// The language used.
    pub language: Language,
    /// The document date, if known.
    pub date: Option<DocumentDate>,
    /// The entities mentioned, each with its mentions.
    pub entities: Vec<DocumentEntity>,
    /// The time expressions.
    pub timexes: Vec<Timex>,
    /// The event mentions.
    pub events: Vec<EventMention>,
}

impl Analysis {
    /// Puts the layers' results for `doc` together.
    pub fn new(
        doc: &Document,
        language: Language,
        entities: DocumentEntities,
        timexes: Vec<Timex>,
        events: Vec<EventMention>,
    ) -> Analysis {
        let date = doc.date().map(|d| DocumentDate {
            value: d.to_string(),
            earliest: d.earliest(),
            latest: d.latest(),
            source: if doc.header().is_some() { "header" } else { "metadata" }.to_string(),
        });
        Analysis {
            schema: DOC_SCHEMA.to_string(),
            id: doc.id().to_string(),
            language,
            date,
            entities: entities.entities,
            timexes,
            events,
        }
    }
}
