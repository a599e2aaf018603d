//! Clustering and document dating, settled together: clusters tie
//! documents' events, ties bound and narrow document dates, narrower
//! document dates date events again, and the events cluster again, until
//! nothing changes.

use chrono::NaiveDate;

use crate::analysis::Analysis;
use crate::build::TimelineBuilder;
use crate::cluster::{self, Cluster, Item, Join, Tier};
use crate::dating::{self, Bounds, Dated};
use crate::interval::{DateInterval, Days};
use crate::since;
use crate::wartime;

/// At most this many rounds of clustering and dating. Each round only
/// narrows dates, so the loop settles in two or three on real documents;
/// the cap bounds the work on adversarial ones.
const ROUNDS: usize = 6;

/// The settled state: document datings, clustering items, clusters.
pub(crate) struct Settled<'a> {
    pub dated: Vec<Dated>,
    pub items: Vec<Item<'a>>,
    pub joins: Vec<Option<Join>>,
    pub clusters: Vec<Cluster>,
}

/// What the events a document shares tell about its date: bounds, and per
/// event the date the other documents give it.
struct Evidence {
    bounds: Vec<Bounds>,
    /// Per document, per event.
    ties: Vec<Vec<Option<Days>>>,
}

impl TimelineBuilder<'_> {
    /// Clusters the sources' mentions and dates the documents, each
    /// feeding the other until they agree.
    pub(crate) fn settle<'a>(&'a self, sources: &'a [Analysis]) -> Settled<'a> {
        let mut dated: Vec<Dated> =
            sources.iter().map(|a| dating::own_dating(a, &self.time)).collect();
        // Lower bounds on mentions' dates from "the first X since D", by
        // item; they only ever rise.
        let mut lower: Vec<Option<NaiveDate>> = Vec::new();
        // Lower bounds from the war a ceasefire or corridor is in, by
        // item; they only ever rise.
        let mut within: Vec<Option<NaiveDate>> = Vec::new();
        // Each item's document and event: items follow the sources' order,
        // the same in every round.
        let mention_of: Vec<(usize, usize)> = sources
            .iter()
            .enumerate()
            .flat_map(|(di, a)| (0..a.events.len()).map(move |ei| (di, ei)))
            .collect();
        let mut round = 0;
        let mut refined = false;
        loop {
            let (mut items, symbols) = self.items(sources, &dated);
            lower.resize(items.len(), None);
            apply_lower(&mut items, &lower, &dated, &mention_of);
            within.resize(items.len(), None);
            wartime::apply(&mut items, &within, &dated, &mention_of);
            let (clusters, joins) = cluster::cluster(&items, &symbols, self.config.threshold);
            round += 1;
            if round == ROUNDS {
                return Settled { dated, items, joins, clusters };
            }
            // "The first X since D" is read against the clusters the
            // documents' own dates give, before any document date is
            // narrowed: once dates move, a cluster split in a later round
            // would read as an earlier X and push the bound past the event
            // itself.
            if !refined && self.first_since(sources, &mention_of, &items, &clusters, &mut lower) {
                continue;
            }
            refined = true;
            if wartime::war_bounds(&items, &clusters, &mut within) {
                continue;
            }
            if !dated.iter().any(Dated::refinable) {
                return Settled { dated, items, joins, clusters };
            }
            let evidence = self.evidence(sources, &mention_of, &dated, &items, &clusters);
            let mut changed = false;
            for (i, b) in evidence.bounds.iter().enumerate() {
                if !dated[i].refinable() {
                    continue;
                }
                match dating::refine(&sources[i], &self.time, &dated[i], b, &evidence.ties[i]) {
                    Some(d) => {
                        if d.date != dated[i].date || d.event_dates != dated[i].event_dates {
                            dated[i] = d;
                            changed = true;
                        } else {
                            dated[i].evidence = d.evidence;
                        }
                    }
                    None if dated[i].own.is_none() => {
                        let (before, after) = describe_partial(b);
                        dated[i].evidence = after;
                        dated[i].not_before = before.0;
                        dated[i].not_after = before.1;
                    }
                    None => {}
                }
            }
            if !changed {
                return Settled { dated, items, joins, clusters };
            }
        }
    }

    /// Places mentions told as the first of their kind for a stated time
    /// ("les premiers pourparlers depuis plus de deux semaines") after the
    /// last such event the timeline dates to a day: raises `lower` for
    /// every mention of their event. Returns whether any bound rose.
    fn first_since(
        &self,
        sources: &[Analysis],
        mention_of: &[(usize, usize)],
        items: &[Item<'_>],
        clusters: &[Cluster],
        lower: &mut [Option<NaiveDate>],
    ) -> bool {
        let mut cluster_of = vec![0; items.len()];
        for (c, cl) in clusters.iter().enumerate() {
            for &m in &cl.members {
                cluster_of[m] = c;
            }
        }
        let mut changed = false;
        for (i, item) in items.iter().enumerate() {
            let di = mention_of[i].0;
            let Some(gap) = since::gap_days(&sources[di], item.event) else { continue };
            let own = cluster_of[i];
            let bound = clusters[own].members.iter().filter_map(|&m| lower[m]).max();
            let Some(from) = since::not_before(clusters, own, gap, bound) else { continue };
            // The bound holds for the event, so for every mention of it.
            for &m in &clusters[own].members {
                if lower[m].is_none_or(|l| from > l) {
                    lower[m] = Some(from);
                    changed = true;
                }
            }
        }
        changed
    }

    /// Bounds on each refinable document's date, and the dates other
    /// documents give its events: its factual events with absolute dates
    /// happened before it; the events it shares with dated documents
    /// happened before it, and close before it when it tells them with a
    /// weekday or "la veille".
    fn evidence(
        &self,
        sources: &[Analysis],
        mention_of: &[(usize, usize)],
        dated: &[Dated],
        items: &[Item<'_>],
        clusters: &[Cluster],
    ) -> Evidence {
        let mut bounds = vec![Bounds::default(); sources.len()];
        let mut ties: Vec<Vec<Option<Days>>> =
            sources.iter().map(|a| vec![None; a.events.len()]).collect();
        if let Some(day) = self.config.published_by {
            for b in &mut bounds {
                b.before(day, "the corpus was collected by then".to_string());
            }
        }
        for (a, b) in sources.iter().zip(&mut bounds) {
            dating::role_bounds(a, self.gazetteer, b);
        }
        for (i, item) in items.iter().enumerate() {
            let (di, ei) = mention_of[i];
            if !dated[di].refinable() {
                continue;
            }
            let e = &sources[di].events[ei];
            // Only what the text itself dates: a date the document alone
            // gives says nothing new about the document.
            let told =
                e.date.as_ref().filter(|d| d.source != newsline_events::DateSource::Document);
            if let (Some(d), true) = (told, e.modality.is_factual() && item.tier == Tier::Factual) {
                bounds[di].after(
                    d.earliest,
                    format!("it tells \"{}\" ({}) as having happened", e.trigger.text, d.value),
                );
            }
        }
        let doc_of = |m: usize| &dated[mention_of[m].0];
        for c in clusters {
            let open: Vec<usize> =
                c.members.iter().copied().filter(|&m| doc_of(m).refinable()).collect();
            if open.is_empty() || c.tier != Tier::Factual {
                continue;
            }
            // The event's date according to the documents that date
            // themselves, and to bounds from other documents' events ("the
            // first talks in two weeks"), for one receiving document: a
            // document whose date is inferred is no evidence about itself.
            let when_for = |receiving: &str| {
                let mut when: Option<Days> = None;
                let mut from_docs: Vec<&str> = Vec::new();
                for &m in &c.members {
                    let counts = doc_of(m).counts();
                    if !counts && (!items[m].bounded_below || items[m].doc == receiving) {
                        continue;
                    }
                    if let Some(d) = &items[m].date {
                        when = match when {
                            None => Some(d.clone()),
                            Some(w) => Some(w.meet(d).unwrap_or(w)),
                        };
                        if counts && !from_docs.contains(&items[m].doc) {
                            from_docs.push(items[m].doc);
                        }
                    }
                }
                (when, from_docs)
            };
            // A document that dates itself tells the event no later than
            // its own last possible day.
            let told_by = c
                .members
                .iter()
                .filter(|&&m| doc_of(m).counts())
                .filter_map(|&m| doc_of(m).date.as_ref().map(|d| d.latest))
                .min();
            for m in open {
                let (di, ei) = mention_of[m];
                let e = &sources[di].events[ei];
                let (when, from_docs) = when_for(items[m].doc);
                let interval = match (&when, told_by) {
                    (Some(w), _) => w.interval.clone(),
                    (None, Some(last)) => match DateInterval::new(NaiveDate::MIN, last) {
                        Some(w) => w,
                        None => continue,
                    },
                    (None, None) => continue,
                };
                ties[di][ei] = when.clone();
                // A document's own mention is no evidence about itself.
                let others: Vec<&str> =
                    from_docs.iter().copied().filter(|d| *d != items[m].doc).collect();
                if others.is_empty() && !items[m].bounded_below {
                    continue;
                }
                let shared = format!(
                    "it shares \"{}\" with {} ({})",
                    e.trigger.text,
                    if others.is_empty() { "the timeline".to_string() } else { others.join(", ") },
                    interval.value
                );
                if interval.earliest > NaiveDate::MIN {
                    bounds[di].after(interval.earliest, shared.clone());
                }
                // A war is told as going on long after it began: it
                // bounds no document from above.
                if dating::told_relative(&sources[di], e)
                    && newsline_events::lasting_state(&e.trigger.text).is_none()
                {
                    if let Some(day) = interval
                        .latest
                        .checked_add_days(chrono::Days::new(self.config.reach_days.into()))
                    {
                        bounds[di].before(day, format!("{shared}, told relative to its own date"));
                    }
                }
            }
        }
        Evidence { bounds, ties }
    }
}

/// Applies the "first since" lower bounds to the items' dates.
fn apply_lower(
    items: &mut [Item<'_>],
    lower: &[Option<NaiveDate>],
    dated: &[Dated],
    mention_of: &[(usize, usize)],
) {
    for ((item, from), &(di, _)) in items.iter_mut().zip(lower).zip(mention_of) {
        let Some(from) = *from else { continue };
        let upper = item
            .date
            .as_ref()
            .map(|d| d.interval.latest)
            .or_else(|| dated[di].date.as_ref().map(|d| d.latest));
        let earliest = item.date.as_ref().map_or(from, |d| d.interval.earliest.max(from));
        let weekday = item.date.as_ref().and_then(|d| d.weekday);
        if let Some(d) = upper.and_then(|to| Days::new(earliest, to, weekday)) {
            item.date = Some(d);
            item.date_weak = false;
            item.bounded_below = true;
        }
    }
}

/// An undated document's half-known bounds: `(not_before, not_after)` and
/// the evidence that gives them.
fn describe_partial(b: &Bounds) -> ((Option<NaiveDate>, Option<NaiveDate>), Vec<String>) {
    let mut out = Vec::new();
    if let Some((d, why)) = &b.not_before {
        out.push(format!("not before {d}: {why}"));
    }
    if let Some((d, why)) = &b.not_after {
        out.push(format!("not after {d}: {why}"));
    }
    if !out.is_empty() {
        out.push("too little evidence for a date".to_string());
    }
    ((b.not_before.as_ref().map(|x| x.0), b.not_after.as_ref().map(|x| x.0)), out)
}
