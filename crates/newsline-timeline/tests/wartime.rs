//! A ceasefire or a humanitarian corridor between two sides happens within
//! their war: no earlier than it began (as the timeline dates it, from any
//! document), no later than the document telling it.

use newsline_events::EventKind;
use newsline_timeline::{Analysis, TimelineBuilder};

mod common;
use common::analyse;

/// The dates of the timeline's events of `kind`, as `earliest/latest`.
fn dates(docs: &[Analysis], kind: EventKind) -> Vec<Option<String>> {
    TimelineBuilder::new()
        .build(docs)
        .events
        .iter()
        .filter(|e| e.kind == kind)
        .map(|e| e.date.as_ref().map(|d| format!("{}/{}", d.earliest, d.latest)))
        .collect()
}

const WAR: &str = " date 2022-04-02 L'invasion russe de l'Ukraine a commencé le 24 février.";

#[test]
fn a_ceasefire_told_in_the_past_is_dated_within_the_war() {
    let docs = [
        analyse("a", WAR),
        analyse(
            "b",
            " date 2022-03-15 La Russie et l'Ukraine ont déjà conclu plusieurs cessez-le-feu locaux.",
        ),
    ];
    assert_eq!(dates(&docs, EventKind::Ceasefire), vec![Some("2022-02-24/2022-03-15".to_string())]);
}

#[test]
fn a_ceasefire_told_before_the_war_began_gets_no_bound_from_it() {
    // A document older than the war: the war cannot hold its ceasefire.
    let docs = [
        analyse("a", WAR),
        analyse(
            "b",
            " date 2015-02-20 La Russie et l'Ukraine ont déjà conclu plusieurs cessez-le-feu locaux.",
        ),
    ];
    assert_eq!(dates(&docs, EventKind::Ceasefire), vec![None]);
}

#[test]
fn a_ceasefire_between_other_sides_gets_no_bound_from_the_war() {
    let docs = [
        analyse("a", WAR),
        analyse(
            "b",
            " date 2022-03-15 L'Arménie et l'Azerbaïdjan ont déjà conclu plusieurs cessez-le-feu locaux.",
        ),
    ];
    assert_eq!(dates(&docs, EventKind::Ceasefire), vec![None]);
}
