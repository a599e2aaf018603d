//! The timeline model: what the `newsline.timeline/1` JSON contract writes
//! and every renderer draws.

use chrono::NaiveDate;
use newsline_events::{EventDate, EventKind, Modality, Participant};
use newsline_gazetteer::EntityKind;
use serde::{Deserialize, Serialize};

use crate::analysis::DocumentDate;
use crate::interval::DateInterval;

/// The schema string of [`Timeline`] in JSON.
pub const TIMELINE_SCHEMA: &str = "newsline.timeline/1";

/// A de-duplicated, dated, ordered timeline of events across documents.
///
/// Built by [`crate::TimelineBuilder`]; its JSON is the
/// `newsline.timeline/1` contract. Events are ordered by `earliest`, then
/// `latest`, then first mention; undated events come last.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Timeline {
    /// Always [`TIMELINE_SCHEMA`].
    pub schema: String,
    /// The documents, by id, with the dates the timeline used.
    pub documents: Vec<TimelineDocument>,
    /// The entities taking part in or locating the events, by id.
    pub entities: Vec<TimelineEntity>,
    /// The events, in chronological order.
    pub events: Vec<TimelineEvent>,
    /// The analyses it was built from, kept so that timelines can be
    /// merged (not serialised: merge timelines in memory, or rebuild from
    /// the analyses' JSON).
    #[serde(skip)]
    pub(crate) sources: Vec<crate::analysis::Analysis>,
}

/// A document of the timeline and the date the timeline used for it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TimelineDocument {
    /// The document id.
    pub id: String,
    /// Its date: the header's or metadata's, refined by its own text
    /// (`source: text`) or inferred from other documents (`source:
    /// inferred`); `null` when nothing says.
    pub date: Option<DocumentDate>,
    /// Why the date is what it is, one reason per line, for a dated that
    /// was refined or inferred.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<String>,
    /// For a document left undated: the first day it can have been written,
    /// when evidence bounds it from below only ("le secrétaire d'État
    /// américain Marco Rubio" → 2025-01-21). An open interval is all the
    /// evidence allows; closing it would invent precision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_before: Option<NaiveDate>,
    /// For a document left undated: the last day it can have been written,
    /// when evidence bounds it from above only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub not_after: Option<NaiveDate>,
}

/// An entity of the timeline.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TimelineEntity {
    /// Its id (`person:sergey-lavrov`, `iso:UA`, `geonames:703448`).
    pub id: String,
    /// Its kind.
    pub kind: EntityKind,
    /// Its display name.
    pub name: String,
    /// Every surface form linked to it in the corpus.
    pub aliases: Vec<String>,
}

/// One real-world event: every mention of it, across documents, merged.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct TimelineEvent {
    /// `e1`, `e2`… in timeline order.
    pub id: String,
    /// What happened.
    pub kind: EventKind,
    /// The days all its dated mentions allow: the intersection of their
    /// intervals (or, when they conflict, of the largest agreeing group).
    pub date: Option<DateInterval>,
    /// The weekday its mentions give when `date` is wider than a day: the
    /// event is on that weekday, and `date` runs from the first such day
    /// to the last ("a Friday of January 2022": `2022-01-07/2022-01-28`,
    /// `"friday"`). Omitted when none.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "newsline_events::weekday_name"
    )]
    pub weekday: Option<chrono::Weekday>,
    /// Who took part, actors first, from all its mentions.
    pub participants: Vec<Participant>,
    /// Where, as an entity id.
    pub location: Option<String>,
    /// The strongest modality of its mentions: asserted over reported over
    /// negated over planned over hypothetical.
    pub modality: Modality,
    /// Its mentions, in document order.
    pub mentions: Vec<MentionRef>,
    /// When sources disagree on whether it happened: who claims and who
    /// denies it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub dispute: Option<Dispute>,
    /// Mentions whose dates do not fit the event's date; kept, never
    /// averaged.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub date_conflicts: Vec<DateConflict>,
}

impl TimelineEvent {
    /// Whether any participant is `entity`.
    pub fn involves(&self, entity: &str) -> bool {
        self.participants.iter().any(|p| p.entity == entity)
    }
}

/// One mention of a timeline event: where it is and what it says.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MentionRef {
    /// The document id.
    pub doc: String,
    /// The event mention's id in that document's analysis.
    pub event: String,
    /// The trigger words.
    pub trigger: String,
    /// The sentence: the evidence.
    pub sentence: String,
    /// Which occurrence of the trigger words in the sentence the mention
    /// is (0: the first; "l'Espagne a annoncé ... et le Danemark a
    /// également annoncé": 1 for Denmark's), so that renderers mark the
    /// right one.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub trigger_nth: usize,
    /// The mention's own modality.
    pub modality: Modality,
    /// The mention's source or speaker, if any.
    pub attributed_to: Option<String>,
    /// The mention's own date, if any (after document-date inference).
    pub date: Option<EventDate>,
    /// Why it joined the event: the earlier mention it matched best and
    /// the score's parts. `None` for the mention that opened the event.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merged: Option<MergeReason>,
}

/// Why a mention was merged into an event: the mention it matched and the
/// parts of the score.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct MergeReason {
    /// The id of the mention it matched best (`<doc>#<n>`).
    pub with: String,
    /// The total score (the merge threshold is
    /// [`crate::TimelineConfig::threshold`]).
    pub score: f32,
    /// The parts of the score, each with what it weighed.
    pub factors: Vec<Factor>,
}

/// One part of a merge score.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Factor {
    /// `kind`, `participants`, `date`, `location`, `trigger`, `document`,
    /// `war` (two mentions of a war between the same two sides),
    /// `content` (two statements for one country reporting one event),
    /// `quote` (the trigger quoted in the same words), `denial` (a denial
    /// set against the claim in one sentence).
    pub name: String,
    /// What it adds to the score (negative when it counts against).
    pub weight: f32,
    /// What was compared, in words.
    pub detail: String,
}

/// Sources that disagree on whether an event happened.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Dispute {
    /// Who says it happened (asserted or reported mentions).
    pub claimed_by: Vec<Claim>,
    /// Who says it did not (negated mentions).
    pub denied_by: Vec<Claim>,
}

/// One side's claim in a [`Dispute`].
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Claim {
    /// The entity claiming, or `None` for the journalist's own voice.
    pub source: Option<String>,
    /// The mention (`<doc>#<n>`).
    pub mention: String,
}

/// A mention whose date does not fit its event's date.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DateConflict {
    /// The mention (`<doc>#<n>`).
    pub mention: String,
    /// The date it gives.
    pub date: DateInterval,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}
