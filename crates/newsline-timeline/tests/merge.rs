//! The merge is a pure, associative and commutative reduce: timelines
//! built from parts and merged equal the timeline built from the whole,
//! whatever the order and the split.

use newsline_events::Modality;
use newsline_timeline::{Analysis, Timeline, TimelineBuilder, TimelineConfig};
use proptest::prelude::*;
use serde_json::json;

const KINDS: [&str; 5] = ["meeting", "statement", "attack", "withdrawal", "call"];
const ENTITIES: [&str; 6] =
    ["iso:RU", "iso:UA", "iso:US", "person:sergey-lavrov", "person:dmytro-kuleba", "org:nato"];
const PLACES: [&str; 4] = ["geonames:745044", "geonames:323777", "iso:UA", "geonames:703448"];
const MODALITIES: [&str; 5] = ["asserted", "reported", "planned", "hypothetical", "negated"];

/// One synthetic event mention: kind, two participants, place, day offset
/// (or undated), modality.
type Spec = (usize, usize, usize, Option<usize>, Option<u32>, usize);

fn event_json(doc: &str, n: usize, s: &Spec) -> serde_json::Value {
    let (kind, a, b, place, day, modality) = *s;
    let date = day.map(|d| {
        let day = chrono::NaiveDate::from_ymd_opt(2022, 3, 1)
            .and_then(|x| x.checked_add_days(chrono::Days::new(d.into())));
        let v = day.map(|x| x.to_string()).unwrap_or_default();
        json!({"value": v, "earliest": v, "latest": v, "source": "timex"})
    });
    json!({
        "id": format!("{doc}#{n}"),
        "kind": KINDS[kind],
        "trigger": {"start": 0, "end": 1, "text": "x"},
        "sentence": {"start": 0, "end": 1, "text": "x"},
        "participants": [{"entity": ENTITIES[a], "role": "actor"}, {"entity": ENTITIES[b], "role": "target"}],
        "location": place.map(|p| PLACES[p]),
        "date": date,
        "modality": MODALITIES[modality],
        "attributed_to": null,
        "quote": null,
        "confidence": 0.5
    })
}

fn analysis(doc: usize, events: &[Spec], dated: bool) -> Analysis {
    let id = format!("doc{doc:03}");
    let date = dated.then(|| json!({"value": "2022-03", "earliest": "2022-03-01", "latest": "2022-03-31", "source": "header"}));
    let value = json!({
        "schema": "newsline.doc/1",
        "id": id,
        "language": "fr",
        "date": date,
        "entities": [],
        "timexes": [],
        "events": events.iter().enumerate().map(|(n, s)| event_json(&id, n, s)).collect::<Vec<_>>(),
    });
    serde_json::from_value(value).expect("synthetic analysis is valid")
}

fn spec() -> impl Strategy<Value = Spec> {
    (
        0..KINDS.len(),
        0..ENTITIES.len(),
        0..ENTITIES.len(),
        proptest::option::of(0..PLACES.len()),
        proptest::option::of(0u32..40),
        0..MODALITIES.len(),
    )
}

fn corpus() -> impl Strategy<Value = Vec<Analysis>> {
    proptest::collection::vec((proptest::collection::vec(spec(), 0..6), any::<bool>()), 1..8)
        .prop_map(|docs| {
            docs.iter()
                .enumerate()
                .map(|(i, (events, dated))| analysis(i, events, *dated))
                .collect()
        })
}

fn builder() -> TimelineBuilder<'static> {
    TimelineBuilder::new().config(TimelineConfig::new().modalities(&[
        Modality::Asserted,
        Modality::Reported,
        Modality::Planned,
        Modality::Hypothetical,
        Modality::Negated,
    ]))
}

fn json(t: &Timeline) -> String {
    serde_json::to_string(t).expect("timeline serialises")
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn merging_parts_in_any_order_equals_building_the_whole(
        docs in corpus(),
        order in any::<u64>(),
        cut in any::<usize>(),
    ) {
        let b = builder();
        let whole = b.build(&docs);
        // A permutation from the seed, then a split in two parts.
        let mut shuffled = docs.clone();
        let len = shuffled.len();
        for i in (1..len).rev() {
            let j = (order.rotate_left(i as u32) as usize) % (i + 1);
            shuffled.swap(i, j);
        }
        let at = cut % (len + 1);
        let left = b.build(&shuffled[..at]);
        let right = b.build(&shuffled[at..]);
        prop_assert_eq!(json(&b.merge(&left, &right)), json(&whole));
        prop_assert_eq!(json(&b.merge(&right, &left)), json(&whole));
        // Associativity: ((a + b) + c) == (a + (b + c)).
        let (x, y, z) = (b.build(&shuffled[..at / 2]), b.build(&shuffled[at / 2..at]), right);
        prop_assert_eq!(json(&b.merge(&b.merge(&x, &y), &z)), json(&b.merge(&x, &b.merge(&y, &z))));
        prop_assert_eq!(b.merge(&left, &b.build(&shuffled[at..])), whole);
    }

    #[test]
    fn every_mention_lands_in_exactly_one_event_with_an_ordered_date(docs in corpus()) {
        let t = builder().build(&docs);
        let mut seen: Vec<&str> = t.events.iter().flat_map(|e| e.mentions.iter().map(|m| m.event.as_str())).collect();
        let total: usize = docs.iter().map(|d| d.events.len()).sum();
        prop_assert_eq!(seen.len(), total);
        seen.sort_unstable();
        seen.dedup();
        prop_assert_eq!(seen.len(), total);
        for e in &t.events {
            if let Some(d) = &e.date {
                prop_assert!(d.earliest <= d.latest);
                // The merged date never contradicts a mention it kept.
                for m in &e.mentions {
                    if let Some(md) = &m.date {
                        let conflict = e.date_conflicts.iter().any(|c| c.mention == m.event);
                        prop_assert!(conflict || (md.earliest <= d.latest && d.earliest <= md.latest));
                    }
                }
            }
        }
        for w in t.events.windows(2) {
            let key = |e: &newsline_timeline::TimelineEvent| e.date.as_ref().map(|d| (d.earliest, d.latest));
            match (key(&w[0]), key(&w[1])) {
                (Some(a), Some(b)) => prop_assert!(a <= b),
                (None, Some(_)) => prop_assert!(false, "undated events come last"),
                _ => {}
            }
        }
    }
}

#[test]
fn the_two_istanbul_talks_stay_apart() {
    // Russia–Ukraine talks in Istanbul in March 2022 and Russia–US talks in
    // Istanbul in February 2025: the same place, not the same event.
    let a = analysis(1, &[(0, 0, 1, Some(0), Some(28), 0)], true);
    let mut b = analysis(2, &[(0, 0, 2, Some(0), None, 0)], false);
    b.events[0].date = None;
    let t = builder().build(&[a, b]);
    assert_eq!(t.events.len(), 2, "{:#?}", t.events);
}

#[test]
fn a_denial_and_a_claim_make_one_disputed_event() {
    // Both about Russia withdrawing around Kyiv on one day: one claims it,
    // one denies it.
    let a = analysis(1, &[(3, 0, 0, Some(3), Some(28), 1)], true);
    let b = analysis(2, &[(3, 0, 0, Some(3), Some(28), 4)], true);
    let t = builder().build(&[a, b]);
    assert_eq!(t.events.len(), 1);
    let dispute = t.events[0].dispute.as_ref().expect("disputed");
    assert_eq!(dispute.claimed_by.len(), 1);
    assert_eq!(dispute.denied_by.len(), 1);
    assert_eq!(t.events[0].modality, Modality::Reported);
}
