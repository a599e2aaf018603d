//! Building a timeline from analyses, and merging timelines.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use newsline_events::{EventKind, EventMention, Modality, Participant, Role};
use newsline_gazetteer::{EntityKind, Gazetteer};
use newsline_time::TimeRecognizer;

use crate::analysis::Analysis;
use crate::cluster::{self, Cluster, Item, Join, Symbols, Tier};
use crate::dating::Dated;
use crate::infer::Settled;
use crate::interval::Days;
use crate::model::{
    Claim, DateConflict, Dispute, MentionRef, MergeReason, Timeline, TimelineDocument,
    TimelineEntity, TimelineEvent, TIMELINE_SCHEMA,
};

/// The timeline's settings.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct TimelineConfig {
    /// The score at or above which a mention joins an event (default 1.5).
    pub threshold: f32,
    /// Which events the timeline keeps, by their strongest modality
    /// (default: asserted and reported, as the design says).
    pub modalities: Vec<Modality>,
    /// How many days an event told with a weekday or "la veille" may lie
    /// from its document's date, when inferring that date (default 7).
    pub reach_days: u32,
    /// The last day any document can have been published: the day the
    /// corpus was collected. It bounds inferred dates from above when
    /// nothing else does. Default: none (such documents stay undated).
    pub published_by: Option<NaiveDate>,
}

impl Default for TimelineConfig {
    fn default() -> TimelineConfig {
        TimelineConfig {
            threshold: cluster::THRESHOLD,
            modalities: vec![Modality::Asserted, Modality::Reported],
            reach_days: 7,
            published_by: None,
        }
    }
}

impl TimelineConfig {
    /// The default settings.
    pub fn new() -> TimelineConfig {
        TimelineConfig::default()
    }

    /// Sets the merge threshold.
    pub fn threshold(mut self, threshold: f32) -> TimelineConfig {
        self.threshold = threshold;
        self
    }

    /// Keeps events of these modalities.
    pub fn modalities(mut self, modalities: &[Modality]) -> TimelineConfig {
        self.modalities = modalities.to_vec();
        self
    }

    /// Sets how far a relatively dated event may be from its document.
    pub fn reach_days(mut self, days: u32) -> TimelineConfig {
        self.reach_days = days;
        self
    }

    /// Sets the last possible publication day.
    pub fn published_by(mut self, day: NaiveDate) -> TimelineConfig {
        self.published_by = Some(day);
        self
    }
}

/// Builds timelines from per-document analyses.
///
/// Building is a pure function of the *set* of analyses: documents are
/// taken in id order, so any arrival order gives the same timeline, and
/// [`TimelineBuilder::merge`] of timelines built from parts equals the
/// timeline built from the whole.
///
/// ```
/// use newsline_timeline::{TimelineBuilder, TimelineConfig};
///
/// let builder = TimelineBuilder::new().config(TimelineConfig::new().threshold(1.5));
/// let timeline = builder.build(&[]);
/// assert!(timeline.events.is_empty());
/// ```
#[derive(Clone, Debug)]
pub struct TimelineBuilder<'g> {
    pub(crate) gazetteer: &'g Gazetteer,
    pub(crate) time: TimeRecognizer,
    pub(crate) config: TimelineConfig,
}

impl Default for TimelineBuilder<'static> {
    fn default() -> TimelineBuilder<'static> {
        TimelineBuilder::new()
    }
}

impl TimelineBuilder<'static> {
    /// A builder using the embedded gazetteer (for entities' countries and
    /// names) and the default settings.
    pub fn new() -> TimelineBuilder<'static> {
        TimelineBuilder {
            gazetteer: Gazetteer::embedded(),
            time: TimeRecognizer::default(),
            config: TimelineConfig::default(),
        }
    }
}

