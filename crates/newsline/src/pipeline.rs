//! The pipeline: every per-document layer, in order, on one document or
//! on many in parallel.

use std::sync::Arc;

use newsline_doc::{Document, Language};
use newsline_events::{EventConfig, EventExtractor};
use newsline_gazetteer::Gazetteer;
use newsline_time::{TimeConfig, TimeRecognizer};
use newsline_timeline::{Analysis, Timeline, TimelineBuilder, TimelineConfig};
use rayon::prelude::*;

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
    timeline: TimelineConfig,
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
    timeline: TimelineConfig,
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

    /// Sets the timeline's settings. By default, `TimelineConfig::default()`
    /// (asserted and reported events only).
    pub fn timeline(mut self, config: TimelineConfig) -> PipelineBuilder {
        self.timeline = config;
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
            timeline: self.timeline,
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

    /// The timeline of these analyses: events merged across documents,
    /// dated by all their mentions, ordered. Undated documents get dates
    /// inferred from the events they share with dated ones.
    ///
    /// ```
    /// use newsline::prelude::*;
    ///
    /// let pipeline = Pipeline::default();
    /// let a = read_text("a", " date 2022-03-10 Sergueï Lavrov et Dmytro Kouleba se sont rencontrés jeudi à Antalya.", "a.txt")?;
    /// let b = read_text("b", " date 2022-03-11 La rencontre de jeudi à Antalya entre Sergueï Lavrov et Dmytro Kouleba n'a rien donné.", "b.txt")?;
    /// let timeline = pipeline.timeline(&pipeline.analyze_all(&[a, b]));
    /// let meeting = timeline.events.iter().find(|e| e.kind == EventKind::Meeting).ok_or("no meeting")?;
    /// assert_eq!(meeting.mentions.len(), 2);
    /// assert_eq!(meeting.date.as_ref().map(|d| d.value.as_str()), Some("2022-03-10"));
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn timeline(&self, analyses: &[Analysis]) -> Timeline {
        self.timeline_builder().build(analyses)
    }

    /// A timeline builder with this pipeline's gazetteer, time settings and
    /// timeline settings: use it to [merge](TimelineBuilder::merge)
    /// timelines built from parts.
    pub fn timeline_builder(&self) -> TimelineBuilder<'_> {
        TimelineBuilder::new()
            .gazetteer(self.gazetteer.get())
            .time(self.time.clone())
            .config(self.timeline.clone())
    }
}
