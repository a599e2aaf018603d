//! A government's statement and its official's, reporting one event, are
//! one statement; two officials saying the same thing are two.

use newsline_events::EventKind;
use newsline_timeline::{Analysis, TimelineBuilder};

mod common;
use common::analyse;

/// The statement events of the timeline of `docs`, as their triggers.
fn statements(docs: &[Analysis]) -> Vec<Vec<String>> {
    TimelineBuilder::new()
        .build(docs)
        .events
        .iter()
        .filter(|e| e.kind == EventKind::Statement)
        .map(|e| e.mentions.iter().map(|m| m.trigger.clone()).collect())
        .collect()
}

#[test]
fn a_country_and_its_minister_announcing_one_withdrawal_make_one_statement() {
    let docs = [analyse(
        "a",
        " date 2022-05-10 La Russie a annoncé le retrait de ses troupes de Kharkiv. \
         « Nous avons décidé le retrait de nos troupes de Kharkiv », a déclaré Sergueï Lavrov.",
    )];
    assert_eq!(statements(&docs), vec![vec!["annoncé".to_string(), "déclaré".to_string()]]);
}

#[test]
fn two_officials_announcing_one_withdrawal_make_two_statements() {
    let docs = [analyse(
        "a",
        " date 2022-05-10 Dmitri Peskov a annoncé le retrait des troupes russes de Kharkiv. \
         « Nous avons décidé le retrait de nos troupes de Kharkiv », a déclaré Sergueï Lavrov.",
    )];
    assert_eq!(statements(&docs).len(), 2, "{:?}", statements(&docs));
}