impl<'g> TimelineBuilder<'g> {
    /// Uses this gazetteer (the one the analyses were made with).
    pub fn gazetteer<'h>(self, gazetteer: &'h Gazetteer) -> TimelineBuilder<'h> {
        TimelineBuilder { gazetteer, time: self.time, config: self.config }
    }

    /// Uses this time recogniser to resolve expressions again.
    pub fn time(mut self, time: TimeRecognizer) -> TimelineBuilder<'g> {
        self.time = time;
        self
    }

    /// Uses these settings.
    pub fn config(mut self, config: TimelineConfig) -> TimelineBuilder<'g> {
        self.config = config;
        self
    }

    /// The timeline of these documents.
    pub fn build(&self, analyses: &[Analysis]) -> Timeline {
        let mut sources: Vec<Analysis> = analyses.to_vec();
        canonical_order(&mut sources);
        self.build_sorted(sources)
    }

    /// The timeline of both timelines' documents: equal to the timeline
    /// built from all of them at once. The merge is associative and
    /// commutative.
    pub fn merge(&self, a: &Timeline, b: &Timeline) -> Timeline {
        let mut sources: Vec<Analysis> = a.sources.iter().chain(&b.sources).cloned().collect();
        canonical_order(&mut sources);
        self.build_sorted(sources)
    }

    fn build_sorted(&self, sources: Vec<Analysis>) -> Timeline {
        let Settled { dated, items, joins, clusters } = self.settle(&sources);
        let refs = mention_refs(&sources, &dated, &items, &joins);
        let mut events: Vec<TimelineEvent> = clusters
            .iter()
            .map(|c| self.event(&items, &refs, c))
            .filter(|e| self.config.modalities.contains(&e.modality))
            .collect();
        order_events(&mut events);
        let documents = sources
            .iter()
            .zip(&dated)
            .map(|(a, d)| TimelineDocument {
                id: a.id.clone(),
                date: d.date.clone(),
                evidence: d.evidence.clone(),
                not_before: d.not_before,
                not_after: d.not_after,
            })
            .collect();
        let entities = self.entities(&sources, &events);
        Timeline { schema: TIMELINE_SCHEMA.to_string(), documents, entities, events, sources }
    }

    /// One clustering item per event mention, in canonical order.
    pub(crate) fn items<'a>(
        &'a self,
        sources: &'a [Analysis],
        dated: &[Dated],
    ) -> (Vec<Item<'a>>, Symbols<'a>) {
        let mut items = Vec::new();
        let mut symbols = Symbols::default();
        for (a, d) in sources.iter().zip(dated) {
            let doc_sym = symbols.intern(a.id.as_str());
            for (e, date) in a.events.iter().zip(&d.event_dates) {
                let mut sides = Vec::new();
                let mut people = Vec::new();
                for p in &e.participants {
                    let entity = self.gazetteer.entity(&p.entity);
                    if entity.is_some_and(|x| x.kind == EntityKind::Person) {
                        people.push(symbols.intern(p.entity.as_str()));
                    }
                    let side = entity.and_then(|x| x.country.as_deref()).unwrap_or(&p.entity);
                    sides.push(symbols.intern(side));
                }
                sides.sort_unstable();
                sides.dedup();
                people.sort_unstable();
                people.dedup();
                let location = e.location.as_deref();
                let location_country = location.and_then(|l| match self.gazetteer.entity(l) {
                    Some(x) if x.kind == EntityKind::Country => Some(l),
                    Some(x) => x.country.as_deref(),
                    None => None,
                });
                let location_wide = location.is_some() && location_country == location;
                let statement = e.kind == newsline_events::EventKind::Statement;
                let speaker = e.attributed_to.as_deref().filter(|_| statement);
                items.push(Item {
                    event: e,
                    doc: &a.id,
                    id: &e.id,
                    kind: e.kind,
                    tier: Tier::of(e.modality),
                    doc_sym,
                    sides,
                    people,
                    location,
                    place: location.map(|l| symbols.intern(l)),
                    place_country: location_country.map(|l| symbols.intern(l)),
                    location_wide,
                    date: date.as_ref().and_then(|d| Days::new(d.earliest, d.latest, d.weekday)),
                    bounded_below: false,
                    date_weak: date.as_ref().is_some_and(|d| cluster::is_weak(d.source)),
                    speaker: speaker.map(|s| symbols.intern(s)),
                    speaker_side: speaker.map(|s| {
                        let entity = self.gazetteer.entity(s);
                        symbols.intern(entity.and_then(|x| x.country.as_deref()).unwrap_or(s))
                    }),
                    stem: symbols.intern(stem(&e.trigger.text)),
                    lasting: newsline_events::lasting_state(&e.trigger.text),
                    quoted: crate::quoted::pairs(e),
                    most_sides: crate::bilateral::most_sides(e),
                });
            }
        }
        (items, symbols)
    }

    fn event(&self, items: &[Item<'_>], refs: &[MentionRef], c: &Cluster) -> TimelineEvent {
        let mut members = c.members.clone();
        members.sort_unstable();
        let mentions: Vec<MentionRef> = members.iter().map(|&m| refs[m].clone()).collect();
        // The date: the tightest dates first, each kept if it still meets
        // the others; a date that meets none is a conflict.
        let mut dates: Vec<(Days, &str)> = members
            .iter()
            .filter_map(|&m| items[m].date.clone().map(|d| (d, items[m].id)))
            .collect();
        dates.sort_by(|a, b| {
            (a.0.count(), &a.0.interval, a.0.weekday.map(|w| w.num_days_from_monday()), a.1).cmp(&(
                b.0.count(),
                &b.0.interval,
                b.0.weekday.map(|w| w.num_days_from_monday()),
                b.1,
            ))
        });
        let mut date: Option<Days> = None;
        let mut date_conflicts = Vec::new();
        for (d, id) in dates {
            date = match date {
                None => Some(d),
                Some(cur) => match cur.meet(&d) {
                    Some(i) => Some(i),
                    None => {
                        date_conflicts
                            .push(DateConflict { mention: id.to_string(), date: d.interval });
                        Some(cur)
                    }
                },
            };
        }
        let weekday = date.as_ref().and_then(|d| d.weekday);
        let date = date.map(|d| d.interval);
        date_conflicts.sort_by(|a, b| a.mention.cmp(&b.mention));
        let modality = mentions
            .iter()
            .map(|m| m.modality)
            .min_by_key(|m| strength(*m))
            .unwrap_or(Modality::Asserted);
        let denied: Vec<Claim> = mentions
            .iter()
            .filter(|m| m.modality == Modality::Negated)
            .map(|m| Claim { source: m.attributed_to.clone(), mention: m.event.clone() })
            .collect();
        let claimed: Vec<Claim> = mentions
            .iter()
            .filter(|m| m.modality.is_factual())
            .map(|m| Claim { source: m.attributed_to.clone(), mention: m.event.clone() })
            .collect();
        let dispute = (!denied.is_empty() && !claimed.is_empty())
            .then_some(Dispute { claimed_by: claimed, denied_by: denied });
        TimelineEvent {
            id: String::new(),
            kind: c.kind,
            date,
            weekday,
            participants: participants(self.gazetteer, c.kind, items, &members),
            location: location(self.gazetteer, items, &members),
            modality,
            mentions,
            dispute,
            date_conflicts,
        }
    }

    fn entities(&self, sources: &[Analysis], events: &[TimelineEvent]) -> Vec<TimelineEntity> {
        let mut wanted: BTreeMap<&str, Option<TimelineEntity>> = BTreeMap::new();
        for e in events {
            for p in &e.participants {
                wanted.insert(&p.entity, None);
            }
            if let Some(l) = &e.location {
                wanted.insert(l, None);
            }
        }
        for a in sources {
            for de in &a.entities {
                if let Some(slot) = wanted.get_mut(de.id.as_str()) {
                    let t = slot.get_or_insert_with(|| TimelineEntity {
                        id: de.id.clone(),
                        kind: de.kind,
                        name: de.name.clone(),
                        aliases: Vec::new(),
                    });
                    t.aliases.extend(de.aliases.iter().cloned());
                    t.aliases.extend(de.mentions.iter().map(|m| m.text.clone()));
                }
            }
        }
        wanted
            .into_iter()
            .filter_map(|(id, t)| {
                let mut t = t.or_else(|| {
                    let g = self.gazetteer.entity(id)?;
                    Some(TimelineEntity {
                        id: id.to_string(),
                        kind: g.kind,
                        name: g.name.clone(),
                        aliases: Vec::new(),
                    })
                })?;
                t.aliases.sort();
                t.aliases.dedup();
                Some(t)
            })
            .collect()
    }
}

