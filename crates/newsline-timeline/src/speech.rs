//! One statement told as a government's and as its official's: "l'annonce
//! de la part des Russes d'un retrait" and "« il a été décidé de réduire
//! radicalement l'activité militaire », a déclaré Alexander Fomine,
//! représentant du ministère russe de la Défense". The speakers differ,
//! so the mentions do not cluster; what ties them is what they say: the
//! events each reports are one event.
//!
//! After clustering, two statement events merge when events their
//! mentions report (in the statement's sentence, attributed to its
//! speaker) are one event, one speaker is a country and the other speaks
//! for it (the country itself or someone of it), and their dates meet.
//! Two people of one country saying the same thing stay two statements.

use fnv::FnvHashMap;

use crate::cluster::{Cluster, Item, Join, Sym};
use crate::model::Factor;
use crate::postmerge;

/// What a statement event says and who says it.
struct Speech {
    /// The events its mentions report, as cluster indexes. Sorted.
    content: Vec<usize>,
    /// The countries its speakers speak for.
    sides: Vec<Sym>,
    /// Whether a speaker is a country itself.
    country: bool,
}

/// Merges statement events that report one event for one country (see
/// the module docs), rewriting `joins` and renumbering the clusters.
pub(crate) fn merge_statements(
    items: &[Item<'_>],
    clusters: &mut Vec<Cluster>,
    joins: &mut [Option<Join>],
) {
    let cluster_of = postmerge::cluster_of(clusters, items.len());
    let doc_range = postmerge::doc_ranges(items);
    let speeches: Vec<Option<Speech>> =
        clusters.iter().map(|c| speech(items, c, &cluster_of, &doc_range)).collect();
    // The statement events reporting each event.
    let mut reporting: FnvHashMap<usize, Vec<usize>> = FnvHashMap::default();
    for (c, s) in speeches.iter().enumerate() {
        for &r in s.iter().flat_map(|s| &s.content) {
            reporting.entry(r).or_default().push(c);
        }
    }
    // Into which earlier event each event merges, if any.
    let mut into: Vec<Option<usize>> = vec![None; clusters.len()];
    let mut candidates: Vec<usize> = Vec::new();
    for b in 0..clusters.len() {
        let Some(sb) = &speeches[b] else { continue };
        candidates.clear();
        for r in &sb.content {
            candidates.extend(reporting[r].iter().copied().filter(|&a| a < b));
        }
        candidates.sort_unstable();
        candidates.dedup();
        let found = candidates.iter().copied().find(|&a| {
            let Some(sa) = &speeches[a] else { return false };
            into[a].is_none()
                && clusters[a].tier == clusters[b].tier
                && (sa.country || sb.country)
                && sa.sides.iter().any(|s| sb.sides.contains(s))
                && sa.content.iter().any(|c| sb.content.binary_search(c).is_ok())
                && match (&clusters[a].date, &clusters[b].date) {
                    (Some(x), Some(y)) => x.meet(y).is_some(),
                    _ => true,
                }
        });
        into[b] = found;
    }
    postmerge::apply(items, clusters, joins, &into, |first| Factor {
        name: "content".to_string(),
        weight: 0.0,
        detail: format!("reports the event {first} reports, for the same country"),
    });
}

/// The speech of statement event `c`, if it is one whose mentions report
/// events.
fn speech(
    items: &[Item<'_>],
    c: &Cluster,
    cluster_of: &[usize],
    doc_range: &[std::ops::Range<usize>],
) -> Option<Speech> {
    if c.kind != newsline_events::EventKind::Statement {
        return None;
    }
    let mut content = Vec::new();
    let mut sides = Vec::new();
    let mut country = false;
    for &m in &c.members {
        let s = &items[m];
        let Some(speaker) = s.event.attributed_to.as_deref() else { continue };
        if let Some(side) = s.speaker_side {
            sides.push(side);
            country |= s.speaker == Some(side);
        }
        // What the speaker is reported to say in the same sentence.
        let sentence = s.event.sentence.span();
        let reported = doc_range[m]
            .clone()
            .map(|i| (i, &items[i]))
            .filter(|(_, x)| x.kind != newsline_events::EventKind::Statement)
            .filter(|(_, x)| x.event.sentence.span() == sentence)
            .filter(|(_, x)| x.event.attributed_to.as_deref() == Some(speaker));
        content.extend(reported.map(|(i, _)| cluster_of[i]));
    }
    content.sort_unstable();
    content.dedup();
    (!content.is_empty() && !sides.is_empty()).then_some(Speech { content, sides, country })
}
