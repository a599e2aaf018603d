//! The event model: what the JSON contract calls an event.

use chrono::{NaiveDate, Weekday};
use newsline_doc::Span;
use serde::{Deserialize, Serialize};

/// The sixteen kinds of event newsline recognises (see the design brief for
/// their PLOVER and CAMEO counterparts).
///
/// This enum is `#[non_exhaustive]` so that new kinds may be added in semver
/// compatible releases.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EventKind {
    /// In-person meeting, talks, negotiations, summit, visit.
    Meeting,
    /// Phone or video call.
    Call,
    /// Reported speech of a named speaker.
    Statement,
    /// Offer, proposal, intent to cooperate.
    Proposal,
    /// Demand, request, call for.
    Demand,
    /// Agreement reached or signed, alliance joined.
    Agreement,
    /// Ceasefire declared, agreed, observed or violated.
    Ceasefire,
    /// Troops withdrawn, military activity reduced.
    Withdrawal,
    /// Bombing, shelling, strike, offensive, invasion.
    Attack,
    /// Troops sent, massed or regrouped; exercises; military aid.
    Deployment,
    /// Sanctions, expulsions, embargo.
    Sanction,
    /// Accusation, criticism, condemnation.
    Accusation,
    /// Rejection, refusal.
    Rejection,
    /// Threat, warning of consequences.
    Threat,
    /// Evacuation, humanitarian corridor, aid.
    Humanitarian,
    /// Annexation or occupation of territory.
    Occupation,
}

impl EventKind {
    /// Every kind, in the order of the design brief.
    pub const ALL: [EventKind; 16] = [
        EventKind::Meeting,
        EventKind::Call,
        EventKind::Statement,
        EventKind::Proposal,
        EventKind::Demand,
        EventKind::Agreement,
        EventKind::Ceasefire,
        EventKind::Withdrawal,
        EventKind::Attack,
        EventKind::Deployment,
        EventKind::Sanction,
        EventKind::Accusation,
        EventKind::Rejection,
        EventKind::Threat,
        EventKind::Humanitarian,
        EventKind::Occupation,
    ];

    /// The kind's name in the JSON contract (`meeting`, `call`...).
    pub fn as_str(&self) -> &'static str {
        match self {
            EventKind::Meeting => "meeting",
            EventKind::Call => "call",
            EventKind::Statement => "statement",
            EventKind::Proposal => "proposal",
            EventKind::Demand => "demand",
            EventKind::Agreement => "agreement",
            EventKind::Ceasefire => "ceasefire",
            EventKind::Withdrawal => "withdrawal",
            EventKind::Attack => "attack",
            EventKind::Deployment => "deployment",
            EventKind::Sanction => "sanction",
            EventKind::Accusation => "accusation",
            EventKind::Rejection => "rejection",
            EventKind::Threat => "threat",
            EventKind::Humanitarian => "humanitarian",
            EventKind::Occupation => "occupation",
        }
    }

    /// Reads a kind's contract name.
    pub fn from_name(name: &str) -> Option<EventKind> {
        EventKind::ALL.into_iter().find(|k| k.as_str() == name)
    }
}

/// Whether, according to the text, an event really happened.
///
/// This enum is `#[non_exhaustive]` so that finer modalities may be added in
/// semver compatible releases.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Modality {
    /// The journalist states that it happened.
    Asserted,
    /// A source claims it ("selon X", "X a annoncé que", a quote).
    Reported,
    /// Scheduled or expected: future tense, "prévu", "projettent".
    Planned,
    /// Conditional or possible: "si", "pourraient", the conditional mood.
    Hypothetical,
    /// Said not to happen or not to have happened.
    Negated,
}

impl Modality {
    /// Whether events of this modality enter the timeline by default.
    pub fn is_factual(&self) -> bool {
        matches!(self, Modality::Asserted | Modality::Reported)
    }
}

/// The part an entity plays in an event.
///
/// This enum is `#[non_exhaustive]` so that further roles may be added in
/// semver compatible releases.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Role {
    /// Who acts: the speaker, the attacker, a party to talks.
    Actor,
    /// Who is acted upon: the attacked, the accused, the one asked.
    Target,
    /// Who mediates or hosts.
    Mediator,
    /// Any other part.
    Other,
}

impl Role {
    /// The order participants are listed in: actors, then targets, then
    /// mediators, then the rest.
    pub fn rank(&self) -> u8 {
        match self {
            Role::Actor => 0,
            Role::Target => 1,
            Role::Mediator => 2,
            Role::Other => 3,
        }
    }
}

/// An entity taking part in an event.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Participant {
    /// The entity id (`person:sergey-lavrov`, `iso:UA`).
    pub entity: String,
    /// Its part.
    pub role: Role,
}

impl Participant {
    /// A participant.
    pub fn new(entity: impl Into<String>, role: Role) -> Participant {
        Participant { entity: entity.into(), role }
    }
}