/// The first word of a trigger, folded, cut to five letters.
fn stem(trigger: &str) -> String {
    let word = trigger.split_whitespace().next().unwrap_or("");
    let folded = newsline_doc::TextView::new(word, newsline_doc::ViewKind::Folded);
    folded.as_str().chars().take(5).collect()
}

/// Sorts analyses by id (and, for equal ids, by content), dropping exact
/// duplicates, so that the build never depends on arrival order.
fn canonical_order(sources: &mut Vec<Analysis>) {
    sources.sort_by(|a, b| {
        a.id.cmp(&b.id).then_with(|| {
            let ja = serde_json::to_string(a).unwrap_or_default();
            let jb = serde_json::to_string(b).unwrap_or_default();
            ja.cmp(&jb)
        })
    });
    sources.dedup();
}

/// The rank of a modality when several mentions of one event differ: the
/// timeline states the strongest.
fn strength(m: Modality) -> u8 {
    match m {
        Modality::Asserted => 0,
        Modality::Reported => 1,
        Modality::Negated => 2,
        Modality::Planned => 3,
        _ => 4,
    }
}

fn mention_refs(
    sources: &[Analysis],
    dated: &[Dated],
    items: &[Item<'_>],
    joins: &[Option<Join>],
) -> Vec<MentionRef> {
    let mut refs = Vec::with_capacity(items.len());
    let mut first_of: Vec<usize> = Vec::new();
    let mut i = 0;
    for (a, d) in sources.iter().zip(dated) {
        for (e, date) in a.events.iter().zip(&d.event_dates) {
            let merged = joins[i].as_ref().map(|j| {
                // The cluster's first member is the mention matched.
                let first = first_of.get(j.cluster).copied().unwrap_or(i);
                MergeReason {
                    with: items[first].id.to_string(),
                    score: j.score,
                    factors: j.factors.clone(),
                }
            });
            if joins[i].is_none() {
                first_of.push(i);
            }
            refs.push(MentionRef {
                doc: a.id.clone(),
                event: e.id.clone(),
                trigger: e.trigger.text.clone(),
                sentence: e.sentence.text.split_whitespace().collect::<Vec<_>>().join(" "),
                trigger_nth: trigger_nth(e),
                modality: e.modality,
                attributed_to: e.attributed_to.clone(),
                date: date.clone(),
                merged,
            });
            i += 1;
        }
    }
    refs
}

/// The parties of an event: its mentions' participants, first seen first,
/// actors before the other roles.
///
/// Agreements and sanctions bind states: the officials who conclude or
/// impose them act for their countries, which take part beside them
/// ("les accords conclus entre Trump et Poutine" bind the United States
/// and Russia). A person they target stays a person.
fn participants(
    g: &Gazetteer,
    kind: EventKind,
    items: &[Item<'_>],
    members: &[usize],
) -> Vec<Participant> {
    let mut out: Vec<Participant> = Vec::new();
    for &m in members {
        for p in &items[m].event.participants {
            if !out.iter().any(|q| q.entity == p.entity) {
                out.push(p.clone());
            }
        }
    }
    if matches!(kind, EventKind::Agreement | EventKind::Sanction) {
        let states: Vec<Participant> = out
            .iter()
            .filter(|p| p.role == Role::Actor)
            .filter_map(|p| {
                let person = g.entity(&p.entity).filter(|e| e.kind == EntityKind::Person)?;
                let country = person.country.as_deref()?;
                Some(Participant::new(country, p.role))
            })
            .collect();
        for s in states {
            if !out.iter().any(|q| q.entity == s.entity) {
                out.push(s);
            }
        }
    }
    // Actors first, keeping first-seen order within a role.
    out.sort_by_key(|p| p.role.rank());
    out
}

/// The event's place: the most specific place its mentions give (a city
/// over a country), the earliest mention's on ties.
fn location(g: &Gazetteer, items: &[Item<'_>], members: &[usize]) -> Option<String> {
    let rank = |id: &str| match g.entity(id).map(|e| e.kind) {
        Some(EntityKind::City) => 0,
        Some(EntityKind::Region) => 1,
        Some(EntityKind::Country) => 2,
        _ => 1,
    };
    members.iter().filter_map(|&m| items[m].location).min_by_key(|l| rank(l)).map(str::to_string)
}

/// Orders events by `earliest`, then `latest`, then first mention, undated
/// last, and numbers them.
fn order_events(events: &mut [TimelineEvent]) {
    events.sort_by(|a, b| {
        let key = |e: &TimelineEvent| e.date.as_ref().map(|d| (d.earliest, d.latest));
        match (key(a), key(b)) {
            (Some(x), Some(y)) => x.cmp(&y),
            (Some(_), None) => std::cmp::Ordering::Less,
            (None, Some(_)) => std::cmp::Ordering::Greater,
            (None, None) => std::cmp::Ordering::Equal,
        }
        .then_with(|| first_mention(a).cmp(&first_mention(b)))
    });
    for (i, e) in events.iter_mut().enumerate() {
        e.id = format!("e{}", i + 1);
    }
}

fn first_mention(e: &TimelineEvent) -> (&str, usize) {
    e.mentions.first().map_or(("", 0), |m| (m.doc.as_str(), mention_number(&m.event)))
}

fn mention_number(id: &str) -> usize {
    id.rsplit('#').next().and_then(|n| n.parse().ok()).unwrap_or(0)
}

/// How many times the trigger's words occur in its sentence before it.
fn trigger_nth(e: &EventMention) -> usize {
    let before =
        e.trigger.start.checked_sub(e.sentence.start).and_then(|k| e.sentence.text.get(..k));
    match before {
        Some(text) if !e.trigger.text.is_empty() => text.matches(e.trigger.text.as_str()).count(),
        _ => 0,
    }
}
