//! The pipeline: every per-document layer, in order, on one document or
//! on many in parallel.

use std::sync::Arc;

use chrono::NaiveDate;
use newsline_doc::{Document, Language};
use newsline_events::{EventConfig, EventExtractor, EventMention};
use newsline_gazetteer::{DocumentEntities, DocumentEntity, Gazetteer};
use newsline_time::{TimeConfig, TimeRecognizer, Timex};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

/// The schema string of [`Analysis`] in JSON.
pub const DOC_SCHEMA: &str = "newsline.doc/1";

/// Runs the per-document layers: entities, time expressions, events.
///
/// Build it once (it holds the compiled gazetteer) and reuse it; it is
/// `Send + Sync`, and [`Pipeline::analyze_all`] runs documents in parallel.
///
/// # Example
///
/// ```
/// use newsline::prelude::*;
///
/// let pipeline = Pipeline::default();
/// let doc = read_text("001", " date 2022-03-10 Sergueï Lavrov et Dmytro Kouleba se rencontrent à Antalya.", "001.txt")?;
/// let analysis = pipeline.analyze(&doc);
/// assert!(analysis.entities.iter().any(|e| e.id == "person:sergey-lavrov"));
/// assert_eq!(analysis.events[0].kind, EventKind::Meeting);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone, Debug)]
pub struct Pipeline {
    gazetteer: GazetteerHandle,
    time: TimeRecognizer,
    events: EventExtractor,
    language: Option<Language>,
}

/// The embedded gazetteer is shared, never copied; a custom one is owned.
#[derive(Clone, Debug)]
enum GazetteerHandle {
    Embedded(&'static Gazetteer),
    Custom(Arc<Gazetteer>),
}

impl GazetteerHandle {
    fn get(&self) -> &Gazetteer {
        match self {
            GazetteerHandle::Embedded(g) => g,
            GazetteerHandle::Custom(g) => g,
        }
    }
}

/// Builds a [`Pipeline`].
#[derive(Debug, Default)]
pub struct PipelineBuilder {
    gazetteer: Option<Gazetteer>,
    time: TimeConfig,
    events: EventConfig,
    language: Option<Language>,
}

impl PipelineBuilder {
    /// Uses this gazetteer (built with `Gazetteer::builder`, with your own
    /// entities). By default, the embedded one.
    pub fn gazetteer(mut self, gazetteer: Gazetteer) -> PipelineBuilder {
        self.gazetteer = Some(gazetteer);
        self
    }

    /// Sets the time layer's settings. By default, `TimeConfig::default()`
    /// (the news resolution strategy).
    pub fn time(mut self, config: TimeConfig) -> PipelineBuilder {
        self.time = config;
        self
    }

    /// Sets the event layer's settings. By default, `EventConfig::default()`.
    pub fn events(mut self, config: EventConfig) -> PipelineBuilder {
        self.events = config;
        self
    }

    /// Treats every document as written in this language, whatever its
    /// metadata or detection say. By default, each document's own.
    pub fn language(mut self, language: Language) -> PipelineBuilder {
        self.language = Some(language);
        self
    }

    /// Builds the pipeline.
    pub fn build(self) -> Pipeline {
        let gazetteer = match self.gazetteer {
            Some(g) => GazetteerHandle::Custom(Arc::new(g)),
            None => GazetteerHandle::Embedded(Gazetteer::embedded()),
        };
        Pipeline {
            gazetteer,
            time: TimeRecognizer::new(self.time),
            events: EventExtractor::new(self.events),
            language: self.language,
        }
    }
}

impl Default for Pipeline {
    fn default() -> Pipeline {
        Pipeline::builder().build()
    }
}

impl Pipeline {
    /// Starts building a pipeline.
    pub fn builder() -> PipelineBuilder {
        PipelineBuilder::default()
    }

    /// The gazetteer in use.
    pub fn gazetteer(&self) -> &Gazetteer {
        self.gazetteer.get()
    }

    /// Analyses one document.
    pub fn analyze(&self, doc: &Document) -> Analysis {
        let entities = self.gazetteer.get().match_document(doc);
        let timexes = self.time.recognize(doc);
        let events = self.events.extract(doc, &entities, &timexes);
        Analysis::new(doc, self.language.unwrap_or(doc.language()), entities, timexes, events)
    }

    /// Analyses many documents in parallel (on rayon's pool: set its size
    /// with `rayon::ThreadPoolBuilder`), returning the analyses in input
    /// order, so the output never depends on the thread count.
    pub fn analyze_all(&self, docs: &[Document]) -> Vec<Analysis> {
        docs.par_iter().map(|d| self.analyze(d)).collect()
    }
}

/// A document date in the contract: an interval of days, the tightest value
/// covering it, and where it comes from (`header`, `metadata`, `text`,
/// `inferred`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DocumentDate {
    /// `2022-03`, `2022-03-10`, `2022`.
    pub value: String,
    /// The first day it may be.
    pub earliest: NaiveDate,
    /// The last day it may be.
    pub latest: NaiveDate,
    /// `header` (a ` date` line of a text file), `metadata` (a record's
    /// `date`, or `--date`).
    pub source: String,
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
///              "trigger": {"start": 131, "end": 143, "text": "se rencontrent"}, "sentence": {"start": 100, "end": 380},
///              "participants": [{"entity": "person:sergey-lavrov", "role": "actor"}],
///              "location": "geonames:323777",
///              "date": {"value": "2022-03", "earliest": "2022-03-01", "latest": "2022-03-31", "source": "document"},
///              "modality": "asserted", "attributed_to": null, "quote": null, "confidence": 0.7}]}
/// ```
///
/// Spans are byte offsets into the original text, header included. Fields
/// beyond the design's (`aliases`, a timex's `weekday`, `mod` and
/// `resolution`, an event's `quote` and `confidence`) are additions readers
/// may ignore.
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
    fn new(
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