/// Where an event's date comes from.
///
/// This enum is `#[non_exhaustive]` so that new sources may be added in
/// semver compatible releases.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum DateSource {
    /// A time expression that governs the trigger.
    Timex,
    /// The document's own date, at its own precision.
    Document,
    /// Inferred: from another dated mention of the same event in the
    /// document ("la rencontre", "aussitôt"), or by the timeline layer from
    /// a date it inferred for the document.
    Inferred,
}

/// An event's date: an interval of days and the tightest value covering it.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EventDate {
    /// The TIMEX3-style value (`2022-03-10`, `2022-03`, `2022-W12`).
    pub value: String,
    /// The first day it may be.
    pub earliest: NaiveDate,
    /// The last day it may be.
    pub latest: NaiveDate,
    /// Where it comes from.
    pub source: DateSource,
    /// The weekday the text gives when the interval is wider than a day
    /// ("jeudi" in a document dated `2022-03`: a Thursday of March 2022).
    /// The timeline intersects it with other mentions' dates.
    /// Written as a lowercase English name (`"thursday"`), as time
    /// expressions write theirs.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::weekday_name")]
    pub weekday: Option<Weekday>,
    /// The time expression the date was read from, when it comes from
    /// one, so that a reader who learns more about the document's date
    /// (the timeline layer) can resolve it again and get the event's date
    /// again.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor: Option<DateAnchor>,
}

/// How an event's date follows from a time expression: the expression's
/// day plus `shift_days` ("des pourparlers qui ne se poursuivront pas ce
/// mercredi" were held the day before: `shift_days` is -1).
///
/// ```
/// use newsline_doc::Span;
/// use newsline_events::DateAnchor;
///
/// let anchor = DateAnchor::new(Span::new(10, 21).unwrap(), -1).told_ahead();
/// assert_eq!(anchor.shift_days, -1);
/// assert!(anchor.ahead);
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct DateAnchor {
    /// The expression's span in the document.
    pub timex: Span,
    /// The days added to the expression's date (0: the same day).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub shift_days: i32,
    /// Whether the writer tells the expression in the future tense, in
    /// their own voice ("qui ne se poursuivront pas ce mercredi",
    /// "rencontrera Lavrov vendredi"): the day it names had not come when
    /// the document was written. A reader who does not know the
    /// publication day prefers the days this holds on.
    #[serde(default, skip_serializing_if = "is_false")]
    pub ahead: bool,
}

impl DateAnchor {
    /// The date of the expression at `timex`, shifted by `shift_days`.
    pub fn new(timex: Span, shift_days: i32) -> DateAnchor {
        DateAnchor { timex, shift_days, ahead: false }
    }

    /// The same anchor, told in the future tense ([`DateAnchor::ahead`]).
    pub fn told_ahead(self) -> DateAnchor {
        DateAnchor { ahead: true, ..self }
    }
}

fn is_false(b: &bool) -> bool {
    !*b
}

fn is_zero(n: &i32) -> bool {
    *n == 0
}

impl EventDate {
    /// A date, or `None` when `earliest > latest`.
    pub fn new(
        value: impl Into<String>,
        earliest: NaiveDate,
        latest: NaiveDate,
        source: DateSource,
    ) -> Option<EventDate> {
        (earliest <= latest).then(|| EventDate {
            value: value.into(),
            earliest,
            latest,
            source,
            weekday: None,
            anchor: None,
        })
    }
}

/// A span with its text, as the JSON contract writes triggers.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub struct Evidence {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The text of the span.
    pub text: String,
}

impl Evidence {
    /// The evidence for `span` of `text` (empty text when the span is not
    /// valid there).
    pub fn new(text: &str, span: Span) -> Evidence {
        Evidence {
            start: span.start(),
            end: span.end(),
            text: span.slice(text).unwrap_or("").to_string(),
        }
    }

    /// The span.
    pub fn span(&self) -> Span {
        Span::from(self.start..self.end)
    }
}

/// One mention of an event in one document.
///
/// This is the `events[]` item of the `newsline.doc/1` JSON contract.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[non_exhaustive]
pub struct EventMention {
    /// `<document id>#<n>`, numbered in text order.
    pub id: String,
    /// What happened.
    pub kind: EventKind,
    /// The words that say so.
    pub trigger: Evidence,
    /// The sentence they are in, with its text: the evidence a reader
    /// checks (the contract's `{"start", "end"}`, plus `text`).
    pub sentence: Evidence,
    /// Who took part, actors first.
    pub participants: Vec<Participant>,
    /// Where, as an entity id.
    pub location: Option<String>,
    /// When, if the text or the document says.
    pub date: Option<EventDate>,
    /// Whether it happened, according to the text.
    pub modality: Modality,
    /// Whose claim it is: the speaker of a statement, the source of a
    /// reported event.
    pub attributed_to: Option<String>,
    /// The quote a statement utters or a reported event sits in.
    pub quote: Option<Span>,
    /// How sure the rules are, from 0 to 1.
    pub confidence: f32,
    /// The id of the event of the same sentence this one happened during,
    /// as the text ties them ("Lors de cette séance de négociations,
    /// l'Ukraine a proposé..."): whoever dates that event dates this one,
    /// as the timeline does when the document itself cannot.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub during: Option<String>,
}
