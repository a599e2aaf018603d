//! Views of a timeline: the events of one entity, kind, modality, date
//! range or document.

use chrono::NaiveDate;
use newsline_events::{EventKind, Modality};

use crate::model::{Timeline, TimelineEvent};

/// Which events to keep. Every criterion given must hold; an empty list
/// or `None` keeps everything.
///
/// ```
/// use newsline_events::EventKind;
/// use newsline_timeline::{Filter, TimelineBuilder};
///
/// let timeline = TimelineBuilder::new().build(&[]);
/// let lavrov = Filter::new().entity("person:sergey-lavrov").kind(EventKind::Meeting);
/// assert!(timeline.filter(&lavrov).events.is_empty());
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct Filter {
    /// Events any of these entities took part in (by id).
    pub entities: Vec<String>,
    /// Events of any of these kinds.
    pub kinds: Vec<EventKind>,
    /// Events of any of these modalities.
    pub modalities: Vec<Modality>,
    /// Events that may have happened on or after this day (undated events
    /// are dropped when a range is given).
    pub from: Option<NaiveDate>,
    /// Events that may have happened on or before this day.
    pub to: Option<NaiveDate>,
    /// Events mentioned in any of these documents (by id).
    pub documents: Vec<String>,
}

impl Filter {
    /// A filter keeping everything.
    pub fn new() -> Filter {
        Filter::default()
    }

    /// Also keeps events this entity took part in.
    pub fn entity(mut self, id: impl Into<String>) -> Filter {
        self.entities.push(id.into());
        self
    }

    /// Also keeps events of this kind.
    pub fn kind(mut self, kind: EventKind) -> Filter {
        self.kinds.push(kind);
        self
    }

    /// Also keeps events of this modality.
    pub fn modality(mut self, modality: Modality) -> Filter {
        self.modalities.push(modality);
        self
    }

    /// Keeps events that may have happened on or after `day`.
    pub fn from(mut self, day: NaiveDate) -> Filter {
        self.from = Some(day);
        self
    }

    /// Keeps events that may have happened on or before `day`.
    pub fn to(mut self, day: NaiveDate) -> Filter {
        self.to = Some(day);
        self
    }

    /// Also keeps events mentioned in this document.
    pub fn document(mut self, id: impl Into<String>) -> Filter {
        self.documents.push(id.into());
        self
    }

    /// Whether `event` passes.
    pub fn keeps(&self, event: &TimelineEvent) -> bool {
        let ranged = self.from.is_some() || self.to.is_some();
        (self.entities.is_empty() || self.entities.iter().any(|id| event.involves(id)))
            && (self.kinds.is_empty() || self.kinds.contains(&event.kind))
            && (self.modalities.is_empty() || self.modalities.contains(&event.modality))
            && (self.documents.is_empty()
                || event.mentions.iter().any(|m| self.documents.contains(&m.doc)))
            && (!ranged
                || event.date.as_ref().is_some_and(|d| {
                    self.from.is_none_or(|f| d.latest >= f)
                        && self.to.is_none_or(|t| d.earliest <= t)
                }))
    }
}

impl Timeline {
    /// The timeline with only the events `filter` keeps (their ids
    /// unchanged), and only the entities those events refer to.
    pub fn filter(&self, filter: &Filter) -> Timeline {
        let events: Vec<TimelineEvent> =
            self.events.iter().filter(|e| filter.keeps(e)).cloned().collect();
        let used =
            |id: &str| events.iter().any(|e| e.involves(id) || e.location.as_deref() == Some(id));
        Timeline {
            schema: self.schema.clone(),
            documents: self.documents.clone(),
            entities: self.entities.iter().filter(|x| used(&x.id)).cloned().collect(),
            events,
            sources: self.sources.clone(),
        }
    }
}
