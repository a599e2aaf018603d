//! "Les pourparlers ont jusqu'à présent abouti à plusieurs cessez-le-feu
//! locaux et à l'ouverture de corridors humanitaires": a ceasefire or a
//! humanitarian corridor between two sides exists only within their war,
//! so it happened no earlier than the war began, and (told as fact) no
//! later than the document telling it. The war is found in the timeline,
//! so the bound crosses documents: one article dates the invasion, another
//! tells of the ceasefires since.
//!
//! The bound is weak evidence: it dates such a mention the text leaves
//! undated (or dates by its document alone), and never ties mentions of
//! two documents together.

use chrono::NaiveDate;
use newsline_events::{EventKind, Lasting};

use crate::cluster::{Cluster, Item, Tier};
use crate::dating::Dated;
use crate::interval::Days;

/// Kinds of event that exist only between sides at war.
const OF_WAR: &[EventKind] = &[EventKind::Ceasefire, EventKind::Humanitarian];

/// The day each war of the timeline began (the earliest day its date
/// allows), with its sides: a factual war its text dates, with two sides
/// or more.
fn wars(clusters: &[Cluster]) -> impl Iterator<Item = (NaiveDate, &Cluster)> {
    clusters
        .iter()
        .filter(|c| c.lasting == Some(Lasting::Conflict) && c.tier == Tier::Factual)
        .filter(|c| c.sides.len() >= 2 && !c.date_weak)
        .filter_map(|c| Some((c.date.as_ref()?.interval.earliest, c)))
}

/// Raises `within[i]`, for each factual ceasefire or humanitarian mention
/// the text does not date, to the start of the war all its sides are in.
/// When several wars hold its sides, the earliest start counts: the bound
/// then holds whichever war it belongs to. Returns whether any bound
/// changed.
pub(crate) fn war_bounds(
    items: &[Item<'_>],
    clusters: &[Cluster],
    within: &mut [Option<NaiveDate>],
) -> bool {
    let mut changed = false;
    for (item, bound) in items.iter().zip(within.iter_mut()) {
        let undated = item.date.is_none() || item.date_weak;
        if !OF_WAR.contains(&item.kind) || item.tier != Tier::Factual || !undated {
            continue;
        }
        if item.sides.is_empty() || !item.event.modality.is_factual() {
            continue;
        }
        let start = wars(clusters)
            .filter(|(_, w)| item.sides.iter().all(|s| w.sides.binary_search(s).is_ok()))
            .map(|(start, _)| start)
            .min();
        if let Some(start) = start {
            if bound.is_none_or(|b| start > b) {
                *bound = Some(start);
                changed = true;
            }
        }
    }
    changed
}

/// Dates the items `within` bounds: from the war's start to the last day
/// of their document, met with the document's own date when that was all
/// the item had. The date stays weak.
pub(crate) fn apply(
    items: &mut [Item<'_>],
    within: &[Option<NaiveDate>],
    dated: &[Dated],
    mention_of: &[(usize, usize)],
) {
    for ((item, start), &(di, _)) in items.iter_mut().zip(within).zip(mention_of) {
        let (Some(start), Some(doc)) = (*start, dated[di].date.as_ref()) else { continue };
        let Some(war) = Days::new(start, doc.latest, None) else { continue };
        let date = match &item.date {
            None => Some(war),
            Some(d) => d.meet(&war),
        };
        if let Some(d) = date {
            item.date = Some(d);
            item.date_weak = true;
        }
    }
}
