//! Merges made after clustering, between whole events, where what ties
//! two events is not in either mention's own words: statements reporting
//! one event (`speech.rs`), and a denial told against the claim it
//! denies in one sentence ("pas de retrait massif, contrairement à la
//! promesse de réduire radicalement son activité").

use std::ops::Range;

use newsline_events::Modality;

use crate::cluster::{absorb, subset, Cluster, Item, Join};
use crate::model::Factor;

/// Each item's event, by index.
pub(crate) fn cluster_of(clusters: &[Cluster], items: usize) -> Vec<usize> {
    let mut out = vec![0; items];
    for (c, cl) in clusters.iter().enumerate() {
        for &m in &cl.members {
            out[m] = c;
        }
    }
    out
}

/// Each item's document, as the range of its items (items come in
/// document order).
pub(crate) fn doc_ranges(items: &[Item<'_>]) -> Vec<Range<usize>> {
    let mut out = vec![0..0; items.len()];
    let mut start = 0;
    for i in 1..=items.len() {
        if i == items.len() || items[i].doc_sym != items[start].doc_sym {
            out[start..i].fill(start..i);
            start = i;
        }
    }
    out
}

/// Merges each event `b` into event `into[b]` (an earlier one, itself not
/// merged), explaining the merge of `b`'s first mention with `why(the
/// first mention of the event it joins)`; renumbers the events and the
/// joins.
pub(crate) fn apply(
    items: &[Item<'_>],
    clusters: &mut Vec<Cluster>,
    joins: &mut [Option<Join>],
    into: &[Option<usize>],
    why: impl Fn(&str) -> Factor,
) {
    if into.iter().all(Option::is_none) {
        return;
    }
    // The new number of each event left, and each merged one's.
    let mut number = vec![0; clusters.len()];
    let mut next = 0;
    for c in 0..clusters.len() {
        match into[c] {
            Some(a) => number[c] = number[a],
            None => {
                number[c] = next;
                next += 1;
            }
        }
    }
    for (b, a) in into.iter().enumerate() {
        let Some(a) = *a else { continue };
        let members = clusters[b].members.clone();
        for &m in &members {
            absorb(&mut clusters[a], m, &items[m]);
        }
        if let Some(o) = members.first().copied().filter(|&o| joins[o].is_none()) {
            let first = items[clusters[a].members[0]].id;
            joins[o] = Some(Join { cluster: a, score: 0.0, factors: vec![why(first)] });
        }
    }
    for j in joins.iter_mut().flatten() {
        j.cluster = number[j.cluster];
    }
    let mut c = 0;
    clusters.retain(|_| {
        c += 1;
        into[c - 1].is_none()
    });
}

/// Merges an event only denied (every mention negated) with the event a
/// mention of one of its sentences claims, when that is of the same kind
/// with sides one holds the other's: one sentence setting a denial against a claim
/// speaks of one event, which is then disputed.
pub(crate) fn merge_denials(
    items: &[Item<'_>],
    clusters: &mut Vec<Cluster>,
    joins: &mut [Option<Join>],
) {
    let cluster_of = cluster_of(clusters, items.len());
    let doc_range = doc_ranges(items);
    let mut into: Vec<Option<usize>> = vec![None; clusters.len()];
    let mut target = vec![false; clusters.len()];
    for (b, c) in clusters.iter().enumerate() {
        if !c.members.iter().all(|&m| items[m].event.modality == Modality::Negated) {
            continue;
        }
        let claimed = c.members.iter().find_map(|&m| {
            let denial = &items[m];
            let sentence = denial.event.sentence.span();
            doc_range[m].clone().find(|&j| {
                let x = &items[j];
                x.kind == denial.kind
                    && cluster_of[j] != b
                    && x.event.modality.is_factual()
                    && x.event.sentence.span() == sentence
                    && !x.sides.is_empty()
                    && !denial.sides.is_empty()
                    && (subset(&x.sides, &denial.sides) || subset(&denial.sides, &x.sides))
            })
        });
        let Some(a) = claimed.map(|j| cluster_of[j]) else { continue };
        let (first, last) = (a.min(b), a.max(b));
        if into[first].is_none() && into[last].is_none() && !target[last] {
            into[last] = Some(first);
            target[first] = true;
        }
    }
    apply(items, clusters, joins, &into, |first| Factor {
        name: "denial".to_string(),
        weight: 0.0,
        detail: format!("denied in the sentence that claims {first}"),
    });
}
