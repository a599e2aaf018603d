//! Wars across documents: "la guerre en Ukraine" told by two articles is
//! one event, though a country is too wide to tie two strikes; a siege and
//! a bombing in one sentence stay two events.

use newsline_events::EventKind;
use newsline_timeline::{Analysis, TimelineBuilder};

mod common;
use common::analyse;

/// The attack events of the timeline of `docs`, as their trigger lists.
fn attacks(docs: &[Analysis]) -> Vec<Vec<String>> {
    TimelineBuilder::new()
        .build(docs)
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Attack)
        .map(|e| e.mentions.iter().map(|m| m.trigger.clone()).collect())
        .collect()
}

#[test]
fn the_war_in_one_country_told_by_two_articles_is_one_event() {
    let docs = [
        analyse(
            "a",
            " date 2022-03 Pour la première fois depuis le début de la guerre en Ukraine, une lueur d'espoir.",
        ),
        analyse(
            "b",
            "Des pourparlers ont commencé à Istanbul avec pour objectif de trouver une solution à la guerre en Ukraine.",
        ),
    ];
    assert_eq!(attacks(&docs), vec![vec!["guerre".to_string(), "guerre".to_string()]]);
}

#[test]
fn two_strikes_in_one_country_stay_apart() {
    // The same wide place and no date in common: nothing ties them.
    let docs = [
        analyse("a", " date 2022-03 Un bombardement a frappé un hôpital en Ukraine lundi."),
        analyse("b", " date 2022-05 Un bombardement a frappé une école en Ukraine vendredi."),
    ];
    assert_eq!(attacks(&docs).len(), 2, "{:?}", attacks(&docs));
}

#[test]
fn a_siege_and_a_bombing_of_one_sentence_are_two_events() {
    let docs = [analyse(
        "a",
        " date 2022-03 Les pourparlers interviennent au lendemain du bombardement d'un hôpital \
         dans la ville assiégée de Marioupol.",
    )];
    let found = attacks(&docs);
    assert!(found.contains(&vec!["bombardement".to_string()]), "{found:?}");
    assert!(found.contains(&vec!["assiégée".to_string()]), "{found:?}");
}

#[test]
fn wars_in_two_countries_are_two_wars() {
    let docs = [
        analyse("a", " date 2020-06 La Russie est engagée dans la guerre en Syrie depuis 2015."),
        analyse("b", "La Russie reste engagée dans la guerre en Libye."),
    ];
    assert_eq!(attacks(&docs).len(), 2, "{:?}", attacks(&docs));
}

#[test]
fn a_war_going_on_bounds_no_undated_document_from_above() {
    // Years after it began, a text tells the war as going on: it was
    // written after the war began, not within days of it.
    let docs = [
        analyse(
            "a",
            " date 2022-03 Les ministres se rencontrent pour la première fois depuis le début de l'invasion russe en Ukraine le 24 février.",
        ),
        analyse(
            "b",
            "Des pourparlers ont commencé ce jeudi, avec pour objectif de trouver une solution à la guerre en Ukraine.",
        ),
    ];
    let t = TimelineBuilder::new().build(&docs);
    let b = t.documents.iter().find(|d| d.id == "b").expect("document b");
    assert_eq!(b.not_after, None, "{:?}", b.evidence);
    // Nor dates it within days of the war's start.
    assert!(b.date.is_none(), "{:?}", b.evidence);
}
