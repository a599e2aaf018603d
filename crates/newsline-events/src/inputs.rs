//! What the event layer reads from the entity and time layers, in one
//! place: the rest of the crate sees only these small views, so a change in
//! those layers' types touches this file alone.

use chrono::NaiveDate;
use newsline_doc::{Document, Span};
use newsline_gazetteer::{DocumentEntities, EntityKind, MentionKind};
use newsline_time::{Timex, TimexKind};

/// An entity mention as the event layer sees it. Its ids are borrowed from
/// the entity layer's mentions: a document has hundreds of mentions, and
/// only the few that become participants need ids of their own.
#[derive(Clone, Debug)]
pub(crate) struct Ent<'a> {
    pub span: Span,
    /// The first and one-past-last document tokens it covers.
    pub tokens: (usize, usize),
    /// The entity named (a city for "Moscou").
    pub entity: &'a str,
    /// What it stands for as an actor (Russia for "Moscou" as a government,
    /// Russia for "russe"); the entity itself otherwise.
    pub actor: &'a str,
    pub actor_kind: EntityKind,
    /// Whether the entity named is a place (city, region, country).
    pub place: bool,
    pub how: MentionKind,
}

impl Ent<'_> {
    /// Whether the mention can be a participant: people, organisations,
    /// countries and what places stand for.
    pub fn can_act(&self) -> bool {
        matches!(
            self.actor_kind,
            EntityKind::Person | EntityKind::Organization | EntityKind::Country
        ) || (self.actor_kind == EntityKind::Region && self.actor.contains("west"))
    }

    /// Whether the mention can be a speaker: people, organisations, and
    /// countries named by a demonym group ("les Américains") or metonym.
    pub fn can_speak(&self) -> bool {
        matches!(self.actor_kind, EntityKind::Person | EntityKind::Organization)
            || (self.actor_kind == EntityKind::Country
                && matches!(self.how, MentionKind::Demonym | MentionKind::Metonym))
    }
}

/// A time expression as the event layer sees it.
#[derive(Clone, Debug)]
pub(crate) struct Tx {
    pub span: Span,
    pub value: String,
    pub earliest: NaiveDate,
    pub latest: NaiveDate,
    /// The weekday a wider interval stands for ("jeudi" in a month).
    pub weekday: Option<chrono::Weekday>,
}

pub(crate) fn entities<'a>(doc: &Document, found: &'a DocumentEntities) -> Vec<Ent<'a>> {
    let kind_of = |id: &str| {
        found.entity(id).map(|e| e.kind).unwrap_or(if id.starts_with("iso:") {
            EntityKind::Country
        } else {
            EntityKind::Organization
        })
    };
    let mut out: Vec<Ent> = found
        .mentions()
        .iter()
        .map(|m| {
            let entity_kind = kind_of(&m.entity);
            let actor = m.actor();
            let actor_kind = if actor == m.entity { entity_kind } else { kind_of(actor) };
            let first = doc.token_index_at(m.span.start());
            let last = doc.token_index_at(m.span.end().saturating_sub(1)) + 1;
            Ent {
                span: m.span,
                tokens: (first, last.max(first + 1)),
                entity: &m.entity,
                actor,
                actor_kind,
                place: entity_kind.is_place(),
                how: m.how,
            }
        })
        .collect();
    out.sort_by_key(|e| (e.span.start(), e.span.end()));
    out
}

pub(crate) fn timexes(timexes: &[Timex]) -> Vec<Tx> {
    let mut out: Vec<Tx> = timexes
        .iter()
        .filter(|t| matches!(t.kind(), TimexKind::Date | TimexKind::Time))
        .filter_map(|t| {
            let interval = t.interval()?;
            Some(Tx {
                span: t.span(),
                value: t.value()?.to_string(),
                earliest: interval.earliest(),
                latest: interval.latest(),
                weekday: t.weekday(),
            })
        })
        .collect();
    out.sort_by_key(|t| t.span.start());
    out
}
