//! Two articles quoting one promise in the same words tell one event; a
//! denial set against that promise in one sentence joins it, disputed.

use newsline_events::EventKind;
use newsline_timeline::{Analysis, TimelineBuilder};

mod common;
use common::analyse;

/// The withdrawal events of the timeline of `docs`: their documents, and
/// whether they are disputed.
fn withdrawals(docs: &[Analysis]) -> Vec<(Vec<String>, bool)> {
    TimelineBuilder::new()
        .build(docs)
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Withdrawal)
        .map(|e| (e.mentions.iter().map(|m| m.doc.clone()).collect(), e.dispute.is_some()))
        .collect()
}

const PROMISE: &str =
    " date 2022-05-10 « Nous allons réduire radicalement notre activité militaire \
     autour de Kharkiv », a déclaré mardi le ministère russe de la Défense.";

#[test]
fn one_promise_quoted_in_the_same_words_by_two_articles_is_one_event() {
    let docs = [
        analyse("a", PROMISE),
        analyse(
            "b",
            "Les Russes ont décidé de « réduire radicalement » leur activité militaire, a rapporté l'Ukraine.",
        ),
    ];
    let found = withdrawals(&docs);
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, vec!["a".to_string(), "b".to_string()]);
}

#[test]
fn a_denial_set_against_the_promise_disputes_it() {
    let docs = [
        analyse("a", PROMISE),
        analyse(
            "b",
            "L'armée ukrainienne a vu « aucun retrait de troupes russes », contrairement à \
             l'engagement russe de « réduire radicalement » l'activité militaire.",
        ),
    ];
    let found = withdrawals(&docs);
    assert!(found.iter().any(|(docs, disputed)| docs.len() >= 2 && *disputed), "{found:?}");
}
